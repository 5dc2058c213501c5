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

use crate::diagnostics::{Diagnostic, Diagnostics, Severity, Span};
use crate::model::{
    Catalogue, Category, ErrorCode, JsonSchemaTarget, PackageMetadata, Reason, Reserved, RustTarget, TypeScriptStyle,
    TypeScriptTarget, upper_camel,
};
use crate::text_policy;

/// Names whose UpperCamelCase form is a word no generated language accepts
/// as an identifier, even raw (`Self` in Rust).
pub(crate) const RESERVED_NAMES: &[&str] = &["SELF"];

/// One key a table of the catalogue takes. The loader rejects every other
/// key and reports a missing required one; the editor schema
/// (`catalogue_schema.rs`) is generated from the same lists, with `doc` as
/// the hover text, so the two cannot drift apart.
#[derive(Debug)]
pub(crate) struct Key {
    pub name: &'static str,
    pub required: bool,
    pub doc: &'static str,
}

/// A table of the catalogue: how messages name it, and its keys.
#[derive(Debug)]
pub(crate) struct Fields {
    pub what: &'static str,
    pub keys: &'static [Key],
}

impl Fields {
    fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.keys.iter().map(|key| key.name)
    }

    fn required(&self, name: &str) -> bool {
        self.keys.iter().any(|key| key.name == name && key.required)
    }
}

const fn key(name: &'static str, required: bool, doc: &'static str) -> Key {
    Key { name, required, doc }
}

pub(crate) const TOP_LEVEL: Fields = Fields {
    what: "the top level",
    keys: &[
        key("catalogue", true, "The reference's title, intro paragraph and package version."),
        key("targets", true, "Per-language settings of the generated packages."),
        key("category", false, "One per section of the reference, in document order."),
        key("error", false, "One per error code, in document order."),
        key("reserved", false, "Numbers and names of removed codes, which no code may take again."),
    ],
};

pub(crate) const CATALOGUE: Fields = Fields {
    what: "[catalogue]",
    keys: &[
        key("title", true, "The title of the Markdown reference."),
        key("intro", true, "The paragraph under the reference's title."),
        key("version", true, "The version of the generated packages, MAJOR.MINOR.PATCH (semver)."),
        key("sdk", false, "The name of the SDK whose codes these are, for the packages' documentation."),
        key("license", false, "The SPDX license expression of the generated packages, e.g. \"MIT\"."),
        key("repository", false, "The https:// URL of the repository, in both packages' metadata."),
    ],
};

pub(crate) const TARGETS: Fields = Fields {
    what: "[targets]",
    keys: &[
        key("rust", true, "Settings of the generated Rust crate."),
        key("typescript", true, "Settings of the generated TypeScript package."),
        key("json_schema", true, "Settings of the generated JSON Schema."),
    ],
};

pub(crate) const RUST_TARGET: Fields = Fields {
    what: "[targets.rust]",
    keys: &[key("crate", true, "The name of the generated crate: lower-case letters, digits, `-` and `_`.")],
};

pub(crate) const TYPESCRIPT_TARGET: Fields = Fields {
    what: "[targets.typescript]",
    keys: &[
        key("package", true, "The npm name of the generated package, `name` or `@scope/name`."),
        key(
            "style",
            false,
            "How the codes are declared: \"enum\" (a TypeScript enum, the default) or \"const-object\" \
             (a const object and a union type: erasable syntax).",
        ),
    ],
};

/// The values of `style` in `[targets.typescript]`, the first the default.
pub(crate) const TYPESCRIPT_STYLES: &[&str] = &["enum", "const-object"];

pub(crate) const JSON_SCHEMA_TARGET: Fields = Fields {
    what: "[targets.json_schema]",
    keys: &[key("id", true, "The `$id` of the generated schema: an absolute URI without a fragment.")],
};

