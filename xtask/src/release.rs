//! `cargo xtask release [--version X.Y.Z] [--dry-run] [--catalogue PATH]`:
//! cut a release from a clean tree.
//!
//! The release is made in a scratch clone of the repository first: the
//! version set, `generated/` rewritten, `Cargo.lock` brought in step, a
//! section prepended to `CHANGELOG.md`, the commit and the annotated tag
//! made, and both packages built (`cargo package`, `npm pack`) and
//! inspected. Only when every step succeeded are the commit and the tag
//! fetched into the repository (a fast-forward of what is checked out) and
//! the two artifacts copied to `target/package/`. A failed step therefore
//! leaves the repository as it was, and `--dry-run` is the same run without
//! that last step.
//!
//! The folder that holds the catalogue is the project's root: `generated/`,
//! `Cargo.lock` and `CHANGELOG.md` are beside it.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Output};
use std::time::{SystemTime, UNIX_EPOCH};

use codegen::Catalogue;
use codegen::compare::{Anchor, Comparison, Impact, Locations, ReleaseNotes, Version, compare};

use crate::breaking::{self, Failure, Pair, trouble};
use crate::cli::ReleaseOptions;

/// Where both artifacts are put, under the project's root.
const PACKAGE_DIR: &str = "target/package";

pub fn run(options: &ReleaseOptions) -> ExitCode {
    match release(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if !failure.message.is_empty() {
                eprintln!("error: {}", failure.message);
            }
            ExitCode::from(failure.status)
        }
    }
}

/// A release refused for what the catalogue or the tree holds (exit 1).
fn refused(message: impl Into<String>) -> Failure {
    Failure { status: 1, message: message.into() }
}

/// The catalogue and the repository it lives in.
struct Project {
    /// The catalogue file, absolute.
    catalogue: PathBuf,
    /// The catalogue's file name.
    file_name: String,
    /// The folder of the catalogue relative to the repository's top, `""`
    /// or ending in `/` (what `git rev-parse --show-prefix` prints).
    prefix: String,
    /// The repository's top folder.
    top: PathBuf,
}

impl Project {
    fn root(&self) -> PathBuf {
        self.top.join(&self.prefix)
    }
}

