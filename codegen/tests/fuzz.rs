//! Property tests of `load` + `generate`, run with fixed seeds so that every
//! run checks the same cases: no input makes them panic, and every catalogue
//! that loads yields Rust that `syn` parses, JSON that parses, TypeScript
//! whose comments no text can end early, and no output holds a character the
//! text policy refuses. Texts draw from the whole of Unicode, with extra
//! weight on the classes the policy decides on.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

const VALID: &str = include_str!("../../tests/fixtures/valid/minimal.toml");

fn config(cases: u32) -> Config {
    Config { cases, rng_seed: RngSeed::Fixed(0x00C0_FFEE), failure_persistence: None, ..Config::default() }
}

/// Everything an emitter promises about its output, for any catalogue that loads.
fn assert_outputs_are_well_formed(catalogue: &codegen::Catalogue) {
    let files = codegen::generate(catalogue);
    assert!(!files.is_empty());
    for file in &files {
        if file.path.ends_with(".rs")
            && let Err(error) = syn::parse_file(&file.contents)
        {
            panic!("{} does not parse: {error}\n{}", file.path, file.contents);
        }
        if file.path.ends_with(".ts") {
            assert_comments_end_where_they_should(&file.path, &file.contents);
        }
        if let Some(found) =
            codegen::text_policy::forbidden_characters(&file.contents).into_iter().find(|found| found.character != '\n')
        {
            panic!("{} holds the refused {:?} at byte {}", file.path, found.character, found.offset);
        }
        if file.path.ends_with(".json") {
            // tsconfig.json is JSON with comments, as tsc reads it.
            let json: String = file.contents.lines().filter(|line| !line.trim_start().starts_with("//")).collect();
            if let Err(error) = serde_json::from_str::<serde_json::Value>(&json) {
                panic!("{} is not JSON: {error}\n{}", file.path, file.contents);
            }
        }
    }
}

/// Reads TypeScript as JavaScript does (strings, line comments up to any of
/// its four line terminators, block comments up to the first `*/`) and
/// checks that each comment ends where the generator meant it to: a block
/// comment at the end of its line, a line comment at a line feed. A raw `*/`
/// or line separator from the catalogue would end one early and turn the rest
/// of the text into code.
fn assert_comments_end_where_they_should(path: &str, source: &str) {
    let is_terminator = |c: char| matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
    let mut rest = source;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("//") {
            let end = rest.find(is_terminator).unwrap_or(rest.len());
            assert!(
                rest[end..].is_empty() || rest[end..].starts_with('\n'),
                "{path}: a line comment ends early: {}",
                &rest[..end]
            );
            rest = &rest[end..];
        } else if rest.starts_with("/*") {
            let end = rest[2..].find("*/").map(|at| at + 4).unwrap_or_else(|| panic!("{path}: an unclosed comment"));
            let after = &rest[end..];
            let line_rest = &after[..after.find('\n').unwrap_or(after.len())];
            assert!(line_rest.trim().is_empty(), "{path}: a comment ends early, before `{line_rest}`");
            rest = after;
        } else if c == '"' || c == '\'' {
            let mut chars = rest.char_indices().skip(1);
            let end = loop {
                match chars.next() {
                    Some((_, '\\')) => {
                        chars.next();
                    }
                    Some((at, quote)) if quote == c => break at + 1,
                    Some((_, other)) => assert!(!is_terminator(other), "{path}: a line break inside a string"),
                    None => panic!("{path}: an unclosed string"),
                }
            };
            rest = &rest[end..];
        } else {
            rest = &rest[c.len_utf8()..];
        }
    }
}

/// A TOML basic string holding `text` exactly.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[derive(Debug, Clone)]
struct ArbitraryError {
    code: u32,
    name: String,
    category: usize,
    description: Option<String>,
    methods: Vec<String>,
    details: Vec<String>,
    reasons: Vec<(u32, String, String)>,
}

fn name() -> impl Strategy<Value = String> {
    // Mostly valid names, sometimes not: the loader must reject those cleanly.
    prop_oneof![
        8 => "[A-Z][A-Z0-9]{0,6}(_[A-Z0-9]{1,5}){0,3}",
        1 => "[A-Za-z_0-9 ]{0,10}",
        1 => prop::sample::select(vec!["SELF", "TYPE", "ENUM", "CONSTRUCTOR", "PROTOTYPE", "NAN", "INFINITY", "ALL", "NONE", "SOME", "CRATE", "SUPER", "ERROR_CODE", "CATEGORY"]).prop_map(str::to_string),
    ]
}

