//! Pairs of (old, new) catalogues and exactly what the comparison must say
//! about each: the rule ids in order, where each change is located, and the
//! exit status `cargo xtask breaking` derives from it.

use codegen::compare::{
    Anchor, Bump, Comparison, Impact, Locations, Place, ReleaseNotes, Restore, Rule, Version, compare,
};

const BASE: &str = r#"[catalogue]
title = "Errors"
intro = "Every error of the SDK."
version = "0.1.0"
error_types = [
  "INVALID_OPERATION",
  "INTERNAL_ERROR",
]

[targets.rust]
crate = "sdk-errors"

[targets.typescript]
package = "@acme/sdk-errors"
style = "enum"

[targets.json_schema]
id = "https://acme.example/errors.schema.json"

[[category]]
id = "stream"
title = "Stream exception"

[[category]]
id = "audio"
title = "Audio exception"
parent = "stream"

[[category]]
id = "video"
title = "Video exception"
parent = "stream"

[[error]]
code = 6000
name = "STREAM_MISMATCH_DEVICE"
category = "stream"
description = "The device ID does not match any device in the list."

[[error]]
code = 6010
name = "AUDIO_CAPTURE_FAILED"
category = "audio"
description = "Occurs in stream.startAudio, for the following reasons:"
methods = ["stream.startAudio"]

[[error.reasons]]
code = 1
name = "PERMISSION_DENIED_BY_USER"
description = "Permission denied by user"

[[error.reasons]]
code = 2
name = "PERMISSION_DENIED_BY_SYSTEM"
description = "Permission denied by system"

[[error]]
code = 6020
name = "VIDEO_CAMERA_LOST"
category = "video"
description = "The camera was unplugged."
"#;

const VIDEO_CODE: &str = r#"
[[error]]
code = 6020
name = "VIDEO_CAMERA_LOST"
category = "video"
description = "The camera was unplugged."
"#;

const RESERVE_6020: &str = "\n[[reserved]]\ncode = 6020\nname = \"VIDEO_CAMERA_LOST\"\nnote = \"Removed in 0.2.0.\"\n";

