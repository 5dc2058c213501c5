//! Synthetic catalogues for the benchmarks: TOML text of any size shaped like
//! the shipped catalogue (143 codes in 17 categories), so the emitters see
//! the same mix of work at every size.
//!
//! Per code, as in the shipped file: a description of one or two sentences
//! naming one to three SDK methods (some of them `object.getter.method`), a
//! few codes with no description, one in eight with un-numbered details, one
//! in twenty-five with three to seven numbered reasons, and the occasional
//! `since` and `deprecated`. Categories grow with the codes (one per ten,
//! one in four a sub-category), because a catalogue ten times larger also
//! has more sections; an emitter that walks every code once per category
//! shows up here as quadratic.
//!
//! The text is a pure function of the size: no randomness, no clock.

#![allow(dead_code)] // each bench target uses part of it

use std::fmt::Write as _;

const OBJECTS: &[&str] = &["stream", "client", "chat", "recording", "liveTranscription", "subsession", "command"];
const VERBS: &[&str] = &[
    "start",
    "stop",
    "switch",
    "mute",
    "unmute",
    "join",
    "leave",
    "send",
    "update",
    "request",
    "render",
    "attach",
    "detach",
    "enable",
    "disable",
    "subscribe",
];
const THINGS: &[&str] = &[
    "Audio",
    "Video",
    "ShareScreen",
    "Camera",
    "Microphone",
    "Speaker",
    "Message",
    "File",
    "Caption",
    "Whiteboard",
    "Annotation",
    "Background",
    "Recording",
    "Preview",
    "Renderer",
    "Session",
];
const GETTERS: &[&str] = &["getAnnotationController", "getMediaStream", "getChatClient", "getRecordingClient"];
const CAUSES: &[&str] = &[
    "the user denied the permission prompt",
    "another application holds the device",
    "the browser does not support the required WebRTC feature",
    "the session is reconnecting after a network change",
    "the host has disabled this feature for attendees",
    "the request timed out before the server answered",
    "the parameter is outside the accepted range",
    "the operation was called before the previous one resolved",
];
const WORDS: &[&str] = &[
    "AUDIO",
    "VIDEO",
    "SHARE",
    "CHAT",
    "RECORDING",
    "CAPTION",
    "DEVICE",
    "NETWORK",
    "SESSION",
    "RENDER",
    "CAMERA",
    "MICROPHONE",
    "SPEAKER",
    "FILE",
    "MESSAGE",
    "PERMISSION",
];
const OUTCOMES: &[&str] = &[
    "FAILED",
    "TIMEOUT",
    "DENIED",
    "UNSUPPORTED",
    "BUSY",
    "INVALID",
    "CLOSED",
    "LIMIT_REACHED",
    "NOT_FOUND",
    "ABORTED",
];
const REASONS: &[(&str, &str)] = &[
    ("PERMISSION_DENIED_BY_USER", "Permission denied by user"),
    ("PERMISSION_DENIED_BY_SYSTEM", "Permission denied by system"),
    ("DEVICE_IN_USE", "Device in use"),
    ("NO_DEVICE_FOUND", "No device found"),
    ("UNKNOWN", "Unknown reason"),
    ("CONSTRAINT_VIOLATION", "Constraint violation"),
    ("PERMISSION_DISMISSED_BY_USER", "Permission dismissed by user"),
];

/// Codes per category, about the shipped catalogue's 143 / 17.
const CODES_PER_CATEGORY: usize = 10;

