//! The command line as users and CI run it: exit codes, messages, what is
//! written and what is left alone.

mod common;

use common::{files, root};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::SystemTime;

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).current_dir(root()).output().expect("xtask runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh output folder holding what `cargo xtask gen` writes for `catalogue`.
fn generated_copy(catalogue: &Path) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let output = xtask(&["gen", "--catalogue", catalogue.to_str().unwrap(), "--out", out.path().to_str().unwrap()]);
    assert!(output.status.success(), "gen failed: {}", text(&output.stderr));
    out
}

fn check(out: &Path) -> Output {
    xtask(&["check", "--out", out.to_str().unwrap()])
}

#[test]
fn check_passes_on_the_shipped_tree() {
    let output = xtask(&["check"]);
    assert_eq!(output.status.code(), Some(0), "{}{}", text(&output.stdout), text(&output.stderr));
    assert!(text(&output.stdout).contains("match"), "{}", text(&output.stdout));
}

#[test]
fn check_reports_a_single_changed_byte_in_any_file_and_writes_nothing() {
    let out = generated_copy(&root().join("catalogue.toml"));
    let pristine = files(out.path());
    assert!(pristine.len() >= 2, "expected several generated files, found {}", pristine.len());
    for (path, bytes) in &pristine {
        let mut changed = bytes.clone();
        let middle = changed.len() / 2;
        changed[middle] = if changed[middle] == b'x' { b'y' } else { b'x' };
        fs::write(out.path().join(path), &changed).unwrap();

        let output = check(out.path());
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{}: {stderr}", path.display());
        let shown = path.to_str().unwrap().replace('\\', "/");
        assert!(stderr.contains(&format!("stale:   {}", out.path().join(path).display())), "{stderr}");
        assert!(stderr.contains(&format!("--- a/{shown}")) && stderr.contains("@@"), "no diff for {shown}: {stderr}");
        // `check` wrote nothing: the changed byte is still there.
        assert_eq!(fs::read(out.path().join(path)).unwrap(), changed);
        fs::write(out.path().join(path), bytes).unwrap();
    }
    assert_eq!(files(out.path()), pristine);
}

#[test]
fn check_reports_missing_extra_and_crlf_files() {
    let out = generated_copy(&root().join("catalogue.toml"));
    let markdown = out.path().join("docs/error-codes.md");
    let original = fs::read_to_string(&markdown).unwrap();

    fs::remove_file(&markdown).unwrap();
    let output = check(out.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains(&format!("missing: {}", markdown.display())), "{}", text(&output.stderr));
    assert!(!markdown.exists(), "check must not recreate the file");

    fs::write(&markdown, original.replace('\n', "\r\n")).unwrap();
    let output = check(out.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("only line endings differ"), "{}", text(&output.stderr));

    fs::write(&markdown, &original).unwrap();
    let extra = out.path().join("docs/notes.md");
    fs::write(&extra, "hand-written").unwrap();
    let output = check(out.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains(&format!("extra:   {}", extra.display())), "{}", text(&output.stderr));
    assert!(extra.exists(), "check must not delete the file");
}

