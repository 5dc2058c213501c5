//! The command line of `gen`, `check` and `release`: their help texts, the
//! parsing of their arguments, and the usage errors with a "did you mean".
//! The other commands parse their few options beside their own code.

use std::path::PathBuf;

const USAGE: &str = "\
Generate the error-code bindings from the catalogue, or check they are current.

Usage:
  cargo xtask gen   [--catalogue PATH] [--out DIR]
  cargo xtask check [--catalogue PATH] [--out DIR]
  cargo xtask bench [--runs N]   (time check's own work in-process; see BENCHMARKS.md)
  cargo xtask breaking --against REV [--catalogue PATH]
  cargo xtask changes  --against REV [--catalogue PATH]
  cargo xtask upstream PATH [--write] [--catalogue PATH]   (compare with the SDK's .d.ts; see --help)
  cargo xtask release [--version X.Y.Z] [--dry-run] [--catalogue PATH]

Commands:
  gen     Validate the catalogue and write every generated file whose bytes
          changed; remove generated files that are no longer produced.
  check   Validate and render the same way, write nothing, and list every
          stale, missing or extra file with a diff (for CI).
  breaking  Compare the catalogue with its version at git revision REV and
          name every change by rule id; exit 1 on a breaking change that the
          version bump does not cover or a code removed without [[reserved]].
  changes   The same comparison as Markdown release notes.
  release   Cut a release from a clean tree: check the version against the
          last vX.Y.Z tag, regenerate, write CHANGELOG.md, build both
          packages into target/package/, commit and tag (see --help).

Options:
  --catalogue PATH   The catalogue to read [default: catalogue.toml at the workspace root]
  --out DIR          The folder of generated files; it must exist [default: generated/ at the workspace root]
  -h, --help         Print this help (`cargo xtask gen --help`: the help of `gen`)

In a GitHub Actions job (GITHUB_ACTIONS=true), every problem is also printed
as a workflow command, which GitHub shows on the line of the pull request.

Exit status: 0 success, 1 invalid catalogue or drift, 2 usage or I/O error.";

const GEN_HELP: &str = "\
Validate catalogue.toml and write every generated file whose bytes changed.

Usage:
  cargo xtask gen [--catalogue PATH] [--out DIR]

Every problem of the catalogue is reported at once, located at file:line:column,
and then nothing is written. Otherwise each file under the output folder that
the generator owns is written if its bytes changed and removed if it is no
longer produced; every other file is left alone. Warnings do not stop it.

Options:
  --catalogue PATH   The catalogue to read [default: catalogue.toml at the workspace root]
  --out DIR          The folder of generated files; it must exist [default: generated/ at the workspace root]
  -h, --help         Print this help

Exit status: 0 written, 1 invalid catalogue, 2 usage or I/O error.";

const CHECK_HELP: &str = "\
Validate catalogue.toml and check that the generated files match it, writing nothing.

Usage:
  cargo xtask check [--catalogue PATH] [--out DIR]

Lists every stale, missing or extra generated file, with a diff. CI runs it;
under GITHUB_ACTIONS=true each problem is also a workflow command (an
annotation on the pull request).

Options:
  --catalogue PATH   The catalogue to read [default: catalogue.toml at the workspace root]
  --out DIR          The folder of generated files; it must exist [default: generated/ at the workspace root]
  -h, --help         Print this help

Exit status: 0 up to date, 1 invalid catalogue or drift, 2 usage or I/O error.";

const RELEASE_HELP: &str = "\
Cut a release of both packages from a clean tree.

Usage:
  cargo xtask release [--version X.Y.Z] [--dry-run] [--catalogue PATH]

Refuses a tree with uncommitted changes, an invalid catalogue or drift.
Compares the catalogue with the last release (the highest vX.Y.Z tag
reachable from HEAD) exactly as `breaking` does, and refuses a version that
does not cover the changes or does not come after that tag, naming the least
version that would. Then, with the version set in catalogue.toml
(--version), regenerates generated/, brings Cargo.lock in step, prepends the
release's section to CHANGELOG.md (dated SOURCE_DATE_EPOCH when set, else
today, UTC), commits \"Release X.Y.Z\", makes the annotated tag vX.Y.Z, and
builds the crate (cargo package, which compiles it) and the npm tarball (npm
pack, after installing the pinned TypeScript) into target/package/, each
checked for a LICENSE, a README and the new version. All of it happens in a
scratch clone first: the repository changes only when every step succeeded.

Options:
  --version X.Y.Z    The version to release; set in [catalogue] version first [default: the catalogue's]
  --dry-run          Do everything in the scratch clone, then throw it away: nothing changes
  --catalogue PATH   The catalogue to read [default: catalogue.toml at the workspace root]
  -h, --help         Print this help

Exit status: 0 released, 1 refused (invalid catalogue, drift, a version that
does not cover the changes, a failed build), 2 usage, I/O or git error, or
uncommitted changes.";

/// The commands, for "did you mean" (`bench` and the other commands
/// dispatched before argument parsing included).
const COMMANDS: &[&str] = &["gen", "check", "bench", "breaking", "changes", "upstream", "release"];

/// The options of `gen` and `check`, for "did you mean".
const OPTIONS: &[&str] = &["--catalogue", "--out", "--help"];

/// The options of `release`, for "did you mean".
const RELEASE_OPTIONS: &[&str] = &["--version", "--dry-run", "--catalogue", "--help"];

/// Exit status for a usage or I/O error.
pub(crate) const TROUBLE: u8 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Command {
    Gen,
    Check,
    Release,
}

#[derive(Debug)]
pub(crate) struct Options {
    pub(crate) command: Command,
    pub(crate) catalogue: PathBuf,
    pub(crate) out: PathBuf,
}

/// What `cargo xtask release` is asked for.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct ReleaseOptions {
    /// The version to release, set in the catalogue first; else the catalogue's.
    pub(crate) version: Option<String>,
    pub(crate) dry_run: bool,
    pub(crate) catalogue: PathBuf,
}

/// What the command line asks for.
#[derive(Debug)]
pub(crate) enum Parsed {
    /// `gen` or `check`.
    Run(Options),
    Release(ReleaseOptions),
    /// The help of one command, or of all.
    Help(Option<Command>),
}

pub(crate) fn help(command: Option<Command>) -> &'static str {
    match command {
        None => USAGE,
        Some(Command::Gen) => GEN_HELP,
        Some(Command::Check) => CHECK_HELP,
        Some(Command::Release) => RELEASE_HELP,
    }
}

