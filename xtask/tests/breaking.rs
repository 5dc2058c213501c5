//! `cargo xtask breaking` and `cargo xtask changes` as CI runs them: the
//! real binary in a scratch git repository with two commits.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs the xtask as outside GitHub Actions: in a job there (where CI runs
/// these tests) `GITHUB_ACTIONS=true` adds workflow commands to stdout,
/// which `annotations.rs` tests; the lines compared here are the plain report.
fn xtask(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .output()
        .expect("xtask runs")
}

fn git(dir: &Path, args: &[&str]) {
    let output = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(output.status.success(), "git {args:?}: {}", text(&output.stderr));
}

/// Whether `git` can run here. Without it (the README asks only for Rust
/// and Node) a test checks instead that the command says git is missing, and
/// exits 2, then stops.
fn has_git() -> bool {
    if Command::new("git").arg("--version").output().is_ok_and(|output| output.status.success()) {
        return true;
    }
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("catalogue.toml"), minimal()).unwrap();
    let output = xtask(dir.path(), &["breaking", "--against", "HEAD", "--catalogue", "catalogue.toml"]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(text(&output.stderr).contains("`git` is not installed"), "{}", text(&output.stderr));
    false
}

fn minimal() -> String {
    fs::read_to_string(root().join("tests/fixtures/valid/minimal.toml")).unwrap()
}

/// A repository whose first commit has only a README, the second the
/// minimal catalogue at `errors/catalogue.toml`, and the third `third`.
fn repository(third: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    git(path, &["init", "--quiet"]);
    fs::write(path.join("README"), "scratch\n").unwrap();
    git(path, &["add", "."]);
    git(path, &["commit", "--quiet", "-m", "first"]);
    fs::create_dir(path.join("errors")).unwrap();
    fs::write(path.join("errors/catalogue.toml"), minimal()).unwrap();
    git(path, &["add", "."]);
    git(path, &["commit", "--quiet", "-m", "second"]);
    fs::write(path.join("errors/catalogue.toml"), third).unwrap();
    git(path, &["commit", "--quiet", "--allow-empty", "-am", "third"]);
    dir
}

/// The minimal catalogue with the audio code renumbered and a code added.
fn renumbered(version: &str) -> String {
    minimal().replace("code = 6010", "code = 6011").replace("version = \"1.0.0\"", &format!("version = \"{version}\""))
        + "\n[[error]]\ncode = 7000\nname = \"CHAT_FAILED\"\ncategory = \"stream\"\n"
}

#[test]
fn an_uncovered_breaking_change_fails_with_located_rule_ids() {
    if !has_git() {
        return;
    }
    let repo = repository(&renumbered("1.1.0"));
    let output = xtask(repo.path(), &["breaking", "--against", "HEAD~1", "--catalogue", "errors/catalogue.toml"]);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "{stdout}{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "errors/catalogue.toml:32:8: CODE_NO_RENUMBER: code `AUDIO_CAPTURE_FAILED` was renumbered from 6010 to 6011",
            "HEAD~1:errors/catalogue.toml:31:1: CODE_NO_DELETE_UNLESS_RESERVED: code 6010 `AUDIO_CAPTURE_FAILED`: its number is no longer used and not in [[reserved]]",
            "errors/catalogue.toml:48:1: CODE_ADDED: code 7000 `CHAT_FAILED` was added",
            "version 1.0.0 -> 1.1.0 is a compatible bump; the changes need a breaking release (at least 2.0.0)",
        ],
        "{stdout}"
    );
    assert!(stderr.contains("error: CODE_NO_RENUMBER: code `AUDIO_CAPTURE_FAILED` was renumbered"), "{stderr}");
    assert!(stderr.contains("--> errors/catalogue.toml:32:8"), "{stderr}");
    assert!(stderr.contains("set [catalogue] version to 2.0.0 or later"), "{stderr}");
}

