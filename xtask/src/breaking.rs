//! `cargo xtask breaking --against REV` and `cargo xtask changes --against REV`:
//! compare the catalogue with its version at a git revision.
//!
//! The old text is read with the `git` command (`git show REV:<path>`), in
//! the repository that holds the catalogue: shelling out costs nothing to
//! build, where a git library would cost a large share of the build. Both
//! texts go through the normal loader, `codegen::compare` finds the
//! changes, and this file only prints them: located lines for `breaking`
//! (with full diagnostics for the changes that fail the check), Markdown
//! release notes for `changes`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use codegen::compare::{Anchor, Bump, Change, Comparison, Impact, Locations, Place, ReleaseNotes, Rule, compare};
use codegen::{Catalogue, Diagnostic, Diagnostics};

/// The subcommands this file implements.
pub const COMMANDS: &[&str] = &["breaking", "changes"];

const USAGE: &str = "\
Usage:
  cargo xtask breaking --against REV [--catalogue PATH]
  cargo xtask changes  --against REV [--catalogue PATH]

breaking  List every change since REV by rule id; exit 1 when a breaking change
          is not covered by a breaking bump of [catalogue] version, or when a
          code's number or name disappeared without a [[reserved]] entry.
changes   Print the same comparison as Markdown release notes.

Exit status: 0 ok, 1 uncovered breaking change or invalid catalogue, 2 usage,
I/O or git error (unknown revision, git missing, not in a repository).";

/// Exit status for a usage, I/O or git problem.
const TROUBLE: u8 = 2;

/// A problem that ends the command, with its exit status.
pub(crate) struct Failure {
    pub(crate) status: u8,
    pub(crate) message: String,
}

pub(crate) fn trouble(message: impl Into<String>) -> Failure {
    Failure { status: TROUBLE, message: message.into() }
}

pub fn run(command: &str, args: impl Iterator<Item = String>) -> ExitCode {
    match parse(args) {
        Ok(None) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Some((against, catalogue))) => match execute(command, &against, &catalogue) {
            Ok(status) => ExitCode::from(status),
            Err(failure) => {
                if !failure.message.is_empty() {
                    eprintln!("error: {}", failure.message);
                }
                ExitCode::from(failure.status)
            }
        },
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            ExitCode::from(TROUBLE)
        }
    }
}

/// `Ok(None)` asks for the help text.
fn parse(mut args: impl Iterator<Item = String>) -> Result<Option<(String, PathBuf)>, String> {
    let mut against = None;
    let mut catalogue = None;
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag.to_string(), Some(value.to_string())),
            _ => (arg.clone(), None),
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(None),
            "--against" | "--catalogue" => {
                let value = inline.or_else(|| args.next()).ok_or_else(|| format!("`{flag}` needs a value"))?;
                let duplicate = if flag == "--against" {
                    against.replace(value).is_some()
                } else {
                    catalogue.replace(PathBuf::from(value)).is_some()
                };
                if duplicate {
                    return Err(format!("`{flag}` is given twice"));
                }
            }
            other if other.starts_with('-') => return Err(format!("unknown option `{other}`")),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    let against = against.ok_or("missing `--against REV`")?;
    Ok(Some((against, catalogue.unwrap_or_else(|| crate::workspace_root().join("catalogue.toml")))))
}

/// Both catalogues, their texts and how to name them in messages.
pub(crate) struct Pair {
    pub(crate) old_name: String,
    pub(crate) old_text: String,
    pub(crate) old: Catalogue,
    pub(crate) new_name: String,
    pub(crate) new_text: String,
    pub(crate) new: Catalogue,
}

fn execute(command: &str, against: &str, catalogue: &Path) -> Result<u8, Failure> {
    let shown = crate::sync::display(catalogue).display().to_string();
    let new_text = std::fs::read_to_string(catalogue)
        .map_err(|error| trouble(format!("cannot read the catalogue {shown}: {error}")))?;
    let Some((old_name, old_text)) = old_text(against, catalogue)? else {
        println!("note: {against} has no {shown}; there is nothing to compare with");
        return Ok(0);
    };
    let new = load(&shown, &new_text, "the catalogue")?;
    let old = load(&old_name, &old_text, &format!("the catalogue at {against}"))?;
    let pair = Pair { old_name, old_text, old, new_name: shown, new_text, new };
    let comparison = compare(&pair.old, &pair.new);
    if command == "changes" {
        print!("{}", release_notes(&comparison, against));
        return Ok(0);
    }
    Ok(report(&pair, &comparison, against))
}

