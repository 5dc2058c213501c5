//! `rust/src/lib.rs`: short glue that prints the same under prettyplease
//! and rustfmt, and the crate documentation, with examples built from the
//! catalogue's own codes.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc_text::doc_text;
use super::{ITEMS_MODULE, ident};
use crate::model::Catalogue;

/// The payload types are named again after the glob re-export: without
/// the features they need, rustc then reports a use of one as an item
/// "gated behind the `alloc` feature" (it does not look through a glob).
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
        #[cfg(all(feature = "serde", feature = "alloc"))]
        pub use #module::{Description, ErrorPayload, KnownErrorPayload};
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
    let whose = match &catalogue.package.sdk_version {
        Some(sdk_version) => format!("{whose} {sdk_version}"),
        None => whose,
    };
    let mut lines = vec![
        format!("{whose}, as Rust enums: the numbers the SDK reports in the `errorCode` field"),
        format!(
            "of the object it rejects a failed call with, with everything the catalogue \"{}\" says",
            doc_text(&catalogue.title, &[])
        ),
        "about them.".to_owned(),
        String::new(),
        format!(
            "Add it with `cargo add {}`; its README says how to pin a release tag instead.",
            catalogue.rust.crate_name
        ),
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
        lines.extend(payload_example(catalogue, example, unknown));
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
            "# Numbers and names in `serde`",
            "",
            "A code deserializes from any number JSON Schema counts an integer (`6010`, `6010.0`,",
            "`6.01e3`), as the schema validates it. [`ErrorCode`] also reads a code's name, as",
            "`$defs/ErrorCode` and `$defs/ErrorName` together do; the payload types read a number",
            "only, as the schema's payloads do.",
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
            "- `alloc` (with `serde`): `ErrorPayload`, the SDK's error object, which keeps unknown codes;",
            "  `KnownErrorPayload`, which refuses them; `Description`, what to show for one. [`ErrorType`],",
            "  the SDK's names for kinds of failure, needs no feature.",
        ]
        .map(str::to_owned),
    );
    lines
}

/// "Reading the SDK's error object": a payload parsed with `serde_json` (a
/// dev-dependency of the crate), its code, type and numbered reason, and an
/// unknown code kept by `ErrorPayload` and refused by `KnownErrorPayload`.
/// The example runs only with the features that the payload types need.
fn payload_example(catalogue: &Catalogue, example: &crate::model::ErrorCode, unknown: Option<u32>) -> Vec<String> {
    let crate_ident = catalogue.rust.crate_name.replace('-', "_");
    let variant = example.camel_name();
    let code = example.code;
    let error_type = catalogue.error_types.first();
    let mut fields = Vec::new();
    if let Some(error_type) = error_type {
        fields.push(format!("\"type\": \"{error_type}\""));
    }
    fields.extend(["\"reason\": \"as the SDK words it\"".to_owned(), format!("\"errorCode\": {code}")]);
    let reason = example.reasons.first();
    // A code from a newer SDK: the one after the highest, if there is one.
    let newer = catalogue.errors.iter().map(|error| error.code).max().and_then(|max| max.checked_add(1)).or(unknown);
    if let Some(reason) = reason {
        fields.push(format!("\"subCode\": {}", reason.code));
    }
    let mut lines = vec![
        "# Reading the SDK's error object".to_owned(),
        String::new(),
        "With the features `serde` and `alloc`, the object the SDK rejects a failed call with".to_owned(),
        "deserializes into `ErrorPayload` (any code) or `KnownErrorPayload` (a code of the".to_owned(),
        "catalogue), as the JSON Schema's `AnyErrorPayload` and `ErrorPayload` validate it:".to_owned(),
        String::new(),
        "```".to_owned(),
        "# #[cfg(all(feature = \"serde\", feature = \"alloc\"))] {".to_owned(),
        format!("use {crate_ident}::{{ErrorCode, ErrorPayload, ErrorType, KnownErrorPayload}};"),
        String::new(),
        format!("let json = r#\"{{{}}}\"#;", fields.join(", ")),
        "let payload: ErrorPayload = serde_json::from_str(json).expect(\"an error payload\");".to_owned(),
        format!("assert_eq!(payload.code(), Some(ErrorCode::{variant}));"),
    ];
    if let Some(error_type) = error_type {
        let type_variant = crate::model::upper_camel(error_type);
        lines.push(format!("assert_eq!(payload.error_type(), Some(ErrorType::{type_variant}));"));
    } else {
        lines.push("assert_eq!(payload.error_type(), None::<ErrorType>);".to_owned());
    }
    if let Some(reason) = reason {
        lines.push(format!("assert_eq!(payload.reason(), ErrorCode::{variant}.reason({}));", reason.code));
    }
    lines.extend([
        String::new(),
        "// What a UI or a log shows: never empty.".to_owned(),
        "let description = payload.describe();".to_owned(),
        format!("assert_eq!(description.code, Some(ErrorCode::{variant}));"),
        "println!(\"{description}\");".to_owned(),
    ]);
    if let Some(unknown) = newer {
        lines.extend([
            String::new(),
            "// A code from a newer SDK: kept by ErrorPayload, refused by KnownErrorPayload.".to_owned(),
            format!("let newer = r#\"{{\"type\": \"A_NEWER_KIND\", \"errorCode\": {unknown}}}\"#;"),
            "let payload: ErrorPayload = serde_json::from_str(newer).expect(\"any code is kept\");".to_owned(),
            format!("assert_eq!((payload.error_code, payload.code()), ({unknown}, None));"),
            "assert!(serde_json::from_str::<KnownErrorPayload>(newer).is_err());".to_owned(),
        ]);
    }
    lines.extend(["# }".to_owned(), "```".to_owned(), String::new()]);
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