pub(crate) const CATEGORY: Fields = Fields {
    what: "[[category]]",
    keys: &[
        key("id", true, "Stable snake_case identifier of the section; never rename one."),
        key("title", true, "The section heading, verbatim."),
        key("description", false, "A paragraph under the heading."),
        key("parent", false, "The id of the enclosing section, defined above this one."),
    ],
};

pub(crate) const ERROR: Fields = Fields {
    what: "[[error]]",
    keys: &[
        key("code", true, "The numeric code: an unsigned 32-bit integer, unique; never reuse one."),
        key("name", true, "SCREAMING_SNAKE_CASE name, unique; it becomes an identifier in every language."),
        key("category", true, "The id of a [[category]]."),
        key("description", false, "What the error means, in the SDK's own words."),
        key("methods", false, "Every SDK method the description names, as `object.method` or `object.getter.method`."),
        key("details", false, "Un-numbered notes: causes, messages."),
        key("reasons", false, "Numbered sub-reasons of this error."),
        key("deprecated", false, "Why the code is retired; it stays in the catalogue."),
        key("since", false, "The SDK version that introduced the code, MAJOR.MINOR.PATCH (semver)."),
    ],
};

pub(crate) const REASON: Fields = Fields {
    what: "[[error.reasons]]",
    keys: &[
        key("code", true, "The reason's number, unique within its error."),
        key("name", true, "SCREAMING_SNAKE_CASE name, unique within its error."),
        key("description", true, "What the reason means."),
    ],
};

