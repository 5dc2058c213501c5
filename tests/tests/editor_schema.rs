//! The editor schema (`generated/schema/catalogue.schema.json`) with the
//! real TOML language tools, Taplo and Tombi, as an editor runs them:
//!
//! - the shipped catalogue, which names the schema by a relative path in its
//!   `#:schema` line, lints clean with both (both fail when that path does
//!   not resolve: Taplo with an error, Tombi with a warning made an error);
//! - every problem of every invalid fixture is flagged by both tools on the
//!   line the loader reports it at, except the problems listed in
//!   [`CANNOT_EXPRESS`], each with why a schema cannot say it.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Output};

use tests::{python_tooling, workspace_root};

/// Problems (fixture, line of the loader's diagnostic) that a JSON Schema
/// cannot express, and why. `cargo xtask gen` reports them all.
const CANNOT_EXPRESS: &[(&str, usize, &str)] = &[
    ("bom_then_duplicate_code.toml", 32, UNIQUE),
    ("category_before_parent.toml", 19, ORDER),
    ("category_id_not_snake_case.toml", 34, OWN_IDS),
    ("duplicate_category_id.toml", 27, UNIQUE),
    ("duplicate_category_id.toml", 33, OWN_IDS),
    ("duplicate_category_title.toml", 28, UNIQUE),
    ("duplicate_code.toml", 32, UNIQUE),
    ("duplicate_name.toml", 33, UNIQUE),
    ("duplicate_reason_code.toml", 44, UNIQUE),
    ("duplicate_reason_name.toml", 45, UNIQUE),
    ("many_problems_at_once.toml", 32, UNIQUE),
    ("many_problems_at_once.toml", 45, UNIQUE),
    ("method_not_in_description.toml", 36, RELATION),
    ("name_collides_after_case_conversion.toml", 33, UNIQUE),
    ("not_utf8.toml", 24, NOT_TEXT),
    ("parent_cycle.toml", 19, CYCLE),
    ("parent_cycle.toml", 30, CYCLE),
    ("parent_self.toml", 29, CYCLE),
    ("replaced_by_deprecated_code.toml", 27, RELATION),
    ("replaced_by_itself.toml", 27, RELATION),
    ("replaced_by_unknown_code.toml", 39, OWN_IDS),
    ("replaced_by_without_deprecated.toml", 26, RELATION),
    ("reserved_code_reused.toml", 32, OWN_RESERVED),
    ("reserved_name_reused.toml", 22, OWN_RESERVED),
    ("reserved_listed_twice.toml", 53, UNIQUE),
    ("reserved_listed_twice.toml", 56, UNIQUE),
    ("noncharacters.toml", 48, ASTRAL),
    ("tag_characters_outside_emoji.toml", 38, ASTRAL),
    ("unassigned_code_point.toml", 20, UNASSIGNED),
];

const UNIQUE: &str = "uniqueness across tables: a schema checks each table on its own, and \
                      `uniqueItems` compares whole tables, not one key of them";
const ORDER: &str = "the order of tables (a parent before its children): a schema has no order of array items";
const OWN_IDS: &str = "a reference to an id the file itself defines: the schema offers the category \
                       ids of the shipped catalogue, as of the last `cargo xtask gen`";
const OWN_RESERVED: &str = "a number or name the file itself reserves in [[reserved]]: like category ids, \
                            a schema would offer the shipped catalogue's reservations, not the file's";
const ASTRAL: &str = "a range beyond U+FFFF: ECMA-262 patterns need the `u` flag for it and the Rust \
                      regex engine of the editors another syntax, so no pattern reads the same in both";
const UNASSIGNED: &str = "an unassigned code point: naming them all would put the Unicode table in a pattern";
const RELATION: &str = "a relation between two values (a method named in the description, a replacement \
                        that must be a code in use, other than the code itself, of a deprecated code)";
const CYCLE: &str = "a cycle through references between tables";
const NOT_TEXT: &str = "not UTF-8: the tools cannot read the file, so no schema applies";

#[test]
fn the_shipped_catalogue_lints_clean_with_taplo_and_tombi() {
    let tools = python_tooling();
    let root = workspace_root();
    let first = fs::read_to_string(root.join("catalogue.toml")).unwrap();
    assert!(
        first.starts_with("#:schema ./generated/schema/catalogue.schema.json\n"),
        "catalogue.toml must name the editor schema in its first line"
    );
    let taplo = run(&tools, "taplo", &root, "catalogue.toml");
    assert!(taplo.status.success(), "taplo:\n{}", text(&taplo));
    assert!(taplo_lines(&taplo).is_empty(), "taplo:\n{}", text(&taplo));
    let tombi = run(&tools, "tombi", &root, "catalogue.toml");
    assert!(tombi.status.success(), "tombi:\n{}", text(&tombi));
    assert!(tombi_lines(&tombi).is_empty(), "tombi:\n{}", text(&tombi));
}

