//! Which Unicode characters catalogue text may hold, and how a refused one is
//! named.
//!
//! Catalogue text is prose in any language, so letters, marks, numbers,
//! punctuation, symbols and spaces of every script are accepted, and so are
//! the invisible format characters real text needs: the bidirectional marks
//! (U+200E, U+200F, U+061C) for mixed-direction text, zero-width joiners
//! and non-joiners for emoji sequences and Indic or Persian script, the soft
//! hyphen, the word joiner, the zero-width space, and tag characters inside
//! an emoji tag sequence (the flags of England, Scotland and Wales). Each
//! emitter writes what a target cannot hold raw as an escape.
//!
//! Refused are the characters that have no business in a one-line text that
//! people review and that ends up in source code:
//!
//! - control characters (they break a line, a comment or a terminal);
//! - the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
//!   U+2066–U+2069): they make text display in an order other than the one
//!   it has ("Trojan Source", CVE-2021-42574), and rustc denies them in
//!   comments and literals;
//! - a byte-order mark inside text, the deprecated format characters
//!   (U+206A–U+206F) and tag characters outside an emoji tag sequence: all
//!   invisible, none with a use in prose; stray tags can hide text from a
//!   reviewer;
//! - private-use characters (no meaning outside a private agreement),
//!   noncharacters (never interchanged) and code points not assigned in the
//!   Unicode version below (most likely a mistyped escape).

use unicode_general_category::{GeneralCategory, get_general_category};

/// The Unicode version whose assignments decide what is unassigned (the one
/// rustc 1.89 uses too).
pub const UNICODE_VERSION: &str = "16.0";

/// Why a character is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Control,
    BidiControl,
    ByteOrderMark,
    DeprecatedFormat,
    StrayTag,
    PrivateUse,
    Noncharacter,
    Unassigned,
}

impl Refusal {
    /// The class, as a message names it.
    pub fn class(self) -> &'static str {
        match self {
            Self::Control => "a control character",
            Self::BidiControl => "a bidirectional embedding, override or isolate",
            Self::ByteOrderMark => "a byte-order mark",
            Self::DeprecatedFormat => "a deprecated format character",
            Self::StrayTag => "a tag character outside an emoji tag sequence",
            Self::PrivateUse => "a private-use character",
            Self::Noncharacter => "a noncharacter",
            Self::Unassigned => "an unassigned code point",
        }
    }

    /// Why the class is refused.
    pub fn why(self) -> String {
        match self {
            Self::Control => "texts are single lines; it would break a comment, a Markdown line or a terminal".into(),
            Self::BidiControl => {
                "it can make reviewed code display differently from what it is (CVE-2021-42574)".into()
            }
            Self::ByteOrderMark => "an invisible leftover of joining files, meaningless inside text".into(),
            Self::DeprecatedFormat => "invisible, and Unicode deprecates it".into(),
            Self::StrayTag => "invisible on its own, so it can hide text from a reviewer".into(),
            Self::PrivateUse => "it has no meaning outside a private agreement; readers see a blank box".into(),
            Self::Noncharacter => "Unicode reserves it for internal use, never for text".into(),
            Self::Unassigned => format!("Unicode {UNICODE_VERSION} assigns no character to it"),
        }
    }

    /// What to do instead.
    pub fn fix(self, character: char) -> &'static str {
        match (self, character) {
            (Self::Control, '\t') => "use a space",
            (Self::Control, '\n' | '\r' | '\u{85}') => "write one line; put separate notes in `details`",
            (Self::BidiControl, _) => {
                "remove it; mixed-direction text can use U+200E LEFT-TO-RIGHT MARK or U+200F RIGHT-TO-LEFT MARK"
            }
            (Self::ByteOrderMark, _) => "remove it; to keep two words on one line use U+2060 WORD JOINER",
            (Self::StrayTag, _) => "remove it; tags are accepted only after an emoji and ended by U+E007F CANCEL TAG",
            (Self::Unassigned, _) => "check the text or the `\\u` escape that wrote it",
            (Self::PrivateUse, _) => "use a standard character",
            _ => "remove it",
        }
    }
}

/// A refused character of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forbidden {
    /// Byte offset of the character in the text.
    pub offset: usize,
    pub character: char,
    pub refusal: Refusal,
}

