//! Editor schema emitter: a JSON Schema of `catalogue.toml` itself.
//!
//! `catalogue.toml` names this file in its first line (`#:schema …`), and
//! the TOML language tools (Taplo / "Even Better TOML", Tombi) read it: the
//! editor completes keys, shows each key's documentation on hover, offers
//! the values of `style` and the category ids of this catalogue for
//! `category` and `parent`, and flags wrong types, unknown keys and
//! malformed names and codes as you type.
//!
//! Draft-07, the draft both tools support fully. Every key, whether it is
//! required, its hover text and every pattern come from the constants the
//! loader itself checks against (`keys.rs`), so the schema cannot drift
//! from the loader. What a schema cannot express (uniqueness across tables,
//! parent cycles, a method named in the description, …) is left to
//! `cargo xtask gen`.

use std::borrow::Cow;

use crate::json::Json;
use crate::keys::{
    CATALOGUE, CATEGORY, CRATE_NAME_PATTERN, ERROR, Fields, JSON_SCHEMA_TARGET, LICENSE_PATTERN, METHOD_PATH_PATTERN,
    NPM_NAME_MAX_LENGTH, NPM_NAME_PATTERN, REASON, REPOSITORY_PATTERN, RESERVED, RESERVED_NAMES, RUST_TARGET,
    SCHEMA_ID_PATTERN, SCREAMING_SNAKE_PATTERN, SEMVER_PATTERN, SNAKE_CASE_PATTERN, TARGETS, TOP_LEVEL,
    TYPESCRIPT_STYLES, TYPESCRIPT_TARGET,
};
use crate::model::Catalogue;
use crate::output::{GeneratedFile, HEADER};

/// Path of the editor schema, relative to the output folder.
pub const PATH: &str = "schema/catalogue.schema.json";

const DRAFT_07: &str = "http://json-schema.org/draft-07/schema#";

/// A text of the catalogue: one line, not blank, no whitespace at either end,
/// and none of the characters the text policy refuses that a pattern can
/// name: [`REFUSED_IN_PATTERN`]. The loader's own check is finer (it names
/// the character, and also refuses astral tags, private-use planes and
/// unassigned code points, which would need a regex syntax the editors'
/// engines do not share or the whole Unicode table).
const TEXT_PATTERN: &str = concat!(
    r"^[^\s\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u206F\uFEFF\uE000-\uF8FF\uFDD0-\uFDEF\uFFFE-\uFFFF]",
    r"(?:[^\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u206F\uFEFF\uE000-\uF8FF\uFDD0-\uFDEF\uFFFE-\uFFFF]*",
    r"[^\s\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u206F\uFEFF\uE000-\uF8FF\uFDD0-\uFDEF\uFFFE-\uFFFF])?$",
);

/// The ranges of refused characters in [`TEXT_PATTERN`], written with
/// `\xHH` and `\uHHHH`, which ECMA-262 and the Rust regex engine of Taplo
/// and Tombi read alike. A test holds each to the text policy.
#[cfg(test)]
const REFUSED_IN_PATTERN: &[(char, char)] = &[
    ('\u{0}', '\u{1F}'),
    ('\u{7F}', '\u{9F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{E000}', '\u{F8FF}'),
    ('\u{FDD0}', '\u{FDEF}'),
    ('\u{FFFE}', '\u{FFFF}'),
];

/// Renders the editor schema.
pub fn emit(catalogue: &Catalogue) -> Vec<GeneratedFile> {
    vec![GeneratedFile::new(PATH, schema(catalogue).render())]
}

