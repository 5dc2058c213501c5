//! Located problems in a catalogue, rendered the way rustc and Cargo render
//! theirs (with `annotate-snippets`): message, `file:line:column`, the
//! offending line and a label under the exact span; and, for CI, as GitHub
//! workflow commands, which GitHub shows inline on a pull request's diff.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

use crate::text_policy;

/// A byte range in the catalogue text.
pub type Span = Range<usize>;

/// How serious a problem is: an error stops generation, a warning does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Severity {
    #[default]
    Error,
    Warning,
}

impl Severity {
    /// The word rustc prints before the message, which is also the name of
    /// the GitHub workflow command.
    pub fn word(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem, located by a byte range in the catalogue text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// What is wrong, in one sentence (e.g. "duplicate code 6010").
    pub message: String,
    /// Where it is.
    pub span: Span,
    /// The short note printed under the span.
    pub label: String,
    /// Other places that explain the problem, such as the first definition of
    /// a duplicate.
    pub related: Vec<(Span, String)>,
    /// An optional hint printed after the snippet.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            message: message.into(),
            span,
            label: label.into(),
            related: Vec::new(),
            help: None,
        }
    }

    /// The same problem, but one that does not stop generation.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    pub fn related(mut self, span: Span, label: impl Into<String>) -> Self {
        self.related.push((span, label.into()));
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The 1-based line and column (in characters) where the problem starts.
    pub fn line_column(&self, source: &str) -> (usize, usize) {
        line_column(source, self.span.start)
    }
}

/// Every problem found in one run, in source order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    /// How many of them are errors (the rest are warnings).
    pub fn errors(&self) -> usize {
        self.0.iter().filter(|diagnostic| diagnostic.severity == Severity::Error).count()
    }

    /// Renders every diagnostic against the catalogue text, as plain text
    /// (no colours: the output is compared in tests and read in CI logs),
    /// followed by a summary line saying that nothing was written.
    pub fn render(&self, path: &str, source: &str) -> String {
        let mut out = self.render_each(path, source);
        let errors = self.errors();
        let warnings = self.0.len() - errors;
        let also = match warnings {
            0 => String::new(),
            1 => " (and 1 warning)".to_string(),
            _ => format!(" (and {warnings} warnings)"),
        };
        out.push_str(&format!(
            "error: {path} has {errors} problem{}{also}; nothing was written\n",
            if errors == 1 { "" } else { "s" }
        ));
        out
    }

    /// Renders every diagnostic against the catalogue text, without a summary.
    pub fn render_each(&self, path: &str, source: &str) -> String {
        let renderer = Renderer::plain();
        let mut out = String::new();
        for diagnostic in &self.0 {
            // Only the lines the annotations touch are handed to the
            // renderer, cut to a window around them when a line is very
            // long, so that a diagnostic in a huge file stays cheap.
            let spans: Vec<Span> = std::iter::once(&diagnostic.span)
                .chain(diagnostic.related.iter().map(|(span, _)| span))
                .map(|span| shorten(source, clamp(source, span)))
                .collect();
            let window = excerpt(source, &spans);
            let shown = Visible::new(&source[window.clone()]);
            let local = |span: &Span| shown.map(span.start - window.start)..shown.map(span.end - window.start);
            let mut snippet = Snippet::source(shown.text.as_str())
                .path(path)
                .line_start(line_column(source, window.start).0)
                .annotation(AnnotationKind::Primary.span(local(&spans[0])).label(diagnostic.label.as_str()));
            for (span, (_, label)) in spans[1..].iter().zip(&diagnostic.related) {
                snippet = snippet.annotation(AnnotationKind::Context.span(local(span)).label(label.as_str()));
            }
            let level = match diagnostic.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
            };
            let mut group = level.primary_title(diagnostic.message.as_str()).element(snippet);
            if let Some(help) = &diagnostic.help {
                group = group.element(Level::HELP.message(help.as_str()));
            }
            out.push_str(&renderer.render(&[group]));
            out.push_str("\n\n");
        }
        out
    }

    /// Every diagnostic as a GitHub workflow command
    /// (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::…`), one
    /// per line. Printed in a GitHub Actions job, each becomes an annotation
    /// on the line it names, on the pull request's diff.
    pub fn github_annotations(&self, path: &str, source: &str) -> String {
        let mut out = String::new();
        for diagnostic in &self.0 {
            let span = clamp(source, &diagnostic.span);
            let (line, column) = line_column(source, span.start);
            // GitHub's end column is inclusive: the last character's.
            let last = source[span.clone()].char_indices().next_back().map_or(span.start, |(at, _)| span.start + at);
            let (end_line, end_column) = line_column(source, last);
            let mut message = format!("{}: {}", diagnostic.message, diagnostic.label);
            if let Some(help) = &diagnostic.help {
                message.push_str(&format!("\nhelp: {help}"));
            }
            out.push_str(&workflow_command(
                diagnostic.severity,
                &[
                    ("file", path),
                    ("line", &line.to_string()),
                    ("col", &column.to_string()),
                    ("endLine", &end_line.to_string()),
                    ("endColumn", &end_column.to_string()),
                    ("title", &diagnostic.message),
                ],
                &message,
            ));
            out.push('\n');
        }
        out
    }
}

