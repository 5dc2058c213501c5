//! The text policy, proven over every class of character: a catalogue built
//! here holds a sample of each of the 29 general categories a Rust string can
//! hold (all but Cs, surrogates) and of each special range of the policy, in
//! every kind of text field.
//!
//! - The refused samples, written raw where TOML allows it and as escapes
//!   where it does not, must each be reported by the loader, at the
//!   character itself, naming its code point, in one run.
//! - The accepted samples must load, and every output must hold them and
//!   build: the Rust crate under clippy pedantic and rustdoc with warnings
//!   denied, read back byte for byte by its own test; the TypeScript package
//!   under tsc 5 and 7 with the strict flags in both styles, read back in
//!   Node; the schema compiled and the data file validated by boon and Ajv;
//!   the Markdown read back by a CommonMark parser.
//!
//! The test prints the table of classes and their verdicts.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use codegen::Catalogue;
use codegen::diagnostics::line_column;
use codegen::json_schema::{DATA_PATH, SCHEMA_PATH};
use codegen::model::TypeScriptStyle;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::{Value, json};
use tests::{node_tooling, workspace_root, write};
use unicode_general_category::{GeneralCategory, get_general_category};

/// A class of characters, a sample of it, and whether the policy accepts it.
struct Class {
    label: &'static str,
    sample: &'static str,
    accepted: bool,
}

const fn accepted(label: &'static str, sample: &'static str) -> Class {
    Class { label, sample, accepted: true }
}

const fn refused(label: &'static str, sample: &'static str) -> Class {
    Class { label, sample, accepted: false }
}

/// Refused samples are single characters, so that each is one diagnostic.
const CLASSES: &[Class] = &[
    accepted("Lu uppercase letter", "AΩЖ"),
    accepted("Ll lowercase letter", "aßж"),
    accepted("Lt titlecase letter", "ǅ"),
    accepted("Lm modifier letter", "ʰー"),
    accepted("Lo other letter (Hebrew, Arabic, CJK)", "שלום مرحبا 中文"),
    accepted("Mn nonspacing mark (combining acute)", "e\u{301}"),
    accepted("Mn combining mark at the start of a word", "\u{301}x"),
    accepted("Mc spacing mark", "क\u{903}"),
    accepted("Me enclosing mark", "1\u{20DD}"),
    accepted("Nd decimal digit", "٣७"),
    accepted("Nl letter number", "Ⅻ"),
    accepted("No other number", "½²"),
    accepted("Pc connector punctuation", "‿"),
    accepted("Pd dash punctuation", "—"),
    accepted("Ps open punctuation", "「"),
    accepted("Pe close punctuation", "」"),
    accepted("Pi initial quote", "«"),
    accepted("Pf final quote", "»"),
    accepted("Po other punctuation", "¿"),
    accepted("Sm math symbol", "∑"),
    accepted("Sc currency symbol", "€"),
    accepted("Sk modifier symbol", "˚"),
    accepted("So other symbol", "©"),
    accepted("Zs space separator (no-break, ideographic, narrow)", "a\u{a0}b\u{3000}c\u{202f}d"),
    accepted("Zl line separator", "a\u{2028}b"),
    accepted("Zp paragraph separator", "a\u{2029}b"),
    accepted("Cf soft hyphen", "soft\u{ad}hyphen"),
    accepted("Cf zero-width space, non-joiner, joiner, word joiner", "a\u{200b}b\u{200c}c\u{200d}d\u{2060}e"),
    accepted("Cf bidirectional marks (LRM, RLM, ALM)", "a\u{200e}b\u{200f}c\u{61c}d"),
    accepted("Cf Arabic number sign", "\u{600}١"),
    accepted("Cf emoji tag sequence (flag of England)", "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"),
    accepted("astral characters", "𝔘𝕟𝕚"),
    accepted("emoji with joiners and modifiers", "👩\u{200d}💻 👍🏽 🎥"),
    refused("Cc C0 control (tab)", "\t"),
    refused("Cc C0 control (escape)", "\u{1b}"),
    refused("Cc C1 control (next line)", "\u{85}"),
    refused("Cf bidirectional embedding", "\u{202A}"),
    refused("Cf bidirectional embedding", "\u{202B}"),
    refused("Cf pop directional formatting", "\u{202C}"),
    refused("Cf bidirectional override", "\u{202D}"),
    refused("Cf bidirectional override", "\u{202E}"),
    refused("Cf bidirectional isolate", "\u{2066}"),
    refused("Cf bidirectional isolate", "\u{2067}"),
    refused("Cf bidirectional isolate", "\u{2068}"),
    refused("Cf pop directional isolate", "\u{2069}"),
    refused("Cf deprecated format character", "\u{206A}"),
    refused("Cf byte-order mark inside text", "\u{feff}"),
    refused("Cf tag character outside an emoji sequence", "\u{E0041}"),
    refused("Co private use (BMP)", "\u{E000}"),
    refused("Co private use (plane 15)", "\u{F0000}"),
    refused("Cn noncharacter U+FDD0", "\u{FDD0}"),
    refused("Cn noncharacter U+FFFE", "\u{FFFE}"),
    refused("Cn noncharacter U+10FFFF", "\u{10FFFF}"),
    refused("Cn unassigned", "\u{378}"),
    refused("Cn unassigned (astral)", "\u{E0080}"),
];

