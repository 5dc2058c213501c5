//! Rust emitter: the crate `generated/rust`.
//!
//! The code is built as tokens with `quote!`, parsed into a `syn::File` and
//! printed by prettyplease, so the bytes never depend on which rustfmt is
//! installed. prettyplease's layout is not rustfmt's, so the items live in
//! `src/error_codes.rs`, which `src/lib.rs` declares `#[rustfmt::skip]`;
//! `src/lib.rs` itself is short glue that prints the same either way, so
//! `cargo fmt --all --check` passes with the crate in the workspace.
//!
//! The crate is table-driven: every accessor reads a field of the code's
//! entry. `ErrorCode`'s entries are the arms of one `match` on the variant
//! (the smaller enums keep a table and a `match` from variant to position),
//! so that a new code adds its own lines and renumbers nothing: the
//! generated files are reviewed as diffs. What grows with the catalogue
//! (the variants, the entries, the `match`es, the hash tables) is written
//! row by row in the layout prettyplease gives such items, because passing
//! it through syn and prettyplease cost about 110 µs a code (24 s at 150,000
//! codes). See the section on `src/error_codes.rs` below.
//!
//! Catalogue text reaches the code only inside string literals (never as
//! tokens), and reaches the docs only through `doc_text`, which escapes
//! everything Markdown would read as structure: a description never becomes
//! a doctest, an intra-doc link, HTML or a bare URL.
//!
//! Lookups by number are `match`es; lookups by name go through hash tables
//! built here (see `hash_buckets` and `hash_slots`), because a `match` on `&str` with thousands
//! of arms compiles slowly and its lookups grow with the number of names.

use std::collections::HashMap;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::model::{Category, CategoryIndex, ErrorCode};
use crate::{Catalogue, GeneratedFile, HEADER};

/// The module, under `src/`, that holds every generated item.
const ITEMS_MODULE: &str = "error_codes";

/// Oldest toolchain the generated code compiles with: `core::error::Error`
/// and `reason = "..."` in lint attributes are stable since 1.81.
const RUST_VERSION: &str = "1.81";

/// How many bytes of an unknown name the `FromStr` error keeps; the crate
/// has no allocator, so the copy lives in a fixed buffer.
const UNKNOWN_NAME_CAPACITY: usize = 64;

/// Renders `rust/Cargo.toml`, `rust/src/lib.rs` and `rust/src/error_codes.rs`.
pub fn emit(catalogue: &Catalogue) -> Vec<GeneratedFile> {
    vec![
        GeneratedFile::new("rust/Cargo.toml", cargo_toml(catalogue)),
        GeneratedFile::new(
            "rust/src/lib.rs",
            render(
                lib_rs(catalogue),
                &[
                    "The items live in error_codes.rs, printed by prettyplease; rustfmt skips that",
                    "file because its layout is not rustfmt's. This file prints the same either way.",
                ],
            ),
        ),
        GeneratedFile::new(format!("rust/src/{ITEMS_MODULE}.rs"), items_rs(catalogue)),
    ]
}

fn render(tokens: TokenStream, notes: &[&str]) -> String {
    let mut text = format!("// {HEADER}\n");
    for note in notes {
        text.push_str(&format!("// {note}\n"));
    }
    text.push_str(&unparse(tokens));
    text
}

/// `tokens` printed by prettyplease.
fn unparse(tokens: TokenStream) -> String {
    match syn::parse2::<syn::File>(tokens) {
        Ok(file) => prettyplease::unparse(&file),
        Err(error) => panic!("the Rust emitter built tokens that are not a Rust file: {error}"),
    }
}

// ---------------------------------------------------------------------------
// Cargo.toml

fn cargo_toml(catalogue: &Catalogue) -> String {
    // No count of codes: it would make every new code a change here too.
    let description = format!("{}: the error codes of the catalogue as no_std Rust enums.", catalogue.title);
    format!(
        r#"# {HEADER}
[package]
name = {name}
version = {version}
description = {description}
edition = "2021"
rust-version = "{RUST_VERSION}"
categories = ["no-std", "no-std::no-alloc"]
{metadata}
[package.metadata.docs.rs]
all-features = true

[features]
# `Serialize` writes a code as its number; `Deserialize` reads its number or
# its SCREAMING_SNAKE_CASE name.
serde = ["dep:serde"]
# With `serde`: `ErrorPayload`, whose `type` and `reason` are `String`s.
alloc = ["serde?/alloc"]

[dependencies]
serde = {{ version = "1", optional = true, default-features = false }}

# The crate's own lints rather than the workspace's, so it also builds when
# copied out of this repository.
[lints.rust]
missing_docs = "warn"
missing_debug_implementations = "warn"
unsafe_code = "forbid"

[lints.clippy]
pedantic = {{ level = "warn", priority = -1 }}
"#,
        name = toml_string(&catalogue.rust.crate_name),
        version = toml_string(&catalogue.version),
        description = toml_string(&description),
        metadata = package_metadata(catalogue),
    )
}

/// The optional `license` and `repository` lines of `[package]`.
fn package_metadata(catalogue: &Catalogue) -> String {
    let mut lines = String::new();
    if let Some(license) = &catalogue.package.license {
        lines.push_str(&format!("license = {}\n", toml_string(license)));
    }
    if let Some(repository) = &catalogue.package.repository {
        lines.push_str(&format!("repository = {}\n", toml_string(repository)));
    }
    lines
}

/// A TOML basic string holding `text` exactly.
fn toml_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for character in text.chars() {
        match character {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            '\r' => quoted.push_str("\\r"),
            control if control.is_control() => quoted.push_str(&format!("\\u{:04X}", u32::from(control))),
            other => quoted.push(other),
        }
    }
    quoted.push('"');
    quoted
}

// ---------------------------------------------------------------------------
// src/lib.rs

fn lib_rs(catalogue: &Catalogue) -> TokenStream {
    let docs = inner_doc_attrs(&crate_doc(catalogue));
    let module = ident(ITEMS_MODULE);
    quote! {
        #docs
        #![no_std]
        #![forbid(unsafe_code)]
        #![allow(clippy::doc_markdown, reason = "the docs quote the catalogue's prose")]

        #[cfg(feature = "alloc")]
        extern crate alloc;

        #[rustfmt::skip]
        mod #module;

        pub use #module::*;
    }
}