/// One GitHub workflow command, such as `::error file=a.toml,line=3::bad`,
/// escaped the way the runner unescapes it: `%`, CR and LF everywhere, and
/// also `:` and `,` in property values, which would otherwise end them.
pub fn workflow_command(severity: Severity, properties: &[(&str, &str)], message: &str) -> String {
    fn escape(text: &str, property: bool) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '%' => out.push_str("%25"),
                '\r' => out.push_str("%0D"),
                '\n' => out.push_str("%0A"),
                ':' if property => out.push_str("%3A"),
                ',' if property => out.push_str("%2C"),
                _ => out.push(c),
            }
        }
        out
    }
    let properties: Vec<String> =
        properties.iter().map(|(name, value)| format!("{name}={}", escape(value, true))).collect();
    format!("::{} {}::{}", severity.word(), properties.join(","), escape(message, false))
}

/// A source excerpt as the snippet shows it: each character a terminal would
/// not show as a glyph, or would reorder the line around (a tab, a
/// bidirectional override, a zero-width space), is written `<U+XXXX>`, so
/// the reader sees what the diagnostic is about and the line cannot display
/// as something else.
struct Visible {
    text: String,
    /// Each replaced character: its offset in the excerpt, and how many
    /// bytes longer its replacement is.
    replaced: Vec<(usize, usize)>,
}

impl Visible {
    fn new(excerpt: &str) -> Self {
        let mut text = String::with_capacity(excerpt.len());
        let mut replaced = Vec::new();
        for (offset, character) in excerpt.char_indices() {
            // Line ends (`\r` of CRLF too) are the renderer's to handle.
            let plain = character.is_ascii_graphic() || matches!(character, ' ' | '\n' | '\r');
            if plain || !text_policy::shown_as_code_point(character) {
                text.push(character);
                continue;
            }
            let code_point = format!("<U+{:04X}>", u32::from(character));
            replaced.push((offset, code_point.len() - character.len_utf8()));
            text.push_str(&code_point);
        }
        Self { text, replaced }
    }

    /// Where a byte offset of the excerpt is in the shown text: a span that
    /// covered a character covers its replacement.
    fn map(&self, offset: usize) -> usize {
        offset + self.replaced.iter().take_while(|(at, _)| *at < offset).map(|(_, longer)| longer).sum::<usize>()
    }
}

/// The 1-based line and column (counted in characters) of a byte offset.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(source, offset.min(source.len()));
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Bytes of context kept after the last span in a very long line.
const CONTEXT: usize = 120;

/// The part of `source` to show for these spans: from the start of the first
/// line they touch to the end of the last, but never more than [`CONTEXT`]
/// bytes (on a character boundary) after the last span. It always starts at a
/// line start, so the renderer's line and column numbers stay right.
fn excerpt(source: &str, spans: &[Span]) -> Span {
    let first = spans.iter().map(|span| span.start).min().unwrap_or(0);
    let last = spans.iter().map(|span| span.end).max().unwrap_or(0);
    let line_start = source[..first].rfind('\n').map_or(0, |newline| newline + 1);
    let line_end = source[last..].find('\n').map_or(source.len(), |newline| last + newline);
    let end = floor_char_boundary(source, line_end.min(last.saturating_add(CONTEXT)));
    line_start..end.max(last)
}

/// A span of at most [`CONTEXT`] bytes: underlining a huge value in full
/// would only print, and cost, that much more.
fn shorten(source: &str, span: Span) -> Span {
    let end = floor_char_boundary(source, span.end.min(span.start.saturating_add(CONTEXT)));
    span.start..end.max(span.start)
}

