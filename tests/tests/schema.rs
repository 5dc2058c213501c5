//! The generated JSON Schema, checked by two independent validators: `boon`
//! (Rust) and Ajv's draft 2020-12 class in strict mode (Node). One list of
//! cases drives both: the fixtures under `tests/schema/` plus cases derived
//! from the shipped catalogue.
//!
//! Fixture layout: `tests/schema/<target>/<valid|invalid>/<name>.json`, where
//! `payload` documents are checked against the schema's root (an error
//! payload) and `catalogue` documents against `$defs/Catalogue`.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use boon::{Compiler, Schemas};
use codegen::json_schema::{DATA_PATH, SCHEMA_PATH};
use serde_json::{Value, json};
use tests::{node_tooling, shipped_catalogue, workspace_root};

const META_SCHEMA: &str = "https://json-schema.org/draft/2020-12/schema";

struct Emitted {
    catalogue: codegen::Catalogue,
    schema: Value,
    data: Value,
}

fn emitted() -> Emitted {
    emitted_from(shipped_catalogue())
}

fn emitted_from(catalogue: codegen::Catalogue) -> Emitted {
    let files = codegen::json_schema::emit(&catalogue);
    let parse = |path: &str| -> Value {
        let file = files.iter().find(|file| file.path == path).unwrap_or_else(|| panic!("{path} is emitted"));
        serde_json::from_str(&file.contents).unwrap_or_else(|error| panic!("{path} is not JSON: {error}"))
    };
    let (schema, data) = (parse(SCHEMA_PATH), parse(DATA_PATH));
    Emitted { catalogue, schema, data }
}

fn schema_id(schema: &Value) -> &str {
    schema["$id"].as_str().expect("the schema has a string $id")
}

fn def_names(schema: &Value) -> Vec<String> {
    schema["$defs"].as_object().expect("the schema has $defs").keys().cloned().collect()
}

/// One document, the schema location it is checked against, and whether it
/// must be accepted.
#[derive(Debug, Clone)]
struct Case {
    name: String,
    reference: String,
    instance: Value,
    valid: bool,
}

fn fixture_cases(id: &str) -> Vec<Case> {
    let root = workspace_root().join("tests").join("schema");
    let mut cases = Vec::new();
    for (target, reference) in [("payload", id.to_owned()), ("catalogue", format!("{id}#/$defs/Catalogue"))] {
        for (verdict, valid) in [("valid", true), ("invalid", false)] {
            let dir = root.join(target).join(verdict);
            let mut paths: Vec<_> = std::fs::read_dir(&dir)
                .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()))
                .map(|entry| entry.expect("readable directory entry").path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
                .collect();
            paths.sort();
            assert!(!paths.is_empty(), "no fixtures in {}", dir.display());
            for path in paths {
                cases.push(Case {
                    name: format!("{target}/{verdict}/{}", path.file_name().unwrap().to_string_lossy()),
                    reference: reference.clone(),
                    instance: read_json(&path),
                    valid,
                });
            }
        }
    }
    cases
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{} is not JSON: {error}", path.display()))
}

