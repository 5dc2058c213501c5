//! The per-entry half of `src/error_codes.rs`, written row by row: each
//! enum's variants, the entries, the `match`es from variant to entry or
//! position and from number to variant, and the hash tables.
//!
//! Passing these through `syn::parse2` and prettyplease cost about 110 µs a
//! code, 24 s at 150,000 codes, so each row is written here in the layout
//! prettyplease gives such items. Every string is a literal from
//! [`escape::rust_string`] and every name goes through `ident`, so the
//! escaping stays the token library's; the tests parse the whole file with
//! syn.
//!
//! An arm names its enum, `ErrorCode::Name`, never `Self::Name`: rustc's
//! type check resolves `Self::Name` by searching the enum's variants one by
//! one, so a `match` of such arms cost time in proportion to the square of
//! the codes (about 6 s of a cold debug build at 15,000 codes), where
//! `ErrorCode::Name` is resolved by name.

use std::collections::HashMap;

use super::doc_text::{code_span, doc_text};
use super::hashing::{hash_buckets, hash_slots};
use super::ident;
use crate::escape;
use crate::model::{Catalogue, Category, CategoryIndex, ErrorCode};

const ENUM_DERIVES: &str = "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]";
/// `ErrorCode`'s derives lack `Debug`, which `code.rs` writes from the
/// code's name: the derived one is a `match` of one arm per code, about an
/// eighth of a cold debug build at 15,000 codes, for text the name already
/// holds (a variant is the UpperCamelCase of its SCREAMING_SNAKE_CASE name).
const ERROR_CODE_DERIVES: &str = "#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]";

/// The Rust names of the codes and categories, converted once: case
/// conversion is the most frequent step of writing the tables, and each
/// name is written several times.
pub(super) struct Names<'a> {
    index: CategoryIndex<'a>,
    errors: HashMap<u32, String>,
    /// Each category's variant, and how a doc line refers to it:
    /// ``[`Category::Audio`] (Audio exception)``.
    categories: HashMap<&'a str, (String, String)>,
}

impl<'a> Names<'a> {
    pub(super) fn new(catalogue: &'a Catalogue) -> Self {
        Self {
            index: catalogue.index(),
            errors: catalogue.errors.iter().map(|error| (error.code, ident(&error.camel_name()).to_string())).collect(),
            categories: catalogue
                .categories
                .iter()
                .map(|category| {
                    let variant = ident(&category.camel_name()).to_string();
                    let reference = format!("[`Category::{variant}`] ({})", doc_text(&category.title, &[]));
                    (category.id.as_str(), (variant, reference))
                })
                .collect(),
        }
    }

    /// The `ErrorCode` (and `Reason`) variant of `error`.
    pub(super) fn error(&self, error: &ErrorCode) -> &str {
        &self.errors[&error.code]
    }

    /// The `Category` variant of the category `id`.
    fn category(&self, id: &str) -> &str {
        &self.categories[id].0
    }

    /// The category `id` as a doc line names it: a link and the title.
    fn category_reference(&self, id: &str) -> &str {
        &self.categories[id].1
    }

    /// The name of the enum of `error`'s numbered reasons.
    pub(super) fn reason_enum(&self, error: &ErrorCode) -> String {
        format!("{}Reason", self.error(error))
    }
}

