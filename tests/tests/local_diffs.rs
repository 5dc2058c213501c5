//! Generated files are checked in and reviewed: adding, deprecating or
//! rewording one code must change only that code's lines, plus at most three
//! other lines per generated file (no renumbered tables, no counts in prose).

use std::collections::{BTreeMap, BTreeSet};

use similar::{ChangeTag, TextDiff};
use tests::workspace_root;

/// At most this many existing lines of one generated file may be removed
/// or rewritten when one code is added.
const OTHER_LINES: usize = 3;

fn generate(text: &str) -> BTreeMap<String, String> {
    let catalogue = codegen::load(text).unwrap_or_else(|d| panic!("{}", d.render("catalogue.toml", text)));
    codegen::generate(&catalogue).into_iter().map(|file| (file.path, file.contents)).collect()
}

/// Lines of `old` that `new` removes or rewrites, and lines it adds.
fn changed_lines(old: &str, new: &str) -> (usize, usize) {
    let diff = TextDiff::from_lines(old, new);
    let count = |tag| diff.iter_all_changes().filter(|change| change.tag() == tag).count();
    (count(ChangeTag::Delete), count(ChangeTag::Insert))
}

/// The lines of `old` (by index) that `new` removes or rewrites.
fn removed_lines(old: &str, new: &str) -> BTreeSet<usize> {
    let diff = TextDiff::from_lines(old, new);
    diff.iter_all_changes()
        .filter(|change| change.tag() == ChangeTag::Delete)
        .filter_map(|change| change.old_index())
        .collect()
}

/// The byte range of the `[[error]]` table of `code`, up to the next
/// `[[error]]` or `[[category]]`.
fn error_block(text: &str, code: u32) -> std::ops::Range<usize> {
    let marker = format!("[[error]]\ncode = {code}\n");
    let start = text.find(&marker).unwrap_or_else(|| panic!("catalogue.toml has code {code}"));
    let rest = &text[start + marker.len()..];
    let end = ["\n[[error]]\n", "\n[[category]]\n"]
        .iter()
        .filter_map(|next| rest.find(next))
        .min()
        .map_or(text.len(), |at| start + marker.len() + at + 1);
    start..end
}

/// For an edit of one code: each generated file's lines that the edit
/// removes or rewrites although they are not that code's own. A code's own
/// lines are those that go when the code is deleted from the catalogue.
fn foreign_lines_changed(code: u32, edit: impl FnOnce(&str) -> String) -> BTreeMap<String, usize> {
    let text = std::fs::read_to_string(workspace_root().join("catalogue.toml")).expect("catalogue.toml is readable");
    let before = generate(&text);
    let edited = generate(&edit(&text));
    let mut without = text.clone();
    without.replace_range(error_block(&text, code), "");
    let without = generate(&without);
    before
        .iter()
        .map(|(path, old)| {
            // A file only this code needs (the reason enums) is all its own.
            let own = removed_lines(old, without.get(path).map_or("", String::as_str));
            let changed = removed_lines(old, &edited[path]);
            (path.clone(), changed.difference(&own).count())
        })
        .collect()
}

fn assert_local(what: &str, foreign: &BTreeMap<String, usize>) {
    let summary: Vec<String> = foreign.iter().map(|(path, count)| format!("  {path}: {count}")).collect();
    println!("{what}: other lines removed or rewritten, per generated file\n{}", summary.join("\n"));
    for (path, count) in foreign {
        assert!(*count <= OTHER_LINES, "{what}: {path} rewrites {count} lines of other codes");
    }
}

#[test]
fn deprecating_a_code_changes_only_its_own_lines() {
    let foreign = foreign_lines_changed(6010, |text| {
        let block = error_block(text, 6010);
        let marker = "name = \"AUDIO_CAPTURE_FAILED\"\n";
        let at = block.start + text[block].find(marker).expect("the block names the code") + marker.len();
        format!("{}deprecated = \"Replaced by a newer code.\"\n{}", &text[..at], &text[at..])
    });
    assert_local("6010 deprecated", &foreign);
}