/// Any character, weighted towards the classes the text policy decides on
/// and the ones emitters must escape.
fn unicode_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => any::<char>(),
        4 => prop::char::range(' ', '~'),
        2 => prop::sample::select(vec![
            '\u{ad}', '\u{a0}', '\u{3000}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{61c}',
            '\u{2028}', '\u{2029}', '\u{2060}', '\u{feff}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}',
            '\u{206a}', '\u{e000}', '\u{fdd0}', '\u{fffe}', '\u{10ffff}', '\u{378}', '\u{85}', '\t', '*', '/',
            '`', '\\', '"', '@', '\u{1f3f4}',
        ]),
        2 => prop::char::range('\u{300}', '\u{36f}'),
        2 => prop::char::range('\u{590}', '\u{6ff}'),
        2 => prop::char::range('\u{1f300}', '\u{1faff}'),
        2 => prop::char::range('\u{e0000}', '\u{e007f}'),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "\\PC{1,40}",
        4 => prop::collection::vec(unicode_char(), 1..30).prop_map(String::from_iter),
        2 => prop::sample::select(vec![
            "*/ /* \" \\ ` ${x} # </script> ]] [link](x) <b> &amp; | ~~ \u{2028} \u{2029} \u{200f} 🎥 end",
            "    indented like a doctest",
            "```rust\npanic!()\n```",
            "http://example.com/a_b?c=d",
            "@param x {@link y} */",
            "1. looks like a list",
            "flag 🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f} of Scotland",
            "שלום \u{200f}(1)\u{200f} مرحبا e\u{301} 👩\u{200d}💻",
        ]).prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

fn method() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => "[a-z][A-Za-z0-9]{0,8}(\\.[a-z][A-Za-z0-9]{0,8}){1,2}",
        1 => "[a-z.()]{0,10}",
    ]
}

fn error() -> impl Strategy<Value = ArbitraryError> {
    (
        0u32..40,
        name(),
        0usize..3,
        prop::option::of(text()),
        prop::collection::vec(method(), 0..3),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec((0u32..5, name(), text()), 0..4),
    )
        .prop_map(|(code, name, category, description, methods, details, reasons)| {
            // Name the methods in the description most of the time, as the
            // rules require, so that many catalogues load.
            let description = description.map(|text| {
                if methods.is_empty() { text } else { format!("{text} Occurs in {}.", methods.join(" or ")) }
            });
            ArbitraryError { code, name, category, description, methods, details, reasons }
        })
}

fn catalogue_text(errors: &[ArbitraryError], style: &str, nested: bool) -> String {
    let mut out = String::from(
        "[catalogue]\ntitle = \"T\"\nintro = \"I\"\nversion = \"1.0.0\"\n\n[targets.rust]\ncrate = \"c\"\n\n\
         [targets.typescript]\npackage = \"p\"\n",
    );
    out.push_str(&format!(
        "style = {}\n\n[targets.json_schema]\nid = \"https://x.example/s.json\"\n\n",
        toml_string(style)
    ));
    for (index, id) in ["alpha", "beta", "gamma"].iter().enumerate() {
        out.push_str(&format!("[[category]]\nid = \"{id}\"\ntitle = \"Title {index}\"\n"));
        if nested && index > 0 {
            out.push_str("parent = \"alpha\"\n");
        }
        out.push('\n');
    }
    for error in errors {
        out.push_str(&format!(
            "[[error]]\ncode = {}\nname = {}\ncategory = \"{}\"\n",
            error.code,
            toml_string(&error.name),
            ["alpha", "beta", "gamma"][error.category]
        ));
        if let Some(description) = &error.description {
            out.push_str(&format!("description = {}\n", toml_string(description)));
        }
        let list = |items: &[String]| items.iter().map(|item| toml_string(item)).collect::<Vec<_>>().join(", ");
        out.push_str(&format!("methods = [{}]\ndetails = [{}]\n", list(&error.methods), list(&error.details)));
        for (code, name, description) in &error.reasons {
            out.push_str(&format!(
                "[[error.reasons]]\ncode = {code}\nname = {}\ndescription = {}\n",
                toml_string(name),
                toml_string(description)
            ));
        }
        out.push('\n');
    }
    out
}

