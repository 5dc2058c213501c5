//! The rules that span values and tables, run over the raw form once the
//! walk (`walk.rs`) has read it: versions and target names, unique codes
//! and names (also after case conversion), reserved codes, category
//! references and parent cycles, and the methods a description names.

use std::collections::{BTreeMap, BTreeSet};

use super::{Checker, Located, RawCategory, RawDocument, RawError, RawReserved};
use crate::diagnostics::{Diagnostic, Span};
use crate::keys::{
    RESERVED_NAMES, is_crate_name, is_license, is_method_path, is_npm_name, is_repository, is_schema_id,
    is_screaming_snake, is_semver, is_snake_case,
};
use crate::model::upper_camel;
use crate::text::mentions;
use crate::text_policy;

impl Checker<'_> {
    // ----- rules that span tables --------------------------------------------------

    pub(super) fn check_rules(&mut self, raw: &RawDocument) {
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
