//! What changed between two versions of a catalogue, and what that means for
//! its users and its version number.
//!
//! [`compare`] is a pure function of two checked models. Every change it
//! finds carries a [`Rule`] with a stable id (`CODE_NO_DELETE`, like
//! `buf breaking`'s `ENUM_VALUE_NO_DELETE`), an [`Impact`] (breaking, new
//! feature or fix) and the [`Place`] it concerns: in the new catalogue when
//! the thing still exists there, in the old one when it is gone.
//! [`Comparison`] then judges the change against the two `[catalogue]
//! version`s the way Cargo and npm read them, and [`Locations`] turns places
//! into byte ranges of the catalogue text, for located messages.
//!
//! Codes are matched by name and by number through hash maps, never by
//! scanning the other list, so a comparison costs time linear in the size
//! of the catalogues; the output follows document order, never map order.

use std::collections::{HashMap, HashSet};
use std::fmt;

use toml::de::{DeTable, DeValue};

use crate::diagnostics::Span;
use crate::model::{Catalogue, Category, ErrorCode, Reason, Reserved, TypeScriptStyle};

/// How a change affects the users of the generated packages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    /// Only texts changed: a patch release.
    Fix,
    /// Something was added or deprecated: a compatible (minor) release.
    Feature,
    /// Code written against the old packages may stop compiling or silently
    /// mean something else: a breaking release.
    Breaking,
}

impl Impact {
    pub fn as_str(self) -> &'static str {
        match self {
            Impact::Fix => "patch",
            Impact::Feature => "feature",
            Impact::Breaking => "breaking",
        }
    }
}

macro_rules! rules {
    ($($variant:ident = $id:literal, $impact:ident, $doc:literal;)*) => {
        /// The kinds of change, each with a stable id that messages, docs
        /// and CI logs name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $(#[doc = $doc] $variant,)*
        }

        impl Rule {
            /// Every rule, in the order the documentation lists them.
            pub const ALL: &[Rule] = &[$(Rule::$variant,)*];

            /// The stable id, e.g. `CODE_NO_DELETE`.
            pub fn id(self) -> &'static str {
                match self {
                    $(Rule::$variant => $id,)*
                }
            }

            pub fn impact(self) -> Impact {
                match self {
                    $(Rule::$variant => Impact::$impact,)*
                }
            }

            /// What the rule means, in one sentence.
            pub fn description(self) -> &'static str {
                match self {
                    $(Rule::$variant => $doc,)*
                }
            }
        }
    };
}

rules! {
    CodeNoDelete = "CODE_NO_DELETE", Breaking, "A code was removed: neither its number nor its name is in the catalogue any more.";
    CodeNoRenumber = "CODE_NO_RENUMBER", Breaking, "A code kept its name but got another number (two codes that swap numbers are two renumberings).";
    CodeNoRename = "CODE_NO_RENAME", Breaking, "A code number kept its meaning's place but got another name.";
    CodeNoMove = "CODE_NO_MOVE", Breaking, "A code was moved to another category: `category()` answers differently for it.";
    CodeNoDeleteUnlessReserved = "CODE_NO_DELETE_UNLESS_RESERVED", Breaking, "A number or name left the catalogue without a [[reserved]] entry keeping it; no version bump excuses this.";
    CategoryNoDelete = "CATEGORY_NO_DELETE", Breaking, "A category id was removed.";
    CategoryNoRename = "CATEGORY_NO_RENAME", Breaking, "A category kept its title but got another id.";
    CategoryNoReparent = "CATEGORY_NO_REPARENT", Breaking, "A category got another parent: `parent()` answers differently for it.";
    CategoryNoReorder = "CATEGORY_NO_REORDER", Breaking, "A category kept its id but not its place among the categories (one was inserted before it, or two swapped): the Rust `Category` declares its variants in document order, so `as` casts and the derived `Ord` change.";
    ReasonNoDelete = "REASON_NO_DELETE", Breaking, "A numbered reason of a code was removed.";
    ReasonNoRenumber = "REASON_NO_RENUMBER", Breaking, "A reason kept its name but got another number.";
    ReasonNoRename = "REASON_NO_RENAME", Breaking, "A reason number got another name.";
    ErrorTypeNoDelete = "ERROR_TYPE_NO_DELETE", Breaking, "A name of `[catalogue] error_types` was removed: a variant of the Rust `ErrorType` and a member of the TypeScript `ErrorType` union disappear.";
    ErrorTypeNoReorder = "ERROR_TYPE_NO_REORDER", Breaking, "An error type kept its name but not its place in `error_types` (one was inserted before it, or two swapped): the Rust `ErrorType` declares its variants in that order, so `as` casts, the derived `Ord` and `ErrorType::ALL` change.";
    ReasonAdded = "REASON_ADDED", Breaking, "A numbered reason was added to a code that already had some: its reason enum is exhaustive in Rust and a closed union in TypeScript, so a `match` or `switch` over every reason stops compiling.";
    CrateNoRename = "CRATE_NO_RENAME", Breaking, "The Rust crate's name changed: every dependent's Cargo.toml and `use` lines break.";
    PackageNoRename = "PACKAGE_NO_RENAME", Breaking, "The npm package's name changed: every import breaks.";
    TypescriptStyleNoChange = "TYPESCRIPT_STYLE_NO_CHANGE", Breaking, "The TypeScript enum style changed between `enum` and `const-object`, which are used differently.";
    SchemaIdNoChange = "SCHEMA_ID_NO_CHANGE", Breaking, "The JSON Schema `$id` changed: every `$ref` to it breaks.";
    ReservedNoDelete = "RESERVED_NO_DELETE", Breaking, "A [[reserved]] entry was removed, so its number or name could be reused.";
    CodeAdded = "CODE_ADDED", Feature, "A code was added.";
    CategoryAdded = "CATEGORY_ADDED", Feature, "A category was added.";
    ErrorTypeAdded = "ERROR_TYPE_ADDED", Feature, "A name was added to `[catalogue] error_types`: a variant of the `#[non_exhaustive]` Rust `ErrorType`, and a member of a TypeScript union that a payload's `type` already widens with any string.";
    ReasonsAdded = "REASONS_ADDED", Feature, "A code that had no numbered reasons got some: a new reason enum, and a new variant of the `#[non_exhaustive]` `Reason`.";
    CodeDeprecated = "CODE_DEPRECATED", Feature, "A code was deprecated (it stays, marked).";
    CodeUndeprecated = "CODE_UNDEPRECATED", Feature, "A code is no longer deprecated.";
    ReservedAdded = "RESERVED_ADDED", Fix, "A number or name was reserved.";
    CodeTextChanged = "CODE_TEXT_CHANGED", Fix, "A code's description, methods, details, deprecation note or `since` changed.";
    ReasonTextChanged = "REASON_TEXT_CHANGED", Fix, "A reason's description changed.";
    CategoryTextChanged = "CATEGORY_TEXT_CHANGED", Fix, "A category's title or description changed.";
    CatalogueTextChanged = "CATALOGUE_TEXT_CHANGED", Fix, "The reference's title or intro changed.";
    ReservedTextChanged = "RESERVED_TEXT_CHANGED", Fix, "A reservation's note changed.";
}