#[test]
fn both_tools_flag_every_expressible_fixture_problem_at_the_loaders_line() {
    let tools = python_tooling();
    let root = workspace_root();
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("editor-schema");
    fs::create_dir_all(&scratch).unwrap();
    let schema = root.join("generated/schema/catalogue.schema.json");
    // The copies name the schema by a relative path, as catalogue.toml does.
    let directive = format!("#:schema {}\n", relative(&scratch, &schema));

    let mut fixtures: Vec<PathBuf> =
        fs::read_dir(root.join("tests/fixtures/invalid")).unwrap().map(|entry| entry.unwrap().path()).collect();
    fixtures.sort();
    let mut flagged = Vec::new();
    let mut failures = Vec::new();
    for fixture in &fixtures {
        let name = fixture.file_name().unwrap().to_str().unwrap();
        let bytes = fs::read(fixture).unwrap();
        // Errors only: a warning is not a problem of the file.
        let expected: Vec<usize> = String::from_utf8_lossy(&bytes)
            .lines()
            .filter_map(|line| line.strip_prefix("# expect: "))
            .filter(|expect| expect.split(": ").nth(1) != Some("warning"))
            .filter_map(|expect| expect.split(':').next()?.parse().ok())
            .collect();
        let mut copy = directive.clone().into_bytes();
        copy.extend_from_slice(&bytes);
        fs::write(scratch.join(name), copy).unwrap();
        // The directive shifts every line by one. In a real file it is the
        // first line, where the loader reports a missing top-level table.
        let shift = |lines: BTreeSet<usize>| -> BTreeSet<usize> {
            lines.into_iter().map(|line| line.saturating_sub(1).max(1)).collect()
        };
        let by_taplo = shift(taplo_lines(&run(&tools, "taplo", &scratch, name)));
        let by_tombi = shift(tombi_lines(&run(&tools, "tombi", &scratch, name)));
        for line in expected {
            let listed = CANNOT_EXPRESS.iter().any(|(fixture, at, _)| *fixture == name && *at == line);
            let seen = (by_taplo.contains(&line), by_tombi.contains(&line));
            if listed {
                continue;
            }
            if seen == (true, true) {
                flagged.push(format!("{name}:{line}"));
            } else {
                failures.push(format!(
                    "{name}:{line}: taplo {}, tombi {} (taplo lines {by_taplo:?}, tombi lines {by_tombi:?})",
                    if seen.0 { "flags it" } else { "does not" },
                    if seen.1 { "flags it" } else { "does not" },
                ));
            }
        }
    }
    println!("flagged by both taplo and tombi at the loader's line ({}):", flagged.len());
    for problem in &flagged {
        println!("  {problem}");
    }
    println!("not expressible in a schema ({}):", CANNOT_EXPRESS.len());
    for (fixture, line, why) in CANNOT_EXPRESS {
        println!("  {fixture}:{line}: {why}");
    }
    assert!(failures.is_empty(), "not flagged at the loader's line:\n{}", failures.join("\n"));
    assert!(flagged.len() >= 60, "only {} problems checked: {flagged:?}", flagged.len());
}

/// Runs `taplo lint` or `tombi lint` on one file, in `dir`, offline and
/// without colours.
fn run(tools: &Path, tool: &str, dir: &Path, file: &str) -> Output {
    let mut command = Command::new(tools.join(tool));
    command.current_dir(dir).env("NO_COLOR", "1").env("RUST_LOG", "error");
    match tool {
        "taplo" => command.args(["lint", "--no-auto-config", "--colors", "never", file]),
        _ => command.args(["lint", "--offline", "--error-on-warnings", "--diagnostics-format", "github", file]),
    };
    command.output().unwrap_or_else(|error| panic!("{tool} runs: {error}"))
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// The lines Taplo's diagnostics point at (`┌─ path:LINE:COLUMN`).
fn taplo_lines(output: &Output) -> BTreeSet<usize> {
    text(output)
        .lines()
        .filter_map(|line| line.split_once("┌─ ").map(|(_, location)| location))
        .filter_map(|location| location.rsplit(':').nth(1)?.parse().ok())
        .collect()
}

/// The lines of Tombi's errors and warnings, printed as GitHub workflow
/// commands (`::error file=…,line=LINE,…`).
fn tombi_lines(output: &Output) -> BTreeSet<usize> {
    text(output)
        .lines()
        .filter(|line| line.starts_with("::error ") || line.starts_with("::warning "))
        .filter_map(|line| line.split(',').find_map(|property| property.strip_prefix("line="))?.parse().ok())
        .collect()
}

/// `to` relative to the folder `from` (both absolute), with `/` separators.
fn relative(from: &Path, to: &Path) -> String {
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); from.len() - common];
    parts.extend(to[common..].iter().map(|part| part.as_os_str().to_string_lossy().into_owned()));
    parts.join("/")
}
