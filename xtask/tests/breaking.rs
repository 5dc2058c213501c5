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
    // Undoing comes first, with the old line and where it was; the bump second.
    assert!(
        stderr.contains(
            "= help: to undo it, put back `code = 6010` (as at HEAD~1:errors/catalogue.toml:32:8): a new number is a new code, \
             and clients of the old one would miss it\n\
             \x20          to keep it, set [catalogue] version to 2.0.0 or later (a breaking release)\n"
        ),
        "{stderr}"
    );
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
         ### Breaking\n\
         \n\
         - Code `AUDIO_CAPTURE_FAILED` was renumbered from 6010 to 6011\n\
         \n\
         ### Added\n\
         \n\
         - Code 7000 `CHAT_FAILED` was added\n"
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

/// The README's removal, done to the shipped catalogue in a scratch
/// repository: the last code's `[[error]]` block deleted, its number and name
/// reserved, the version raised to the next breaking one. The catalogue
/// generates, and `breaking` against the commit before passes.
#[test]
fn the_readme_removal_of_a_shipped_code_passes() {
    if !has_git() {
        return;
    }
    let shipped = fs::read_to_string(root().join("catalogue.toml")).unwrap();
    let model = codegen::load(&shipped)
        .unwrap_or_else(|diagnostics| panic!("{}", diagnostics.render("catalogue.toml", &shipped)));
    let retired = model.errors.last().expect("the shipped catalogue has codes");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    git(path, &["init", "--quiet"]);
    fs::write(path.join("catalogue.toml"), &shipped).unwrap();
    git(path, &["add", "."]);
    git(path, &["commit", "--quiet", "-m", "shipped"]);

    // The block starts at the `[[error]]` header above `code = N` and ends
    // where the next table that is not one of its reasons starts.
    let code_line = format!("\n[[error]]\ncode = {}\n", retired.code);
    let start = shipped.find(&code_line).expect("the block starts with its code") + 1;
    let rest = &shipped[start + 1..];
    let end = rest
        .match_indices("\n[[")
        .find(|(at, _)| !rest[at + 1..].starts_with("[[error.reasons]]"))
        .map_or(shipped.len(), |(at, _)| start + 1 + at + 1);
    let least =
        codegen::compare::Version::parse(&model.version).unwrap().next(codegen::compare::Impact::Breaking).to_string();
    let removed = format!(
        "{}{}\n[[reserved]]\ncode = {}\nname = \"{}\"\nnote = \"Removed in {least}.\"\n",
        &shipped[..start],
        &shipped[end..],
        retired.code,
        retired.name
    )
    .replacen(&format!("version = \"{}\"", model.version), &format!("version = \"{least}\""), 1);
    fs::write(path.join("catalogue.toml"), &removed).unwrap();

    let out = path.join("out");
    fs::create_dir(&out).unwrap();
    let output = xtask(path, &["gen", "--catalogue", "catalogue.toml", "--out", "out"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let markdown = fs::read_to_string(out.join("docs/error-codes.md")).unwrap();
    assert!(markdown.contains(&format!("- `{}` - {} - Removed in {least}.", retired.code, retired.name)), "{markdown}");

    let output = xtask(path, &["breaking", "--against", "HEAD", "--catalogue", "catalogue.toml"]);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}{}", text(&output.stderr));
    assert!(
        stdout.contains(&format!("CODE_NO_DELETE: code {} `{}` was removed and reserved", retired.code, retired.name)),
        "{stdout}"
    );
    assert!(stdout.ends_with("ok: 1 breaking change is covered by the version bump\n"), "{stdout}");
}

/// A removal without a reservation points where the code was: at the code
/// that followed it, in the terminal and in the GitHub annotation; the help
/// says where the `[[reserved]]` entry goes.
#[test]
fn a_missing_reservation_points_where_the_code_was() {
    if !has_git() {
        return;
    }
    let removed = minimal()
        .replace(
            "[[error]]\ncode = 6000\nname = \"STREAM_MISMATCH_DEVICE\"\ncategory = \"stream\"\n\
             description = \"The device ID does not match any device in the list.\"\n\n",
            "",
        )
        .replace("version = \"1.0.0\"", "version = \"2.0.0\"");
    let repo = repository(&removed);
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["breaking", "--against", "HEAD~1", "--catalogue", "errors/catalogue.toml"])
        .current_dir(repo.path())
        .env("GITHUB_ACTIONS", "true")
        .output()
        .unwrap();
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "{stdout}{stderr}");
    assert!(
        stderr.contains(
            "error: CODE_NO_DELETE_UNLESS_RESERVED: code 6000 `STREAM_MISMATCH_DEVICE`: its number and name are no longer used and not in [[reserved]]\n\
             \x20 --> errors/catalogue.toml:25:1\n\
             \x20  |\n\
             25 | [[error]]\n\
             \x20  | ^^^^^^^^^ code 6000 `STREAM_MISMATCH_DEVICE` came before this code; not reserved (at HEAD~1:errors/catalogue.toml:20:1)\n\
             \x20  |\n\
             \x20  = help: reserve it so it is never reused: add this at the end of errors/catalogue.toml, where [[reserved]] entries go:\n\
             \x20          [[reserved]]\n\
             \x20          code = 6000\n\
             \x20          name = \"STREAM_MISMATCH_DEVICE\"\n"
        ),
        "{stderr}"
    );
    let annotation = stdout
        .lines()
        .find(|line| line.starts_with("::error") && line.contains("CODE_NO_DELETE_UNLESS_RESERVED"))
        .unwrap_or_else(|| panic!("no annotation:\n{stdout}"));
    assert!(annotation.starts_with("::error file=errors/catalogue.toml,line=25,col=1,"), "{annotation}");
}