impl fmt::Display for Rule {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.id())
    }
}

/// A thing in a catalogue, and the key of it a message points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// A key by its dotted path, e.g. `catalogue.version` or `targets.rust.crate`.
    Key(&'static str),
    /// A `[[category]]` by id; `key` is one of its keys, or `""` for its header.
    Category { id: String, key: &'static str },
    /// An `[[error]]` by name; `key` as for a category.
    Code { name: String, key: &'static str },
    /// A reason by the name of its code and its own number.
    Reason { error: String, code: u32, key: &'static str },
    /// A `[[reserved]]` entry by its number, or by its name when it has no number.
    Reserved { code: Option<u32>, name: Option<String> },
    /// A name in `[catalogue] error_types`.
    ErrorType(String),
}

/// Which catalogue a change is located in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The thing still exists in the new catalogue.
    New(Anchor),
    /// The thing is gone; this is where it was.
    Old(Anchor),
}

/// One change between two catalogues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub rule: Rule,
    /// One sentence naming the code number and name (or category id,
    /// reason, target) and what happened to it.
    pub message: String,
    pub place: Place,
    /// The TOML that fixes the change, when there is one to write (the
    /// `[[reserved]]` entry a removal lacks).
    pub fix: Option<String>,
    /// How to undo the change, when it is one key that took another value.
    pub restore: Option<Restore>,
    /// For a changed text: what it was about, and each text before and after.
    pub reworded: Option<Reworded>,
    /// A reservation of a number or name that a code of the old catalogue
    /// used: part of that code's removal, renaming or renumbering, which
    /// the release notes name instead.
    pub retires_a_code: bool,
}

/// The texts a text change touched, for release notes that show the old
/// and the new wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reworded {
    /// What the texts belong to, e.g. "code 6010 `AUDIO_CAPTURE_FAILED`".
    pub subject: String,
    /// `(field, before, after)`; a list is shown joined by "; ", a missing text as "(none)".
    pub fields: Vec<(&'static str, String, String)>,
}

/// Collects the fields of a text change.
#[derive(Default)]
struct Texts(Vec<(&'static str, String, String)>);

impl Texts {
    fn compare(&mut self, field: &'static str, before: Option<&str>, after: Option<&str>) {
        if before != after {
            let show = |text: Option<&str>| text.map_or_else(|| "(none)".to_string(), str::to_string);
            self.0.push((field, show(before), show(after)));
        }
    }

    fn compare_list(&mut self, field: &'static str, before: &[String], after: &[String]) {
        if before != after {
            let show = |list: &[String]| if list.is_empty() { "(none)".to_string() } else { list.join("; ") };
            self.0.push((field, show(before), show(after)));
        }
    }

    /// The change, if any field changed: located at the first, named by all.
    fn change(self, rule: Rule, subject: String, place: impl FnOnce(&'static str) -> Place) -> Option<Change> {
        let first = self.0.first()?.0;
        let names: Vec<&str> = self.0.iter().map(|(field, _, _)| *field).collect();
        let message = format!("{subject}: {} changed", names.join(", "));
        Some(Change {
            reworded: Some(Reworded { subject, fields: self.0 }),
            ..Change::new(rule, place(first), message)
        })
    }
}

/// The line that undoes a change, and where it stood in the old catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restore {
    /// The key as the old catalogue had it, e.g. `code = 6020`.
    pub line: String,
    /// Where that line was, in the old catalogue.
    pub was: Anchor,
}

impl Change {
    fn new(rule: Rule, place: Place, message: impl Into<String>) -> Self {
        Self { rule, message: message.into(), place, fix: None, restore: None, reworded: None, retires_a_code: false }
    }

    fn restoring(mut self, line: String, was: Anchor) -> Self {
        self.restore = Some(Restore { line, was });
        self
    }

    /// Whether `cargo xtask breaking` fails on this change whatever the
    /// version says.
    pub fn always_fails(&self) -> bool {
        self.rule == Rule::CodeNoDeleteUnlessReserved
    }
}

/// Every change between two catalogues, and the two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Breaking changes first, then features, then fixes; within each, in
    /// document order.
    pub changes: Vec<Change>,
    pub old_version: String,
    pub new_version: String,
}

/// Compares two catalogues, in time linear in their sizes.
pub fn compare(old: &Catalogue, new: &Catalogue) -> Comparison {
    let mut changes = Vec::new();
    compare_targets(old, new, &mut changes);
    compare_error_types(&old.error_types, &new.error_types, &mut changes);
    let renamed_categories = compare_categories(&old.categories, &new.categories, &mut changes);
    compare_codes(old, new, &renamed_categories, &mut changes);
    compare_reserved(old, &new.reserved, &mut changes);
    // A stable sort: document order survives within each impact.
    changes.sort_by_key(|change| std::cmp::Reverse(change.rule.impact()));
    Comparison { changes, old_version: old.version.clone(), new_version: new.version.clone() }
}

fn compare_targets(old: &Catalogue, new: &Catalogue, changes: &mut Vec<Change>) {
    let key = |path| Place::New(Anchor::Key(path));
    if old.rust.crate_name != new.rust.crate_name {
        changes.push(
            Change::new(
                Rule::CrateNoRename,
                key("targets.rust.crate"),
                format!("the crate `{}` was renamed to `{}`", old.rust.crate_name, new.rust.crate_name),
            )
            .restoring(format!("crate = \"{}\"", old.rust.crate_name), Anchor::Key("targets.rust.crate")),
        );
    }
    if old.typescript.package != new.typescript.package {
        changes.push(
            Change::new(
                Rule::PackageNoRename,
                key("targets.typescript.package"),
                format!("the npm package `{}` was renamed to `{}`", old.typescript.package, new.typescript.package),
            )
            .restoring(format!("package = \"{}\"", old.typescript.package), Anchor::Key("targets.typescript.package")),
        );
    }
    if old.typescript.style != new.typescript.style {
        changes.push(
            Change::new(
                Rule::TypescriptStyleNoChange,
                key("targets.typescript.style"),
                format!(
                    "the TypeScript style changed from \"{}\" to \"{}\"",
                    style_name(old.typescript.style),
                    style_name(new.typescript.style)
                ),
            )
            .restoring(
                format!("style = \"{}\"", style_name(old.typescript.style)),
                Anchor::Key("targets.typescript.style"),
            ),
        );
    }
    if old.json_schema.id != new.json_schema.id {
        changes.push(
            Change::new(
                Rule::SchemaIdNoChange,
                key("targets.json_schema.id"),
                format!("the JSON Schema `$id` changed from `{}` to `{}`", old.json_schema.id, new.json_schema.id),
            )
            .restoring(format!("id = \"{}\"", old.json_schema.id), Anchor::Key("targets.json_schema.id")),
        );
    }
    let mut texts = Texts::default();
    texts.compare("title", Some(&old.title), Some(&new.title));
    texts.compare("intro", Some(&old.intro), Some(&new.intro));
    let path = |field| if field == "title" { "catalogue.title" } else { "catalogue.intro" };
    changes.extend(texts.change(Rule::CatalogueTextChanged, "the reference".to_string(), |field| key(path(field))));
}

/// The style as the catalogue spells it.
fn style_name(style: TypeScriptStyle) -> &'static str {
    match style {
        TypeScriptStyle::Enum => "enum",
        TypeScriptStyle::ConstObject => "const-object",
    }
}

/// `ErrorType` declares one variant per name in the order of `error_types`,
/// without explicit discriminants (an error type has no number of its own,
/// as a category has none), so the same reasoning as for categories holds:
/// a name added at the end is a feature, one removed is breaking, and one
/// that keeps its name but not its place changes `ErrorType::X as u8` and
/// the derived `Ord` (reported once, at the first name whose place changed,
/// unless a removal already shifted it).
fn compare_error_types(old: &[String], new: &[String], changes: &mut Vec<Change>) {
    let position = |names: &[String]| -> HashMap<String, usize> {
        names.iter().enumerate().map(|(index, name)| (name.clone(), index)).collect()
    };
    let (old_position, new_position) = (position(old), position(new));
    let mut removed = false;
    for name in old.iter().filter(|name| !new_position.contains_key(*name)) {
        removed = true;
        changes.push(Change::new(
            Rule::ErrorTypeNoDelete,
            Place::Old(Anchor::ErrorType(name.clone())),
            format!("error type `{name}` was removed"),
        ));
    }
    let moved = new.iter().enumerate().find(|(index, name)| old_position.get(*name).is_some_and(|was| was != index));
    if let (false, Some((index, name))) = (removed, moved) {
        changes.push(Change::new(
            Rule::ErrorTypeNoReorder,
            Place::New(Anchor::ErrorType(name.clone())),
            format!(
                "error type `{name}` moved from place {} to place {} in `error_types`; only a name added after the others keeps every place",
                old_position[name] + 1,
                index + 1
            ),
        ));
    }
    for name in new.iter().filter(|name| !old_position.contains_key(*name)) {
        changes.push(Change::new(
            Rule::ErrorTypeAdded,
            Place::New(Anchor::ErrorType(name.clone())),
            format!("error type `{name}` was added"),
        ));
    }
}

/// Returns the renamed categories (old id -> new id), so that a code that
/// only followed its category's rename is not reported as moved.
fn compare_categories<'a>(
    old: &'a [Category],
    new: &'a [Category],
    changes: &mut Vec<Change>,
) -> HashMap<&'a str, &'a str> {
    let old_ids: HashSet<&str> = old.iter().map(|category| category.id.as_str()).collect();
    let new_by_id: HashMap<&str, &Category> = new.iter().map(|category| (category.id.as_str(), category)).collect();
    let new_by_title: HashMap<&str, &Category> =
        new.iter().map(|category| (category.title.as_str(), category)).collect();
    let mut renamed = HashMap::new();
    let mut pairs = Vec::new();
    for before in old {
        if let Some(after) = new_by_id.get(before.id.as_str()) {
            pairs.push((before, *after));
        } else if let Some(after) =
            new_by_title.get(before.title.as_str()).filter(|after| !old_ids.contains(after.id.as_str()))
        {
            changes.push(
                Change::new(
                    Rule::CategoryNoRename,
                    Place::New(Anchor::Category { id: after.id.clone(), key: "id" }),
                    format!("category `{}` was renamed to `{}`", before.id, after.id),
                )
                .restoring(format!("id = \"{}\"", before.id), Anchor::Category { id: before.id.clone(), key: "id" }),
            );
            renamed.insert(before.id.as_str(), after.id.as_str());
            pairs.push((before, *after));
        } else {
            changes.push(Change::new(
                Rule::CategoryNoDelete,
                Place::Old(Anchor::Category { id: before.id.clone(), key: "id" }),
                format!("category `{}` (\"{}\") was removed", before.id, before.title),
            ));
        }
    }
    reordered(old, new, &pairs, changes);
    for (before, after) in pairs {
        let place = |key| Place::New(Anchor::Category { id: after.id.clone(), key });
        let parent_before = before.parent.as_deref().map(|id| renamed.get(id).copied().unwrap_or(id));
        if parent_before != after.parent.as_deref() {
            let show = |parent: Option<&str>| parent.map_or_else(|| "none".to_string(), |id| format!("`{id}`"));
            let change = Change::new(
                Rule::CategoryNoReparent,
                place(if after.parent.is_some() { "parent" } else { "" }),
                format!(
                    "category `{}` changed its parent from {} to {}",
                    after.id,
                    show(before.parent.as_deref()),
                    show(after.parent.as_deref())
                ),
            );
            changes.push(match &before.parent {
                Some(parent) => change.restoring(
                    format!("parent = \"{parent}\""),
                    Anchor::Category { id: before.id.clone(), key: "parent" },
                ),
                None => change,
            });
        }
        let mut texts = Texts::default();
        texts.compare("title", Some(&before.title), Some(&after.title));
        texts.compare("description", before.description.as_deref(), after.description.as_deref());
        changes.extend(texts.change(Rule::CategoryTextChanged, format!("category `{}`", after.id), place));
    }
    let renamed_to: HashSet<&str> = renamed.values().copied().collect();
    for after in new {
        if !old_ids.contains(after.id.as_str()) && !renamed_to.contains(after.id.as_str()) {
            changes.push(Change::new(
                Rule::CategoryAdded,
                Place::New(Anchor::Category { id: after.id.clone(), key: "id" }),
                format!("category `{}` (\"{}\") was added", after.id, after.title),
            ));
        }
    }
    renamed
}

