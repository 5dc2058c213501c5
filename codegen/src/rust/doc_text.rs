//! Catalogue prose as rustdoc Markdown: the words as written and nothing
//! more, so a description never becomes a doctest, an intra-doc link, HTML
//! or a bare URL.

/// Catalogue prose as inline Markdown that renders as the same words and
/// nothing more: one line; Markdown punctuation escaped (so no emphasis,
/// link, intra-doc link, HTML, code span or fence); a leading character that
/// would start a block (heading, list, quote, indented code) escaped; URLs
/// as autolinks (rustdoc warns on bare URLs); and each of `methods` quoted
/// as a code span where it appears as a whole word.
pub(crate) fn doc_text(text: &str, methods: &[String]) -> String {
    let text: String =
        text.chars().map(|character| if character.is_control() { ' ' } else { character }).collect::<String>();
    let text = text.trim();
    let mut methods: Vec<&str> =
        methods.iter().map(String::as_str).filter(|method| is_code_span_safe(method)).collect();
    // Longest first, so `a.b.c` wins over `a.b` at the same place.
    methods.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));

    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    let mut previous: Option<char> = None;
    while let Some(current) = rest.chars().next() {
        let at_word_start = !previous.is_some_and(is_word_char);
        if at_word_start {
            if let Some(url) = url_at(rest) {
                out.push('<');
                out.push_str(url);
                out.push('>');
                previous = url.chars().last();
                rest = &rest[url.len()..];
                continue;
            }
            if let Some(method) =
                methods.iter().find(|method| rest.starts_with(**method) && ends_word(&rest[method.len()..]))
            {
                out.push_str(&code_span(method));
                previous = method.chars().last();
                rest = &rest[method.len()..];
                continue;
            }
        }
        let next = rest[current.len_utf8()..].chars().next();
        let escape = match current {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '&' | '~' | '|' => true,
            // `_` only emphasises at a word edge; `FOO_BAR` stays readable.
            '_' => !(previous.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)),
            // Characters that only start a block at the beginning of a line.
            '#' | '-' | '+' | '=' => previous.is_none(),
            '.' | ')' => {
                previous.is_some_and(|digit| digit.is_ascii_digit())
                    && starts_with_digits_then(&out)
                    && next.is_none_or(char::is_whitespace)
            }
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(current);
        previous = Some(current);
        rest = &rest[current.len_utf8()..];
    }
    out
}

/// True when everything written so far is digits: `1.` or `1)` at the start
/// of a line would open an ordered list.
fn starts_with_digits_then(out: &str) -> bool {
    !out.is_empty() && out.chars().all(|character| character.is_ascii_digit())
}

/// Whether a word ends before `rest`: a method path followed by a letter
/// or by `.name` is part of a longer word, by a full stop it is not.
fn ends_word(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some('.') => !chars.next().is_some_and(is_word_char),
        Some(next) => !is_word_char(next),
    }
}

fn is_word_char(character: char) -> bool {
    character.is_alphanumeric() || character == '_' || character == '.'
}

/// A method path that can sit between single backticks as it is.
fn is_code_span_safe(method: &str) -> bool {
    !method.is_empty() && method.chars().all(|character| character.is_alphanumeric() || "_.$".contains(character))
}

pub(super) fn code_span(text: &str) -> String {
    if is_code_span_safe(text) { format!("`{text}`") } else { doc_text(text, &[]) }
}

/// The URL starting `text`, if it starts with `http://` or `https://`: up to
/// whitespace or a character an autolink cannot hold, without trailing
/// sentence punctuation.
fn url_at(text: &str) -> Option<&str> {
    let starts_with = |scheme: &str| text.get(..scheme.len()).is_some_and(|start| start.eq_ignore_ascii_case(scheme));
    if !(starts_with("http://") || starts_with("https://")) {
        return None;
    }
    let end = text
        .find(|character: char| character.is_whitespace() || matches!(character, '<' | '>' | '`' | '"'))
        .unwrap_or(text.len());
    let url = text[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
    Some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_text_escapes_block_starts_and_keeps_words() {
        assert_eq!(doc_text("# Title", &[]), "\\# Title");
        assert_eq!(doc_text("- item", &[]), "\\- item");
        assert_eq!(doc_text("1. first", &[]), "1\\. first");
        assert_eq!(doc_text("12) twelfth", &[]), "12\\) twelfth");
        assert_eq!(doc_text("1.2.3 and 4. four", &[]), "1.2.3 and 4. four");
        assert_eq!(doc_text("> quote", &[]), "\\> quote");
        assert_eq!(doc_text("    code", &[]), "code");
        assert_eq!(doc_text("a\nb\r\nc", &[]), "a b  c");
        assert_eq!(doc_text("AUDIO_CAPTURE_FAILED in 1.5", &[]), "AUDIO_CAPTURE_FAILED in 1.5");
        assert_eq!(doc_text("_x_", &[]), "\\_x\\_");
        assert_eq!(doc_text("see https://example.com/a_b.", &[]), "see <https://example.com/a_b>.");
    }

    #[test]
    fn methods_become_code_spans_only_as_whole_words() {
        let methods = ["stream.startAudio".to_owned(), "stream.getAnnotationController.clear".to_owned()];
        assert_eq!(
            doc_text(
                "Occurs in stream.startAudio, stream.startAudioX or stream.getAnnotationController.clear.",
                &methods
            ),
            "Occurs in `stream.startAudio`, stream.startAudioX or `stream.getAnnotationController.clear`."
        );
        assert_eq!(doc_text("mystream.startAudio", &methods), "mystream.startAudio");
    }
}
