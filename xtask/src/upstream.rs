//! `cargo xtask upstream PATH [--write] [--catalogue PATH]`: reconcile the
//! catalogue with the SDK's own TypeScript declaration of its codes.
//!
//! The SDK publishes its codes as a numeric `enum` in a `.d.ts` file
//! (`enum ExceptionCode { NAME = 123, ... }`), each member with a JSDoc
//! comment; members tagged `@ignore` are internal. This command reports, each
//! with its `file:line:column`, the public codes the catalogue lacks, the
//! codes whose name or number disagree, and (for information only) the
//! catalogue codes the declaration does not have. `--write` also prints an
//! `[[error]]` block for each missing code, ready to review and paste.
//!
//! The declaration is read by a small scanner for this one shape rather than
//! a TypeScript parser: the parsers of the field (oxc, swc) are each dozens
//! of crates and many seconds of a cold build, for a file whose grammar here
//! is comments, identifiers, `=`, numbers and commas. The scanner reports
//! every problem it finds with its location and never panics (a test feeds
//! it every prefix of a declaration).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codegen::Catalogue;
use codegen::diagnostics::line_column;
use codegen::model::ErrorCode;

const USAGE: &str = "\
Reconcile the catalogue with an SDK's TypeScript declaration of its codes.

Usage:
  cargo xtask upstream PATH [--write] [--catalogue PATH]

PATH is a .d.ts file declaring the codes as `enum ... { NAME = number, ... }`
(e.g. dist/types/exception-code.d.ts of the SDK's npm package); members
whose JSDoc has `@ignore` are internal and skipped.

Options:
  --write            Also print an [[error]] block for every missing code, to review and paste
  --catalogue PATH   The catalogue to read [default: catalogue.toml at the workspace root]
  -h, --help         Print this help

Exit status: 0 in sync, 1 a public code is missing or disagrees (or the
catalogue is invalid), 2 usage, I/O or an unreadable declaration.";

/// Exit status for usage, I/O and a declaration that cannot be read.
const TROUBLE: u8 = 2;

/// Runs `cargo xtask upstream` with the arguments after `upstream`.
pub fn run(args: impl Iterator<Item = String>) -> ExitCode {
    let options = match parse_args(args) {
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
    ExitCode::from(reconcile_files(&options))
}

#[derive(Debug, PartialEq, Eq)]
struct Options {
    declaration: PathBuf,
    catalogue: PathBuf,
    write: bool,
}

/// `Ok(None)` asks for the help text.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut declaration = None;
    let mut catalogue = None;
    let mut write = false;
    let mut args = args;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--write" => write = true,
            "--catalogue" => {
                let value = args.next().ok_or("`--catalogue` needs a value")?;
                if catalogue.replace(PathBuf::from(value)).is_some() {
                    return Err("`--catalogue` is given twice".to_owned());
                }
            }
            other if other.starts_with("--catalogue=") => {
                if catalogue.replace(PathBuf::from(&other["--catalogue=".len()..])).is_some() {
                    return Err("`--catalogue` is given twice".to_owned());
                }
            }
            other if other.starts_with('-') => return Err(format!("unknown option `{other}`")),
            other => {
                if declaration.replace(PathBuf::from(other)).is_some() {
                    return Err(format!("unexpected argument `{other}`: give one declaration file"));
                }
            }
        }
    }
    let declaration = declaration.ok_or("missing the path of the .d.ts declaration")?;
    let catalogue = catalogue.unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap_or(Path::new(".")).join("catalogue.toml")
    });
    Ok(Some(Options { declaration, catalogue, write }))
}