fn crate_doc(catalogue: &Catalogue) -> Vec<String> {
    let crate_ident = catalogue.rust.crate_name.replace('-', "_");
    // The catalogue's intro introduces the Markdown reference's table; the
    // crate says what it is itself.
    let whose = catalogue
        .package
        .sdk
        .as_ref()
        .map_or_else(|| "The error codes".to_owned(), |sdk| format!("The error codes of the {}", doc_text(sdk, &[])));
    let mut lines = vec![
        format!("{whose}, as Rust enums: the numbers the SDK reports in the `errorCode` field"),
        format!(
            "of the object it rejects a failed call with, with everything the catalogue \"{}\" says",
            doc_text(&catalogue.title, &[])
        ),
        "about them.".to_owned(),
        String::new(),
    ];
    lines.extend([
        "[`ErrorCode`] has one variant per code, with the code as its discriminant, and knows its".to_owned(),
        "name, description, [`Category`], the SDK methods that raise it and its notes. Codes with".to_owned(),
        "numbered reasons have an enum of them, reached through [`ErrorCode::reason`] as a [`Reason`].".to_owned(),
        "Lookups are `const fn` where Rust allows it; the crate is `no_std`, needs no allocator and,".to_owned(),
        "without its optional features, has no dependencies.".to_owned(),
        String::new(),
    ]);
    if let Some(example) = catalogue.errors.iter().find(|error| !error.reasons.is_empty()).or(catalogue.errors.first())
    {
        let category = catalogue.index().category(&example.category);
        let variant = example.camel_name();
        let category_variant = category.camel_name();
        let name = &example.name;
        let code = example.code;
        let used: std::collections::BTreeSet<u32> = catalogue.errors.iter().map(|error| error.code).collect();
        let unknown = (0..=u32::MAX).find(|number| !used.contains(number));
        lines.extend([
            "# Examples".to_owned(),
            String::new(),
            "```".to_owned(),
            format!("use {crate_ident}::{{Category, ErrorCode}};"),
            String::new(),
            format!("let code = ErrorCode::from_code({code}).expect(\"{code} is in the catalogue\");"),
            format!("assert_eq!(code, ErrorCode::{variant});"),
            format!("assert_eq!(code.code(), {code});"),
            format!("assert_eq!(code.name(), \"{name}\");"),
            format!("assert_eq!(code.category(), Category::{category_variant});"),
            "assert!(code.category().codes().contains(&code));".to_owned(),
            format!("assert_eq!(code.to_string(), \"{name} ({code})\");"),
            String::new(),
            "// Conversions both ways, by number and by name.".to_owned(),
            format!("assert_eq!(u32::from(code), {code});"),
            format!("assert_eq!(ErrorCode::try_from({code}), Ok(code));"),
            format!("assert_eq!(ErrorCode::from_name(\"{name}\"), Some(code));"),
            format!("assert_eq!(\"{name}\".parse::<ErrorCode>(), Ok(code));"),
        ]);
        if let Some(unknown) = unknown {
            lines.push(format!("assert_eq!(ErrorCode::from_code({unknown}), None);"));
        }
        lines.extend([
            "assert!(\"NOT_IN_THE_CATALOGUE\".parse::<ErrorCode>().is_err());".to_owned(),
            String::new(),
            "// Width, fill and alignment apply to the whole text.".to_owned(),
            format!(
                "assert_eq!(format!(\"[{{code:>{width}}}]\"), \"[  {name} ({code})]\");",
                width = name.len() + code.to_string().len() + 5
            ),
            "```".to_owned(),
        ]);
        if let (Some(reason_enum), Some(reason)) = (example.reason_enum_name(), example.reasons.first()) {
            let reason_variant = reason.camel_name();
            let reason_code = reason.code;
            let reason_name = &reason.name;
            lines.extend([
                String::new(),
                "Numbered reasons:".to_owned(),
                String::new(),
                "```".to_owned(),
                format!("use {crate_ident}::{{{reason_enum}, ErrorCode, Reason}};"),
                String::new(),
                format!("let reason = ErrorCode::{variant}.reason({reason_code}).expect(\"a numbered reason\");"),
                format!("assert_eq!(reason, Reason::{variant}({reason_enum}::{reason_variant}));"),
                format!("assert_eq!(reason.name(), \"{reason_name}\");"),
                format!("assert_eq!(reason.error_code(), ErrorCode::{variant});"),
                format!("assert_eq!({reason_enum}::from_code({reason_code}), Some({reason_enum}::{reason_variant}));"),
                format!("assert_eq!({reason_enum}::ERROR_CODE, ErrorCode::{variant});"),
                String::new(),
                "// By name, within the code or qualified by it.".to_owned(),
                format!("assert_eq!(ErrorCode::{variant}.reason_named(\"{reason_name}\"), Some(reason));"),
                format!("assert_eq!(\"{name}.{reason_name}\".parse::<Reason>(), Ok(reason));"),
                "```".to_owned(),
            ]);
        }
        lines.push(String::new());
    }
    lines.extend(
        [
            "# Codes this version does not know",
            "",
            "A client on a newer SDK reports codes added after this version of the crate.",
            "[`ErrorCode::from_code`] returns `None` for them and the `serde` impl of [`ErrorCode`]",
            "rejects them, since an [`ErrorCode`] is always a code of the catalogue. To read reports,",
            "deserialize `ErrorPayload` (features `serde` and `alloc`): it keeps any `errorCode`",
            "number, and its `code()` is `None` for an unknown one, so one new code does not make",
            "a batch of reports fail to parse.",
            "",
            "# Which enums may grow",
            "",
            "[`ErrorCode`], [`Category`] and [`Reason`] are `#[non_exhaustive]`: a minor version may",
            "add codes, sections and codes with numbered reasons, so a `match` needs a `_` arm. The",
            "enum of one code's numbered reasons is exhaustive: that list is the SDK's, and a new",
            "reason for an existing code is a breaking change of the crate.",
            "",
            "# `description()`",
            "",
            "Every output names the catalogue text `description`. [`ErrorCode`] also implements",
            "`std::error::Error`, whose deprecated `description` takes `&self`; so does",
            "[`ErrorCode::description`], so method resolution always picks the catalogue text, also",
            "on a `&ErrorCode` with the trait in scope.",
            "",
            "# Features",
            "",
            "- `serde`: [`ErrorCode`] and the reason enums serialize as their number and deserialize",
            "  from their number or their `SCREAMING_SNAKE_CASE` name; [`Category`] serializes as its",
            "  id; [`Reason`] as `ERROR_NAME.REASON_NAME`. Unknown values are rejected with an error",
            "  that names them.",
            "- `alloc` (with `serde`): `ErrorPayload`, the SDK's error object, which keeps unknown codes.",
        ]
        .map(str::to_owned),
    );
    lines
}

// ---------------------------------------------------------------------------
// src/error_codes.rs
//
// The file has two halves. The per-entry half comes first: each enum's
// variants, the entries, the `match`es from variant to entry or position
// and from number to variant, the hash tables. It is written row by row:
// passing it through `syn::parse2` and prettyplease cost about 110 µs a
// code, 24 s at 150,000 codes. Rows use `Literal` (or, for plain ASCII, the
// same bytes) for every string and `ident` for every name, so escaping
// stays the token library's, and the tests parse the whole file with syn.
// The code follows (the entry types, every `impl`, the lookup functions):
// written with `quote!` and printed by prettyplease, its size does not grow
// with the catalogue's.

/// Placeholders in the reason-enum template (see `reason_enum_template`):
/// the enum's name and the name of the `Reason` variant that wraps it.
const TEMPLATE_REASON_ENUM: &str = "TemplateReasonEnum";
const TEMPLATE_ERROR_VARIANT: &str = "TemplateErrorVariant";

/// `writeln!` into a `String`, which cannot fail.
macro_rules! push_line {
    ($out:expr, $($format:tt)*) => {{
        use std::fmt::Write as _;
        writeln!($out, $($format)*).expect("writing into a String cannot fail")
    }};
}

fn items_rs(catalogue: &Catalogue) -> String {
    let names = Names::new(catalogue);
    let with_reasons: Vec<&ErrorCode> = catalogue.errors.iter().filter(|error| !error.reasons.is_empty()).collect();
    std::thread::scope(|scope| {
        // syn and prettyplease are most of this emitter's time in a debug
        // build (what `cargo xtask` runs), and the tables need neither: the
        // code is printed on a second thread while the tables are written.
        let code = scope
            .spawn(|| (unparse(code_items(catalogue)), unparse(reason_enum_template(&DisplayLimits::new(catalogue)))));
        let mut out = render(file_attributes(), &[]);
        push_line!(out, "// The enums and their tables: one line or row per catalogue entry.");
        error_code_tables(&mut out, catalogue, &names);
        category_tables(&mut out, catalogue, &names);
        reason_tables(&mut out, &with_reasons, &names);
        let (code, template) = code.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        for error in &with_reasons {
            reason_enum_tables(&mut out, error, &names);
            out.push_str(
                &template
                    .replace(TEMPLATE_REASON_ENUM, &names.reason_enum(error))
                    .replace(TEMPLATE_ERROR_VARIANT, names.error(error)),
            );
        }
        push_line!(out, "// The code: accessors and conversions, which read the tables above.");
        out.push_str(&code);
        out
    })
}

/// The lints the file allows and what it imports: inner attributes have to
/// come first.
fn file_attributes() -> TokenStream {
    quote! {
        #![allow(
            clippy::doc_markdown,
            reason = "the docs quote the catalogue's prose, which names things without backticks"
        )]
        #![allow(clippy::too_many_lines, reason = "one match arm per catalogue entry")]
        #![allow(clippy::unreadable_literal, reason = "codes are written as the SDK documents them")]
        #![allow(deprecated, reason = "a retired code keeps its place in every table")]

        use core::fmt;
        use core::str::FromStr;
    }
}

/// Everything whose size does not depend on the catalogue's, printed by
/// prettyplease.
fn code_items(catalogue: &Catalogue) -> TokenStream {
    let limits = DisplayLimits::new(catalogue);
    let error_code = error_code_impls(catalogue, &limits);
    let category = category_impls(catalogue);
    let reason = reason_impls(catalogue, &limits);
    let lookup_errors = lookup_error_items(&limits);
    let payload = payload_items();
    quote! {
        /// Formats `text` into a buffer of `N` bytes on the stack and hands it to
        /// `Formatter::pad`, which applies width, fill, alignment and precision as
        /// it does for a `&str`, so `format!("{code:<30}")` lines codes up. The
        /// crate has no allocator to join the pieces in; each caller's `N` is the
        /// longest text it can write, known when the crate was generated. A text
        /// that does not fit all the same is written whole and unpadded rather than cut.
        fn pad<const N: usize>(formatter: &mut fmt::Formatter<'_>, text: fmt::Arguments<'_>) -> fmt::Result {
            struct Buffer<const N: usize> {
                bytes: [u8; N],
                len: usize,
            }

            impl<const N: usize> fmt::Write for Buffer<N> {
                fn write_str(&mut self, piece: &str) -> fmt::Result {
                    let end = self.len + piece.len();
                    if end > N {
                        return Err(fmt::Error);
                    }
                    self.bytes[self.len..end].copy_from_slice(piece.as_bytes());
                    self.len = end;
                    Ok(())
                }
            }

            if formatter.width().is_none() && formatter.precision().is_none() {
                return formatter.write_fmt(text);
            }
            let mut buffer = Buffer::<N> { bytes: [0; N], len: 0 };
            if fmt::write(&mut buffer, text).is_err() {
                return formatter.write_fmt(text);
            }
            // Only whole `&str` pieces were copied, so the bytes are UTF-8.
            match core::str::from_utf8(&buffer.bytes[..buffer.len]) {
                Ok(text) => formatter.pad(text),
                Err(_) => formatter.write_fmt(text),
            }
        }

        /// FNV-1a (32 bits) of `bytes`, the hash the lookup tables were built with.
        fn fnv1a(bytes: &[u8]) -> u32 {
            let mut hash: u32 = 0x811c_9dc5;
            for &byte in bytes {
                hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
            }
            hash
        }

        /// Looks `key` up in an open-addressing table generated from `all`: a slot
        /// holds 0 when empty, else a position in `all` plus one. At most half the
        /// slots are full, so the probe always reaches an empty slot.
        fn find_by_hash<T: Copy>(slots: &[u32], all: &[T], key_of: fn(T) -> &'static str, key: &str) -> Option<T> {
            let mask = slots.len() - 1;
            let mut slot = fnv1a(key.as_bytes()) as usize & mask;
            loop {
                let position = slots[slot] as usize;
                if position == 0 {
                    return None;
                }
                let candidate = all[position - 1];
                if key_of(candidate) == key {
                    return Some(candidate);
                }
                slot = (slot + 1) & mask;
            }
        }

        #error_code
        #category
        #reason
        #lookup_errors
        #payload
    }
}

