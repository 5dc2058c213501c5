//! The generated crate outside this workspace, built by a real cargo:
//!
//! - from a hostile catalogue (every Markdown and Rust-syntax hazard in its
//!   text, a deprecated code, `since`, keywords as names, a six-digit code),
//!   it must pass clippy pedantic, rustdoc and its own doctests with warnings
//!   denied, and the rendered docs must show the text as text;
//! - the shipped crate must link into a `#![no_std]` crate with the `serde`
//!   feature: such a crate that defines its own `#[panic_handler]` fails to
//!   compile (E0152) as soon as anything in its graph links `std`; there,
//!   `ErrorPayload` is an error that names the `alloc` feature it needs.
//!
//! Each crate gets its own folder under `CARGO_TARGET_TMPDIR`; the
//! dependencies they share are compiled once (see `tests::scratch_cargo`).

use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::model::{Category, ErrorCode, JsonSchemaTarget, Reason, RustTarget, TypeScriptStyle, TypeScriptTarget};
use codegen::{Catalogue, rust};
use tests::{scratch_cargo, workspace_root};

const HOSTILE: &str = "Quote \" backslash \\ close */ link [x] and [`y`]     indented ```rust fence``` \
                       see http://x and https://example.com/a_b?c=1. <b>bold</b> *star* _under_ `tick` \
                       # hash & &amp; ~~strike~~ | pipe | {braces} 1. one";

fn hostile_catalogue() -> Catalogue {
    let category = |id: &str, parent: Option<&str>| Category {
        id: id.to_owned(),
        title: format!("{id}: {HOSTILE}"),
        description: Some(HOSTILE.to_owned()),
        parent: parent.map(str::to_owned),
    };
    let error = |code: u32, name: &str, category: &str| ErrorCode {
        code,
        name: name.to_owned(),
        category: category.to_owned(),
        description: Some(format!("Occurs in stream.startAudio or chat.send: {HOSTILE}")),
        methods: vec!["stream.startAudio".to_owned(), "chat.send".to_owned()],
        details: vec![HOSTILE.to_owned(), "- list? # heading? > quote?".to_owned()],
        reasons: Vec::new(),
        deprecated: None,
        since: None,
        replaced_by: None,
    };
    let mut errors = vec![
        ErrorCode { description: None, methods: Vec::new(), details: Vec::new(), ..error(1, "MATCH", "type") },
        ErrorCode {
            reasons: vec![
                Reason { code: 1, name: "SELF_TEST".to_owned(), description: HOSTILE.to_owned() },
                Reason { code: 7, name: "TYPE".to_owned(), description: "    indented reason".to_owned() },
            ],
            since: Some(format!("2.0 {HOSTILE}")),
            replaced_by: None,
            ..error(6010, "AUDIO_CAPTURE_FAILED", "audio")
        },
        ErrorCode { deprecated: Some(HOSTILE.to_owned()), ..error(6011, "RETIRED", "audio") },
        error(123_456, "BIG_CODE", "stream"),
    ];
    errors.push(ErrorCode { description: Some("```".to_owned()), ..error(7000, "FENCE", "stream") });
    Catalogue {
        title: HOSTILE.to_owned(),
        intro: HOSTILE.to_owned(),
        version: "1.2.3".to_owned(),
        package: codegen::model::PackageMetadata::default(),
        error_types: vec!["INVALID_OPERATION".to_owned()],
        rust: RustTarget { crate_name: "hostile-codes".to_owned() },
        typescript: TypeScriptTarget { package: "hostile-codes".to_owned(), style: TypeScriptStyle::Enum },
        json_schema: JsonSchemaTarget { id: "https://example.com/hostile.schema.json".to_owned() },
        categories: vec![category("type", None), category("stream", None), category("audio", Some("stream"))],
        errors,
        reserved: Vec::new(),
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("can clear the scratch folder");
    }
    std::fs::create_dir_all(&dir).expect("can create the scratch folder");
    dir
}

fn write(path: &Path, contents: &str) {
    std::fs::create_dir_all(path.parent().expect("a file in a folder")).expect("can create folders");
    std::fs::write(path, contents).expect("can write the file");
}

fn must(result: Result<String, String>, what: &str) -> String {
    result.unwrap_or_else(|output| panic!("{what} failed:\n{output}"))
}