fn release(options: &ReleaseOptions) -> Result<(), Failure> {
    let project = project(&options.catalogue)?;
    let shown = crate::sync::display(&project.catalogue).display().to_string();

    // A release is made of what is committed, and only of that.
    let status = git_text(&project.top, &["status", "--porcelain", "--untracked-files=all"])?;
    if !status.is_empty() {
        return Err(trouble(format!(
            "the working tree has uncommitted changes; a release is made from a clean tree, so commit or stash \
             them first:\n{status}"
        )));
    }
    // A valid catalogue and generated/ up to date: what `cargo xtask check` checks, with its messages.
    let check = crate::run(&crate::cli::Options {
        command: crate::cli::Command::Check,
        catalogue: project.catalogue.clone(),
        out: project.root().join("generated"),
    });
    if check != 0 {
        return Err(Failure { status: check, message: "no release: `cargo xtask check` must pass first".into() });
    }

    let text = fs::read_to_string(&project.catalogue)
        .map_err(|error| trouble(format!("cannot read the catalogue {shown}: {error}")))?;
    let catalogue = breaking::load(&shown, &text, "the catalogue")?;
    let current = Version::parse(&catalogue.version)
        .ok_or_else(|| refused(format!("[catalogue] version `{}` is not a version", catalogue.version)))?;
    let version = match &options.version {
        Some(given) => Version::parse(given)
            .filter(|version| version.to_string() == *given)
            .ok_or_else(|| trouble(format!("`--version {given}` is not a version: expected MAJOR.MINOR.PATCH")))?,
        None => current.clone(),
    };
    let new_text = if version == current { text.clone() } else { set_version(&text, &version.to_string())? };
    let new_catalogue = breaking::load(&shown, &new_text, "the catalogue with the new version")?;

    let last = last_release(&project.top)?;
    let comparison = match &last {
        None => {
            println!("first release: no v*.*.* tag is reachable from HEAD");
            None
        }
        Some((tag, last_version)) => {
            Some(judge(&project, &shown, &new_text, new_catalogue.clone(), tag, last_version, &version)?)
        }
    };

    // A tag of another branch.
    if git(&project.top, &["rev-parse", "--verify", "--quiet", &format!("refs/tags/v{version}")])?.status.success() {
        return Err(refused(format!("the tag v{version} already exists; give a later version with --version")));
    }
    // Everything from here on happens in a scratch clone.
    let scratch = Scratch::new()?;
    let clone = scratch.path.join("repository");
    let head = git_text(&project.top, &["rev-parse", "HEAD"])?;
    let top = project.top.to_string_lossy().into_owned();
    git_ok(&scratch.path, &["clone", "--quiet", "--no-checkout", &top, "repository"])?;
    git_ok(&clone, &["checkout", "--quiet", "--detach", &head])?;
    let clone_root = clone.join(&project.prefix);

    if version != current {
        fs::write(clone_root.join(&project.file_name), &new_text)
            .map_err(|error| trouble(format!("cannot write the catalogue: {error}")))?;
        println!("{shown}: [catalogue] version {current} -> {version}");
    }
    let written = crate::sync::write(&clone_root.join("generated"), &codegen::generate(&new_catalogue))
        .map_err(|error| trouble(format!("cannot regenerate: {error}")))?
        .iter()
        .filter(|(_, action)| *action != crate::sync::Action::Unchanged)
        .count();
    println!("generated/: {written} file{} rewritten", if written == 1 { "" } else { "s" });
    lock_in_step(&clone_root)?;

    let date = release_date()?;
    let changelog = clone_root.join("CHANGELOG.md");
    let old_changelog = fs::read_to_string(&changelog).unwrap_or_default();
    let section = changelog_section(&version, &date, comparison.as_ref(), &new_catalogue);
    fs::write(&changelog, prepend_section(&old_changelog, &section))
        .map_err(|error| trouble(format!("cannot write CHANGELOG.md: {error}")))?;
    println!("CHANGELOG.md: ## [{version}] - {date}");

    let tag = format!("v{version}");
    let message = format!("Release {version}");
    let identity = identity(&project.top)?;
    let with_identity = |args: &[&str]| -> Vec<String> {
        identity.iter().cloned().chain(args.iter().map(|arg| (*arg).to_string())).collect()
    };
    git_ok(&clone, &["add", "--all"])?;
    git_ok_owned(&clone, &with_identity(&["commit", "--quiet", "--message", &message]))?;
    git_ok_owned(&clone, &with_identity(&["tag", "--annotate", &tag, "--message", &message]))?;

    let artifacts = build_artifacts(&clone_root, &new_catalogue, &version)?;

    if options.dry_run {
        println!("\nThe changelog section it would add:\n\n{}", section.trim_end());
        println!("\ndry run: the release was made in a scratch copy and thrown away; nothing was changed");
        return Ok(());
    }
    let commit = git_text(&clone, &["rev-parse", "HEAD"])?;
    let clone_path = clone.to_string_lossy().into_owned();
    git_ok(&project.top, &["fetch", "--quiet", &clone_path, &format!("refs/tags/{tag}:refs/tags/{tag}")])?;
    git_ok(&project.top, &["merge", "--quiet", "--ff-only", &commit])?;
    let destination = project.root().join(PACKAGE_DIR);
    fs::create_dir_all(&destination)
        .map_err(|error| trouble(format!("cannot create {}: {error}", destination.display())))?;
    for artifact in &artifacts {
        let name = artifact.file_name().unwrap_or_default();
        fs::copy(artifact, destination.join(name)).map_err(|error| {
            trouble(format!("cannot copy {} to {}: {error}", artifact.display(), destination.display()))
        })?;
        println!("{}", crate::sync::display(&destination.join(name)).display());
    }
    println!("committed \"{message}\" ({}) and tagged {tag}", &commit[..commit.len().min(12)]);
    let branch = git_text(&project.top, &["rev-parse", "--abbrev-ref", "HEAD"])?;
    println!("next: git push origin {branch} {tag}   (the release workflow publishes the tag)");
    Ok(())
}

