//! `cargo xtask`: a thin command line over `codegen`. `main` hands each
//! command its arguments (`cli` parses those of `gen` and `check`); this crate
//! only parses arguments and does file and git I/O, all rendering happens in
//! `codegen`.

mod bench;
mod breaking;
mod cli;
mod release;
mod sync;
mod upstream;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cli::{Command, Options, TROUBLE};
use codegen::diagnostics::{Severity, workflow_command};

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
    let options = match cli::parse_args(std::env::args().skip(1)) {
        Ok(cli::Parsed::Run(options)) => options,
        Ok(cli::Parsed::Release(options)) => return release::run(&options),
        Ok(cli::Parsed::Help(command)) => {
            println!("{}", cli::help(command));
            return ExitCode::SUCCESS;
        }
        Err(usage) => {
            eprintln!("{usage}");
            return ExitCode::from(cli::TROUBLE);
        }
    };
    ExitCode::from(run(&options))
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
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
        // `release` begins with what `check` checks.
        Command::Check | Command::Release => match sync::check(&options.out, &files) {
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

    /// Plain `cargo test` fails when someone edited the catalogue or a
    /// generator without running `cargo xtask gen`.
    #[test]
    fn generated_files_are_up_to_date() {
        let root = workspace_root();
        let text = std::fs::read_to_string(root.join("catalogue.toml")).expect("catalogue.toml is readable");
        let catalogue = codegen::load(&text).unwrap_or_else(|d| panic!("{}", d.render("catalogue.toml", &text)));
        let drift =
            sync::check(&root.join("generated"), &codegen::generate(&catalogue)).expect("generated/ is readable");
        let report: Vec<String> = drift
            .iter()
            .map(|item| match item {
                sync::Drift::Missing { path } => format!("missing: generated/{path}"),
                sync::Drift::Extra { path } => format!("extra:   generated/{path} (no longer generated)"),
                sync::Drift::Stale { path, diff } => format!("stale:   generated/{path}\n{diff}"),
            })
            .collect();
        assert!(
            drift.is_empty(),
            "{} generated file(s) out of date with catalogue.toml; run `cargo xtask gen` and commit the result \
             (generated files are never edited by hand):\n\n{}",
            drift.len(),
            report.join("\n")
        );
    }

    #[test]
    fn the_first_changed_line_of_a_diff_skips_its_context() {
        let diff = "--- a/x\n+++ b/x\n@@ -4,7 +4,7 @@\n a\n b\n c\n-d\n+e\n f\n";
        assert_eq!(first_changed_line(diff), Some(7));
        assert_eq!(first_changed_line("x: only line endings differ"), None);
    }
}
