//! TOML text -> checked model.
//!
//! The text is parsed into `toml`'s spanned document tree, which keeps the
//! byte range of every key and value. The tree is walked by hand rather than
//! through `serde`, because serde stops at the first problem and a maintainer
//! wants every problem of the file in one run. The walk reads each table into
//! a raw, located form (`Raw*`), the cross-table rules run over those, and
//! only a catalogue without a single problem becomes a [`Catalogue`].
//!
//! The files, in the order a catalogue goes through them:
//!
//! - this one: the entry point, the raw form of each table, the `Checker`
//!   that collects problems, and the model built from a clean raw form;
//! - `walk.rs`: the value walk, which reads each table's keys (those of
//!   `keys.rs`) into the raw form and checks each value on its own;
//! - `rules.rs`: the rules that span values and tables (uniqueness,
//!   references, reserved codes, parent cycles).

mod rules;
mod walk;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostics::{Diagnostic, Diagnostics, Severity, Span};
use crate::model::{
    Catalogue, Category, ErrorCode, JsonSchemaTarget, PackageMetadata, Reason, Reserved, RustTarget, TypeScriptStyle,
    TypeScriptTarget,
};

/// Parses and validates a catalogue. Returns every problem found, in source
/// order, if there is any; warnings alone do not make it fail.
pub fn load(text: &str) -> Result<Catalogue, Diagnostics> {
    load_with_warnings(text).map(|(catalogue, _)| catalogue)
}

/// [`load`], and the warnings of a catalogue that has no error. The error
/// case holds the warnings too, in source order among the errors.
pub fn load_with_warnings(text: &str) -> Result<(Catalogue, Diagnostics), Diagnostics> {
    // Editors on Windows may save a byte-order mark; TOML does not allow one,
    // but it carries no meaning, so it is skipped (spans stay relative to
    // the original text).
    let bom = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let mut checker = Checker { diagnostics: Vec::new(), offset: bom, misspelled: Vec::new(), source: text };
    let (document, syntax_errors) = DeTable::parse_recoverable(&text[bom..]);
    if !syntax_errors.is_empty() {
        for error in syntax_errors {
            let span = error.span().unwrap_or(0..0);
            let message = error.message().trim_end().to_string();
            checker.error(span, format!("TOML syntax error: {message}"), "here");
        }
        return Err(checker.finish());
    }
    let document_span = document.span();
    let raw = checker.read_document(document.get_ref(), document_span);
    checker.check_rules(&raw);
    let failed = checker.diagnostics.iter().any(|diagnostic| diagnostic.severity == Severity::Error);
    let diagnostics = checker.finish();
    if failed {
        return Err(diagnostics);
    }
    Ok((raw.into_model(), diagnostics))
}

/// A value and where it was written.
#[derive(Debug, Clone)]
struct Located<T> {
    value: T,
    span: Span,
}

/// A table as written, with every field that was present and well typed.
/// Missing or malformed fields are `None`: their problem is already reported.
#[derive(Debug, Default)]
struct RawDocument {
    title: Option<Located<String>>,
    intro: Option<Located<String>>,
    version: Option<Located<String>>,
    sdk: Option<Located<String>>,
    license: Option<Located<String>>,
    repository: Option<Located<String>>,
    crate_name: Option<Located<String>>,
    package: Option<Located<String>>,
    style: TypeScriptStyle,
    schema_id: Option<Located<String>>,
    categories: Vec<RawCategory>,
    errors: Vec<RawError>,
    reserved: Vec<RawReserved>,
}

#[derive(Debug)]
struct RawReserved {
    code: Option<Located<u32>>,
    name: Option<Located<String>>,
    note: Option<Located<String>>,
}

#[derive(Debug)]
struct RawCategory {
    header: Span,
    id: Option<Located<String>>,
    title: Option<Located<String>>,
    description: Option<Located<String>>,
    parent: Option<Located<String>>,
}

#[derive(Debug)]
struct RawError {
    code: Option<Located<u32>>,
    name: Option<Located<String>>,
    category: Option<Located<String>>,
    description: Option<Located<String>>,
    /// `description` is absent because its key is misspelled (and reported):
    /// the rules that read the description are then skipped.
    description_misspelled: bool,
    methods: Vec<Located<String>>,
    details: Vec<Located<String>>,
    reasons: Vec<RawReason>,
    deprecated: Option<Located<String>>,
    since: Option<Located<String>>,
}