/// The longest text each `Display` of the crate can write, in bytes: the
/// size of the buffer `pad` formats it in. Names are ASCII by validation.
struct DisplayLimits {
    /// `NAME (4294967295)`.
    error_code: usize,
    /// `ERROR_NAME reason REASON_NAME (4294967295)`.
    reason: usize,
    /// `REASON_NAME (4294967295)`.
    reason_enum: usize,
    /// `unknown KIND 4294967295`.
    unknown_code: usize,
    /// `unknown KIND "NAME" (truncated)`, the name `Debug`-escaped.
    unknown_name: usize,
}

impl DisplayLimits {
    fn new(catalogue: &Catalogue) -> Self {
        // " (4294967295)"
        const NUMBER: usize = 13;
        let error_name = catalogue.errors.iter().map(|error| error.name.len()).max().unwrap_or(0);
        let reason_name =
            catalogue.errors.iter().flat_map(|error| &error.reasons).map(|reason| reason.name.len()).max().unwrap_or(0);
        // The kinds `UnknownCode` and `UnknownName` name: "error code", "category
        // id", "ERROR_NAME reason name", ...
        let kind = (error_name + " reason name".len()).max("error code name".len());
        // `Debug` writes a character as at most 10 bytes (`\u{10ffff}`).
        let quoted_name = 2 + 10 * UNKNOWN_NAME_CAPACITY;
        Self {
            error_code: error_name + NUMBER,
            reason: error_name + " reason ".len() + reason_name + NUMBER,
            reason_enum: reason_name + NUMBER,
            unknown_code: "unknown ".len() + kind + NUMBER,
            unknown_name: "unknown ".len() + kind + 1 + quoted_name + " (truncated)".len(),
        }
    }
}

fn limit(bytes: usize) -> Literal {
    Literal::usize_unsuffixed(bytes)
}

/// `#[allow(dead_code)]` for an entry type no row constructs, which happens
/// only when the catalogue has no entries of that kind.
fn allow_unused_entry(unused: bool) -> Option<TokenStream> {
    unused.then(|| quote!(#[allow(dead_code, reason = "the catalogue has no entries of this kind")]))
}

fn error_code_impls(catalogue: &Catalogue, limits: &DisplayLimits) -> TokenStream {
    let display_limit = limit(limits.error_code);
    let empty = catalogue.errors.is_empty();
    let allow_unused = allow_unused_entry(empty);
    let code_body = if empty { quote!(match self {}) } else { quote!(self as u32) };
    let serde = numbered_serde(
        &quote!(ErrorCode),
        &quote!(formatter.write_str("an error code of the catalogue, as its number or its SCREAMING_SNAKE_CASE name")),
    );

    quote! {
        /// What the catalogue says about one error code: an arm of `ErrorCode::entry`.
        #allow_unused
        struct ErrorCodeEntry {
            name: &'static str,
            description: Option<&'static str>,
            category: Category,
            methods: &'static [&'static str],
            details: &'static [&'static str],
            reasons: &'static [Reason],
            deprecated: Option<&'static str>,
            since: Option<&'static str>,
        }

        impl ErrorCode {
            /// The number the SDK reports, e.g. in the `errorCode` field of a rejected promise.
            #[must_use]
            pub const fn code(self) -> u32 {
                #code_body
            }

            /// The `SCREAMING_SNAKE_CASE` name the SDK uses for the code.
            #[must_use]
            pub const fn name(self) -> &'static str {
                self.entry().name
            }

            /// The catalogue's description, if it has one.
            ///
            /// It takes `&self`, unlike the other accessors, so that it wins over the
            /// deprecated `std::error::Error::description` (which `ErrorCode`
            /// implements, and which takes `&self`) when that trait is in scope:
            /// `code.description()` is always the catalogue's text.
            #[must_use]
            #[allow(clippy::trivially_copy_pass_by_ref, reason = "see above: `&self` decides method resolution")]
            pub const fn description(&self) -> Option<&'static str> {
                self.entry().description
            }

            /// The section of the reference the code is listed in.
            #[must_use]
            pub const fn category(self) -> Category {
                self.entry().category
            }

            /// The SDK methods the description names, as `object.method` paths.
            #[must_use]
            pub const fn methods(self) -> &'static [&'static str] {
                self.entry().methods
            }

            /// Un-numbered notes that come with the code: causes or messages.
            #[must_use]
            pub const fn details(self) -> &'static [&'static str] {
                self.entry().details
            }

            /// The code's numbered reasons, in order; empty for most codes.
            #[must_use]
            pub const fn reasons(self) -> &'static [Reason] {
                self.entry().reasons
            }

            /// The numbered reason `code` of this error code, if it has one by that number.
            #[must_use]
            pub const fn reason(self, code: u32) -> Option<Reason> {
                let reasons = self.reasons();
                let mut position = 0;
                while position < reasons.len() {
                    if reasons[position].code() == code {
                        return Some(reasons[position]);
                    }
                    position += 1;
                }
                None
            }

            /// The numbered reason of this error code with this `SCREAMING_SNAKE_CASE`
            /// name (exact match), if it has one.
            #[must_use]
            pub fn reason_named(self, name: &str) -> Option<Reason> {
                self.reasons().iter().copied().find(|reason| reason.name() == name)
            }

            /// Why the code is retired, if it is; a retired code is never reused.
            #[must_use]
            pub const fn deprecated(self) -> Option<&'static str> {
                self.entry().deprecated
            }

            /// The SDK version that introduced the code, if the catalogue records it.
            #[must_use]
            pub const fn since(self) -> Option<&'static str> {
                self.entry().since
            }

            /// The code with this `SCREAMING_SNAKE_CASE` name (exact match), if the catalogue has one.
            ///
            /// A lookup in a hash table of the names built at generation time: its cost does not grow with the catalogue.
            #[must_use]
            pub fn from_name(name: &str) -> Option<Self> {
                let buckets = ERROR_CODE_NAME_BUCKETS;
                let bucket = buckets[fnv1a(name.as_bytes()) as usize & (buckets.len() - 1)];
                let &(_, code) = bucket.iter().find(|(candidate, _)| *candidate == name)?;
                Self::from_code(code)
            }
        }

        impl From<ErrorCode> for u32 {
            fn from(code: ErrorCode) -> Self {
                code.code()
            }
        }

        impl TryFrom<u32> for ErrorCode {
            type Error = UnknownCode;

            fn try_from(code: u32) -> Result<Self, UnknownCode> {
                match Self::from_code(code) {
                    Some(found) => Ok(found),
                    None => Err(UnknownCode { kind: "error code", code }),
                }
            }
        }

        impl FromStr for ErrorCode {
            type Err = UnknownName;

            fn from_str(name: &str) -> Result<Self, UnknownName> {
                Self::from_name(name).ok_or_else(|| UnknownName::new("error code name", name))
            }
        }

        /// The name and the number, e.g. `AUDIO_CAPTURE_FAILED (6010)`; width, fill,
        /// alignment and precision apply to the whole text.
        impl fmt::Display for ErrorCode {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                pad::<#display_limit>(formatter, format_args!("{} ({})", self.name(), self.code()))
            }
        }

        impl core::error::Error for ErrorCode {}

        #serde
    }
}

