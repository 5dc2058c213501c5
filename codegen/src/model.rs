//! The checked, immutable model every emitter reads.
//!
//! A [`Catalogue`] only comes out of [`crate::load`], which has already
//! enforced every rule the emitters rely on: unique codes and names, names in
//! SCREAMING_SNAKE_CASE that stay distinct after case conversion, categories
//! that exist, method paths that are well formed, no control characters.
//! Emitters therefore never validate; they only render.

use std::collections::BTreeMap;

use heck::ToUpperCamelCase;

/// The whole catalogue, in the order the maintainers wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    /// The reference's title, e.g. "Error codes and troubleshooting".
    pub title: String,
    /// The paragraph under the title.
    pub intro: String,
    /// The version given to the generated packages.
    pub version: String,
    /// What the packages say about themselves beyond their names.
    pub package: PackageMetadata,
    /// The SDK's names for kinds of failure (its `ErrorTypes` union), in the
    /// SDK's order: what an error payload's `type` holds. SCREAMING_SNAKE_CASE
    /// and unique (also after case conversion); may be empty. Every output
    /// types `type` with them and still accepts a name not listed, since a
    /// newer SDK may add one and some rejections carry their own.
    pub error_types: Vec<String>,
    pub rust: RustTarget,
    pub typescript: TypeScriptTarget,
    pub json_schema: JsonSchemaTarget,
    /// Categories in document order; a parent always comes before its children.
    pub categories: Vec<Category>,
    /// Codes in document order.
    pub errors: Vec<ErrorCode>,
    /// Numbers and names that no code may take again, in document order.
    pub reserved: Vec<Reserved>,
}

/// A retired code's number, name or both, kept so that neither is ever
/// reused (protobuf's `reserved`): a client built against an old version
/// must never read a new meaning into a number or name it knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reserved {
    /// The number no code may take; the loader requires a code or a name.
    pub code: Option<u32>,
    /// The SCREAMING_SNAKE name no code may take.
    pub name: Option<String>,
    /// Why and when it was retired.
    pub note: Option<String>,
}

/// Optional metadata shared by the generated packages (crate and npm).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PackageMetadata {
    /// The product whose codes these are, e.g. "Zoom Video SDK for web": the
    /// first thing the crate docs and the package README say.
    pub sdk: Option<String>,
    /// The SDK version whose codes the catalogue holds, e.g. "2.5.0".
    pub sdk_version: Option<String>,
    /// The SDK's npm package, e.g. `@zoom/videosdk`: an optional peer
    /// dependency of the TypeScript package.
    pub sdk_package: Option<String>,
    /// The SPDX id of the packages' licence, one whose text
    /// [`crate::licenses`] writes, e.g. "MIT".
    pub license: Option<String>,
    /// The URL of the source repository.
    pub repository: Option<String>,
}

/// Settings for the generated Rust crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RustTarget {
    /// The crate's package name, kebab-case (e.g. `video-sdk-error-codes`).
    pub crate_name: String,
}

/// Settings for the generated TypeScript package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeScriptTarget {
    /// The npm package name (e.g. `@video-sdk/error-codes`).
    pub package: String,
    pub style: TypeScriptStyle,
}

/// How the TypeScript enums are declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TypeScriptStyle {
    /// A numeric `export enum`, as the SDK's own typings declare its codes.
    /// A bundle carries the whole enum, and its members compare with the
    /// SDK's `ExceptionCode` only through casts.
    Enum,
    /// `export const X = {...} as const` plus a type of the same name: the
    /// default, since bundlers keep only the members a program reads, the
    /// number-literal types compare with the SDK's own enum without casts,
    /// and it is erasable syntax (`--erasableSyntaxOnly`, Node's type
    /// stripping).
    #[default]
    ConstObject,
}

/// Settings for the generated JSON Schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonSchemaTarget {
    /// The schema's `$id`.
    pub id: String,
}

/// A section of the reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    /// Stable snake_case identifier (e.g. `share_annotation`).
    pub id: String,
    /// The heading, verbatim (e.g. "Share annotation exception").
    pub title: String,
    pub description: Option<String>,
    /// The `id` of the enclosing category, if this is a sub-section.
    pub parent: Option<String>,
}

