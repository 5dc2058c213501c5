//! The catalogue keeps every code of the SDK's published reference.
//!
//! `tests/data/reference-codes.txt` lists the reference's codes as facts
//! (number, name, category, how many notes and numbered reasons). The
//! catalogue may grow: new codes, notes and reasons, deprecations and
//! rewordings all pass. What fails is a code of the reference that is gone,
//! renumbered, renamed, moved to another category or stripped of notes or
//! reasons; the failure names the code.

use std::collections::BTreeMap;

use codegen::Catalogue;
use tests::{shipped_catalogue, workspace_root};

/// One line of the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ReferenceCode {
    line: usize,
    code: u32,
    name: String,
    category: String,
    details: usize,
    reasons: usize,
}

const MANIFEST: &str = "tests/data/reference-codes.txt";

fn parse_manifest(text: &str) -> Result<Vec<ReferenceCode>, String> {
    let mut codes = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [code, name, category, details, reasons] = fields[..] else {
            return Err(format!(
                "{MANIFEST}:{line_number}: expected `CODE NAME CATEGORY DETAILS REASONS`, got `{line}`"
            ));
        };
        let number = |field: &str, what: &str| {
            field.parse::<usize>().map_err(|_| format!("{MANIFEST}:{line_number}: {what} `{field}` is not a number"))
        };
        codes.push(ReferenceCode {
            line: line_number,
            code: code.parse().map_err(|_| format!("{MANIFEST}:{line_number}: code `{code}` is not a u32"))?,
            name: name.to_owned(),
            category: category.to_owned(),
            details: number(details, "the count of notes")?,
            reasons: number(reasons, "the count of reasons")?,
        });
    }
    Ok(codes)
}

fn manifest() -> Vec<ReferenceCode> {
    let text = std::fs::read_to_string(workspace_root().join(MANIFEST)).expect("the manifest is readable");
    parse_manifest(&text).unwrap_or_else(|error| panic!("{error}"))
}

/// Every way `catalogue` has lost a code of the reference, one line each.
fn missing_from(catalogue: &Catalogue, reference: &[ReferenceCode]) -> Vec<String> {
    let by_code: BTreeMap<u32, &codegen::model::ErrorCode> =
        catalogue.errors.iter().map(|error| (error.code, error)).collect();
    let by_name: BTreeMap<&str, &codegen::model::ErrorCode> =
        catalogue.errors.iter().map(|error| (error.name.as_str(), error)).collect();
    let mut problems = Vec::new();
    for wanted in reference {
        let at = format!("{MANIFEST}:{}: {} ({})", wanted.line, wanted.name, wanted.code);
        let Some(error) = by_code.get(&wanted.code) else {
            match by_name.get(wanted.name.as_str()) {
                Some(renumbered) => problems.push(format!("{at}: renumbered to {} in the catalogue", renumbered.code)),
                None => problems.push(format!("{at}: no longer in the catalogue")),
            }
            continue;
        };
        if error.name != wanted.name {
            problems.push(format!("{at}: the catalogue names code {} `{}`", wanted.code, error.name));
        }
        if error.category != wanted.category {
            problems.push(format!("{at}: moved from category `{}` to `{}`", wanted.category, error.category));
        }
        if error.details.len() < wanted.details {
            problems.push(format!("{at}: {} notes, the reference has {}", error.details.len(), wanted.details));
        }
        if error.reasons.len() < wanted.reasons {
            problems.push(format!(
                "{at}: {} numbered reasons, the reference has {}",
                error.reasons.len(),
                wanted.reasons
            ));
        }
    }
    problems
}

#[test]
fn the_catalogue_keeps_every_code_of_the_reference() {
    let reference = manifest();
    let problems = missing_from(&shipped_catalogue(), &reference);
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_manifest_is_well_formed() {
    let reference = manifest();
    // The reference's first transcription: 143 codes, 11 notes, 7 reasons.
    assert_eq!(reference.len(), 143);
    assert_eq!(reference.iter().map(|code| code.details).sum::<usize>(), 11);
    assert_eq!(reference.iter().map(|code| code.reasons).sum::<usize>(), 7);
    let mut seen = BTreeMap::new();
    for code in &reference {
        if let Some(line) = seen.insert(code.code, code.line) {
            panic!("{MANIFEST}:{}: code {} is already on line {line}", code.line, code.code);
        }
    }
    let categories: Vec<String> = shipped_catalogue().categories.into_iter().map(|category| category.id).collect();
    for code in &reference {
        assert!(categories.contains(&code.category), "{MANIFEST}:{}: unknown category {}", code.line, code.category);
    }
}

/// The catalogue after `edit`, which must still load.
fn edited(edit: impl FnOnce(&mut Catalogue)) -> Catalogue {
    let mut catalogue = shipped_catalogue();
    edit(&mut catalogue);
    catalogue
}

fn error_mut<'a>(catalogue: &'a mut Catalogue, name: &str) -> &'a mut codegen::model::ErrorCode {
    catalogue.errors.iter_mut().find(|error| error.name == name).expect("the shipped catalogue has the code")
}