fn reconcile_files(options: &Options) -> u8 {
    let catalogue_path = options.catalogue.display().to_string();
    let declaration_path = options.declaration.display().to_string();
    let catalogue_text = match std::fs::read_to_string(&options.catalogue) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("error: cannot read the catalogue {catalogue_path}: {error}");
            return TROUBLE;
        }
    };
    let catalogue = match codegen::load(&catalogue_text) {
        Ok(catalogue) => catalogue,
        Err(diagnostics) => {
            eprint!("{}", diagnostics.render(&catalogue_path, &catalogue_text));
            return 1;
        }
    };
    let declaration_text = match std::fs::read_to_string(&options.declaration) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("error: cannot read the declaration {declaration_path}: {error}");
            return TROUBLE;
        }
    };
    let members = match scan(&declaration_text) {
        Ok(members) => members,
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {declaration_path}:{}:{}: {}", problem.line, problem.column, problem.message);
            }
            eprintln!(
                "error: {declaration_path} is not a declaration this command reads ({} problem{}); expected `enum NAME {{ MEMBER = number, ... }}`",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            );
            return TROUBLE;
        }
    };
    let report = reconcile(&catalogue, &members);
    let catalogue_locations = error_locations(&catalogue_text);
    print!("{}", report.render(&declaration_path, &catalogue_path, &catalogue_locations));
    if options.write && !report.missing.is_empty() {
        println!();
        print!("{}", missing_blocks(&catalogue, &report.missing, &declaration_path));
    }
    u8::from(!report.in_sync())
}

// ---------------------------------------------------------------------------
// The scanner

/// One member of the declared enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub name: String,
    pub code: u32,
    pub line: usize,
    pub column: usize,
    pub doc: Doc,
}

/// What a member's JSDoc comment says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    /// The text lines before the first tag, without the comment's `*`s.
    pub lines: Vec<String>,
    pub ignore: bool,
    pub category: Option<String>,
    pub since: Option<String>,
    pub deprecated: Option<String>,
}

