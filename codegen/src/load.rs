//! TOML text -> checked model.
//!
//! The text is parsed into `toml`'s spanned document tree, which keeps the
//! byte range of every key and value. The tree is walked by hand rather than
//! through `serde`, because serde stops at the first problem and a maintainer
//! wants every problem of the file in one run. The walk reads each table into
//! a raw, located form (`Raw*`), the cross-table rules run over those, and
//! only a catalogue without a single problem becomes a [`Catalogue`].

use std::collections::{BTreeMap, BTreeSet};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostics::{Diagnostic, Diagnostics, Span};
use crate::model::{
    Catalogue, Category, ErrorCode, JsonSchemaTarget, PackageMetadata, Reason, RustTarget, TypeScriptStyle,
    TypeScriptTarget, upper_camel,
};

/// Names whose UpperCamelCase form is a word no generated language accepts
/// as an identifier, even raw (`Self` in Rust).
const RESERVED_NAMES: &[&str] = &["SELF"];

/// Parses and validates a catalogue. Returns every problem found, in source
/// order, if there is any.
pub fn load(text: &str) -> Result<Catalogue, Diagnostics> {
    // Editors on Windows may save a byte-order mark; TOML does not allow one,
    // but it carries no meaning, so it is skipped (spans stay relative to
    // the original text).
    let bom = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let mut checker = Checker { diagnostics: Vec::new(), offset: bom };
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
    if !checker.diagnostics.is_empty() {
        return Err(checker.finish());
    }
    Ok(raw.into_model())
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

struct Checker {
    diagnostics: Vec<Diagnostic>,
    /// Bytes skipped before the parsed text (a byte-order mark).
    offset: usize,
}

type Value<'i> = Spanned<DeValue<'i>>;

impl Checker {
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

    // ----- the shape of each table -------------------------------------------------

    fn read_document(&mut self, root: &DeTable<'_>, span: Span) -> RawDocument {
        self.unknown_keys(root, &["catalogue", "targets", "category", "error"], "the top level");
        let mut raw = RawDocument::default();
        let start = span.start..span.start;
        if let Some((table, header)) = self.table(root, "catalogue", &start, "the top level") {
            let keys = ["title", "intro", "version", "sdk", "license", "repository"];
            self.unknown_keys(table, &keys, "[catalogue]");
            raw.title = self.string(table, "title", &header, "[catalogue]", true);
            raw.intro = self.string(table, "intro", &header, "[catalogue]", true);
            raw.version = self.string(table, "version", &header, "[catalogue]", true);
            raw.sdk = self.string(table, "sdk", &header, "[catalogue]", false);
            raw.license = self.string(table, "license", &header, "[catalogue]", false);
            raw.repository = self.string(table, "repository", &header, "[catalogue]", false);
        }
        if let Some((targets, header)) = self.table(root, "targets", &start, "the top level") {
            self.unknown_keys(targets, &["rust", "typescript", "json_schema"], "[targets]");
            if let Some((table, header)) = self.table(targets, "rust", &header, "[targets]") {
                self.unknown_keys(table, &["crate"], "[targets.rust]");
                raw.crate_name = self.string(table, "crate", &header, "[targets.rust]", true);
            }
            if let Some((table, header)) = self.table(targets, "typescript", &header, "[targets]") {
                self.unknown_keys(table, &["package", "style"], "[targets.typescript]");
                raw.package = self.string(table, "package", &header, "[targets.typescript]", true);
                if let Some(style) = self.string(table, "style", &header, "[targets.typescript]", false) {
                    raw.style = match style.value.as_str() {
                        "enum" => TypeScriptStyle::Enum,
                        "const-object" => TypeScriptStyle::ConstObject,
                        other => {
                            self.error(
                                style.span.clone(),
                                format!("unknown TypeScript style `{other}`"),
                                "expected \"enum\" or \"const-object\"",
                            );
                            TypeScriptStyle::default()
                        }
                    };
                }
            }
            if let Some((table, header)) = self.table(targets, "json_schema", &header, "[targets]") {
                self.unknown_keys(table, &["id"], "[targets.json_schema]");
                raw.schema_id = self.string(table, "id", &header, "[targets.json_schema]", true);
            }
        }
        for (table, header) in self.array_of_tables(root, "category") {
            raw.categories.push(self.read_category(table, header));
        }
        for (table, header) in self.array_of_tables(root, "error") {
            raw.errors.push(self.read_error(table, header));
        }
        raw
    }

    fn read_category(&mut self, table: &DeTable<'_>, header: Span) -> RawCategory {
        let what = "[[category]]";
        self.unknown_keys(table, &["id", "title", "description", "parent"], what);
        RawCategory {
            id: self.string(table, "id", &header, what, true),
            title: self.string(table, "title", &header, what, true),
            description: self.string(table, "description", &header, what, false),
            parent: self.string(table, "parent", &header, what, false),
            header,
        }
    }

    fn read_error(&mut self, table: &DeTable<'_>, header: Span) -> RawError {
        let what = "[[error]]";
        self.unknown_keys(
            table,
            &["code", "name", "category", "description", "methods", "details", "reasons", "deprecated", "since"],
            what,
        );
        let mut reasons = Vec::new();
        for (reason, reason_header) in self.array_of_tables(table, "reasons") {
            let what = "[[error.reasons]]";
            self.unknown_keys(reason, &["code", "name", "description"], what);
            reasons.push(RawReason {
                code: self.integer(reason, "code", &reason_header, what),
                name: self.string(reason, "name", &reason_header, what, true),
                description: self.string(reason, "description", &reason_header, what, true),
            });
        }
        RawError {
            code: self.integer(table, "code", &header, what),
            name: self.string(table, "name", &header, what, true),
            category: self.string(table, "category", &header, what, true),
            description: self.string(table, "description", &header, what, false),
            methods: self.string_array(table, "methods"),
            details: self.string_array(table, "details"),
            reasons,
            deprecated: self.string(table, "deprecated", &header, what, false),
            since: self.string(table, "since", &header, what, false),
        }
    }

    // ----- typed access to one key ---------------------------------------------------

    fn unknown_keys(&mut self, table: &DeTable<'_>, allowed: &[&str], what: &str) {
        for key in table.keys() {
            let name = key.get_ref().as_ref();
            if allowed.contains(&name) {
                continue;
            }
            let mut diagnostic =
                Diagnostic::new(self.shift(key.span()), format!("unknown key `{name}` in {what}"), "not a known key");
            let closest =
                allowed.iter().map(|candidate| (strsim::damerau_levenshtein(name, candidate), *candidate)).min();
            match closest {
                Some((distance, candidate)) if distance <= 2 || candidate.starts_with(name) => {
                    diagnostic.label = format!("did you mean `{candidate}`?");
                }
                _ => {}
            }
            let list = allowed.iter().map(|key| format!("`{key}`")).collect::<Vec<_>>().join(", ");
            self.push(diagnostic.help(format!("{what} takes {list}")));
        }
    }

    fn missing(&mut self, header: &Span, key: &str, what: &str) {
        self.error(header.clone(), format!("missing key `{key}` in {what}"), format!("this table needs `{key}`"));
    }

    fn wrong_type(&mut self, value: &Value<'_>, key: &str, expected: &str) {
        self.wrong_type_of(value, &format!("`{key}`"), expected);
    }

    fn wrong_item_type(&mut self, value: &Value<'_>, key: &str, expected: &str) {
        self.wrong_type_of(value, &format!("each item of `{key}`"), expected);
    }

    fn wrong_type_of(&mut self, value: &Value<'_>, subject: &str, expected: &str) {
        let found = describe(value.get_ref());
        self.error(
            value.span(),
            format!("{subject} must be {expected}, found {found}"),
            format!("expected {expected}"),
        );
    }

    fn string(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        header: &Span,
        what: &str,
        required: bool,
    ) -> Option<Located<String>> {
        let Some(value) = table.get(key) else {
            if required {
                self.missing(header, key, what);
            }
            return None;
        };
        match value.get_ref() {
            DeValue::String(text) => {
                let located = Located { value: text.to_string(), span: self.shift(value.span()) };
                self.check_text(key, &located);
                Some(located)
            }
            _ => {
                self.wrong_type(value, key, "a string");
                None
            }
        }
    }

    fn integer(&mut self, table: &DeTable<'_>, key: &str, header: &Span, what: &str) -> Option<Located<u32>> {
        let Some(value) = table.get(key) else {
            self.missing(header, key, what);
            return None;
        };
        match value.get_ref() {
            DeValue::Integer(integer) => match u32::from_str_radix(integer.as_str(), integer.radix()) {
                Ok(number) => Some(Located { value: number, span: self.shift(value.span()) }),
                Err(_) => {
                    self.error(
                        value.span(),
                        format!("`{key}` must be an unsigned 32-bit integer, found {integer}"),
                        format!("expected 0 to {}", u32::MAX),
                    );
                    None
                }
            },
            _ => {
                self.wrong_type(value, key, "an unsigned integer");
                None
            }
        }
    }

    /// An optional array of strings; absent means empty.
    fn string_array(&mut self, table: &DeTable<'_>, key: &str) -> Vec<Located<String>> {
        let Some(value) = table.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(array) = value.get_ref() else {
            self.wrong_type(value, key, "an array of strings");
            return Vec::new();
        };
        let mut strings = Vec::new();
        for item in array.iter() {
            match item.get_ref() {
                DeValue::String(text) => {
                    let located = Located { value: text.to_string(), span: self.shift(item.span()) };
                    self.check_text(key, &located);
                    strings.push(located);
                }
                _ => self.wrong_item_type(item, key, "a string"),
            }
        }
        strings
    }

    /// A required sub-table and the span to blame when one of its keys is missing.
    fn table<'a, 'i>(
        &mut self,
        parent: &'a DeTable<'i>,
        key: &str,
        header: &Span,
        what: &str,
    ) -> Option<(&'a DeTable<'i>, Span)> {
        let Some(value) = parent.get(key) else {
            self.missing(header, key, what);
            return None;
        };
        match value.get_ref() {
            DeValue::Table(table) => Some((table, value.span())),
            _ => {
                self.wrong_type(value, key, "a table");
                None
            }
        }
    }

    /// An optional array of tables (`[[key]]`); each comes with the span of
    /// its header, which is all the `toml` crate records for such a table.
    fn array_of_tables<'a, 'i>(&mut self, parent: &'a DeTable<'i>, key: &str) -> Vec<(&'a DeTable<'i>, Span)> {
        let Some(value) = parent.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(array) = value.get_ref() else {
            self.wrong_type(value, key, &format!("an array of tables (`[[{key}]]`)"));
            return Vec::new();
        };
        let mut tables = Vec::new();
        for item in array.iter() {
            match item.get_ref() {
                DeValue::Table(table) => tables.push((table, item.span())),
                _ => self.wrong_item_type(item, key, "a table"),
            }
        }
        tables
    }

    /// Every text must be one clean line: a control character (a newline, a
    /// tab, an escape) would break the Markdown bullets and the comments of
    /// the generated code, and is never intended in an error description.
    fn check_text(&mut self, key: &str, text: &Located<String>) {
        if let Some(control) = text.value.chars().find(|c| c.is_control()) {
            self.push(Diagnostic::new(
                text.span.clone(),
                format!("`{key}` contains the control character U+{:04X}", u32::from(control)),
                "texts must be a single line without control characters",
            ));
        } else if text.value.trim().is_empty() {
            self.push(Diagnostic::new(
                text.span.clone(),
                format!("`{key}` is empty"),
                "write a text or remove the key",
            ));
        } else if text.value.trim() != text.value {
            self.push(Diagnostic::new(
                text.span.clone(),
                format!("`{key}` has leading or trailing whitespace"),
                "remove the surrounding spaces",
            ));
        }
    }

    // ----- rules that span tables --------------------------------------------------

    fn check_rules(&mut self, raw: &RawDocument) {
        self.check_targets(raw);
        self.check_categories(&raw.categories);
        let category_ids: BTreeSet<&str> =
            raw.categories.iter().filter_map(|c| c.id.as_ref()).map(|id| id.value.as_str()).collect();
        let mut codes = Unique::new("code");
        let mut names = Unique::new("name");
        let mut identifiers = Unique::new("identifier");
        for error in &raw.errors {
            if let Some(code) = &error.code {
                let owner =
                    error.name.as_ref().map_or(Owner::Other("another error"), |name| Owner::Name("", &name.value));
                codes.insert(self, code.value, code.span.clone(), owner);
            }
            if let Some(name) = &error.name
                && self.check_screaming(name, "error name")
            {
                let owner =
                    error.code.as_ref().map_or(Owner::Other("another error"), |code| Owner::Number("code", code.value));
                if names.insert(self, name.value.as_str(), name.span.clone(), owner) {
                    identifiers.insert_converted(self, &name.value, name.span.clone());
                }
            }
            if let Some(category) = &error.category
                && !category_ids.contains(category.value.as_str())
            {
                let mut diagnostic = Diagnostic::new(
                    category.span.clone(),
                    format!("unknown category `{}`", category.value),
                    "no [[category]] has this id",
                );
                if let Some(suggestion) = closest(&category.value, category_ids.iter().copied()) {
                    diagnostic.label = format!("did you mean `{suggestion}`?");
                }
                self.push(diagnostic);
            }
            self.check_methods(error);
            self.check_reasons(error);
        }
    }

    fn check_targets(&mut self, raw: &RawDocument) {
        if let Some(version) = &raw.version
            && !is_semver(&version.value)
        {
            self.push(Diagnostic::new(
                version.span.clone(),
                format!("version `{}` is not a semantic version", version.value),
                "expected MAJOR.MINOR.PATCH, e.g. \"1.4.0\"",
            ));
        }
        if let Some(name) = &raw.crate_name {
            let ok = name.value.starts_with(|c: char| c.is_ascii_lowercase())
                && name.value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
            if !ok {
                self.push(Diagnostic::new(
                    name.span.clone(),
                    format!("`{}` is not a valid crate name", name.value),
                    "use lower-case letters, digits, `-` and `_`, starting with a letter",
                ));
            }
        }
        if let Some(package) = &raw.package
            && !is_npm_name(&package.value)
        {
            self.push(Diagnostic::new(
                package.span.clone(),
                format!("`{}` is not a valid npm package name", package.value),
                "expected `name` or `@scope/name` in lower case",
            ));
        }
        if let Some(license) = &raw.license
            && !license.value.chars().all(|c| c.is_ascii_alphanumeric() || " .+-()".contains(c))
        {
            self.push(Diagnostic::new(
                license.span.clone(),
                format!("`{}` is not an SPDX license expression", license.value),
                "expected e.g. \"MIT\" or \"MIT OR Apache-2.0\"",
            ));
        }
        if let Some(repository) = &raw.repository
            && (!repository.value.starts_with("https://") || repository.value.contains(char::is_whitespace))
        {
            self.push(Diagnostic::new(
                repository.span.clone(),
                format!("`{}` is not a repository URL", repository.value),
                "expected an https:// URL, e.g. \"https://github.com/owner/name\"",
            ));
        }
        if let Some(id) = &raw.schema_id {
            let absolute = ["https://", "http://", "urn:"].iter().any(|scheme| id.value.starts_with(scheme));
            if !absolute || id.value.contains(|c: char| c.is_whitespace() || c == '#') {
                self.push(Diagnostic::new(
                    id.span.clone(),
                    format!("`{}` is not a usable schema `$id`", id.value),
                    "expected an absolute URI without a fragment, e.g. \"https://example.com/error-codes.schema.json\"",
                ));
            }
        }
    }

    fn check_categories(&mut self, categories: &[RawCategory]) {
        let mut ids = Unique::new("category id");
        let mut titles = Unique::new("category title");
        let mut identifiers = Unique::new("category identifier");
        let mut positions = BTreeMap::new();
        for (index, category) in categories.iter().enumerate() {
            if let Some(id) = &category.id {
                if is_snake_case(&id.value) {
                    if ids.insert(self, id.value.as_str(), id.span.clone(), Owner::Other("another category")) {
                        positions.insert(id.value.as_str(), index);
                        identifiers.insert_converted(self, &id.value, id.span.clone());
                    }
                } else {
                    self.push(Diagnostic::new(
                        id.span.clone(),
                        format!("category id `{}` is not snake_case", id.value),
                        "use lower-case words joined by `_`, e.g. \"share_annotation\"",
                    ));
                }
            }
            if let Some(title) = &category.title {
                titles.insert(self, title.value.as_str(), title.span.clone(), Owner::Other("another category"));
            }
        }
        for (index, category) in categories.iter().enumerate() {
            let Some(parent) = &category.parent else { continue };
            let Some(&parent_index) = positions.get(parent.value.as_str()) else {
                let mut diagnostic = Diagnostic::new(
                    parent.span.clone(),
                    format!("unknown parent category `{}`", parent.value),
                    "no [[category]] has this id",
                );
                if let Some(suggestion) = closest(&parent.value, positions.keys().copied()) {
                    diagnostic.label = format!("did you mean `{suggestion}`?");
                }
                self.push(diagnostic);
                continue;
            };
            if let Some(cycle) = parent_cycle(categories, &positions, index) {
                self.push(
                    Diagnostic::new(
                        parent.span.clone(),
                        "categories form a parent cycle",
                        "this parent leads back here",
                    )
                    .help(format!("the cycle: {}", cycle.join(" -> "))),
                );
            } else if parent_index > index {
                self.push(
                    Diagnostic::new(
                        parent.span.clone(),
                        format!("category comes before its parent `{}`", parent.value),
                        "parent defined later",
                    )
                    .related(categories[parent_index].header.clone(), "the parent is here")
                    .help("move this [[category]] below its parent, so the reference reads in order"),
                );
            }
        }
    }

    fn check_methods(&mut self, error: &RawError) {
        let mut seen = Unique::new("method");
        for method in &error.methods {
            if !is_method_path(&method.value) {
                self.push(Diagnostic::new(
                    method.span.clone(),
                    format!("malformed method path `{}`", method.value),
                    "expected `object.method` or `object.getter.method`, e.g. \"stream.startAudio\"",
                ));
                continue;
            }
            if !seen.insert(self, method.value.as_str(), method.span.clone(), Owner::Other("an earlier entry")) {
                continue;
            }
            let named =
                error.description.as_ref().is_some_and(|description| mentions(&description.value, &method.value));
            if !named {
                self.push(Diagnostic::new(
                    method.span.clone(),
                    format!("method `{}` is not named in the description", method.value),
                    "`methods` lists the methods the description names",
                ));
            }
        }
    }

    fn check_reasons(&mut self, error: &RawError) {
        let mut codes = Unique::new("reason code");
        let mut names = Unique::new("reason name");
        let mut identifiers = Unique::new("reason identifier");
        for reason in &error.reasons {
            if let Some(code) = &reason.code {
                let owner = reason
                    .name
                    .as_ref()
                    .map_or(Owner::Other("another reason"), |name| Owner::Name("reason", &name.value));
                codes.insert(self, code.value, code.span.clone(), owner);
            }
            if let Some(name) = &reason.name
                && self.check_screaming(name, "reason name")
            {
                let owner = reason
                    .code
                    .as_ref()
                    .map_or(Owner::Other("another reason"), |code| Owner::Number("reason", code.value));
                if names.insert(self, name.value.as_str(), name.span.clone(), owner) {
                    identifiers.insert_converted(self, &name.value, name.span.clone());
                }
            }
        }
    }

    /// Names are written in SCREAMING_SNAKE_CASE and become identifiers in
    /// every target language, so they must start with a letter and may not
    /// be a reserved word after conversion.
    fn check_screaming(&mut self, name: &Located<String>, what: &str) -> bool {
        if !is_screaming_snake(&name.value) {
            self.push(Diagnostic::new(
                name.span.clone(),
                format!("{what} `{}` is not SCREAMING_SNAKE_CASE", name.value),
                "use upper-case words joined by `_`, starting with a letter, e.g. \"AUDIO_CAPTURE_FAILED\"",
            ));
            return false;
        }
        if RESERVED_NAMES.contains(&name.value.as_str()) {
            self.push(Diagnostic::new(
                name.span.clone(),
                format!("{what} `{}` is reserved", name.value),
                format!("`{}` cannot be an identifier in the generated Rust", upper_camel(&name.value)),
            ));
            return false;
        }
        true
    }
}

/// Tracks values that must be unique and reports a repeat at both places.
/// Values are borrowed from the document (or are numbers), and owners are
/// only formatted for a message: a catalogue without duplicates, the usual
/// case, allocates nothing here but the map's nodes.
struct Unique<'r, K> {
    what: &'static str,
    /// Each value seen, where, and how to name its owner in a message.
    seen: BTreeMap<K, (Span, Owner<'r>)>,
}

/// How a message names the item that first used a value.
#[derive(Debug, Clone, Copy)]
enum Owner<'r> {
    /// `` `NAME` ``, or ``reason `NAME` `` with the prefix `reason`.
    Name(&'static str, &'r str),
    /// `code 6010`, `reason 1`.
    Number(&'static str, u32),
    Other(&'static str),
}

impl std::fmt::Display for Owner<'_> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Owner::Name("", name) => write!(formatter, "`{name}`"),
            Owner::Name(prefix, name) => write!(formatter, "{prefix} `{name}`"),
            Owner::Number(prefix, number) => write!(formatter, "{prefix} {number}"),
            Owner::Other(text) => formatter.write_str(text),
        }
    }
}

