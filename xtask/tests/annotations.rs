//! Under `GITHUB_ACTIONS=true` (set in every GitHub Actions job), `gen` and
//! `check` also print each problem as a workflow command, which GitHub shows
//! as an annotation on the line of the pull request's diff. Without it they
//! print none.

mod common;

use common::{files, root};
use std::fs;
use std::process::{Command, Output};

fn xtask(args: &[&str], github: bool) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_xtask"));
    command.args(args).current_dir(root());
    if github {
        command.env("GITHUB_ACTIONS", "true");
    } else {
        // These tests may themselves run in a GitHub Actions job.
        command.env_remove("GITHUB_ACTIONS");
    }
    command.output().expect("xtask runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn commands(output: &Output) -> Vec<String> {
    stdout(output).lines().filter(|line| line.starts_with("::")).map(str::to_string).collect()
}

#[test]
fn a_broken_catalogue_gives_one_error_command_per_problem_at_its_span() {
    let fixture = "tests/fixtures/invalid/many_problems_at_once.toml";
    let out = tempfile::tempdir().unwrap();
    let args = ["gen", "--catalogue", fixture, "--out", out.path().to_str().unwrap()];
    let output = xtask(&args, true);
    assert_eq!(output.status.code(), Some(1));
    let found = commands(&output);
    let starts: Vec<String> = found.iter().map(|line| line.split("::").nth(1).unwrap().to_string()).collect();
    assert_eq!(
        starts,
        [
            format!("error file={fixture},line=32,col=8,endLine=32,endColumn=11,title=duplicate code `6000`"),
            format!(
                "error file={fixture},line=33,col=8,endLine=33,endColumn=29,\
                 title=error name `audio_capture_failed` is not SCREAMING_SNAKE_CASE"
            ),
            format!("error file={fixture},line=34,col=12,endLine=34,endColumn=17,title=unknown category `audi`"),
            format!(
                "error file={fixture},line=35,col=1,endLine=35,endColumn=6,title=unknown key `colour` in [[error]]"
            ),
            format!("error file={fixture},line=45,col=8,endLine=45,endColumn=8,title=duplicate reason code `1`"),
        ],
        "{found:#?}"
    );
    // The message carries the label and the help, newlines escaped.
    assert!(
        found[2].ends_with(
            "::unknown category `audi`: did you mean `audio`?%0Ahelp: the category ids are `audio`, `stream`"
        ),
        "{}",
        found[2]
    );
    // The human-readable report is unchanged, on stderr.
    assert!(stderr(&output).contains("error: unknown category `audi`\n  --> "), "{}", stderr(&output));
    assert!(!stderr(&output).contains("::error"));
    assert!(files(out.path()).is_empty(), "nothing is written");

    let plain = xtask(&args, false);
    assert_eq!(plain.status.code(), Some(1));
    assert!(commands(&plain).is_empty(), "{}", stdout(&plain));
    assert_eq!(stderr(&plain), stderr(&output));
}

#[test]
fn a_warning_gives_a_warning_command() {
    let fixture = "tests/fixtures/invalid/name_differs_only_by_underscores.toml";
    let out = tempfile::tempdir().unwrap();
    let output = xtask(&["gen", "--catalogue", fixture, "--out", out.path().to_str().unwrap()], true);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let found = commands(&output);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with(&format!("::warning file={fixture},line=45,col=8,endLine=45,endColumn=33,title=")),
        "{}",
        found[0]
    );
}

#[test]
fn a_hand_edited_generated_file_gives_an_error_command_on_the_edited_line() {
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().to_str().unwrap();
    let output = xtask(&["gen", "--out", out_dir], false);
    assert!(output.status.success(), "{}", stderr(&output));
    let markdown = out.path().join("docs/error-codes.md");
    let mut lines: Vec<String> = fs::read_to_string(&markdown).unwrap().lines().map(str::to_string).collect();
    lines[9].push_str(" (edited by hand)");
    fs::write(&markdown, lines.join("\n") + "\n").unwrap();
    fs::remove_file(out.path().join("json/error-codes.json")).unwrap();

    let output = xtask(&["check", "--out", out_dir], true);
    assert_eq!(output.status.code(), Some(1));
    let found = commands(&output);
    let shown = |path: &str| out.path().join(path).display().to_string().replace('\\', "/");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0].starts_with(&format!("::error file={},line=10,title=", shown("docs/error-codes.md"))),
        "{}",
        found[0]
    );
    assert!(found[0].contains("never edited by hand"), "{}", found[0]);
    assert!(
        found[1].starts_with(&format!("::error file={},line=1,title=", shown("json/error-codes.json"))),
        "{}",
        found[1]
    );

    // The human-readable report says what `gen` does to the edit and where the change belongs.
    let report = stderr(&output);
    assert!(report.contains("generated files are never edited by hand"), "{report}");
    assert!(report.contains("so an edit to one is overwritten, a deleted one is written again\n"), "{report}");
    assert!(report.contains("make the change in catalogue.toml"), "{report}");

    let plain = xtask(&["check", "--out", out_dir], false);
    assert!(commands(&plain).is_empty(), "{}", stdout(&plain));
}

#[test]
fn a_catalogue_that_is_not_utf8_gives_an_error_command_at_the_first_bad_byte() {
    let fixture = "tests/fixtures/invalid/not_utf8.toml";
    let out = tempfile::tempdir().unwrap();
    let output = xtask(&["check", "--catalogue", fixture, "--out", out.path().to_str().unwrap()], true);
    assert_eq!(output.status.code(), Some(1));
    let found = commands(&output);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with(&format!("::error file={fixture},line=24,col=")), "{}", found[0]);
    assert!(found[0].contains("::the catalogue is not valid UTF-8"), "{}", found[0]);
}
