//! The catalogue keeps every code of the SDK's published reference.
//!
//! `tests/data/reference-codes.txt` lists the reference's codes as facts
//! (number, name, category, how many notes and numbered reasons). The
//! catalogue may grow: new codes, notes and reasons, deprecations and
//! rewordings all pass. What fails is a code of the reference that is gone,
//! renumbered, renamed, moved to another category or stripped of notes or
//! reasons; the failure names the code. A code removed the way the README
//! describes (its number and name kept in `[[reserved]]`, with a breaking
//! bump that `cargo xtask breaking` checks) is no loss: its manifest line
//! stays, as the record of what the reference once listed.

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
        if is_reserved(catalogue, wanted) {
            continue;
        }
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

/// Whether the catalogue retired the code the README's way: its number and
/// its name both reserved (the loader then keeps any `[[error]]` from
/// taking either).
fn is_reserved(catalogue: &Catalogue, wanted: &ReferenceCode) -> bool {
    let number = catalogue.reserved.iter().any(|entry| entry.code == Some(wanted.code));
    let name = catalogue.reserved.iter().any(|entry| entry.name.as_deref() == Some(wanted.name.as_str()));
    number && name
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
    assert!(!reference.is_empty(), "{MANIFEST} lists no code");
    let mut seen = BTreeMap::new();
    let mut names = BTreeMap::new();
    for code in &reference {
        if let Some(line) = seen.insert(code.code, code.line) {
            panic!("{MANIFEST}:{}: code {} is already on line {line}", code.line, code.code);
        }
        if let Some(line) = names.insert(code.name.clone(), code.line) {
            panic!("{MANIFEST}:{}: name {} is already on line {line}", code.line, code.name);
        }
    }
    // A category the catalogue no longer has is fine for a code it reserved.
    let catalogue = shipped_catalogue();
    let categories: Vec<&str> = catalogue.categories.iter().map(|category| category.id.as_str()).collect();
    for code in reference.iter().filter(|code| !is_reserved(&catalogue, code)) {
        assert!(
            categories.contains(&code.category.as_str()),
            "{MANIFEST}:{}: unknown category {}",
            code.line,
            code.category
        );
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

/// The first code of the manifest that the catalogue still has and that
/// `wanted` accepts: the tests below edit a code the catalogue they run on
/// really holds, whichever codes a release removed.
fn canary<'a>(
    catalogue: &Catalogue,
    reference: &'a [ReferenceCode],
    wanted: impl Fn(&ReferenceCode) -> bool,
) -> &'a ReferenceCode {
    reference
        .iter()
        .find(|code| wanted(code) && !is_reserved(catalogue, code))
        .expect("the manifest has a code the catalogue still holds for this case")
}

/// A code number that neither the catalogue nor the manifest uses.
fn free_number(catalogue: &Catalogue, reference: &[ReferenceCode]) -> u32 {
    (1..)
        .find(|number| {
            !catalogue.errors.iter().any(|error| error.code == *number)
                && !catalogue.reserved.iter().any(|entry| entry.code == Some(*number))
                && !reference.iter().any(|code| code.code == *number)
        })
        .expect("a free number")
}

#[test]
fn growth_passes() {
    let reference = manifest();
    let shipped = shipped_catalogue();
    let reworded = canary(&shipped, &reference, |code| code.reasons > 0).name.clone();
    let number = free_number(&shipped, &reference);
    let grown = edited(|catalogue| {
        let mut added = catalogue.errors[0].clone();
        added.code = number;
        added.name = "SOMETHING_NEW".to_owned();
        catalogue.errors.insert(1, added);
        let deprecated = error_mut(catalogue, &reworded);
        deprecated.deprecated = Some("Replaced by a newer code.".to_owned());
        deprecated.description = Some("Reworded.".to_owned());
        deprecated.details.push("A new note.".to_owned());
    });
    assert_eq!(missing_from(&grown, &reference), Vec::<String>::new());
}