impl<'r, K: Ord + std::fmt::Display> Unique<'r, K> {
    fn new(what: &'static str) -> Self {
        Self { what, seen: BTreeMap::new() }
    }

    /// Returns whether the value was new. `owner` names the item the value
    /// belongs to, for the message about a later duplicate.
    fn insert(&mut self, checker: &mut Checker, value: K, span: Span, owner: Owner<'r>) -> bool {
        if let Some((first, first_owner)) = self.seen.get(&value) {
            checker.push(
                Diagnostic::new(
                    span,
                    format!("duplicate {} `{value}`", self.what),
                    format!("already used by {first_owner}"),
                )
                .related(first.clone(), "first used here"),
            );
            return false;
        }
        self.seen.insert(value, (span, owner));
        true
    }
}

impl Unique<'_, String> {
    /// Names that differ only in where their underscores fall (`A_B1`,
    /// `AB_1`) become the same UpperCamelCase identifier.
    fn insert_converted(&mut self, checker: &mut Checker, name: &str, span: Span) {
        let converted = upper_camel(name);
        if let Some((first, _)) = self.seen.get(&converted) {
            let source = first.clone();
            checker.push(
                Diagnostic::new(
                    span,
                    format!("`{name}` collides with another name after case conversion"),
                    format!("both become `{converted}`"),
                )
                .related(source, "the other name"),
            );
            return;
        }
        self.seen.insert(converted, (span, Owner::Other("")));
    }
}