/// A usage error, printed the way Cargo prints one: the problem, a "did you
/// mean" when a known word is close, and where the help is (not the whole
/// help, which would bury the one line that matters).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct UsageError {
    message: String,
    suggestion: Option<&'static str>,
    command: Option<Command>,
}

impl UsageError {
    fn new(message: impl Into<String>, command: Option<Command>) -> Self {
        Self { message: message.into(), suggestion: None, command }
    }
}

impl std::fmt::Display for UsageError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(formatter, "error: {}", self.message)?;
        if let Some(suggestion) = self.suggestion {
            writeln!(formatter, "\n  tip: did you mean `{suggestion}`?")?;
        }
        let (usage, more) = match self.command {
            Some(Command::Gen) => ("cargo xtask gen [--catalogue PATH] [--out DIR]", "cargo xtask gen --help"),
            Some(Command::Check) => ("cargo xtask check [--catalogue PATH] [--out DIR]", "cargo xtask check --help"),
            Some(Command::Release) => {
                ("cargo xtask release [--version X.Y.Z] [--dry-run] [--catalogue PATH]", "cargo xtask release --help")
            }
            None => ("cargo xtask <gen|check|bench> [OPTIONS]", "cargo xtask --help"),
        };
        write!(formatter, "\nUsage: {usage}\n\nFor more information, try `{more}`.")
    }
}

