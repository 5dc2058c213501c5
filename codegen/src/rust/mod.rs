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
//! built here (see `hashing.rs`), because a `match` on `&str` with thousands
//! of arms compiles slowly and its lookups grow with the number of names.
//!
//! The files, top-down: this one renders the files and joins the two
//! halves of `src/error_codes.rs`; `cargo_toml.rs`, `readme.rs` and
//! `lib_rs.rs` (with the crate docs) write the manifest, the README and
//! `src/lib.rs` (`LICENSE` is [`crate::licenses`]'s text); `code.rs` holds the
//! code half (tokens printed by prettyplease), with `payload.rs` for the SDK's
//! error object; `tables.rs` the per-entry half (written row by row);
//! `hashing.rs` builds the name tables both halves agree on,
//! and `doc_text.rs` turns catalogue prose into rustdoc Markdown.

use proc_macro2::{Ident, Span, TokenStream};

use crate::model::{Catalogue, ErrorCode};
use crate::output::{GeneratedFile, HEADER};

/// `writeln!` into a `String`, which cannot fail.
macro_rules! push_line {
    ($out:expr, $($format:tt)*) => {{
        use std::fmt::Write as _;
        writeln!($out, $($format)*).expect("writing into a String cannot fail")
    }};
}

mod cargo_toml;
mod code;
mod doc_text;
mod hashing;
mod lib_rs;
mod payload;
mod readme;
mod tables;

use cargo_toml::cargo_toml;
use code::{DisplayLimits, code_items, file_attributes, reason_enum_template};
use lib_rs::lib_rs;
use readme::readme_md;
use tables::{Names, category_tables, error_code_tables, reason_enum_tables, reason_tables};

/// The module, under `src/`, that holds every generated item.
const ITEMS_MODULE: &str = "error_codes";

/// Renders `rust/Cargo.toml`, `rust/README.md`, `rust/LICENSE` (when the
/// catalogue names a licence), `rust/src/lib.rs` and `rust/src/error_codes.rs`.
pub fn emit(catalogue: &Catalogue) -> Vec<GeneratedFile> {
    let mut files = vec![
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
        GeneratedFile::new("rust/README.md", readme_md(catalogue)),
    ];
    if let Some(license) = crate::licenses::license_file(catalogue) {
        files.push(GeneratedFile::new("rust/LICENSE", license));
    }
    files
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
// src/error_codes.rs
//
// The file has two halves. The per-entry half comes first: each enum's
// variants, the entries, the `match`es from variant to entry or position
// and from number to variant, the hash tables (`tables.rs`). It is written
// row by row: passing it through `syn::parse2` and prettyplease cost about 110 µs a
// code, 24 s at 150,000 codes. Rows use `Literal` (or, for plain ASCII, the
// same bytes) for every string and `ident` for every name, so escaping
// stays the token library's, and the tests parse the whole file with syn.
// The code follows (`code.rs`: the entry types, every `impl`, the lookup
// functions): written with `quote!` and printed by prettyplease, its size
// does not grow with the catalogue's.

/// Placeholders in the reason-enum template (see `reason_enum_template`):
/// the enum's name and the name of the `Reason` variant that wraps it.
const TEMPLATE_REASON_ENUM: &str = "TemplateReasonEnum";
const TEMPLATE_ERROR_VARIANT: &str = "TemplateErrorVariant";

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

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;
    use crate::model::{Category, JsonSchemaTarget, Reason, RustTarget, TypeScriptStyle, TypeScriptTarget};

    const HOSTILE: &str = "Quote \" backslash \\ close */ link [x] and [`y`]     indented ```fence``` \
                           http://x <b>bold</b> *star* _under_ `tick` # not a heading & &amp; ~~strike~~ | pipe";

    pub(super) fn catalogue(description: &str) -> Catalogue {
        Catalogue {
            title: "Hostile".to_owned(),
            intro: description.to_owned(),
            version: "0.1.0".to_owned(),
            package: crate::model::PackageMetadata::default(),
            error_types: vec!["INVALID_OPERATION".into()],
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
                replaced_by: None,
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

    /// What the generated `impl Debug for ErrorCode` writes for `name`,
    /// step for step.
    fn debug_text(name: &str) -> String {
        let mut out = String::new();
        for word in name.split('_') {
            let mut letters = word.chars();
            out.extend(letters.next());
            out.extend(letters.map(|letter| letter.to_ascii_lowercase()));
        }
        out
    }

    /// `ErrorCode`'s `Debug` writes the UpperCamelCase of the name instead of
    /// deriving it from the variant; the two agree on every
    /// SCREAMING_SNAKE_CASE name the loader admits (here: all of them up to
    /// six characters over `A`, `Z`, `0`, `9` and `_`), and none of them is a
    /// keyword that would make the variant a raw identifier.
    #[test]
    fn error_code_debug_writes_the_variant_of_every_admissible_name() {
        let mut names = vec![String::new()];
        let mut checked = 0;
        for _ in 0..6 {
            names =
                names.iter().flat_map(|name| ["A", "Z", "0", "9", "_"].map(|next| format!("{name}{next}"))).collect();
            for name in names.iter().filter(|name| crate::keys::is_screaming_snake(name)) {
                let variant = crate::model::upper_camel(name);
                assert_eq!(debug_text(name), variant, "{name}");
                assert_eq!(ident(&variant).to_string(), variant, "{name}");
                checked += 1;
            }
        }
        assert_eq!(checked, 5_650, "names checked");
    }

    #[test]
    fn hostile_text_parses_and_keeps_its_words_in_docs_and_literals() {
        let mut catalogue = catalogue(HOSTILE);
        catalogue.package.sdk = Some(HOSTILE.to_owned());
        catalogue.intro = "See the table below.".to_owned();
        let files = emit(&catalogue);
        assert_eq!(
            files.iter().map(|file| file.path.as_str()).collect::<Vec<_>>(),
            ["rust/Cargo.toml", "rust/src/lib.rs", "rust/src/error_codes.rs", "rust/README.md"]
        );
        for file in &files[1..3] {
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
