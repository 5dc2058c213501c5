//! JSON Schema and JSON data emitter.
//!
//! Two files:
//!
//! - `schema/error-codes.schema.json`, a draft 2020-12 schema. Its root
//!   validates an error payload (what the SDK rejects a promise with); every
//!   other contract is a named `$defs` entry, reachable as
//!   `<$id>#/$defs/<Name>`.
//! - `json/error-codes.json`, the catalogue as data, valid against
//!   `$defs/Catalogue`. Every key is always present; an absent optional value
//!   is `null`, so readers see one fixed shape.
//!
//! Both are built as an ordered tree ([`Json`]) and printed by the JSON
//! writer (`json.rs`), which keeps the keys in the order written here.

use std::borrow::Cow;

use crate::json::Json;
use crate::model::{Catalogue, Category, ErrorCode, Reason, Reserved};
use crate::output::{GeneratedFile, HEADER};

/// Path of the schema, relative to the output folder.
pub const SCHEMA_PATH: &str = "schema/error-codes.schema.json";
/// Path of the data file, relative to the output folder.
pub const DATA_PATH: &str = "json/error-codes.json";

const DRAFT_2020_12: &str = "https://json-schema.org/draft/2020-12/schema";

// The fixed `$defs` names. Reason enums are named `<Code>Reason`; none of the
// fixed names ends in `Reason`, so a code's reason enum can never take the
// place of one of these.
const ERROR_PAYLOAD: &str = "ErrorPayload";
const ANY_ERROR_PAYLOAD: &str = "AnyErrorPayload";
const ERROR_CODE: &str = "ErrorCode";
const ERROR_NAME: &str = "ErrorName";
const CATEGORY: &str = "Category";
const CATALOGUE: &str = "Catalogue";
const CATEGORY_ENTRY: &str = "CategoryEntry";
const ERROR_ENTRY: &str = "ErrorEntry";
const REASON_ENTRY: &str = "ReasonEntry";
const RESERVED_ENTRY: &str = "ReservedEntry";

/// Renders the schema and the data file.
pub fn emit(catalogue: &Catalogue) -> Vec<GeneratedFile> {
    vec![
        GeneratedFile::new(SCHEMA_PATH, schema(catalogue).render()),
        GeneratedFile::new(DATA_PATH, data(catalogue).render()),
    ]
}

// ---------------------------------------------------------------------------
// The schema

fn schema(catalogue: &Catalogue) -> Json<'_> {
    let mut defs: Vec<(Cow<'_, str>, Json<'_>)> = vec![
        (ERROR_PAYLOAD.into(), error_payload_def()),
        (ANY_ERROR_PAYLOAD.into(), any_error_payload_def()),
        (ERROR_CODE.into(), error_code_def(catalogue)),
        (ERROR_NAME.into(), error_name_def(catalogue)),
        (CATEGORY.into(), category_def(catalogue)),
    ];
    defs.extend(catalogue.errors.iter().filter_map(|error| {
        let name = error.reason_enum_name()?;
        Some((name.into(), reason_enum_def(error)))
    }));
    defs.extend([
        (CATALOGUE.into(), catalogue_def(catalogue)),
        (CATEGORY_ENTRY.into(), category_entry_def()),
        (ERROR_ENTRY.into(), error_entry_def()),
        (REASON_ENTRY.into(), reason_entry_def()),
        (RESERVED_ENTRY.into(), reserved_entry_def()),
    ]);

    Json::object([
        ("$comment", HEADER.into()),
        ("$schema", DRAFT_2020_12.into()),
        ("$id", catalogue.json_schema.id.as_str().into()),
        ("title", catalogue.title.as_str().into()),
        (
            "description",
            format!(
                "The error codes of the catalogue. The root validates an error payload \
                 ($defs/{ERROR_PAYLOAD}); each other definition can be referenced on its own \
                 as <$id>#/$defs/<name>: {ERROR_CODE} (a numeric code), {ERROR_NAME} (a \
                 code's name), {CATEGORY} (a category id), one <Code>Reason enum per code \
                 with numbered reasons, and {CATALOGUE} (the data file {DATA_PATH})."
            )
            .into(),
        ),
        ("$ref", def_ref(ERROR_PAYLOAD)),
        ("$defs", Json::Object(defs)),
    ])
}

fn def_ref(name: &str) -> Json<'static> {
    format!("#/$defs/{name}").into()
}