fn schema(catalogue: &Catalogue) -> Json<'_> {
    let ids: Vec<&str> = catalogue.categories.iter().map(|category| category.id.as_str()).collect();
    let category_id = || {
        let mut schema = vec![("type", "string".into())];
        // The ids of this catalogue, offered as completions; a new category
        // is usable in the editor once `cargo xtask gen` has run.
        if !ids.is_empty() {
            schema.push(("enum", Json::strings(ids.iter().copied())));
        }
        Json::object(schema)
    };

    let reason = table(&REASON, vec![("code", unsigned()), ("name", name()), ("description", text())]);
    let error = table(
        &ERROR,
        vec![
            ("code", unsigned()),
            ("name", name()),
            ("category", category_id()),
            ("description", text()),
            (
                "methods",
                Json::object([
                    ("type", "array".into()),
                    ("items", pattern(METHOD_PATH_PATTERN)),
                    ("uniqueItems", true.into()),
                ]),
            ),
            ("details", Json::object([("type", "array".into()), ("items", text())])),
            ("reasons", Json::object([("type", "array".into()), ("items", reason)])),
            ("deprecated", text()),
            ("since", pattern(SEMVER_PATTERN)),
        ],
    );
    let category = table(
        &CATEGORY,
        vec![
            ("id", pattern(SNAKE_CASE_PATTERN)),
            ("title", text()),
            ("description", text()),
            ("parent", category_id()),
        ],
    );
    // A reserved entry keeps a number, a name or both.
    let Json::Object(mut reserved) = table(&RESERVED, vec![("code", unsigned()), ("name", name()), ("note", text())])
    else {
        unreachable!("table() builds an object")
    };
    reserved.push((
        "anyOf".into(),
        Json::Array(vec![
            Json::object([("required", Json::strings(["code"]))]),
            Json::object([("required", Json::strings(["name"]))]),
        ]),
    ));
    let reserved = Json::Object(reserved);
    let typescript_style = Json::object([
        ("type", "string".into()),
        ("enum", Json::strings(TYPESCRIPT_STYLES.iter().copied())),
        ("default", TYPESCRIPT_STYLES[0].into()),
    ]);
    let npm_name = Json::object([
        ("type", "string".into()),
        ("pattern", NPM_NAME_PATTERN.into()),
        ("maxLength", NPM_NAME_MAX_LENGTH.into()),
    ]);
    let targets = table(
        &TARGETS,
        vec![
            ("rust", table(&RUST_TARGET, vec![("crate", pattern(CRATE_NAME_PATTERN))])),
            ("typescript", table(&TYPESCRIPT_TARGET, vec![("package", npm_name), ("style", typescript_style)])),
            ("json_schema", table(&JSON_SCHEMA_TARGET, vec![("id", pattern(SCHEMA_ID_PATTERN))])),
        ],
    );
    let catalogue_table = table(
        &CATALOGUE,
        vec![
            ("title", text()),
            ("intro", text()),
            ("version", pattern(SEMVER_PATTERN)),
            ("sdk", text()),
            ("license", pattern(LICENSE_PATTERN)),
            ("repository", pattern(REPOSITORY_PATTERN)),
        ],
    );
    let root = table(
        &TOP_LEVEL,
        vec![
            ("catalogue", catalogue_table),
            ("targets", targets),
            ("category", Json::object([("type", "array".into()), ("items", category)])),
            ("error", Json::object([("type", "array".into()), ("items", error)])),
            ("reserved", Json::object([("type", "array".into()), ("items", reserved)])),
        ],
    );
    let Json::Object(root) = root else { unreachable!("table() builds an object") };
    let mut entries: Vec<(Cow<'_, str>, Json<'_>)> = vec![
        ("$comment".into(), HEADER.into()),
        ("$schema".into(), DRAFT_07.into()),
        ("title".into(), "catalogue.toml".into()),
        (
            "description".into(),
            "The error catalogue: the single source of truth of every error code. Edit it by hand, \
             then run `cargo xtask gen`, which checks every rule (this schema holds the ones an \
             editor can check as you type) and writes generated/."
                .into(),
        ),
    ];
    entries.extend(root);
    Json::Object(entries)
}

/// A closed table: the keys the loader accepts, each with the loader's hover
/// text (a table's own text is that of its key, one level up), and its
/// required keys. Every key of `fields` must get a schema here
/// (and no other), which a test holds the emitter to.
fn table<'a>(fields: &Fields, values: Vec<(&'static str, Json<'a>)>) -> Json<'a> {
    let properties: Vec<(&str, Json<'a>)> = fields
        .keys
        .iter()
        .map(|key| {
            let (_, value) = values
                .iter()
                .find(|(name, _)| *name == key.name)
                .unwrap_or_else(|| panic!("no schema for `{}` in {}", key.name, fields.what));
            let Json::Object(mut entries) = value.clone() else { unreachable!("every value schema is an object") };
            entries.insert(0, ("description".into(), key.doc.into()));
            (key.name, Json::Object(entries))
        })
        .collect();
    assert_eq!(properties.len(), values.len(), "a schema for a key {} does not take", fields.what);
    let required: Vec<&str> = fields.keys.iter().filter(|key| key.required).map(|key| key.name).collect();
    let mut entries = vec![("type", "object".into()), ("properties", Json::object(properties))];
    if !required.is_empty() {
        entries.push(("required", Json::strings(required)));
    }
    entries.push(("additionalProperties", false.into()));
    Json::object(entries)
}

fn text() -> Json<'static> {
    pattern(TEXT_PATTERN)
}

/// A name of an error or a reason: SCREAMING_SNAKE_CASE, and not a word
/// that cannot be an identifier in the generated code.
fn name() -> Json<'static> {
    Json::object([
        ("type", "string".into()),
        ("pattern", SCREAMING_SNAKE_PATTERN.into()),
        ("not", Json::object([("enum", Json::strings(RESERVED_NAMES.iter().copied()))])),
    ])
}