/// Follows parents from `start`; returns the ids on the cycle if it loops.
fn parent_cycle(categories: &[RawCategory], positions: &BTreeMap<&str, usize>, start: usize) -> Option<Vec<String>> {
    let mut path = vec![start];
    let mut current = start;
    loop {
        let parent = categories[current].parent.as_ref()?;
        let next = *positions.get(parent.value.as_str())?;
        if next == start {
            let mut ids: Vec<String> =
                path.iter().filter_map(|&index| categories[index].id.as_ref()).map(|id| id.value.clone()).collect();
            ids.push(ids[0].clone());
            return Some(ids);
        }
        if path.contains(&next) {
            // A cycle further up, reported at its own members.
            return None;
        }
        path.push(next);
        current = next;
    }
}

fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|candidate| (strsim::damerau_levenshtein(name, candidate), candidate))
        .filter(|(distance, _)| *distance <= 3)
        .min()
        .map(|(_, candidate)| candidate)
}

fn describe(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

fn is_screaming_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .split('_')
            .all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
}

fn is_snake_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .split('_')
            .all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// `stream.startAudio`, `stream.getAnnotationController.clear`: two or more
/// JavaScript identifiers (ASCII) joined by dots.
fn is_method_path(path: &str) -> bool {
    let segments: Vec<&str> = path.split('.').collect();
    segments.len() >= 2
        && segments.iter().all(|segment| {
            segment.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$')
                && segment.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        })
}