fn ref_to(name: &str) -> Json<'static> {
    Json::object([("$ref", def_ref(name))])
}

/// The strict payload, the schema's root: `errorCode` must be a code of this
/// catalogue. What TypeScript's `isErrorPayload` accepts.
fn error_payload_def() -> Json<'static> {
    payload_def(
        "Error payload",
        "The object the SDK rejects a promise with. `errorCode` is required and must be a \
         code of this catalogue; `type` and `reason` are strings when present. Other \
         properties are allowed: SDK versions add fields, and a receiver should not reject \
         a report because of one. A report from a newer SDK may carry a code this catalogue \
         does not list: validate such reports against AnyErrorPayload.",
        ref_to(ERROR_CODE),
    )
}

/// The lenient payload: any unsigned 32-bit `errorCode`, so that a code added
/// after this version still validates. What the Rust `ErrorPayload` reads and
/// TypeScript's `isAnyErrorPayload` accepts.
fn any_error_payload_def() -> Json<'static> {
    payload_def(
        "Error payload with any code",
        "As ErrorPayload, but `errorCode` may be any unsigned 32-bit integer, known to this \
         catalogue or not: for receivers that must accept reports from newer SDK versions.",
        Json::object([("type", "integer".into()), ("minimum", 0u32.into()), ("maximum", u32::MAX.into())]),
    )
}

fn payload_def(title: &'static str, description: &'static str, error_code: Json<'static>) -> Json<'static> {
    Json::object([
        ("title", title.into()),
        ("description", description.into()),
        ("type", "object".into()),
        (
            "properties",
            Json::object([
                (
                    "type",
                    Json::object([
                        ("description", "The kind of failure, as the SDK names it.".into()),
                        ("type", "string".into()),
                    ]),
                ),
                (
                    "reason",
                    Json::object([("description", "A human-readable explanation.".into()), ("type", "string".into())]),
                ),
                ("errorCode", error_code),
            ]),
        ),
        ("required", Json::strings(["errorCode"])),
    ])
}

/// `{const, title, description}` for one documented value; the description
/// is left out when there is none rather than invented.
fn documented_value<'a>(
    value: Json<'a>,
    title: &'a str,
    description: Option<Cow<'a, str>>,
    deprecated: bool,
) -> Json<'a> {
    let mut entry = vec![("const", value), ("title", title.into())];
    if let Some(description) = description {
        entry.push(("description", description.into()));
    }
    if deprecated {
        entry.push(("deprecated", true.into()));
    }
    Json::object(entry)
}

/// `keyword: [values]`, or `not: {}` (nothing is valid) when there are no
/// values: a catalogue may be empty, and `oneOf: []` breaks the meta-schema
/// (`minItems: 1`) while Ajv refuses `enum: []`.
fn allowed<'a>(keyword: &'static str, values: Vec<Json<'a>>) -> (&'static str, Json<'a>) {
    if values.is_empty() { ("not", Json::object(Vec::<(&str, Json)>::new())) } else { (keyword, Json::Array(values)) }
}

/// The text shown for a code: its description, followed by why it is
/// deprecated when it is (the `deprecated` keyword itself is only a flag).
fn code_text(error: &ErrorCode) -> Option<Cow<'_, str>> {
    match (&error.description, &error.deprecated) {
        (Some(text), Some(why)) => Some(format!("{text}\n\nDeprecated: {why}").into()),
        (None, Some(why)) => Some(format!("Deprecated: {why}").into()),
        (Some(text), None) => Some(text.as_str().into()),
        (None, None) => None,
    }
}

fn error_code_def(catalogue: &Catalogue) -> Json<'_> {
    let values = catalogue
        .errors
        .iter()
        .map(|error| documented_value(error.code.into(), &error.name, code_text(error), error.deprecated.is_some()));
    Json::object([
        ("title", "Error code".into()),
        ("description", "A numeric error code of the catalogue.".into()),
        ("type", "integer".into()),
        allowed("oneOf", values.collect()),
    ])
}

fn error_name_def(catalogue: &Catalogue) -> Json<'_> {
    Json::object([
        ("title", "Error name".into()),
        ("description", "The SCREAMING_SNAKE_CASE name of an error code of the catalogue.".into()),
        ("type", "string".into()),
        allowed("enum", catalogue.errors.iter().map(|error| error.name.as_str().into()).collect()),
    ])
}