proptest! {
    #![proptest_config(config(4_000))]

    /// Structured catalogues, valid and invalid: loading never panics, a
    /// rejected one always says where, and an accepted one renders well-formed output.
    #[test]
    fn structured_catalogues(
        errors in prop::collection::vec(error(), 0..6),
        style in prop::sample::select(vec!["enum", "const-object"]),
        nested in any::<bool>(),
    ) {
        let text = catalogue_text(&errors, style, nested);
        match codegen::load(&text) {
            Ok(catalogue) => assert_outputs_are_well_formed(&catalogue),
            Err(diagnostics) => {
                prop_assert!(!diagnostics.is_empty());
                let rendered = diagnostics.render("fuzz.toml", &text);
                prop_assert!(rendered.contains("fuzz.toml:"), "{}", rendered);
            }
        }
    }
}

proptest! {
    #![proptest_config(config(4_000))]

    /// The valid catalogue with a few bytes replaced, inserted or removed.
    #[test]
    fn mutated_valid_catalogue(edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<char>()), 1..4)) {
        let mut text = VALID.to_string();
        for (index, kind, c) in edits {
            let mut at = index.index(text.len() + 1);
            while !text.is_char_boundary(at) { at -= 1; }
            match kind {
                0 => text.insert(at, c),
                1 if at < text.len() => { text.remove(at); }
                _ => {
                    if at < text.len() { text.remove(at); }
                    text.insert(at, c);
                }
            }
        }
        match codegen::load(&text) {
            Ok(catalogue) => assert_outputs_are_well_formed(&catalogue),
            Err(diagnostics) => {
                let rendered = diagnostics.render("fuzz.toml", &text);
                prop_assert!(rendered.contains("nothing was written"));
            }
        }
    }
}

proptest! {
    #![proptest_config(config(2_000))]

    /// Arbitrary text, including what is not TOML at all.
    #[test]
    fn arbitrary_text(text in any::<String>()) {
        if let Err(diagnostics) = codegen::load(&text) {
            let _ = diagnostics.render("fuzz.toml", &text);
        }
    }
}

/// A TOML basic string holding `text`, each non-ASCII character written as
/// a `\\u` or `\\U` escape.
fn toml_escaped_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_ascii() && !c.is_control() => out.push(c),
            c if u32::from(c) > 0xFFFF => out.push_str(&format!("\\U{:08X}", u32::from(c))),
            c => out.push_str(&format!("\\u{:04X}", u32::from(c))),
        }
    }
    out.push('"');
    out
}

proptest! {
    #![proptest_config(config(2_000))]

    /// A refused character is reported at itself: the diagnostic's span
    /// holds the raw character or the escape that wrote it.
    #[test]
    fn refused_characters_are_located_at_themselves(
        text in prop::collection::vec(unicode_char(), 1..20).prop_map(String::from_iter),
        escaped in any::<bool>(),
    ) {
        let literal = if escaped { toml_escaped_string(&text) } else { toml_string(&text) };
        let source = VALID.replace("\"Permission denied by user\"", &literal);
        let refused = codegen::text_policy::forbidden_characters(&text);
        let diagnostics = match codegen::load(&source) {
            Ok(_) => {
                prop_assert!(refused.is_empty(), "{:?} was accepted", refused);
                return Ok(());
            }
            Err(diagnostics) => diagnostics,
        };
        let located: Vec<_> = diagnostics.iter().filter(|d| d.message.starts_with("`description` contains U+")).collect();
        prop_assert_eq!(located.len(), refused.len(), "{:?}", located);
        for (diagnostic, found) in located.iter().zip(&refused) {
            let code = u32::from(found.character);
            let written = &source[diagnostic.span.clone()];
            let expected = [
                found.character.to_string(),
                format!("\\u{code:04X}"),
                format!("\\U{code:08X}"),
                format!("\\u{code:04x}"),
            ];
            prop_assert!(expected.contains(&written.to_owned()), "{:?} written as {:?}", found, written);
            prop_assert!(diagnostic.message.contains(&format!("U+{code:04X}")), "{}", diagnostic.message);
        }
    }
}

#[test]
fn the_valid_fixture_loads() {
    let catalogue = codegen::load(VALID).expect("the fixture is valid");
    assert_outputs_are_well_formed(&catalogue);
}

/// The comment check can fail: a `*/` or a line separator from a text ends
/// the comment early.
#[test]
fn an_early_comment_end_is_caught() {
    assert_comments_end_where_they_should("ok.ts", "/** a *\\/ b */\nconst x = \"*/\"; // c\n");
    for broken in ["/** a */ b */\n", "// a\u{2028}b\n", "/** a */ const x = 1;\n"] {
        let caught = std::panic::catch_unwind(|| assert_comments_end_where_they_should("broken.ts", broken));
        assert!(caught.is_err(), "{broken:?} was not caught");
    }
}