/// `(rule id, side, the trimmed line the change points at)`; side is `new`
/// or `old`.
type Expected = (&'static str, &'static str, &'static str);

struct Case {
    name: &'static str,
    /// Replacements applied to [`BASE`] for the old catalogue (each must
    /// match exactly once); an empty replacement deletes.
    old: &'static [(&'static str, &'static str)],
    /// The same for the new catalogue.
    new: &'static [(&'static str, &'static str)],
    /// Text appended to the new catalogue.
    append: &'static str,
    expect: &'static [Expected],
    exit: u8,
}

const ADD_REASON: (&str, &str) = (
    "code = 2\nname = \"PERMISSION_DENIED_BY_SYSTEM\"\ndescription = \"Permission denied by system\"\n",
    "code = 2\nname = \"PERMISSION_DENIED_BY_SYSTEM\"\ndescription = \"Permission denied by system\"\n\n\
     [[error.reasons]]\ncode = 3\nname = \"NO_DEVICE\"\ndescription = \"No device\"\n",
);
const BUMP: (&str, &str) = ("version = \"0.1.0\"", "version = \"0.2.0\"");
const PATCH: (&str, &str) = ("version = \"0.1.0\"", "version = \"0.1.1\"");
const REMOVE_VIDEO: (&str, &str) = (VIDEO_CODE, "");
const ERROR_TYPES: &str = "error_types = [\n  \"INVALID_OPERATION\",\n  \"INTERNAL_ERROR\",\n]";

const CASES: &[Case] = &[
    Case { name: "nothing changed", old: &[], new: &[], append: "", expect: &[], exit: 0 },
    Case {
        name: "a code removed without a bump or a reservation",
        old: &[],
        new: &[REMOVE_VIDEO],
        append: "",
        expect: &[("CODE_NO_DELETE", "old", "[[error]]"), ("CODE_NO_DELETE_UNLESS_RESERVED", "old", "[[error]]")],
        exit: 1,
    },
    Case {
        name: "a removal with a breaking bump but no reservation",
        old: &[],
        new: &[REMOVE_VIDEO, BUMP],
        append: "",
        expect: &[("CODE_NO_DELETE", "old", "[[error]]"), ("CODE_NO_DELETE_UNLESS_RESERVED", "old", "[[error]]")],
        exit: 1,
    },
    Case {
        name: "a removal with a breaking bump and a reservation",
        old: &[],
        new: &[REMOVE_VIDEO, BUMP],
        append: RESERVE_6020,
        expect: &[("CODE_NO_DELETE", "new", "code = 6020"), ("RESERVED_ADDED", "new", "code = 6020")],
        exit: 0,
    },
    Case {
        name: "a removal with a reservation but no bump",
        old: &[],
        new: &[REMOVE_VIDEO],
        append: RESERVE_6020,
        expect: &[("CODE_NO_DELETE", "new", "code = 6020"), ("RESERVED_ADDED", "new", "code = 6020")],
        exit: 1,
    },
    Case {
        name: "a removal that reserves the number but not the name",
        old: &[],
        new: &[REMOVE_VIDEO, BUMP],
        append: "\n[[reserved]]\ncode = 6020\n",
        expect: &[
            ("CODE_NO_DELETE", "new", "code = 6020"),
            ("CODE_NO_DELETE_UNLESS_RESERVED", "new", "code = 6020"),
            ("RESERVED_ADDED", "new", "code = 6020"),
        ],
        exit: 1,
    },
    Case {
        name: "a patch bump does not cover a breaking change",
        old: &[],
        new: &[REMOVE_VIDEO, PATCH],
        append: RESERVE_6020,
        expect: &[("CODE_NO_DELETE", "new", "code = 6020"), ("RESERVED_ADDED", "new", "code = 6020")],
        exit: 1,
    },
    Case {
        name: "a code renumbered, its old number reserved, with a bump",
        old: &[],
        new: &[("code = 6020", "code = 6021"), BUMP],
        append: "\n[[reserved]]\ncode = 6020\n",
        expect: &[("CODE_NO_RENUMBER", "new", "code = 6021"), ("RESERVED_ADDED", "new", "code = 6020")],
        exit: 0,
    },
    Case {
        name: "a code renumbered without reserving its old number",
        old: &[],
        new: &[("code = 6020", "code = 6021"), BUMP],
        append: "",
        expect: &[("CODE_NO_RENUMBER", "new", "code = 6021"), ("CODE_NO_DELETE_UNLESS_RESERVED", "old", "[[error]]")],
        exit: 1,
    },
    Case {
        name: "a code renamed",
        old: &[],
        new: &[("name = \"VIDEO_CAMERA_LOST\"", "name = \"VIDEO_CAMERA_GONE\"")],
        append: "",
        expect: &[
            ("CODE_NO_RENAME", "new", "name = \"VIDEO_CAMERA_GONE\""),
            ("CODE_NO_DELETE_UNLESS_RESERVED", "old", "[[error]]"),
        ],
        exit: 1,
    },
    Case {
        name: "a code renamed, the old name reserved, with a bump",
        old: &[],
        new: &[("name = \"VIDEO_CAMERA_LOST\"", "name = \"VIDEO_CAMERA_GONE\""), BUMP],
        append: "\n[[reserved]]\nname = \"VIDEO_CAMERA_LOST\"\n",
        expect: &[
            ("CODE_NO_RENAME", "new", "name = \"VIDEO_CAMERA_GONE\""),
            ("RESERVED_ADDED", "new", "name = \"VIDEO_CAMERA_LOST\""),
        ],
        exit: 0,
    },
    Case {
        name: "two codes swap numbers with a patch bump",
        old: &[],
        new: &[("code = 6000", "code = 6020"), ("code = 6020\nname = \"VIDEO", "code = 6000\nname = \"VIDEO"), PATCH],
        append: "",
        expect: &[("CODE_NO_RENUMBER", "new", "code = 6020"), ("CODE_NO_RENUMBER", "new", "code = 6000")],
        exit: 1,
    },
    Case {
        name: "two codes swap numbers with a breaking bump",
        old: &[],
        new: &[("code = 6000", "code = 6020"), ("code = 6020\nname = \"VIDEO", "code = 6000\nname = \"VIDEO"), BUMP],
        append: "",
        expect: &[("CODE_NO_RENUMBER", "new", "code = 6020"), ("CODE_NO_RENUMBER", "new", "code = 6000")],
        exit: 0,
    },
    Case {
        name: "a code renumbered and its old number given to a new name",
        old: &[],
        new: &[("code = 6020", "code = 6021"), BUMP],
        append: "\n[[error]]\ncode = 6020\nname = \"VIDEO_REUSED\"\ncategory = \"video\"\n",
        expect: &[("CODE_NO_RENAME", "new", "name = \"VIDEO_REUSED\""), ("CODE_NO_RENUMBER", "new", "code = 6021")],
        exit: 0,
    },
    Case {
        name: "a code moved to another category",
        old: &[],
        new: &[("category = \"video\"", "category = \"audio\"")],
        append: "",
        expect: &[("CODE_NO_MOVE", "new", "category = \"audio\"")],
        exit: 1,
    },
    Case {
        name: "a code moved to another category with a bump",
        old: &[],
        new: &[("category = \"video\"", "category = \"audio\""), BUMP],
        append: "",
        expect: &[("CODE_NO_MOVE", "new", "category = \"audio\"")],
        exit: 0,
    },
    Case {
        name: "a category id renamed: its codes follow without being moved",
        old: &[],
        new: &[("id = \"video\"", "id = \"camera\""), ("category = \"video\"", "category = \"camera\"")],
        append: "",
        expect: &[("CATEGORY_NO_RENAME", "new", "id = \"camera\"")],
        exit: 1,
    },
    Case {
        name: "a category removed and its code moved",
        old: &[],
        new: &[
            ("[[category]]\nid = \"video\"\ntitle = \"Video exception\"\nparent = \"stream\"\n\n", ""),
            ("category = \"video\"", "category = \"stream\""),
        ],
        append: "",
        expect: &[("CATEGORY_NO_DELETE", "old", "id = \"video\""), ("CODE_NO_MOVE", "new", "category = \"stream\"")],
        exit: 1,
    },
    Case {
        name: "a category given another parent",
        old: &[],
        new: &[("title = \"Video exception\"\nparent = \"stream\"", "title = \"Video exception\"\nparent = \"audio\"")],
        append: "",
        expect: &[("CATEGORY_NO_REPARENT", "new", "parent = \"audio\"")],
        exit: 1,
    },
    Case {
        name: "a reason removed",
        old: &[],
        new: &[(
            "\n[[error.reasons]]\ncode = 2\nname = \"PERMISSION_DENIED_BY_SYSTEM\"\ndescription = \"Permission denied by system\"\n",
            "",
        )],
        append: "",
        expect: &[("REASON_NO_DELETE", "old", "[[error.reasons]]")],
        exit: 1,
    },
    Case {
        name: "a reason renumbered",
        old: &[],
        new: &[("code = 2\n", "code = 3\n")],
        append: "",
        expect: &[("REASON_NO_RENUMBER", "new", "code = 3")],
        exit: 1,
    },
    Case {
        name: "a reason renamed",
        old: &[],
        new: &[("PERMISSION_DENIED_BY_SYSTEM", "DENIED_BY_SYSTEM")],
        append: "",
        expect: &[("REASON_NO_RENAME", "new", "name = \"DENIED_BY_SYSTEM\"")],
        exit: 1,
    },
    Case {
        name: "the package names and the generated shapes changed",
        old: &[],
        new: &[
            ("crate = \"sdk-errors\"", "crate = \"sdk-error-codes\""),
            ("package = \"@acme/sdk-errors\"", "package = \"@acme/error-codes\""),
            ("style = \"enum\"", "style = \"const-object\""),
            ("errors.schema.json", "codes.schema.json"),
        ],
        append: "",
        expect: &[
            ("CRATE_NO_RENAME", "new", "crate = \"sdk-error-codes\""),
            ("PACKAGE_NO_RENAME", "new", "package = \"@acme/error-codes\""),
            ("TYPESCRIPT_STYLE_NO_CHANGE", "new", "style = \"const-object\""),
            ("SCHEMA_ID_NO_CHANGE", "new", "id = \"https://acme.example/codes.schema.json\""),
        ],
        exit: 1,
    },
    Case {
        name: "additions need no bump to pass: a section and a code appended, a code's first reasons",
        old: &[],
        new: &[(
            "description = \"The camera was unplugged.\"\n",
            "description = \"The camera was unplugged.\"\n\n\
             [[error.reasons]]\ncode = 1\nname = \"UNPLUGGED\"\ndescription = \"Unplugged\"\n",
        )],
        append: "\n[[category]]\nid = \"chat\"\ntitle = \"Chat exception\"\n\n\
                 [[error]]\ncode = 7000\nname = \"CHAT_FAILED\"\ncategory = \"chat\"\n",
        expect: &[
            ("CATEGORY_ADDED", "new", "id = \"chat\""),
            ("REASONS_ADDED", "new", "[[error.reasons]]"),
            ("CODE_ADDED", "new", "[[error]]"),
        ],
        exit: 0,
    },
    Case {
        name: "a reason added to a code that has reasons changes its exhaustive enum",
        old: &[],
        new: &[ADD_REASON],
        append: "",
        expect: &[("REASON_ADDED", "new", "[[error.reasons]]")],
        exit: 1,
    },
    Case {
        name: "a reason added to a code that has reasons, with a bump",
        old: &[],
        new: &[ADD_REASON, BUMP],
        append: "",
        expect: &[("REASON_ADDED", "new", "[[error.reasons]]")],
        exit: 0,
    },
    Case {
        name: "a section inserted before others moves them",
        old: &[],
        new: &[(
            "[[category]]\nid = \"video\"",
            "[[category]]\nid = \"screen\"\ntitle = \"Screen share exception\"\n\n[[category]]\nid = \"video\"",
        )],
        append: "",
        expect: &[("CATEGORY_NO_REORDER", "new", "id = \"video\""), ("CATEGORY_ADDED", "new", "id = \"screen\"")],
        exit: 1,
    },
    Case {
        name: "two sections swapped",
        old: &[],
        new: &[
            ("[[category]]\nid = \"audio\"\ntitle = \"Audio exception\"\nparent = \"stream\"\n\n", ""),
            (
                "title = \"Video exception\"\nparent = \"stream\"\n",
                "title = \"Video exception\"\nparent = \"stream\"\n\n\
                 [[category]]\nid = \"audio\"\ntitle = \"Audio exception\"\nparent = \"stream\"\n",
            ),
        ],
        append: "",
        expect: &[("CATEGORY_NO_REORDER", "new", "id = \"video\"")],
        exit: 1,
    },
    Case {
        name: "an error type appended needs no bump",
        old: &[],
        new: &[(ERROR_TYPES, "error_types = [\n  \"INVALID_OPERATION\",\n  \"INTERNAL_ERROR\",\n  \"TIMEOUT\",\n]")],
        append: "",
        expect: &[("ERROR_TYPE_ADDED", "new", "\"TIMEOUT\",")],
        exit: 0,
    },
    Case {
        name: "an error type inserted before another moves it",
        old: &[],
        new: &[(ERROR_TYPES, "error_types = [\n  \"TIMEOUT\",\n  \"INVALID_OPERATION\",\n  \"INTERNAL_ERROR\",\n]")],
        append: "",
        expect: &[
            ("ERROR_TYPE_NO_REORDER", "new", "\"INVALID_OPERATION\","),
            ("ERROR_TYPE_ADDED", "new", "\"TIMEOUT\","),
        ],
        exit: 1,
    },
    Case {
        name: "two error types swapped, with a bump",
        old: &[],
        new: &[(ERROR_TYPES, "error_types = [\n  \"INTERNAL_ERROR\",\n  \"INVALID_OPERATION\",\n]"), BUMP],
        append: "",
        expect: &[("ERROR_TYPE_NO_REORDER", "new", "\"INTERNAL_ERROR\",")],
        exit: 0,
    },
    Case {
        name: "an error type removed",
        old: &[],
        new: &[(ERROR_TYPES, "error_types = [\n  \"INTERNAL_ERROR\",\n]")],
        append: "",
        expect: &[("ERROR_TYPE_NO_DELETE", "old", "\"INVALID_OPERATION\",")],
        exit: 1,
    },
    Case {
        name: "a version that goes backwards fails though nothing changed",
        old: &[("version = \"0.1.0\"", "version = \"1.4.0\"")],
        new: &[("version = \"0.1.0\"", "version = \"1.3.9\"")],
        append: "",
        expect: &[],
        exit: 1,
    },
    Case {
        name: "a code deprecated, another no longer deprecated",
        old: &[("description = \"The camera was unplugged.\"", "deprecated = \"Use 6010.\"")],
        new: &[("category = \"stream\"\n", "category = \"stream\"\ndeprecated = \"Use 6010.\"\n")],
        append: "",
        expect: &[
            ("CODE_DEPRECATED", "new", "deprecated = \"Use 6010.\""),
            ("CODE_UNDEPRECATED", "new", "[[error]]"),
            ("CODE_TEXT_CHANGED", "new", "description = \"The camera was unplugged.\""),
        ],
        exit: 0,
    },
    Case {
        name: "texts changed",
        old: &[],
        new: &[
            ("Every error of the SDK.", "All errors."),
            ("title = \"Audio exception\"", "title = \"Audio exceptions\""),
            ("does not match any device", "matches no device"),
            ("Permission denied by user", "The user denied permission"),
        ],
        append: "",
        expect: &[
            ("CATALOGUE_TEXT_CHANGED", "new", "intro = \"All errors.\""),
            ("CATEGORY_TEXT_CHANGED", "new", "title = \"Audio exceptions\""),
            ("CODE_TEXT_CHANGED", "new", "description = \"The device ID matches no device in the list.\""),
            ("REASON_TEXT_CHANGED", "new", "description = \"The user denied permission\""),
        ],
        exit: 0,
    },
    Case {
        name: "a reservation removed, or its note changed",
        old: &[(VIDEO_CODE, "\n[[reserved]]\ncode = 6020\nnote = \"Gone.\"\n\n[[reserved]]\ncode = 6030\n")],
        new: &[(VIDEO_CODE, "\n[[reserved]]\ncode = 6020\nnote = \"Gone for good.\"\n")],
        append: "",
        expect: &[("RESERVED_NO_DELETE", "old", "code = 6030"), ("RESERVED_TEXT_CHANGED", "new", "code = 6020")],
        exit: 1,
    },
    Case {
        name: "from 1.x the breaking bump is the major number",
        old: &[("version = \"0.1.0\"", "version = \"1.2.3\"")],
        new: &[("version = \"0.1.0\"", "version = \"2.0.0\""), REMOVE_VIDEO],
        append: RESERVE_6020,
        expect: &[("CODE_NO_DELETE", "new", "code = 6020"), ("RESERVED_ADDED", "new", "code = 6020")],
        exit: 0,
    },
    Case {
        name: "from 1.x a minor bump does not cover a breaking change",
        old: &[("version = \"0.1.0\"", "version = \"1.2.3\"")],
        new: &[("version = \"0.1.0\"", "version = \"1.3.0\""), REMOVE_VIDEO],
        append: RESERVE_6020,
        expect: &[("CODE_NO_DELETE", "new", "code = 6020"), ("RESERVED_ADDED", "new", "code = 6020")],
        exit: 1,
    },
];

fn edited(edits: &[(&str, &str)], append: &str, case: &str) -> String {
    let mut text = BASE.to_string();
    for (from, to) in edits {
        assert_eq!(text.matches(from).count(), 1, "{case}: `{from}` must occur exactly once");
        text = text.replacen(from, to, 1);
    }
    text + append
}

fn load(text: &str, case: &str) -> codegen::Catalogue {
    codegen::load(text).unwrap_or_else(|diagnostics| panic!("{case}:\n{}", diagnostics.render("case.toml", text)))
}

/// The exit status `cargo xtask breaking` derives from a comparison.
fn exit_status(comparison: &Comparison) -> u8 {
    u8::from(!comparison.passes())
}

#[test]
fn every_pair_reports_exactly_its_rules_at_their_places_with_its_exit_status() {
    let mut failures = Vec::new();
    for case in CASES {
        let old_text = edited(case.old, "", case.name);
        let new_text = edited(case.new, case.append, case.name);
        let comparison = compare(&load(&old_text, case.name), &load(&new_text, case.name));
        let (old_places, new_places) = (Locations::of(&old_text), Locations::of(&new_text));
        let found: Vec<(String, &str, String)> = comparison
            .changes
            .iter()
            .map(|change| {
                let (side, text, span) = match &change.place {
                    Place::New(anchor) => ("new", &new_text, new_places.span(anchor)),
                    Place::Old(anchor) => ("old", &old_text, old_places.span(anchor)),
                };
                let line = span.map_or_else(
                    || "(not located)".to_string(),
                    |span| {
                        let start = text[..span.start].rfind('\n').map_or(0, |newline| newline + 1);
                        text[start..].lines().next().unwrap_or("").trim().to_string()
                    },
                );
                (change.rule.id().to_string(), side, line)
            })
            .collect();
        let expected: Vec<(String, &str, String)> =
            case.expect.iter().map(|(rule, side, line)| (rule.to_string(), *side, line.to_string())).collect();
        let exit = exit_status(&comparison);
        if found != expected || exit != case.exit {
            failures.push(format!(
                "{}: exit {exit} (expected {})\n  found    {found:?}\n  expected {expected:?}\n  messages {:#?}",
                case.name,
                case.exit,
                comparison.changes.iter().map(|change| &change.message).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_rule_is_exercised_by_some_pair() {
    let covered: Vec<&str> = CASES.iter().flat_map(|case| case.expect.iter().map(|(rule, _, _)| *rule)).collect();
    let missing: Vec<&str> = Rule::ALL.iter().map(|rule| rule.id()).filter(|id| !covered.contains(id)).collect();
    assert!(missing.is_empty(), "rules without a case: {missing:?}");
}

#[test]
fn messages_name_the_code_number_and_name() {
    let new_text = edited(
        &[("code = 6000", "code = 6020"), ("code = 6020\nname = \"VIDEO", "code = 6000\nname = \"VIDEO")],
        "",
        "swap",
    );
    let comparison = compare(&load(BASE, "swap"), &load(&new_text, "swap"));
    let messages: Vec<&str> = comparison.changes.iter().map(|change| change.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "code `STREAM_MISMATCH_DEVICE` was renumbered from 6000 to 6020 (it swapped numbers with `VIDEO_CAMERA_LOST`)",
            "code `VIDEO_CAMERA_LOST` was renumbered from 6020 to 6000 (it swapped numbers with `STREAM_MISMATCH_DEVICE`)",
        ]
    );
    let styled = edited(&[("style = \"enum\"", "style = \"const-object\"")], "", "style");
    let restyled = compare(&load(BASE, "style"), &load(&styled, "style"));
    assert_eq!(restyled.changes[0].message, "the TypeScript style changed from \"enum\" to \"const-object\"");
    let removed = compare(&load(BASE, "removed"), &load(&edited(&[REMOVE_VIDEO], RESERVE_6020, "removed"), "removed"));
    assert_eq!(removed.changes[0].message, "code 6020 `VIDEO_CAMERA_LOST` was removed and reserved. Removed in 0.2.0.");
    assert_eq!(removed.changes[0].place, Place::New(Anchor::Reserved { code: Some(6020), name: None }));
}

#[test]
fn versions_are_judged_the_way_cargo_and_npm_read_them() {
    let bump = |old: &str, new: &str| {
        Comparison { changes: Vec::new(), old_version: old.to_string(), new_version: new.to_string() }.bump()
    };
    assert_eq!(bump("0.1.0", "0.2.0"), Bump::Breaking);
    assert_eq!(bump("0.1.0", "0.1.7"), Bump::Compatible);
    assert_eq!(bump("0.1.0", "1.0.0"), Bump::Breaking);
    assert_eq!(bump("0.0.3", "0.0.4"), Bump::Breaking);
    assert_eq!(bump("1.2.3", "1.9.0"), Bump::Compatible);
    assert_eq!(bump("1.2.3", "2.0.0-rc.1"), Bump::Breaking);
    assert_eq!(bump("2.0.0-rc.1", "2.0.0-rc.2"), Bump::Compatible);
    assert_eq!(bump("2.0.0-rc.10", "2.0.0-rc.9"), Bump::Backwards);
    assert_eq!(bump("1.2.3", "1.2.3"), Bump::None);
    assert_eq!(bump("2.0.0", "1.9.9"), Bump::Backwards);

    let next = |version: &str, impact| Version::parse(version).unwrap().next(impact).to_string();
    assert_eq!(next("0.1.0", Impact::Breaking), "0.2.0");
    assert_eq!(next("0.1.0", Impact::Feature), "0.1.1");
    assert_eq!(next("1.2.3", Impact::Breaking), "2.0.0");
    assert_eq!(next("1.2.3", Impact::Feature), "1.3.0");
    assert_eq!(next("1.2.3", Impact::Fix), "1.2.4");
    assert_eq!(next("0.0.3", Impact::Breaking), "0.0.4");
    assert_eq!(next("1.0.0-rc.1", Impact::Fix), "1.0.0");
}

/// Catalogues that differ in the text of every code: one change per code,
/// nothing else. (How long this takes at 150,000 codes is measured by the
/// `compare` bench and recorded in BENCHMARKS.md, not asserted here.)
#[test]
fn a_large_comparison_reports_one_change_per_code() {
    let mut old = load(BASE, "large");
    old.errors.clear();
    let mut new = old.clone();
    for index in 0..20_000u32 {
        let error = codegen::model::ErrorCode {
            code: 100_000 + index,
            name: format!("CODE_{index}"),
            category: "stream".to_string(),
            description: Some(format!("Code {index}.")),
            methods: Vec::new(),
            details: Vec::new(),
            reasons: Vec::new(),
            deprecated: None,
            since: None,
            replaced_by: None,
        };
        old.errors.push(error.clone());
        new.errors.push(codegen::model::ErrorCode { description: Some(format!("Code {index}, reworded.")), ..error });
    }
    let comparison = compare(&old, &new);
    assert_eq!(comparison.changes.len(), 20_000);
    assert!(comparison.changes.iter().all(|change| change.rule == Rule::CodeTextChanged));
    assert_eq!(comparison.needed(), Some(Impact::Fix));
}

/// The enums of every Rust file generated from `text`, by name.
fn rust_enums(text: &str) -> std::collections::HashMap<String, syn::ItemEnum> {
    codegen::generate(&load(text, "enums"))
        .into_iter()
        .filter(|file| file.path.ends_with(".rs"))
        .flat_map(|file| syn::parse_file(&file.contents).unwrap_or_else(|error| panic!("{}: {error}", file.path)).items)
        .filter_map(|item| match item {
            syn::Item::Enum(item) => Some((item.ident.to_string(), item)),
            _ => None,
        })
        .collect()
}

fn non_exhaustive(item: &syn::ItemEnum) -> bool {
    item.attrs.iter().any(|attribute| attribute.path().is_ident("non_exhaustive"))
}

fn explicit_discriminants(item: &syn::ItemEnum) -> bool {
    item.variants.iter().all(|variant| variant.discriminant.is_some())
}

/// Each verdict follows from what the change does to the emitted Rust (the
/// API cargo-semver-checks judges): an added variant is compatible only in a
/// `#[non_exhaustive]` enum, and a variant's place matters unless every
/// discriminant is written out. Should an emitter change the shape of an
/// enum, this fails until the rule's impact changes with it.
#[test]
fn verdicts_follow_the_emitted_rust_api() {
    let enums = rust_enums(BASE);
    let enum_named = |name: &str| enums.get(name).unwrap_or_else(|| panic!("no enum {name} is emitted"));
    let added = |item: &syn::ItemEnum| if non_exhaustive(item) { Impact::Feature } else { Impact::Breaking };

    // A code's variant carries its number, so a code added anywhere keeps every other value.
    let codes = enum_named("ErrorCode");
    assert!(explicit_discriminants(codes), "ErrorCode variants carry their numbers");
    assert_eq!(Rule::CodeAdded.impact(), added(codes));

    // `Category` variants follow document order: a new section is compatible
    // at the end only.
    let categories = enum_named("Category");
    assert_eq!(Rule::CategoryAdded.impact(), added(categories));
    let reorder = if explicit_discriminants(categories) { Impact::Fix } else { Impact::Breaking };
    assert_eq!(Rule::CategoryNoReorder.impact(), reorder);

    // A code's reason list is its own enum; a first list adds a variant to `Reason`.
    let reasons = enum_named("AudioCaptureFailedReason");
    assert!(explicit_discriminants(reasons), "reason variants carry their numbers");
    assert_eq!(Rule::ReasonAdded.impact(), added(reasons));
    assert_eq!(Rule::ReasonsAdded.impact(), added(enum_named("Reason")));

    // `ErrorType` variants follow the order of `error_types`, as `Category`
    // follows the sections: a new name is compatible at the end only.
    let error_types = enum_named("ErrorType");
    let names: Vec<String> = error_types.variants.iter().map(|variant| variant.ident.to_string()).collect();
    assert_eq!(names, ["InvalidOperation", "InternalError"], "one variant per name, in order");
    assert_eq!(Rule::ErrorTypeAdded.impact(), added(error_types));
    let reorder = if explicit_discriminants(error_types) { Impact::Fix } else { Impact::Breaking };
    assert_eq!(Rule::ErrorTypeNoReorder.impact(), reorder);
    assert_eq!(Rule::ErrorTypeNoDelete.impact(), Impact::Breaking);
}

/// The TypeScript side of the same verdicts: `ErrorCategory` members are
/// the category ids (so the order of the sections does not show there),
/// and a reason enum is a closed set of members, which an exhaustive
/// `switch` relies on.
#[test]
fn verdicts_follow_the_emitted_typescript_api() {
    let files = codegen::generate(&load(BASE, "typescript"));
    let file = |suffix: &str| {
        files
            .iter()
            .find(|file| file.path.ends_with(suffix))
            .unwrap_or_else(|| panic!("no {suffix} is emitted"))
            .contents
            .clone()
    };
    let categories = file("categories.ts");
    for id in ["stream", "audio", "video"] {
        assert!(categories.contains(&format!("= \"{id}\"")), "ErrorCategory member for {id}:\n{categories}");
    }
    let reasons = file("reasons.ts");
    assert!(reasons.contains("export enum AudioCaptureFailedReason {"), "{reasons}");
    assert_eq!(Rule::ReasonAdded.impact(), Impact::Breaking);

    // `ErrorType` is a union of the names, and the payload's `type` widens it
    // with any string, so a `switch` over a payload's type always needs a
    // `default`: a name added is a feature, a name removed breaks code that
    // spells it as an `ErrorType`.
    let guards = file("guards.ts");
    assert!(
        guards.contains("export type ErrorType =\n  | \"INVALID_OPERATION\"\n  | \"INTERNAL_ERROR\";\n"),
        "{guards}"
    );
    assert!(guards.contains("readonly type?: ErrorType | (string & {}) | undefined;"), "{guards}");
    assert_eq!(Rule::ErrorTypeAdded.impact(), Impact::Feature);
    assert_eq!(Rule::ErrorTypeNoDelete.impact(), Impact::Breaking);
}

/// Error types in the release notes: a removal under Breaking and Removed,
/// an addition under Added, a reorder under Breaking, each in words.
#[test]
fn release_notes_name_error_types_added_removed_and_moved() {
    let notes = |edits: &[(&str, &str)]| {
        let comparison = compare(&load(BASE, "error types"), &load(&edited(edits, "", "error types"), "error types"));
        ReleaseNotes::of(&comparison).markdown()
    };
    assert_eq!(
        notes(&[(ERROR_TYPES, "error_types = [\"INTERNAL_ERROR\", \"TIMEOUT\"]")]),
        "### Breaking\n\
         \n\
         - Error type `INVALID_OPERATION` was removed\n\
         \n\
         ### Added\n\
         \n\
         - Error type `TIMEOUT` was added\n\
         \n\
         ### Removed\n\
         \n\
         - Error type `INVALID_OPERATION` was removed\n"
    );
    assert_eq!(
        notes(&[(ERROR_TYPES, "error_types = [\"INTERNAL_ERROR\", \"INVALID_OPERATION\"]")]),
        "### Breaking\n\
         \n\
         - Error type `INTERNAL_ERROR` moved from place 2 to place 1 in `error_types`; only a name added after the others keeps every place\n"
    );
}

/// A renumbering, renaming or move says which line undoes it, and where
/// that line was in the old catalogue.
#[test]
fn a_change_of_one_key_says_how_to_restore_it() {
    let restore = |edits: &[(&str, &str)]| {
        let comparison = compare(&load(BASE, "restore"), &load(&edited(edits, "", "restore"), "restore"));
        comparison.changes.into_iter().map(|change| (change.rule.id(), change.restore)).collect::<Vec<_>>()
    };
    let code = |name: &str, key| Anchor::Code { name: name.to_string(), key };
    assert_eq!(
        restore(&[("code = 6020", "code = 6021")])[0],
        ("CODE_NO_RENUMBER", Some(Restore { line: "code = 6020".to_string(), was: code("VIDEO_CAMERA_LOST", "code") }))
    );
    assert_eq!(
        restore(&[("name = \"VIDEO_CAMERA_LOST\"", "name = \"VIDEO_GONE\"")])[0],
        (
            "CODE_NO_RENAME",
            Some(Restore { line: "name = \"VIDEO_CAMERA_LOST\"".to_string(), was: code("VIDEO_CAMERA_LOST", "name") })
        )
    );
    assert_eq!(
        restore(&[("category = \"video\"", "category = \"audio\"")]),
        [(
            "CODE_NO_MOVE",
            Some(Restore { line: "category = \"video\"".to_string(), was: code("VIDEO_CAMERA_LOST", "category") })
        )]
    );
    let old_places = Locations::of(BASE);
    let span = old_places.span(&code("VIDEO_CAMERA_LOST", "category")).unwrap();
    assert_eq!(&BASE[span], "\"video\"");
}

/// Release notes: each change once, in people's words (no rule ids), a
/// rewording as old -> new, a removal under Breaking and Removed, and the
/// reservation that goes with a removal or a renaming folded into it.
#[test]
fn release_notes_list_each_change_once_in_its_section() {
    let new_text = edited(
        &[
            REMOVE_VIDEO,
            BUMP,
            ("name = \"STREAM_MISMATCH_DEVICE\"", "name = \"STREAM_DEVICE_MISMATCH\""),
            ("does not match any device", "matches no device"),
            ("methods = [\"stream.startAudio\"]", "methods = [\"stream.startAudio\"]\ndeprecated = \"Use 6030.\""),
        ],
        "\n[[error]]\ncode = 6030\nname = \"AUDIO_LOST\"\ncategory = \"audio\"\n\n\
         [[reserved]]\ncode = 6020\nname = \"VIDEO_CAMERA_LOST\"\nnote = \"The camera is reported by 6000.\"\n\n\
         [[reserved]]\nname = \"STREAM_MISMATCH_DEVICE\"\n\n[[reserved]]\ncode = 6999\n",
        "notes",
    );
    let comparison = compare(&load(BASE, "notes"), &load(&new_text, "notes"));
    assert!(comparison.passes(), "{:#?}", comparison.changes);
    let notes = ReleaseNotes::of(&comparison);
    assert_eq!(
        notes.markdown(),
        "### Breaking\n\
         \n\
         - Code 6000 was renamed from `STREAM_MISMATCH_DEVICE` to `STREAM_DEVICE_MISMATCH`\n\
         - Code 6020 `VIDEO_CAMERA_LOST` was removed and reserved. The camera is reported by 6000.\n\
         \n\
         ### Added\n\
         \n\
         - Code 6030 `AUDIO_LOST` was added\n\
         \n\
         ### Deprecated\n\
         \n\
         - Code 6010 `AUDIO_CAPTURE_FAILED` was deprecated: Use 6030.\n\
         \n\
         ### Changed\n\
         \n\
         - Code 6000 `STREAM_DEVICE_MISMATCH`, description: \"The device ID does not match any device in the list.\" → \"The device ID matches no device in the list.\"\n\
         \n\
         ### Removed\n\
         \n\
         - Code 6020 `VIDEO_CAMERA_LOST` was removed and reserved. The camera is reported by 6000.\n\
         - 6999 was reserved\n"
    );
    let all = notes.markdown();
    for rule in Rule::ALL {
        assert!(!all.contains(rule.id()), "a rule id in the notes: {}", rule.id());
    }
    let empty = compare(&load(BASE, "same"), &load(BASE, "same"));
    assert!(ReleaseNotes::of(&empty).is_empty());
    assert_eq!(ReleaseNotes::of(&empty).markdown(), "");
}

/// Several texts of one thing reworded: one entry, each text old -> new.
#[test]
fn a_rewording_of_several_texts_is_one_entry_with_each_text() {
    let new_text = edited(
        &[("Every error of the SDK.", "All errors."), ("title = \"Errors\"", "title = \"SDK errors\"")],
        "",
        "reworded",
    );
    let comparison = compare(&load(BASE, "reworded"), &load(&new_text, "reworded"));
    assert_eq!(
        ReleaseNotes::of(&comparison).changed,
        [
            "The reference:\n  - title: \"Errors\" → \"SDK errors\"\n  - intro: \"Every error of the SDK.\" → \"All errors.\""
        ]
    );
}