fn category_def(catalogue: &Catalogue) -> Json<'_> {
    let values = catalogue.categories.iter().map(|category| {
        documented_value(
            category.id.as_str().into(),
            &category.title,
            category.description.as_deref().map(Cow::from),
            false,
        )
    });
    Json::object([
        ("title", "Category".into()),
        ("description", "The id of a category (a section of the reference) of the catalogue.".into()),
        ("type", "string".into()),
        allowed("oneOf", values.collect()),
    ])
}

fn reason_enum_def(error: &ErrorCode) -> Json<'_> {
    let values = error.reasons.iter().map(|reason| {
        documented_value(reason.code.into(), &reason.name, Some(reason.description.as_str().into()), false)
    });
    Json::object([
        ("title", format!("{} reason", error.name).into()),
        ("description", format!("The numbered reasons of error code {} ({}).", error.code, error.name).into()),
        ("type", "integer".into()),
        allowed("oneOf", values.collect()),
    ])
}

/// A property that is always present and is either a string or `null`.
fn nullable_string(description: &'static str) -> Json<'static> {
    Json::object([("description", description.into()), ("type", Json::strings(["string", "null"]))])
}

/// A property that is always present and is either valid against `schema`
/// or `null`.
fn nullable(description: &'static str, schema: Json<'static>) -> Json<'static> {
    Json::object([
        ("description", description.into()),
        ("anyOf", Json::Array(vec![schema, Json::object([("type", "null".into())])])),
    ])
}

fn described(description: &'static str, schema: Json<'static>) -> Json<'static> {
    let Json::Object(mut entries) = schema else { unreachable!("schemas built here are objects") };
    entries.insert(0, ("description".into(), description.into()));
    Json::Object(entries)
}

fn string_schema() -> Json<'static> {
    Json::object([("type", "string".into())])
}

fn array_of(items: Json<'static>) -> Json<'static> {
    Json::object([("type", "array".into()), ("items", items)])
}

/// An object with exactly these properties, all required.
fn closed_object(
    title: &'static str,
    description: &'static str,
    properties: Vec<(&'static str, Json<'static>)>,
) -> Json<'static> {
    let required = Json::strings(properties.iter().map(|(name, _)| *name));
    Json::object([
        ("title", title.into()),
        ("description", description.into()),
        ("type", "object".into()),
        ("properties", Json::object(properties)),
        ("required", required),
        ("additionalProperties", false.into()),
    ])
}

fn catalogue_def(catalogue: &Catalogue) -> Json<'static> {
    let self_ref = format!("{}#/$defs/{CATALOGUE}", catalogue.json_schema.id);
    Json::object([
        ("title", "Error catalogue".into()),
        (
            "description",
            format!(
                "The data file {DATA_PATH}: every category and every error code of the catalogue, \
                 in document order, and the reserved numbers and names no code may take again. \
                 Every key is always present; an absent optional value is null."
            )
            .into(),
        ),
        ("type", "object".into()),
        (
            "properties",
            Json::object([
                ("$comment", described("The do-not-edit header.", string_schema())),
                (
                    "$schema",
                    Json::object([
                        ("description", "Names this definition as the schema of the document.".into()),
                        ("const", self_ref.into()),
                    ]),
                ),
                ("categories", array_of(ref_to(CATEGORY_ENTRY))),
                ("errors", array_of(ref_to(ERROR_ENTRY))),
                ("reserved", array_of(ref_to(RESERVED_ENTRY))),
            ]),
        ),
        ("required", Json::strings(["categories", "errors", "reserved"])),
        ("additionalProperties", false.into()),
    ])
}

fn category_entry_def() -> Json<'static> {
    closed_object(
        "Category entry",
        "A section of the reference.",
        vec![
            ("id", ref_to(CATEGORY)),
            ("title", described("The heading, verbatim.", string_schema())),
            ("description", nullable_string("The paragraph under the heading.")),
            ("parent", nullable("The enclosing category, for a sub-section.", ref_to(CATEGORY))),
        ],
    )
}