/// A valid catalogue of `codes` error codes, as TOML text.
pub fn catalogue(codes: usize) -> String {
    let categories = codes.div_ceil(CODES_PER_CATEGORY).max(1);
    let mut out = String::with_capacity(codes * 420);
    out.push_str(concat!(
        "# A synthetic catalogue for the benchmarks.\n\n",
        "[catalogue]\n",
        "title = \"Error codes and troubleshooting\"\n",
        "intro = \"See the following table for a list of common error codes, descriptions, and troubleshooting ",
        "suggestions.\"\n",
        "version = \"1.0.0\"\n\n",
        "[targets.rust]\ncrate = \"video-sdk-error-codes\"\n\n",
        "[targets.typescript]\npackage = \"@video-sdk/error-codes\"\nstyle = \"enum\"\n\n",
        "[targets.json_schema]\nid = \"https://video-sdk.example/schemas/error-codes.schema.json\"\n",
    ));
    let mut last_top_level = 0;
    for index in 0..categories {
        let _ = write!(out, "\n[[category]]\nid = \"section_{index}\"\ntitle = \"Section {index} exception\"\n");
        if index.is_multiple_of(7) {
            out.push_str(
                "description = \"Errors of this section come from the media server; report them to support.\"\n",
            );
        }
        // One in four is a sub-section of the last top-level section (a
        // parent always comes first).
        if index % 4 == 3 {
            let _ = writeln!(out, "parent = \"section_{last_top_level}\"");
        } else {
            last_top_level = index;
        }
    }
    for index in 0..codes {
        write_error(&mut out, index, index * categories / codes.max(1));
    }
    out
}

fn write_error(out: &mut String, index: usize, category: usize) {
    let pick = |list: &[&'static str], salt: usize| list[(index / (salt + 1) + salt) % list.len()];
    let code = 1000 + index;
    // Words end in letters and the number is unique, so the names stay
    // distinct after UpperCamelCase conversion too.
    let name = format!("{}_{}_{}_{index}", pick(WORDS, 0), pick(WORDS, 3), pick(OUTCOMES, 1));
    let _ = write!(out, "\n[[error]]\ncode = {code}\nname = \"{name}\"\ncategory = \"section_{category}\"\n");
    if index % 70 == 69 {
        // Documented by name only, like OPERATION_TIMEOUT and INTERNAL_ERROR.
        return;
    }
    let methods: Vec<String> = (0..1 + index % 3)
        .map(|n| {
            let object = pick(OBJECTS, n);
            let method = format!("{}{}", pick(VERBS, n + 1), pick(THINGS, n + 2));
            if (index + n).is_multiple_of(9) {
                format!("{object}.{}.{method}", pick(GETTERS, n))
            } else {
                format!("{object}.{method}")
            }
        })
        .fold(Vec::new(), |mut unique, method| {
            if !unique.contains(&method) {
                unique.push(method);
            }
            unique
        });
    let cause = pick(CAUSES, 2);
    let description = match methods.as_slice() {
        [one] => format!("Occurs in {one} because {cause}. Retry after checking the device and the network."),
        [one, two] => format!("Occurs in {one} or {two} because {cause}."),
        [one, two, three, ..] => {
            format!("Occurs in {one}, {two} or {three} because {cause}; the call is rejected and nothing changes.")
        }
        [] => unreachable!("at least one method"),
    };
    let _ = writeln!(out, "description = \"{description}\"");
    let listed: Vec<String> = methods.iter().map(|method| format!("\"{method}\"")).collect();
    let _ = writeln!(out, "methods = [{}]", listed.join(", "));
    if index % 8 == 5 {
        out.push_str("details = [\n");
        for n in 0..3 + index % 4 {
            let _ = writeln!(out, "  \"{}\",", capitalised(pick(CAUSES, n + 3)));
        }
        out.push_str("]\n");
    }
    if index % 10 == 7 {
        let _ = writeln!(out, "since = \"2.{}.0\"", index % 20);
    }
    if index % 50 == 49 {
        out.push_str("deprecated = \"Replaced by a more specific code; kept so the number is never reused.\"\n");
    }
    if index % 25 == 12 {
        for (number, (name, text)) in REASONS.iter().take(3 + index % 5).enumerate() {
            let _ = write!(
                out,
                "\n[[error.reasons]]\ncode = {}\nname = \"{name}\"\ndescription = \"{text}\"\n",
                number + 1
            );
        }
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}