/// Cases that follow the catalogue: every code, name, category and reason is
/// accepted where it belongs, and near misses of each are rejected.
fn catalogue_cases(emitted: &Emitted) -> Vec<Case> {
    let id = schema_id(&emitted.schema);
    let def = |name: &str| format!("{id}#/$defs/{name}");
    let case =
        |name: String, reference: String, instance: Value, valid: bool| Case { name, reference, instance, valid };
    let mut cases = vec![
        case("emitted data file".into(), def("Catalogue"), emitted.data.clone(), true),
        case(
            format!("generated/{DATA_PATH} on disk"),
            def("Catalogue"),
            read_json(&workspace_root().join("generated").join(DATA_PATH)),
            true,
        ),
    ];
    let known: Vec<u32> = emitted.catalogue.errors.iter().map(|error| error.code).collect();
    for error in &emitted.catalogue.errors {
        let code = error.code;
        cases.push(case(format!("payload {code}"), id.into(), json!({ "errorCode": code }), true));
        cases.push(case(format!("code {code}"), def("ErrorCode"), json!(code), true));
        cases.push(case(format!("code {code} as a string"), def("ErrorCode"), json!(code.to_string()), false));
        cases.push(case(format!("name {}", error.name), def("ErrorName"), json!(error.name), true));
        let lower = error.name.to_lowercase();
        cases.push(case(format!("name {lower}"), def("ErrorName"), json!(lower), false));
        if !known.contains(&(code + 1)) {
            cases.push(case(format!("payload {}", code + 1), id.into(), json!({ "errorCode": code + 1 }), false));
        }
        if let Some(reason_enum) = error.reason_enum_name() {
            for reason in &error.reasons {
                cases.push(case(format!("{reason_enum} {}", reason.code), def(&reason_enum), json!(reason.code), true));
            }
            let unused = error.reasons.iter().map(|reason| reason.code).max().unwrap_or(0) + 1;
            cases.push(case(format!("{reason_enum} {unused}"), def(&reason_enum), json!(unused), false));
        }
    }
    for category in &emitted.catalogue.categories {
        cases.push(case(format!("category {}", category.id), def("Category"), json!(category.id), true));
        cases.push(case(format!("category {}", category.title), def("Category"), json!(category.title), false));
    }
    for error_type in &emitted.catalogue.error_types {
        cases.push(case(format!("error type {error_type}"), def("ErrorType"), json!(error_type), true));
        let payload = json!({ "errorCode": known[0], "type": error_type });
        cases.push(case(format!("payload of type {error_type}"), id.into(), payload, true));
    }
    cases.push(case("error type A_NEWER_KIND".into(), def("ErrorType"), json!("A_NEWER_KIND"), false));
    // The documentation of the codes accepts the same numbers as ErrorCode.
    for &code in known.iter().take(3) {
        cases.push(case(format!("documented code {code}"), def("ErrorCodeDocs"), json!(code), true));
    }
    cases.push(case("documented unknown code".into(), def("ErrorCodeDocs"), json!(unknown_code(&known)), false));
    // The lenient payload keeps what the strict one rejects only for being
    // unknown: the same verdicts as the Rust `ErrorPayload` and TypeScript's
    // `isAnyErrorPayload`.
    let unknown = unknown_code(&known);
    for (name, instance, strict, lenient) in [
        ("a known code", json!({ "errorCode": known[0], "type": "T", "reason": "R" }), true, true),
        ("an unknown code", json!({ "errorCode": unknown, "type": "NEW" }), false, true),
        ("the largest u32", json!({ "errorCode": u32::MAX }), false, true),
        ("a code past u32", json!({ "errorCode": u64::from(u32::MAX) + 1 }), false, false),
        ("a negative code", json!({ "errorCode": -1 }), false, false),
        ("a string code", json!({ "errorCode": known[0].to_string() }), false, false),
        ("no code", json!({ "type": "T" }), false, false),
        ("a numeric reason", json!({ "errorCode": known[0], "reason": 3 }), false, false),
        ("a null type", json!({ "errorCode": known[0], "type": null }), false, false),
        ("a subCode", json!({ "errorCode": known[0], "subCode": 1 }), true, true),
        ("a string subCode", json!({ "errorCode": known[0], "subCode": "1" }), false, false),
        ("a negative subCode", json!({ "errorCode": known[0], "subCode": -1 }), false, false),
        ("a type no SDK list names", json!({ "errorCode": known[0], "type": "CAN_NOT_DETECT_CAMERA" }), true, true),
        ("a code written as 6010.0", json!({ "errorCode": f64::from(known[0]) }), true, true),
    ] {
        cases.push(case(format!("strict payload, {name}"), id.into(), instance.clone(), strict));
        cases.push(case(format!("lenient payload, {name}"), def("AnyErrorPayload"), instance, lenient));
    }
    cases
}

fn unknown_code(known: &[u32]) -> u32 {
    (1..).find(|code| !known.contains(code)).unwrap()
}

fn all_cases(emitted: &Emitted) -> Vec<Case> {
    let mut cases = fixture_cases(schema_id(&emitted.schema));
    cases.extend(catalogue_cases(emitted));
    cases
}