pub(crate) const RESERVED: Fields = Fields {
    what: "[[reserved]]",
    keys: &[
        key("code", false, "The number of a removed code; no [[error]] may use it again."),
        key("name", false, "The name of a removed code; no [[error]] may use it again."),
        key("note", false, "Why and when the code was removed."),
    ],
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

    // ----- the shape of each table -------------------------------------------------

    fn read_document(&mut self, root: &DeTable<'_>, span: Span) -> RawDocument {
        self.misspelled = self.unknown_keys(root, &TOP_LEVEL);
        let mut raw = RawDocument::default();
        let start = span.start..span.start;
        let top_misspelled = self.misspelled.clone();
        if let Some((table, header)) = self.table(root, "catalogue", &start, &TOP_LEVEL) {
            self.misspelled = self.unknown_keys(table, &CATALOGUE);
            raw.title = self.string(table, "title", &header, &CATALOGUE);
            raw.intro = self.string(table, "intro", &header, &CATALOGUE);
            raw.version = self.string(table, "version", &header, &CATALOGUE);
            raw.sdk = self.string(table, "sdk", &header, &CATALOGUE);
            raw.license = self.string(table, "license", &header, &CATALOGUE);
            raw.repository = self.string(table, "repository", &header, &CATALOGUE);
        }
        self.misspelled = top_misspelled;
        if let Some((targets, header)) = self.table(root, "targets", &start, &TOP_LEVEL) {
            self.misspelled = self.unknown_keys(targets, &TARGETS);
            let targets_misspelled = self.misspelled.clone();
            if let Some((table, header)) = self.table(targets, "rust", &header, &TARGETS) {
                self.misspelled = self.unknown_keys(table, &RUST_TARGET);
                raw.crate_name = self.string(table, "crate", &header, &RUST_TARGET);
            }
            self.misspelled = targets_misspelled.clone();
            if let Some((table, header)) = self.table(targets, "typescript", &header, &TARGETS) {
                self.misspelled = self.unknown_keys(table, &TYPESCRIPT_TARGET);
                raw.package = self.string(table, "package", &header, &TYPESCRIPT_TARGET);
                if let Some(style) = self.string(table, "style", &header, &TYPESCRIPT_TARGET) {
                    raw.style = match style.value.as_str() {
                        "enum" => TypeScriptStyle::Enum,
                        "const-object" => TypeScriptStyle::ConstObject,
                        other => {
                            let expected =
                                TYPESCRIPT_STYLES.iter().map(|style| format!("\"{style}\"")).collect::<Vec<_>>();
                            self.error(
                                style.span.clone(),
                                format!("unknown TypeScript style `{other}`"),
                                format!("expected {}", expected.join(" or ")),
                            );
                            TypeScriptStyle::default()
                        }
                    };
                }
            }
            self.misspelled = targets_misspelled;
            if let Some((table, header)) = self.table(targets, "json_schema", &header, &TARGETS) {
                self.misspelled = self.unknown_keys(table, &JSON_SCHEMA_TARGET);
                raw.schema_id = self.string(table, "id", &header, &JSON_SCHEMA_TARGET);
            }
        }
        for (table, header) in self.array_of_tables(root, "category") {
            raw.categories.push(self.read_category(table, header));
        }
        for (table, header) in self.array_of_tables(root, "error") {
            raw.errors.push(self.read_error(table, header));
        }
        raw.reserved = self.read_reserved(root);
        raw
    }

    fn read_category(&mut self, table: &DeTable<'_>, header: Span) -> RawCategory {
        self.misspelled = self.unknown_keys(table, &CATEGORY);
        RawCategory {
            id: self.string(table, "id", &header, &CATEGORY),
            title: self.string(table, "title", &header, &CATEGORY),
            description: self.string(table, "description", &header, &CATEGORY),
            parent: self.string(table, "parent", &header, &CATEGORY),
            header,
        }
    }

    fn read_error(&mut self, table: &DeTable<'_>, header: Span) -> RawError {
        self.misspelled = self.unknown_keys(table, &ERROR);
        let mut error = RawError {
            code: self.integer(table, "code", &header, &ERROR),
            name: self.string(table, "name", &header, &ERROR),
            category: self.string(table, "category", &header, &ERROR),
            description: self.string(table, "description", &header, &ERROR),
            description_misspelled: self.misspelled.contains(&"description"),
            methods: self.string_array(table, "methods"),
            details: self.string_array(table, "details"),
            reasons: Vec::new(),
            deprecated: self.string(table, "deprecated", &header, &ERROR),
            since: self.string(table, "since", &header, &ERROR),
        };
        for (reason, reason_header) in self.array_of_tables(table, "reasons") {
            self.misspelled = self.unknown_keys(reason, &REASON);
            error.reasons.push(RawReason {
                code: self.integer(reason, "code", &reason_header, &REASON),
                name: self.string(reason, "name", &reason_header, &REASON),
                description: self.string(reason, "description", &reason_header, &REASON),
            });
        }
        error
    }

    /// `[[reserved]]`: a number, a name or both that no code may take again.
    fn read_reserved(&mut self, root: &DeTable<'_>) -> Vec<RawReserved> {
        let mut entries = Vec::new();
        for (table, header) in self.array_of_tables(root, "reserved") {
            self.misspelled = self.unknown_keys(table, &RESERVED);
            let code = if table.contains_key("code") { self.integer(table, "code", &header, &RESERVED) } else { None };
            let name = self.string(table, "name", &header, &RESERVED);
            let note = self.string(table, "note", &header, &RESERVED);
            if !table.contains_key("code") && !table.contains_key("name") {
                self.error(header, "[[reserved]] needs a `code`, a `name`, or both", "reserves nothing");
            }
            entries.push(RawReserved { code, name, note });
        }
        entries
    }

    // ----- typed access to one key ---------------------------------------------------

    /// Reports every key the table does not take, and returns the known keys
    /// they were probably meant to be.
    fn unknown_keys(&mut self, table: &DeTable<'_>, fields: &Fields) -> Vec<&'static str> {
        let what = fields.what;
        let allowed: Vec<&'static str> = fields.names().collect();
        let mut meant = Vec::new();
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
                    if !table.contains_key(candidate) {
                        meant.push(candidate);
                    }
                }
                _ => {}
            }
            let list = allowed.iter().map(|key| format!("`{key}`")).collect::<Vec<_>>().join(", ");
            self.push(diagnostic.help(format!("{what} takes {list}")));
        }
        meant
    }

    /// A required key is absent, unless an unknown key of the table is its
    /// misspelling: that problem is already reported, at the misspelling.
    fn missing(&mut self, header: &Span, key: &str, fields: &Fields) {
        if self.misspelled.contains(&key) {
            return;
        }
        let what = fields.what;
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

    fn string(&mut self, table: &DeTable<'_>, key: &str, header: &Span, fields: &Fields) -> Option<Located<String>> {
        let Some(value) = table.get(key) else {
            if fields.required(key) {
                self.missing(header, key, fields);
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

    fn integer(&mut self, table: &DeTable<'_>, key: &str, header: &Span, fields: &Fields) -> Option<Located<u32>> {
        let Some(value) = table.get(key) else {
            self.missing(header, key, fields);
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
        fields: &Fields,
    ) -> Option<(&'a DeTable<'i>, Span)> {
        let Some(value) = parent.get(key) else {
            self.missing(header, key, fields);
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

    /// Every text must hold only characters the text policy accepts (see
    /// `text_policy`); each refused one is reported at the character itself
    /// (or the escape that wrote it), by name, with why and what to do.
    /// Surrounding whitespace is refused too: every target would keep it,
    /// Markdown would not show it.
    fn check_text(&mut self, key: &str, text: &Located<String>) {
        let plain = text.value.bytes().all(|byte| (b' '..=b'~').contains(&byte));
        let forbidden = if plain { Vec::new() } else { text_policy::forbidden_characters(&text.value) };
        if !forbidden.is_empty() {
            let offsets: Vec<usize> = forbidden.iter().map(|found| found.offset).collect();
            let written =
                self.source.get(text.span.clone()).and_then(|literal| written_at(literal, &text.value, &offsets));
            for (index, found) in forbidden.into_iter().enumerate() {
                let span = written.as_ref().map_or(text.span.clone(), |spans| {
                    text.span.start + spans[index].start..text.span.start + spans[index].end
                });
                self.push(
                    Diagnostic::new(
                        span,
                        format!(
                            "`{key}` contains {}, {}",
                            text_policy::describe(found.character),
                            found.refusal.class()
                        ),
                        found.refusal.why(),
                    )
                    .help(found.refusal.fix(found.character)),
                );
            }
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
        self.check_reserved(raw);
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
                let ids: Vec<&str> = category_ids.iter().copied().collect();
                self.push(unknown_reference(&category.value, category.span.clone(), "category", &ids));
            }
            if let Some(since) = &error.since {
                self.check_version(since, "since");
            }
            self.check_methods(error);
            self.check_reasons(error);
        }
    }

    /// `version` and `since` are versions of the SDK: MAJOR.MINOR.PATCH.
    /// A version holding a character the text policy refuses has that
    /// problem reported already, at the character: no second one here.
    fn check_version(&mut self, version: &Located<String>, key: &str) {
        if !is_semver(&version.value) && text_policy::forbidden_characters(&version.value).is_empty() {
            self.push(Diagnostic::new(
                version.span.clone(),
                format!("{key} `{}` is not a semantic version", version.value),
                "expected MAJOR.MINOR.PATCH, e.g. \"1.4.0\"",
            ));
        }
    }

    fn check_targets(&mut self, raw: &RawDocument) {
        if let Some(version) = &raw.version {
            self.check_version(version, "version");
        }
        if let Some(name) = &raw.crate_name
            && !is_crate_name(&name.value)
        {
            self.push(Diagnostic::new(
                name.span.clone(),
                format!("`{}` is not a valid crate name", name.value),
                "use lower-case letters, digits, `-` and `_`, starting with a letter",
            ));
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
            && !is_license(&license.value)
        {
            self.push(Diagnostic::new(
                license.span.clone(),
                format!("`{}` is not an SPDX license expression", license.value),
                "expected e.g. \"MIT\" or \"MIT OR Apache-2.0\"",
            ));
        }
        if let Some(repository) = &raw.repository
            && !is_repository(&repository.value)
        {
            self.push(Diagnostic::new(
                repository.span.clone(),
                format!("`{}` is not a repository URL", repository.value),
                "expected an https:// URL, e.g. \"https://github.com/owner/name\"",
            ));
        }
        if let Some(id) = &raw.schema_id
            && !is_schema_id(&id.value)
        {
            self.push(Diagnostic::new(
                id.span.clone(),
                format!("`{}` is not a usable schema `$id`", id.value),
                "expected an absolute URI without a fragment, e.g. \"https://example.com/error-codes.schema.json\"",
            ));
        }
    }

    /// Reserved numbers and names are unique among themselves, and no
    /// `[[error]]` may take one: both places are shown, with the note that
    /// says why the code was retired.
    fn check_reserved(&mut self, raw: &RawDocument) {
        let mut codes: BTreeMap<u32, &RawReserved> = BTreeMap::new();
        let mut names: BTreeMap<&str, &RawReserved> = BTreeMap::new();
        for entry in &raw.reserved {
            if let Some(code) = &entry.code
                && let Some(first) = codes.insert(code.value, entry)
            {
                let first_span = first.code.as_ref().map_or(0..0, |first| first.span.clone());
                self.push(
                    Diagnostic::new(
                        code.span.clone(),
                        format!("duplicate reserved code {}", code.value),
                        "already reserved above",
                    )
                    .related(first_span, "first reserved here"),
                );
            }
            if let Some(name) = &entry.name
                && self.check_screaming(name, "reserved name")
                && let Some(first) = names.insert(name.value.as_str(), entry)
            {
                let first_span = first.name.as_ref().map_or(0..0, |first| first.span.clone());
                self.push(
                    Diagnostic::new(
                        name.span.clone(),
                        format!("duplicate reserved name `{}`", name.value),
                        "already reserved above",
                    )
                    .related(first_span, "first reserved here"),
                );
            }
        }
        let why = |entry: &RawReserved| {
            entry.note.as_ref().map_or_else(
                || "a reserved number or name is never reused; pick a new one".to_string(),
                |note| format!("reserved because: {}", note.value),
            )
        };
        for error in &raw.errors {
            if let Some(code) = &error.code
                && let Some(entry) = codes.get(&code.value)
                && let Some(reserved) = &entry.code
            {
                self.push(
                    Diagnostic::new(code.span.clone(), format!("code {} is reserved", code.value), "reserved number")
                        .related(reserved.span.clone(), "reserved here")
                        .help(why(entry)),
                );
            }
            if let Some(name) = &error.name
                && let Some(entry) = names.get(name.value.as_str())
                && let Some(reserved) = &entry.name
            {
                self.push(
                    Diagnostic::new(name.span.clone(), format!("name `{}` is reserved", name.value), "reserved name")
                        .related(reserved.span.clone(), "reserved here")
                        .help(why(entry)),
                );
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
                let ids: Vec<&str> = positions.keys().copied().collect();
                self.push(unknown_reference(&parent.value, parent.span.clone(), "parent category", &ids));
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
            // Without a description because its key is misspelled, the
            // misspelling is the problem, already reported.
            if !named && !error.description_misspelled {
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
    /// For names: each name without its underscores, and the name and where.
    squashed: BTreeMap<String, (Span, String)>,
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
        Self { what, seen: BTreeMap::new(), squashed: BTreeMap::new() }
    }

    /// Returns whether the value was new. `owner` names the item the value
    /// belongs to, for the message about a later duplicate.
    fn insert(&mut self, checker: &mut Checker<'_>, value: K, span: Span, owner: Owner<'r>) -> bool {
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
    ///
    /// Names that differ only by underscores in other ways
    /// (`AUDIO_PROCESSORLIMIT_EXCEED`, `AUDIO_PROCESSOR_LIMIT_EXCEED`) are
    /// distinct identifiers, but one is most likely a typo of the other: a
    /// warning, since both could be meant.
    fn insert_converted(&mut self, checker: &mut Checker<'_>, name: &str, span: Span) {
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
        self.seen.insert(converted, (span.clone(), Owner::Other("")));
        let squashed = name.replace('_', "");
        if let Some((first, first_name)) = self.squashed.get(&squashed) {
            checker.push(
                Diagnostic::new(
                    span,
                    format!("`{name}` differs from `{first_name}` only by underscores"),
                    "probably a typo of the other name",
                )
                .related(first.clone(), "the other name")
                .help("if both are meant, make them differ by more than `_`; otherwise fix the underscores")
                .warning(),
            );
            return;
        }
        self.squashed.insert(squashed, (span, name.to_string()));
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

/// Up to this many ids are all listed when a reference is unknown; of more,
/// only the closest this many.
const LISTED_IDS: usize = 6;

/// A reference to an id that no `[[category]]` has: the closest id as a
/// "did you mean" when one is close, and the ids to choose from.
fn unknown_reference(name: &str, span: Span, what: &str, ids: &[&str]) -> Diagnostic {
    let mut ranked: Vec<(usize, &str)> = ids.iter().map(|id| (strsim::damerau_levenshtein(name, id), *id)).collect();
    ranked.sort_unstable();
    let mut diagnostic = Diagnostic::new(span, format!("unknown {what} `{name}`"), "no [[category]] has this id");
    if let Some((distance, id)) = ranked.first()
        && *distance <= 3
    {
        diagnostic.label = format!("did you mean `{id}`?");
    }
    let quoted = |ids: &mut dyn Iterator<Item = &str>| ids.map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", ");
    match ids.len() {
        0 => diagnostic.help("no [[category]] is defined yet"),
        count if count <= LISTED_IDS => {
            diagnostic.help(format!("the category ids are {}", quoted(&mut ids.iter().copied())))
        }
        count => diagnostic.help(format!(
            "the closest of the {count} category ids are {}",
            quoted(&mut ranked.iter().take(LISTED_IDS).map(|(_, id)| *id))
        )),
    }
}

/// Where the characters at byte offsets `wanted` (ascending) of a TOML
/// string `value` are written in `literal` (the string as written, quotes
/// included): the raw character, or the escape sequence that stands for it.
/// The literal is read in step with the value and `None` returned as soon as
/// they disagree, so that a caller falls back to the whole string rather
/// than point at the wrong place.
fn written_at(literal: &str, value: &str, wanted: &[usize]) -> Option<Vec<Span>> {
    let (quote, basic) = match literal.as_bytes().first()? {
        b'"' if literal.starts_with("\"\"\"") => ("\"\"\"", true),
        b'"' => ("\"", true),
        b'\'' if literal.starts_with("'''") => ("'''", false),
        b'\'' => ("'", false),
        _ => return None,
    };
    let multi_line = quote.len() == 3;
    let mut start = quote.len();
    let end = literal.len().checked_sub(quote.len())?;
    if multi_line {
        // A newline right after the opening quotes is not part of the value.
        let body = literal.get(start..end)?;
        start += if body.starts_with("\r\n") { 2 } else { usize::from(body.starts_with('\n')) };
    }
    let body = literal.get(start..end)?;
    let mut found = Vec::with_capacity(wanted.len());
    let mut wanted = wanted.iter().peekable();
    let mut value_chars = value.char_indices();
    let mut chars = body.char_indices().peekable();
    while let Some((offset, character)) = chars.next() {
        if wanted.peek().is_none() {
            break;
        }
        let at = start + offset;
        let (decoded, length) = if !(basic && character == '\\') {
            if character == '\r' && chars.peek().is_some_and(|&(_, next)| next == '\n') {
                chars.next();
                ('\n', 2)
            } else {
                (character, character.len_utf8())
            }
        } else {
            let (_, escape) = chars.next()?;
            let digits = match escape {
                'u' => 4,
                'U' => 8,
                'x' => 2,
                _ => 0,
            };
            if digits > 0 {
                let hex = body.get(offset + 2..offset + 2 + digits)?;
                for _ in 0..digits {
                    chars.next();
                }
                (char::from_u32(u32::from_str_radix(hex, 16).ok()?)?, 2 + digits)
            } else {
                let decoded = match escape {
                    'b' => '\u{8}',
                    't' => '\t',
                    'n' => '\n',
                    'f' => '\u{c}',
                    'r' => '\r',
                    'e' => '\u{1b}',
                    '"' => '"',
                    '\\' => '\\',
                    // A line-ending backslash: the whitespace and newlines after it vanish.
                    ' ' | '\t' | '\r' | '\n' if multi_line => {
                        while chars.peek().is_some_and(|&(_, next)| next.is_ascii_whitespace()) {
                            chars.next();
                        }
                        continue;
                    }
                    _ => return None,
                };
                (decoded, 2)
            }
        };
        let (value_offset, expected) = value_chars.next()?;
        if expected != decoded {
            return None;
        }
        if wanted.next_if(|&&offset| offset == value_offset).is_some() {
            found.push(at..at + length);
        }
    }
    (wanted.peek().is_none()).then_some(found)
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

// Each rule on the form of a value, as a regular expression too, for the
// editor schema (`catalogue_schema.rs`). Each sits beside the function the
// loader runs; the editor-schema test runs both over the same fixtures.

pub(crate) const SCREAMING_SNAKE_PATTERN: &str = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";

fn is_screaming_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .split('_')
            .all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
}

pub(crate) const SNAKE_CASE_PATTERN: &str = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$";

fn is_snake_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .split('_')
            .all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// `stream.startAudio`, `stream.getAnnotationController.clear`: two or more
/// JavaScript identifiers (ASCII) joined by dots.
pub(crate) const METHOD_PATH_PATTERN: &str = r"^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)+$";

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

pub(crate) const SEMVER_PATTERN: &str =
    r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$";

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

pub(crate) const NPM_NAME_PATTERN: &str = "^(@[a-z0-9~-][a-z0-9._~-]*/)?[a-z0-9~-][a-z0-9._~-]*$";
pub(crate) const NPM_NAME_MAX_LENGTH: u32 = 214;

pub(crate) const CRATE_NAME_PATTERN: &str = "^[a-z][a-z0-9_-]*$";

fn is_crate_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// An absolute URI without a fragment.
pub(crate) const SCHEMA_ID_PATTERN: &str = r"^(https://|http://|urn:)[^\s#]*$";

/// The characters of an SPDX license expression (`MIT OR Apache-2.0`).
pub(crate) const LICENSE_PATTERN: &str = r"^[A-Za-z0-9 .+()-]+$";

fn is_license(license: &str) -> bool {
    license.chars().all(|c| c.is_ascii_alphanumeric() || " .+-()".contains(c))
}

/// An https:// URL without white space.
pub(crate) const REPOSITORY_PATTERN: &str = r"^https://\S*$";

fn is_repository(url: &str) -> bool {
    url.starts_with("https://") && !url.contains(char::is_whitespace)
}

fn is_schema_id(id: &str) -> bool {
    let absolute = ["https://", "http://", "urn:"].iter().any(|scheme| id.starts_with(scheme));
    absolute && !id.contains(|c: char| c.is_whitespace() || c == '#')
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
    well_formed && name.len() <= NPM_NAME_MAX_LENGTH as usize
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

    #[test]
    fn method_mentions_are_whole_words() {
        assert!(mentions("Occurs in chat.sendFile because", "chat.sendFile"));
        assert!(!mentions("Occurs in chat.sendFile because", "chat.send"));
        assert!(mentions("Occurs in stream.getAnnotationController.clear or", "stream.getAnnotationController.clear"));
        assert!(!mentions("Occurs in stream.getAnnotationController.clear", "stream.getAnnotationController"));
        assert!(mentions("before client.join has resolved.", "client.join"));
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
