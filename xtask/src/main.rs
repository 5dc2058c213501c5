//! `cargo xtask gen` and `cargo xtask check`: a thin command line over
//! `codegen`. This crate only parses arguments and does file I/O; all
//! rendering happens in `codegen`.

mod bench;
mod breaking;
mod sync;
mod upstream;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codegen::diagnostics::{Severity, workflow_command};

const USAGE: &str = "\
Generate the error-code bindings from the catalogue, or check they are current.

Usage:
  cargo xtask gen   [--catalogue PATH] [--out DIR]
  cargo xtask check [--catalogue PATH] [--out DIR]
  cargo xtask bench [--runs N]   (time check's own work in-process; see BENCHMARKS.md)
  cargo xtask breaking --against REV [--catalogue PATH]
  cargo xtask changes  --against REV [--catalogue PATH]
  cargo xtask upstream PATH [--write] [--catalogue PATH]   (compare with the SDK's .d.ts; see --help)

Commands:
  gen     Validate the catalogue and write every generated file whose bytes
          changed; remove generated files that are no longer produced.
  check   Validate and render the same way, write nothing, and list every
          stale, missing or extra file with a diff (for CI).
  breaking  Compare the catalogue with its version at git revision REV and
          name every change by rule id; exit 1 on a breaking change that the
          version bump does not cover or a code removed without [[reserved]].
  changes   The same comparison as Markdown release notes.

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

/// The commands, for "did you mean" (`bench` and the other commands
/// dispatched before argument parsing included).
const COMMANDS: &[&str] = &["gen", "check", "bench", "breaking", "changes", "upstream"];

/// The options of `gen` and `check`, for "did you mean".
const OPTIONS: &[&str] = &["--catalogue", "--out", "--help"];

/// Exit status for a usage or I/O error.
const TROUBLE: u8 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Command {
    Gen,
    Check,
}

#[derive(Debug)]
struct Options {
    command: Command,
    catalogue: PathBuf,
    out: PathBuf,
}

fn main() -> ExitCode {
    if std::env::args().nth(1).as_deref() == Some("bench") {
        return bench::run(std::env::args().skip(2));
    }
    if let Some(command) = std::env::args().nth(1).filter(|command| breaking::COMMANDS.contains(&command.as_str())) {
        return breaking::run(&command, std::env::args().skip(2));
    }
    if std::env::args().nth(1).as_deref() == Some("upstream") {
        return upstream::run(std::env::args().skip(2));
    }
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Parsed::Run(options)) => options,
        Ok(Parsed::Help(command)) => {
            println!("{}", help(command));
            return ExitCode::SUCCESS;
        }
        Err(usage) => {
            eprintln!("{usage}");
            return ExitCode::from(TROUBLE);
        }
    };
    ExitCode::from(run(&options))
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// What the command line asks for.
#[derive(Debug)]
enum Parsed {
    Run(Options),
    /// The help of one command, or of all.
    Help(Option<Command>),
}

fn help(command: Option<Command>) -> &'static str {
    match command {
        None => USAGE,
        Some(Command::Gen) => GEN_HELP,
        Some(Command::Check) => CHECK_HELP,
    }
}