/// Compares verdicts with expectations and lists every mismatch at once.
fn assert_verdicts(validator: &str, cases: &[Case], verdicts: &BTreeMap<String, (bool, String)>) {
    let mut wrong = Vec::new();
    for case in cases {
        let (valid, errors) =
            verdicts.get(&case.name).unwrap_or_else(|| panic!("{validator} gave no verdict for {}", case.name));
        if *valid != case.valid {
            let expected = if case.valid { "accept" } else { "reject" };
            wrong.push(format!(
                "  {} against {}: expected {validator} to {expected} it. {errors}",
                case.name, case.reference
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{validator} disagrees with {} of {} cases:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}

// ---------------------------------------------------------------------------
// boon

fn boon_compiler(schema: &Value) -> Compiler {
    let mut compiler = Compiler::new();
    compiler.add_resource(schema_id(schema), schema.clone()).expect("the schema can be added to boon");
    compiler
}

fn assert_meta_schema_valid(schema: &Value) {
    assert_eq!(schema["$schema"], META_SCHEMA);
    let mut schemas = Schemas::new();
    let meta = Compiler::new().compile(META_SCHEMA, &mut schemas).expect("boon ships the 2020-12 meta-schema");
    if let Err(error) = schemas.validate(schema, meta) {
        panic!("the schema is not valid against the 2020-12 meta-schema:\n{error:#}");
    }
}

#[test]
fn schema_is_valid_against_the_2020_12_meta_schema() {
    let emitted = emitted();
    assert_meta_schema_valid(&emitted.schema);
    let mut schemas = Schemas::new();
    let meta = Compiler::new().compile(META_SCHEMA, &mut schemas).expect("boon ships the 2020-12 meta-schema");
    // The meta-schema check can fail: a misspelt type is caught.
    let mut broken = emitted.schema.clone();
    broken["$defs"]["ErrorCode"]["type"] = json!("int");
    assert!(schemas.validate(&broken, meta).is_err(), "the meta-schema accepted `\"type\": \"int\"`");
}

/// Compiles the root and every definition (the reason enums too, though
/// nothing refers to them), so each one is checked.
fn boon_compile_all(schema: &Value) {
    let id = schema_id(schema);
    let mut compiler = boon_compiler(schema);
    let mut schemas = Schemas::new();
    compiler.compile(id, &mut schemas).unwrap_or_else(|error| panic!("boon cannot compile {id}: {error:#}"));
    for name in def_names(schema) {
        let reference = format!("{id}#/$defs/{name}");
        compiler
            .compile(&reference, &mut schemas)
            .unwrap_or_else(|error| panic!("boon cannot compile {reference}: {error:#}"));
    }
}

fn boon_verdicts(schema: &Value, cases: &[Case]) -> BTreeMap<String, (bool, String)> {
    let mut compiler = boon_compiler(schema);
    let mut schemas = Schemas::new();
    let mut verdicts = BTreeMap::new();
    for case in cases {
        let index = compiler
            .compile(&case.reference, &mut schemas)
            .unwrap_or_else(|error| panic!("boon cannot compile {}: {error:#}", case.reference));
        let outcome = schemas.validate(&case.instance, index);
        let errors = outcome.as_ref().err().map(|error| error.to_string()).unwrap_or_default();
        let previous = verdicts.insert(case.name.clone(), (outcome.is_ok(), errors));
        assert!(previous.is_none(), "two cases are named {}", case.name);
    }
    verdicts
}

#[test]
fn boon_compiles_the_root_and_every_definition() {
    boon_compile_all(&emitted().schema);
}

#[test]
fn boon_accepts_and_rejects_every_case_as_expected() {
    let emitted = emitted();
    let cases = all_cases(&emitted);
    assert_verdicts("boon", &cases, &boon_verdicts(&emitted.schema, &cases));
}

// ---------------------------------------------------------------------------
// Ajv (Node), strict mode

/// What `tests/node/schema/validate.mjs` reports.
struct AjvReport {
    warnings: Vec<String>,
    meta_schema_errors: Value,
    compiled: Vec<String>,
    verdicts: BTreeMap<String, (bool, String)>,
}

fn run_ajv(schema: &Value, cases: &[Case]) -> Result<AjvReport, String> {
    let dir = node_tooling();
    let input = json!({
        "schema": schema,
        "cases": cases.iter().map(|case| json!({
            "name": case.name,
            "ref": case.reference,
            "instance": case.instance,
        })).collect::<Vec<_>>(),
    });
    let mut child = Command::new("node")
        .arg("schema/validate.mjs")
        .current_dir(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node is installed (Node 20 or newer)");
    // The script reads all of stdin before it writes anything, so writing
    // first and reading after cannot deadlock.
    child.stdin.take().unwrap().write_all(input.to_string().as_bytes()).expect("can write to node");
    let output = child.wait_with_output().expect("node runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if !output.status.success() {
        return Err(stderr);
    }
    assert!(stderr.trim().is_empty(), "Ajv wrote to stderr:\n{stderr}");
    let report: Value = serde_json::from_slice(&output.stdout).expect("the script prints one JSON report");
    let strings = |value: &Value| -> Vec<String> {
        value.as_array().expect("an array").iter().map(|item| item.as_str().expect("a string").to_owned()).collect()
    };
    let mut verdicts = BTreeMap::new();
    for verdict in report["cases"].as_array().expect("cases") {
        let name = verdict["name"].as_str().expect("case name").to_owned();
        let errors = strings(&verdict["errors"]).join("; ");
        let previous = verdicts.insert(name.clone(), (verdict["valid"].as_bool().expect("a boolean verdict"), errors));
        assert!(previous.is_none(), "two cases are named {name}");
    }
    Ok(AjvReport {
        warnings: strings(&report["warnings"]),
        meta_schema_errors: report["metaSchemaErrors"].clone(),
        compiled: strings(&report["compiled"]),
        verdicts,
    })
}

/// Runs Ajv (strict) and requires a clean compile of the root and every
/// definition: no warnings, no meta-schema errors.
fn ajv_clean_verdicts(schema: &Value, cases: &[Case]) -> BTreeMap<String, (bool, String)> {
    let report = run_ajv(schema, cases).unwrap_or_else(|stderr| panic!("Ajv (strict) failed:\n{stderr}"));
    assert!(report.warnings.is_empty(), "Ajv logged warnings:\n{}", report.warnings.join("\n"));
    assert!(report.meta_schema_errors.is_null(), "Ajv's meta-schema check failed: {:#}", report.meta_schema_errors);
    let id = schema_id(schema);
    let mut expected = vec![id.to_owned()];
    expected.extend(def_names(schema).iter().map(|name| format!("{id}#/$defs/{name}")));
    assert_eq!(report.compiled, expected, "Ajv did not compile every definition");
    assert_eq!(report.verdicts.len(), cases.len());
    report.verdicts
}

#[test]
fn ajv_strict_compiles_every_definition_without_warnings_and_agrees_on_every_case() {
    let emitted = emitted();
    let cases = all_cases(&emitted);
    assert_verdicts("Ajv", &cases, &ajv_clean_verdicts(&emitted.schema, &cases));
}

#[test]
fn ajv_runs_in_strict_mode() {
    // The same harness must fail on a schema that only strict mode rejects,
    // or a clean run above would prove nothing.
    let emitted = emitted();
    let mut loose = emitted.schema.clone();
    loose["$defs"]["ErrorPayload"]["x-note"] = json!("an unknown keyword");
    let error = run_ajv(&loose, &[]).err().expect("Ajv accepted an unknown keyword");
    assert!(error.contains("strict mode"), "unexpected failure:\n{error}");
}

// ---------------------------------------------------------------------------
// The schema against the catalogue

#[test]
fn every_code_is_documented_by_name_and_text() {
    let emitted = emitted();
    let codes: Vec<u32> = emitted.catalogue.errors.iter().map(|error| error.code).collect();
    assert_eq!(emitted.schema["$defs"]["ErrorCode"]["enum"], json!(codes), "ErrorCode is a plain enum");
    let def = &emitted.schema["$defs"]["ErrorCodeDocs"];
    assert_eq!(def["type"], "integer");
    let entries = def["oneOf"].as_array().expect("ErrorCodeDocs has oneOf");
    assert_eq!(entries.len(), emitted.catalogue.errors.len(), "one oneOf entry per code");
    for (entry, error) in entries.iter().zip(&emitted.catalogue.errors) {
        assert_eq!(entry["const"], error.code, "{}", error.name);
        assert_eq!(entry["title"], error.name.as_str(), "{}", error.code);
        let text = entry.get("description").and_then(Value::as_str);
        match (&error.description, &error.deprecated) {
            (Some(description), None) => assert_eq!(text, Some(description.as_str()), "{}", error.name),
            (None, None) => assert_eq!(text, None, "{} has no description in the catalogue", error.name),
            (description, Some(why)) => {
                let text = text.unwrap_or_else(|| panic!("deprecated {} explains why", error.name));
                assert!(text.starts_with(description.as_deref().unwrap_or("")) && text.contains(why.as_str()));
            }
        }
        assert_eq!(entry.get("deprecated") == Some(&json!(true)), error.deprecated.is_some(), "{}", error.name);
    }
}

#[test]
fn names_categories_and_reasons_follow_the_catalogue() {
    let emitted = emitted();
    let defs = &emitted.schema["$defs"];
    let names: Vec<&str> = emitted.catalogue.errors.iter().map(|error| error.name.as_str()).collect();
    assert_eq!(defs["ErrorName"]["enum"], json!(names));

    let categories = defs["Category"]["oneOf"].as_array().expect("Category has oneOf");
    assert_eq!(categories.len(), emitted.catalogue.categories.len());
    for (entry, category) in categories.iter().zip(&emitted.catalogue.categories) {
        assert_eq!(entry["const"], category.id.as_str());
        assert_eq!(entry["title"], category.title.as_str());
        assert_eq!(entry.get("description").and_then(Value::as_str), category.description.as_deref());
    }

    let mut reason_enums = 0;
    for error in &emitted.catalogue.errors {
        let Some(name) = error.reason_enum_name() else { continue };
        reason_enums += 1;
        let entries = defs[&name]["oneOf"].as_array().unwrap_or_else(|| panic!("$defs/{name} has oneOf"));
        assert_eq!(entries.len(), error.reasons.len(), "{name}");
        for (entry, reason) in entries.iter().zip(&error.reasons) {
            assert_eq!(entry["const"], reason.code);
            assert_eq!(entry["title"], reason.name.as_str());
            assert_eq!(entry["description"], reason.description.as_str());
        }
    }
    assert!(reason_enums > 0, "the shipped catalogue has numbered reasons (6010)");
    assert_eq!(def_names(&emitted.schema).len(), 12 + reason_enums, "no unexpected definitions");
    assert_eq!(defs["ErrorType"]["enum"], json!(emitted.catalogue.error_types));
}

#[test]
fn schema_identifies_itself_and_carries_the_header() {
    let emitted = emitted();
    assert_eq!(schema_id(&emitted.schema), emitted.catalogue.json_schema.id);
    assert_eq!(emitted.schema["$comment"], codegen::HEADER);
    assert_eq!(emitted.schema["$ref"], "#/$defs/ErrorPayload");
    assert_eq!(emitted.schema["$defs"]["ErrorPayload"]["required"], json!(["errorCode"]));
    let description = emitted.schema["$defs"]["ErrorPayload"]["description"].as_str().unwrap();
    assert!(description.contains("Other properties are allowed"), "the payload's openness is documented");
    assert_eq!(emitted.schema["$defs"]["Catalogue"]["additionalProperties"], false);
}

// ---------------------------------------------------------------------------
// Other catalogues: the generator is generic

const TARGETS: &str = r#"
[catalogue]
title = "Other errors"
intro = "Intro."
version = "2.0.0"

[targets.rust]
crate = "other-errors"

[targets.typescript]
package = "other-errors"

[targets.json_schema]
id = "https://other.test/errors.schema.json"
"#;

/// Catalogue text that the loader accepts, with every optional field used
/// and text that JSON must escape.
const RICH: &str = r#"
[[category]]
id = "media"
title = "Media \"exceptions\" */ </script>"
description = "Back\\slash, \u2028 line separator, emoji \U0001F600."

[[category]]
id = "media_audio"
title = "Audio"
parent = "media"

[[error]]
code = 0
name = "ZERO"
category = "media"

[[error]]
code = 4294967295
name = "LARGEST_CODE"
category = "media_audio"
description = "Occurs in media.start with \"quotes\" and */."
methods = ["media.start"]
details = ["a detail with a \\ backslash"]
deprecated = "Use ZERO; the code stays reserved."
since = "1.2.0"

[[error.reasons]]
code = 1
name = "FIRST"
description = "First reason, with \"quotes\"."

[[reserved]]
code = 7
name = "SEVEN_REMOVED"
note = "Removed in 2.0.0, \"merged\" into ZERO."

[[reserved]]
name = "ONLY_A_NAME"
"#;

#[test]
fn other_catalogues_give_schemas_both_validators_accept() {
    let hostile = std::fs::read_to_string(tests::workspace_root().join("tests/fixtures/valid/hostile.toml")).unwrap();
    for (label, text) in [("empty", TARGETS.to_owned()), ("rich", format!("{TARGETS}{RICH}")), ("hostile", hostile)] {
        let catalogue = codegen::load(&text).unwrap_or_else(|diagnostics| {
            panic!("the {label} catalogue is invalid:\n{}", diagnostics.render(label, &text))
        });
        let emitted = emitted_from(catalogue);
        assert_meta_schema_valid(&emitted.schema);
        boon_compile_all(&emitted.schema);

        let id = schema_id(&emitted.schema);
        let def = |name: &str| format!("{id}#/$defs/{name}");
        let case = |name: &str, reference: String, instance: Value, valid: bool| Case {
            name: format!("{label}: {name}"),
            reference,
            instance,
            valid,
        };
        let unused = (0..).find(|code| emitted.catalogue.errors.iter().all(|error| error.code != *code)).unwrap();
        let mut cases = vec![
            case("data file", def("Catalogue"), emitted.data.clone(), true),
            case("payload with an unused code", id.into(), json!({ "errorCode": unused }), false),
            case("name OTHER", def("ErrorName"), json!("OTHER"), false),
            case("category none", def("Category"), json!("none"), false),
        ];
        for error in &emitted.catalogue.errors {
            cases.push(case(&format!("payload {}", error.code), id.into(), json!({ "errorCode": error.code }), true));
            cases.push(case(&format!("name {}", error.name), def("ErrorName"), json!(error.name), true));
        }
        for category in &emitted.catalogue.categories {
            cases.push(case(&format!("category {}", category.id), def("Category"), json!(category.id), true));
        }
        if label == "rich" {
            assert_eq!(emitted.catalogue.errors.len(), 2, "the rich catalogue loaded whole");
            assert_eq!(emitted.schema["$defs"]["ErrorCodeDocs"]["oneOf"][1]["deprecated"], true);
            assert_eq!(emitted.data["errors"][1]["since"], "1.2.0");
            cases.push(case("reason 1", def("LargestCodeReason"), json!(1), true));
            cases.push(case("reason 2", def("LargestCodeReason"), json!(2), false));
            // Reserved numbers and names are listed in the data, and no
            // definition of a code in use accepts them.
            assert_eq!(emitted.data["reserved"][0]["code"], 7);
            assert_eq!(emitted.data["reserved"][1], json!({"code": null, "name": "ONLY_A_NAME", "note": null}));
            cases.push(case("reserved code 7", def("ErrorCode"), json!(7), false));
            cases.push(case("payload with reserved code 7", id.into(), json!({ "errorCode": 7 }), false));
            cases.push(case("reserved name", def("ErrorName"), json!("SEVEN_REMOVED"), false));
            let mut nameless = emitted.data.clone();
            nameless["reserved"][0]["name"] = json!("not screaming");
            cases.push(case("data with a malformed reserved name", def("Catalogue"), nameless, false));
        }
        if label == "hostile" {
            // Every text survives the JSON byte for byte.
            for (error, entry) in emitted.catalogue.errors.iter().zip(emitted.data["errors"].as_array().unwrap()) {
                assert_eq!(entry["description"].as_str(), error.description.as_deref());
                assert_eq!(entry["details"], json!(error.details));
                assert_eq!(entry["deprecated"].as_str(), error.deprecated.as_deref());
            }
        }
        assert_verdicts("boon", &cases, &boon_verdicts(&emitted.schema, &cases));
        assert_verdicts("Ajv", &cases, &ajv_clean_verdicts(&emitted.schema, &cases));
    }
}