/// The text fields of a catalogue, each written once in [`catalogue_toml`].
/// (`since` is a version, MAJOR.MINOR.PATCH, so no prose reaches it.)
const FIELDS: &[&str] = &[
    "title",
    "intro",
    "category title",
    "category description",
    "description",
    "details",
    "deprecated",
    "reason description",
];

/// A TOML basic string. Characters TOML cannot hold raw (controls but
/// tab) are escaped; with `escape_all`, every non-ASCII one is too.
fn toml_string(text: &str, escape_all: bool) -> String {
    let mut out = String::from("\"");
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c.is_control() && c != '\t') || (escape_all && !c.is_ascii()) || (escape_all && c == '\t') => {
                if u32::from(c) > 0xFFFF {
                    out.push_str(&format!("\\U{:08X}", u32::from(c)));
                } else {
                    out.push_str(&format!("\\u{:04X}", u32::from(c)));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A catalogue whose text fields hold `text(field)`, as TOML.
fn catalogue_toml(text: impl Fn(&str) -> String) -> String {
    format!(
        "[catalogue]\ntitle = {}\nintro = {}\nversion = \"1.0.0\"\n\n\
         [targets.rust]\ncrate = \"sweep-codes\"\n\n\
         [targets.typescript]\npackage = \"@sweep/codes\"\n\n\
         [targets.json_schema]\nid = \"https://sweep.example/codes.schema.json\"\n\n\
         [[category]]\nid = \"sweep\"\ntitle = {}\ndescription = {}\n\n\
         [[error]]\ncode = 1\nname = \"SWEEP\"\ncategory = \"sweep\"\ndescription = {}\n\
         methods = [\"stream.start\"]\ndetails = [{}, \"second\"]\ndeprecated = {}\nsince = \"1.0.0\"\n\n\
         [[error.reasons]]\ncode = 1\nname = \"EVERY_CLASS\"\ndescription = {}\n\n\
         [[error]]\ncode = 2\nname = \"PLAIN\"\ncategory = \"sweep\"\n",
        text("title"),
        text("intro"),
        text("category title"),
        text("category description"),
        text("description"),
        text("details"),
        text("deprecated"),
        text("reason description"),
    )
}

fn print_table() {
    println!("{:<58} verdict", "class (sample)");
    for class in CLASSES {
        let codes: Vec<String> =
            class.sample.chars().filter(|c| !c.is_ascii()).map(|c| format!("U+{:04X}", u32::from(c))).collect();
        let verdict = if class.accepted { "accepted" } else { "refused" };
        println!("{:<58} {verdict}", format!("{} ({})", class.label, codes.join(" ")));
    }
}

#[test]
fn the_samples_cover_every_general_category_and_special_range() {
    let categories: BTreeSet<&str> =
        CLASSES.iter().flat_map(|class| class.sample.chars()).map(|c| get_general_category(c).abbreviation()).collect();
    // 30 general categories, less Cs (surrogates), which no `char` is.
    assert_eq!(categories.len(), 29, "{categories:?}");
    assert!(!categories.contains(GeneralCategory::Surrogate.abbreviation()));
    let all: String = CLASSES.iter().map(|class| class.sample).collect();
    for range in [0x202A..=0x202E, 0x2066..=0x2069, 0x200E..=0x200F, 0x061C..=0x061C, 0xFDD0..=0xFDD0] {
        for code in range {
            assert!(all.contains(char::from_u32(code).unwrap()), "U+{code:04X} has no sample");
        }
    }
    for range in [0x2028..=0x2029, 0xE0000..=0xE007F, 0xE000..=0xF8FF] {
        assert!(all.chars().any(|c| range.contains(&u32::from(c))), "{range:X?} has no sample");
    }
    print_table();
}

/// Every refused sample, in every field, raw in some fields and escaped in
/// others: one run reports each at its own line and column.
#[test]
fn every_refused_character_is_reported_where_it_is_written() {
    let refused: Vec<&Class> = CLASSES.iter().filter(|class| !class.accepted).collect();
    let text_of = |field: &str| {
        let escape_all = FIELDS.iter().position(|name| *name == field).unwrap() % 2 == 1;
        let mut text = format!("Occurs in stream.start, refused in {field}:");
        for class in &refused {
            text.push_str(" x");
            text.push_str(class.sample);
        }
        toml_string(&text, escape_all)
    };
    let toml = catalogue_toml(text_of);
    let diagnostics = codegen::load(&toml).expect_err("every refused class is refused");
    let found: Vec<(usize, usize, String)> = diagnostics
        .iter()
        .map(|diagnostic| {
            let (line, column) = diagnostic.line_column(&toml);
            (line, column, diagnostic.message.clone())
        })
        .collect();

    // Where each sample was written: find each field's line, then each
    // sample after its ` x` marker.
    let mut expected = Vec::new();
    for field in FIELDS {
        let key = field.rsplit(' ').next().unwrap();
        let literal = text_of(field);
        let start = toml.find(&literal).expect("the field is in the text");
        let mut offset = start + 1;
        for class in &refused {
            offset += literal[offset - start..].find(" x").unwrap() + 2;
            let character = class.sample.chars().next().unwrap();
            let (line, column) = line_column(&toml, offset);
            expected.push((line, column, key.to_owned(), character));
        }
    }
    expected.sort_by_key(|(line, column, _, _)| (*line, *column));
    assert_eq!(found.len(), expected.len(), "one diagnostic per refused character:\n{found:#?}");
    for ((line, column, message), (expected_line, expected_column, key, character)) in found.iter().zip(&expected) {
        let code_point = format!("U+{:04X}", u32::from(*character));
        assert_eq!((line, column), (expected_line, expected_column), "{message} (expected {code_point})");
        assert!(message.starts_with(&format!("`{key}` contains {code_point}")), "{message}");
    }
    println!("{} refused characters reported in {} fields, each at its place", refused.len(), FIELDS.len());
}

/// Every accepted sample, in every field.
fn accepted_text() -> String {
    let samples: Vec<&str> = CLASSES.iter().filter(|class| class.accepted).map(|class| class.sample).collect();
    format!("Occurs in stream.start: {}", samples.join(" "))
}

fn accepted_catalogue() -> Catalogue {
    let text = accepted_text();
    let toml = catalogue_toml(|_| toml_string(&text, false));
    codegen::load(&toml).unwrap_or_else(|diagnostics| panic!("{}", diagnostics.render("sweep.toml", &toml)))
}

fn every_text(catalogue: &Catalogue) -> Vec<String> {
    let mut texts = vec![catalogue.title.clone(), catalogue.intro.clone()];
    for category in &catalogue.categories {
        texts.push(category.title.clone());
        texts.extend(category.description.clone());
    }
    for error in &catalogue.errors {
        texts.extend(error.description.clone());
        texts.extend(error.details.iter().cloned());
        texts.extend(error.deprecated.clone());
        texts.extend(error.since.clone());
        texts.extend(error.reasons.iter().map(|reason| reason.description.clone()));
    }
    texts
}

#[test]
fn every_accepted_character_loads_in_every_field() {
    let catalogue = accepted_catalogue();
    let text = accepted_text();
    let texts = every_text(&catalogue);
    assert_eq!(texts.iter().filter(|candidate| **candidate == text).count(), FIELDS.len(), "{texts:#?}");
}

// ---------------------------------------------------------------------------
// Rust

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("can clear the scratch folder");
    }
    std::fs::create_dir_all(&dir).expect("can create the scratch folder");
    dir
}

