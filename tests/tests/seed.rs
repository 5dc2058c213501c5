//! The catalogue is complete: the Markdown reference reproduces the seed
//! document line for line, and the model holds every code, name, title,
//! description, detail and reason of it.

use std::path::PathBuf;

use tests::{shipped_catalogue, workspace_root};

/// Corrections made on purpose to obvious typos of the seed (DESIGN.md
/// allows them), as (seed text, catalogue text).
const CORRECTIONS: &[(&str, &str)] = &[("chat.sendFilemethod", "chat.sendFile method")];

fn seed_path() -> PathBuf {
    let path = workspace_root().join("../shared/seed/error-codes.txt");
    assert!(path.exists(), "the seed document is expected at {}", path.display());
    path
}

/// `6010 - AUDIO_CAPTURE_FAILED Occurs in ...` and `6205 - NAME- Occurs` are
/// read the same as `6010 - AUDIO_CAPTURE_FAILED - Occurs in ...`.
fn normalise_code_line(line: &str) -> String {
    let Some((code, rest)) = line.split_once(" - ") else { return line.to_string() };
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_digit()) {
        return line.to_string();
    }
    let name_end =
        rest.find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')).unwrap_or(rest.len());
    let (name, description) = rest.split_at(name_end);
    let is_name = name.len() > 1 && name.contains('_') || description.is_empty() && !name.is_empty();
    if !is_name {
        return line.to_string();
    }
    let description = description.trim_start().trim_start_matches('-').trim_start();
    if description.is_empty() { format!("{code} - {name}") } else { format!("{code} - {name} - {description}") }
}

fn seed_lines() -> Vec<String> {
    let mut text = std::fs::read_to_string(seed_path()).unwrap();
    for (typo, fixed) in CORRECTIONS {
        assert!(text.contains(typo), "the seed no longer contains `{typo}`");
        text = text.replace(typo, fixed);
    }
    text.lines()
        .map(|line| line.trim().trim_start_matches('•').trim())
        .filter(|line| !line.is_empty())
        .map(normalise_code_line)
        .collect()
}

/// Removes Markdown formatting: headings, bullets, code spans, escapes.
fn markdown_lines(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter(|line| !line.starts_with("<!--"))
        .map(|line| {
            let line = line.trim().trim_start_matches('#').trim_start();
            let line = line.strip_prefix("- ").unwrap_or(line);
            let mut plain = String::new();
            let mut chars = line.chars();
            while let Some(c) = chars.next() {
                match c {
                    '`' => {}
                    '\\' => plain.extend(chars.next()),
                    other => plain.push(other),
                }
            }
            plain
        })
        .filter(|line| !line.is_empty())
        .collect()
}

#[test]
fn markdown_reproduces_the_seed_line_for_line() {
    let markdown = std::fs::read_to_string(workspace_root().join("generated/docs/error-codes.md")).unwrap();
    let expected = seed_lines();
    let actual = markdown_lines(&markdown);
    let mut differences = Vec::new();
    for index in 0..expected.len().max(actual.len()) {
        let want = expected.get(index).map_or("<end of seed>", String::as_str);
        let have = actual.get(index).map_or("<end of markdown>", String::as_str);
        if want != have {
            differences.push(format!("line {}:\n  seed:     {want}\n  markdown: {have}", index + 1));
        }
    }
    assert!(differences.is_empty(), "{} lines differ:\n{}", differences.len(), differences.join("\n"));
    assert_eq!(
        expected.len(),
        2 + 17 + 1 + 143 + 11 + 7,
        "title, intro, 17 headings, 1 description, 143 codes, 11 details, 7 reasons"
    );
}

#[test]
fn the_model_holds_every_code_of_the_seed_with_its_methods() {
    let catalogue = shipped_catalogue();
    assert_eq!(catalogue.categories.len(), 17);
    assert_eq!(catalogue.errors.len(), 143);
    let seed = seed_lines();
    for error in &catalogue.errors {
        let line = match &error.description {
            Some(description) => format!("{} - {} - {description}", error.code, error.name),
            None => format!("{} - {}", error.code, error.name),
        };
        assert!(seed.contains(&line), "not in the seed: {line}");
        for detail in &error.details {
            assert!(seed.contains(detail), "detail of {} not in the seed: {detail}", error.code);
        }
        for reason in &error.reasons {
            let line = format!("{} - {}", reason.code, reason.description);
            assert!(seed.contains(&line), "reason of {} not in the seed: {line}", error.code);
        }
        // Every `object.method` the description names is listed, in order.
        let named = method_like_words(error.description.as_deref().unwrap_or(""));
        assert_eq!(named, error.methods, "methods of {} ({})", error.code, error.name);
    }
    for category in &catalogue.categories {
        assert!(seed.contains(&category.title), "category title not in the seed: {}", category.title);
    }
    let stream_children: Vec<&str> = catalogue
        .categories
        .iter()
        .filter(|c| c.parent.as_deref() == Some("stream"))
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(
        stream_children,
        ["Audio exception", "Video exception", "Screen share exception", "Share annotation exception"]
    );
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