pub(crate) fn load(name: &str, text: &str, what: &str) -> Result<Catalogue, Failure> {
    codegen::load(text).map_err(|diagnostics| {
        eprint!("{}", diagnostics.render(name, text));
        Failure { status: 1, message: format!("{what} ({name}) is invalid; nothing was compared") }
    })
}

/// Runs `git` in `dir`; `Err` when git cannot be started.
pub(crate) fn git(dir: &Path, args: &[&str]) -> Result<std::process::Output, Failure> {
    Command::new("git").arg("-C").arg(dir).args(args).output().map_err(|error| {
        if error.kind() == std::io::ErrorKind::NotFound {
            trouble("`git` is not installed or not on PATH; it is needed to read the catalogue at a revision")
        } else {
            trouble(format!("cannot run `git`: {error}"))
        }
    })
}

/// The catalogue's text at `rev` and its name for messages (`REV:path`), or
/// `None` when that revision has no such file.
pub(crate) fn old_text(rev: &str, catalogue: &Path) -> Result<Option<(String, String)>, Failure> {
    let dir = match catalogue.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file = catalogue
        .file_name()
        .and_then(|name| name.to_str())
        .ok_or_else(|| trouble("the catalogue path names no file"))?;
    let prefix = git(&dir, &["rev-parse", "--show-prefix"])?;
    if !prefix.status.success() {
        return Err(trouble(format!(
            "{} is not in a git repository: {}",
            dir.display(),
            String::from_utf8_lossy(&prefix.stderr).trim()
        )));
    }
    let path = format!("{}{file}", String::from_utf8_lossy(&prefix.stdout).trim_end_matches(['\n', '\r']));
    let commit = format!("{rev}^{{commit}}");
    if !git(&dir, &["rev-parse", "--verify", "--quiet", &commit])?.status.success() {
        return Err(trouble(format!("unknown revision `{rev}` in the repository of {}", dir.display())));
    }
    // The revision exists, so `git show` fails only when the file is not in it.
    let object = format!("{rev}:{path}");
    let shown = git(&dir, &["show", &object])?;
    if !shown.status.success() {
        return Ok(None);
    }
    let text = String::from_utf8(shown.stdout).map_err(|_| Failure {
        status: 1,
        message: format!("the catalogue at {object} is not valid UTF-8; nothing was compared"),
    })?;
    Ok(Some((object, text)))
}

/// `file:line:column: RULE_ID: message` for one change.
fn located(change: &Change, pair: &Pair, new: &Locations, old: &Locations) -> String {
    let (name, text, span) = match &change.place {
        Place::New(anchor) => (&pair.new_name, &pair.new_text, new.span(anchor)),
        Place::Old(anchor) => (&pair.old_name, &pair.old_text, old.span(anchor)),
    };
    let (line, column) = codegen::diagnostics::line_column(text, span.map_or(0, |span| span.start));
    format!("{name}:{line}:{column}: {}: {}", change.rule, change.message)
}

fn version_text(comparison: &Comparison) -> String {
    let movement = match comparison.bump() {
        Bump::None => "is unchanged".to_string(),
        Bump::Backwards => "went backwards".to_string(),
        Bump::Compatible => "is a compatible bump".to_string(),
        Bump::Breaking => "is a breaking bump".to_string(),
    };
    let needed = match (comparison.needed(), comparison.least_version()) {
        (Some(impact), Some(least)) => format!("the changes need a {} release (at least {least})", impact.as_str()),
        _ => "nothing changed".to_string(),
    };
    format!("version {} -> {} {movement}; {needed}", comparison.old_version, comparison.new_version)
}