pub(super) fn error_code_tables(out: &mut String, catalogue: &Catalogue, names: &Names<'_>) {
    let errors = &catalogue.errors;
    let variants: Vec<&str> = errors.iter().map(|error| names.error(error)).collect();

    doc_comment(
        out,
        "",
        &[
            "An error code of the catalogue: one variant per code.".to_owned(),
            String::new(),
            "The discriminant is the code the SDK reports (`code as u32` is [`ErrorCode::code`]); ".to_owned()
                + "[`ErrorCode::from_code`] and [`ErrorCode::from_name`] look a code up. New codes may be",
            "added in a minor version, so the enum is `#[non_exhaustive]`; codes are never reused.".to_owned(),
        ],
    );
    push_line!(out, "{ERROR_CODE_DERIVES}");
    push_line!(out, "#[non_exhaustive]");
    if !errors.is_empty() {
        push_line!(out, "#[repr(u32)]");
    }
    push_line!(out, "pub enum ErrorCode {{");
    // A code that follows the previous one's number takes its discriminant
    // implicitly. The compiler checks each enum value held in a constant
    // (`ALL`, the categories' codes) by walking the variants up to it and
    // evaluating each explicit discriminant on the way: with every one
    // explicit, those two lists cost time in proportion to the square of
    // the codes (about two thirds of a cold debug build at 15,000 codes).
    // A variant without `= number` costs next to nothing in that walk.
    if !errors.is_empty() {
        push_line!(out, "    // A variant without `= code` has the code after the previous one's.");
    }
    let mut previous: Option<u32> = None;
    for (error, variant) in errors.iter().zip(&variants) {
        doc_comment(out, "    ", &error_variant_doc(names, error));
        if let Some(note) = &error.deprecated {
            let mut note = doc_text(note, &[]);
            if let Some(replacement) = &error.replaced_by {
                note.push_str(&format!(
                    " Use ErrorCode::{} ({replacement}) instead.",
                    crate::model::upper_camel(replacement)
                ));
            }
            push_line!(out, "    #[deprecated(note = {})]", escape::rust_string(&note));
        }
        if previous.and_then(|code| code.checked_add(1)) == Some(error.code) {
            push_line!(out, "    {variant},");
        } else {
            push_line!(out, "    {variant} = {},", error.code);
        }
        previous = Some(error.code);
    }
    push_line!(out, "}}");

    // `ALL` is the one list of every code: the compiler checks each enum
    // value in a constant with a search through the variants, so a second
    // copy cost about 15 s of the crate's build at 15,000 codes.
    push_line!(out, "impl ErrorCode {{");
    push_line!(out, "    /// Every code, in catalogue order.");
    path_list(out, "    ", "pub const ALL: &'static [ErrorCode]", "ErrorCode", &variants);
    // Each code's row is an arm of `entry`, keyed by its variant rather than
    // by a position in a table: a new code then adds its own lines and
    // renumbers nothing, so the reviewed diff stays local. Measured at 1,500
    // codes, this builds as fast as the table and position `match` it
    // replaces; one constant item per entry (`ENTRY_NAME` arms) was about
    // 18 % slower.
    push_line!(out, "    /// What the catalogue says about this code.");
    push_line!(out, "    const fn entry(self) -> &'static ErrorCodeEntry {{");
    if errors.is_empty() {
        push_line!(out, "        match self {{}}");
    } else {
        push_line!(out, "        match self {{");
        for (error, variant) in errors.iter().zip(&variants) {
            push_line!(out, "            ErrorCode::{variant} => &ErrorCodeEntry {{");
            push_line!(out, "                name: {},", escape::rust_string(&error.name));
            push_line!(out, "                description: {},", text_or_empty(error.description.as_deref()));
            push_line!(out, "                category: Category::{},", names.category(&error.category));
            push_line!(out, "                methods: {},", str_slice(&error.methods));
            push_line!(out, "                details: {},", str_slice(&error.details));
            push_line!(out, "                reasons: {},", reason_slice(names, error));
            push_line!(out, "                deprecated: {},", text_or_empty(error.deprecated.as_deref()));
            push_line!(out, "                since: {},", text_or_empty(error.since.as_deref()));
            push_line!(out, "            }},");
        }
        push_line!(out, "        }}");
    }
    push_line!(out, "    }}");
    let codes = errors.iter().map(|error| error.code);
    from_code(out, "The code with this number, if the catalogue has one.", codes, "ErrorCode", &variants);
    push_line!(out, "}}");
    // A row's empty list names one of these rather than writing `&[]`: each
    // `&[]` is an expression of its own to type and borrow-check, about a
    // third of `entry`'s build when most rows have one.
    if errors.iter().any(|error| error.methods.is_empty() || error.details.is_empty()) {
        push_line!(out, "/// An empty list of texts, for a row of `ErrorCode::entry`.");
        push_line!(out, "const NO_TEXTS: &[&str] = &[];");
    }
    if errors.iter().any(|error| error.reasons.is_empty()) {
        push_line!(out, "/// An empty list of reasons, for a row of `ErrorCode::entry`.");
        push_line!(out, "const NO_REASONS: &[Reason] = &[];");
    }

    push_line!(out, "/// The hash table of the codes' names, for `ErrorCode::from_name`: bucket `fnv1a(name) % len`");
    push_line!(out, "/// lists the names that fall in it with their codes, one bucket a line. The names are here, not");
    push_line!(
        out,
        "/// only the codes, so that a lookup compares strings without first finding each candidate's entry."
    );
    push_line!(out, "const ERROR_CODE_NAME_BUCKETS: &[&[(&str, u32)]] = &[");
    for bucket in hash_buckets(errors.iter().map(|error| (error.name.as_str(), error.code))) {
        let pairs: Vec<String> =
            bucket.iter().map(|(name, code)| format!("({}, {code})", escape::rust_string(name))).collect();
        push_line!(out, "    &[{}],", pairs.join(", "));
    }
    push_line!(out, "];");
}