/// Keeps a span inside the text and on character boundaries, so a span from
/// any source can never make the renderer slice through a character.
fn clamp(source: &str, span: &Span) -> Span {
    let start = floor_char_boundary(source, span.start.min(source.len()));
    let end = floor_char_boundary(source, span.end.clamp(start, source.len()));
    start..end
}

fn floor_char_boundary(source: &str, mut offset: usize) -> usize {
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters_from_one() {
        let source = "a = 1\nbé = \"x\"\n";
        assert_eq!(line_column(source, 0), (1, 1));
        assert_eq!(line_column(source, 6), (2, 1));
        // `=` on line 2 comes after the two-byte `é`.
        assert_eq!(line_column(source, source.find("= \"").unwrap()), (2, 4));
    }

    #[test]
    fn render_names_file_line_column_and_the_line() {
        let source = "code = 1\nname = \"bad\"\n";
        let diagnostics = Diagnostics(vec![
            Diagnostic::new(16..21, "name `bad` is not SCREAMING_SNAKE_CASE", "write it as `BAD`")
                .related(0..4, "for this code")
                .help("names look like `AUDIO_CAPTURE_FAILED`"),
        ]);
        let text = diagnostics.render("catalogue.toml", source);
        assert!(text.contains("error: name `bad` is not SCREAMING_SNAKE_CASE"), "{text}");
        assert!(text.contains("catalogue.toml:2:8"), "{text}");
        assert!(text.contains("name = \"bad\""), "{text}");
        assert!(text.contains("write it as `BAD`"), "{text}");
        assert!(text.contains("help: names look like"), "{text}");
        assert!(text.ends_with("catalogue.toml has 1 problem; nothing was written\n"), "{text}");
    }

    #[test]
    fn warnings_render_as_warnings_and_are_not_counted_as_problems() {
        let source = "name = \"A_B\"\nname = \"AB\"\ncode = 1\n";
        let diagnostics = Diagnostics(vec![
            Diagnostic::new(7..12, "names differ only by underscores", "here").warning(),
            Diagnostic::new(20..24, "bad code", "here"),
        ]);
        let text = diagnostics.render("c.toml", source);
        assert!(text.starts_with("warning: names differ only by underscores"), "{text}");
        assert!(text.contains("error: bad code"), "{text}");
        assert!(text.ends_with("c.toml has 1 problem (and 1 warning); nothing was written\n"), "{text}");
    }

    #[test]
    fn github_annotations_locate_the_span_and_escape_per_the_runner() {
        let source = "a = 1\nname = \"bé, d\"\n";
        let start = source.find('"').unwrap();
        let diagnostics = Diagnostics(vec![
            Diagnostic::new(start..source.len() - 1, "50% bad: name", "fix, then run").help("line one\nline two"),
            Diagnostic::new(0..1, "w", "l").warning(),
        ]);
        let text = diagnostics.github_annotations("dir/c.toml", source);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "::error file=dir/c.toml,line=2,col=8,endLine=2,endColumn=14,title=50%25 bad%3A name::\
                 50%25 bad: name: fix, then run%0Ahelp: line one%0Aline two",
                "::warning file=dir/c.toml,line=1,col=1,endLine=1,endColumn=1,title=w::w: l",
            ]
        );
    }

    #[test]
    fn invisible_characters_are_shown_as_code_points_under_their_label() {
        let source = "a = \"x\u{202E}y\tz\"\n";
        let start = source.find('\u{202E}').unwrap();
        let diagnostics = Diagnostics(vec![Diagnostic::new(start..start + 3, "bidi", "here")]);
        let text = diagnostics.render("f", source);
        assert!(text.contains("a = \"x<U+202E>y<U+0009>z\""), "{text}");
        assert!(!text.contains(['\u{202E}', '\t']), "{text}");
        let marker = text.lines().find(|line| line.contains("^")).unwrap();
        let line = text.lines().find(|line| line.contains("a = ")).unwrap();
        let column = |line: &str, pattern: &str| line.find(pattern).unwrap();
        assert_eq!(column(marker, "^"), column(line, "<U+202E>"), "{text}");
        assert!(marker.contains("^^^^^^^^ here"), "{text}");
    }

    #[test]
    fn spans_outside_the_text_do_not_panic() {
        let source = "é";
        let diagnostics = Diagnostics(vec![Diagnostic::new(1..99, "x", "y")]);
        assert!(diagnostics.render("f", source).contains("f:1:1"));
    }
}