fn cargo(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    tests::scratch_cargo(dir, args, env).unwrap_or_else(|text| panic!("cargo {args:?} failed:\n{text}"))
}

/// The crate compiles under clippy pedantic with every warning denied
/// (rustc's deny-by-default lints included), documents with rustdoc's
/// warnings denied, and its own test reads every text back.
#[test]
fn the_rust_crate_builds_lints_documents_and_reads_every_text_back() {
    let catalogue = accepted_catalogue();
    let dir = scratch("unicode-sweep-crate");
    std::fs::copy(workspace_root().join("Cargo.lock"), dir.join("Cargo.lock")).expect("can copy Cargo.lock");
    for file in codegen::rust::emit(&catalogue) {
        let relative = file.path.strip_prefix("rust/").expect("every file is under rust/");
        let mut contents = file.contents;
        if relative == "Cargo.toml" {
            contents.push_str("\n[workspace]\n");
        }
        write(&dir.join(relative), &contents);
    }
    let mut test =
        String::from("//! Reads every text back.\n\nuse sweep_codes::*;\n\n#[test]\nfn every_text_reads_back() {\n");
    for error in &catalogue.errors {
        let code = format!("ErrorCode::from_code({}).unwrap()", error.code);
        test.push_str(&format!("    assert_eq!({code}.description(), {:?});\n", error.description.as_deref()));
        test.push_str(&format!("    assert_eq!({code}.details(), &{:?} as &[&str]);\n", error.details));
        test.push_str(&format!("    assert_eq!({code}.deprecated(), {:?});\n", error.deprecated.as_deref()));
        test.push_str(&format!("    assert_eq!({code}.since(), {:?});\n", error.since.as_deref()));
        for reason in &error.reasons {
            let found = format!("{code}.reason({}).unwrap()", reason.code);
            test.push_str(&format!("    assert_eq!({found}.description(), {:?});\n", reason.description));
        }
    }
    for category in &catalogue.categories {
        let found = format!("Category::from_id({:?}).unwrap()", category.id);
        test.push_str(&format!("    assert_eq!({found}.title(), {:?});\n", category.title));
        test.push_str(&format!("    assert_eq!({found}.description(), {:?});\n", category.description.as_deref()));
    }
    test.push_str("}\n");
    write(&dir.join("tests/readback.rs"), &test);

    let clippy = ["clippy", "--all-features", "--all-targets", "--", "-D", "warnings", "-D", "clippy::pedantic"];
    cargo(&dir, &clippy, &[]);
    cargo(&dir, &["doc", "--no-deps", "--all-features"], &[("RUSTDOCFLAGS", "-D warnings")]);
    let tested = cargo(&dir, &["test", "--test", "readback"], &[]);
    assert!(tested.contains("test every_text_reads_back ... ok"), "{tested}");
    // The crate documentation holds the title and intro; rustdoc must show
    // them as the text they are.
    let html = std::fs::read_to_string(dir.join("target/doc/sweep_codes/index.html")).expect("rustdoc wrote the crate");
    assert!(html.contains("שלום مرحبا 中文"), "the crate docs lost the text");
    println!("rust: clippy pedantic, rustdoc and the read-back of every text pass");
}