fn error_variant_doc(names: &Names<'_>, error: &ErrorCode) -> Vec<String> {
    let mut lines = vec![
        match &error.description {
            Some(description) => doc_text(description, &error.methods),
            None => format!("`{}`: the catalogue gives no description.", error.name),
        },
        String::new(),
        format!("- Code: `{}`", error.code),
        format!("- Name: `{}`", error.name),
        format!("- Category: {}", names.category_reference(&error.category)),
    ];
    if let Some(since) = &error.since {
        lines.push(format!("- Since: {}", doc_text(since, &[])));
    }
    if let Some(deprecated) = &error.deprecated {
        lines.push(format!("- Deprecated: {}", doc_text(deprecated, &[])));
    }
    if let Some(replacement) = &error.replaced_by {
        lines.push(format!(
            "- Replaced by: [`ErrorCode::{}`] (`{replacement}`)",
            crate::model::upper_camel(replacement)
        ));
    }
    if !error.methods.is_empty() {
        lines.extend([String::new(), "Methods named in the description:".to_owned(), String::new()]);
        lines.extend(error.methods.iter().map(|method| format!("- {}", code_span(method))));
    }
    if !error.details.is_empty() {
        lines.extend([String::new(), "Details:".to_owned(), String::new()]);
        lines.extend(error.details.iter().map(|detail| format!("- {}", doc_text(detail, &error.methods))));
    }
    if !error.reasons.is_empty() {
        let reason_enum = names.reason_enum(error);
        lines.extend([
            String::new(),
            format!(
                "Numbered reasons, as [`{reason_enum}`] (from [`ErrorCode::reason`], wrapped in [`Reason::{}`]):",
                names.error(error)
            ),
            String::new(),
        ]);
        lines.extend(error.reasons.iter().map(|reason| {
            format!(
                "- `{}` [`{}`]({reason_enum}::{}): {}",
                reason.code,
                reason.name,
                ident(&reason.camel_name()),
                doc_text(&reason.description, &error.methods)
            )
        }));
    }
    lines
}

pub(super) fn category_tables(out: &mut String, catalogue: &Catalogue, names: &Names<'_>) {
    let categories = &catalogue.categories;
    let variants: Vec<&str> = categories.iter().map(|category| names.category(&category.id)).collect();

    push_line!(out, "/// A section of the error reference; sub-sections name their parent.");
    push_line!(out, "{ENUM_DERIVES}");
    push_line!(out, "#[non_exhaustive]");
    push_line!(out, "pub enum Category {{");
    for (category, variant) in categories.iter().zip(&variants) {
        doc_comment(out, "    ", &category_variant_doc(names, category));
        push_line!(out, "    {variant},");
    }
    push_line!(out, "}}");

    push_line!(out, "impl Category {{");
    push_line!(out, "    /// Every category, in catalogue order; a parent comes before its sub-categories.");
    path_list(out, "    ", "pub const ALL: &'static [Category]", "Category", &variants);
    push_line!(out, "}}");

    // `Category::entry` reads the table through a discriminant, which an
    // enum without variants does not have.
    if !categories.is_empty() {
        category_entries(out, categories, names);
    }

    push_line!(out, "/// The hash table of the category ids, for `find_by_hash`.");
    slots_const(out, "", "const CATEGORY_ID_SLOTS: &[u32]", categories.iter().map(|category| category.id.as_str()));
}