#[test]
fn gen_rewrites_only_what_changed_and_removes_stale_files() {
    let catalogue = root().join("catalogue.toml");
    let out = generated_copy(&catalogue);
    let args = ["gen", "--catalogue", catalogue.to_str().unwrap(), "--out", out.path().to_str().unwrap()];
    let times = |dir: &Path| -> Vec<(PathBuf, SystemTime)> {
        files(dir)
            .into_keys()
            .map(|path| (path.clone(), fs::metadata(dir.join(&path)).unwrap().modified().unwrap()))
            .collect()
    };
    let before = times(out.path());

    let output = xtask(&args);
    let stdout = text(&output.stdout);
    assert!(output.status.success());
    assert_eq!(stdout.lines().count(), before.len(), "{stdout}");
    assert!(stdout.lines().all(|line| line.trim_start().starts_with("unchanged ")), "{stdout}");
    assert_eq!(times(out.path()), before, "a second gen must not touch any file");

    // A stale file in an owned folder is removed; tool output beside the
    // package files (node_modules/, dist/) is not the generator's to touch.
    let stale = out.path().join("docs/old.md");
    fs::write(&stale, "old").unwrap();
    let foreign = out.path().join("typescript/node_modules/x/index.js");
    fs::create_dir_all(foreign.parent().unwrap()).unwrap();
    fs::write(&foreign, "tool output").unwrap();
    let markdown = out.path().join("docs/error-codes.md");
    fs::write(&markdown, "edited by hand").unwrap();

    let output = xtask(&args);
    let stdout = text(&output.stdout);
    assert!(output.status.success());
    assert!(stdout.contains(&format!("removed {}", stale.display())), "{stdout}");
    assert!(stdout.contains(&format!("written {}", markdown.display())), "{stdout}");
    assert!(!stale.exists() && foreign.exists());
    assert_ne!(fs::read_to_string(&markdown).unwrap(), "edited by hand");
    // No temporary files are left behind.
    assert!(files(out.path()).iter().all(|(path, _)| !path.to_string_lossy().ends_with(".tmp")));
}