fn category_impls(catalogue: &Catalogue) -> TokenStream {
    let empty = catalogue.categories.is_empty();
    let allow_unused = allow_unused_entry(empty);
    let entry_body = if empty { quote!(match self {}) } else { quote!(&CATEGORY_ENTRIES[self as usize]) };

    quote! {
        /// What the catalogue says about one category: a row of `CATEGORY_ENTRIES`.
        #allow_unused
        struct CategoryEntry {
            id: &'static str,
            title: &'static str,
            description: Option<&'static str>,
            parent: Option<Category>,
            children: &'static [Category],
            codes: &'static [ErrorCode],
        }

        impl Category {
            /// The stable `snake_case` identifier.
            #[must_use]
            pub const fn id(self) -> &'static str {
                self.entry().id
            }

            /// The section heading, verbatim.
            #[must_use]
            pub const fn title(self) -> &'static str {
                self.entry().title
            }

            /// The paragraph under the heading, if there is one.
            #[must_use]
            pub const fn description(self) -> Option<&'static str> {
                self.entry().description
            }

            /// The enclosing category, for a sub-section.
            #[must_use]
            pub const fn parent(self) -> Option<Category> {
                self.entry().parent
            }

            /// The direct sub-categories, in catalogue order.
            #[must_use]
            pub const fn children(self) -> &'static [Category] {
                self.entry().children
            }

            /// The codes filed directly in this category (not in its sub-categories), in catalogue order.
            #[must_use]
            pub const fn codes(self) -> &'static [ErrorCode] {
                self.entry().codes
            }

            /// The category with this id (exact match), if there is one.
            #[must_use]
            pub fn from_id(id: &str) -> Option<Self> {
                find_by_hash(CATEGORY_ID_SLOTS, Self::ALL, Self::id, id)
            }

            /// This category's row of `CATEGORY_ENTRIES`: the variants are declared in
            /// catalogue order without explicit discriminants, so a discriminant is a position.
            const fn entry(self) -> &'static CategoryEntry {
                #entry_body
            }
        }

        impl FromStr for Category {
            type Err = UnknownName;

            fn from_str(id: &str) -> Result<Self, UnknownName> {
                Self::from_id(id).ok_or_else(|| UnknownName::new("category id", id))
            }
        }

        /// The title, padded like a `&str`.
        impl fmt::Display for Category {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.pad(self.title())
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for Category {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for Category {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl serde::de::Visitor<'_> for Visitor {
                    type Value = Category;

                    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                        formatter.write_str("the id of a category of the catalogue")
                    }

                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Category, E> {
                        Category::from_id(value).ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(value), &self))
                    }
                }

                deserializer.deserialize_str(Visitor)
            }
        }
    }
}

/// `Reason`, the enum that wraps every reason enum so that a reason can be
/// returned from [`ErrorCode`] whatever its code, and the row type of the
/// reason enums.
fn reason_impls(catalogue: &Catalogue, limits: &DisplayLimits) -> TokenStream {
    let display_limit = limit(limits.reason);
    let no_reasons = catalogue.errors.iter().all(|error| error.reasons.is_empty());
    let allow_unused = allow_unused_entry(no_reasons);
    // Without reasons `Reason` has no variants, and no `parts` to call.
    let body = |part: TokenStream| if no_reasons { quote!(match self {}) } else { part };
    let error_code = body(quote!(self.parts().0));
    let code = body(quote!(self.parts().1));
    let name = body(quote!(self.parts().2.name));
    let description = body(quote!(self.parts().2.description));
    let serialize = if no_reasons {
        quote! {
            let _ = serializer;
            match *self {}
        }
    } else {
        quote!(serializer.collect_str(&format_args!("{}.{}", self.error_code().name(), self.name())))
    };
    let display = if no_reasons {
        quote! {
            fn fmt(&self, _formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                match *self {}
            }
        }
    } else {
        quote! {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                let (error_code, code, entry) = self.parts();
                pad::<#display_limit>(formatter, format_args!("{} reason {} ({code})", error_code.name(), entry.name))
            }
        }
    };
    quote! {
        /// What the catalogue says about one numbered reason: a row of its enum's `ENTRIES`.
        #allow_unused
        struct ReasonEntry {
            name: &'static str,
            description: &'static str,
        }

        impl Reason {
            /// The error code this reason belongs to.
            #[must_use]
            pub const fn error_code(self) -> ErrorCode {
                #error_code
            }

            /// The reason's number within its error code.
            #[must_use]
            pub const fn code(self) -> u32 {
                #code
            }

            /// The reason's `SCREAMING_SNAKE_CASE` name.
            #[must_use]
            pub const fn name(self) -> &'static str {
                #name
            }

            /// The catalogue's description of the reason.
            #[must_use]
            pub const fn description(self) -> &'static str {
                #description
            }

            /// The reason named `reason_name` of the error code named `error_name`
            /// (both `SCREAMING_SNAKE_CASE`, exact match), if there is one.
            #[must_use]
            pub fn from_names(error_name: &str, reason_name: &str) -> Option<Self> {
                ErrorCode::from_name(error_name)?.reason_named(reason_name)
            }
        }

        /// The error code's name, then the reason's name and number, e.g.
        /// `AUDIO_CAPTURE_FAILED reason DEVICE_IN_USE (3)`.
        impl fmt::Display for Reason {
            #display
        }

        /// Parses `ERROR_NAME.REASON_NAME`, e.g. `AUDIO_CAPTURE_FAILED.DEVICE_IN_USE`:
        /// a reason's name alone is only unique within its error code.
        impl FromStr for Reason {
            type Err = UnknownName;

            fn from_str(text: &str) -> Result<Self, UnknownName> {
                text.split_once('.')
                    .and_then(|(error_name, reason_name)| Self::from_names(error_name, reason_name))
                    .ok_or_else(|| UnknownName::new("reason", text))
            }
        }

        /// Serializes as `ERROR_NAME.REASON_NAME`, the text `FromStr` reads.
        #[cfg(feature = "serde")]
        impl serde::Serialize for Reason {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #serialize
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for Reason {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl serde::de::Visitor<'_> for Visitor {
                    type Value = Reason;

                    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                        formatter.write_str("a numbered reason of the catalogue, as ERROR_NAME.REASON_NAME")
                    }

                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Reason, E> {
                        value.parse().map_err(|_| E::invalid_value(serde::de::Unexpected::Str(value), &self))
                    }
                }

                deserializer.deserialize_str(Visitor)
            }
        }
    }
}

/// The code every reason enum has, written once for a placeholder type
/// and printed once; `items_rs` copies it per enum with the placeholders
/// replaced (they appear nowhere else in the template: a test checks it).
/// Each enum's own items (`ALL`, `ERROR_CODE`, `ENTRIES`, `NAME_SLOTS`, the
/// `UNKNOWN_*` kinds, `position` and `from_code`) are written by
/// `reason_enum_tables`.
fn reason_enum_template(limits: &DisplayLimits) -> TokenStream {
    let display_limit = limit(limits.reason_enum);
    let reason_enum = ident(TEMPLATE_REASON_ENUM);
    let error_variant = ident(TEMPLATE_ERROR_VARIANT);
    let serde = numbered_serde(
        &quote!(#reason_enum),
        &quote! {
            write!(
                formatter,
                "a reason of {} in the catalogue, as its number or its SCREAMING_SNAKE_CASE name",
                #reason_enum::ERROR_CODE.name()
            )
        },
    );
    quote! {
        impl #reason_enum {
            /// The reason's number.
            #[must_use]
            pub const fn code(self) -> u32 {
                self as u32
            }

            /// The reason's `SCREAMING_SNAKE_CASE` name.
            #[must_use]
            pub const fn name(self) -> &'static str {
                self.entry().name
            }

            /// The catalogue's description of the reason.
            #[must_use]
            pub const fn description(self) -> &'static str {
                self.entry().description
            }

            /// The reason with this `SCREAMING_SNAKE_CASE` name (exact match), if there is one.
            #[must_use]
            pub fn from_name(name: &str) -> Option<Self> {
                find_by_hash(Self::NAME_SLOTS, Self::ALL, Self::name, name)
            }

            /// This reason's row of `ENTRIES`.
            const fn entry(self) -> &'static ReasonEntry {
                &Self::ENTRIES[self.position()]
            }
        }

        impl From<#reason_enum> for u32 {
            fn from(reason: #reason_enum) -> Self {
                reason.code()
            }
        }

        impl TryFrom<u32> for #reason_enum {
            type Error = UnknownCode;

            fn try_from(code: u32) -> Result<Self, UnknownCode> {
                match Self::from_code(code) {
                    Some(found) => Ok(found),
                    None => Err(UnknownCode { kind: Self::UNKNOWN_CODE_KIND, code }),
                }
            }
        }

        impl FromStr for #reason_enum {
            type Err = UnknownName;

            fn from_str(name: &str) -> Result<Self, UnknownName> {
                Self::from_name(name).ok_or_else(|| UnknownName::new(Self::UNKNOWN_NAME_KIND, name))
            }
        }

        impl From<#reason_enum> for Reason {
            fn from(reason: #reason_enum) -> Self {
                Self::#error_variant(reason)
            }
        }

        /// The name and the number, e.g. `DEVICE_IN_USE (3)`.
        impl fmt::Display for #reason_enum {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                pad::<#display_limit>(formatter, format_args!("{} ({})", self.name(), self.code()))
            }
        }

        #serde
    }
}