/// A problem in the declaration, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token<'a> {
    Ident(&'a str),
    Number(&'a str),
    Text,
    DocComment(&'a str),
    Punct(char),
}

/// Splits `text` into tokens with their byte offsets; plain comments and
/// whitespace are dropped. An unterminated comment or string is a problem.
fn tokens(text: &str) -> Result<Vec<(usize, Token<'_>)>, (usize, String)> {
    let mut found = Vec::new();
    let mut rest = text.char_indices().peekable();
    while let Some((start, c)) = rest.next() {
        let after = start + c.len_utf8();
        match c {
            c if c.is_whitespace() => {}
            '/' if text[after..].starts_with('/') => {
                let end = text[start..].find('\n').map_or(text.len(), |end| start + end);
                while rest.next_if(|&(at, _)| at < end).is_some() {}
            }
            '/' if text[after..].starts_with('*') => {
                let Some(length) = text[after + 1..].find("*/") else {
                    return Err((start, "this comment is never closed with `*/`".to_owned()));
                };
                let end = after + 1 + length + 2;
                let body = &text[after + 1..end - 2];
                // `/**/` is an empty plain comment, `/** ... */` a JSDoc one.
                if let Some(doc) = body.strip_prefix('*').filter(|_| !body.is_empty()) {
                    found.push((start, Token::DocComment(doc)));
                }
                while rest.next_if(|&(at, _)| at < end).is_some() {}
            }
            '"' | '\'' | '`' => {
                let mut closed = false;
                while let Some((_, inner)) = rest.next() {
                    if inner == '\\' {
                        rest.next();
                    } else if inner == c {
                        closed = true;
                        break;
                    }
                }
                if !closed {
                    return Err((start, format!("this string is never closed with {c}")));
                }
                found.push((start, Token::Text));
            }
            c if c.is_ascii_digit() => {
                let mut end = after;
                while let Some((at, next)) = rest.peek().copied() {
                    if !(next.is_ascii_alphanumeric() || next == '_' || next == '.') {
                        break;
                    }
                    end = at + next.len_utf8();
                    rest.next();
                }
                found.push((start, Token::Number(&text[start..end])));
            }
            c if c.is_alphabetic() || c == '_' || c == '$' => {
                let mut end = after;
                while let Some((at, next)) = rest.peek().copied() {
                    if !(next.is_alphanumeric() || next == '_' || next == '$') {
                        break;
                    }
                    end = at + next.len_utf8();
                    rest.next();
                }
                found.push((start, Token::Ident(&text[start..end])));
            }
            other => found.push((start, Token::Punct(other))),
        }
    }
    Ok(found)
}

/// The members of the first `enum` in `text`, or every problem found.
pub fn scan(text: &str) -> Result<Vec<Member>, Vec<Problem>> {
    let problem = |offset: usize, message: String| {
        let (line, column) = line_column(text, offset);
        Problem { line, column, message }
    };
    let tokens = tokens(text).map_err(|(offset, message)| vec![problem(offset, message)])?;
    let start = tokens
        .windows(3)
        .position(|window| matches!(window, [(_, Token::Ident("enum")), (_, Token::Ident(_)), (_, Token::Punct('{'))]));
    let Some(start) = start else {
        return Err(vec![problem(0, "no `enum NAME {` declaration found".to_owned())]);
    };
    let enum_offset = tokens[start].0;
    let mut members: Vec<Member> = Vec::new();
    let mut problems = Vec::new();
    let mut doc: Option<&str> = None;
    let mut at = start + 3;
    let mut closed = false;
    while let Some((offset, token)) = tokens.get(at) {
        at += 1;
        match token {
            Token::Punct('}') => {
                closed = true;
                break;
            }
            Token::DocComment(body) => doc = Some(body),
            Token::Ident(name) => {
                let member = match (tokens.get(at), tokens.get(at + 1)) {
                    (Some((_, Token::Punct('='))), Some((value_at, Token::Number(value)))) => {
                        at += 2;
                        parse_code(value)
                            .map_err(|why| problem(*value_at, format!("the value of `{name}` {why}")))
                            .map(|code| (code, *value_at))
                    }
                    (Some((_, Token::Punct('='))), value) => {
                        at += 1;
                        let value_at = value.map_or(text.len(), |(value_at, _)| *value_at);
                        Err(problem(value_at, format!("the value of `{name}` is not a number literal")))
                    }
                    _ => Err(problem(*offset, format!("`{name}` has no value: expected `{name} = number`"))),
                };
                let mut well_formed = match member {
                    Ok((code, _)) => {
                        let (line, column) = line_column(text, *offset);
                        let doc = doc.take().map(parse_doc).unwrap_or_default();
                        members.push(Member { name: (*name).to_owned(), code, line, column, doc });
                        true
                    }
                    Err(found) => {
                        problems.push(found);
                        doc = None;
                        false
                    }
                };
                // A member ends at `,` or at the enum's `}`. Anything else is
                // reported once (unless the member already was) and skipped
                // up to the next member.
                while let Some((offset, token)) = tokens.get(at) {
                    match token {
                        Token::Punct(',') => {
                            at += 1;
                            break;
                        }
                        Token::Punct('}') => break,
                        _ if well_formed => {
                            problems.push(problem(*offset, format!("expected `,` or `}}` after `{name}`")));
                            well_formed = false;
                        }
                        _ => {}
                    }
                    at += 1;
                }
            }
            _ => {
                problems.push(problem(*offset, "expected a member name, `NAME = number`".to_owned()));
            }
        }
    }
    if !closed {
        problems.push(problem(enum_offset, "this enum is never closed with `}`".to_owned()));
    }
    let mut names = BTreeMap::new();
    let mut codes = BTreeMap::new();
    for member in &members {
        let here = (member.line, member.column);
        if let Some((line, column)) = names.insert(member.name.as_str(), here) {
            problems.push(Problem {
                line: member.line,
                column: member.column,
                message: format!("`{}` is declared twice (first at {line}:{column})", member.name),
            });
        }
        if let Some((line, column)) = codes.insert(member.code, here) {
            problems.push(Problem {
                line: member.line,
                column: member.column,
                message: format!("code {} is declared twice (first at {line}:{column})", member.code),
            });
        }
    }
    if problems.is_empty() {
        Ok(members)
    } else {
        problems.sort_by_key(|problem| (problem.line, problem.column));
        Err(problems)
    }
}

/// A decimal or `0x` number that fits in a `u32`, or why not.
fn parse_code(literal: &str) -> Result<u32, &'static str> {
    let digits = literal.replace('_', "");
    let parsed = match digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        Some(hex) => u32::from_str_radix(hex, 16),
        None => digits.parse::<u32>(),
    };
    parsed.map_err(|_| "is not an unsigned 32-bit integer")
}