/// One error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorCode {
    pub code: u32,
    /// SCREAMING_SNAKE_CASE, as the SDK spells it (e.g. `AUDIO_CAPTURE_FAILED`).
    pub name: String,
    /// The `id` of its category.
    pub category: String,
    /// The description; absent for the few codes the SDK documents by name only.
    pub description: Option<String>,
    /// Every SDK method the description names (e.g. `stream.startAudio`).
    pub methods: Vec<String>,
    /// Un-numbered notes: causes or messages that come with the code.
    pub details: Vec<String>,
    /// Numbered sub-reasons, in order.
    pub reasons: Vec<Reason>,
    /// Why the code is retired, if it is; a retired code is never reused.
    pub deprecated: Option<String>,
    /// The name of the code that replaces a retired one, if one does: an
    /// existing code that is not deprecated itself.
    pub replaced_by: Option<String>,
    /// The SDK version that introduced the code, if known.
    pub since: Option<String>,
}

/// A numbered sub-reason of an error code (e.g. reason 1 of 6010).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub code: u32,
    /// SCREAMING_SNAKE_CASE, unique within its error code.
    pub name: String,
    pub description: String,
}

/// `AUDIO_CAPTURE_FAILED` -> `AudioCaptureFailed`; `share_annotation` ->
/// `ShareAnnotation`. The one case conversion every emitter and the
/// validation's collision check share.
pub fn upper_camel(name: &str) -> String {
    name.to_upper_camel_case()
}

impl Catalogue {
    /// Categories by id, with the codes and sub-categories of each: build it
    /// once per emitter, never look these up by scanning the lists.
    pub fn index(&self) -> CategoryIndex<'_> {
        let by_id = self.categories.iter().map(|category| (category.id.as_str(), category)).collect();
        let mut errors: BTreeMap<&str, Vec<&ErrorCode>> = BTreeMap::new();
        for error in &self.errors {
            errors.entry(error.category.as_str()).or_default().push(error);
        }
        let mut children: BTreeMap<&str, Vec<&Category>> = BTreeMap::new();
        for category in &self.categories {
            if let Some(parent) = &category.parent {
                children.entry(parent.as_str()).or_default().push(category);
            }
        }
        CategoryIndex { by_id, errors, children }
    }
}

/// The category relations of a [`Catalogue`], gathered in one pass.
///
/// Scanning the lists for each code or category made the emitters quadratic:
/// at 150,000 codes in 15,000 categories that cost the Markdown emitter 17 s
/// and the Rust emitter about 27 s.
#[derive(Debug)]
pub struct CategoryIndex<'a> {
    by_id: BTreeMap<&'a str, &'a Category>,
    errors: BTreeMap<&'a str, Vec<&'a ErrorCode>>,
    children: BTreeMap<&'a str, Vec<&'a Category>>,
}

impl<'a> CategoryIndex<'a> {
    /// The category with this id. Validation guarantees that every id an
    /// `ErrorCode` or `Category` refers to exists.
    pub fn category(&self, id: &str) -> &'a Category {
        self.by_id.get(id).unwrap_or_else(|| panic!("checked model refers to unknown category `{id}`"))
    }

    /// The codes filed directly under a category, in document order.
    pub fn errors_in(&self, category: &Category) -> &[&'a ErrorCode] {
        self.errors.get(category.id.as_str()).map_or(&[], Vec::as_slice)
    }

    /// The direct sub-categories of a category, in document order.
    pub fn children(&self, category: &Category) -> &[&'a Category] {
        self.children.get(category.id.as_str()).map_or(&[], Vec::as_slice)
    }
}

impl ErrorCode {
    /// The identifier for this code in languages that use UpperCamelCase for
    /// enum members (`AudioCaptureFailed`).
    pub fn camel_name(&self) -> String {
        upper_camel(&self.name)
    }

    /// The name of the enum that lists this code's numbered reasons
    /// (`AudioCaptureFailedReason`), when it has any.
    pub fn reason_enum_name(&self) -> Option<String> {
        (!self.reasons.is_empty()).then(|| format!("{}Reason", self.camel_name()))
    }
}

impl Reason {
    /// `PERMISSION_DENIED_BY_USER` -> `PermissionDeniedByUser`.
    pub fn camel_name(&self) -> String {
        upper_camel(&self.name)
    }
}

impl Category {
    /// `share_annotation` -> `ShareAnnotation`.
    pub fn camel_name(&self) -> String {
        upper_camel(&self.id)
    }
}