/// Writes the crate for `catalogue` into a fresh scratch folder and checks
/// it with clippy (pedantic) and rustdoc, warnings denied.
fn emit_and_lint(catalogue: &Catalogue, name: &str) -> PathBuf {
    let dir = scratch(name);
    for file in rust::emit(catalogue) {
        let relative = file.path.strip_prefix("rust/").expect("every file is under rust/");
        let mut contents = file.contents;
        if relative == "Cargo.toml" {
            // Out of this workspace, the copy is a workspace of its own.
            contents.push_str("\n[workspace]\n");
        }
        write(&dir.join(relative), &contents);
    }
    let clippy = ["clippy", "--all-features", "--all-targets", "--", "-D", "warnings", "-D", "clippy::pedantic"];
    must(scratch_cargo(&dir, &clippy, &[]), "clippy");
    must(scratch_cargo(&dir, &["doc", "--no-deps", "--all-features"], &[("RUSTDOCFLAGS", "-D warnings")]), "rustdoc");
    dir
}

/// Degenerate catalogues: the reason enum, then also the error-type and
/// error-code enums, then every enum has no variants (the loader accepts an
/// empty catalogue).
#[test]
fn a_catalogue_without_numbered_reasons_codes_or_categories_still_lints_clean() {
    let mut catalogue = hostile_catalogue();
    catalogue.errors.iter_mut().for_each(|error| error.reasons.clear());
    catalogue.error_types.clear();
    emit_and_lint(&catalogue, "no-reasons-crate");
    catalogue.errors.clear();
    emit_and_lint(&catalogue, "no-codes-crate");
    catalogue.categories.clear();
    emit_and_lint(&catalogue, "empty-crate");
}

#[test]
fn a_hostile_catalogue_yields_a_crate_that_passes_clippy_rustdoc_and_doctests() {
    let dir = emit_and_lint(&hostile_catalogue(), "hostile-crate");
    let tested =
        must(scratch_cargo(&dir, &["test", "--all-features"], &[("RUSTDOCFLAGS", "-D warnings")]), "cargo test");
    assert!(tested.contains("Doc-tests hostile_codes"), "{tested}");
    assert!(tested.contains("test result: ok. 3 passed"), "the three crate-root examples ran:\n{tested}");

    let html = std::fs::read_to_string(dir.join("target/doc/hostile_codes/enum.ErrorCode.html"))
        .expect("rustdoc wrote the ErrorCode page");
    assert!(!html.contains("<b>bold</b>"), "catalogue HTML reached the page");
    assert!(html.contains("&lt;b&gt;bold&lt;/b&gt;"), "the tag is shown as text");
    assert!(html.contains("[x] and [`y`]"), "brackets and backticks shown as text");
    assert!(html.contains("<code>stream.startAudio</code>"), "method names are code spans");
    assert!(html.contains("href=\"https://example.com/a_b?c=1\""), "URLs are links");
    assert!(!html.contains("<em>"), "no catalogue text became emphasis");
    let code_blocks = html.matches("<pre").count();
    assert_eq!(code_blocks, 1, "only the declaration is a code block; catalogue text never is");
}

#[test]
fn the_shipped_crate_links_into_a_no_std_crate_with_serde() {
    let dir = scratch("no-std-check");
    let generated = workspace_root().join("generated").join("rust");
    write(
        &dir.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"no-std-check\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\nvideo-sdk-error-codes = {{ path = {:?}, features = [\"serde\"] }}\n\n[workspace]\n",
            generated.to_str().expect("a UTF-8 path")
        ),
    );
    let lib = "#![no_std]\n\
               use video_sdk_error_codes::{Category, ErrorCode};\n\
               #[panic_handler]\n\
               fn panic(_: &core::panic::PanicInfo<'_>) -> ! { loop {} }\n\
               pub fn describe(code: u32) -> Option<&'static str> {\n\
               \x20   ErrorCode::from_code(code).and_then(|code| code.description())\n\
               }\n\
               pub fn parse(name: &str) -> Option<u32> { name.parse::<ErrorCode>().ok().map(ErrorCode::code) }\n\
               pub fn category(id: &str) -> Option<Category> { Category::from_id(id) }\n";
    write(&dir.join("src/lib.rs"), lib);
    must(scratch_cargo(&dir, &["check"], &[]), "no_std check");

    // The check can fail: the same crate linking `std` is refused.
    write(&dir.join("src/lib.rs"), &format!("extern crate std;\n{lib}"));
    let refused =
        scratch_cargo(&dir, &["check"], &[]).expect_err("a no_std crate with std in its graph must not build");
    assert!(refused.contains("E0152"), "{refused}");

    // The payload types need `alloc` too: without it, rustc names the
    // missing feature at the item (rustc 1.83 and later), not a bare E0432.
    write(&dir.join("src/lib.rs"), &format!("{lib}pub use video_sdk_error_codes::ErrorPayload;\n"));
    let refused = scratch_cargo(&dir, &["check"], &[]).expect_err("ErrorPayload needs the alloc feature");
    assert!(refused.contains("E0432"), "{refused}");
    assert!(refused.contains("the item is gated behind the `alloc` feature"), "{refused}");
    write(&dir.join("src/lib.rs"), lib);

    // A real bare-metal target, where one is installed (`rustup target add thumbv7em-none-eabi`).
    let installed = Command::new("rustup").args(["target", "list", "--installed"]).output();
    if installed.is_ok_and(|output| String::from_utf8_lossy(&output.stdout).contains("thumbv7em-none-eabi")) {
        must(scratch_cargo(&dir, &["check", "--target", "thumbv7em-none-eabi"], &[]), "thumbv7em-none-eabi check");
    } else {
        eprintln!("thumbv7em-none-eabi is not installed: checked on the host only");
    }
}