/// The Rust `Category` declares one variant per category in document
/// order, without explicit discriminants (a category has no number of its
/// own), so a category that keeps its id but not its position changes
/// `Category::X as u8` and the derived `Ord`. Appending keeps every
/// position. Reported once, at the first category whose position changed,
/// unless a removal (already breaking) is what shifted it.
fn reordered<'a>(
    old: &'a [Category],
    new: &'a [Category],
    pairs: &[(&'a Category, &'a Category)],
    changes: &mut Vec<Change>,
) {
    if pairs.len() < old.len() {
        return;
    }
    let positions = |categories: &'a [Category]| -> HashMap<&'a str, usize> {
        categories.iter().enumerate().map(|(index, category)| (category.id.as_str(), index)).collect()
    };
    let (old_position, new_position) = (positions(old), positions(new));
    let moved = pairs.iter().filter_map(|(before, after)| {
        let position = new_position[after.id.as_str()];
        (old_position[before.id.as_str()] != position).then_some((*before, *after, position))
    });
    if let Some((before, after, position)) = moved.min_by_key(|(_, _, position)| *position) {
        changes.push(Change::new(
            Rule::CategoryNoReorder,
            Place::New(Anchor::Category { id: after.id.clone(), key: "id" }),
            format!(
                "category `{}` moved from place {} to place {} among the categories; only a category added after the others keeps every place",
                after.id,
                old_position[before.id.as_str()] + 1,
                position + 1
            ),
        ));
    }
}