fn category_entries(out: &mut String, categories: &[Category], names: &Names<'_>) {
    push_line!(out, "/// What the catalogue says about each category, in catalogue order.");
    push_line!(out, "const CATEGORY_ENTRIES: &[CategoryEntry] = &[");
    for category in categories {
        push_line!(out, "    CategoryEntry {{");
        push_line!(out, "        id: {},", escape::rust_string(&category.id));
        push_line!(out, "        title: {},", escape::rust_string(&category.title));
        push_line!(out, "        description: {},", option_str(category.description.as_deref()));
        match &category.parent {
            Some(parent) => push_line!(out, "        parent: Some(Category::{}),", names.category(parent)),
            None => push_line!(out, "        parent: None,"),
        }
        let children = names.index.children(category).iter().map(|child| names.category(&child.id));
        push_line!(out, "        children: &[{}],", paths("Category", children));
        let codes = names.index.errors_in(category).iter().map(|error| names.error(error));
        push_line!(out, "        codes: &[{}],", paths("ErrorCode", codes));
        push_line!(out, "    }},");
    }
    push_line!(out, "];");
}

fn category_variant_doc(names: &Names<'_>, category: &Category) -> Vec<String> {
    let mut lines = vec![doc_text(&category.title, &[]), String::new()];
    if let Some(description) = &category.description {
        lines.extend([doc_text(description, &[]), String::new()]);
    }
    lines.push(format!("- Id: `{}`", category.id));
    if let Some(parent) = &category.parent {
        lines.push(format!("- Part of: {}", names.category_reference(parent)));
    }
    let children: Vec<String> = names
        .index
        .children(category)
        .iter()
        .map(|child| format!("[`Category::{}`]", names.category(&child.id)))
        .collect();
    if !children.is_empty() {
        lines.push(format!("- Sub-categories: {}", children.join(", ")));
    }
    lines
}

/// The `Reason` enum, one variant per code with reasons, and the `match`
/// that takes a reason apart.
pub(super) fn reason_tables(out: &mut String, with_reasons: &[&ErrorCode], names: &Names<'_>) {
    push_line!(out, "/// A numbered reason of any error code that has them, as returned by");
    push_line!(out, "/// [`ErrorCode::reason`] and [`ErrorCode::reasons`].");
    push_line!(out, "{ENUM_DERIVES}");
    push_line!(out, "#[non_exhaustive]");
    push_line!(out, "pub enum Reason {{");
    for error in with_reasons {
        let wrapper = names.error(error);
        push_line!(out, "    /// A numbered reason of [`ErrorCode::{wrapper}`] (`{}`, `{}`).", error.name, error.code);
        push_line!(out, "    {wrapper}({}),", names.reason_enum(error));
    }
    push_line!(out, "}}");

    if with_reasons.is_empty() {
        return;
    }
    push_line!(out, "impl Reason {{");
    push_line!(out, "    /// The error code, the number and the row of the reason.");
    push_line!(out, "    const fn parts(self) -> (ErrorCode, u32, &'static ReasonEntry) {{");
    push_line!(out, "        match self {{");
    for error in with_reasons {
        let wrapper = names.error(error);
        push_line!(
            out,
            "            Reason::{wrapper}(reason) => (ErrorCode::{wrapper}, reason.code(), reason.entry()),"
        );
    }
    push_line!(out, "        }}");
    push_line!(out, "    }}");
    push_line!(out, "}}");
}

