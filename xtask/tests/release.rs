//! `cargo xtask release` for real, in a scratch git repository that holds a
//! small catalogue, its generated files and a workspace of the generated
//! crate: a first release, a version too small for a change, the next
//! release with `--version`, a version that goes backwards, a dirty tree and
//! a dry run. Both artifacts of each release are unpacked and inspected.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use std::collections::BTreeMap;

use common::{files, root};

/// 2001-09-09 in UTC.
const EPOCH: &str = "1000000000";

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn xtask(repo: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .args(["--catalogue", repo.join("catalogue.toml").to_str().unwrap()])
        .current_dir(repo)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .output()
        .expect("xtask runs")
}

fn git(repo: &Path, args: &[&str]) -> String {
    let output = Command::new("git").arg("-C").arg(repo).args(args).output().expect("git runs");
    assert!(output.status.success(), "git {args:?}: {}", text(&output.stderr));
    text(&output.stdout).trim_end().to_string()
}

/// What a release may change (HEAD, tags, the tree's status, the catalogue,
/// the artifacts and the generated files), to compare before and after.
type State = (String, String, String, String, Vec<PathBuf>, BTreeMap<PathBuf, Vec<u8>>);

fn state(repo: &Path) -> State {
    let packages = repo.join("target/package");
    let mut artifacts: Vec<PathBuf> =
        fs::read_dir(&packages).map(|entries| entries.map(|entry| entry.unwrap().path()).collect()).unwrap_or_default();
    artifacts.sort();
    (
        git(repo, &["rev-parse", "HEAD"]),
        git(repo, &["tag", "--list"]),
        git(repo, &["status", "--porcelain", "--untracked-files=all"]),
        fs::read_to_string(repo.join("catalogue.toml")).unwrap(),
        artifacts,
        files(&repo.join("generated")),
    )
}