/// What became of the numbers and names a catalogue reserves.
struct Reservations<'a> {
    codes: HashMap<u32, &'a Reserved>,
    names: HashMap<&'a str, &'a Reserved>,
}

impl<'a> Reservations<'a> {
    fn new(reserved: &'a [Reserved]) -> Self {
        Self {
            codes: reserved.iter().filter_map(|entry| Some((entry.code?, entry))).collect(),
            names: reserved.iter().filter_map(|entry| Some((entry.name.as_deref()?, entry))).collect(),
        }
    }

    /// The entry that reserves this number, or else this name.
    fn entry(&self, code: u32, name: &str) -> Option<&'a Reserved> {
        self.codes.get(&code).or_else(|| self.names.get(name)).copied()
    }
}

fn reserved_anchor(entry: &Reserved) -> Anchor {
    Anchor::Reserved { code: entry.code, name: if entry.code.is_some() { None } else { entry.name.clone() } }
}

fn compare_codes(
    old: &Catalogue,
    new: &Catalogue,
    renamed_categories: &HashMap<&str, &str>,
    changes: &mut Vec<Change>,
) {
    let old_by_name: HashMap<&str, &ErrorCode> = old.errors.iter().map(|error| (error.name.as_str(), error)).collect();
    let old_by_code: HashMap<u32, &ErrorCode> = old.errors.iter().map(|error| (error.code, error)).collect();
    let new_by_name: HashMap<&str, &ErrorCode> = new.errors.iter().map(|error| (error.name.as_str(), error)).collect();
    let new_by_code: HashMap<u32, &ErrorCode> = new.errors.iter().map(|error| (error.code, error)).collect();
    let reserved = Reservations::new(&new.reserved);
    let mut pairs = Vec::new();
    for before in &old.errors {
        let at_number = new_by_code.get(&before.code).copied().filter(|after| after.name != before.name);
        // The number now names a code the old catalogue did not have.
        let renamed_to = at_number.filter(|after| !old_by_name.contains_key(after.name.as_str()));
        if let Some(after) = renamed_to {
            changes.push(
                Change::new(
                    Rule::CodeNoRename,
                    Place::New(Anchor::Code { name: after.name.clone(), key: "name" }),
                    format!("code {} was renamed from `{}` to `{}`", before.code, before.name, after.name),
                )
                .restoring(
                    format!("name = \"{}\"", before.name),
                    Anchor::Code { name: before.name.clone(), key: "name" },
                ),
            );
        }
        match new_by_name.get(before.name.as_str()) {
            Some(after) if after.code == before.code => pairs.push((before, *after)),
            Some(after) => {
                let swapped = old_by_code.get(&after.code).filter(|other| {
                    new_by_name.get(other.name.as_str()).is_some_and(|moved| moved.code == before.code)
                });
                let swap =
                    swapped.map_or_else(String::new, |other| format!(" (it swapped numbers with `{}`)", other.name));
                changes.push(
                    Change::new(
                        Rule::CodeNoRenumber,
                        Place::New(Anchor::Code { name: after.name.clone(), key: "code" }),
                        format!("code `{}` was renumbered from {} to {}{swap}", before.name, before.code, after.code),
                    )
                    .restoring(
                        format!("code = {}", before.code),
                        Anchor::Code { name: before.name.clone(), key: "code" },
                    ),
                );
                pairs.push((before, *after));
            }
            None => {
                if let Some(after) = renamed_to {
                    pairs.push((before, after));
                } else {
                    let (place, note) = match (at_number, reserved.entry(before.code, &before.name)) {
                        (Some(after), _) => (
                            Place::New(Anchor::Code { name: after.name.clone(), key: "code" }),
                            format!("; its number now names `{}`", after.name),
                        ),
                        (None, Some(entry)) => (
                            Place::New(reserved_anchor(entry)),
                            entry
                                .note
                                .as_ref()
                                .map_or_else(|| " and reserved".to_string(), |note| format!(" and reserved. {note}")),
                        ),
                        (None, None) => {
                            (Place::Old(Anchor::Code { name: before.name.clone(), key: "" }), String::new())
                        }
                    };
                    changes.push(Change::new(
                        Rule::CodeNoDelete,
                        place,
                        format!("code {} `{}` was removed{note}", before.code, before.name),
                    ));
                }
            }
        }
        unreserved(before, &new_by_code, &new_by_name, &reserved, changes);
    }
    for (before, after) in pairs {
        compare_code(before, after, renamed_categories, changes);
    }
    for after in &new.errors {
        if !old_by_name.contains_key(after.name.as_str()) && !old_by_code.contains_key(&after.code) {
            changes.push(Change::new(
                Rule::CodeAdded,
                Place::New(Anchor::Code { name: after.name.clone(), key: "" }),
                format!("code {} `{}` was added", after.code, after.name),
            ));
        }
    }
}