fn pattern(pattern: &'static str) -> Json<'static> {
    Json::object([("type", "string".into()), ("pattern", pattern.into())])
}

fn unsigned() -> Json<'static> {
    Json::object([("type", "integer".into()), ("minimum", 0u32.into()), ("maximum", u32::MAX.into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn shipped() -> Catalogue {
        let text = include_str!("../../catalogue.toml");
        crate::load(text).expect("the shipped catalogue is valid")
    }

    fn parsed(catalogue: &Catalogue) -> Value {
        serde_json::from_str(&schema(catalogue).render()).expect("the schema is JSON")
    }

    /// Every table of the schema, with the loader's list of its keys.
    fn tables(schema: &Value) -> Vec<(&'static Fields, &Value)> {
        let error = &schema["properties"]["error"]["items"];
        let targets = &schema["properties"]["targets"];
        vec![
            (&TOP_LEVEL, schema),
            (&CATALOGUE, &schema["properties"]["catalogue"]),
            (&TARGETS, targets),
            (&RUST_TARGET, &targets["properties"]["rust"]),
            (&TYPESCRIPT_TARGET, &targets["properties"]["typescript"]),
            (&JSON_SCHEMA_TARGET, &targets["properties"]["json_schema"]),
            (&CATEGORY, &schema["properties"]["category"]["items"]),
            (&ERROR, error),
            (&REASON, &error["properties"]["reasons"]["items"]),
            (&RESERVED, &schema["properties"]["reserved"]["items"]),
        ]
    }

    #[test]
    fn the_text_pattern_refuses_exactly_its_ranges_and_the_policy_refuses_them_too() {
        let refused_class = |range: &str| format!("[^\\s{range}]");
        let ranges: String = REFUSED_IN_PATTERN
            .iter()
            .map(|&(first, last)| {
                let escape = |c: char| {
                    if u32::from(c) <= 0xFF {
                        format!("\\x{:02X}", u32::from(c))
                    } else {
                        format!("\\u{:04X}", u32::from(c))
                    }
                };
                if first == last { escape(first) } else { format!("{}-{}", escape(first), escape(last)) }
            })
            .collect();
        assert!(TEXT_PATTERN.starts_with(&format!("^{}", refused_class(&ranges))), "{TEXT_PATTERN}");
        assert_eq!(TEXT_PATTERN.matches(ranges.as_str()).count(), 3, "{TEXT_PATTERN}");
        for &(first, last) in REFUSED_IN_PATTERN {
            for character in first..=last {
                assert!(
                    crate::text_policy::refusal(character).is_some(),
                    "U+{:04X} is in the editor pattern but the loader accepts it",
                    u32::from(character)
                );
            }
        }
    }

    #[test]
    fn every_table_takes_exactly_the_loaders_keys_with_their_documentation() {
        let schema = parsed(&shipped());
        assert_eq!(schema["$schema"], DRAFT_07);
        for (fields, table) in tables(&schema) {
            let properties =
                table["properties"].as_object().unwrap_or_else(|| panic!("{} has no properties", fields.what));
            // serde_json sorts keys; the order of the file is the loader's.
            let keys: Vec<&str> = properties.keys().map(String::as_str).collect();
            let mut expected: Vec<&str> = fields.keys.iter().map(|key| key.name).collect();
            expected.sort_unstable();
            assert_eq!(keys, expected, "{}", fields.what);
            for key in fields.keys {
                assert_eq!(properties[key.name]["description"], key.doc, "{} in {}", key.name, fields.what);
            }
            let required: Vec<&str> = fields.keys.iter().filter(|key| key.required).map(|key| key.name).collect();
            let found: Vec<&str> =
                table["required"].as_array().map_or(Vec::new(), |keys| keys.iter().filter_map(Value::as_str).collect());
            assert_eq!(found, required, "{}", fields.what);
            assert_eq!(table["additionalProperties"], false, "{} is closed", fields.what);
        }
    }

    #[test]
    fn category_and_parent_offer_the_ids_of_this_catalogue_and_style_its_values() {
        let catalogue = shipped();
        let schema = parsed(&catalogue);
        let ids: Vec<&str> = catalogue.categories.iter().map(|category| category.id.as_str()).collect();
        let category = &schema["properties"]["error"]["items"]["properties"]["category"]["enum"];
        let parent = &schema["properties"]["category"]["items"]["properties"]["parent"]["enum"];
        assert_eq!(*category, serde_json::json!(ids));
        assert_eq!(*parent, serde_json::json!(ids));
        let style = &schema["properties"]["targets"]["properties"]["typescript"]["properties"]["style"];
        assert_eq!(style["enum"], serde_json::json!(TYPESCRIPT_STYLES));
    }

    #[test]
    fn without_categories_there_is_no_empty_enumeration() {
        let mut catalogue = shipped();
        catalogue.categories.clear();
        let schema = parsed(&catalogue);
        assert!(schema["properties"]["error"]["items"]["properties"]["category"].get("enum").is_none());
    }
}