/// `Serialize` as the number; `Deserialize` from the number or the name in
/// self-describing formats, from the number alone in compact ones (which
/// cannot say which they hold). `expecting` writes what was expected to
/// `formatter`.
fn numbered_serde(ty: &TokenStream, expecting: &TokenStream) -> TokenStream {
    quote! {
        #[cfg(feature = "serde")]
        impl serde::Serialize for #ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_u32(self.code())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for #ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl serde::de::Visitor<'_> for Visitor {
                    type Value = #ty;

                    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                        #expecting
                    }

                    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<#ty, E> {
                        u32::try_from(value)
                            .ok()
                            .and_then(#ty::from_code)
                            .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Unsigned(value), &self))
                    }

                    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<#ty, E> {
                        u32::try_from(value)
                            .ok()
                            .and_then(#ty::from_code)
                            .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Signed(value), &self))
                    }

                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<#ty, E> {
                        #ty::from_name(value).ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(value), &self))
                    }
                }

                if deserializer.is_human_readable() {
                    deserializer.deserialize_any(Visitor)
                } else {
                    deserializer.deserialize_u32(Visitor)
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The per-entry half of src/error_codes.rs, written row by row

const ENUM_DERIVES: &str = "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]";

/// The Rust names of the codes and categories, converted once: case
/// conversion is the most frequent step of writing the tables, and each
/// name is written several times.
struct Names<'a> {
    index: CategoryIndex<'a>,
    errors: HashMap<u32, String>,
    /// Each category's variant, and how a doc line refers to it:
    /// ``[`Category::Audio`] (Audio exception)``.
    categories: HashMap<&'a str, (String, String)>,
}

impl<'a> Names<'a> {
    fn new(catalogue: &'a Catalogue) -> Self {
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
    fn error(&self, error: &ErrorCode) -> &str {
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
    fn reason_enum(&self, error: &ErrorCode) -> String {
        format!("{}Reason", self.error(error))
    }
}

fn error_code_tables(out: &mut String, catalogue: &Catalogue, names: &Names<'_>) {
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
    push_line!(out, "{ENUM_DERIVES}");
    push_line!(out, "#[non_exhaustive]");
    if !errors.is_empty() {
        push_line!(out, "#[repr(u32)]");
    }
    push_line!(out, "pub enum ErrorCode {{");
    for (error, variant) in errors.iter().zip(&variants) {
        doc_comment(out, "    ", &error_variant_doc(names, error));
        if let Some(note) = &error.deprecated {
            push_line!(out, "    #[deprecated(note = {})]", string_literal(&doc_text(note, &[])));
        }
        push_line!(out, "    {variant} = {},", error.code);
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
            push_line!(out, "            Self::{variant} => &ErrorCodeEntry {{");
            push_line!(out, "                name: {},", string_literal(&error.name));
            push_line!(out, "                description: {},", option_str(error.description.as_deref()));
            push_line!(out, "                category: Category::{},", names.category(&error.category));
            push_line!(out, "                methods: {},", str_slice(&error.methods));
            push_line!(out, "                details: {},", str_slice(&error.details));
            push_line!(out, "                reasons: {},", reason_slice(names, error));
            push_line!(out, "                deprecated: {},", option_str(error.deprecated.as_deref()));
            push_line!(out, "                since: {},", option_str(error.since.as_deref()));
            push_line!(out, "            }},");
        }
        push_line!(out, "        }}");
    }
    push_line!(out, "    }}");
    let codes = errors.iter().map(|error| error.code);
    from_code(out, "The code with this number, if the catalogue has one.", codes, &variants);
    push_line!(out, "}}");

    push_line!(out, "/// The hash table of the codes' names, for `ErrorCode::from_name`: bucket `fnv1a(name) % len`");
    push_line!(out, "/// lists the names that fall in it with their codes, one bucket a line. The names are here, not");
    push_line!(
        out,
        "/// only the codes, so that a lookup compares strings without first finding each candidate's entry."
    );
    push_line!(out, "const ERROR_CODE_NAME_BUCKETS: &[&[(&str, u32)]] = &[");
    for bucket in hash_buckets(errors.iter().map(|error| (error.name.as_str(), error.code))) {
        let pairs: Vec<String> =
            bucket.iter().map(|(name, code)| format!("({}, {code})", string_literal(name))).collect();
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

fn category_tables(out: &mut String, catalogue: &Catalogue, names: &Names<'_>) {
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
        push_line!(out, "        id: {},", string_literal(&category.id));
        push_line!(out, "        title: {},", string_literal(&category.title));
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
fn reason_tables(out: &mut String, with_reasons: &[&ErrorCode], names: &Names<'_>) {
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
            "            Self::{wrapper}(reason) => (ErrorCode::{wrapper}, reason.code(), reason.entry()),"
        );
    }
    push_line!(out, "        }}");
    push_line!(out, "    }}");
    push_line!(out, "}}");
}

/// A reason enum's type and its own items; `reason_enum_template` has the
/// rest.
fn reason_enum_tables(out: &mut String, error: &ErrorCode, names: &Names<'_>) {
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
        string_literal(&format!("{} reason", error.name))
    );
    push_line!(
        out,
        "    const UNKNOWN_NAME_KIND: &'static str = {};",
        string_literal(&format!("{} reason name", error.name))
    );
    push_line!(out, "    /// What the catalogue says about each reason, in catalogue order.");
    push_line!(out, "    const ENTRIES: &'static [ReasonEntry] = &[");
    for reason in &error.reasons {
        push_line!(
            out,
            "        ReasonEntry {{ name: {}, description: {} }},",
            string_literal(&reason.name),
            string_literal(&reason.description)
        );
    }
    push_line!(out, "    ];");
    push_line!(out, "    /// The hash table of the reasons' names, for `find_by_hash`.");
    let names = error.reasons.iter().map(|reason| reason.name.as_str());
    slots_const(out, "    ", "const NAME_SLOTS: &'static [u32]", names);
    let codes = error.reasons.iter().map(|reason| reason.code);
    let from_code_doc = "The reason with this number, if there is one.";
    position_and_from_code(out, "reason", "`ALL` and `ENTRIES`", from_code_doc, codes, &variants);
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
    variants: &[&str],
) {
    push_line!(out, "    /// The {what}'s place in catalogue order, in {tables}.");
    push_line!(out, "    const fn position(self) -> usize {{");
    if variants.is_empty() {
        push_line!(out, "        match self {{}}");
    } else {
        push_line!(out, "        match self {{");
        for (position, variant) in variants.iter().enumerate() {
            push_line!(out, "            Self::{variant} => {position},");
        }
        push_line!(out, "        }}");
    }
    push_line!(out, "    }}");
    from_code(out, from_code_doc, codes, variants);
}

/// The public `from_code`, from a number to its variant: the match itself,
/// not a call to one (a call too large to inline made lookups a third
/// slower).
fn from_code(out: &mut String, doc: &str, codes: impl Iterator<Item = u32>, variants: &[&str]) {
    push_line!(out, "    /// {doc}");
    push_line!(out, "    #[must_use]");
    if variants.is_empty() {
        push_line!(out, "    pub const fn from_code(_code: u32) -> Option<Self> {{");
        push_line!(out, "        None");
    } else {
        push_line!(out, "    pub const fn from_code(code: u32) -> Option<Self> {{");
        push_line!(out, "        match code {{");
        for (code, variant) in codes.zip(variants) {
            push_line!(out, "            {code} => Some(Self::{variant}),");
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

/// `text` as a Rust string literal. Printable ASCII without `"` or `\\`
/// (most catalogue text) needs only the quotes; anything else is escaped by
/// proc-macro2, which escapes character by character.
fn string_literal(text: &str) -> String {
    if text.bytes().all(|byte| (b' '..=b'~').contains(&byte) && byte != b'"' && byte != b'\\') {
        format!("\"{text}\"")
    } else {
        Literal::string(text).to_string()
    }
}

fn option_str(text: Option<&str>) -> String {
    match text {
        Some(text) => format!("Some({})", string_literal(text)),
        None => "None".to_owned(),
    }
}

fn str_slice(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|item| string_literal(item)).collect();
    format!("&[{}]", items.join(", "))
}

/// `&[Reason::Wrapper(WrapperReason::A), ...]`: the reasons of `error`.
fn reason_slice(names: &Names<'_>, error: &ErrorCode) -> String {
    if error.reasons.is_empty() {
        return "&[]".to_owned();
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

/// `ErrorPayload`, the object the SDK rejects a failed call with. Its
/// `type` and `reason` are owned strings (a JSON string with escapes cannot
/// be borrowed), so it needs `alloc` as well as `serde`; the crate stays
/// allocator-free without them. The serde impls are written out rather than
/// derived, which keeps `serde_derive` (a proc-macro build) out of the
/// dependencies.
fn payload_items() -> TokenStream {
    quote! {
        /// The object the SDK rejects a failed call with:
        /// `{ "type": "...", "reason": "...", "errorCode": 6010 }`, as the JSON Schema's
        /// lenient `AnyErrorPayload` describes it.
        ///
        /// `error_code` keeps the number as received, in the catalogue or not: a client
        /// on a newer SDK reports codes this version does not list, and one such report
        /// must not make a whole batch fail to parse. [`ErrorPayload::code`] is `None`
        /// for such a code. A payload without `errorCode`, or whose `errorCode` is not an
        /// unsigned 32-bit integer (a string such as `"6010"`, a negative or fractional
        /// number), is rejected, as the schema rejects it; so is a `type` or `reason`
        /// that is not a string. Other fields are ignored: SDK versions add some.
        ///
        /// Needs the `serde` and `alloc` features.
        #[cfg(all(feature = "serde", feature = "alloc"))]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub struct ErrorPayload {
            /// The `errorCode` field, as received.
            pub error_code: u32,
            /// The `type` field: the kind of failure, as the SDK names it.
            pub r#type: Option<alloc::string::String>,
            /// The `reason` field: a human-readable explanation.
            pub reason: Option<alloc::string::String>,
        }

        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl ErrorPayload {
            /// A payload with this `errorCode` and no `type` or `reason`.
            #[must_use]
            pub const fn new(error_code: u32) -> Self {
                Self { error_code, r#type: None, reason: None }
            }

            /// The error code, or `None` for a number this version of the catalogue does not know.
            #[must_use]
            pub const fn code(&self) -> Option<ErrorCode> {
                ErrorCode::from_code(self.error_code)
            }
        }

        /// Writes `type` and `reason` only when present, then `errorCode`.
        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl serde::Serialize for ErrorPayload {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct as _;

                let len = 1 + usize::from(self.r#type.is_some()) + usize::from(self.reason.is_some());
                let mut payload = serializer.serialize_struct("ErrorPayload", len)?;
                if let Some(kind) = &self.r#type {
                    payload.serialize_field("type", kind)?;
                }
                if let Some(reason) = &self.reason {
                    payload.serialize_field("reason", reason)?;
                }
                payload.serialize_field("errorCode", &self.error_code)?;
                payload.end()
            }
        }

        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl<'de> serde::Deserialize<'de> for ErrorPayload {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                enum Field {
                    Type,
                    Reason,
                    ErrorCode,
                    Other,
                }

                struct FieldVisitor;

                impl serde::de::Visitor<'_> for FieldVisitor {
                    type Value = Field;

                    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                        formatter.write_str("a field name")
                    }

                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Field, E> {
                        Ok(match value {
                            "type" => Field::Type,
                            "reason" => Field::Reason,
                            "errorCode" => Field::ErrorCode,
                            _ => Field::Other,
                        })
                    }
                }

                impl<'de> serde::Deserialize<'de> for Field {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        deserializer.deserialize_identifier(FieldVisitor)
                    }
                }

                struct Visitor;

                impl<'de> serde::de::Visitor<'de> for Visitor {
                    type Value = ErrorPayload;

                    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                        formatter.write_str("an error payload: an object with `errorCode` and optional `type` and `reason`")
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<ErrorPayload, A::Error> {
                        use serde::de::Error as _;

                        let mut payload = ErrorPayload::new(0);
                        let mut error_code = None;
                        while let Some(field) = map.next_key::<Field>()? {
                            match field {
                                Field::Type if payload.r#type.is_some() => return Err(A::Error::duplicate_field("type")),
                                Field::Type => payload.r#type = Some(map.next_value()?),
                                Field::Reason if payload.reason.is_some() => {
                                    return Err(A::Error::duplicate_field("reason"));
                                }
                                Field::Reason => payload.reason = Some(map.next_value()?),
                                Field::ErrorCode if error_code.is_some() => {
                                    return Err(A::Error::duplicate_field("errorCode"));
                                }
                                Field::ErrorCode => error_code = Some(map.next_value::<u32>()?),
                                Field::Other => {
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                }
                            }
                        }
                        payload.error_code = error_code.ok_or_else(|| A::Error::missing_field("errorCode"))?;
                        Ok(payload)
                    }
                }

                deserializer.deserialize_struct("ErrorPayload", &["type", "reason", "errorCode"], Visitor)
            }
        }
    }
}

