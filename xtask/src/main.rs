//! `cargo xtask gen` and `cargo xtask check`: a thin command line over
//! `codegen`. This crate only parses arguments and does file I/O; all
//! rendering happens in `codegen`.

mod bench;
mod sync;
mod upstream;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
Generate the error-code bindings from the catalogue, or check they are current.

Usage:
  cargo xtask gen   [--catalogue PATH] [--out DIR]
  cargo xtask check [--catalogue PATH] [--out DIR]
  cargo xtask bench [--runs N]   (time check's own work in-process; see BENCHMARKS.md)
  cargo xtask upstream PATH [--write] [--catalogue PATH]   (compare with the SDK's .d.ts; see --help)

Commands:
  gen     Validate the catalogue and write every generated file whose bytes
          changed; remove generated files that are no longer produced.
  check   Validate and render the same way, write nothing, and list every
          stale, missing or extra file with a diff (for CI).

Options:
  --catalogue PATH   The catalogue to read [default: catalogue.toml at the workspace root]
  --out DIR          The folder of generated files; it must exist [default: generated/ at the workspace root]
  -h, --help         Print this help

Exit status: 0 success, 1 invalid catalogue or drift, 2 usage or I/O error.";

/// Exit status for a usage or I/O error.
const TROUBLE: u8 = 2;

#[derive(Debug, PartialEq, Eq)]
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
    if std::env::args().nth(1).as_deref() == Some("upstream") {
        return upstream::run(std::env::args().skip(2));
    }
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(TROUBLE);
        }
    };
    ExitCode::from(run(&options))
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// `Ok(None)` asks for the help text.
fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<Options>, String> {
    let mut command = None;
    let mut catalogue = None;
    let mut out = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag.to_string(), Some(value.to_string())),
            _ => (arg.clone(), None),
        };
        match flag.as_str() {
            "-h" | "--help" | "help" => return Ok(None),
            "--catalogue" | "--out" => {
                let value = inline.or_else(|| args.next()).ok_or_else(|| format!("`{flag}` needs a value"))?;
                let slot = if flag == "--out" { &mut out } else { &mut catalogue };
                if slot.replace(PathBuf::from(value)).is_some() {
                    return Err(format!("`{flag}` is given twice"));
                }
            }
            "gen" | "check" if command.is_none() => {
                command = Some(if flag == "gen" { Command::Gen } else { Command::Check });
            }
            other if other.starts_with('-') => return Err(format!("unknown option `{other}`")),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    let command = command.ok_or("missing command: `gen` or `check`")?;
    let root = workspace_root();
    Ok(Some(Options {
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
                eprintln!(
                    "error: {}:{line}:{column}: the catalogue is not valid UTF-8 (byte {offset}); save it as UTF-8",
                    shown_catalogue.display()
                );
                return 1;
            }
        },
        Err(error) => {
            eprintln!("error: cannot read the catalogue {}: {error}", shown_catalogue.display());
            return TROUBLE;
        }
    };
    let catalogue = match codegen::load(&text) {
        Ok(catalogue) => catalogue,
        Err(diagnostics) => {
            eprint!("{}", diagnostics.render(&shown_catalogue.display().to_string(), &text));
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
                eprintln!(
                    "error: {} generated file{} out of date with {}; run `cargo xtask gen` and commit the result",
                    drift.len(),
                    if drift.len() == 1 { " is" } else { "s are" },
                    shown_catalogue.display()
                );
                1
            }
            Err(error) => {
                eprintln!("error: could not read {}: {error}", shown_out.display());
                TROUBLE
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Option<Options>, String> {
        parse_args(list.iter().map(|arg| (*arg).to_string()))
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
        let options = args(&["--out=x", "check", "--catalogue", "c.toml"]).unwrap().unwrap();
        assert_eq!(options.command, Command::Check);
        assert_eq!((options.out, options.catalogue), (PathBuf::from("x"), PathBuf::from("c.toml")));
        assert!(args(&["--help"]).unwrap().is_none());
        assert_eq!(args(&[]).unwrap_err(), "missing command: `gen` or `check`");
        assert_eq!(args(&["gen", "--out"]).unwrap_err(), "`--out` needs a value");
        assert_eq!(args(&["gen", "--force"]).unwrap_err(), "unknown option `--force`");
        assert_eq!(args(&["gen", "gen"]).unwrap_err(), "unexpected argument `gen`");
    }
}
