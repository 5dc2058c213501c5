//! What the TypeScript package costs in an application's bundle, measured
//! the way a team meets it: the package is built and packed with `npm pack`,
//! installed from the tarball into a scratch application, imported from the
//! package root (and, for esbuild users, from `./constants`), and bundled
//! minified with Rollup + terser and with esbuild. Both styles; the sizes are
//! printed (`cargo test -p tests --test bundle_size -- --nocapture`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::Catalogue;
use codegen::model::TypeScriptStyle;
use serde_json::Value;
use tests::{Scratch, catalogue_texts, node_tooling, run, shipped_catalogue, workspace_root, write};

/// PATH with the pinned tools first, so the package's `prepack` script
/// finds `tsc` as it would in the package's own dev dependencies.
fn path_with_tools() -> std::ffi::OsString {
    let bin = node_tooling().join("node_modules").join(".bin");
    let mut paths = vec![bin];
    paths.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    std::env::join_paths(paths).unwrap()
}

/// Emits the package, packs it with `npm pack` (which builds `dist/` in
/// `prepack`) and installs the tarball into a scratch application.
/// Returns the application folder.
fn install_packed(scratch: &Path, catalogue: &Catalogue) -> PathBuf {
    let package = scratch.join("package");
    for file in codegen::typescript::emit(catalogue) {
        write(&package.join(file.path.strip_prefix("typescript/").unwrap()), &file.contents);
    }
    let packed = run(
        Command::new("npm")
            .args(["pack", "--json", "--pack-destination"])
            .arg(scratch)
            .current_dir(&package)
            .env("PATH", path_with_tools()),
        "npm pack",
    );
    let packed: Value = serde_json::from_str(&packed).unwrap_or_else(|error| panic!("{error}: {packed}"));
    let files: Vec<&str> =
        packed[0]["files"].as_array().unwrap().iter().map(|file| file["path"].as_str().unwrap()).collect();
    assert!(files.contains(&"dist/index.js") && files.contains(&"dist/index.d.ts"), "{files:?}");
    assert!(files.contains(&"README.md"), "the README is packed: {files:?}");
    assert!(files.iter().all(|file| !file.starts_with("src/")), "sources without declaration maps: {files:?}");
    let tarball = scratch.join(packed[0]["filename"].as_str().unwrap());

    let app = scratch.join("app");
    write(&app.join("package.json"), "{ \"name\": \"scratch-app\", \"private\": true, \"type\": \"module\" }\n");
    run(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--ignore-scripts", "--offline"])
            .arg(&tarball)
            .current_dir(&app),
        "installing the packed package",
    );
    app
}

/// What one application does with the package: an entry module.
struct Use {
    name: &'static str,
    source: String,
}

/// The code the applications compare (the highest number, so that finding
/// its digits in a bundle means something) and another code whose member must
/// not come along: picked from the catalogue under test, whichever codes it has.
fn canaries(catalogue: &Catalogue) -> (&codegen::model::ErrorCode, &codegen::model::ErrorCode) {
    let compared = catalogue.errors.iter().max_by_key(|error| error.code).expect("the catalogue has codes");
    let other = catalogue.errors.iter().find(|error| error.code != compared.code).expect("the catalogue has two codes");
    (compared, other)
}

fn uses(package: &str, compared: &str) -> Vec<Use> {
    vec![
        Use {
            name: "ErrorCode",
            source: format!(
                "import {{ ErrorCode }} from \"{package}\";\n\
                 export const isCaptureFailure = (code) => code === ErrorCode.{compared};\n"
            ),
        },
        Use {
            name: "constants",
            source: format!(
                "import * as codes from \"{package}/constants\";\n\
                 export const isCaptureFailure = (code) => code === codes.{compared};\n"
            ),
        },
        Use {
            name: "isErrorCode",
            source: format!(
                "import {{ isErrorCode }} from \"{package}\";\nexport const check = (value) => isErrorCode(value);\n"
            ),
        },
        Use {
            name: "errorCategory",
            source: format!(
                "import {{ errorCategory }} from \"{package}\";\nexport const sectionOf = (code) => errorCategory(code);\n"
            ),
        },
        Use {
            name: "errorInfo",
            source: format!(
                "import {{ errorInfo }} from \"{package}\";\nexport const describe = (code) => errorInfo(code);\n"
            ),
        },
    ]
}