#[test]
fn rewording_a_code_changes_only_its_own_lines() {
    let foreign = foreign_lines_changed(6017, |text| {
        let old = "description = \"Occurs in stream.startSecondaryAudio due to the platform being unsupported.\"";
        assert!(text.contains(old), "the shipped description of 6017");
        text.replacen(old, "description = \"Occurs in stream.startSecondaryAudio: this platform cannot.\"", 1)
    });
    assert_local("6017 reworded", &foreign);
}

#[test]
fn the_measure_of_own_lines_sees_a_foreign_change() {
    // Rewording one code while renumbering another's line counts the other.
    let old = "a 1\nb 2\nc 3\n";
    let own = removed_lines(old, "b 2\nc 3\n");
    let changed = removed_lines(old, "a 9\nb 2\nc 4\n");
    assert_eq!(own, BTreeSet::from([0]));
    assert_eq!(changed.difference(&own).count(), 1);
}

/// `text` with `block` inserted before the `[[error]]` table of code `before`.
fn insert_before(text: &str, before: u32, block: &str) -> String {
    let marker = format!("[[error]]\ncode = {before}\n");
    let at = text.find(&marker).unwrap_or_else(|| panic!("catalogue.toml has code {before}"));
    format!("{}{block}\n{}", &text[..at], &text[at..])
}

/// Each generated file's (removed or rewritten, added) lines after `edit`.
fn diff_sizes(edit: impl FnOnce(&str) -> String) -> BTreeMap<String, (usize, usize)> {
    let text = std::fs::read_to_string(workspace_root().join("catalogue.toml")).expect("catalogue.toml is readable");
    let before = generate(&text);
    let after = generate(&edit(&text));
    assert_eq!(before.keys().collect::<Vec<_>>(), after.keys().collect::<Vec<_>>(), "the same files");
    before.iter().map(|(path, old)| (path.clone(), changed_lines(old, &after[path]))).collect()
}

fn report(what: &str, sizes: &BTreeMap<String, (usize, usize)>) -> String {
    let mut lines = vec![format!("{what}: lines removed or rewritten / added, per generated file")];
    lines.extend(sizes.iter().map(|(path, (removed, added))| format!("  {path}: -{removed} +{added}")));
    lines.join("\n")
}

#[test]
fn adding_a_code_in_the_middle_changes_only_its_own_lines() {
    // A code with a description, methods, notes and numbered reasons, in the
    // middle of a category in the middle of the catalogue.
    let block = r#"[[error]]
code = 6016
name = "AUDIO_NEWLY_DOCUMENTED"
category = "audio"
description = "Occurs in stream.startAudio when the new audio path fails."
methods = ["stream.startAudio"]
details = ["a note"]
since = "2.5.0"

[[error.reasons]]
code = 1
name = "FIRST"
description = "The first reason"
"#;
    let sizes = diff_sizes(|text| {
        assert!(!text.contains("code = 6016\n"), "6016 is free in the shipped catalogue");
        insert_before(text, 6017, block)
    });
    let summary = report("one code added", &sizes);
    println!("{summary}");
    for path in
        ["rust/src/error_codes.rs", "typescript/src/constants.ts", "json/error-codes.json", "docs/error-codes.md"]
    {
        assert!(sizes[path].1 > 0, "{path} does not show the new code\n{summary}");
    }
    for (path, (removed, _)) in &sizes {
        assert!(*removed <= OTHER_LINES, "{path}: {removed} existing lines removed or rewritten\n{summary}");
    }
}

#[test]
fn the_bound_catches_a_renumbered_table() {
    // The measure itself: a table whose later rows all shift fails it.
    let rows = |names: &[&str]| -> String {
        names.iter().enumerate().map(|(position, name)| format!("Self::{name} => {position},\n")).collect()
    };
    let old = rows(&["A", "B", "C", "D", "E", "F", "G", "H"]);
    let new = rows(&["A", "B", "C", "New", "D", "E", "F", "G", "H"]);
    assert_eq!(changed_lines(&old, &new), (5, 6));
    assert_eq!(changed_lines("a\nb\n", "a\nx\nb\n"), (0, 1));
}