/// A reason enum's type and its own items; `reason_enum_template` has the
/// rest.
pub(super) fn reason_enum_tables(out: &mut String, error: &ErrorCode, names: &Names<'_>) {
    let reason_enum = names.reason_enum(error);
    let error_variant = names.error(error);
    let variants: Vec<String> = error.reasons.iter().map(|reason| ident(&reason.camel_name()).to_string()).collect();
    let variants: Vec<&str> = variants.iter().map(String::as_str).collect();

    doc_comment(
        out,
        "",
        &[
            format!("The numbered reasons of [`ErrorCode::{error_variant}`] (`{}`, `{}`).", error.name, error.code),
            String::new(),
            "The discriminant is the reason's number. Reach a reason from its code with [`ErrorCode::reason`];"
                .to_owned(),
            format!("[`{reason_enum}::ERROR_CODE`] leads back."),
            String::new(),
            "Exhaustive: the list is the SDK's, and a new reason would be a breaking change.".to_owned(),
        ],
    );
    push_line!(out, "{ENUM_DERIVES}");
    push_line!(out, "#[repr(u32)]");
    push_line!(out, "pub enum {reason_enum} {{");
    for (reason, variant) in error.reasons.iter().zip(&variants) {
        doc_comment(
            out,
            "    ",
            &[
                doc_text(&reason.description, &error.methods),
                String::new(),
                format!(
                    "Reason `{}` of [`ErrorCode::{error_variant}`] (`{}`), named `{}`.",
                    reason.code, error.name, reason.name
                ),
            ],
        );
        push_line!(out, "    {variant} = {},", reason.code);
    }
    push_line!(out, "}}");

    push_line!(out, "impl {reason_enum} {{");
    push_line!(out, "    /// Every reason, in catalogue order.");
    path_list(out, "    ", &format!("pub const ALL: &'static [{reason_enum}]"), &reason_enum, &variants);
    push_line!(out, "    /// The error code these reasons belong to.");
    push_line!(out, "    pub const ERROR_CODE: ErrorCode = ErrorCode::{error_variant};");
    push_line!(out, "    /// What `TryFrom<u32>` and `FromStr` report looking up a value outside the list.");
    push_line!(
        out,
        "    const UNKNOWN_CODE_KIND: &'static str = {};",
        escape::rust_string(&format!("{} reason", error.name))
    );
    push_line!(
        out,
        "    const UNKNOWN_NAME_KIND: &'static str = {};",
        escape::rust_string(&format!("{} reason name", error.name))
    );
    push_line!(out, "    /// What the catalogue says about each reason, in catalogue order.");
    push_line!(out, "    const ENTRIES: &'static [ReasonEntry] = &[");
    for reason in &error.reasons {
        push_line!(
            out,
            "        ReasonEntry {{ name: {}, description: {} }},",
            escape::rust_string(&reason.name),
            escape::rust_string(&reason.description)
        );
    }
    push_line!(out, "    ];");
    push_line!(out, "    /// The hash table of the reasons' names, for `find_by_hash`.");
    let names = error.reasons.iter().map(|reason| reason.name.as_str());
    slots_const(out, "    ", "const NAME_SLOTS: &'static [u32]", names);
    let codes = error.reasons.iter().map(|reason| reason.code);
    let from_code_doc = "The reason with this number, if there is one.";
    position_and_from_code(out, "reason", "`ALL` and `ENTRIES`", from_code_doc, codes, &reason_enum, &variants);
    push_line!(out, "}}");
}

/// The two `match`es of a reason enum: `position`, from a variant to its
/// place in catalogue order, and `from_code` (see `from_code`). `position`
/// has no `_` arm, so a variant missing from it is a compile error rather
/// than a silent default.
fn position_and_from_code(
    out: &mut String,
    what: &str,
    tables: &str,
    from_code_doc: &str,
    codes: impl Iterator<Item = u32>,
    ty: &str,
    variants: &[&str],
) {
    push_line!(out, "    /// The {what}'s place in catalogue order, in {tables}.");
    push_line!(out, "    const fn position(self) -> usize {{");
    if variants.is_empty() {
        push_line!(out, "        match self {{}}");
    } else {
        push_line!(out, "        match self {{");
        for (position, variant) in variants.iter().enumerate() {
            push_line!(out, "            {ty}::{variant} => {position},");
        }
        push_line!(out, "        }}");
    }
    push_line!(out, "    }}");
    from_code(out, from_code_doc, codes, ty, variants);
}

/// The public `from_code`, from a number to its variant: the match itself,
/// not a call to one (a call too large to inline made lookups a third
/// slower).
fn from_code(out: &mut String, doc: &str, codes: impl Iterator<Item = u32>, ty: &str, variants: &[&str]) {
    push_line!(out, "    /// {doc}");
    push_line!(out, "    #[must_use]");
    if variants.is_empty() {
        push_line!(out, "    pub const fn from_code(_code: u32) -> Option<Self> {{");
        push_line!(out, "        None");
    } else {
        push_line!(out, "    pub const fn from_code(code: u32) -> Option<Self> {{");
        push_line!(out, "        match code {{");
        for (code, variant) in codes.zip(variants) {
            push_line!(out, "            {code} => Some({ty}::{variant}),");
        }
        push_line!(out, "            _ => None,");
        push_line!(out, "        }}");
    }
    push_line!(out, "    }}");
}