fn error_entry_def() -> Json<'static> {
    closed_object(
        "Error entry",
        "One error code.",
        vec![
            ("code", ref_to(ERROR_CODE)),
            ("name", ref_to(ERROR_NAME)),
            ("category", ref_to(CATEGORY)),
            ("description", nullable_string("The SDK's description of the code.")),
            ("methods", described("Every SDK method the description names.", array_of(string_schema()))),
            (
                "details",
                described("Un-numbered notes: causes or messages that come with the code.", array_of(string_schema())),
            ),
            ("reasons", described("Numbered sub-reasons, in order.", array_of(ref_to(REASON_ENTRY)))),
            ("deprecated", nullable_string("Why the code is retired; a retired code is never reused.")),
            ("since", nullable_string("The SDK version that introduced the code.")),
        ],
    )
}

fn reason_entry_def() -> Json<'static> {
    closed_object(
        "Reason entry",
        "A numbered sub-reason of an error code.",
        vec![
            ("code", Json::object([("type", "integer".into()), ("minimum", 0u32.into())])),
            ("name", Json::object([("type", "string".into()), ("pattern", "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$".into())])),
            ("description", string_schema()),
        ],
    )
}

/// A reserved number is a plain integer here, not an `ErrorCode`: that
/// definition lists only the codes in use, so it keeps rejecting a reserved
/// number.
fn reserved_entry_def() -> Json<'static> {
    closed_object(
        "Reserved entry",
        "A retired code's number, name or both: no code may take them again.",
        vec![
            (
                "code",
                nullable("The reserved number.", Json::object([("type", "integer".into()), ("minimum", 0u32.into())])),
            ),
            (
                "name",
                nullable(
                    "The reserved name.",
                    Json::object([("type", "string".into()), ("pattern", "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$".into())]),
                ),
            ),
            ("note", nullable_string("Why and when the code was retired.")),
        ],
    )
}

// ---------------------------------------------------------------------------
// The data file

fn data(catalogue: &Catalogue) -> Json<'_> {
    Json::object([
        ("$comment", HEADER.into()),
        ("$schema", format!("{}#/$defs/{CATALOGUE}", catalogue.json_schema.id).into()),
        ("categories", Json::Array(catalogue.categories.iter().map(category_data).collect())),
        ("errors", Json::Array(catalogue.errors.iter().map(error_data).collect())),
        ("reserved", Json::Array(catalogue.reserved.iter().map(reserved_data).collect())),
    ])
}

fn reserved_data(entry: &Reserved) -> Json<'_> {
    Json::object([
        ("code", entry.code.map_or(Json::Null, Json::from)),
        ("name", entry.name.as_deref().into()),
        ("note", entry.note.as_deref().into()),
    ])
}

fn category_data(category: &Category) -> Json<'_> {
    Json::object([
        ("id", category.id.as_str().into()),
        ("title", category.title.as_str().into()),
        ("description", category.description.as_deref().into()),
        ("parent", category.parent.as_deref().into()),
    ])
}

fn error_data(error: &ErrorCode) -> Json<'_> {
    Json::object([
        ("code", error.code.into()),
        ("name", error.name.as_str().into()),
        ("category", error.category.as_str().into()),
        ("description", error.description.as_deref().into()),
        ("methods", Json::strings(&error.methods)),
        ("details", Json::strings(&error.details)),
        ("reasons", Json::Array(error.reasons.iter().map(reason_data).collect())),
        ("deprecated", error.deprecated.as_deref().into()),
        ("since", error.since.as_deref().into()),
    ])
}