/// Whether `text` names `method` as a whole word (so `chat.send` is not
/// found inside `chat.sendFile`).
pub(crate) fn mentions(text: &str, method: &str) -> bool {
    find_mentions(text, method).next().is_some()
}

/// The byte offsets where `text` names `method` as a whole word.
pub(crate) fn find_mentions<'a>(text: &'a str, method: &'a str) -> impl Iterator<Item = usize> + 'a {
    let continues = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    text.match_indices(method).map(|(start, _)| start).filter(move |&start| {
        let before = text[..start].chars().next_back();
        let after = text[start + method.len()..].chars().next();
        !before.is_some_and(|c| continues(c) || c == '.')
            && !after
                .is_some_and(|c| continues(c) || (c == '.' && text[start + method.len() + 1..].starts_with(continues)))
    })
}

fn is_semver(version: &str) -> bool {
    let (core, pre) = version.split_once('-').unwrap_or((version, ""));
    let numbers: Vec<&str> = core.split('.').collect();
    numbers.len() == 3
        && numbers
            .iter()
            .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && (n.len() == 1 || !n.starts_with('0')))
        && (version.len() == core.len()
            || (!pre.is_empty()
                && pre
                    .split('.')
                    .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))))
}

fn is_npm_name(name: &str) -> bool {
    let part_ok = |part: &str| {
        !part.is_empty()
            && !part.starts_with(['.', '_'])
            && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._~".contains(c))
    };
    let well_formed = match name.strip_prefix('@') {
        Some(scoped) => scoped.split_once('/').is_some_and(|(scope, package)| part_ok(scope) && part_ok(package)),
        None => part_ok(name),
    };
    well_formed && name.len() <= 214
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

    #[test]
    fn method_mentions_are_whole_words() {
        assert!(mentions("Occurs in chat.sendFile because", "chat.sendFile"));
        assert!(!mentions("Occurs in chat.sendFile because", "chat.send"));
        assert!(mentions("Occurs in stream.getAnnotationController.clear or", "stream.getAnnotationController.clear"));
        assert!(!mentions("Occurs in stream.getAnnotationController.clear", "stream.getAnnotationController"));
        assert!(mentions("before client.join has resolved.", "client.join"));
    }

    #[test]
    fn syntax_errors_are_located() {
        let found = problems("[catalogue]\ntitle = \"x\nintro = 1\n");
        assert!(found.iter().all(|(_, _, message)| message.starts_with("TOML syntax error")), "{found:?}");
        assert_eq!((found[0].0, found[0].1 > 1), (2, true), "{found:?}");
    }
}