/// Prints every change and the verdict; returns the exit status.
pub(crate) fn report(pair: &Pair, comparison: &Comparison, against: &str) -> u8 {
    // Locating means parsing a text once more: the new one when anything
    // changed (failures point at its version), the old one when a change is
    // only there.
    let locations = |text: &str, needed: bool| if needed { Locations::of(text) } else { Locations::default() };
    let new_locations = locations(&pair.new_text, !comparison.changes.is_empty() || comparison.went_backwards());
    let old_locations = locations(
        &pair.old_text,
        comparison.changes.iter().any(|change| matches!(change.place, Place::Old(_)) || change.restore.is_some()),
    );
    for change in &comparison.changes {
        println!("{}", located(change, pair, &new_locations, &old_locations));
    }
    println!("{}", version_text(comparison));
    let failures: Vec<&Change> = comparison.failures().collect();
    if failures.is_empty() && !comparison.went_backwards() {
        let breaking = comparison.changes.iter().filter(|change| change.rule.impact() == Impact::Breaking).count();
        match breaking {
            0 => println!("ok: no breaking change since {against}"),
            count => println!(
                "ok: {count} breaking change{} covered by the version bump",
                if count == 1 { " is" } else { "s are" }
            ),
        }
        return 0;
    }
    let version_span = new_locations.span(&Anchor::Key("catalogue.version")).unwrap_or(0..0);
    let least = comparison.least_version().map_or_else(String::new, |version| version.to_string());
    let old_at = |anchor: &Anchor| {
        old_locations.span(anchor).map(|span| {
            let (line, column) = codegen::diagnostics::line_column(&pair.old_text, span.start);
            format!("{}:{line}:{column}", pair.old_name)
        })
    };
    let backwards = comparison.went_backwards().then(|| {
        let next = codegen::compare::Version::parse(&comparison.old_version)
            .map_or_else(String::new, |old| old.next(comparison.needed().unwrap_or(Impact::Fix)).to_string());
        Diagnostic::new(
            version_span.clone(),
            format!("the version went backwards from {} to {}", comparison.old_version, comparison.new_version),
            format!("lower than {} at {against}", comparison.old_version),
        )
        .help(format!("a release never goes back to a lower version: set [catalogue] version to {next} or later"))
    });
    let diagnostics = backwards
        .into_iter()
        .chain(failures.iter().map(|change| {
            let message = format!("{}: {}", change.rule, change.message);
            let here = match &change.place {
                Place::New(anchor) => new_locations.span(anchor),
                Place::Old(_) => None,
            };
            let was = match &change.place {
                Place::Old(anchor) => old_at(anchor),
                Place::New(_) => None,
            };
            if change.always_fails() {
                let (span, label) = match (here, &change.place) {
                    (Some(span), _) => (span, "not reserved".to_string()),
                    (None, Place::Old(anchor)) => where_it_was(anchor, pair, &new_locations, was.as_deref()),
                    (None, Place::New(_)) => (end_of(&pair.new_text), "not reserved".to_string()),
                };
                let fix = change.fix.as_deref().unwrap_or_default().trim_end();
                return Diagnostic::new(span, message, label).help(format!(
                    "reserve it so it is never reused: add {}\n{fix}",
                    where_reserved_goes(pair, &new_locations)
                ));
            }
            let bump = format!("set [catalogue] version to {least} or later (a breaking release)");
            let help = match &change.restore {
                Some(restore) => format!(
                    "to undo it, put back `{}`{}{}\nto keep it, {bump}",
                    restore.line,
                    old_at(&restore.was).map_or_else(String::new, |was| format!(" (as at {was})")),
                    why_undo(change.rule)
                ),
                None => match (change.rule, &was) {
                    (Rule::CodeNoDelete, Some(was)) => format!(
                        "to undo it, put its [[error]] block back (as at {was}); to retire a code, \
                         keep it with `deprecated = \"why\"` instead\nto remove it, reserve it and {bump}"
                    ),
                    (Rule::CategoryNoDelete | Rule::ReasonNoDelete, Some(was)) => {
                        format!("to undo it, put the table back (as at {was})\nto keep it, {bump}")
                    }
                    (Rule::ErrorTypeNoDelete, Some(was)) => {
                        let name = match &change.place {
                            Place::Old(Anchor::ErrorType(name)) => name.as_str(),
                            _ => "the name",
                        };
                        format!(
                            "to undo it, put \"{name}\" back in `error_types` (as at {was}): every program \
                             that names it stops compiling\nto keep it removed, {bump}"
                        )
                    }
                    (Rule::ErrorTypeNoReorder, _) => format!(
                        "to undo it, put the names of `error_types` back in their old order and add new ones \
                         after the others\nto keep the new order, {bump}"
                    ),
                    _ => format!("a breaking change needs a breaking version bump: {bump}"),
                },
            };
            match (here, was) {
                (Some(span), _) => Diagnostic::new(span, message, "breaking change")
                    .related(version_span.clone(), "not a breaking bump")
                    .help(help),
                (None, was) => Diagnostic::new(
                    version_span.clone(),
                    message,
                    was.map_or_else(
                        || "not a breaking bump".to_string(),
                        |was| format!("not a breaking bump for the change at {was}"),
                    ),
                )
                .help(help),
            }
        }))
        .collect();
    let diagnostics = Diagnostics(diagnostics);
    // Not `render`: its summary speaks of files not written, which `breaking`
    // never writes.
    eprint!("{}", diagnostics.render_each(&pair.new_name, &pair.new_text));
    let count = failures.len();
    if count > 0 {
        eprintln!(
            "error: {count} change{} since {against} {} not covered; fix the catalogue or its version",
            if count == 1 { "" } else { "s" },
            if count == 1 { "is" } else { "are" }
        );
    }
    if comparison.went_backwards() {
        eprintln!("error: the version went backwards since {against}; raise it");
    }
    crate::annotate(&diagnostics, &pair.new_name, &pair.new_text);
    1
}