/// The known word closest to `word`: a typo (at most two edits) or an
/// abbreviation or extension of it (`generate` for `gen`, `--catalog`).
fn did_you_mean(word: &str, known: &[&'static str]) -> Option<&'static str> {
    known
        .iter()
        .map(|candidate| (strsim::damerau_levenshtein(word, candidate), *candidate))
        .filter(|(distance, candidate)| {
            *distance <= 2
                || (candidate.len() >= 3
                    && word.len() >= 3
                    && (word.starts_with(candidate) || candidate.starts_with(word)))
        })
        .min()
        .map(|(_, candidate)| candidate)
}

pub(crate) fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Parsed, UsageError> {
    let mut command = None;
    let mut catalogue = None;
    let mut out = None;
    let mut version = None;
    let mut dry_run = false;
    let mut help_asked = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag.to_string(), Some(value.to_string())),
            _ => (arg.clone(), None),
        };
        match flag.as_str() {
            "-h" | "--help" => help_asked = true,
            // `cargo xtask help` and `cargo xtask help gen`.
            "help" if command.is_none() => help_asked = true,
            "--out" if command == Some(Command::Release) => {
                let mut error = UsageError::new("unknown option `--out`", command);
                error.suggestion = did_you_mean(&flag, RELEASE_OPTIONS);
                return Err(error);
            }
            "--version" | "--dry-run" if command != Some(Command::Release) => {
                return Err(UsageError::new(format!("`{flag}` is an option of `release`"), command));
            }
            "--dry-run" => dry_run = true,
            "--catalogue" | "--out" | "--version" => {
                let value = inline
                    .or_else(|| args.next())
                    .ok_or_else(|| UsageError::new(format!("`{flag}` needs a value"), command))?;
                let duplicate = match flag.as_str() {
                    "--out" => out.replace(PathBuf::from(value)).is_some(),
                    "--version" => version.replace(value).is_some(),
                    _ => catalogue.replace(PathBuf::from(value)).is_some(),
                };
                if duplicate {
                    return Err(UsageError::new(format!("`{flag}` is given twice"), command));
                }
            }
            "gen" | "check" | "release" if command.is_none() => {
                command = Some(match flag.as_str() {
                    "gen" => Command::Gen,
                    "check" => Command::Check,
                    _ => Command::Release,
                });
            }
            other if other.starts_with('-') => {
                let mut error = UsageError::new(format!("unknown option `{other}`"), command);
                let known = if command == Some(Command::Release) { RELEASE_OPTIONS } else { OPTIONS };
                error.suggestion = did_you_mean(other, known);
                return Err(error);
            }
            other if command.is_none() && !help_asked => {
                let mut error = UsageError::new(format!("unknown command `{other}`"), None);
                error.suggestion = did_you_mean(other, COMMANDS);
                return Err(error);
            }
            other => return Err(UsageError::new(format!("unexpected argument `{other}`"), command)),
        }
    }
    if help_asked {
        return Ok(Parsed::Help(command));
    }
    let command = command.ok_or_else(|| UsageError::new("missing command: `gen` or `check`", None))?;
    let root = crate::workspace_root();
    if command == Command::Release {
        return Ok(Parsed::Release(ReleaseOptions {
            version,
            dry_run,
            catalogue: catalogue.unwrap_or_else(|| root.join("catalogue.toml")),
        }));
    }
    Ok(Parsed::Run(Options {
        command,
        catalogue: catalogue.unwrap_or_else(|| root.join("catalogue.toml")),
        out: out.unwrap_or_else(|| root.join("generated")),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Parsed, UsageError> {
        parse_args(list.iter().map(|arg| (*arg).to_string()))
    }

    fn run_options(list: &[&str]) -> Options {
        match args(list) {
            Ok(Parsed::Run(options)) => options,
            other => panic!("{list:?}: {other:?}"),
        }
    }

    fn error(list: &[&str]) -> (String, Option<&'static str>) {
        let error = args(list).expect_err("a usage error");
        (error.message, error.suggestion)
    }

    #[test]
    fn arguments_parse_in_any_order_with_either_spelling() {
        let options = run_options(&["--out=x", "check", "--catalogue", "c.toml"]);
        assert_eq!(options.command, Command::Check);
        assert_eq!((options.out, options.catalogue), (PathBuf::from("x"), PathBuf::from("c.toml")));
        assert_eq!(error(&[]).0, "missing command: `gen` or `check`");
        assert_eq!(error(&["gen", "--out"]).0, "`--out` needs a value");
        assert_eq!(error(&["gen", "--force"]), ("unknown option `--force`".to_string(), None));
        assert_eq!(error(&["gen", "gen"]).0, "unexpected argument `gen`");
    }

    #[test]
    fn help_is_per_command() {
        assert!(matches!(args(&["--help"]), Ok(Parsed::Help(None))));
        assert!(matches!(args(&["help"]), Ok(Parsed::Help(None))));
        assert!(matches!(args(&["gen", "--help"]), Ok(Parsed::Help(Some(Command::Gen)))));
        assert!(matches!(args(&["-h", "check"]), Ok(Parsed::Help(Some(Command::Check)))));
        assert!(matches!(args(&["help", "gen"]), Ok(Parsed::Help(Some(Command::Gen)))));
        assert!(help(Some(Command::Gen)).contains("cargo xtask gen ["));
        assert!(!help(Some(Command::Gen)).contains("cargo xtask check"));
    }

    #[test]
    fn unknown_commands_and_options_get_did_you_mean() {
        assert_eq!(error(&["generate"]), ("unknown command `generate`".to_string(), Some("gen")));
        assert_eq!(error(&["chek"]), ("unknown command `chek`".to_string(), Some("check")));
        assert_eq!(error(&["frobnicate"]), ("unknown command `frobnicate`".to_string(), None));
        assert_eq!(error(&["gen", "--catalog", "x"]), ("unknown option `--catalog`".to_string(), Some("--catalogue")));
        assert_eq!(error(&["check", "--output"]).1, Some("--out"));
        assert_eq!(error(&["check", "--hlep"]).1, Some("--help"));
    }
}