/// Compares the new catalogue with the one at the last release tag, exactly
/// as `cargo xtask breaking --against TAG` does (and prints the same lines),
/// and refuses a version that does not cover the changes or does not come
/// after the tag. Returns the comparison, for the changelog.
fn judge(
    project: &Project,
    shown: &str,
    new_text: &str,
    new: Catalogue,
    tag: &str,
    last: &Version,
    version: &Version,
) -> Result<Comparison, Failure> {
    println!("last release: {tag}");
    let (old_name, old_text) = breaking::old_text(tag, &project.catalogue)?.ok_or_else(|| {
        refused(format!(
            "{tag} has no {shown}; remove the tag or release from a repository whose tags hold the catalogue"
        ))
    })?;
    let old = breaking::load(&old_name, &old_text, &format!("the catalogue at {tag}"))?;
    let pair = Pair { old_name, old_text, old, new_name: shown.to_string(), new_text: new_text.to_string(), new };
    let comparison = compare(&pair.old, &pair.new);
    // The same lines as `breaking`, then the verdict on the version.
    let covered = breaking::report(&pair, &comparison, tag) == 0;
    let least = comparison.least_version().unwrap_or_else(|| last.next(Impact::Fix));
    let retry = format!("`cargo xtask release --version {least}`");
    let need = if comparison.changes.is_empty() {
        format!(
            "the catalogue has not changed since {tag}; a release of other changes needs at least {least} ({retry})"
        )
    } else {
        format!("the changes since {tag} need at least {least} ({retry})")
    };
    if version <= last {
        let relation = if version == last { "is already released as" } else { "goes backwards from" };
        return Err(refused(format!("version {version} {relation} {tag}; {need}")));
    }
    if !covered || version < &least {
        let impact = comparison.needed().map_or("patch", Impact::as_str);
        return Err(refused(format!(
            "version {version} does not cover the changes since {tag}: they need a {impact} release, at least \
             {least} ({retry})"
        )));
    }
    Ok(comparison)
}

fn project(catalogue: &Path) -> Result<Project, Failure> {
    let catalogue = fs::canonicalize(catalogue)
        .map_err(|error| trouble(format!("cannot read the catalogue {}: {error}", catalogue.display())))?;
    let file_name = catalogue
        .file_name()
        .and_then(|name| name.to_str())
        .ok_or_else(|| trouble("the catalogue path names no file"))?
        .to_string();
    let dir = catalogue.parent().unwrap_or(Path::new("/")).to_path_buf();
    let top = git_text(&dir, &["rev-parse", "--show-toplevel"]).map_err(|_| {
        trouble(format!("{} is not in a git repository; a release is a commit and a tag", dir.display()))
    })?;
    let prefix = git_text(&dir, &["rev-parse", "--show-prefix"])?;
    Ok(Project { catalogue, file_name, prefix, top: PathBuf::from(top) })
}

/// The catalogue's text with `[catalogue] version` set to `version`, and
/// every other byte as it was.
fn set_version(text: &str, version: &str) -> Result<String, Failure> {
    let span = Locations::of(text)
        .span(&Anchor::Key("catalogue.version"))
        .ok_or_else(|| refused("the catalogue has no [catalogue] version to set"))?;
    Ok(format!("{}\"{version}\"{}", &text[..span.start], &text[span.end..]))
}

/// The highest `vMAJOR.MINOR.PATCH` tag reachable from HEAD, if any.
fn last_release(top: &Path) -> Result<Option<(String, Version)>, Failure> {
    let tags = git_text(top, &["tag", "--list", "v*", "--merged", "HEAD"])?;
    Ok(tags
        .lines()
        .filter_map(|tag| {
            let version = Version::parse(tag.strip_prefix('v')?)?;
            (format!("v{version}") == tag).then(|| (tag.to_string(), version))
        })
        .max_by(|a, b| a.1.cmp(&b.1)))
}

/// Brings `Cargo.lock` in step with the new version of the workspace's own
/// crates. Only their entries change, which needs no registry, so Cargo is
/// asked offline first; a dependency missing from the local cache sends it
/// to the registry.
fn lock_in_step(root: &Path) -> Result<(), Failure> {
    if !root.join("Cargo.lock").exists() {
        return Ok(());
    }
    let offline = tool(Command::new("cargo").args(["update", "--workspace", "--offline"]).current_dir(root))?;
    if !offline.status.success() {
        checked("cargo update --workspace", Command::new("cargo").args(["update", "--workspace"]).current_dir(root))?;
    }
    println!("Cargo.lock: in step");
    Ok(())
}