/// Why undoing beats bumping, for the changes that one line undoes.
fn why_undo(rule: Rule) -> &'static str {
    match rule {
        Rule::CodeNoRenumber => ": a new number is a new code, and clients of the old one would miss it",
        Rule::CodeNoRename | Rule::ReasonNoRename => ": every program that names the old one stops compiling",
        Rule::CodeNoMove => ": `category()` and every handler that routes by category would change silently",
        Rule::ReasonNoRenumber => ": a new number is a new reason",
        _ => "",
    }
}

/// The last line of a text, as a span.
fn end_of(text: &str) -> std::ops::Range<usize> {
    let trimmed = text.trim_end().len();
    text[..trimmed].rfind('\n').map_or(0, |newline| newline + 1)..trimmed
}

/// Where, in the new catalogue, a code that is gone used to be, and the
/// label that says so: the code itself when only its number or its name
/// changed, else the `[[error]]` that now follows where it stood (the
/// deletion in the diff), else the end of the file.
fn where_it_was(anchor: &Anchor, pair: &Pair, new: &Locations, was: Option<&str>) -> (std::ops::Range<usize>, String) {
    let at = was.map_or_else(String::new, |was| format!(" (at {was})"));
    let Anchor::Code { name, .. } = anchor else {
        return (end_of(&pair.new_text), format!("not reserved{at}"));
    };
    let Some(index) = pair.old.errors.iter().position(|error| error.name == *name) else {
        return (end_of(&pair.new_text), format!("not reserved{at}"));
    };
    let gone = &pair.old.errors[index];
    if let Some(span) = new.span(&Anchor::Code { name: gone.name.clone(), key: "code" }) {
        return (span, format!("its old number {} is not reserved{at}", gone.code));
    }
    if let Some(renamed) = pair.new.errors.iter().find(|error| error.code == gone.code)
        && let Some(span) = new.span(&Anchor::Code { name: renamed.name.clone(), key: "name" })
    {
        return (span, format!("its old name `{}` is not reserved{at}", gone.name));
    }
    let next = pair.old.errors[index + 1..]
        .iter()
        .find_map(|error| new.span(&Anchor::Code { name: error.name.clone(), key: "" }));
    match next {
        Some(span) => (span, format!("code {} `{}` came before this code; not reserved{at}", gone.code, gone.name)),
        None => {
            (end_of(&pair.new_text), format!("code {} `{}` was the last code; not reserved{at}", gone.code, gone.name))
        }
    }
}

/// Where a new `[[reserved]]` entry belongs: after the last one, or at the
/// end of the file when there is none yet.
fn where_reserved_goes(pair: &Pair, new: &Locations) -> String {
    let last = pair.new.reserved.last().and_then(|entry| {
        new.span(&Anchor::Reserved {
            code: entry.code,
            name: if entry.code.is_some() { None } else { entry.name.clone() },
        })
    });
    match last {
        Some(span) => {
            let (line, _) = codegen::diagnostics::line_column(&pair.new_text, span.start);
            format!("this after the last [[reserved]] entry ({}:{line}):", pair.new_name)
        }
        None => format!("this at the end of {}, where [[reserved]] entries go:", pair.new_name),
    }
}

/// The release notes of `changes`: a heading with both versions, what the
/// version change covers, then the notes' sections.
fn release_notes(comparison: &Comparison, against: &str) -> String {
    let mut out = format!(
        "## Error catalogue: {} -> {}\n\nChanges since `{against}`. {}.\n",
        comparison.old_version,
        comparison.new_version,
        capitalised(&version_text(comparison))
    );
    let notes = ReleaseNotes::of(comparison);
    if notes.is_empty() {
        out.push_str("\nNo changes.\n");
    } else {
        out.push('\n');
        out.push_str(&notes.markdown());
    }
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
