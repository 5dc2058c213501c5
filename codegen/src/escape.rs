//! Catalogue text as a literal or as prose of each output language.
//!
//! Every emitter writes catalogue text only through these functions, so
//! "how is a string escaped in the TypeScript package" has one answer, in
//! one place: a JSON string (the JSON files, and the base of a JavaScript
//! string), a JavaScript string, a Rust string, a TOML string and Markdown
//! prose. Each keeps the text's value exactly; none can end its literal or
//! start markup early. Comment text with its own rules (rustdoc and JSDoc)
//! stays with the emitter that writes those comments.

use std::fmt::Write as _;

use proc_macro2::Literal;

/// A JSON string literal, escaped exactly as `serde_json` escapes: `"` and
/// `\\`, the five short control escapes, `\u00XX` (lower-case hex) for the
/// other control characters below U+0020, everything else as is. Written
/// here rather than through `serde_json`, whose build (with `serde_core`,
/// `memchr`, `itoa` and `zmij`) cost the generator about 5 s of CPU in a
/// cold debug build, for this one function. [`javascript_string`] builds on
/// it.
pub(crate) fn write_json_string(out: &mut String, value: &str) {
    out.reserve(value.len() + 2);
    out.push('"');
    let mut plain = 0;
    for (index, byte) in value.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0x00..=0x1f => "",
            _ => continue,
        };
        out.push_str(&value[plain..index]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{byte:04x}");
        } else {
            out.push_str(escape);
        }
        plain = index + 1;
    }
    out.push_str(&value[plain..]);
    out.push('"');
}

/// A JavaScript string literal with exactly the text's value. JSON string
/// syntax is valid JavaScript; U+2028 and U+2029, which JSON leaves raw, are
/// escaped as well so the output never depends on ES2019 string rules.
pub(crate) fn javascript_string(text: &str) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    write_json_string(&mut literal, text);
    if literal.contains(['\u{2028}', '\u{2029}']) {
        literal = literal.replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029");
    }
    literal
}

/// `text` as a Rust string literal. Printable ASCII without `"` or `\\`
/// (most catalogue text) needs only the quotes; anything else is escaped by
/// proc-macro2, which escapes character by character.
pub(crate) fn rust_string(text: &str) -> String {
    if text.bytes().all(|byte| (b' '..=b'~').contains(&byte) && byte != b'"' && byte != b'\\') {
        format!("\"{text}\"")
    } else {
        Literal::string(text).to_string()
    }
}

/// A TOML basic string holding `text` exactly.
pub(crate) fn toml_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for character in text.chars() {
        match character {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            '\r' => quoted.push_str("\\r"),
            control if control.is_control() => quoted.push_str(&format!("\\u{:04X}", u32::from(control))),
            other => quoted.push(other),
        }
    }
    quoted.push('"');
    quoted
}

/// Backslash-escapes every ASCII punctuation character that could start
/// Markdown or HTML markup, so text renders as written. Ordinary prose
/// (letters, spaces, `.,;:'()-`) is left alone to keep the file readable.
pub(crate) fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, c) in text.char_indices() {
        let at_start = index == 0;
        let special =
            matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '{' | '}' | '!' | '$')
                || (at_start && matches!(c, '#' | '+' | '-' | '='))
                || (at_start && c.is_ascii_digit() && ordered_list_marker(text));
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether a line would start an ordered list (`1. ` or `1) `).
fn ordered_list_marker(text: &str) -> bool {
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.starts_with(". ") || rest.starts_with(") ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text that every language's literal must escape somewhere.
    const HOSTILE: &str = "quote \" backslash \\ slash / */ </script> \u{2028}\u{2029} tab\there \
                           nul\u{0} del\u{7f} emoji \u{1F600} ${x} `y` #/$defs/X [x] *star* _under_";

    #[test]
    fn strings_are_escaped_exactly_as_serde_json_escapes_them() {
        // Every character below U+0080, then the ones JavaScript treats
        // specially (U+2028, U+2029), a non-BMP one, and escapes between
        // plain text.
        let mut samples: Vec<String> = (0u8..0x80).map(|byte| char::from(byte).to_string()).collect();
        samples.extend(
            ["\u{2028}\u{2029}", "é😀", "a\"b\\c\u{1}d\u{1f}e\u{7f}", "", "plain", "\n\n", "</script>", HOSTILE]
                .map(str::to_owned),
        );
        samples.push(samples.concat());
        for sample in samples {
            let mut ours = String::new();
            write_json_string(&mut ours, &sample);
            assert_eq!(ours, serde_json::to_string(&sample).unwrap(), "{sample:?}");
        }
    }

    #[test]
    fn string_literals_are_the_ones_proc_macro2_writes() {
        let mut samples: Vec<String> = (0..=127_u8).map(|byte| format!("a{}b", char::from(byte))).collect();
        samples.extend(["", "plain text", HOSTILE, "tab\there", "é ü \u{200b} \u{7f} 😀 \u{2028}"].map(str::to_owned));
        for sample in &samples {
            assert_eq!(rust_string(sample), Literal::string(sample).to_string(), "{sample:?}");
        }
    }
}