/// A code removed the README's way: gone from `[[error]]`, its number and
/// name in `[[reserved]]`. Reserving only one of them is still a loss.
#[test]
fn a_reserved_removal_passes_and_a_half_reserved_one_fails() {
    let reference = manifest();
    let shipped = shipped_catalogue();
    let retired = canary(&shipped, &reference, |_| true).clone();
    let remove = |code: Option<u32>, name: Option<String>| {
        let retired = retired.clone();
        edited(move |catalogue| {
            catalogue.errors.retain(|error| error.code != retired.code);
            catalogue.reserved.push(codegen::model::Reserved { code, name, note: Some("Removed.".to_owned()) });
        })
    };
    let whole = remove(Some(retired.code), Some(retired.name.clone()));
    assert_eq!(missing_from(&whole, &reference), Vec::<String>::new());
    let number_only = remove(Some(retired.code), None);
    assert_eq!(
        missing_from(&number_only, &reference),
        [format!("{MANIFEST}:{}: {} ({}): no longer in the catalogue", retired.line, retired.name, retired.code)]
    );
}

/// A change to the catalogue, as the failure cases below make it.
type Edit = Box<dyn FnOnce(&mut Catalogue)>;

#[test]
fn losing_a_code_fails_and_names_it() {
    let reference = manifest();
    let shipped = shipped_catalogue();
    let plain = canary(&shipped, &reference, |_| true).clone();
    let noted = canary(&shipped, &reference, |code| code.details > 0).clone();
    let reasoned = canary(&shipped, &reference, |code| code.reasons > 0).clone();
    let number = free_number(&shipped, &reference);
    let other_category = shipped
        .categories
        .iter()
        .map(|category| category.id.clone())
        .find(|id| *id != plain.category)
        .expect("the catalogue has two categories");
    let at = |code: &ReferenceCode| format!("{} ({})", code.name, code.code);
    let cases: [(&str, Edit, String); 6] = [
        (
            "removed",
            Box::new({
                let plain = plain.clone();
                move |catalogue| catalogue.errors.retain(|error| error.name != plain.name)
            }),
            format!("{}: no longer in the catalogue", at(&plain)),
        ),
        (
            "renumbered",
            Box::new({
                let plain = plain.clone();
                move |catalogue| error_mut(catalogue, &plain.name).code = number
            }),
            format!("{}: renumbered to {number} in the catalogue", at(&plain)),
        ),
        (
            "renamed",
            Box::new({
                let plain = plain.clone();
                move |catalogue| error_mut(catalogue, &plain.name).name = "SOMETHING_ELSE".to_owned()
            }),
            format!("{}: the catalogue names code {} `SOMETHING_ELSE`", at(&plain), plain.code),
        ),
        (
            "moved",
            Box::new({
                let (plain, other_category) = (plain.clone(), other_category.clone());
                move |catalogue| error_mut(catalogue, &plain.name).category = other_category
            }),
            format!("{}: moved from category `{}` to `{other_category}`", at(&plain), plain.category),
        ),
        (
            "notes dropped",
            Box::new({
                let noted = noted.clone();
                move |catalogue| error_mut(catalogue, &noted.name).details.truncate(noted.details - 1)
            }),
            format!("{}: {} notes, the reference has {}", at(&noted), noted.details - 1, noted.details),
        ),
        (
            "reasons dropped",
            Box::new({
                let reasoned = reasoned.clone();
                move |catalogue| error_mut(catalogue, &reasoned.name).reasons.clear()
            }),
            format!("{}: 0 numbered reasons, the reference has {}", at(&reasoned), reasoned.reasons),
        ),
    ];
    for (what, edit, expected) in cases {
        let problems = missing_from(&edited(edit), &reference);
        assert_eq!(problems.len(), 1, "{what}: {problems:#?}");
        assert!(problems[0].ends_with(&expected), "{what}: {} (expected {expected})", problems[0]);
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