/// A usage error, printed the way Cargo prints one: the problem, a "did you
/// mean" when a known word is close, and where the help is (not the whole
/// help, which would bury the one line that matters).
#[derive(Debug, PartialEq, Eq)]
struct UsageError {
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

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Parsed, UsageError> {
    let mut command = None;
    let mut catalogue = None;
    let mut out = None;
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
            "--catalogue" | "--out" => {
                let value = inline
                    .or_else(|| args.next())
                    .ok_or_else(|| UsageError::new(format!("`{flag}` needs a value"), command))?;
                let slot = if flag == "--out" { &mut out } else { &mut catalogue };
                if slot.replace(PathBuf::from(value)).is_some() {
                    return Err(UsageError::new(format!("`{flag}` is given twice"), command));
                }
            }
            "gen" | "check" if command.is_none() => {
                command = Some(if flag == "gen" { Command::Gen } else { Command::Check });
            }
            other if other.starts_with('-') => {
                let mut error = UsageError::new(format!("unknown option `{other}`"), command);
                error.suggestion = did_you_mean(other, OPTIONS);
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
    let root = workspace_root();
    Ok(Parsed::Run(Options {
        command,
        catalogue: catalogue.unwrap_or_else(|| root.join("catalogue.toml")),
        out: out.unwrap_or_else(|| root.join("generated")),
    }))
}

/// Runs one command and returns its exit status.
fn run(options: &Options) -> u8 {
    let shown_catalogue = sync::display(&options.catalogue);
    let shown_out = sync::display(&options.out);
    let text = match std::fs::read(&options.catalogue) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => {
                let offset = error.utf8_error().valid_up_to();
                let (line, column) =
                    codegen::diagnostics::line_column(&String::from_utf8_lossy(error.as_bytes()), offset);
                let message = format!("the catalogue is not valid UTF-8 (byte {offset}); save it as UTF-8");
                eprintln!("error: {}:{line}:{column}: {message}", shown_catalogue.display());
                if github_actions() {
                    let path = shown_catalogue.display().to_string().replace('\\', "/");
                    let properties =
                        [("file", path.as_str()), ("line", &line.to_string()), ("col", &column.to_string())];
                    println!("{}", workflow_command(Severity::Error, &properties, &message));
                }
                return 1;
            }
        },
        Err(error) => {
            eprintln!("error: cannot read the catalogue {}: {error}", shown_catalogue.display());
            return TROUBLE;
        }
    };
    let shown = shown_catalogue.display().to_string();
    let catalogue = match codegen::load::load_with_warnings(&text) {
        Ok((catalogue, warnings)) => {
            if !warnings.is_empty() {
                eprint!("{}", warnings.render_each(&shown, &text));
                annotate(&warnings, &shown, &text);
            }
            catalogue
        }
        Err(diagnostics) => {
            eprint!("{}", diagnostics.render(&shown, &text));
            annotate(&diagnostics, &shown, &text);
            return 1;
        }
    };
    let files = codegen::generate(&catalogue);
    if !options.out.is_dir() {
        eprintln!("error: the output folder {} does not exist or is not a folder", shown_out.display());
        return TROUBLE;
    }
    match options.command {
        Command::Gen => match sync::write(&options.out, &files) {
            Ok(report) => {
                for (path, action) in report {
                    println!("{:>9} {}", action.verb(), shown_out.join(path).display());
                }
                0
            }
            Err(error) => {
                eprintln!("error: could not update {}: {error}", shown_out.display());
                TROUBLE
            }
        },
        Command::Check => match sync::check(&options.out, &files) {
            Ok(drift) if drift.is_empty() => {
                println!("{} files in {} match {}", files.len(), shown_out.display(), shown_catalogue.display());
                0
            }
            Ok(drift) => {
                for item in &drift {
                    let path = shown_out.join(item.path());
                    match item {
                        sync::Drift::Missing { .. } => eprintln!("missing: {}", path.display()),
                        sync::Drift::Extra { .. } => eprintln!("extra:   {} (no longer generated)", path.display()),
                        sync::Drift::Stale { diff, .. } => eprintln!("stale:   {}\n{diff}", path.display()),
                    }
                }
                let shown_catalogue = shown_catalogue.display();
                // What `gen` will do to each kind of change found.
                let mut fates = Vec::new();
                if drift.iter().any(|item| matches!(item, sync::Drift::Stale { .. })) {
                    fates.push("an edit to one is overwritten");
                }
                if drift.iter().any(|item| matches!(item, sync::Drift::Missing { .. })) {
                    fates.push("a deleted one is written again");
                }
                if drift.iter().any(|item| matches!(item, sync::Drift::Extra { .. })) {
                    fates.push("a file added to a generated folder is removed");
                }
                eprintln!(
                    "error: {} generated file{} out of date with {shown_catalogue}\n  \
                     = note: generated files are never edited by hand: `cargo xtask gen` rewrites them \
                     from {shown_catalogue},\n          so {}\n  \
                     = help: make the change in {shown_catalogue} (or, for the shape of the output, in the \
                     generator under codegen/src/),\n          then run `cargo xtask gen` and commit the result",
                    drift.len(),
                    if drift.len() == 1 { " is" } else { "s are" },
                    fates.join(", "),
                );
                if github_actions() {
                    for item in &drift {
                        let path = shown_out.join(item.path()).display().to_string().replace('\\', "/");
                        print!("{}", drift_annotation(item, &path, &shown_catalogue.to_string()));
                    }
                }
                1
            }
            Err(error) => {
                eprintln!("error: could not read {}: {error}", shown_out.display());
                TROUBLE
            }
        },
    }
}