/// Builds the crate with `cargo package` (which also compiles it) and the
/// npm tarball with `npm pack` (after installing the package's pinned
/// TypeScript), and checks that each holds a licence, a README and the new
/// version. Returns their paths.
fn build_artifacts(root: &Path, catalogue: &Catalogue, version: &Version) -> Result<Vec<PathBuf>, Failure> {
    let target = root.join("target");
    let packages = target.join("package");
    let crate_name = &catalogue.rust.crate_name;
    println!("cargo package -p {crate_name}: building and compiling the crate");
    checked(
        "cargo package",
        Command::new("cargo")
            .args(["package", "--quiet", "--package", crate_name, "--target-dir"])
            .arg(&target)
            .current_dir(root),
    )?;
    let crate_file = packages.join(format!("{crate_name}-{version}.crate"));
    let top = format!("{crate_name}-{version}/");
    inspect(&crate_file, &top, "Cargo.toml", &format!("version = \"{version}\""))?;

    let typescript = root.join("generated/typescript");
    println!("npm pack: installing the pinned TypeScript and building the package");
    checked(
        "npm install",
        Command::new("npm").args(["install", "--no-audit", "--no-fund", "--prefer-offline"]).current_dir(&typescript),
    )?;
    checked(
        "npm pack",
        Command::new("npm").args(["pack", "--silent", "--pack-destination"]).arg(&packages).current_dir(&typescript),
    )?;
    // npm names a scoped package's tarball `scope-name-version.tgz`.
    let tarball_name = catalogue.typescript.package.trim_start_matches('@').replace('/', "-");
    let tarball = packages.join(format!("{tarball_name}-{version}.tgz"));
    inspect(&tarball, "package/", "package.json", &format!("\"version\": \"{version}\""))?;
    Ok(vec![crate_file, tarball])
}

/// Checks that the archive holds a licence file and a README at its top,
/// and that its manifest states `version`; prints what it holds.
fn inspect(archive: &Path, top: &str, manifest: &str, version: &str) -> Result<(), Failure> {
    let name = archive.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let listing = checked("tar", Command::new("tar").arg("-tzf").arg(archive))?;
    let entries: Vec<&str> = listing.lines().filter_map(|entry| entry.strip_prefix(top)).collect();
    let at_top = |prefix: &str| entries.iter().any(|entry| !entry.contains('/') && entry.starts_with(prefix));
    let mut missing = Vec::new();
    if !at_top("LICENSE") && !at_top("LICENCE") {
        missing.push("a LICENSE file");
    }
    if !at_top("README") {
        missing.push("a README");
    }
    let manifest_text = checked("tar", Command::new("tar").arg("-xzOf").arg(archive).arg(format!("{top}{manifest}")))?;
    if !manifest_text.lines().any(|line| line.trim().trim_end_matches(',') == version) {
        missing.push("the new version in its manifest");
    }
    if !missing.is_empty() {
        return Err(refused(format!("{name} lacks {}", missing.join(" and "))));
    }
    println!("{name}: {} files, with {}", entries.len(), {
        let mut shown: Vec<&str> =
            entries.iter().copied().filter(|entry| !entry.contains('/') && !entry.is_empty()).collect();
        shown.sort_unstable();
        shown.join(", ")
    });
    Ok(())
}

/// The release date: the day of `SOURCE_DATE_EPOCH` when it is set (a
/// reproducible release), else today, in UTC.
fn release_date() -> Result<String, Failure> {
    let seconds = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) => value
            .trim()
            .parse::<i64>()
            .map_err(|_| trouble(format!("SOURCE_DATE_EPOCH=`{value}` is not a number of seconds")))?,
        Err(_) => SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)),
    };
    Ok(civil_date(seconds.div_euclid(86_400)))
}