#[test]
fn a_covered_breaking_change_passes_and_changes_prints_release_notes() {
    if !has_git() {
        return;
    }
    let catalogue = renumbered("2.0.0") + "\n[[reserved]]\ncode = 6010\nnote = \"Renumbered to 6011.\"\n";
    let repo = repository(&catalogue);
    let args = ["--against", "HEAD~1", "--catalogue", "errors/catalogue.toml"];
    let output = xtask(repo.path(), &[&["breaking"][..], &args].concat());
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}{}", text(&output.stderr));
    assert!(stdout.ends_with("ok: 1 breaking change is covered by the version bump\n"), "{stdout}");

    let output = xtask(repo.path(), &[&["changes"][..], &args].concat());
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "## Error catalogue: 1.0.0 -> 2.0.0\n\
         \n\
         Changes since `HEAD~1`. Version 1.0.0 -> 2.0.0 is a breaking bump; the changes need a breaking release (at least 2.0.0).\n\
         \n\
         ### Breaking changes\n\
         \n\
         - Code `AUDIO_CAPTURE_FAILED` was renumbered from 6010 to 6011 (CODE_NO_RENUMBER)\n\
         \n\
         ### Added\n\
         \n\
         - Code 7000 `CHAT_FAILED` was added (CODE_ADDED)\n\
         \n\
         ### Removed and reserved\n\
         \n\
         - 6010 was reserved (RESERVED_ADDED)\n"
    );
}

#[test]
fn the_default_catalogue_path_and_the_shipped_repository_pass() {
    if !has_git() {
        return;
    }
    // `cargo xtask breaking` on this repository, against its own HEAD: the
    // default path is the workspace's catalogue.toml. (A source tree outside
    // git, such as an unpacked archive, has nothing to compare with: exit 2.)
    let in_repository = Command::new("git")
        .args(["rev-parse", "--is-inside-work-tree"])
        .current_dir(root())
        .output()
        .is_ok_and(|output| output.status.success());
    let output = xtask(&root(), &["breaking", "--against", "HEAD"]);
    let expected = if in_repository { 0 } else { 2 };
    assert_eq!(output.status.code(), Some(expected), "{}{}", text(&output.stdout), text(&output.stderr));
}

#[test]
fn a_revision_without_the_catalogue_is_a_note_and_success() {
    if !has_git() {
        return;
    }
    let repo = repository(&minimal());
    let output = xtask(repo.path(), &["breaking", "--against", "HEAD~2", "--catalogue", "errors/catalogue.toml"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "note: HEAD~2 has no errors/catalogue.toml; there is nothing to compare with\n");
}

#[test]
fn an_unknown_revision_is_a_usage_error() {
    if !has_git() {
        return;
    }
    let repo = repository(&minimal());
    for command in ["breaking", "changes"] {
        let output = xtask(repo.path(), &[command, "--against", "no-such-ref", "--catalogue", "errors/catalogue.toml"]);
        assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
        assert!(text(&output.stderr).contains("unknown revision `no-such-ref`"), "{}", text(&output.stderr));
    }
}

#[test]
fn outside_a_repository_and_without_against_are_usage_errors() {
    if !has_git() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("catalogue.toml"), minimal()).unwrap();
    // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the
    // temporary folder.
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["breaking", "--against", "HEAD", "--catalogue", "catalogue.toml"])
        .current_dir(dir.path())
        .env("GIT_CEILING_DIRECTORIES", dir.path().parent().unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(text(&output.stderr).contains("is not in a git repository"), "{}", text(&output.stderr));

    let output = xtask(dir.path(), &["breaking", "--catalogue", "catalogue.toml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("missing `--against REV`"), "{}", text(&output.stderr));
}

#[test]
fn an_invalid_old_catalogue_is_named_and_fails() {
    if !has_git() {
        return;
    }
    let repo = repository(&minimal());
    // Make the previous commit's catalogue invalid by committing a broken one and then the good one.
    fs::write(repo.path().join("errors/catalogue.toml"), minimal().replace("code = 6010", "code = 6000")).unwrap();
    git(repo.path(), &["commit", "--quiet", "-am", "broken"]);
    fs::write(repo.path().join("errors/catalogue.toml"), minimal()).unwrap();
    git(repo.path(), &["commit", "--quiet", "-am", "fixed"]);
    let output = xtask(repo.path(), &["breaking", "--against", "HEAD~1", "--catalogue", "errors/catalogue.toml"]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("--> HEAD~1:errors/catalogue.toml:32:8"), "{stderr}");
    assert!(stderr.contains("the catalogue at HEAD~1 (HEAD~1:errors/catalogue.toml) is invalid"), "{stderr}");
}