/// Every refused character of `text`, in order.
pub fn forbidden_characters(text: &str) -> Vec<Forbidden> {
    let accepted_tags = emoji_tag_sequences(text);
    text.char_indices()
        .filter_map(|(offset, character)| {
            let refusal = if is_tag(character) {
                (!accepted_tags.iter().any(|range| range.contains(&offset))).then_some(Refusal::StrayTag)
            } else {
                refusal(character)
            };
            refusal.map(|refusal| Forbidden { offset, character, refusal })
        })
        .collect()
}

/// Why `character` is refused on its own, if it is (tag characters depend
/// on their neighbours: see [`forbidden_characters`]).
pub fn refusal(character: char) -> Option<Refusal> {
    if character.is_ascii() {
        return character.is_ascii_control().then_some(Refusal::Control);
    }
    let code = u32::from(character);
    if is_bidi_control(character) {
        return Some(Refusal::BidiControl);
    }
    if character == '\u{feff}' {
        return Some(Refusal::ByteOrderMark);
    }
    if (0x206A..=0x206F).contains(&code) {
        return Some(Refusal::DeprecatedFormat);
    }
    if is_noncharacter(code) {
        return Some(Refusal::Noncharacter);
    }
    match get_general_category(character) {
        GeneralCategory::Control => Some(Refusal::Control),
        GeneralCategory::PrivateUse => Some(Refusal::PrivateUse),
        GeneralCategory::Unassigned => Some(Refusal::Unassigned),
        _ if is_tag(character) => Some(Refusal::StrayTag),
        _ => None,
    }
}