/// `YYYY-MM-DD` of a day counted from 1970-01-01 (the proleptic Gregorian
/// calendar; Howard Hinnant's `civil_from_days`).
fn civil_date(days: i64) -> String {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

const CHANGELOG_HEADER: &str = "\
# Changelog

Every release of the error catalogue and of its packages (the Rust crate and
the npm package share one version). The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/) and the versions
[Semantic Versioning](https://semver.org/spec/v2.0.0.html) as Cargo and npm
read it; `cargo xtask release` writes each section.
";

/// The changelog with `section` before its newest release (after the
/// header, which a new file gets).
fn prepend_section(changelog: &str, section: &str) -> String {
    if changelog.trim().is_empty() {
        return format!("{CHANGELOG_HEADER}\n{section}");
    }
    match changelog.find("\n## ") {
        // `index` is the line break before the heading, after a blank line.
        Some(index) => format!("{}{section}\n{}", &changelog[..=index], &changelog[index + 1..]),
        None => format!("{}\n\n{section}", changelog.trim_end()),
    }
}

/// One release's section of CHANGELOG.md, for people: the changes since the
/// last release under Keep a Changelog's headings, without rule ids.
fn changelog_section(version: &Version, date: &str, comparison: Option<&Comparison>, catalogue: &Catalogue) -> String {
    let mut out = format!("## [{version}] - {date}\n");
    let Some(comparison) = comparison else {
        let _ = write!(
            out,
            "\n### Added\n\n- The first release: {} codes in {} categories.\n",
            catalogue.errors.len(),
            catalogue.categories.len()
        );
        return out;
    };
    let notes = ReleaseNotes::of(comparison);
    if notes.is_empty() {
        out.push_str("\nNo change to the catalogue; the packages are rebuilt.\n");
    } else {
        out.push('\n');
        out.push_str(&notes.markdown());
    }
    out
}

/// `-c user.name=… -c user.email=…` as the repository's git configuration
/// sets them, so the commit made in the scratch clone is the maintainer's.
fn identity(top: &Path) -> Result<Vec<String>, Failure> {
    let mut arguments = Vec::new();
    for key in ["user.name", "user.email"] {
        let output = git(top, &["config", "--get", key])?;
        if output.status.success() {
            arguments.push("-c".to_string());
            arguments.push(format!("{key}={}", String::from_utf8_lossy(&output.stdout).trim()));
        }
    }
    Ok(arguments)
}

fn git(dir: &Path, args: &[&str]) -> Result<Output, Failure> {
    breaking::git(dir, args)
}

/// A git command that must succeed; its trimmed stdout.
fn git_text(dir: &Path, args: &[&str]) -> Result<String, Failure> {
    let output = git(dir, args)?;
    if !output.status.success() {
        return Err(trouble(format!(
            "`git {}` failed in {}: {}",
            args.join(" "),
            dir.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim_end().to_string())
}

fn git_ok(dir: &Path, args: &[&str]) -> Result<(), Failure> {
    git_text(dir, args).map(drop)
}

fn git_ok_owned(dir: &Path, args: &[String]) -> Result<(), Failure> {
    git_ok(dir, &args.iter().map(String::as_str).collect::<Vec<_>>())
}

/// Runs a tool; `Err` only when it cannot be started.
fn tool(command: &mut Command) -> Result<Output, Failure> {
    let program = command.get_program().to_string_lossy().into_owned();
    command.output().map_err(|error| trouble(format!("cannot run `{program}`: {error}")))
}

/// Runs a tool that must succeed; its stdout. On failure its output is shown.
fn checked(what: &str, command: &mut Command) -> Result<String, Failure> {
    let output = tool(command)?;
    if !output.status.success() {
        return Err(refused(format!(
            "{what} failed ({}); nothing was changed:\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// A temporary folder, removed when dropped.
struct Scratch {
    path: PathBuf,
}

impl Scratch {
    fn new() -> Result<Self, Failure> {
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |elapsed| elapsed.subsec_nanos());
        let path = std::env::temp_dir().join(format!("xtask-release-{}-{nanos}", std::process::id()));
        fs::create_dir_all(&path).map_err(|error| trouble(format!("cannot create {}: {error}", path.display())))?;
        Ok(Self { path })
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_follow_the_gregorian_calendar() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(-1), "1969-12-31");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_789), "2026-12-02");
        assert_eq!(civil_date(19_783), "2024-03-01");
    }

    #[test]
    fn a_section_goes_before_the_newest_release() {
        let first = prepend_section("", "## [0.1.0] - 2026-01-01\n");
        assert!(first.starts_with("# Changelog\n") && first.ends_with("\n\n## [0.1.0] - 2026-01-01\n"), "{first}");
        let second = prepend_section(&first, "## [0.2.0] - 2026-02-01\n");
        let newer = second.find("## [0.2.0]").unwrap();
        assert!(newer < second.find("## [0.1.0]").unwrap() && second.starts_with("# Changelog\n"), "{second}");
        assert_eq!(second.matches("# Changelog").count(), 1);
        assert!(!second.contains("\n\n\n"), "one blank line between sections: {second:?}");
        assert!(second.contains("\n\n## [0.2.0] - 2026-02-01\n\n## [0.1.0]"), "{second:?}");
    }

    #[test]
    fn set_version_changes_only_the_version() {
        let text = "# head\n[catalogue]\ntitle = \"t\"  # version = \"x\"\nversion = \"0.1.0\"   # kept\n";
        assert_eq!(
            set_version(text, "0.2.0").ok(),
            Some("# head\n[catalogue]\ntitle = \"t\"  # version = \"x\"\nversion = \"0.2.0\"   # kept\n".to_string())
        );
    }
}
