//! `cargo xtask upstream`: the catalogue against a declaration of the SDK's
//! codes. The declarations in `tests/fixtures/upstream/` are small files in
//! the shape of the SDK's `exception-code.d.ts`, written for these tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask/ lives in the workspace").to_path_buf()
}

const CATALOGUE: &str = "tests/fixtures/upstream/catalogue.toml";

fn upstream(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("upstream")
        .args(args)
        .current_dir(root())
        .output()
        .expect("xtask runs")
}

fn against_fixture(declaration: &str, extra: &[&str]) -> (i32, String, String) {
    let path = format!("tests/fixtures/upstream/{declaration}");
    let mut args = vec![path.as_str(), "--catalogue", CATALOGUE];
    args.extend_from_slice(extra);
    let output = upstream(&args);
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    (output.status.code().expect("exited"), stdout, stderr)
}

#[test]
fn in_sync_exits_0_and_notes_codes_only_the_catalogue_has() {
    let (status, stdout, stderr) = against_fixture("in-sync.d.ts", &[]);
    assert_eq!(status, 0, "{stdout}{stderr}");
    assert_eq!(
        stdout,
        "tests/fixtures/upstream/catalogue.toml:51:8: note: SCREEN_SHARE_WHITEBOARD_CONFLICT (6220) is not declared \
         upstream (the reference may be newer)\n\
         3 public codes upstream: 3 in the catalogue, 0 missing, 0 renamed, 0 renumbered; \
         1 catalogue codes not declared upstream\n"
    );
    // `SESSION_INTERNAL_ONLY` is tagged `@ignore`: not counted, not reported.
    assert!(!stdout.contains("SESSION_INTERNAL_ONLY"));
}

#[test]
fn a_missing_public_code_exits_1_located() {
    let (status, stdout, _) = against_fixture("missing.d.ts", &[]);
    assert_eq!(status, 1, "{stdout}");
    let located: Vec<&str> = stdout.lines().filter(|line| line.contains(": missing: ")).collect();
    assert_eq!(
        located,
        [
            "tests/fixtures/upstream/missing.d.ts:15:3: missing: SESSION_EXCEED_CAPACITY = 4005 (@category Session) \
             is not in the catalogue",
            "tests/fixtures/upstream/missing.d.ts:20:3: missing: SCREEN_SHARE_LIMIT_EXCEED = 6218 (@category \
             Teleportation) is not in the catalogue",
        ]
    );
    // An internal member the catalogue lacks is not reported.
    assert!(!stdout.contains("SOMETHING_INTERNAL"), "{stdout}");
    assert!(stdout.contains("3 public codes upstream: 1 in the catalogue, 2 missing"), "{stdout}");
    assert!(!stdout.contains("\n[[error]]\n"), "blocks only with --write");
}

#[test]
fn write_prints_blocks_that_load_once_a_category_is_chosen() {
    let (status, stdout, _) = against_fixture("missing.d.ts", &["--write"]);
    assert_eq!(status, 1, "{stdout}");
    let blocks = &stdout[stdout.find("# 2 codes declared in").expect("a header")..];
    assert!(
        blocks.contains(
            "# from tests/fixtures/upstream/missing.d.ts:15:3\n[[error]]\ncode = 4005\nname = \"SESSION_EXCEED_CAPACITY\"\n\
             category = \"session\"\n\
             description = \"The number of users in the session exceeds the capacity of \\\"the plan\\\".\"\n\
             methods = []\ndetails = [\"first cause\", \"a quoted note\"]\nsince = \"2.5.0\"\n"
        ),
        "{blocks}"
    );
    // No category matches `@category Teleportation`: the block says so and
    // leaves the choice to the reviewer, so it cannot load as it is.
    assert!(blocks.contains("# `@category Teleportation` matches no category: choose one"), "{blocks}");
    assert!(blocks.contains("category = \"\"\ndescription = \"Occurs in stream.attachShareView when too many views"));
    assert!(blocks.contains("methods = [\"stream.attachShareView\"]"), "{blocks}");

    let catalogue = std::fs::read_to_string(root().join(CATALOGUE)).unwrap();
    let chosen = blocks.replace("category = \"\"", "category = \"screen_share\"");
    let grown = format!("{catalogue}\n{chosen}");
    let loaded = codegen::load(&grown).unwrap_or_else(|d| panic!("{}", d.render("grown.toml", &grown)));
    assert_eq!(loaded.errors.len(), 6);
    let as_written = format!("{catalogue}\n{blocks}");
    assert!(codegen::load(&as_written).is_err(), "an unchosen category must not load");
}