/// `UnknownCode` and `UnknownName`: what `TryFrom<u32>` and `FromStr`
/// return for values outside the catalogue.
fn lookup_error_items(limits: &DisplayLimits) -> TokenStream {
    let code_limit = limit(limits.unknown_code);
    let name_limit = limit(limits.unknown_name);
    let capacity = Literal::usize_unsuffixed(UNKNOWN_NAME_CAPACITY);
    let capacity_doc =
        format!("Keeps the first {UNKNOWN_NAME_CAPACITY} bytes of the name (the crate has no allocator).");
    quote! {
        /// A number that is not in the catalogue, from `TryFrom<u32>`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct UnknownCode {
            kind: &'static str,
            code: u32,
        }

        impl UnknownCode {
            /// The number that was looked up.
            #[must_use]
            pub const fn code(self) -> u32 {
                self.code
            }

            /// What was looked up, e.g. `error code`.
            #[must_use]
            pub const fn kind(self) -> &'static str {
                self.kind
            }
        }

        /// For example `unknown error code 1234`.
        impl fmt::Display for UnknownCode {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                pad::<#code_limit>(formatter, format_args!("unknown {} {}", self.kind, self.code))
            }
        }

        impl core::error::Error for UnknownCode {}

        /// A name that is not in the catalogue, from `FromStr`.
        ///
        #[doc = #capacity_doc]
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct UnknownName {
            kind: &'static str,
            bytes: [u8; #capacity],
            len: usize,
            truncated: bool,
        }

        impl UnknownName {
            fn new(kind: &'static str, name: &str) -> Self {
                let mut len = name.len().min(#capacity);
                while !name.is_char_boundary(len) {
                    len -= 1;
                }
                let mut bytes = [0; #capacity];
                bytes[..len].copy_from_slice(&name.as_bytes()[..len]);
                Self { kind, bytes, len, truncated: len < name.len() }
            }

            /// The name that was looked up, cut on a character boundary if it was longer than the buffer.
            #[must_use]
            pub fn name(&self) -> &str {
                core::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
            }

            /// Whether [`UnknownName::name`] is only the start of the name.
            #[must_use]
            pub const fn is_truncated(&self) -> bool {
                self.truncated
            }

            /// What was looked up, e.g. `error code name`.
            #[must_use]
            pub const fn kind(&self) -> &'static str {
                self.kind
            }
        }

        impl fmt::Debug for UnknownName {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter
                    .debug_struct("UnknownName")
                    .field("kind", &self.kind)
                    .field("name", &self.name())
                    .field("truncated", &self.truncated)
                    .finish_non_exhaustive()
            }
        }

        /// For example `unknown error code name "NOT_A_CODE"`.
        impl fmt::Display for UnknownName {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                let truncated = if self.truncated { " (truncated)" } else { "" };
                pad::<#name_limit>(formatter, format_args!("unknown {} {:?}{truncated}", self.kind, self.name()))
            }
        }

        impl core::error::Error for UnknownName {}
    }
}

// ---------------------------------------------------------------------------
// Token helpers

/// An identifier for a name the model has already checked: a raw identifier
/// (`r#match`) when it is a keyword that allows one.
fn ident(name: &str) -> Ident {
    /// Strict and reserved keywords of every edition.
    const KEYWORDS: &[&str] = &[
        "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn",
        "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro",
        "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "self", "Self", "static", "struct",
        "super", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while",
        "yield",
    ];
    /// Keywords that cannot be raw identifiers either.
    const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];
    let mut chars = name.chars();
    let valid = chars.next().is_some_and(|first| first == '_' || first.is_alphabetic())
        && chars.all(|rest| rest == '_' || rest.is_alphanumeric());
    assert!(valid, "`{name}` is not a Rust identifier; catalogue validation should have rejected it");
    assert!(!NOT_RAW.contains(&name), "`{name}` cannot be a Rust identifier; catalogue validation should reject it");
    if KEYWORDS.contains(&name) { Ident::new_raw(name, Span::call_site()) } else { Ident::new(name, Span::call_site()) }
}

/// FNV-1a (32 bits): the hash of the generated name tables. The generated
/// crate has the same function, as `fnv1a`.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, &byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

/// The slots of an open-addressing hash table of `keys`: a power of two at
/// least twice the number of keys (so a probe always ends at an empty slot,
/// after about one and a half steps), each slot 0 when empty or the key's
/// position in `ALL` plus one. Keys go in in catalogue order, each at its
/// hash or the next free slot after it, so the table is deterministic.
///
/// A `match` on `&str` is the obvious alternative; measured with 15,000
/// names it took minutes to compile and its lookups grew with the count.
fn hash_slots<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let keys: Vec<&str> = keys.collect();
    let size = (keys.len() * 2).next_power_of_two();
    let mask = size - 1;
    let mut slots = vec![0_u32; size];
    for (position, key) in keys.iter().enumerate() {
        let mut slot = fnv1a(key.as_bytes()) as usize & mask;
        while slots[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        slots[slot] = u32::try_from(position + 1).expect("fewer than 2^32 catalogue entries");
    }
    slots
}

