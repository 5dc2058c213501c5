//! `rust/src/lib.rs`: short glue that prints the same under prettyplease
//! and rustfmt, and the crate documentation, with examples built from the
//! catalogue's own codes.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc_text::doc_text;
use super::{ITEMS_MODULE, ident};
use crate::model::Catalogue;

pub(super) fn lib_rs(catalogue: &Catalogue) -> TokenStream {
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