/// `declaration = &[Type::A, Type::B];`, one path per line.
fn path_list(out: &mut String, indent: &str, declaration: &str, ty: &str, variants: &[&str]) {
    push_line!(out, "{indent}{declaration} = &[");
    for variant in variants {
        push_line!(out, "{indent}    {ty}::{variant},");
    }
    push_line!(out, "{indent}];");
}

/// `Type::A, Type::B`, for an array on one line.
fn paths<'a>(ty: &str, variants: impl Iterator<Item = &'a str>) -> String {
    let mut list = String::new();
    for variant in variants {
        if !list.is_empty() {
            list.push_str(", ");
        }
        list.push_str(ty);
        list.push_str("::");
        list.push_str(variant);
    }
    list
}

/// `declaration = &[...];` holding the hash table of `keys` (see
/// `hash_slots`), sixteen slots a line.
fn slots_const<'a>(out: &mut String, indent: &str, declaration: &str, keys: impl Iterator<Item = &'a str>) {
    push_line!(out, "{indent}{declaration} = &[");
    for row in hash_slots(keys).chunks(16) {
        let row: Vec<String> = row.iter().map(u32::to_string).collect();
        push_line!(out, "{indent}    {},", row.join(", "));
    }
    push_line!(out, "{indent}];");
}

/// `///` lines, as prettyplease prints one `#[doc]` attribute a line
/// (`doc_line`'s leading space included). The lines come from `doc_text`
/// and `format!`s of checked names, so none holds a line break.
fn doc_comment(out: &mut String, indent: &str, lines: &[String]) {
    for line in lines {
        out.push_str(indent);
        out.push_str("///");
        if !line.is_empty() {
            out.push(' ');
            out.push_str(line);
        }
        out.push('\n');
    }
}

fn option_str(text: Option<&str>) -> String {
    match text {
        Some(text) => format!("Some({})", escape::rust_string(text)),
        None => "None".to_owned(),
    }
}

/// An optional text of an `ErrorCodeEntry` row, `""` when there is none.
fn text_or_empty(text: Option<&str>) -> String {
    escape::rust_string(text.unwrap_or_default())
}

fn str_slice(items: &[String]) -> String {
    if items.is_empty() {
        return "NO_TEXTS".to_owned();
    }
    let items: Vec<String> = items.iter().map(|item| escape::rust_string(item)).collect();
    format!("&[{}]", items.join(", "))
}

/// `&[Reason::Wrapper(WrapperReason::A), ...]`: the reasons of `error`.
fn reason_slice(names: &Names<'_>, error: &ErrorCode) -> String {
    if error.reasons.is_empty() {
        return "NO_REASONS".to_owned();
    }
    let wrapper = names.error(error);
    let reason_enum = names.reason_enum(error);
    let reasons: Vec<String> = error
        .reasons
        .iter()
        .map(|reason| format!("Reason::{wrapper}({reason_enum}::{})", ident(&reason.camel_name())))
        .collect();
    format!("&[{}]", reasons.join(", "))
}

#[cfg(test)]
mod tests {
    use super::super::tests::catalogue;

    #[test]
    fn only_a_code_that_follows_the_previous_one_has_an_implicit_discriminant() {
        let mut catalogue = catalogue("Text");
        let first = catalogue.errors[0].clone();
        catalogue.errors = [(7, "SEVEN"), (8, "EIGHT"), (10, "TEN"), (9, "NINE"), (11, "ELEVEN"), (12, "TWELVE")]
            .into_iter()
            .map(|(code, name)| crate::model::ErrorCode {
                code,
                name: name.to_owned(),
                reasons: Vec::new(),
                ..first.clone()
            })
            .collect();
        let files = super::super::emit(&catalogue);
        let source =
            &files.iter().find(|file| file.path == "rust/src/error_codes.rs").expect("error_codes.rs").contents;
        let enum_body = &source[source.find("pub enum ErrorCode {").expect("the enum")..];
        let variants: Vec<&str> = enum_body
            .lines()
            .skip(1)
            .take_while(|line| *line != "}")
            .map(str::trim)
            .filter(|line| !line.starts_with("//") && !line.starts_with("#["))
            .collect();
        assert_eq!(variants, ["Seven = 7,", "Eight,", "Ten = 10,", "Nine = 9,", "Eleven = 11,", "Twelve,"]);
    }
}