#[derive(Debug)]
struct RawReason {
    code: Option<Located<u32>>,
    name: Option<Located<String>>,
    description: Option<Located<String>>,
}

struct Checker<'s> {
    diagnostics: Vec<Diagnostic>,
    /// Bytes skipped before the parsed text (a byte-order mark).
    offset: usize,
    /// The keys of the table being read that an unknown key probably meant:
    /// their absence is the same problem, already reported.
    misspelled: Vec<&'static str>,
    /// The whole catalogue text, to locate a character inside a string.
    source: &'s str,
}

type Value<'i> = Spanned<DeValue<'i>>;

impl Checker<'_> {
    fn shift(&self, span: Span) -> Span {
        span.start + self.offset..span.end + self.offset
    }

    fn error(&mut self, span: Span, message: impl Into<String>, label: impl Into<String>) {
        let span = self.shift(span);
        self.diagnostics.push(Diagnostic::new(span, message, label));
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn finish(mut self) -> Diagnostics {
        self.diagnostics.sort_by_key(|diagnostic| (diagnostic.span.start, diagnostic.span.end));
        Diagnostics(self.diagnostics)
    }
}

impl RawDocument {
    /// Only called when no problem was found, so every required field is present.
    fn into_model(self) -> Catalogue {
        fn text(value: Option<Located<String>>) -> String {
            value.map(|located| located.value).unwrap_or_default()
        }
        fn optional(value: Option<Located<String>>) -> Option<String> {
            value.map(|located| located.value)
        }
        fn texts(values: Vec<Located<String>>) -> Vec<String> {
            values.into_iter().map(|located| located.value).collect()
        }
        fn number(value: Option<Located<u32>>) -> u32 {
            value.map(|located| located.value).unwrap_or_default()
        }
        Catalogue {
            title: text(self.title),
            intro: text(self.intro),
            version: text(self.version),
            package: PackageMetadata {
                sdk: optional(self.sdk),
                license: optional(self.license),
                repository: optional(self.repository),
            },
            rust: RustTarget { crate_name: text(self.crate_name) },
            typescript: TypeScriptTarget { package: text(self.package), style: self.style },
            json_schema: JsonSchemaTarget { id: text(self.schema_id) },
            categories: self
                .categories
                .into_iter()
                .map(|category| Category {
                    id: text(category.id),
                    title: text(category.title),
                    description: optional(category.description),
                    parent: optional(category.parent),
                })
                .collect(),
            errors: self
                .errors
                .into_iter()
                .map(|error| ErrorCode {
                    code: number(error.code),
                    name: text(error.name),
                    category: text(error.category),
                    description: optional(error.description),
                    methods: texts(error.methods),
                    details: texts(error.details),
                    reasons: error
                        .reasons
                        .into_iter()
                        .map(|reason| Reason {
                            code: number(reason.code),
                            name: text(reason.name),
                            description: text(reason.description),
                        })
                        .collect(),
                    deprecated: optional(error.deprecated),
                    since: optional(error.since),
                })
                .collect(),
            reserved: self
                .reserved
                .into_iter()
                .map(|entry| Reserved {
                    code: entry.code.map(|code| code.value),
                    name: optional(entry.name),
                    note: optional(entry.note),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
[catalogue]
title = "Errors"
intro = "All of them."
version = "1.0.0"

[targets.rust]
crate = "errors"

[targets.typescript]
package = "@acme/errors"

[targets.json_schema]
id = "https://acme.example/errors.schema.json"

[[category]]
id = "stream"
title = "Stream exception"

[[category]]
id = "audio"
title = "Audio exception"
parent = "stream"

[[error]]
code = 6010
name = "AUDIO_CAPTURE_FAILED"
category = "audio"
description = "Occurs in stream.startAudio, for the following reasons:"
methods = ["stream.startAudio"]

[[error.reasons]]
code = 1
name = "PERMISSION_DENIED_BY_USER"
description = "Permission denied by user"
"#;

    fn problems(text: &str) -> Vec<(usize, usize, String)> {
        let diagnostics = load(text).expect_err("the catalogue is invalid");
        diagnostics
            .iter()
            .map(|diagnostic| {
                let (line, column) = diagnostic.line_column(text);
                (line, column, diagnostic.message.clone())
            })
            .collect()
    }

    #[test]
    fn a_valid_catalogue_becomes_the_model() {
        let catalogue = load(MINIMAL).expect("valid");
        assert_eq!(catalogue.categories.len(), 2);
        assert_eq!(catalogue.categories[1].parent.as_deref(), Some("stream"));
        assert_eq!(catalogue.typescript.style, TypeScriptStyle::ConstObject, "the default style");
        let error = &catalogue.errors[0];
        assert_eq!((error.code, error.name.as_str()), (6010, "AUDIO_CAPTURE_FAILED"));
        assert_eq!(error.reasons[0].name, "PERMISSION_DENIED_BY_USER");
        assert_eq!(error.methods, ["stream.startAudio"]);
    }

    #[test]
    fn every_problem_is_reported_in_one_run_in_source_order() {
        let text = MINIMAL
            .replace("code = 6010", "code = -1")
            .replace("name = \"AUDIO_CAPTURE_FAILED\"", "name = \"audio\"\ncolour = 1")
            .replace("parent = \"stream\"", "parent = \"streem\"");
        let found = problems(&text);
        let messages: Vec<&str> = found.iter().map(|(_, _, message)| message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "unknown parent category `streem`",
                "`code` must be an unsigned 32-bit integer, found -1",
                "error name `audio` is not SCREAMING_SNAKE_CASE",
                "unknown key `colour` in [[error]]",
            ],
            "{found:?}"
        );
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_locations_still_match() {
        assert!(load(&format!("\u{feff}{MINIMAL}")).is_ok());
        let text = format!("\u{feff}{}", MINIMAL.replace("code = 1\n", "code = \"one\"\n"));
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        let (line, column, _) = &found[0];
        assert_eq!(text.lines().nth(line - 1).map(|l| &l[column - 1..]), Some("\"one\""));
    }

    /// The line, column and message of each problem when `text` replaces
    /// the reason's description (a TOML string as written).
    fn text_problems(literal: &str) -> Vec<(usize, usize, String)> {
        problems(&MINIMAL.replace("\"Permission denied by user\"", literal))
    }

    #[test]
    fn a_refused_character_is_located_at_itself_or_its_escape() {
        let line = MINIMAL.lines().position(|line| line.contains("Permission denied by user")).unwrap() + 1;
        let message = |what: &str| format!("`description` contains {what}");
        let tab = message("U+0009 CHARACTER TABULATION (TAB), a control character");
        let rlo = message("U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional embedding, override or isolate");
        // `description = ` is 14 characters: the string opens at column 15.
        assert_eq!(text_problems("\"é\\tb\""), [(line, 17, tab.clone())]);
        assert_eq!(text_problems("\"a\tb\""), [(line, 17, tab.clone())]);
        assert_eq!(text_problems("'a\tb'"), [(line, 17, tab)]);
        assert_eq!(text_problems("\"\\\\ \\u202E x\""), [(line, 19, rlo.clone())]);
        assert_eq!(text_problems("\"a\u{202e}\""), [(line, 17, rlo.clone())]);
        assert_eq!(text_problems("\"\\U0000202Ea\\U0000202E\""), [(line, 16, rlo.clone()), (line, 27, rlo.clone())]);
        // Multi-line strings: the first newline and a line-ending backslash vanish.
        assert_eq!(text_problems("\"\"\"\nab \\\n   c\u{202e}\"\"\""), [(line + 2, 5, rlo.clone())]);
        assert_eq!(text_problems("\'\'\'\nab\u{202e}\'\'\'"), [(line + 1, 3, rlo)]);
    }

    #[test]
    fn every_refused_character_of_every_text_is_reported() {
        let text = MINIMAL
            .replace("\"Errors\"", "\"\\uE000 and \\uFDD0\"")
            .replace("\"Permission denied by user\"", "\"x\u{feff}\"");
        let found = problems(&text);
        let messages: Vec<&str> = found.iter().map(|(_, _, message)| message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "`title` contains U+E000, a private-use character",
                "`title` contains U+FDD0, a noncharacter",
                "`description` contains U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK), a byte-order mark",
            ],
            "{found:?}"
        );
    }

    #[test]
    fn a_misspelled_key_is_one_problem_not_also_what_depends_on_it() {
        let text = MINIMAL
            .replace("description = \"Occurs in", "descripton = \"Occurs in")
            .replace("name = \"AUDIO_CAPTURE_FAILED\"", "nmae = \"AUDIO_CAPTURE_FAILED\"");
        let messages: Vec<String> = problems(&text).into_iter().map(|(_, _, message)| message).collect();
        assert_eq!(messages, ["unknown key `nmae` in [[error]]", "unknown key `descripton` in [[error]]"]);
        // A key that is not close to any known one does not hide a missing key.
        let text = MINIMAL.replace("name = \"AUDIO_CAPTURE_FAILED\"", "colour = \"red\"");
        let messages: Vec<String> = problems(&text).into_iter().map(|(_, _, message)| message).collect();
        assert_eq!(messages, ["missing key `name` in [[error]]", "unknown key `colour` in [[error]]"]);
    }

    #[test]
    fn unknown_references_list_every_id_when_few_and_the_closest_when_many() {
        let text = MINIMAL.replace("category = \"audio\"", "category = \"speaker\"");
        let diagnostics = load(&text).expect_err("unknown category");
        assert_eq!(diagnostics.0[0].help.as_deref(), Some("the category ids are `audio`, `stream`"));
        assert_eq!(diagnostics.0[0].label, "no [[category]] has this id");

        let many: String =
            (1..=9).map(|n| format!("[[category]]\nid = \"area{n}\"\ntitle = \"Area {n}\"\n\n")).collect();
        let text = MINIMAL
            .replace("parent = \"stream\"", "parent = \"area\"")
            .replace("[[error]]", &format!("{many}[[error]]"));
        let diagnostics = load(&text).expect_err("unknown parent");
        assert_eq!(diagnostics.0[0].message, "unknown parent category `area`");
        assert_eq!(diagnostics.0[0].label, "did you mean `area1`?");
        assert_eq!(
            diagnostics.0[0].help.as_deref(),
            Some("the closest of the 11 category ids are `area1`, `area2`, `area3`, `area4`, `area5`, `area6`")
        );
    }

    #[test]
    fn since_is_a_version_like_version() {
        let text = MINIMAL.replace("methods = [", "since = \"2.3\"\nmethods = [");
        let messages: Vec<String> = problems(&text).into_iter().map(|(_, _, message)| message).collect();
        assert_eq!(messages, ["since `2.3` is not a semantic version"]);
        assert!(load(&MINIMAL.replace("methods = [", "since = \"2.3.0-beta.1\"\nmethods = [")).is_ok());
    }

    #[test]
    fn names_that_differ_only_by_underscores_are_a_warning_not_an_error() {
        let text = format!(
            "{MINIMAL}\n[[error.reasons]]\ncode = 2\nname = \"PERMISSIONDENIED_BY_USER\"\ndescription = \"Denied\"\n"
        );
        let (catalogue, warnings) = load_with_warnings(&text).expect("only a warning");
        assert_eq!(catalogue.errors[0].reasons.len(), 2);
        assert_eq!(warnings.len(), 1);
        let warning = &warnings.0[0];
        assert_eq!(warning.severity, Severity::Warning);
        assert_eq!(
            warning.message,
            "`PERMISSIONDENIED_BY_USER` differs from `PERMISSION_DENIED_BY_USER` only by underscores"
        );
        assert!(load_with_warnings(MINIMAL).expect("valid").1.is_empty());
    }

    #[test]
    fn syntax_errors_are_located() {
        let found = problems("[catalogue]\ntitle = \"x\nintro = 1\n");
        assert!(found.iter().all(|(_, _, message)| message.starts_with("TOML syntax error")), "{found:?}");
        assert_eq!((found[0].0, found[0].1 > 1), (2, true), "{found:?}");
    }
}