/// The lines of a JSDoc body (`* text` each) and its tags.
fn parse_doc(body: &str) -> Doc {
    let mut doc = Doc::default();
    let mut in_tags = false;
    for line in body.lines() {
        let line = line.trim();
        let line = line.strip_prefix('*').unwrap_or(line).trim();
        if let Some(tag) = line.strip_prefix('@') {
            let (name, value) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
            let value = value.trim();
            match name {
                // `@ignore` often comes first, before the text it hides.
                "ignore" => {
                    doc.ignore = true;
                    continue;
                }
                "category" if !value.is_empty() => doc.category = Some(value.to_owned()),
                "since" if !value.is_empty() => doc.since = Some(value.to_owned()),
                "deprecated" => doc.deprecated = Some(value.to_owned()),
                _ => {}
            }
            in_tags = true;
        } else if !in_tags && !line.is_empty() {
            doc.lines.push(line.to_owned());
        }
    }
    doc
}

// ---------------------------------------------------------------------------
// Reconciling

/// How the declaration and the catalogue compare.
#[derive(Debug, Default)]
pub struct Report<'a> {
    /// Public members upstream whose number and name are both unknown here.
    pub missing: Vec<&'a Member>,
    /// Public members whose number is here under another name.
    pub renamed: Vec<(&'a Member, &'a ErrorCode)>,
    /// Public members whose name is here under another number.
    pub renumbered: Vec<(&'a Member, &'a ErrorCode)>,
    /// Catalogue codes the declaration does not declare at all.
    pub not_upstream: Vec<&'a ErrorCode>,
    /// Catalogue codes the declaration marks internal (`@ignore`).
    pub internal_upstream: Vec<(&'a Member, &'a ErrorCode)>,
    pub public: usize,
    pub in_sync_count: usize,
}

impl Report<'_> {
    pub fn in_sync(&self) -> bool {
        self.missing.is_empty() && self.renamed.is_empty() && self.renumbered.is_empty()
    }

    fn render(&self, declaration: &str, catalogue: &str, locations: &BTreeMap<u32, (usize, usize)>) -> String {
        let here = |error: &ErrorCode| match locations.get(&error.code) {
            Some((line, column)) => format!("{catalogue}:{line}:{column}"),
            None => catalogue.to_owned(),
        };
        let mut out = String::new();
        for member in &self.missing {
            let category = member.doc.category.as_deref().map(|c| format!(" (@category {c})")).unwrap_or_default();
            let _ = writeln!(
                out,
                "{declaration}:{}:{}: missing: {} = {}{category} is not in the catalogue",
                member.line, member.column, member.name, member.code
            );
        }
        for (member, error) in &self.renamed {
            let _ = writeln!(
                out,
                "{declaration}:{}:{}: renamed: code {} is `{}` upstream but `{}` in the catalogue ({})",
                member.line,
                member.column,
                member.code,
                member.name,
                error.name,
                here(error)
            );
        }
        for (member, error) in &self.renumbered {
            let _ = writeln!(
                out,
                "{declaration}:{}:{}: renumbered: `{}` is {} upstream but {} in the catalogue ({})",
                member.line,
                member.column,
                member.name,
                member.code,
                error.code,
                here(error)
            );
        }
        for (member, error) in &self.internal_upstream {
            let _ = writeln!(
                out,
                "{}: note: {} ({}) is internal upstream (@ignore at {declaration}:{}:{})",
                here(error),
                error.name,
                error.code,
                member.line,
                member.column
            );
        }
        for error in &self.not_upstream {
            let _ = writeln!(
                out,
                "{}: note: {} ({}) is not declared upstream (the reference may be newer)",
                here(error),
                error.name,
                error.code
            );
        }
        let _ = writeln!(
            out,
            "{} public codes upstream: {} in the catalogue, {} missing, {} renamed, {} renumbered; {} catalogue codes not declared upstream{}",
            self.public,
            self.in_sync_count,
            self.missing.len(),
            self.renamed.len(),
            self.renumbered.len(),
            self.not_upstream.len(),
            if self.in_sync() { "" } else { "; run with --write for [[error]] blocks of the missing codes" }
        );
        out
    }
}