/// A number or name that no code of the new catalogue uses must be
/// reserved there: that is how a number gets reused by accident.
fn unreserved(
    before: &ErrorCode,
    new_by_code: &HashMap<u32, &ErrorCode>,
    new_by_name: &HashMap<&str, &ErrorCode>,
    reserved: &Reservations<'_>,
    changes: &mut Vec<Change>,
) {
    let number = !new_by_code.contains_key(&before.code) && !reserved.codes.contains_key(&before.code);
    let name = !new_by_name.contains_key(before.name.as_str()) && !reserved.names.contains_key(before.name.as_str());
    let what = match (number, name) {
        (true, true) => "its number and name are",
        (true, false) => "its number is",
        (false, true) => "its name is",
        (false, false) => return,
    };
    // Where the fix goes: next to an existing reservation of the other half,
    // else where the code was.
    let place = reserved.entry(before.code, &before.name).map_or_else(
        || Place::Old(Anchor::Code { name: before.name.clone(), key: "" }),
        |entry| Place::New(reserved_anchor(entry)),
    );
    let mut fix = String::from("[[reserved]]\n");
    if number {
        fix.push_str(&format!("code = {}\n", before.code));
    }
    if name {
        fix.push_str(&format!("name = \"{}\"\n", before.name));
    }
    fix.push_str("note = \"Why and in which version it was retired.\"\n");
    changes.push(Change {
        fix: Some(fix),
        ..Change::new(
            Rule::CodeNoDeleteUnlessReserved,
            place,
            format!("code {} `{}`: {what} no longer used and not in [[reserved]]", before.code, before.name),
        )
    });
}

fn compare_code(
    before: &ErrorCode,
    after: &ErrorCode,
    renamed_categories: &HashMap<&str, &str>,
    changes: &mut Vec<Change>,
) {
    let place = |key| Place::New(Anchor::Code { name: after.name.clone(), key });
    let subject = format!("code {} `{}`", after.code, after.name);
    let category_before = renamed_categories.get(before.category.as_str()).copied().unwrap_or(&before.category);
    if category_before != after.category {
        changes.push(
            Change::new(
                Rule::CodeNoMove,
                place("category"),
                format!("{subject} moved from category `{}` to `{}`", before.category, after.category),
            )
            .restoring(
                format!("category = \"{category_before}\""),
                Anchor::Code { name: before.name.clone(), key: "category" },
            ),
        );
    }
    match (&before.deprecated, &after.deprecated) {
        (None, Some(why)) => {
            let instead =
                after.replaced_by.as_ref().map_or_else(String::new, |name| format!(" (use `{name}` instead)"));
            changes.push(Change::new(
                Rule::CodeDeprecated,
                place("deprecated"),
                format!("{subject} was deprecated: {why}{instead}"),
            ));
        }
        (Some(_), None) => {
            changes.push(Change::new(Rule::CodeUndeprecated, place(""), format!("{subject} is no longer deprecated")));
        }
        _ => {}
    }
    let mut texts = Texts::default();
    texts.compare("description", before.description.as_deref(), after.description.as_deref());
    texts.compare_list("methods", &before.methods, &after.methods);
    texts.compare_list("details", &before.details, &after.details);
    if before.deprecated.is_some() && after.deprecated.is_some() {
        texts.compare("deprecated", before.deprecated.as_deref(), after.deprecated.as_deref());
        texts.compare("replaced_by", before.replaced_by.as_deref(), after.replaced_by.as_deref());
    }
    texts.compare("since", before.since.as_deref(), after.since.as_deref());
    changes.extend(texts.change(Rule::CodeTextChanged, subject, place));
    compare_reasons(before, after, changes);
}