/// Whether this runs in a GitHub Actions job, which sets `GITHUB_ACTIONS=true`.
pub(crate) fn github_actions() -> bool {
    std::env::var_os("GITHUB_ACTIONS").is_some_and(|value| value == "true")
}

/// In a GitHub Actions job, prints every diagnostic as a workflow command as
/// well, on stdout (where the runner reads them; the human-readable text
/// stays on stderr). Every command that reports diagnostics calls it after
/// printing them.
pub(crate) fn annotate(diagnostics: &codegen::Diagnostics, path: &str, text: &str) {
    if github_actions() {
        print!("{}", diagnostics.github_annotations(&path.replace('\\', "/"), text));
    }
}

/// A generated file out of date, as a workflow command on the first line that
/// differs, saying what `gen` does to it and where the change belongs.
fn drift_annotation(drift: &sync::Drift, path: &str, catalogue: &str) -> String {
    let (title, message, line) = match drift {
        sync::Drift::Stale { diff, .. } => (
            "generated file edited or out of date",
            format!(
                "{path} does not match {catalogue}. Generated files are never edited by hand: \
                 `cargo xtask gen` overwrites this edit. Make the change in {catalogue}, run \
                 `cargo xtask gen` and commit the result."
            ),
            first_changed_line(diff),
        ),
        sync::Drift::Missing { .. } => (
            "generated file missing",
            format!("{path} is generated from {catalogue} but missing: run `cargo xtask gen` and commit the result."),
            None,
        ),
        sync::Drift::Extra { .. } => (
            "file no longer generated",
            format!(
                "{path} is in a generated folder but no longer generated from {catalogue}: \
                 `cargo xtask gen` removes it. Run it and commit the result."
            ),
            None,
        ),
    };
    let line = line.unwrap_or(1).to_string();
    format!("{}\n", workflow_command(Severity::Error, &[("file", path), ("line", &line), ("title", title)], &message))
}

/// The line (of the file as it is) where a unified diff's first change is.
fn first_changed_line(diff: &str) -> Option<usize> {
    let mut lines = diff.lines().skip_while(|line| !line.starts_with("@@ -"));
    let header = lines.next()?;
    let start = header.strip_prefix("@@ -")?.split([',', ' ']).next()?.parse::<usize>().ok()?;
    let context = lines.take_while(|line| line.starts_with(' ')).count();
    Some(start.max(1) + context)
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

    /// Plain `cargo test` fails when someone edited the catalogue or a
    /// generator without running `cargo xtask gen`.
    #[test]
    fn generated_files_are_up_to_date() {
        let root = workspace_root();
        let text = std::fs::read_to_string(root.join("catalogue.toml")).expect("catalogue.toml is readable");
        let catalogue = codegen::load(&text).unwrap_or_else(|d| panic!("{}", d.render("catalogue.toml", &text)));
        let drift =
            sync::check(&root.join("generated"), &codegen::generate(&catalogue)).expect("generated/ is readable");
        assert!(drift.is_empty(), "generated/ is stale; run `cargo xtask gen`:\n{drift:#?}");
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

    #[test]
    fn the_first_changed_line_of_a_diff_skips_its_context() {
        let diff = "--- a/x\n+++ b/x\n@@ -4,7 +4,7 @@\n a\n b\n c\n-d\n+e\n f\n";
        assert_eq!(first_changed_line(diff), Some(7));
        assert_eq!(first_changed_line("x: only line endings differ"), None);
    }
}