/// A version lower than the base's is never a release, even with nothing
/// else changed.
#[test]
fn a_version_that_goes_backwards_fails() {
    if !has_git() {
        return;
    }
    let repo = repository(&minimal().replace("version = \"1.0.0\"", "version = \"0.9.9\""));
    let output = xtask(repo.path(), &["breaking", "--against", "HEAD~1", "--catalogue", "errors/catalogue.toml"]);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "{stdout}{stderr}");
    assert_eq!(stdout, "version 1.0.0 -> 0.9.9 went backwards; nothing changed\n");
    assert_eq!(
        stderr,
        "error: the version went backwards from 1.0.0 to 0.9.9\n \
         --> errors/catalogue.toml:4:11\n  \
         |\n\
         4 | version = \"0.9.9\"\n  \
         |           ^^^^^^^ lower than 1.0.0 at HEAD~1\n  \
         |\n  \
         = help: a release never goes back to a lower version: set [catalogue] version to 1.0.1 or later\n\
         \n\
         error: the version went backwards since HEAD~1; raise it\n"
    );
}

/// An uncovered removal says first how to undo it (the block back, or
/// `deprecated` to retire the code), then how to remove it properly.
#[test]
fn an_uncovered_removal_says_how_to_undo_it_first() {
    if !has_git() {
        return;
    }
    let removed = minimal().replace(
        "[[error]]\ncode = 6000\nname = \"STREAM_MISMATCH_DEVICE\"\ncategory = \"stream\"\n\
         description = \"The device ID does not match any device in the list.\"\n\n",
        "",
    );
    let repo = repository(&removed);
    let output = xtask(repo.path(), &["breaking", "--against", "HEAD~1", "--catalogue", "errors/catalogue.toml"]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "= help: to undo it, put its [[error]] block back (as at HEAD~1:errors/catalogue.toml:20:1); to retire a \
             code, keep it with `deprecated = \"why\"` instead\n\
             \x20         to remove it, reserve it and set [catalogue] version to 2.0.0 or later (a breaking release)\n"
        ),
        "{stderr}"
    );
}

/// A removed error type says where the name stood and to put it back; a
/// reordering says to restore the order; both before the bump.
#[test]
fn an_error_type_removed_or_reordered_says_how_to_undo_it_first() {
    if !has_git() {
        return;
    }
    let with_types = |types: &str| {
        minimal().replace("version = \"1.0.0\"\n", &format!("version = \"1.0.0\"\nerror_types = [{types}]\n"))
    };
    let repo = repository(&with_types("\"INVALID_OPERATION\", \"INTERNAL_ERROR\""));
    let run = |types: &str| {
        fs::write(repo.path().join("errors/catalogue.toml"), with_types(types)).unwrap();
        let output = xtask(repo.path(), &["breaking", "--against", "HEAD", "--catalogue", "errors/catalogue.toml"]);
        assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
        (text(&output.stdout), text(&output.stderr))
    };

    let (stdout, stderr) = run("\"INTERNAL_ERROR\"");
    assert!(
        stdout.contains(
            "HEAD:errors/catalogue.toml:5:16: ERROR_TYPE_NO_DELETE: error type `INVALID_OPERATION` was removed\n"
        ),
        "{stdout}"
    );
    assert!(
        stderr.contains(
            "= help: to undo it, put \"INVALID_OPERATION\" back in `error_types` (as at HEAD:errors/catalogue.toml:5:16): \
             every program that names it stops compiling\n\
             \x20         to keep it removed, set [catalogue] version to 2.0.0 or later (a breaking release)\n"
        ),
        "{stderr}"
    );

    let (stdout, stderr) = run("\"INTERNAL_ERROR\", \"INVALID_OPERATION\"");
    assert!(
        stdout.contains(
            "errors/catalogue.toml:5:16: ERROR_TYPE_NO_REORDER: error type `INTERNAL_ERROR` moved from place 2 to place 1"
        ),
        "{stdout}"
    );
    assert!(
        stderr.contains(
            "= help: to undo it, put the names of `error_types` back in their old order and add new ones after the \
             others\n\
             \x20         to keep the new order, set [catalogue] version to 2.0.0 or later (a breaking release)\n"
        ),
        "{stderr}"
    );
}