pub fn reconcile<'a>(catalogue: &'a Catalogue, members: &'a [Member]) -> Report<'a> {
    let by_code: BTreeMap<u32, &ErrorCode> = catalogue.errors.iter().map(|error| (error.code, error)).collect();
    let by_name: BTreeMap<&str, &ErrorCode> =
        catalogue.errors.iter().map(|error| (error.name.as_str(), error)).collect();
    let mut report = Report::default();
    for member in members {
        if member.doc.ignore {
            if let Some(error) = by_code.get(&member.code) {
                report.internal_upstream.push((member, error));
            }
            continue;
        }
        report.public += 1;
        match (by_code.get(&member.code), by_name.get(member.name.as_str())) {
            (Some(error), _) if error.name == member.name => report.in_sync_count += 1,
            (Some(error), _) => report.renamed.push((member, error)),
            (None, Some(error)) => report.renumbered.push((member, error)),
            (None, None) => report.missing.push(member),
        }
    }
    let upstream: std::collections::BTreeSet<u32> = members.iter().map(|member| member.code).collect();
    let renumbered: std::collections::BTreeSet<u32> = report.renumbered.iter().map(|(_, error)| error.code).collect();
    report.not_upstream = catalogue
        .errors
        .iter()
        .filter(|error| !upstream.contains(&error.code) && !renumbered.contains(&error.code))
        .collect();
    report
}

/// Where each `[[error]]`'s `code = N` value is in the catalogue text, to
/// locate catalogue codes in the report (the model keeps no spans).
fn error_locations(text: &str) -> BTreeMap<u32, (usize, usize)> {
    let mut locations = BTreeMap::new();
    let mut in_error = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        let code_value = trimmed.strip_prefix("code").map(str::trim_start).and_then(|v| v.strip_prefix('='));
        if trimmed.starts_with('[') {
            in_error = trimmed == "[[error]]";
        } else if let Some(value) = code_value.filter(|_| in_error) {
            if let Ok(code) = value.trim().parse::<u32>() {
                let value_at = offset + line.find(value.trim()).unwrap_or(0);
                locations.entry(code).or_insert_with(|| line_column(text, value_at));
            }
            in_error = false;
        }
        offset += line.len();
    }
    locations
}

// ---------------------------------------------------------------------------
// --write: [[error]] blocks for the missing codes

/// The catalogue category an `@category` tag names: its id, or its title
/// with or without the word "exception" (case-insensitive).
fn category_for<'a>(catalogue: &'a Catalogue, tag: &str) -> Option<&'a str> {
    let tag = tag.trim().to_lowercase();
    catalogue
        .categories
        .iter()
        .find(|category| {
            let title = category.title.to_lowercase();
            category.id == tag.replace([' ', '-'], "_")
                || title == tag
                || title.strip_suffix(" exception").is_some_and(|short| short == tag)
        })
        .map(|category| category.id.as_str())
}