#[test]
fn a_renamed_or_renumbered_code_exits_1_pointing_at_both_files() {
    let (status, stdout, _) = against_fixture("disagree.d.ts", &[]);
    assert_eq!(status, 1, "{stdout}");
    assert!(
        stdout.contains(
            "tests/fixtures/upstream/disagree.d.ts:3:3: renamed: code 4004 is `SESSION_CLOSED` upstream but \
             `SESSION_ENDED` in the catalogue (tests/fixtures/upstream/catalogue.toml:30:8)\n"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "tests/fixtures/upstream/disagree.d.ts:5:3: renumbered: `AUDIO_CAPTURE_FAILED` is 6090 upstream but 6010 \
             in the catalogue (tests/fixtures/upstream/catalogue.toml:40:8)\n"
        ),
        "{stdout}"
    );
    // The renumbered code is reported once, not again as "not declared upstream".
    assert!(!stdout.contains("AUDIO_CAPTURE_FAILED (6010) is not declared"), "{stdout}");
    assert!(stdout.contains("1 renamed, 1 renumbered"), "{stdout}");
}

#[test]
fn a_malformed_declaration_exits_2_with_every_problem_located() {
    let (status, stdout, stderr) = against_fixture("malformed.d.ts", &[]);
    assert_eq!(status, 2, "{stderr}");
    assert_eq!(stdout, "");
    let file = "tests/fixtures/upstream/malformed.d.ts";
    let expected = [
        format!("error: {file}:3:3: `NO_VALUE` has no value: expected `NO_VALUE = number`"),
        format!("error: {file}:4:18: the value of `STRING_VALUE` is not a number literal"),
        format!("error: {file}:5:14: the value of `NEGATIVE` is not a number literal"),
        format!("error: {file}:6:15: the value of `TOO_LARGE` is not an unsigned 32-bit integer"),
        format!("error: {file}:7:21: expected `,` or `}}` after `MISSING_COMMA`"),
        format!("error: {file}:8:3: `OPERATION_TIMEOUT` is declared twice (first at 2:3)"),
        format!("error: {file}:9:3: code 1 is declared twice (first at 2:3)"),
        format!(
            "error: {file} is not a declaration this command reads (7 problems); expected `enum NAME {{ MEMBER = \
             number, ... }}`"
        ),
    ];
    assert_eq!(stderr.lines().collect::<Vec<_>>(), expected);

    let (status, _, stderr) = against_fixture("unclosed.d.ts", &[]);
    assert_eq!(status, 2, "{stderr}");
    assert!(
        stderr
            .starts_with("error: tests/fixtures/upstream/unclosed.d.ts:3:3: this comment is never closed with `*/`\n"),
        "{stderr}"
    );
}

#[test]
fn io_and_usage_problems_exit_2_and_an_invalid_catalogue_1() {
    let dir = tempfile::tempdir().unwrap();
    let no_enum = dir.path().join("types.d.ts");
    std::fs::write(&no_enum, "export declare const version: string;\n").unwrap();
    let output = upstream(&[no_enum.to_str().unwrap(), "--catalogue", CATALOGUE]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains(":1:1: no `enum NAME {` declaration found"));

    let missing = dir.path().join("absent.d.ts");
    let output = upstream(&[missing.to_str().unwrap(), "--catalogue", CATALOGUE]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("error: cannot read the declaration"));

    let output = upstream(&[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("missing the path of the .d.ts declaration"));

    let bad_catalogue = dir.path().join("bad.toml");
    std::fs::write(&bad_catalogue, "[catalogue]\ntitle = 3\n").unwrap();
    let output = upstream(&["tests/fixtures/upstream/in-sync.d.ts", "--catalogue", bad_catalogue.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));

    let output = upstream(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("cargo xtask upstream PATH [--write]"));
}