fn compare_reasons(before: &ErrorCode, after: &ErrorCode, changes: &mut Vec<Change>) {
    if before.reasons.is_empty() && after.reasons.is_empty() {
        return;
    }
    let old_by_name: HashMap<&str, &Reason> = before.reasons.iter().map(|r| (r.name.as_str(), r)).collect();
    let old_by_code: HashMap<u32, &Reason> = before.reasons.iter().map(|r| (r.code, r)).collect();
    let new_by_name: HashMap<&str, &Reason> = after.reasons.iter().map(|r| (r.name.as_str(), r)).collect();
    let new_by_code: HashMap<u32, &Reason> = after.reasons.iter().map(|r| (r.code, r)).collect();
    let place = |code, key| Place::New(Anchor::Reason { error: after.name.clone(), code, key });
    let subject = format!("code {} `{}`", after.code, after.name);
    for old in &before.reasons {
        let at_number = new_by_code.get(&old.code).copied().filter(|new| new.name != old.name);
        let renamed_to = at_number.filter(|new| !old_by_name.contains_key(new.name.as_str()));
        if let Some(new) = renamed_to {
            changes.push(
                Change::new(
                    Rule::ReasonNoRename,
                    place(new.code, "name"),
                    format!("{subject}: reason {} was renamed from `{}` to `{}`", old.code, old.name, new.name),
                )
                .restoring(
                    format!("name = \"{}\"", old.name),
                    Anchor::Reason { error: before.name.clone(), code: old.code, key: "name" },
                ),
            );
        }
        let paired = match new_by_name.get(old.name.as_str()) {
            Some(new) if new.code == old.code => Some(*new),
            Some(new) => {
                changes.push(
                    Change::new(
                        Rule::ReasonNoRenumber,
                        place(new.code, "code"),
                        format!("{subject}: reason `{}` was renumbered from {} to {}", old.name, old.code, new.code),
                    )
                    .restoring(
                        format!("code = {}", old.code),
                        Anchor::Reason { error: before.name.clone(), code: old.code, key: "code" },
                    ),
                );
                Some(*new)
            }
            None if renamed_to.is_some() => renamed_to,
            None => {
                changes.push(Change::new(
                    Rule::ReasonNoDelete,
                    Place::Old(Anchor::Reason { error: before.name.clone(), code: old.code, key: "" }),
                    format!("{subject}: reason {} `{}` was removed", old.code, old.name),
                ));
                None
            }
        };
        if let Some(new) = paired {
            let mut texts = Texts::default();
            texts.compare("description", Some(&old.description), Some(&new.description));
            let reason = format!("{subject}, reason {} `{}`", new.code, new.name);
            changes.extend(texts.change(Rule::ReasonTextChanged, reason, |key| place(new.code, key)));
        }
    }
    // A first list of reasons is a new enum; one more reason in a list
    // changes an exhaustive enum.
    let rule = if before.reasons.is_empty() { Rule::ReasonsAdded } else { Rule::ReasonAdded };
    for new in &after.reasons {
        if !old_by_name.contains_key(new.name.as_str()) && !old_by_code.contains_key(&new.code) {
            changes.push(Change::new(
                rule,
                place(new.code, ""),
                format!("{subject}: reason {} `{}` was added", new.code, new.name),
            ));
        }
    }
}

fn compare_reserved(old_catalogue: &Catalogue, new: &[Reserved], changes: &mut Vec<Change>) {
    let old = &old_catalogue.reserved;
    let old_codes: HashSet<u32> = old_catalogue.errors.iter().map(|error| error.code).collect();
    let old_names: HashSet<&str> = old_catalogue.errors.iter().map(|error| error.name.as_str()).collect();
    let describe = |entry: &Reserved| match (entry.code, &entry.name) {
        (Some(code), Some(name)) => format!("{code} `{name}`"),
        (Some(code), None) => code.to_string(),
        (None, Some(name)) => format!("`{name}`"),
        (None, None) => "nothing".to_string(),
    };
    let old_set = Reservations::new(old);
    let new_set = Reservations::new(new);
    for before in old {
        let kept_code = before.code.is_none_or(|code| new_set.codes.contains_key(&code));
        let kept_name = before.name.as_deref().is_none_or(|name| new_set.names.contains_key(name));
        if !(kept_code && kept_name) {
            changes.push(Change::new(
                Rule::ReservedNoDelete,
                Place::Old(reserved_anchor(before)),
                format!("the reservation of {} was removed", describe(before)),
            ));
        }
    }
    for after in new {
        let old_entry = after
            .code
            .and_then(|code| old_set.codes.get(&code))
            .or_else(|| after.name.as_deref().and_then(|name| old_set.names.get(name)));
        match old_entry {
            None => changes.push(Change {
                retires_a_code: after.code.is_some_and(|code| old_codes.contains(&code))
                    || after.name.as_deref().is_some_and(|name| old_names.contains(name)),
                ..Change::new(
                    Rule::ReservedAdded,
                    Place::New(reserved_anchor(after)),
                    format!("{} was reserved", describe(after)),
                )
            }),
            Some(before) => {
                let mut texts = Texts::default();
                texts.compare("note", before.note.as_deref(), after.note.as_deref());
                let subject = format!("reservation {}", describe(after));
                changes
                    .extend(texts.change(Rule::ReservedTextChanged, subject, |_| Place::New(reserved_anchor(after))));
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Versions

/// A version as `[catalogue] version` holds it (the loader checked the
/// shape: `MAJOR.MINOR.PATCH` with an optional `-pre.release`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    pub pre: Option<String>,
}

impl Version {
    pub fn parse(text: &str) -> Option<Self> {
        let (core, pre) = match text.split_once('-') {
            Some((core, pre)) => (core, Some(pre.to_string())),
            None => (text, None),
        };
        let mut numbers = core.split('.').map(|number| number.parse::<u64>().ok());
        let version = Version { major: numbers.next()??, minor: numbers.next()??, patch: numbers.next()??, pre };
        numbers.next().is_none().then_some(version)
    }

    /// What Cargo and npm keep equal between compatible versions: the
    /// leftmost non-zero number (`1.x.y`, `0.2.x`, `0.0.3`).
    fn compatibility(&self) -> (u64, u64, u64) {
        match (self.major, self.minor) {
            (0, 0) => (0, 0, self.patch),
            (0, minor) => (0, minor, 0),
            (major, _) => (major, 0, 0),
        }
    }

    /// The least version after this one that may carry a change of this impact.
    pub fn next(&self, impact: Impact) -> Version {
        let (major, minor, patch) = match (impact, self.major, self.minor) {
            (Impact::Breaking, 0, 0) => (0, 0, self.patch + 1),
            (Impact::Breaking, 0, minor) => (0, minor + 1, 0),
            (Impact::Breaking, major, _) => (major + 1, 0, 0),
            (Impact::Feature, major, minor) if major > 0 => (major, minor + 1, 0),
            _ => (self.major, self.minor, self.patch + 1),
        };
        // A pre-release comes before its release, which is then the next version.
        if self.pre.is_some() && impact != Impact::Breaking {
            return Version { pre: None, ..self.clone() };
        }
        Version { major, minor, patch, pre: None }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if let Some(pre) = &self.pre {
            write!(formatter, "-{pre}")?;
        }
        Ok(())
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    /// Semantic-versioning precedence: a pre-release comes before its
    /// release; pre-release identifiers compare numerically when numeric.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        let core = (self.major, self.minor, self.patch).cmp(&(other.major, other.minor, other.patch));
        core.then_with(|| match (&self.pre, &other.pre) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Greater,
            (Some(_), None) => Ordering::Less,
            (Some(a), Some(b)) => {
                let ids = |pre: &'_ str| {
                    pre.split('.').map(|id| (id.parse::<u64>().ok(), id.to_string())).collect::<Vec<_>>()
                };
                let (a, b) = (ids(a), ids(b));
                for (x, y) in a.iter().zip(&b) {
                    let order = match (x, y) {
                        ((Some(x), _), (Some(y), _)) => x.cmp(y),
                        ((Some(_), _), (None, _)) => Ordering::Less,
                        ((None, _), (Some(_), _)) => Ordering::Greater,
                        ((None, x), (None, y)) => x.cmp(y),
                    };
                    if order != Ordering::Equal {
                        return order;
                    }
                }
                a.len().cmp(&b.len())
            }
        })
    }
}

/// How the version moved between the two catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bump {
    /// Same version (or one that cannot be read).
    None,
    /// A lower version than before.
    Backwards,
    /// A higher version that Cargo and npm treat as compatible.
    Compatible,
    /// A higher version that Cargo and npm treat as incompatible.
    Breaking,
}