/// Bundles every use; returns `(rollup, esbuild)` sizes and bundles by use.
fn measure(style: TypeScriptStyle, label: &str) -> BTreeMap<&'static str, [(u64, String); 2]> {
    let mut catalogue = shipped_catalogue();
    catalogue.typescript.style = style;
    let scratch = Scratch::new(&format!("bundle-{label}"));
    let app = install_packed(&scratch.0, &catalogue);
    let uses = uses(&catalogue.typescript.package, &canaries(&catalogue).0.name);
    let mut entries = Vec::new();
    for one in &uses {
        let entry = app.join(format!("{}.mjs", one.name));
        write(&entry, &one.source);
        entries.push(entry);
    }
    let stdout = run(
        Command::new("node")
            .arg(workspace_root().join("tests/node/ts/bundle-sizes.mjs"))
            .args(&entries)
            .current_dir(&app),
        "bundling with Rollup and esbuild",
    );
    let sizes: Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|error| panic!("{error}: {stdout}"));
    let mut measured = BTreeMap::new();
    for (one, entry) in uses.iter().zip(&entries) {
        let size = &sizes[entry.display().to_string()];
        let bundle = |bundler: &str| {
            let text = std::fs::read_to_string(entry.with_extension(format!("{bundler}.js"))).unwrap();
            (size[bundler].as_u64().unwrap(), text)
        };
        measured.insert(one.name, [bundle("rollup"), bundle("esbuild")]);
    }
    let texts = catalogue_texts(&catalogue);
    for (name, bundles) in &measured {
        println!(
            "{label:>12} style, {name:<13} minified: Rollup + terser {:>6} B, esbuild {:>6} B",
            bundles[0].0, bundles[1].0
        );
        for (bundler, (_, text)) in ["Rollup", "esbuild"].iter().zip(bundles) {
            let leaked = texts.iter().filter(|t| text.contains(t.as_str())).count();
            if *name == "errorInfo" {
                // The control: the same search finds the texts where they belong.
                assert!(leaked > texts.len() / 2, "{label} {name} with {bundler}: only {leaked} texts found");
            } else {
                assert_eq!(leaked, 0, "{label} {name} with {bundler}: {leaked} catalogue texts in the bundle");
            }
        }
    }
    measured
}

/// The const-object style (the default): an application that compares one
/// code carries that code, not the table, with Rollup from the package root
/// and with esbuild through `./constants`; `isErrorCode` is a set of
/// numbers; `errorCategory` brings no texts.
#[test]
fn const_object_bundles_cost_what_they_use() {
    let sizes = measure(TypeScriptStyle::ConstObject, "const-object");
    let catalogue = shipped_catalogue();
    let (compared, other) = canaries(&catalogue);
    let [(rollup, rollup_text), (esbuild_root, _)] = &sizes["ErrorCode"];
    assert!(*rollup < 300, "ErrorCode only, Rollup: {rollup} B\n{rollup_text}");
    assert!(rollup_text.contains(&compared.code.to_string()), "the compared code is in the bundle:\n{rollup_text}");
    assert!(!rollup_text.contains(&other.name), "another code's member is in the bundle");
    let [(rollup, _), (esbuild, esbuild_text)] = &sizes["constants"];
    assert!(
        *rollup < 300 && *esbuild < 300,
        "constants namespace: Rollup {rollup} B, esbuild {esbuild} B\n{esbuild_text}"
    );
    assert!(esbuild < esbuild_root, "the namespace import is the small one for esbuild");
    let [(rollup, _), (esbuild, _)] = &sizes["isErrorCode"];
    assert!(*rollup < 1024 && *esbuild < 1024, "isErrorCode only: Rollup {rollup} B, esbuild {esbuild} B");
    let [(rollup, _), (esbuild, _)] = &sizes["errorCategory"];
    let [(info_rollup, _), (info_esbuild, _)] = &sizes["errorInfo"];
    assert!(rollup * 4 < *info_rollup && esbuild * 4 < *info_esbuild, "errorCategory is a fraction of errorInfo");
}

/// The enum style: a numeric enum is one object with its reverse mapping,
/// which no bundler trims, so it costs the same whatever is compared. Its
/// guards and lookups are as small as the const-object style's.
#[test]
fn enum_bundles_carry_the_whole_enum_but_no_texts() {
    let sizes = measure(TypeScriptStyle::Enum, "enum");
    let catalogue = shipped_catalogue();
    let other = canaries(&catalogue).1;
    let [(rollup, rollup_text), (esbuild, _)] = &sizes["ErrorCode"];
    assert!(rollup_text.contains(&other.name), "Rollup trimmed an enum: the premise changed");
    let [(constants_rollup, _), (constants_esbuild, _)] = &sizes["constants"];
    assert!(constants_rollup * 10 < *rollup && constants_esbuild * 10 < *esbuild, "./constants is the small form");
    let [(rollup, _), (esbuild, _)] = &sizes["isErrorCode"];
    assert!(*rollup < 1024 && *esbuild < 1024, "isErrorCode only: Rollup {rollup} B, esbuild {esbuild} B");
}
