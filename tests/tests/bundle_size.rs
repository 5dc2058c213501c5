//! What the TypeScript package costs in an application's bundle, measured
//! the way a team meets it: the package is built and packed with `npm pack`,
//! installed from the tarball into a scratch application, imported from the
//! package root (and from `./constants`), and bundled minified with the
//! bundlers in use: Rollup + terser (Vite 7), Rolldown (Vite 8) and esbuild.
//! Both styles; the sizes are printed as the README's table
//! (`cargo test -p tests --test bundle_size -- --nocapture`), and the README's
//! figures are checked against them.

use std::collections::BTreeMap;

use codegen::Catalogue;
use codegen::model::TypeScriptStyle;
use serde_json::Value;
use tests::{
    Scratch, catalogue_texts, install_tarball, pack_typescript, run, shipped_catalogue, workspace_root, write,
};

/// What "next to nothing" means: an application that compares one code.
const SMALL: u64 = 150;

/// What a function may cost beyond its own data (the numbers and names it
/// holds, as JSON would write them): its code and the bundler's wrapping.
const FUNCTION_OVERHEAD: u64 = 400;

const BUNDLERS: [&str; 3] = ["rollup", "rolldown", "esbuild"];

/// What one application does with the package: an entry module, and the
/// label of its row in the README's table.
struct Use {
    name: &'static str,
    label: &'static str,
    source: String,
}

/// The code the applications compare: one from the middle of the catalogue
/// under test, and another that must stay out of their bundles.
fn canaries(catalogue: &Catalogue) -> (&codegen::model::ErrorCode, &codegen::model::ErrorCode) {
    let middle = catalogue.errors.len() / 2;
    (&catalogue.errors[middle], &catalogue.errors[middle + 1])
}

fn uses(catalogue: &Catalogue) -> Vec<Use> {
    let package = serde_json::to_string(&catalogue.typescript.package).unwrap();
    let name = &canaries(catalogue).0.name;
    let calling = |function: &'static str, label: &'static str| Use {
        name: function,
        label,
        source: format!("import {{ {function} }} from {package};\nexport const call = (value) => {function}(value);\n"),
    };
    vec![
        Use {
            name: "ErrorCode",
            label: "`ErrorCode` from the package root",
            source: format!(
                "import {{ ErrorCode }} from {package};\nexport const isIt = (code) => code === ErrorCode.{name};\n"
            ),
        },
        Use {
            name: "constants",
            label: "`* as codes` from `./constants`",
            source: format!(
                "import * as codes from \"{}/constants\";\nexport const isIt = (code) => code === codes.{name};\n",
                catalogue.typescript.package
            ),
        },
        calling("isErrorCode", "`isErrorCode`"),
        calling("errorName", "`errorName`"),
        calling("errorCategory", "`errorCategory`"),
        calling("errorInfo", "`errorInfo` (every text)"),
        calling("describeError", "`describeError` (every text)"),
    ]
}

/// Sizes and bundles, by use and by bundler.
type Measured = BTreeMap<&'static str, BTreeMap<&'static str, (u64, String)>>;

/// Packs the package in `style`, installs it and bundles every use with
/// every bundler.
fn measure(catalogue: &Catalogue, label: &str) -> Measured {
    let scratch = Scratch::new(&format!("bundle-{label}"));
    let tarball = pack_typescript(&scratch.0, catalogue);
    let app = scratch.0.join("app");
    install_tarball(&tarball, &app, "{ \"name\": \"scratch-app\", \"private\": true, \"type\": \"module\" }\n");
    let uses = uses(catalogue);
    let mut entries = Vec::new();
    for one in &uses {
        let entry = app.join(format!("{}.mjs", one.name));
        write(&entry, &one.source);
        entries.push(entry);
    }
    let stdout = run(
        std::process::Command::new("node")
            .arg(workspace_root().join("tests/node/ts/bundle-sizes.mjs"))
            .args(&entries)
            .current_dir(&app),
        "bundling with Rollup, Rolldown and esbuild",
    );
    let sizes: Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|error| panic!("{error}: {stdout}"));
    let mut measured = Measured::new();
    for (one, entry) in uses.iter().zip(&entries) {
        let size = &sizes[entry.display().to_string()];
        let bundles = BUNDLERS
            .iter()
            .map(|bundler| {
                let text = std::fs::read_to_string(entry.with_extension(format!("{bundler}.js"))).unwrap();
                (*bundler, (size[bundler].as_u64().unwrap(), text))
            })
            .collect();
        measured.insert(one.name, bundles);
    }

    println!("{label} style, bytes minified: | Rollup + terser | Rolldown | esbuild |");
    for one in &uses {
        let row: Vec<String> = BUNDLERS.iter().map(|bundler| thousands(measured[one.name][bundler].0)).collect();
        println!("| {} | {} |", one.label, row.join(" | "));
    }
    let texts = catalogue_texts(catalogue);
    for (name, bundles) in &measured {
        for (bundler, (_, text)) in bundles {
            let leaked = texts.iter().filter(|t| text.contains(t.as_str())).count();
            if matches!(*name, "errorInfo" | "describeError") {
                // The control: the same search finds the texts where they belong.
                assert!(leaked > texts.len() / 2, "{label} {name} with {bundler}: only {leaked} texts found");
            } else {
                assert_eq!(leaked, 0, "{label} {name} with {bundler}: {leaked} catalogue texts in the bundle");
            }
        }
    }
    measured
}

