//! Markdown reference emitter: the seed document again, from the catalogue.
//!
//! One heading per category (sub-categories one level deeper, right after
//! their parent's codes), one bullet per code as
//! `` `6010` - AUDIO_CAPTURE_FAILED - description ``, the methods the
//! description names in backticks, and nested bullets for details and
//! numbered reasons; then the reserved numbers and names, which no code may
//! take again. Catalogue text is escaped so that it always renders as
//! the words written, never as Markdown markup.

use std::fmt::Write as _;

use crate::escape;
use crate::model::{Catalogue, Category, CategoryIndex, ErrorCode, Reserved};
use crate::output::{GeneratedFile, HEADER};
use crate::text::find_mentions;

pub const PATH: &str = "docs/error-codes.md";

/// Renders `docs/error-codes.md`.
pub fn emit(catalogue: &Catalogue) -> Vec<GeneratedFile> {
    let index = catalogue.index();
    let mut out = format!(
        "<!-- {HEADER} -->\n\n# {}\n\n{}\n",
        escape::markdown(&catalogue.title),
        escape::markdown(&catalogue.intro)
    );
    for category in catalogue.categories.iter().filter(|category| category.parent.is_none()) {
        render_category(&index, category, 0, &mut out);
    }
    render_reserved(&catalogue.reserved, &mut out);
    vec![GeneratedFile::new(PATH, out)]
}

/// `depth` is 0 for a top-level category; sub-categories are rendered from
/// their parent, one level deeper.
fn render_category(index: &CategoryIndex<'_>, category: &Category, depth: usize, out: &mut String) {
    let level = "#".repeat(depth + 2);
    let _ = write!(out, "\n{level} {}\n", escape::markdown(&category.title));
    if let Some(description) = &category.description {
        let _ = write!(out, "\n{}\n", escape::markdown(description));
    }
    let errors = index.errors_in(category);
    if !errors.is_empty() {
        out.push('\n');
    }
    for error in errors {
        render_error(error, out);
    }
    for child in index.children(category) {
        render_category(index, child, depth + 1, out);
    }
}

fn render_error(error: &ErrorCode, out: &mut String) {
    let _ = write!(out, "- `{}` - {}", error.code, error.name);
    if let Some(description) = &error.description {
        out.push_str(" - ");
        out.push_str(&with_method_spans(description, &error.methods));
    }
    out.push('\n');
    for detail in &error.details {
        let _ = writeln!(out, "  - {}", escape::markdown(detail));
    }
    for reason in &error.reasons {
        let _ = writeln!(out, "  - `{}` - {}", reason.code, escape::markdown(&reason.description));
    }
    if let Some(since) = &error.since {
        let _ = writeln!(out, "  - Since: {}", escape::markdown(since));
    }
    if let Some(deprecated) = &error.deprecated {
        let _ = writeln!(out, "  - Deprecated: {}", escape::markdown(deprecated));
    }
}

/// The section is left out when nothing is reserved, so a catalogue that
/// never retired a code reads exactly like the seed document.
fn render_reserved(reserved: &[Reserved], out: &mut String) {
    if reserved.is_empty() {
        return;
    }
    out.push_str("\n## Reserved codes\n\nRetired numbers and names; no code will use them again.\n\n");
    for entry in reserved {
        let number = entry.code.map_or_else(|| "(any number)".to_string(), |code| format!("`{code}`"));
        let _ = write!(out, "- {number} - {}", entry.name.as_deref().unwrap_or("(any name)"));
        if let Some(note) = &entry.note {
            out.push_str(" - ");
            out.push_str(&escape::markdown(note));
        }
        out.push('\n');
    }
}

/// Escapes the description and wraps each method it names in backticks.
/// Validation guarantees every listed method is named in the description.
fn with_method_spans(description: &str, methods: &[String]) -> String {
    // Longer paths first, so `a.b.c` wins over a listed `a.b` at the same place.
    let mut sorted: Vec<&String> = methods.iter().collect();
    sorted.sort_by_key(|method| std::cmp::Reverse(method.len()));
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for method in sorted {
        for start in find_mentions(description, method) {
            let end = start + method.len();
            if spans.iter().all(|&(s, e)| end <= s || start >= e) {
                spans.push((start, end));
            }
        }
    }
    spans.sort_unstable();
    let mut out = String::new();
    let mut cursor = 0;
    for (start, end) in spans {
        out.push_str(&escape::markdown(&description[cursor..start]));
        out.push('`');
        out.push_str(&description[start..end]);
        out.push('`');
        cursor = end;
    }
    out.push_str(&escape::markdown(&description[cursor..]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_are_code_spans_and_prose_is_escaped() {
        let methods = vec!["stream.getAnnotationController.clear".to_string(), "chat.send".to_string()];
        let text = "Occurs in stream.getAnnotationController.clear or chat.send (not chat.sendFile) because *x* <b>";
        assert_eq!(
            with_method_spans(text, &methods),
            "Occurs in `stream.getAnnotationController.clear` or `chat.send` (not chat.sendFile) because \\*x\\* \\<b\\>"
        );
    }

    #[test]
    fn reserved_entries_are_listed_after_the_categories_and_only_when_there_are_some() {
        let mut out = String::new();
        render_reserved(&[], &mut out);
        assert_eq!(out, "");
        let entries = [
            Reserved { code: Some(6016), name: Some("AUDIO_GONE".into()), note: Some("Merged into *6010*.".into()) },
            Reserved { code: None, name: Some("NEVER_SHIPPED".into()), note: None },
        ];
        render_reserved(&entries, &mut out);
        assert_eq!(
            out,
            "\n## Reserved codes\n\nRetired numbers and names; no code will use them again.\n\n\
             - `6016` - AUDIO_GONE - Merged into \\*6010\\*.\n\
             - (any number) - NEVER_SHIPPED\n"
        );
    }

    #[test]
    fn line_starts_that_would_become_markup_are_escaped() {
        assert_eq!(escape::markdown("# not a heading"), "\\# not a heading");
        assert_eq!(escape::markdown("1. not a list"), "\\1. not a list");
        assert_eq!(escape::markdown("10 items"), "10 items");
        assert_eq!(escape::markdown("doesn't (e.g., 100)"), "doesn't (e.g., 100)");
    }
}