/// The buckets of the codes' name table: a power of two, at least as many as
/// the codes (about one code a bucket), each listing the codes whose name's
/// hash falls in it, in numeric order. A bucket depends only on its own
/// codes, so adding one code rewrites one line, and the number of buckets
/// changes only when the catalogue doubles. (An open-addressing table of
/// positions, as the other name tables use, renumbers or shifts its slots.)
fn hash_buckets<'a>(keys: impl ExactSizeIterator<Item = (&'a str, u32)>) -> Vec<Vec<(&'a str, u32)>> {
    let mask = keys.len().next_power_of_two() - 1;
    let mut buckets = vec![Vec::new(); mask + 1];
    for (key, code) in keys {
        buckets[fnv1a(key.as_bytes()) as usize & mask].push((key, code));
    }
    for bucket in &mut buckets {
        bucket.sort_unstable_by_key(|&(_, code)| code);
    }
    buckets
}

/// One `#![doc]` attribute per line, so prettyplease prints `//!` lines.
fn inner_doc_attrs(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|line| doc_line(line));
    quote!(#(#![doc = #lines])*)
}

/// The attribute value for one doc line: rustdoc strips one leading space.
fn doc_line(line: &str) -> String {
    debug_assert!(!line.contains(['\n', '\r']), "doc lines are single lines");
    if line.is_empty() { String::new() } else { format!(" {line}") }
}

// ---------------------------------------------------------------------------
// Doc text

/// Catalogue prose as inline Markdown that renders as the same words and
/// nothing more: one line; Markdown punctuation escaped (so no emphasis,
/// link, intra-doc link, HTML, code span or fence); a leading character that
/// would start a block (heading, list, quote, indented code) escaped; URLs
/// as autolinks (rustdoc warns on bare URLs); and each of `methods` quoted
/// as a code span where it appears as a whole word.
pub(crate) fn doc_text(text: &str, methods: &[String]) -> String {
    let text: String =
        text.chars().map(|character| if character.is_control() { ' ' } else { character }).collect::<String>();
    let text = text.trim();
    let mut methods: Vec<&str> =
        methods.iter().map(String::as_str).filter(|method| is_code_span_safe(method)).collect();
    // Longest first, so `a.b.c` wins over `a.b` at the same place.
    methods.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));

    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    let mut previous: Option<char> = None;
    while let Some(current) = rest.chars().next() {
        let at_word_start = !previous.is_some_and(is_word_char);
        if at_word_start {
            if let Some(url) = url_at(rest) {
                out.push('<');
                out.push_str(url);
                out.push('>');
                previous = url.chars().last();
                rest = &rest[url.len()..];
                continue;
            }
            if let Some(method) =
                methods.iter().find(|method| rest.starts_with(**method) && ends_word(&rest[method.len()..]))
            {
                out.push_str(&code_span(method));
                previous = method.chars().last();
                rest = &rest[method.len()..];
                continue;
            }
        }
        let next = rest[current.len_utf8()..].chars().next();
        let escape = match current {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '&' | '~' | '|' => true,
            // `_` only emphasises at a word edge; `FOO_BAR` stays readable.
            '_' => !(previous.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)),
            // Characters that only start a block at the beginning of a line.
            '#' | '-' | '+' | '=' => previous.is_none(),
            '.' | ')' => {
                previous.is_some_and(|digit| digit.is_ascii_digit())
                    && starts_with_digits_then(&out)
                    && next.is_none_or(char::is_whitespace)
            }
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(current);
        previous = Some(current);
        rest = &rest[current.len_utf8()..];
    }
    out
}

/// True when everything written so far is digits: `1.` or `1)` at the start
/// of a line would open an ordered list.
fn starts_with_digits_then(out: &str) -> bool {
    !out.is_empty() && out.chars().all(|character| character.is_ascii_digit())
}

/// Whether a word ends before `rest`: a method path followed by a letter
/// or by `.name` is part of a longer word, by a full stop it is not.
fn ends_word(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some('.') => !chars.next().is_some_and(is_word_char),
        Some(next) => !is_word_char(next),
    }
}

fn is_word_char(character: char) -> bool {
    character.is_alphanumeric() || character == '_' || character == '.'
}

/// A method path that can sit between single backticks as it is.
fn is_code_span_safe(method: &str) -> bool {
    !method.is_empty() && method.chars().all(|character| character.is_alphanumeric() || "_.$".contains(character))
}

fn code_span(text: &str) -> String {
    if is_code_span_safe(text) { format!("`{text}`") } else { doc_text(text, &[]) }
}