/// `12345` as `12,345`, as the README writes it.
fn thousands(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The data a function carries, as JSON would write it: what no encoding
/// of it can do without.
fn own_data(catalogue: &Catalogue, function: &str) -> u64 {
    let data = match function {
        "isErrorCode" => serde_json::json!(catalogue.errors.iter().map(|error| error.code).collect::<Vec<_>>()),
        "errorName" => {
            serde_json::json!(catalogue.errors.iter().map(|error| (error.code, &error.name)).collect::<Vec<_>>())
        }
        "errorCategory" => serde_json::json!(
            catalogue
                .categories
                .iter()
                .map(|category| {
                    let codes: Vec<u32> =
                        catalogue.errors.iter().filter(|e| e.category == category.id).map(|e| e.code).collect();
                    (&category.id, codes)
                })
                .collect::<Vec<_>>()
        ),
        other => panic!("no data defined for {other}"),
    };
    data.to_string().len() as u64
}

/// The functions without texts cost their own data and a small constant,
/// with every bundler.
fn assert_functions_carry_their_data(catalogue: &Catalogue, sizes: &Measured, label: &str) {
    for function in ["isErrorCode", "errorName", "errorCategory"] {
        let data = own_data(catalogue, function);
        for (bundler, (size, text)) in &sizes[function] {
            assert!(
                *size <= data + FUNCTION_OVERHEAD,
                "{label} {function} with {bundler}: {size} B for {data} B of data\n{text}"
            );
        }
    }
}

/// The README's table gives each use's figures within a tenth (or 16 bytes)
/// of what is measured here, for the catalogue it ships with.
fn assert_readme_agrees(sizes: &Measured, uses: &[Use], prefix: &str) {
    let readme = std::fs::read_to_string(workspace_root().join("README.md")).unwrap();
    for one in uses {
        let start = format!("| {prefix}{} |", one.label);
        let Some(line) = readme.lines().find(|line| line.starts_with(&start)) else {
            if prefix.is_empty() || one.name == "ErrorCode" {
                panic!("the README's bundle table has no row `{start}`");
            }
            continue;
        };
        let figures: Vec<u64> = line[start.len()..]
            .split('|')
            .map(str::trim)
            .filter(|cell| !cell.is_empty())
            .map(|cell| cell.replace(',', "").parse().unwrap_or_else(|_| panic!("not a figure: {cell:?} in {line}")))
            .collect();
        assert_eq!(figures.len(), BUNDLERS.len(), "one figure per bundler: {line}");
        for (bundler, readme) in BUNDLERS.iter().zip(figures) {
            let measured = sizes[one.name][bundler].0;
            assert!(
                readme.abs_diff(measured) <= (measured / 10).max(16),
                "README says {readme} B for {start} with {bundler}; measured {measured} B"
            );
        }
    }
}

/// The const-object style (the default): an application that compares one
/// code from the package root carries that code, not the table, with Rollup
/// and Rolldown; esbuild keeps every member of a namespace re-exported across
/// modules (its issue #1420), and drops them through `./constants`.
#[test]
fn const_object_bundles_cost_what_they_use() {
    let mut catalogue = shipped_catalogue();
    catalogue.typescript.style = TypeScriptStyle::ConstObject;
    let sizes = measure(&catalogue, "const-object");
    let (canary, other) = canaries(&catalogue);
    for bundler in ["rollup", "rolldown"] {
        let (size, text) = &sizes["ErrorCode"][bundler];
        assert!(*size < SMALL, "ErrorCode from the root, {bundler}: {size} B\n{text}");
        assert!(text.contains(&canary.code.to_string()), "the compared code is in the bundle:\n{text}");
        assert!(!text.contains(&other.name), "another code's member is in the {bundler} bundle:\n{text}");
    }
    for (bundler, (size, text)) in &sizes["constants"] {
        assert!(*size < SMALL, "the ./constants namespace, {bundler}: {size} B\n{text}");
    }
    // The premise of the README's advice to esbuild users: esbuild keeps the
    // whole namespace imported from the root. If this fails, esbuild learned
    // to drop its members and the README's table changes.
    let (esbuild_root, text) = &sizes["ErrorCode"]["esbuild"];
    assert!(catalogue.errors.iter().all(|error| text.contains(&error.name)), "esbuild dropped namespace members");
    assert!(sizes["constants"]["esbuild"].0 * 10 < *esbuild_root, "./constants is the small form for esbuild");
    assert_functions_carry_their_data(&catalogue, &sizes, "const-object");
    assert_readme_agrees(&sizes, &uses(&catalogue), "");
}

/// The enum style: a numeric enum is one object with its reverse mapping,
/// which no bundler trims, so it costs the same whatever is compared. Its
/// guards and lookups are as small as the const-object style's.
#[test]
fn enum_bundles_carry_the_whole_enum_but_no_texts() {
    let mut catalogue = shipped_catalogue();
    catalogue.typescript.style = TypeScriptStyle::Enum;
    let sizes = measure(&catalogue, "enum");
    let other = canaries(&catalogue).1;
    for (bundler, (size, text)) in &sizes["ErrorCode"] {
        assert!(text.contains(&other.name), "{bundler} trimmed an enum: the premise changed");
        assert!(sizes["constants"][bundler].0 * 10 < *size, "./constants is the small form with {bundler}");
    }
    for (bundler, (size, text)) in &sizes["constants"] {
        assert!(*size < SMALL, "the ./constants namespace, {bundler}: {size} B\n{text}");
    }
    assert_functions_carry_their_data(&catalogue, &sizes, "enum");
    assert_readme_agrees(&sizes, &uses(&catalogue), "enum style: ");
}