#[test]
fn growth_passes() {
    let reference = manifest();
    let grown = edited(|catalogue| {
        let mut added = catalogue.errors[20].clone();
        added.code = 6099;
        added.name = "AUDIO_SOMETHING_NEW".to_owned();
        added.category = "audio".to_owned();
        catalogue.errors.insert(21, added);
        let deprecated = error_mut(catalogue, "AUDIO_CAPTURE_FAILED");
        deprecated.deprecated = Some("Replaced by a newer code.".to_owned());
        deprecated.description = Some("Reworded.".to_owned());
        deprecated.details.push("A new note.".to_owned());
    });
    assert_eq!(missing_from(&grown, &reference), Vec::<String>::new());
}

/// A change to the catalogue, as the failure cases below make it.
type Edit = Box<dyn FnOnce(&mut Catalogue)>;

#[test]
fn losing_a_code_fails_and_names_it() {
    let reference = manifest();
    let cases: [(&str, Edit, &str); 6] = [
        (
            "removed",
            Box::new(|catalogue| catalogue.errors.retain(|error| error.name != "SESSION_ENDED")),
            "SESSION_ENDED (4004): no longer in the catalogue",
        ),
        (
            "renumbered",
            Box::new(|catalogue| error_mut(catalogue, "SESSION_ENDED").code = 4999),
            "SESSION_ENDED (4004): renumbered to 4999 in the catalogue",
        ),
        (
            "renamed",
            Box::new(|catalogue| error_mut(catalogue, "SESSION_ENDED").name = "SESSION_OVER".to_owned()),
            "SESSION_ENDED (4004): the catalogue names code 4004 `SESSION_OVER`",
        ),
        (
            "moved",
            Box::new(|catalogue| error_mut(catalogue, "SESSION_ENDED").category = "client".to_owned()),
            "SESSION_ENDED (4004): moved from category `session` to `client`",
        ),
        (
            "notes dropped",
            Box::new(|catalogue| {
                error_mut(catalogue, "CLIENT_INVALID_JOIN_PARAMETER").details.pop();
            }),
            "CLIENT_INVALID_JOIN_PARAMETER (5013): 4 notes, the reference has 5",
        ),
        (
            "reasons dropped",
            Box::new(|catalogue| error_mut(catalogue, "AUDIO_CAPTURE_FAILED").reasons.clear()),
            "AUDIO_CAPTURE_FAILED (6010): 0 numbered reasons, the reference has 7",
        ),
    ];
    for (what, edit, expected) in cases {
        let problems = missing_from(&edited(edit), &reference);
        assert_eq!(problems.len(), 1, "{what}: {problems:#?}");
        assert!(problems[0].ends_with(expected), "{what}: {}", problems[0]);
        assert!(problems[0].starts_with(MANIFEST), "{what}: located: {}", problems[0]);
    }
}

#[test]
fn malformed_manifest_lines_are_located() {
    assert_eq!(
        parse_manifest("# comment\n\n1 A common 0\n").unwrap_err(),
        format!("{MANIFEST}:3: expected `CODE NAME CATEGORY DETAILS REASONS`, got `1 A common 0`")
    );
    assert_eq!(parse_manifest("x A common 0 0").unwrap_err(), format!("{MANIFEST}:1: code `x` is not a u32"));
    assert_eq!(
        parse_manifest("1 A common 0 many").unwrap_err(),
        format!("{MANIFEST}:1: the count of reasons `many` is not a number")
    );
}

#[test]
fn every_method_the_description_names_is_listed() {
    for error in &shipped_catalogue().errors {
        let named = method_like_words(error.description.as_deref().unwrap_or(""));
        assert_eq!(named, error.methods, "methods of {} ({})", error.code, error.name);
    }
}

/// Words shaped like `object.method(.more)`: letters on both sides of each
/// dot. "e.g." is prose, not a method.
fn method_like_words(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')') {
        let word = word.trim_end_matches('.');
        let parts: Vec<&str> = word.split('.').collect();
        let shaped = parts.len() >= 2
            && parts.iter().all(|part| part.len() > 1 && part.chars().all(|c| c.is_ascii_alphanumeric()))
            && parts[0].starts_with(|c: char| c.is_ascii_lowercase());
        if shaped && !found.iter().any(|known| known == word) {
            found.push(word.to_string());
        }
    }
    found
}