/// The hostile fixture catalogue (`tests/fixtures/valid/hostile.toml`,
/// loaded through validation) yields a crate that lints clean and whose own test reads
/// every text back and compares it byte for byte with the catalogue. The
/// expected values are written with `{:?}`, std's escaping, not the
/// emitter's.
#[test]
fn the_hostile_fixture_crate_returns_every_text_byte_for_byte() {
    let text = std::fs::read_to_string(workspace_root().join("tests/fixtures/valid/hostile.toml")).unwrap();
    let catalogue = codegen::load(&text).unwrap_or_else(|d| panic!("{}", d.render("hostile.toml", &text)));
    let dir = emit_and_lint(&catalogue, "hostile-fixture-crate");
    let krate = catalogue.rust.crate_name.replace('-', "_");
    let mut test = format!("use {krate}::*;\n\n#[test]\nfn every_text_reads_back() {{\n");
    let mut checks = 0;
    for error in &catalogue.errors {
        let code = format!("ErrorCode::from_code({}).unwrap()", error.code);
        test.push_str(&format!("    assert_eq!({code}.name(), {:?});\n", error.name));
        test.push_str(&format!("    assert_eq!({code}.description(), {:?});\n", error.description.as_deref()));
        test.push_str(&format!("    assert_eq!({code}.methods(), &{:?} as &[&str]);\n", error.methods));
        test.push_str(&format!("    assert_eq!({code}.details(), &{:?} as &[&str]);\n", error.details));
        test.push_str(&format!("    assert_eq!({code}.deprecated(), {:?});\n", error.deprecated.as_deref()));
        test.push_str(&format!("    assert_eq!({code}.since(), {:?});\n", error.since.as_deref()));
        test.push_str(&format!("    assert_eq!(ErrorCode::from_name({:?}), Some({code}));\n", error.name));
        test.push_str(&format!("    assert_eq!({code}.category().id(), {:?});\n", error.category));
        let variant = codegen::model::upper_camel(&error.name);
        test.push_str(&format!("    assert_eq!(format!(\"{{:?}}\", {code}), {variant:?});\n"));
        for reason in &error.reasons {
            let found = format!("{code}.reason({}).unwrap()", reason.code);
            test.push_str(&format!("    assert_eq!({found}.name(), {:?});\n", reason.name));
            test.push_str(&format!("    assert_eq!({found}.description(), {:?});\n", reason.description));
        }
        checks += 9 + 2 * error.reasons.len();
    }
    for category in &catalogue.categories {
        let found = format!("Category::from_id({:?}).unwrap()", category.id);
        test.push_str(&format!("    assert_eq!({found}.title(), {:?});\n", category.title));
        test.push_str(&format!("    assert_eq!({found}.description(), {:?});\n", category.description.as_deref()));
        checks += 2;
    }
    test.push_str(&format!("    assert_eq!(ErrorCode::ALL.len(), {});\n}}\n", catalogue.errors.len()));
    write(&dir.join("tests/readback.rs"), &test);
    let output = must(scratch_cargo(&dir, &["test", "--test", "readback"], &[]), "the read-back test");
    assert!(output.contains("test every_text_reads_back ... ok"), "{output}");
    assert!(checks > 250, "only {checks} texts compared");
}