impl Comparison {
    /// The strongest impact among the changes, if anything changed.
    pub fn needed(&self) -> Option<Impact> {
        self.changes.iter().map(|change| change.rule.impact()).max()
    }

    pub fn bump(&self) -> Bump {
        let (Some(old), Some(new)) = (Version::parse(&self.old_version), Version::parse(&self.new_version)) else {
            return Bump::None;
        };
        match new.cmp(&old) {
            std::cmp::Ordering::Equal => Bump::None,
            std::cmp::Ordering::Less => Bump::Backwards,
            std::cmp::Ordering::Greater if new.compatibility() != old.compatibility() => Bump::Breaking,
            std::cmp::Ordering::Greater => Bump::Compatible,
        }
    }

    /// The least version the changes call for, when they call for one.
    pub fn least_version(&self) -> Option<Version> {
        Some(Version::parse(&self.old_version)?.next(self.needed()?))
    }

    /// Whether the new version is lower than the old one, which no release
    /// may be: `cargo xtask breaking` fails whatever changed.
    pub fn went_backwards(&self) -> bool {
        self.bump() == Bump::Backwards
    }

    /// Whether `cargo xtask breaking` passes: no failing change and a
    /// version that did not go backwards.
    pub fn passes(&self) -> bool {
        !self.went_backwards() && self.failures().next().is_none()
    }

    /// The changes that make `cargo xtask breaking` fail: a breaking change
    /// without a breaking version bump, and a number or name left
    /// unreserved whatever the version.
    pub fn failures(&self) -> impl Iterator<Item = &Change> {
        let covered = self.bump() == Bump::Breaking;
        self.changes
            .iter()
            .filter(move |change| change.always_fails() || (change.rule.impact() == Impact::Breaking && !covered))
    }
}

// ---------------------------------------------------------------------------
// Release notes

/// Release notes for people, one list per section: each change once, in
/// the words of its message and without rule ids; a removal is listed under
/// Breaking and again under Removed, where readers of a changelog look for
/// it. `cargo xtask changes` prints them, and a release writes them into
/// the changelog.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReleaseNotes {
    /// Changes that need a breaking release.
    pub breaking: Vec<String>,
    /// New codes, categories, error types and first reason lists.
    pub added: Vec<String>,
    /// Codes deprecated, or no longer deprecated.
    pub deprecated: Vec<String>,
    /// Texts reworded, old and new.
    pub changed: Vec<String>,
    /// Codes, categories, reasons and error types removed, and numbers or names reserved.
    pub removed: Vec<String>,
}

impl ReleaseNotes {
    pub fn of(comparison: &Comparison) -> Self {
        let mut notes = Self::default();
        for change in &comparison.changes {
            let entry = entry(change);
            let removal = matches!(
                change.rule,
                Rule::CodeNoDelete | Rule::CategoryNoDelete | Rule::ReasonNoDelete | Rule::ErrorTypeNoDelete
            );
            match change.rule {
                // The check's own finding, not a change: the removal or renaming it follows is listed.
                Rule::CodeNoDeleteUnlessReserved => {}
                Rule::ReservedAdded if change.retires_a_code => {}
                Rule::ReservedAdded => notes.removed.push(entry),
                _ if removal => {
                    notes.breaking.push(entry.clone());
                    notes.removed.push(entry);
                }
                Rule::CodeDeprecated | Rule::CodeUndeprecated => notes.deprecated.push(entry),
                rule => match rule.impact() {
                    Impact::Breaking => notes.breaking.push(entry),
                    Impact::Feature => notes.added.push(entry),
                    Impact::Fix => notes.changed.push(entry),
                },
            }
        }
        notes
    }

    /// The sections that have entries, titled and in order.
    pub fn sections(&self) -> impl Iterator<Item = (&'static str, &[String])> {
        [
            ("Breaking", &self.breaking),
            ("Added", &self.added),
            ("Deprecated", &self.deprecated),
            ("Changed", &self.changed),
            ("Removed", &self.removed),
        ]
        .into_iter()
        .filter(|(_, entries)| !entries.is_empty())
        .map(|(title, entries)| (title, entries.as_slice()))
    }

    pub fn is_empty(&self) -> bool {
        self.sections().next().is_none()
    }

    /// The sections as Markdown: a `###` heading and a bullet list each,
    /// separated by blank lines.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        for (title, entries) in self.sections() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&format!("### {title}\n\n"));
            for entry in entries {
                out.push_str(&format!("- {entry}\n"));
            }
        }
        out
    }
}