/// The `[[error]]` blocks of `missing`, in the declaration's order.
pub fn missing_blocks(catalogue: &Catalogue, missing: &[&Member], declaration: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {} codes declared in {declaration} and missing from the catalogue.", missing.len());
    let _ = writeln!(out, "# Review each block, then move it under its category in catalogue.toml.");
    for member in missing {
        let (description, details) = description_and_details(&member.doc.lines);
        let _ = writeln!(out, "\n# from {declaration}:{}:{}", member.line, member.column);
        let category = member.doc.category.as_deref();
        let matched = category.and_then(|tag| category_for(catalogue, tag));
        match (category, matched) {
            (_, Some(_)) => {}
            (Some(tag), None) => {
                let _ = writeln!(out, "# `@category {tag}` matches no category: choose one, or add a [[category]]");
            }
            (None, None) => {
                let _ = writeln!(out, "# no @category upstream: choose one");
            }
        }
        let _ = writeln!(out, "[[error]]");
        let _ = writeln!(out, "code = {}", member.code);
        let _ = writeln!(out, "name = {}", toml_string(&member.name));
        let _ = writeln!(out, "category = {}", toml_string(matched.unwrap_or("")));
        if let Some(description) = &description {
            let _ = writeln!(out, "description = {}", toml_string(description));
            let _ = writeln!(out, "methods = {}", toml_array(&method_like_words(description)));
        }
        if !details.is_empty() {
            let _ = writeln!(out, "details = {}", toml_array(&details));
        }
        if let Some(since) = &member.doc.since {
            let _ = writeln!(out, "since = {}", toml_string(since));
        }
        if let Some(deprecated) = &member.doc.deprecated {
            let reason = if deprecated.is_empty() { "Deprecated upstream." } else { deprecated };
            let _ = writeln!(out, "deprecated = {}", toml_string(reason));
        }
    }
    out
}

/// The JSDoc's prose lines joined as the description; its bullet (`- `) and
/// quoted (`> `) lines as details. Backticks go: the emitters format the
/// methods a description names themselves.
fn description_and_details(lines: &[String]) -> (Option<String>, Vec<String>) {
    let mut prose = Vec::new();
    let mut details = Vec::new();
    for line in lines {
        let line = line.replace('`', "");
        let quoted = line.strip_prefix('>').map(str::trim_start);
        let bullet = quoted.unwrap_or(&line).strip_prefix("- ").map(str::trim);
        match (quoted, bullet) {
            (_, Some(bullet)) => details.push(bullet.to_owned()),
            (Some(quoted), None) => details.push(quoted.to_owned()),
            (None, None) => prose.push(line.trim().to_owned()),
        }
    }
    let description = prose.join(" ");
    let details = details.into_iter().filter(|detail| !detail.is_empty()).collect();
    ((!description.is_empty()).then_some(description), details)
}

