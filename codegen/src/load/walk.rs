//! The value walk: each table of the document, key by key, into the raw
//! form of `mod.rs`.
//!
//! Reports a key no table takes (with the key it was probably meant to be),
//! a missing required key, a value of the wrong type, and each text's
//! characters the text policy refuses, located at the character itself.
//! What a value means beside others is left to `rules.rs`.

use toml::de::{DeTable, DeValue};

use super::{Checker, Located, RawCategory, RawDocument, RawError, RawReason, RawReserved, Value};
use crate::diagnostics::{Diagnostic, Span};
use crate::keys::{
    CATALOGUE, CATEGORY, ERROR, Fields, JSON_SCHEMA_TARGET, REASON, RESERVED, RUST_TARGET, TARGETS, TOP_LEVEL,
    TYPESCRIPT_STYLES, TYPESCRIPT_TARGET,
};
use crate::model::TypeScriptStyle;
use crate::text_policy;

impl Checker<'_> {
    // ----- the shape of each table -------------------------------------------------

    pub(super) fn read_document(&mut self, root: &DeTable<'_>, span: Span) -> RawDocument {
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