/// One entry: the change's message as a sentence, or for a rewording each
/// text before and after (nested when several changed).
fn entry(change: &Change) -> String {
    let Some(reworded) = &change.reworded else {
        return sentence(&change.message);
    };
    let show = |(field, before, after): &(&str, String, String)| format!("{field}: \"{before}\" → \"{after}\"");
    match reworded.fields.as_slice() {
        [only] => format!("{}, {}", sentence(&reworded.subject), show(only)),
        fields => {
            let mut out = format!("{}:", sentence(&reworded.subject));
            for field in fields {
                out.push_str(&format!("\n  - {}", show(field)));
            }
            out
        }
    }
}

/// The text with its first letter in upper case.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

// ---------------------------------------------------------------------------
// Locating anchors in the catalogue text

/// The byte ranges of the things a [`Change`] can point at, read from a
/// catalogue's text once (in one pass over its tables).
#[derive(Debug, Default)]
pub struct Locations {
    keys: HashMap<&'static str, Span>,
    categories: HashMap<String, TableSpans>,
    codes: HashMap<String, TableSpans>,
    reasons: HashMap<(String, u32), TableSpans>,
    reserved_codes: HashMap<u32, Span>,
    reserved_names: HashMap<String, Span>,
    error_types: HashMap<String, Span>,
}

/// A table's header and the value of each of its keys.
#[derive(Debug, Default)]
struct TableSpans {
    header: Span,
    keys: HashMap<String, Span>,
}

impl TableSpans {
    fn of(table: &DeTable<'_>, header: Span, offset: usize) -> Self {
        let shift = |span: Span| span.start + offset..span.end + offset;
        let keys = table.iter().map(|(key, value)| (key.get_ref().to_string(), shift(value.span()))).collect();
        Self { header: shift(header), keys }
    }

    fn span(&self, key: &str) -> Span {
        self.keys.get(key).cloned().unwrap_or_else(|| self.header.clone())
    }
}

fn string<'a>(table: &'a DeTable<'_>, key: &str) -> Option<&'a str> {
    match table.get(key)?.get_ref() {
        DeValue::String(text) => Some(text),
        _ => None,
    }
}

fn integer(table: &DeTable<'_>, key: &str) -> Option<u32> {
    match table.get(key)?.get_ref() {
        DeValue::Integer(integer) => u32::from_str_radix(integer.as_str(), integer.radix()).ok(),
        _ => None,
    }
}

fn tables<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> impl Iterator<Item = (&'a DeTable<'i>, Span)> {
    let items = match table.get(key).map(|value| value.get_ref()) {
        Some(DeValue::Array(array)) => array.iter().collect(),
        _ => Vec::new(),
    };
    items.into_iter().filter_map(|item| match item.get_ref() {
        DeValue::Table(table) => Some((table, item.span())),
        _ => None,
    })
}

impl Locations {
    /// Reads the locations from a catalogue's text; a text that does not
    /// parse yields no locations (the loader reports its problems).
    pub fn of(text: &str) -> Self {
        let offset = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        let (document, _) = DeTable::parse_recoverable(&text[offset..]);
        let root = document.get_ref();
        let mut locations = Locations::default();
        for path in [
            "catalogue.title",
            "catalogue.intro",
            "catalogue.version",
            "targets.rust.crate",
            "targets.typescript.package",
            "targets.typescript.style",
            "targets.json_schema.id",
        ] {
            let mut keys = path.split('.').peekable();
            let mut table = root;
            while let Some(key) = keys.next() {
                let Some(value) = table.get(key) else { break };
                match value.get_ref() {
                    DeValue::Table(inner) if keys.peek().is_some() => table = inner,
                    _ if keys.peek().is_none() => {
                        let span = value.span();
                        locations.keys.insert(path, span.start + offset..span.end + offset);
                    }
                    _ => break,
                }
            }
        }
        if let Some(DeValue::Table(catalogue)) = root.get("catalogue").map(|value| value.get_ref())
            && let Some(DeValue::Array(names)) = catalogue.get("error_types").map(|value| value.get_ref())
        {
            for name in names.iter() {
                if let DeValue::String(text) = name.get_ref() {
                    let span = name.span();
                    locations.error_types.insert(text.to_string(), span.start + offset..span.end + offset);
                }
            }
        }
        for (table, header) in tables(root, "category") {
            if let Some(id) = string(table, "id") {
                locations.categories.insert(id.to_string(), TableSpans::of(table, header, offset));
            }
        }
        for (table, header) in tables(root, "error") {
            let Some(name) = string(table, "name") else { continue };
            for (reason, header) in tables(table, "reasons") {
                if let Some(code) = integer(reason, "code") {
                    locations.reasons.insert((name.to_string(), code), TableSpans::of(reason, header, offset));
                }
            }
            locations.codes.insert(name.to_string(), TableSpans::of(table, header, offset));
        }
        for (table, header) in tables(root, "reserved") {
            let spans = TableSpans::of(table, header, offset);
            if let Some(code) = integer(table, "code") {
                locations.reserved_codes.insert(code, spans.span("code"));
            }
            if let Some(name) = string(table, "name") {
                locations.reserved_names.insert(name.to_string(), spans.span("name"));
            }
        }
        locations
    }

    /// Where the anchor is in the text, if it is there.
    pub fn span(&self, anchor: &Anchor) -> Option<Span> {
        let in_table =
            |spans: &TableSpans, key: &str| if key.is_empty() { spans.header.clone() } else { spans.span(key) };
        match anchor {
            Anchor::Key(path) => self.keys.get(path).cloned(),
            Anchor::Category { id, key } => self.categories.get(id).map(|spans| in_table(spans, key)),
            Anchor::Code { name, key } => self.codes.get(name).map(|spans| in_table(spans, key)),
            Anchor::Reason { error, code, key } => {
                self.reasons.get(&(error.clone(), *code)).map(|spans| in_table(spans, key))
            }
            Anchor::Reserved { code: Some(code), .. } => self.reserved_codes.get(code).cloned(),
            Anchor::Reserved { name: Some(name), .. } => self.reserved_names.get(name).cloned(),
            Anchor::Reserved { .. } => None,
            Anchor::ErrorType(name) => self.error_types.get(name).cloned(),
        }
    }
}