/// Words shaped like `object.method(.more)`, as the catalogue's `methods`
/// lists them: letters on both sides of each dot, so "e.g." is prose.
fn method_like_words(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')') {
        let word = word.trim_end_matches(['.', ':', ';']);
        let parts: Vec<&str> = word.split('.').collect();
        let shaped = parts.len() >= 2
            && parts.iter().all(|part| part.len() > 1 && part.chars().all(|c| c.is_ascii_alphanumeric()))
            && parts[0].starts_with(|c: char| c.is_ascii_lowercase());
        if shaped && !found.iter().any(|known| known == word) {
            found.push(word.to_owned());
        }
    }
    found
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn toml_array(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|item| toml_string(item)).collect();
    format!("[{}]", items.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Option<Options>, String> {
        parse_args(list.iter().map(|arg| (*arg).to_owned()))
    }

    #[test]
    fn arguments() {
        let options = args(&["--write", "x.d.ts", "--catalogue=c.toml"]).unwrap().unwrap();
        assert_eq!(options, Options { declaration: "x.d.ts".into(), catalogue: "c.toml".into(), write: true });
        assert!(args(&["-h"]).unwrap().is_none());
        assert_eq!(args(&[]).unwrap_err(), "missing the path of the .d.ts declaration");
        assert_eq!(args(&["a", "b"]).unwrap_err(), "unexpected argument `b`: give one declaration file");
        assert_eq!(args(&["a", "--catalogue"]).unwrap_err(), "`--catalogue` needs a value");
        assert_eq!(args(&["a", "--force"]).unwrap_err(), "unknown option `--force`");
    }

    #[test]
    fn jsdoc_text_and_tags() {
        let doc = parse_doc("*\n   * @ignore\n   * Internal\n   * > MSDK only\n   *\n   * @category Session\n   ");
        assert!(doc.ignore);
        assert_eq!(doc.lines, ["Internal", "> MSDK only"]);
        assert_eq!(doc.category.as_deref(), Some("Session"));
        let doc = parse_doc("*\n * Occurs in `a.b`.\n * - one\n * > two\n * @since 2.1.0\n * @deprecated\n");
        assert_eq!(doc.since.as_deref(), Some("2.1.0"));
        assert_eq!(doc.deprecated.as_deref(), Some(""));
        let (description, details) = description_and_details(&doc.lines);
        assert_eq!(description.as_deref(), Some("Occurs in a.b."));
        assert_eq!(details, ["one", "two"]);
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_code("4005"), Ok(4005));
        assert_eq!(parse_code("0x10"), Ok(16));
        assert_eq!(parse_code("1_000"), Ok(1000));
        assert!(parse_code("4294967296").is_err());
        assert!(parse_code("1.5").is_err());
    }

    /// Every prefix of every test declaration, and each with one byte
    /// changed, is scanned without a panic.
    #[test]
    fn the_scanner_never_panics() {
        let fixtures = [
            include_str!("../../tests/fixtures/upstream/in-sync.d.ts"),
            include_str!("../../tests/fixtures/upstream/missing.d.ts"),
            include_str!("../../tests/fixtures/upstream/disagree.d.ts"),
            include_str!("../../tests/fixtures/upstream/malformed.d.ts"),
            include_str!("../../tests/fixtures/upstream/unclosed.d.ts"),
            "enum E { \u{e9}t\u{e9} = 1, /** \u{2028} */ B = 2 } \"",
        ];
        let mut outcomes = [0_usize; 2];
        for text in fixtures {
            for (end, _) in text.char_indices() {
                outcomes[usize::from(scan(&text[..end]).is_ok())] += 1;
                for replacement in ["", "/", "*", "\"", "=", "}", ",", "0", "x"] {
                    let (before, after) = text.split_at(end);
                    let mut chars = after.chars();
                    chars.next();
                    let mutated = format!("{before}{replacement}{}", chars.as_str());
                    outcomes[usize::from(scan(&mutated).is_ok())] += 1;
                }
            }
        }
        // Both outcomes occur: the mutations reach the checks.
        assert!(outcomes[0] > 0 && outcomes[1] > 0, "{outcomes:?}");
    }

    #[test]
    fn a_whole_declaration() {
        let members = scan(include_str!("../../tests/fixtures/upstream/in-sync.d.ts")).unwrap();
        let summary: Vec<(&str, u32, usize, usize, bool)> =
            members.iter().map(|m| (m.name.as_str(), m.code, m.line, m.column, m.doc.ignore)).collect();
        assert_eq!(
            summary,
            [
                ("OPERATION_TIMEOUT", 1, 11, 3, false),
                ("SESSION_INTERNAL_ONLY", 3000, 18, 3, true),
                ("SESSION_ENDED", 4004, 24, 3, false),
                ("AUDIO_CAPTURE_FAILED", 6010, 26, 3, false),
            ]
        );
        assert_eq!(members[0].doc.category.as_deref(), Some("Common"));
        assert_eq!(members[2].doc.lines, ["The session has ended."]);
        // The plain comment before the last member is not its documentation.
        assert_eq!(members[3].doc, Doc::default());
    }

    #[test]
    fn toml_strings_escape() {
        assert_eq!(toml_string("a \"b\" \\ c\u{1}"), r#""a \"b\" \\ c\u0001""#);
    }
}