/// The URL starting `text`, if it starts with `http://` or `https://`: up to
/// whitespace or a character an autolink cannot hold, without trailing
/// sentence punctuation.
fn url_at(text: &str) -> Option<&str> {
    let starts_with = |scheme: &str| text.get(..scheme.len()).is_some_and(|start| start.eq_ignore_ascii_case(scheme));
    if !(starts_with("http://") || starts_with("https://")) {
        return None;
    }
    let end = text
        .find(|character: char| character.is_whitespace() || matches!(character, '<' | '>' | '`' | '"'))
        .unwrap_or(text.len());
    let url = text[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
    Some(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{JsonSchemaTarget, Reason, RustTarget, TypeScriptStyle, TypeScriptTarget};

    const HOSTILE: &str = "Quote \" backslash \\ close */ link [x] and [`y`]     indented ```fence``` \
                           http://x <b>bold</b> *star* _under_ `tick` # not a heading & &amp; ~~strike~~ | pipe";

    fn catalogue(description: &str) -> Catalogue {
        Catalogue {
            title: "Hostile".to_owned(),
            intro: description.to_owned(),
            version: "0.1.0".to_owned(),
            package: crate::model::PackageMetadata::default(),
            rust: RustTarget { crate_name: "hostile-codes".to_owned() },
            typescript: TypeScriptTarget { package: "hostile".to_owned(), style: TypeScriptStyle::Enum },
            json_schema: JsonSchemaTarget { id: "https://example.com/s.json".to_owned() },
            categories: vec![Category {
                id: "common".to_owned(),
                title: description.to_owned(),
                description: Some(description.to_owned()),
                parent: None,
            }],
            errors: vec![ErrorCode {
                code: 6010,
                name: "AUDIO_CAPTURE_FAILED".to_owned(),
                category: "common".to_owned(),
                description: Some(format!("Occurs in stream.startAudio: {description}")),
                methods: vec!["stream.startAudio".to_owned()],
                details: vec![description.to_owned()],
                reasons: vec![Reason { code: 1, name: "MATCH".to_owned(), description: description.to_owned() }],
                deprecated: Some(description.to_owned()),
                since: Some(description.to_owned()),
            }],
            reserved: Vec::new(),
        }
    }

    /// Every `///` doc line of a rendered file, with the marker removed.
    fn doc_lines_of(file: &str) -> Vec<String> {
        file.lines()
            .filter_map(|line| line.trim_start().strip_prefix("///").or_else(|| line.trim_start().strip_prefix("//!")))
            .map(|line| line.strip_prefix(' ').unwrap_or(line).to_owned())
            .collect()
    }

    /// Undo the escaping (and drop code-span and autolink delimiters): the
    /// words a reader sees.
    fn unescape(markdown: &str) -> String {
        let mut out = String::new();
        let mut chars = markdown.chars();
        while let Some(character) = chars.next() {
            match character {
                '\\' => out.extend(chars.next()),
                '`' | '<' | '>' => {}
                other => out.push(other),
            }
        }
        out
    }

    #[test]
    fn hostile_text_parses_and_keeps_its_words_in_docs_and_literals() {
        let mut catalogue = catalogue(HOSTILE);
        catalogue.package.sdk = Some(HOSTILE.to_owned());
        catalogue.intro = "See the table below.".to_owned();
        let files = emit(&catalogue);
        assert_eq!(
            files.iter().map(|file| file.path.as_str()).collect::<Vec<_>>(),
            ["rust/Cargo.toml", "rust/src/lib.rs", "rust/src/error_codes.rs"]
        );
        for file in &files[1..] {
            assert!(file.contents.starts_with(&format!("// {HEADER}\n")), "{} lacks the header", file.path);
            let parsed: syn::File =
                syn::parse_file(&file.contents).unwrap_or_else(|error| panic!("{}: {error}", file.path));
            assert!(!parsed.items.is_empty());
            for line in doc_lines_of(&file.contents) {
                assert!(!line.starts_with("    "), "indented doc line would be a code block: {line:?}");
            }
        }
        let items = &files[2].contents;
        let docs = doc_lines_of(items);
        let hostile_lines: Vec<&String> = docs.iter().filter(|line| line.contains("backslash")).collect();
        // Variant summary, detail, reason (twice), category title and description, since, deprecated.
        assert!(hostile_lines.len() >= 6, "{hostile_lines:#?}");
        for line in &hostile_lines {
            for forbidden in ["```", "[x]", "<b>", "*star*", " _under_", "`tick`", " &amp;", "~~strike"] {
                assert!(!line.contains(forbidden), "{forbidden:?} unescaped in {line:?}");
            }
            assert!(line.contains("<http://x>"), "URL not an autolink in {line:?}");
            assert!(unescape(line).contains(HOSTILE), "text lost from {line:?}");
        }
        // The method became a code span; the text still reads the same.
        assert!(docs.iter().any(|line| line.starts_with("Occurs in `stream.startAudio`: Quote")), "{docs:#?}");
        // String literals keep the text byte for byte.
        let parsed = syn::parse_file(items).expect("parses");
        let mut literals = Vec::new();
        collect_str_literals(quote!(#parsed), &mut literals);
        assert!(literals.iter().any(|literal| literal == HOSTILE), "no literal holds the exact description");
        assert!(items.contains("    #[deprecated(note = \"Quote \\\" backslash"), "deprecated note missing");
        // The crate docs: the SDK's name escaped as well; the intro, which
        // introduces the Markdown reference's table, is not there.
        let crate_docs = doc_lines_of(&files[1].contents);
        assert!(crate_docs.iter().any(|line| line.contains("<http://x>") && line.contains("\\[x\\]")));
        assert!(!files[1].contents.contains(&catalogue.intro), "the intro is in the crate docs");
    }

    fn collect_str_literals(tokens: TokenStream, out: &mut Vec<String>) {
        for token in tokens {
            match token {
                proc_macro2::TokenTree::Group(group) => collect_str_literals(group.stream(), out),
                proc_macro2::TokenTree::Literal(literal) => {
                    if let Ok(syn::Lit::Str(string)) = syn::parse_str::<syn::Lit>(&literal.to_string()) {
                        out.push(string.value());
                    }
                }
                _ => {}
            }
        }
    }

    #[test]
    fn doc_text_escapes_block_starts_and_keeps_words() {
        assert_eq!(doc_text("# Title", &[]), "\\# Title");
        assert_eq!(doc_text("- item", &[]), "\\- item");
        assert_eq!(doc_text("1. first", &[]), "1\\. first");
        assert_eq!(doc_text("12) twelfth", &[]), "12\\) twelfth");
        assert_eq!(doc_text("1.2.3 and 4. four", &[]), "1.2.3 and 4. four");
        assert_eq!(doc_text("> quote", &[]), "\\> quote");
        assert_eq!(doc_text("    code", &[]), "code");
        assert_eq!(doc_text("a\nb\r\nc", &[]), "a b  c");
        assert_eq!(doc_text("AUDIO_CAPTURE_FAILED in 1.5", &[]), "AUDIO_CAPTURE_FAILED in 1.5");
        assert_eq!(doc_text("_x_", &[]), "\\_x\\_");
        assert_eq!(doc_text("see https://example.com/a_b.", &[]), "see <https://example.com/a_b>.");
    }

    #[test]
    fn methods_become_code_spans_only_as_whole_words() {
        let methods = ["stream.startAudio".to_owned(), "stream.getAnnotationController.clear".to_owned()];
        assert_eq!(
            doc_text(
                "Occurs in stream.startAudio, stream.startAudioX or stream.getAnnotationController.clear.",
                &methods
            ),
            "Occurs in `stream.startAudio`, stream.startAudioX or `stream.getAnnotationController.clear`."
        );
        assert_eq!(doc_text("mystream.startAudio", &methods), "mystream.startAudio");
    }

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        assert_eq!(fnv1a(b""), 0x811c_9dc5);
        assert_eq!(fnv1a(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a(b"foobar"), 0xbf9c_f968);
    }

    #[test]
    fn hash_slots_hold_every_key_once_and_leave_half_empty() {
        let keys = ["A", "B", "C", "AUDIO_CAPTURE_FAILED", "X"];
        let slots = hash_slots(keys.iter().copied());
        assert_eq!(slots.len(), 16);
        let mut filled: Vec<u32> = slots.iter().copied().filter(|&slot| slot != 0).collect();
        filled.sort_unstable();
        assert_eq!(filled, [1, 2, 3, 4, 5]);
        // Each key sits at its hash or in the run of full slots right after it.
        for (position, key) in keys.iter().enumerate() {
            let mut slot = fnv1a(key.as_bytes()) as usize & 15;
            while slots[slot] != u32::try_from(position + 1).expect("small") {
                assert_ne!(slots[slot], 0, "{key} is not reachable from its hash");
                slot = (slot + 1) & 15;
            }
        }
        assert_eq!(hash_slots(std::iter::empty()), [0]);
    }

    #[test]
    fn cargo_toml_has_docs_rs_features_and_the_optional_metadata() {
        let mut catalogue = catalogue("text");
        let manifest = cargo_toml(&catalogue);
        assert!(manifest.contains("\n[package.metadata.docs.rs]\nall-features = true\n"), "{manifest}");
        assert!(manifest.contains("\nalloc = [\"serde?/alloc\"]\n"), "{manifest}");
        assert!(!manifest.contains("\nlicense = ") && !manifest.contains("\nrepository = "), "{manifest}");
        catalogue.package.license = Some("MIT OR Apache-2.0".to_owned());
        catalogue.package.repository = Some("https://example.com/\"quoted\"".to_owned());
        let manifest = cargo_toml(&catalogue);
        assert!(manifest.contains("\nlicense = \"MIT OR Apache-2.0\"\n"), "{manifest}");
        assert!(manifest.contains("\nrepository = \"https://example.com/\\\"quoted\\\"\"\n"), "{manifest}");
    }

    #[test]
    fn hash_buckets_hold_every_code_once_where_its_name_hashes() {
        let keys = [("A", 7), ("B", 3), ("C", 9), ("AUDIO_CAPTURE_FAILED", 6010), ("X", 1)];
        let buckets = hash_buckets(keys.iter().copied());
        assert_eq!(buckets.len(), 8);
        let mut all: Vec<(&str, u32)> = buckets.concat();
        all.sort_unstable();
        let mut expected = keys.to_vec();
        expected.sort_unstable();
        assert_eq!(all, expected);
        for key in keys {
            assert!(buckets[fnv1a(key.0.as_bytes()) as usize & 7].contains(&key), "{key:?}");
        }
        assert!(buckets.iter().all(|bucket| bucket.is_sorted_by_key(|&(_, code)| code)));
        // The layout does not depend on the order of the catalogue.
        assert_eq!(hash_buckets(keys.iter().rev().copied()), buckets);
        assert_eq!(hash_buckets(std::iter::empty()), [Vec::<(&str, u32)>::new()]);
    }

    #[test]
    fn template_placeholders_occur_only_as_identifiers() {
        fn count_idents(tokens: TokenStream, name: &str) -> usize {
            tokens
                .into_iter()
                .map(|token| match token {
                    proc_macro2::TokenTree::Group(group) => count_idents(group.stream(), name),
                    proc_macro2::TokenTree::Ident(ident) => usize::from(ident == name),
                    _ => 0,
                })
                .sum()
        }
        let template = unparse(reason_enum_template(&DisplayLimits::new(&catalogue(HOSTILE))));
        let tokens: TokenStream = template.parse().expect("the template is Rust");
        for placeholder in [TEMPLATE_REASON_ENUM, TEMPLATE_ERROR_VARIANT] {
            let in_text = template.matches(placeholder).count();
            assert!(in_text > 0, "{placeholder} is not in the template");
            // Every occurrence in the text is a whole identifier: none is part of a
            // longer name, a string or a doc comment.
            assert_eq!(in_text, count_idents(tokens.clone(), placeholder), "{placeholder}");
        }
        let catalogue = catalogue(HOSTILE);
        let code = items_rs(&catalogue);
        assert!(!code.contains("Template"), "{code}");
        assert!(code.contains("impl From<AudioCaptureFailedReason> for Reason {"), "{code}");
        assert!(code.contains("Self::AudioCaptureFailed(reason)"), "{code}");
    }

    #[test]
    fn string_literals_are_the_ones_proc_macro2_writes() {
        let mut samples: Vec<String> = (0..=127_u8).map(|byte| format!("a{}b", char::from(byte))).collect();
        samples.extend(["", "plain text", HOSTILE, "tab\there", "é ü \u{200b} \u{7f} 😀 \u{2028}"].map(str::to_owned));
        for sample in &samples {
            assert_eq!(string_literal(sample), Literal::string(sample).to_string(), "{sample:?}");
        }
    }

    #[test]
    fn keywords_become_raw_identifiers() {
        assert_eq!(ident("match").to_string(), "r#match");
        assert_eq!(ident("AudioCaptureFailed").to_string(), "AudioCaptureFailed");
    }

    #[test]
    #[should_panic(expected = "validation should reject it")]
    fn self_is_refused() {
        let _ = ident("Self");
    }

    #[test]
    fn output_is_deterministic() {
        assert_eq!(emit(&catalogue(HOSTILE)), emit(&catalogue(HOSTILE)));
    }
}
