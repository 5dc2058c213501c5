//! Hostile text in the Markdown reference: a real CommonMark parser
//! (pulldown-cmark, with GitHub's extensions on) must read back every text of
//! the catalogue exactly, each in its own heading, paragraph or bullet.

use codegen::Catalogue;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use tests::workspace_root;

fn hostile_catalogue() -> Catalogue {
    let path = workspace_root().join("tests/fixtures/valid/hostile.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    codegen::load(&text).unwrap_or_else(|diagnostics| panic!("{}", diagnostics.render("hostile.toml", &text)))
}

/// What a reader sees: heading texts, paragraph texts outside lists, and
/// each list item's own text (nested items separately), in document order.
#[derive(Debug, Default, PartialEq)]
struct Rendered {
    headings: Vec<String>,
    paragraphs: Vec<String>,
    items: Vec<String>,
}

fn render(markdown: &str) -> Rendered {
    let mut rendered = Rendered::default();
    // One buffer per open heading, paragraph or list item.
    let mut open: Vec<(&'static str, String)> = Vec::new();
    let options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS | Options::ENABLE_GFM;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Heading { .. }) => open.push(("heading", String::new())),
            Event::Start(Tag::Item) => open.push(("item", String::new())),
            Event::Start(Tag::Paragraph) if open.is_empty() => open.push(("paragraph", String::new())),
            Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::Item) | Event::End(TagEnd::Paragraph) => {
                let closes = match event {
                    Event::End(TagEnd::Heading(_)) => "heading",
                    Event::End(TagEnd::Item) => "item",
                    _ => "paragraph",
                };
                if open.last().is_some_and(|(kind, _)| *kind == closes) {
                    let (kind, text) = open.pop().unwrap();
                    match kind {
                        "heading" => rendered.headings.push(text),
                        "item" => rendered.items.push(text),
                        _ => rendered.paragraphs.push(text),
                    }
                }
            }
            Event::Text(text) | Event::Code(text) => open.last_mut().expect("text outside any block").1.push_str(&text),
            // The do-not-edit header is the one HTML block the file has.
            Event::Html(html) if open.is_empty() && html.trim() == format!("<!-- {} -->", codegen::HEADER) => {}
            Event::Html(html) | Event::InlineHtml(html) => panic!("text became HTML: {html}"),
            Event::SoftBreak | Event::HardBreak => panic!("a text was broken over two lines"),
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::CodeBlock(_)) => {
                panic!("text became markup: {event:?}")
            }
            _ => {}
        }
    }
    rendered
}

/// The same structure, built from the model.
fn expected(catalogue: &Catalogue) -> Rendered {
    let mut expected = Rendered {
        headings: vec![catalogue.title.clone()],
        paragraphs: vec![catalogue.intro.clone()],
        items: Vec::new(),
    };
    fn walk(catalogue: &Catalogue, category: &codegen::model::Category, expected: &mut Rendered) {
        expected.headings.push(category.title.clone());
        expected.paragraphs.extend(category.description.clone());
        for error in catalogue.index().errors_in(category).iter() {
            // Items close innermost first: an error's own item comes after its nested ones.
            for detail in &error.details {
                expected.items.push(detail.clone());
            }
            for reason in &error.reasons {
                expected.items.push(format!("{} - {}", reason.code, reason.description));
            }
            if let Some(since) = &error.since {
                expected.items.push(format!("Since: {since}"));
            }
            if let Some(deprecated) = &error.deprecated {
                expected.items.push(format!("Deprecated: {deprecated}"));
            }
            if let Some(replacement) = &error.replaced_by {
                expected.items.push(format!("Replaced by: {replacement}"));
            }
            expected.items.push(match &error.description {
                Some(description) => format!("{} - {} - {description}", error.code, error.name),
                None => format!("{} - {}", error.code, error.name),
            });
        }
        for child in catalogue.index().children(category).iter() {
            walk(catalogue, child, expected);
        }
    }
    for category in catalogue.categories.iter().filter(|category| category.parent.is_none()) {
        walk(catalogue, category, &mut expected);
    }
    // Retired numbers and names follow the categories, only when there are some.
    if !catalogue.reserved.is_empty() {
        expected.headings.push("Reserved codes".to_owned());
        expected.paragraphs.push("Retired numbers and names; no code will use them again.".to_owned());
        for entry in &catalogue.reserved {
            let number = entry.code.map_or_else(|| "(any number)".to_owned(), |code| code.to_string());
            let name = entry.name.as_deref().unwrap_or("(any name)");
            expected.items.push(match &entry.note {
                Some(note) => format!("{number} - {name} - {note}"),
                None => format!("{number} - {name}"),
            });
        }
    }
    expected
}

fn markdown_of(catalogue: &Catalogue) -> String {
    codegen::markdown::emit(catalogue).remove(0).contents
}

#[test]
fn every_hostile_text_renders_exactly_as_written() {
    let catalogue = hostile_catalogue();
    let rendered = render(&markdown_of(&catalogue));
    let expected = expected(&catalogue);
    assert_eq!(rendered.headings, expected.headings);
    assert_eq!(rendered.paragraphs, expected.paragraphs);
    assert_eq!(rendered.items.len(), expected.items.len());
    for (have, want) in rendered.items.iter().zip(&expected.items) {
        assert_eq!(have, want);
    }
}

#[test]
fn the_shipped_reference_renders_as_its_catalogue() {
    let path = workspace_root().join("generated/docs/error-codes.md");
    let rendered = render(&std::fs::read_to_string(path).unwrap());
    assert_eq!(rendered, expected(&tests::shipped_catalogue()));
}

/// The shipped catalogue with its first code removed the README's way
/// (deleted, its number and name reserved) still renders as its model, and
/// the reserved section is part of that model.
#[test]
fn a_removed_and_reserved_code_renders_as_its_catalogue() {
    let mut catalogue = tests::shipped_catalogue();
    let retired = catalogue.errors.remove(0);
    catalogue.reserved.push(codegen::model::Reserved {
        code: Some(retired.code),
        name: Some(retired.name.clone()),
        note: Some("Removed in the next breaking version.".to_owned()),
    });
    catalogue.reserved.push(codegen::model::Reserved { code: None, name: Some("ONLY_A_NAME".to_owned()), note: None });
    let rendered = render(&markdown_of(&catalogue));
    let expected = expected(&catalogue);
    assert!(expected.headings.contains(&"Reserved codes".to_owned()));
    assert!(
        expected
            .items
            .contains(&format!("{} - {} - Removed in the next breaking version.", retired.code, retired.name))
    );
    assert!(expected.items.contains(&"(any number) - ONLY_A_NAME".to_owned()));
    assert_eq!(rendered, expected);
}

/// The check is strict enough to notice markup: the same text unescaped
/// turns into emphasis and HTML.
#[test]
fn unescaped_markup_would_be_caught() {
    let result = std::panic::catch_unwind(|| render("- `1` - A - *emphasis* <b>x</b>\n"));
    assert!(result.is_err());
}
