//! The JSON data file (`generated/json/error-codes.json`) holds the whole
//! catalogue (error types, categories, codes, reservations), in document
//! order, with one fixed shape: every key always present, `null` for an
//! absent optional value. (That it is valid against `$defs/Catalogue` is
//! checked by both validators in `schema.rs`.)

use codegen::json_schema::{DATA_PATH, SCHEMA_PATH};
use serde_json::{Value, json};
use tests::{shipped_catalogue, workspace_root};

fn emitted_data(catalogue: &codegen::Catalogue) -> (String, Value) {
    let file = codegen::json_schema::emit(catalogue)
        .into_iter()
        .find(|file| file.path == DATA_PATH)
        .expect("the data file is emitted");
    let value = serde_json::from_str(&file.contents).expect("the data file is JSON");
    (file.contents, value)
}

fn keys(value: &Value) -> Vec<&str> {
    // Key order in the text is checked by the emitter's unit tests; here the
    // set of keys is what matters, so compare sorted.
    let mut keys: Vec<&str> = value.as_object().expect("an object").keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

#[test]
fn data_file_holds_every_category_and_code_of_the_catalogue() {
    let catalogue = shipped_catalogue();
    let (_, data) = emitted_data(&catalogue);

    assert_eq!(keys(&data), ["$comment", "$schema", "categories", "errorTypes", "errors", "reserved"]);
    assert!(!catalogue.error_types.is_empty(), "the shipped catalogue names the SDK's error types");
    assert_eq!(data["errorTypes"], json!(catalogue.error_types), "every error type, in the catalogue's order");
    let reserved: Vec<Value> = catalogue
        .reserved
        .iter()
        .map(|entry| json!({"code": entry.code, "name": entry.name, "note": entry.note}))
        .collect();
    assert_eq!(data["reserved"], Value::Array(reserved));
    assert_eq!(data["$comment"], codegen::HEADER);
    assert_eq!(data["$schema"], format!("{}#/$defs/Catalogue", catalogue.json_schema.id));

    let categories = data["categories"].as_array().expect("categories is an array");
    assert_eq!(categories.len(), catalogue.categories.len());
    for (entry, category) in categories.iter().zip(&catalogue.categories) {
        assert_eq!(keys(entry), ["description", "id", "parent", "title"]);
        assert_eq!(
            *entry,
            json!({
                "id": category.id,
                "title": category.title,
                "description": category.description,
                "parent": category.parent,
            })
        );
    }

    let errors = data["errors"].as_array().expect("errors is an array");
    assert_eq!(errors.len(), catalogue.errors.len());
    for (entry, error) in errors.iter().zip(&catalogue.errors) {
        assert_eq!(
            keys(entry),
            [
                "category",
                "code",
                "deprecated",
                "description",
                "details",
                "methods",
                "name",
                "reasons",
                "replacedBy",
                "since"
            ]
        );
        let reasons: Vec<Value> = error
            .reasons
            .iter()
            .map(|reason| json!({"code": reason.code, "name": reason.name, "description": reason.description}))
            .collect();
        assert_eq!(
            *entry,
            json!({
                "code": error.code,
                "name": error.name,
                "category": error.category,
                "description": error.description,
                "methods": error.methods,
                "details": error.details,
                "reasons": reasons,
                "deprecated": error.deprecated,
                "replacedBy": error.replaced_by,
                "since": error.since,
            }),
            "{}",
            error.name
        );
    }
}

#[test]
fn shipped_data_shows_the_known_shape_of_6010_and_200() {
    // Two landmarks of the seed, so a model change that empties lists (and
    // would still mirror itself above) shows up here.
    let (_, data) = emitted_data(&shipped_catalogue());
    let by_code = |code: u32| {
        data["errors"].as_array().unwrap().iter().find(|error| error["code"] == code).cloned().expect("code is present")
    };
    let capture = by_code(6010);
    assert_eq!(capture["name"], "AUDIO_CAPTURE_FAILED");
    assert_eq!(capture["category"], "audio");
    assert_eq!(capture["methods"], json!(["stream.startAudio"]));
    let reason_codes: Vec<u64> =
        capture["reasons"].as_array().unwrap().iter().map(|r| r["code"].as_u64().unwrap()).collect();
    assert_eq!(reason_codes, [1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(by_code(200)["details"].as_array().map(Vec::len), Some(6));
    assert!(by_code(1)["description"].is_null(), "OPERATION_TIMEOUT has no description: null, not omitted");
}

#[test]
fn generated_files_on_disk_are_the_emitted_ones() {
    // The drift check covers every generated file; this names the two JSON
    // files directly so a stale schema fails here too, with the command to run.
    let catalogue = shipped_catalogue();
    for file in codegen::json_schema::emit(&catalogue) {
        assert!(file.path == SCHEMA_PATH || file.path == DATA_PATH);
        let path = workspace_root().join("generated").join(&file.path);
        let on_disk = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("cannot read {}: {error}; run `cargo xtask gen`", path.display()));
        assert!(
            on_disk.replace("\r\n", "\n") == file.contents,
            "generated/{} is stale; run `cargo xtask gen`",
            file.path
        );
    }
}

#[test]
fn output_is_pretty_printed_with_a_final_newline() {
    let (text, _) = emitted_data(&shipped_catalogue());
    assert!(text.starts_with("{\n  \"$comment\": "));
    assert!(text.ends_with("}\n") && !text.ends_with("\n\n"));
    assert!(!text.contains('\t') && !text.contains('\r'));
    assert!(text.lines().all(|line| !line.ends_with(' ')), "no trailing spaces");
}