// ---------------------------------------------------------------------------
// TypeScript

const STRICT_FLAGS: &[&str] = &[
    "--strict",
    "--isolatedModules",
    "--verbatimModuleSyntax",
    "--noUncheckedIndexedAccess",
    "--exactOptionalPropertyTypes",
];

fn run(command: &mut Command, what: &str) -> String {
    let output = command.output().unwrap_or_else(|error| panic!("{what}: cannot run {command:?}: {error}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{what} failed ({}):\n{stdout}{stderr}", output.status);
    stdout
}

/// Both styles: tsc 5 builds the package, tsc 7 checks it, both with the
/// strict flags, and Node reads every text back.
#[test]
fn the_typescript_package_compiles_with_both_compilers_and_reads_every_text_back() {
    let tools = node_tooling();
    for (style, name) in [(TypeScriptStyle::Enum, "enum"), (TypeScriptStyle::ConstObject, "const-object")] {
        let mut catalogue = accepted_catalogue();
        catalogue.typescript.style = style;
        let root = scratch(&format!("unicode-sweep-ts-{name}"));
        let package = root.join("node_modules").join(&catalogue.typescript.package);
        for file in codegen::typescript::emit(&catalogue) {
            let relative = file.path.strip_prefix("typescript/").expect("files live under typescript/");
            write(&package.join(relative), &file.contents);
        }
        write(&root.join("package.json"), "{ \"private\": true, \"type\": \"module\" }\n");
        let mut flags: Vec<String> = STRICT_FLAGS.iter().map(|flag| (*flag).to_owned()).collect();
        if style == TypeScriptStyle::ConstObject {
            flags.push("--erasableSyntaxOnly".to_owned());
        }
        let config = package.join("tsconfig.json").display().to_string();
        for (compiler, emit) in [("typescript", true), ("typescript7", false)] {
            let mut args = vec!["-p".to_owned(), config.clone(), "--pretty".to_owned(), "false".to_owned()];
            if !emit {
                args.push("--noEmit".to_owned());
            }
            args.extend(flags.iter().cloned());
            let script = tools.join("node_modules").join(compiler).join("bin").join("tsc");
            run(Command::new("node").arg(script).args(&args), &format!("{compiler} on the {name} package"));
        }
        write(&root.join("expected.json"), &tests::runtime_expectations(&catalogue).to_string());
        std::fs::copy(workspace_root().join("tests/node/ts/runtime.mjs"), root.join("runtime.mjs")).unwrap();
        let stdout = run(
            Command::new("node")
                .arg(root.join("runtime.mjs"))
                .arg(&catalogue.typescript.package)
                .arg("expected.json")
                .current_dir(&root),
            "the Node read-back",
        );
        assert!(stdout.starts_with(&format!("checked {} codes", catalogue.errors.len())), "{stdout}");
        println!("typescript ({name}): tsc 5 and 7 strict, Node read-back pass");
    }
}

// ---------------------------------------------------------------------------
// JSON Schema and data

#[test]
fn the_schema_compiles_and_the_data_validates_in_boon_and_ajv_and_reads_back() {
    let catalogue = accepted_catalogue();
    let files = codegen::json_schema::emit(&catalogue);
    let parse = |path: &str| -> Value {
        let file = files.iter().find(|file| file.path == path).unwrap_or_else(|| panic!("{path} is emitted"));
        serde_json::from_str(&file.contents).unwrap_or_else(|error| panic!("{path} is not JSON: {error}"))
    };
    let (schema, data) = (parse(SCHEMA_PATH), parse(DATA_PATH));
    let id = schema["$id"].as_str().unwrap().to_owned();
    let catalogue_ref = format!("{id}#/$defs/Catalogue");

    // Read back: every text of the catalogue is a string of the data file.
    let mut strings = BTreeSet::new();
    collect_strings(&data, &mut strings);
    for text in every_text(&catalogue) {
        assert!(strings.contains(&text), "the data file lost {text:?}");
    }

    let mut compiler = boon::Compiler::new();
    compiler.add_resource(&id, schema.clone()).expect("boon takes the schema");
    let mut schemas = boon::Schemas::new();
    let root = compiler.compile(&id, &mut schemas).unwrap_or_else(|error| panic!("boon: {error:#}"));
    let definition = compiler.compile(&catalogue_ref, &mut schemas).unwrap_or_else(|error| panic!("boon: {error:#}"));
    if let Err(error) = schemas.validate(&data, definition) {
        panic!("boon rejects the data file: {error:#}");
    }
    if let Err(error) = schemas.validate(&json!({ "errorCode": 1 }), root) {
        panic!("boon rejects a payload: {error:#}");
    }

    let input = json!({
        "schema": schema,
        "cases": [
            { "name": "data", "ref": catalogue_ref, "instance": data },
            { "name": "payload", "ref": id, "instance": { "errorCode": 1 } },
        ],
    });
    let mut child = Command::new("node")
        .arg("schema/validate.mjs")
        .current_dir(node_tooling())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs");
    child.stdin.take().unwrap().write_all(input.to_string().as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stderr.trim().is_empty(), "Ajv failed:\n{stderr}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["warnings"], json!([]), "Ajv (strict) warned");
    assert!(report["metaSchemaErrors"].is_null(), "{}", report["metaSchemaErrors"]);
    for case in report["cases"].as_array().unwrap() {
        assert_eq!(case["valid"], true, "Ajv rejects {case}");
    }
    println!("json: boon and Ajv (strict) accept the schema and the data; every text reads back");
}

fn collect_strings(value: &Value, strings: &mut BTreeSet<String>) {
    match value {
        Value::String(text) => {
            strings.insert(text.clone());
        }
        Value::Array(items) => items.iter().for_each(|item| collect_strings(item, strings)),
        Value::Object(map) => map.values().for_each(|item| collect_strings(item, strings)),
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// Markdown

/// A CommonMark reader (with GitHub's extensions) sees every text as plain
/// text inside one heading, paragraph or list item: no markup, no HTML, no
/// line break.
#[test]
fn the_markdown_reads_back_every_text() {
    let catalogue = accepted_catalogue();
    let markdown = codegen::markdown::emit(&catalogue).remove(0).contents;
    let options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS | Options::ENABLE_GFM;
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for event in Parser::new_ext(&markdown, options) {
        match event {
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::Item) => {
                if let Some(text) = current.take() {
                    blocks.push(text);
                }
                current = Some(String::new());
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item) => {
                if let Some(text) = current.take() {
                    blocks.push(text);
                }
            }
            Event::Text(text) | Event::Code(text) => current.get_or_insert_with(String::new).push_str(&text),
            Event::Html(html) if html.trim() == format!("<!-- {} -->", codegen::HEADER) => {}
            Event::Html(_) | Event::InlineHtml(_) | Event::SoftBreak | Event::HardBreak => {
                panic!("the text became markup: {event:?}")
            }
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::CodeBlock(_)) => {
                panic!("the text became markup: {event:?}")
            }
            _ => {}
        }
    }
    let text = accepted_text();
    for expected in [&catalogue.title, &catalogue.intro, &catalogue.categories[0].title] {
        assert!(blocks.contains(expected), "no block reads {expected:?}:\n{blocks:#?}");
    }
    let holding = blocks.iter().filter(|block| block.contains(&text)).count();
    // Title, intro, category title and description, the error's line, its
    // detail, deprecation, since and reason.
    assert_eq!(holding, FIELDS.len(), "{blocks:#?}");
    println!("markdown: every text reads back through pulldown-cmark");
}