#[test]
fn usage_and_io_errors_exit_with_2() {
    for args in [&["frobnicate"][..], &["gen", "--out"], &["check", "--colour"], &[]] {
        let output = xtask(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = text(&output.stderr);
        assert!(stderr.contains("Usage:") && stderr.contains("For more information, try"), "{args:?}: {stderr}");
        // One usage line, not the whole help.
        assert!(!stderr.contains("Exit status"), "{args:?}: {stderr}");
    }
    let output = xtask(&["check", "--catalogue", "no/such/catalogue.toml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("cannot read the catalogue no/such/catalogue.toml"),
        "{}",
        text(&output.stderr)
    );

    let output = xtask(&["gen", "--out", "no/such/folder"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("output folder no/such/folder does not exist"), "{}", text(&output.stderr));

    let output = xtask(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(text(&output.stdout).contains("cargo xtask gen"));
}

#[test]
fn typos_get_did_you_mean_and_gen_help_is_the_help_of_gen() {
    let output = xtask(&["generate"]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.starts_with("error: unknown command `generate`\n\n  tip: did you mean `gen`?\n"), "{stderr}");

    let output = xtask(&["check", "--catalog", "catalogue.toml"]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.contains("unknown option `--catalog`") && stderr.contains("did you mean `--catalogue`?"),
        "{stderr}"
    );
    assert!(stderr.contains("try `cargo xtask check --help`"), "{stderr}");

    let output = xtask(&["gen", "--help"]);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout.starts_with("Validate catalogue.toml and write"), "{stdout}");
    assert!(stdout.contains("cargo xtask gen [--catalogue PATH]") && !stdout.contains("cargo xtask check"), "{stdout}");
}

/// Each fixture under `tests/fixtures/invalid/` ends with one
/// `# expect: LINE:COLUMN: message` comment per problem it must produce
/// (`# expect: LINE:COLUMN: warning: message` for a warning). `gen` must
/// report exactly those and, if one is an error, exit with 1 and write
/// nothing; warnings alone change nothing.
#[test]
fn every_invalid_fixture_is_rejected_at_the_right_place() {
    let dir = root().join("tests/fixtures/invalid");
    let mut fixtures: Vec<PathBuf> = fs::read_dir(&dir).unwrap().map(|entry| entry.unwrap().path()).collect();
    fixtures.sort();
    assert!(fixtures.len() >= 25, "only {} fixtures", fixtures.len());
    let out = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for fixture in &fixtures {
        let bytes = fs::read(fixture).unwrap();
        let expected: Vec<String> = String::from_utf8_lossy(&bytes)
            .lines()
            .filter_map(|line| line.strip_prefix("# expect: ").map(str::to_string))
            .collect();
        assert!(!expected.is_empty(), "{} has no `# expect:` line", fixture.display());
        let relative = fixture.strip_prefix(root()).unwrap().to_str().unwrap().to_string();
        let only_warnings = expected.iter().all(|line| line.split(": ").nth(1) == Some("warning"));
        let warnings_out = tempfile::tempdir().unwrap();
        let out_dir = if only_warnings { warnings_out.path() } else { out.path() };
        let output = xtask(&["gen", "--catalogue", &relative, "--out", out_dir.to_str().unwrap()]);
        let stderr = text(&output.stderr);
        let mut found = Vec::new();
        let lines: Vec<&str> = stderr.lines().collect();
        for (index, line) in lines.iter().enumerate() {
            let (severity, message) = match (line.strip_prefix("error: "), line.strip_prefix("warning: ")) {
                (Some(message), _) => ("", message),
                (None, Some(message)) => ("warning: ", message),
                (None, None) => continue,
            };
            if let Some(location) = lines.get(index + 1).and_then(|next| next.split_once(&format!("--> {relative}:"))) {
                found.push(format!("{}: {severity}{message}", location.1));
            } else if let Some(rest) = message.strip_prefix(&format!("{relative}:")) {
                found.push(rest.to_string());
            }
        }
        let status = if only_warnings { 0 } else { 1 };
        if output.status.code() != Some(status) || found != expected {
            failures.push(format!(
                "{relative}: exit {:?}\n  expected {expected:#?}\n  found {found:#?}\n{stderr}",
                output.status.code()
            ));
        }
        assert!(files(out.path()).is_empty(), "{relative}: files were written");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_empty_catalogue_is_rejected_without_panicking() {
    let dir = tempfile::tempdir().unwrap();
    let catalogue = dir.path().join("empty.toml");
    fs::write(&catalogue, "").unwrap();
    let output = xtask(&["check", "--catalogue", catalogue.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("missing key `catalogue` in the top level") && stderr.contains("empty.toml:1:1"),
        "{stderr}"
    );
}

#[test]
fn diagnostics_show_the_offending_line_and_both_places_of_a_duplicate() {
    let output = xtask(&["check", "--catalogue", "tests/fixtures/invalid/duplicate_code.toml"]);
    let stderr = text(&output.stderr);
    assert!(stderr.contains("32 | code = 6000"), "{stderr}");
    assert!(stderr.contains("21 | code = 6000"), "{stderr}");
    assert!(
        stderr.contains("first used here") && stderr.contains("already used by `STREAM_MISMATCH_DEVICE`"),
        "{stderr}"
    );
}

#[test]
fn a_byte_order_mark_changes_nothing_in_the_output() {
    let plain = generated_copy(&root().join("tests/fixtures/valid/minimal.toml"));
    let with_bom = generated_copy(&root().join("tests/fixtures/valid/bom.toml"));
    assert!(fs::read(root().join("tests/fixtures/valid/bom.toml")).unwrap().starts_with("\u{feff}".as_bytes()));
    assert_eq!(files(plain.path()), files(with_bom.path()));
}

/// A 50 MB catalogue (one huge description that ends in a control
/// character) is read, rejected at the character itself and not echoed whole.
#[test]
fn a_50_mb_catalogue_is_rejected_at_the_right_place() {
    let dir = tempfile::tempdir().unwrap();
    let catalogue = dir.path().join("huge.toml");
    let valid = fs::read_to_string(root().join("tests/fixtures/valid/minimal.toml")).unwrap();
    let huge = format!("{}\\u0007", "x".repeat(50 * 1024 * 1024));
    let contents = valid.replace("description = \"Permission denied by user\"", &format!("description = \"{huge}\""));
    fs::write(&catalogue, &contents).unwrap();
    let output = xtask(&["check", "--catalogue", catalogue.to_str().unwrap()]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{}", &stderr[..stderr.len().min(2000)]);
    let location = format!("huge.toml:41:{}", 16 + 50 * 1024 * 1024);
    assert!(stderr.contains(&location), "{}", &stderr[..stderr.len().min(2000)]);
    assert!(stderr.contains("contains U+0007 BELL (BEL), a control character"));
}