/// The characters rustc's `text_direction_codepoint_in_literal` and
/// `..._in_comment` lints deny.
fn is_bidi_control(character: char) -> bool {
    matches!(character, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_noncharacter(code: u32) -> bool {
    (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE
}

/// The assigned tag characters (the rest of the block is unassigned).
fn is_tag(character: char) -> bool {
    matches!(character, '\u{E0001}' | '\u{E0020}'..='\u{E007F}')
}

/// Byte ranges of the tag characters that form emoji tag sequences: a
/// symbol, then tag characters U+E0020–U+E007E, ended by U+E007F CANCEL TAG
/// (Unicode Technical Standard #51), as in 🏴 + "gbeng" + cancel, the flag
/// of England.
fn emoji_tag_sequences(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut sequences = Vec::new();
    let mut previous: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((start, character)) = chars.next() {
        let tag_spec = matches!(character, '\u{E0020}'..='\u{E007E}');
        if tag_spec && previous.is_some_and(|base| get_general_category(base) == GeneralCategory::OtherSymbol) {
            let mut end = start + character.len_utf8();
            let mut last = character;
            while let Some(&(offset, next)) = chars.peek() {
                if !matches!(next, '\u{E0020}'..='\u{E007F}') {
                    break;
                }
                chars.next();
                end = offset + next.len_utf8();
                last = next;
                if next == '\u{E007F}' {
                    break;
                }
            }
            if last == '\u{E007F}' {
                sequences.push(start..end);
            }
            previous = Some(last);
            continue;
        }
        previous = Some(character);
    }
    sequences
}

/// `U+202E RIGHT-TO-LEFT OVERRIDE`, `U+0009 CHARACTER TABULATION (TAB)`:
/// the code point and, for the characters this policy refuses by name, the
/// Unicode name (or alias, for controls).
pub fn describe(character: char) -> String {
    let code = format!("U+{:04X}", u32::from(character));
    match name(character) {
        Some(name) => format!("{code} {name}"),
        None => code,
    }
}

fn name(character: char) -> Option<&'static str> {
    Some(match character {
        '\0' => "NULL (NUL)",
        '\u{7}' => "BELL (BEL)",
        '\u{8}' => "BACKSPACE (BS)",
        '\t' => "CHARACTER TABULATION (TAB)",
        '\n' => "LINE FEED (LF)",
        '\u{b}' => "LINE TABULATION (VT)",
        '\u{c}' => "FORM FEED (FF)",
        '\r' => "CARRIAGE RETURN (CR)",
        '\u{1b}' => "ESCAPE (ESC)",
        '\u{7f}' => "DELETE (DEL)",
        '\u{85}' => "NEXT LINE (NEL)",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{206A}' => "INHIBIT SYMMETRIC SWAPPING",
        '\u{206B}' => "ACTIVATE SYMMETRIC SWAPPING",
        '\u{206C}' => "INHIBIT ARABIC FORM SHAPING",
        '\u{206D}' => "ACTIVATE ARABIC FORM SHAPING",
        '\u{206E}' => "NATIONAL DIGIT SHAPES",
        '\u{206F}' => "NOMINAL DIGIT SHAPES",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)",
        '\u{E0001}' => "LANGUAGE TAG",
        '\u{E007F}' => "CANCEL TAG",
        _ => return None,
    })
}

/// Whether a snippet must show `character` as `<U+XXXX>`: anything a
/// terminal would not print as a visible glyph, or would reorder the line
/// around (every control but the line feed, format characters, separators
/// other than the space, private use, unassigned and noncharacters).
pub fn shown_as_code_point(character: char) -> bool {
    if character == '\n' {
        return false;
    }
    refusal(character).is_some()
        || matches!(
            get_general_category(character),
            GeneralCategory::Format
                | GeneralCategory::LineSeparator
                | GeneralCategory::ParagraphSeparator
                | GeneralCategory::SpaceSeparator
        ) && character != ' '
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> Vec<(usize, Refusal)> {
        forbidden_characters(text).into_iter().map(|found| (found.offset, found.refusal)).collect()
    }

    #[test]
    fn each_refused_class_is_found_at_its_byte_offset() {
        assert_eq!(refused("a\tb"), [(1, Refusal::Control)]);
        assert_eq!(refused("é\u{202E}x"), [(2, Refusal::BidiControl)]);
        assert_eq!(refused("\u{2066}\u{2069}"), [(0, Refusal::BidiControl), (3, Refusal::BidiControl)]);
        assert_eq!(refused("a\u{feff}"), [(1, Refusal::ByteOrderMark)]);
        assert_eq!(refused("\u{206C}"), [(0, Refusal::DeprecatedFormat)]);
        assert_eq!(refused("\u{E000}\u{F0000}"), [(0, Refusal::PrivateUse), (3, Refusal::PrivateUse)]);
        assert_eq!(
            refused("\u{FDD0}\u{FFFF}\u{10FFFE}"),
            [(0, Refusal::Noncharacter), (3, Refusal::Noncharacter), (6, Refusal::Noncharacter)]
        );
        assert_eq!(refused("\u{378}"), [(0, Refusal::Unassigned)]);
    }

    #[test]
    fn text_of_every_script_and_the_format_characters_it_needs_are_accepted() {
        let accepted = "Ωß ǅ ʰ שלום مرحبا 中文 e\u{301} \u{903} ⃝ ٣ Ⅻ ½ ‿ — «» ∑ € ˚ © 🎥 \u{a0}\u{3000} \u{2028}\u{2029} \
                        soft\u{ad}hyphen zero\u{200b}width \u{200c}\u{200d} \u{2060} \u{200e}\u{200f}\u{61c} \
                        👩\u{200d}💻 𝔘";
        assert_eq!(refused(accepted), []);
    }

    #[test]
    fn tags_are_accepted_only_inside_an_emoji_tag_sequence() {
        let england = "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
        assert_eq!(refused(england), []);
        assert_eq!(refused(&format!("flag {england} and {england}.")), []);
        // Without the symbol, without the cancel tag, or with a tag after it.
        assert_eq!(refused("a\u{E0067}\u{E007F}"), [(1, Refusal::StrayTag), (5, Refusal::StrayTag)]);
        assert_eq!(refused("🏴\u{E0067}"), [(4, Refusal::StrayTag)]);
        assert_eq!(refused("\u{E007F}"), [(0, Refusal::StrayTag)]);
        assert_eq!(refused(&format!("{england}\u{E0067}")), [(england.len(), Refusal::StrayTag)]);
        assert_eq!(refused("🏴\u{E0001}\u{E007F}"), [(4, Refusal::StrayTag), (8, Refusal::StrayTag)]);
    }

    #[test]
    fn refused_characters_are_named() {
        assert_eq!(describe('\u{202E}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(describe('\t'), "U+0009 CHARACTER TABULATION (TAB)");
        assert_eq!(describe('\u{E000}'), "U+E000");
        assert_eq!(describe('\u{10FFFF}'), "U+10FFFF");
    }

    #[test]
    fn invisible_characters_are_shown_as_code_points() {
        for character in ['\t', '\u{202E}', '\u{200B}', '\u{a0}', '\u{2028}', '\u{E000}', '\u{378}'] {
            assert!(shown_as_code_point(character), "{character:?}");
        }
        for character in ['a', ' ', '\n', 'ש', '\u{301}', '🎥'] {
            assert!(!shown_as_code_point(character), "{character:?}");
        }
    }
}