fn reason_data(reason: &Reason) -> Json<'_> {
    Json::object([
        ("code", reason.code.into()),
        ("name", reason.name.as_str().into()),
        ("description", reason.description.as_str().into()),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{JsonSchemaTarget, RustTarget, TypeScriptStyle, TypeScriptTarget};

    const HOSTILE: &str = "quote \" backslash \\ slash / */ </script> \u{2028}\u{2029} tab\there \
                           nul\u{0} del\u{7f} emoji \u{1F600} ${x} `y` #/$defs/X";

    fn catalogue() -> Catalogue {
        Catalogue {
            title: "Errors".into(),
            intro: "Intro.".into(),
            version: "1.0.0".into(),
            package: crate::model::PackageMetadata::default(),
            rust: RustTarget { crate_name: "errors".into() },
            typescript: TypeScriptTarget { package: "errors".into(), style: TypeScriptStyle::Enum },
            json_schema: JsonSchemaTarget { id: "https://example.test/errors.schema.json".into() },
            categories: vec![
                Category { id: "stream".into(), title: "Stream".into(), description: None, parent: None },
                Category {
                    id: "audio".into(),
                    title: "Audio".into(),
                    description: Some(HOSTILE.into()),
                    parent: Some("stream".into()),
                },
            ],
            errors: vec![
                ErrorCode {
                    code: 1,
                    name: "OPERATION_TIMEOUT".into(),
                    category: "stream".into(),
                    description: None,
                    methods: vec![],
                    details: vec![],
                    reasons: vec![],
                    deprecated: None,
                    since: None,
                },
                ErrorCode {
                    code: 6010,
                    name: "AUDIO_CAPTURE_FAILED".into(),
                    category: "audio".into(),
                    description: Some(HOSTILE.into()),
                    methods: vec!["stream.startAudio".into()],
                    details: vec![HOSTILE.into()],
                    reasons: vec![Reason {
                        code: 1,
                        name: "PERMISSION_DENIED_BY_USER".into(),
                        description: HOSTILE.into(),
                    }],
                    deprecated: Some("Replaced by 6011.".into()),
                    since: Some("1.2.0".into()),
                },
            ],
            reserved: vec![Reserved {
                code: Some(6016),
                name: Some("AUDIO_SOMETHING_REMOVED".into()),
                note: Some(HOSTILE.into()),
            }],
        }
    }

    fn file(path: &str) -> String {
        emit(&catalogue())
            .into_iter()
            .find(|file| file.path == path)
            .unwrap_or_else(|| panic!("{path} is emitted"))
            .contents
    }

    fn parse(text: &str) -> serde_json::Value {
        serde_json::from_str(text).expect("output is valid JSON")
    }

    /// The object keys written at one nesting depth, in the order they
    /// appear in the text. Read from the text, not from a parsed
    /// `serde_json::Value`, whose key order depends on `serde_json`'s features.
    fn keys_at_depth(text: &str, depth: usize) -> Vec<&str> {
        let indent = "  ".repeat(depth);
        text.lines()
            .filter_map(|line| line.strip_prefix(&indent))
            .filter(|rest| rest.starts_with('"'))
            .filter_map(|rest| rest[1..].split_once("\": ").map(|(key, _)| key))
            .collect()
    }

    #[test]
    fn emits_the_schema_and_the_data_file() {
        let paths: Vec<String> = emit(&catalogue()).into_iter().map(|file| file.path).collect();
        assert_eq!(paths, [SCHEMA_PATH, DATA_PATH]);
    }

    #[test]
    fn keys_come_in_the_written_order() {
        let schema = file(SCHEMA_PATH);
        assert_eq!(keys_at_depth(&schema, 1), ["$comment", "$schema", "$id", "title", "description", "$ref", "$defs"]);
        assert_eq!(
            keys_at_depth(&schema, 2),
            [
                "ErrorPayload",
                "AnyErrorPayload",
                "ErrorCode",
                "ErrorName",
                "Category",
                "AudioCaptureFailedReason",
                "Catalogue",
                "CategoryEntry",
                "ErrorEntry",
                "ReasonEntry",
                "ReservedEntry"
            ]
        );
        // The first definition's keys, and a code's entry in `oneOf`.
        let payload: Vec<&str> = keys_at_depth(&schema, 3).into_iter().take(5).collect();
        assert_eq!(payload, ["title", "description", "type", "properties", "required"]);
        assert_eq!(keys_at_depth(&schema, 5).iter().filter(|key| **key == "deprecated").count(), 1);
        let deprecated_entry = schema.find("\"deprecated\": true").expect("the deprecated code is marked");
        let entry_start = schema[..deprecated_entry].rfind("\"const\": 6010").expect("its entry starts with const");
        let entry_keys = keys_at_depth(&schema[entry_start..deprecated_entry + 30], 5);
        assert_eq!(entry_keys, ["title", "description", "deprecated"]);

        let data = file(DATA_PATH);
        assert_eq!(keys_at_depth(&data, 1), ["$comment", "$schema", "categories", "errors", "reserved"]);
        assert_eq!(
            keys_at_depth(&data, 3),
            [
                // categories[0], categories[1]
                "id",
                "title",
                "description",
                "parent",
                "id",
                "title",
                "description",
                "parent",
                // errors[0], errors[1]
                "code",
                "name",
                "category",
                "description",
                "methods",
                "details",
                "reasons",
                "deprecated",
                "since",
                "code",
                "name",
                "category",
                "description",
                "methods",
                "details",
                "reasons",
                "deprecated",
                "since",
                // reserved[0]
                "code",
                "name",
                "note",
            ]
        );
        assert_eq!(keys_at_depth(&data, 5), ["code", "name", "description"]);
        let header_line = format!("  \"$comment\": {},", serde_json::to_string(HEADER).unwrap());
        assert_eq!(data.lines().nth(1), Some(header_line.as_str()));
        assert_eq!(schema.lines().nth(1), Some(header_line.as_str()));
    }

    #[test]
    fn hostile_strings_round_trip() {
        let data = parse(&file(DATA_PATH));
        assert_eq!(data["categories"][1]["description"], HOSTILE);
        assert_eq!(data["errors"][1]["description"], HOSTILE);
        assert_eq!(data["errors"][1]["details"][0], HOSTILE);
        assert_eq!(data["errors"][1]["reasons"][0]["description"], HOSTILE);

        let schema = parse(&file(SCHEMA_PATH));
        assert_eq!(schema["$defs"]["Category"]["oneOf"][1]["description"], HOSTILE);
        assert_eq!(schema["$defs"]["AudioCaptureFailedReason"]["oneOf"][0]["description"], HOSTILE);
        assert_eq!(
            schema["$defs"]["ErrorCode"]["oneOf"][1]["description"],
            format!("{HOSTILE}\n\nDeprecated: Replaced by 6011.")
        );
        // Nothing unescaped can end a line inside a string: every line of the
        // output is structural.
        for text in [file(DATA_PATH), file(SCHEMA_PATH)] {
            assert!(!text.contains('\u{0}') && !text.contains('\t'));
        }
    }

    #[test]
    fn absent_optional_values_are_null_and_present_keys_are_complete() {
        let data = parse(&file(DATA_PATH));
        let plain = &data["errors"][0];
        assert!(plain["description"].is_null() && plain["deprecated"].is_null() && plain["since"].is_null());
        assert_eq!(plain["methods"], serde_json::json!([]));
        assert!(data["categories"][0]["parent"].is_null());
        assert_eq!(data["categories"][1]["parent"], "stream");
        assert_eq!(data["errors"][1]["deprecated"], "Replaced by 6011.");
        assert_eq!(data["$schema"], "https://example.test/errors.schema.json#/$defs/Catalogue");
    }

    #[test]
    fn code_entries_document_each_value() {
        let schema = parse(&file(SCHEMA_PATH));
        let entries = schema["$defs"]["ErrorCode"]["oneOf"].as_array().unwrap();
        // A code without a description gets none (not an invented one).
        assert_eq!(entries[0], serde_json::json!({"const": 1, "title": "OPERATION_TIMEOUT"}));
        assert_eq!(entries[1]["deprecated"], true);
        assert_eq!(entries[1]["title"], "AUDIO_CAPTURE_FAILED");
        assert_eq!(
            schema["$defs"]["ErrorName"]["enum"],
            serde_json::json!(["OPERATION_TIMEOUT", "AUDIO_CAPTURE_FAILED"])
        );
        assert_eq!(schema["$id"], "https://example.test/errors.schema.json");
        assert_eq!(schema["$comment"], HEADER);
    }

    #[test]
    fn reserved_codes_are_listed_in_the_data_and_rejected_by_error_code() {
        let data = parse(&file(DATA_PATH));
        assert_eq!(data["reserved"][0]["code"], 6016);
        assert_eq!(data["reserved"][0]["name"], "AUDIO_SOMETHING_REMOVED");
        assert_eq!(data["reserved"][0]["note"], HOSTILE);
        let schema = parse(&file(SCHEMA_PATH));
        let codes: Vec<&serde_json::Value> =
            schema["$defs"]["ErrorCode"]["oneOf"].as_array().unwrap().iter().map(|entry| &entry["const"]).collect();
        assert_eq!(codes, [1, 6010]);
        assert!(!schema["$defs"]["ErrorName"]["enum"].as_array().unwrap().contains(&"AUDIO_SOMETHING_REMOVED".into()));
        assert_eq!(schema["$defs"]["Catalogue"]["properties"]["reserved"]["items"]["$ref"], "#/$defs/ReservedEntry");
    }

    #[test]
    fn output_is_deterministic() {
        assert_eq!(emit(&catalogue()), emit(&catalogue()));
    }
}