/// A repository with the minimal catalogue (and a licence and repository),
/// its generated files, a workspace around the crate and a lock file.
fn scratch_repository(dir: &Path) -> PathBuf {
    let repo = dir.join("repo");
    fs::create_dir_all(repo.join("generated")).unwrap();
    let catalogue = fs::read_to_string(root().join("tests/fixtures/valid/minimal.toml")).unwrap().replace(
        "version = \"1.0.0\"\n",
        "version = \"1.0.0\"\nlicense = \"MIT\"\nrepository = \"https://example.com/acme/sdk-errors\"\n",
    );
    assert!(catalogue.contains("license = \"MIT\""));
    fs::write(repo.join("catalogue.toml"), &catalogue).unwrap();
    fs::copy(root().join(".gitignore"), repo.join(".gitignore")).unwrap();
    fs::write(repo.join("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [\"generated/rust\"]\n").unwrap();
    let generated = xtask(&repo, &["gen", "--out", repo.join("generated").to_str().unwrap()]);
    assert!(generated.status.success(), "{}", text(&generated.stderr));
    let lock = Command::new("cargo").args(["generate-lockfile", "--offline"]).current_dir(&repo).output().unwrap();
    assert!(lock.status.success(), "{}", text(&lock.stderr));
    git(&repo, &["init", "--quiet", "--initial-branch", "main"]);
    git(&repo, &["config", "user.name", "Release Test"]);
    git(&repo, &["config", "user.email", "release@example.com"]);
    git(&repo, &["add", "--all"]);
    git(&repo, &["commit", "--quiet", "--message", "The catalogue"]);
    repo
}

/// Unpacks `archive` into a new folder under `into` and returns the
/// package's top folder in it.
fn unpack(archive: &Path, into: &Path, top: &str) -> PathBuf {
    let dir = into.join(archive.file_name().unwrap());
    fs::create_dir_all(&dir).unwrap();
    let output = Command::new("tar").arg("-xzf").arg(archive).arg("-C").arg(&dir).output().unwrap();
    assert!(output.status.success(), "{}: {}", archive.display(), text(&output.stderr));
    dir.join(top)
}

/// Both artifacts of `version` are in target/package/ with a licence text,
/// a README and the version, and the npm package holds its built JavaScript.
fn inspect_artifacts(repo: &Path, version: &str, unpacked: &Path) {
    let packages = repo.join("target/package");
    let crate_top =
        unpack(&packages.join(format!("sdk-errors-{version}.crate")), unpacked, &format!("sdk-errors-{version}"));
    let npm_top = unpack(&packages.join(format!("acme-sdk-errors-{version}.tgz")), unpacked, "package");
    for top in [&crate_top, &npm_top] {
        let licence = fs::read_to_string(top.join("LICENSE")).unwrap_or_default();
        assert!(
            licence.starts_with("MIT License") && licence.contains("THE SOFTWARE IS PROVIDED \"AS IS\""),
            "{}: {licence}",
            top.display()
        );
        let readme = fs::read_to_string(top.join("README.md")).unwrap_or_default();
        assert!(readme.contains("sdk-errors"), "{}: README.md: {readme}", top.display());
    }
    let manifest = fs::read_to_string(crate_top.join("Cargo.toml")).unwrap();
    assert!(manifest.contains(&format!("\nversion = \"{version}\"\n")), "{manifest}");
    let package = fs::read_to_string(npm_top.join("package.json")).unwrap();
    assert!(package.contains(&format!("\"version\": \"{version}\"")), "{package}");
    assert!(npm_top.join("dist/index.js").is_file() && npm_top.join("dist/index.d.ts").is_file());
}

#[test]
fn release_cycle_in_a_scratch_repository() {
    let dir = tempfile::tempdir().unwrap();
    let repo = scratch_repository(dir.path());
    let unpacked = dir.path().join("unpacked");

    // A dirty tree is refused (2) and left as it was.
    fs::write(repo.join("notes.txt"), "draft").unwrap();
    let before = state(&repo);
    let output = xtask(&repo, &["release"]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(text(&output.stderr).contains("uncommitted changes") && text(&output.stderr).contains("notes.txt"));
    assert_eq!(state(&repo), before);
    fs::remove_file(repo.join("notes.txt")).unwrap();

    // The first release: the catalogue's version, with no tag to compare with.
    let output = xtask(&repo, &["release"]);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}{}", text(&output.stderr));
    assert!(stdout.contains("first release"), "{stdout}");
    assert_eq!(git(&repo, &["status", "--porcelain", "--untracked-files=all"]), "", "the tree is clean");
    assert_eq!(git(&repo, &["log", "-1", "--format=%s"]), "Release 1.0.0");
    assert_eq!(git(&repo, &["cat-file", "-t", "v1.0.0"]), "tag", "an annotated tag");
    assert_eq!(git(&repo, &["rev-parse", "v1.0.0^{commit}"]), git(&repo, &["rev-parse", "HEAD"]));
    let changelog = fs::read_to_string(repo.join("CHANGELOG.md")).unwrap();
    assert!(changelog.starts_with("# Changelog\n"), "{changelog}");
    assert!(changelog.contains("keepachangelog.com"), "{changelog}");
    assert!(changelog.contains("\n## [1.0.0] - 2001-09-09\n"), "{changelog}");
    inspect_artifacts(&repo, "1.0.0", &unpacked);

    // A new code needs a minor release: the catalogue's 1.0.0 and a patch
    // version are refused, naming 1.1.0, and nothing changes.
    let catalogue = fs::read_to_string(repo.join("catalogue.toml")).unwrap();
    let added = format!(
        "{catalogue}\n[[error]]\ncode = 9999\nname = \"BRAND_NEW_FAILURE\"\ncategory = \"stream\"\n\
         description = \"A failure the SDK reports since today.\"\n"
    );
    fs::write(repo.join("catalogue.toml"), &added).unwrap();
    let generated = xtask(&repo, &["gen", "--out", repo.join("generated").to_str().unwrap()]);
    assert!(generated.status.success(), "{}", text(&generated.stderr));
    git(&repo, &["commit", "--quiet", "--all", "--message", "A new code"]);
    let before = state(&repo);
    for args in [&["release"][..], &["release", "--version", "1.0.1"]] {
        let output = xtask(&repo, args);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains("at least 1.1.0") && stderr.contains("--version 1.1.0"), "{args:?}: {stderr}");
        assert!(text(&output.stdout).contains("CODE_ADDED: code 9999"), "{}", text(&output.stdout));
        assert_eq!(state(&repo), before, "{args:?} changed something");
    }

    // A dry run of the next release does all of it, and changes nothing.
    let output = xtask(&repo, &["release", "--version", "1.1.0", "--dry-run"]);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}{}", text(&output.stderr));
    assert!(stdout.contains("acme-sdk-errors-1.1.0.tgz") && stdout.contains("LICENSE"), "{stdout}");
    assert!(stdout.contains("nothing was changed"), "{stdout}");
    assert!(
        stdout.contains("## [1.1.0] - 2001-09-09\n\n### Added\n\n- Code 9999"),
        "the section it would add: {stdout}"
    );
    assert_eq!(state(&repo), before, "the dry run changed something");

    // The next release, with --version: only the version line of the
    // catalogue changes, the changelog gets a section above the first.
    let output = xtask(&repo, &["release", "--version", "1.1.0"]);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}{}", text(&output.stderr));
    assert_eq!(git(&repo, &["status", "--porcelain", "--untracked-files=all"]), "", "the tree is clean");
    assert_eq!(git(&repo, &["log", "-1", "--format=%s"]), "Release 1.1.0");
    assert_eq!(git(&repo, &["cat-file", "-t", "v1.1.0"]), "tag");
    assert_eq!(
        fs::read_to_string(repo.join("catalogue.toml")).unwrap(),
        added.replace("version = \"1.0.0\"", "version = \"1.1.0\"")
    );
    assert!(fs::read_to_string(repo.join("generated/rust/Cargo.toml")).unwrap().contains("version = \"1.1.0\""));
    let lock = fs::read_to_string(repo.join("Cargo.lock")).unwrap();
    assert!(lock.contains("name = \"sdk-errors\"\nversion = \"1.1.0\""), "Cargo.lock is not in step:\n{lock}");
    let changelog = fs::read_to_string(repo.join("CHANGELOG.md")).unwrap();
    let newer = changelog.find("## [1.1.0] - 2001-09-09").expect("a section for 1.1.0");
    assert!(newer < changelog.find("## [1.0.0]").unwrap(), "{changelog}");
    let section = &changelog[newer..changelog.find("## [1.0.0]").unwrap()];
    assert!(section.contains("### Added\n\n- Code 9999 `BRAND_NEW_FAILURE` was added"), "{section}");
    assert!(!section.contains("CODE_ADDED"), "no rule ids for people: {section}");
    assert!(!changelog.contains("\n\n\n"), "one blank line between sections:\n{changelog}");
    inspect_artifacts(&repo, "1.1.0", &unpacked);

    // A version before the last release is refused.
    let before = state(&repo);
    let output = xtask(&repo, &["release", "--version", "1.0.5"]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("version 1.0.5 goes backwards from v1.1.0"), "{stderr}");
    assert_eq!(state(&repo), before);
}
