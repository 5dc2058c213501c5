//! The generated Rust crate, function by function, for every code of the
//! shipped catalogue: each answer is compared with the catalogue itself, so
//! the tests follow the catalogue rather than a copy of it.

use std::collections::{BTreeSet, HashMap};

use codegen::model::upper_camel;
use tests::shipped_catalogue;
use video_sdk_error_codes::{AudioCaptureFailedReason, Category, ErrorCode, Reason};

fn entry_of(catalogue: &codegen::Catalogue, code: ErrorCode) -> &codegen::model::ErrorCode {
    catalogue
        .errors
        .iter()
        .find(|entry| entry.code == code.code())
        .unwrap_or_else(|| panic!("{code:?} ({}) is not in the catalogue", code.code()))
}

fn strs(items: &[String]) -> Vec<&str> {
    items.iter().map(String::as_str).collect()
}

#[test]
fn every_code_matches_its_catalogue_entry_in_catalogue_order() {
    let catalogue = shipped_catalogue();
    assert_eq!(ErrorCode::ALL.len(), catalogue.errors.len());
    for (&code, entry) in ErrorCode::ALL.iter().zip(&catalogue.errors) {
        assert_eq!(code.code(), entry.code);
        assert_eq!(code as u32, entry.code, "the discriminant is the code");
        assert_eq!(u32::from(code), entry.code);
        assert_eq!(code.name(), entry.name);
        assert_eq!(format!("{code:?}"), upper_camel(&entry.name), "variant named after the SCREAMING name");
        assert_eq!(code.description(), entry.description.as_deref(), "{}", entry.name);
        assert_eq!(code.methods(), strs(&entry.methods), "{}", entry.name);
        assert_eq!(code.details(), strs(&entry.details), "{}", entry.name);
        assert_eq!(code.category().id(), entry.category, "{}", entry.name);
        assert_eq!(code.deprecated(), entry.deprecated.as_deref(), "{}", entry.name);
        assert_eq!(code.since(), entry.since.as_deref(), "{}", entry.name);
        assert_eq!(code.to_string(), format!("{} ({})", entry.name, entry.code));
        let as_error: &dyn std::error::Error = &code;
        assert_eq!(as_error.to_string(), code.to_string());
    }
}

#[test]
fn lookups_round_trip_for_every_code() {
    for &code in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_code(code.code()), Some(code));
        assert_eq!(ErrorCode::from_name(code.name()), Some(code));
        assert_eq!(ErrorCode::try_from(code.code()), Ok(code));
        assert_eq!(code.name().parse::<ErrorCode>(), Ok(code));
    }
    let distinct: BTreeSet<ErrorCode> = ErrorCode::ALL.iter().copied().collect();
    assert_eq!(distinct.len(), ErrorCode::ALL.len(), "ALL lists each code once");
}

#[test]
fn codes_order_by_number() {
    for &a in ErrorCode::ALL {
        for &b in ErrorCode::ALL {
            assert_eq!(a.cmp(&b), a.code().cmp(&b.code()), "{a:?} vs {b:?}");
        }
    }
}

#[test]
fn unknown_numbers_are_rejected_with_the_number() {
    let known: BTreeSet<u32> = shipped_catalogue().errors.iter().map(|entry| entry.code).collect();
    let highest = *known.last().expect("the catalogue has codes");
    let mut rejected = 0;
    for number in (0..=highest + 1000).chain([u32::MAX - 1, u32::MAX]) {
        if known.contains(&number) {
            continue;
        }
        assert_eq!(ErrorCode::from_code(number), None, "{number}");
        let error = ErrorCode::try_from(number).expect_err("not in the catalogue");
        assert_eq!(error.code(), number);
        assert_eq!(error.kind(), "error code");
        assert_eq!(error.to_string(), format!("unknown error code {number}"));
        rejected += 1;
    }
    assert!(rejected > 1000);
}

#[test]
fn unknown_names_are_rejected_with_the_name() {
    let catalogue = shipped_catalogue();
    let mut candidates: Vec<String> = vec![String::new(), " ".into(), "NOT_IN_THE_CATALOGUE".into(), "_".into()];
    for entry in &catalogue.errors {
        candidates.extend([
            entry.name.to_lowercase(),
            upper_camel(&entry.name),
            format!("{} ", entry.name),
            format!(" {}", entry.name),
            format!("{}_", entry.name),
            entry.name[..entry.name.len() - 1].to_owned(),
            entry.code.to_string(),
        ]);
    }
    for candidate in &candidates {
        assert_eq!(ErrorCode::from_name(candidate), None, "{candidate:?}");
        let error = candidate.parse::<ErrorCode>().expect_err("not a name of the catalogue");
        assert_eq!(error.name(), candidate);
        assert!(!error.is_truncated());
        assert_eq!(error.kind(), "error code name");
        assert_eq!(error.to_string(), format!("unknown error code name {candidate:?}"));
    }
}

#[test]
fn a_long_unknown_name_is_kept_truncated_on_a_character_boundary() {
    let long = "X".repeat(100);
    let error = long.parse::<ErrorCode>().expect_err("unknown");
    assert_eq!(error.name(), &long[..64]);
    assert!(error.is_truncated());
    assert!(error.to_string().ends_with("(truncated)"), "{error}");

    // 22 three-byte characters: 66 bytes, cut to the 21 that fit in 64.
    let wide = "€".repeat(22);
    let error = wide.parse::<ErrorCode>().expect_err("unknown");
    assert_eq!(error.name(), "€".repeat(21));
    assert!(error.is_truncated());
    assert!(format!("{error:?}").contains("€€€"), "{error:?}");
}

#[test]
fn categories_match_the_catalogue() {
    let catalogue = shipped_catalogue();
    assert_eq!(Category::ALL.len(), catalogue.categories.len());
    for (&category, entry) in Category::ALL.iter().zip(&catalogue.categories) {
        assert_eq!(category.id(), entry.id);
        assert_eq!(format!("{category:?}"), upper_camel(&entry.id));
        assert_eq!(category.title(), entry.title);
        assert_eq!(category.to_string(), entry.title);
        assert_eq!(category.description(), entry.description.as_deref());
        assert_eq!(category.parent().map(Category::id), entry.parent.as_deref());
        let children: Vec<&str> = category.children().iter().map(|child| child.id()).collect();
        let expected: Vec<&str> = catalogue.index().children(entry).iter().map(|child| child.id.as_str()).collect();
        assert_eq!(children, expected, "{}", entry.id);
        let codes: Vec<u32> = category.codes().iter().map(|code| code.code()).collect();
        let expected: Vec<u32> = catalogue.index().errors_in(entry).iter().map(|error| error.code).collect();
        assert_eq!(codes, expected, "{}", entry.id);

        assert_eq!(Category::from_id(&entry.id), Some(category));
        assert_eq!(entry.id.parse::<Category>(), Ok(category));
    }
    for unknown in ["", "Audio", "AUDIO", "audio ", "stream_"] {
        assert_eq!(Category::from_id(unknown), None);
        let error = unknown.parse::<Category>().expect_err("unknown id");
        assert_eq!(error.to_string(), format!("unknown category id {unknown:?}"));
    }
}

#[test]
fn category_codes_partition_all_codes() {
    let mut seen: HashMap<ErrorCode, Category> = HashMap::new();
    for &category in Category::ALL {
        for &code in category.codes() {
            assert_eq!(code.category(), category, "{code:?} listed under {category:?}");
            if let Some(other) = seen.insert(code, category) {
                panic!("{code:?} is in both {other:?} and {category:?}");
            }
        }
    }
    assert_eq!(seen.len(), ErrorCode::ALL.len(), "every code is in exactly one category");
}

#[test]
fn category_tree_is_consistent() {
    for &category in Category::ALL {
        for &child in category.children() {
            assert_eq!(child.parent(), Some(category));
        }
        if let Some(parent) = category.parent() {
            assert!(parent.children().contains(&category));
            let position = |wanted: Category| Category::ALL.iter().position(|&c| c == wanted);
            assert!(position(parent) < position(category), "a parent comes first");
        }
    }
}

#[test]
fn numbered_reasons_match_the_catalogue_for_every_code() {
    let catalogue = shipped_catalogue();
    let mut with_reasons = 0;
    for &code in ErrorCode::ALL {
        let entry = entry_of(&catalogue, code);
        let reasons = code.reasons();
        assert_eq!(reasons.len(), entry.reasons.len(), "{}", entry.name);
        for (&reason, expected) in reasons.iter().zip(&entry.reasons) {
            assert_eq!(reason.error_code(), code);
            assert_eq!(reason.code(), expected.code);
            assert_eq!(reason.name(), expected.name);
            assert_eq!(reason.description(), expected.description);
            assert_eq!(code.reason(expected.code), Some(reason));
            assert_eq!(reason.to_string(), format!("{} reason {} ({})", entry.name, expected.name, expected.code));
        }
        let numbers: BTreeSet<u32> = entry.reasons.iter().map(|reason| reason.code).collect();
        for number in (0..=numbers.last().copied().unwrap_or(0) + 3).filter(|number| !numbers.contains(number)) {
            assert_eq!(code.reason(number), None, "{} reason {number}", entry.name);
        }
        with_reasons += usize::from(!reasons.is_empty());
    }
    assert_eq!(with_reasons, catalogue.errors.iter().filter(|entry| !entry.reasons.is_empty()).count());
}

/// The seed's list under 6010, number and text as published.
#[test]
fn audio_capture_failed_has_its_seven_reasons() {
    let published = [
        (1, "Permission denied by user"),
        (2, "Permission denied by system"),
        (3, "Device in use"),
        (4, "No device found"),
        (5, "Unknown reason"),
        (6, "Constraint violation"),
        (7, "Permission dismissed by user"),
    ];
    let catalogue = shipped_catalogue();
    let entry = entry_of(&catalogue, ErrorCode::AudioCaptureFailed);
    assert_eq!(ErrorCode::AudioCaptureFailed.code(), 6010);
    assert_eq!(AudioCaptureFailedReason::ERROR_CODE, ErrorCode::AudioCaptureFailed);
    assert_eq!(AudioCaptureFailedReason::ALL.len(), published.len());
    for ((&reason, (number, text)), expected) in AudioCaptureFailedReason::ALL.iter().zip(published).zip(&entry.reasons)
    {
        assert_eq!(reason.code(), number);
        assert_eq!(reason as u32, number);
        assert_eq!(u32::from(reason), number);
        assert_eq!(reason.description(), text);
        assert_eq!(reason.name(), expected.name);
        assert_eq!(format!("{reason:?}"), upper_camel(&expected.name));
        assert_eq!(reason.to_string(), format!("{} ({number})", expected.name));
        assert_eq!(AudioCaptureFailedReason::from_code(number), Some(reason));
        assert_eq!(AudioCaptureFailedReason::try_from(number), Ok(reason));
        assert_eq!(AudioCaptureFailedReason::from_name(reason.name()), Some(reason));
        assert_eq!(reason.name().parse::<AudioCaptureFailedReason>(), Ok(reason));
        assert_eq!(ErrorCode::AudioCaptureFailed.reason(number), Some(Reason::AudioCaptureFailed(reason)));
        assert_eq!(Reason::from(reason), Reason::AudioCaptureFailed(reason));
    }
    for unknown in [0, 8, 6010, u32::MAX] {
        assert_eq!(AudioCaptureFailedReason::from_code(unknown), None);
        let error = AudioCaptureFailedReason::try_from(unknown).expect_err("unknown reason");
        assert_eq!(error.code(), unknown);
        assert_eq!(error.to_string(), format!("unknown AUDIO_CAPTURE_FAILED reason {unknown}"));
    }
    let error = "DEVICE_BUSY".parse::<AudioCaptureFailedReason>().expect_err("unknown name");
    assert_eq!(error.to_string(), "unknown AUDIO_CAPTURE_FAILED reason name \"DEVICE_BUSY\"");
    assert_eq!(AudioCaptureFailedReason::from_name("AUDIO_CAPTURE_FAILED"), None);
}

#[test]
fn lookup_functions_are_usable_in_const_context() {
    const FOUND: Option<ErrorCode> = ErrorCode::from_code(6010);
    const NAME: &str = ErrorCode::AudioCaptureFailed.name();
    const CATEGORY: Category = ErrorCode::AudioCaptureFailed.category();
    const REASON: Option<Reason> = ErrorCode::AudioCaptureFailed.reason(3);
    assert_eq!(FOUND, Some(ErrorCode::AudioCaptureFailed));
    assert_eq!(NAME, "AUDIO_CAPTURE_FAILED");
    assert_eq!(CATEGORY.id(), entry_of(&shipped_catalogue(), ErrorCode::AudioCaptureFailed).category);
    assert_eq!(REASON.map(Reason::code), Some(3));
}

/// Width, fill, alignment and precision apply to every `Display` text as a
/// whole, as they do for a `&str`.
#[test]
fn display_pads_like_a_str() {
    let catalogue = shipped_catalogue();
    for &code in ErrorCode::ALL {
        let text = format!("{} ({})", entry_of(&catalogue, code).name, code.code());
        let width = text.len() + 7;
        assert_eq!(format!("{code:<width$}|"), format!("{text:<width$}|"));
        assert_eq!(format!("{code:>width$}|"), format!("{text:>width$}|"));
        assert_eq!(format!("{code:*^width$}|"), format!("{text:*^width$}|"));
        assert_eq!(format!("{code:.5}"), text[..5]);
        assert_eq!(format!("{code:3}"), text, "a width below the length changes nothing");
    }
    let code = ErrorCode::AudioCaptureFailed;
    assert_eq!(format!("{code:<30}|"), "AUDIO_CAPTURE_FAILED (6010)   |");
    assert_eq!(format!("{:>20}|", Category::Audio), format!("{:>20}|", Category::Audio.title()));
    let reason = ErrorCode::AudioCaptureFailed.reason(3).expect("reason 3");
    assert_eq!(format!("{reason:-<50}"), format!("{:-<50}", reason.to_string()));
    assert_eq!(format!("{:>20}", AudioCaptureFailedReason::DeviceInUse), "   DEVICE_IN_USE (3)");
    let unknown = ErrorCode::try_from(1_234_567).expect_err("unknown");
    assert_eq!(format!("{unknown:>35}|"), format!("{:>35}|", "unknown error code 1234567"));
    let unknown = "NOPE".parse::<ErrorCode>().expect_err("unknown");
    assert_eq!(format!("{unknown:_<35}"), format!("{:_<35}", "unknown error code name \"NOPE\""));
}

/// `std::error::Error::description` is deprecated and takes `&self`; with the
/// trait in scope, the catalogue's `description` must still be the one called,
/// on a value and on a reference.
#[test]
#[allow(unused_imports, reason = "the import is the point: it must not change which method is called")]
fn description_is_the_catalogue_text_with_std_error_in_scope() {
    use std::error::Error;

    let catalogue = shipped_catalogue();
    for code in ErrorCode::ALL {
        let expected = entry_of(&catalogue, *code).description.as_deref();
        let by_ref: Option<&str> = code.description();
        assert_eq!(by_ref, expected);
        let by_value: Option<&str> = (*code).description();
        assert_eq!(by_value, expected);
    }
    let boxed: Box<dyn Error> = Box::new(ErrorCode::AudioCaptureFailed);
    assert_eq!(boxed.to_string(), "AUDIO_CAPTURE_FAILED (6010)");
}

#[test]
fn reasons_are_found_by_name() {
    let catalogue = shipped_catalogue();
    for entry in &catalogue.errors {
        let code = ErrorCode::from_code(entry.code).expect("in the crate");
        for reason in &entry.reasons {
            let found = code.reason_named(&reason.name).expect("by name");
            assert_eq!(found.code(), reason.code);
            assert_eq!(Reason::from_names(&entry.name, &reason.name), Some(found));
            assert_eq!(format!("{}.{}", entry.name, reason.name).parse::<Reason>(), Ok(found));
        }
        assert_eq!(code.reason_named("NOT_A_REASON"), None);
    }
    for text in ["DEVICE_IN_USE", "AUDIO_CAPTURE_FAILED", "AUDIO_CAPTURE_FAILED.", "OPERATION_TIMEOUT.DEVICE_IN_USE"] {
        let error = text.parse::<Reason>().expect_err(text);
        assert_eq!(error.to_string(), format!("unknown reason {text:?}"));
    }
}

/// The reason enums of single codes are exhaustive: this `match` has no `_`
/// arm and compiles only if every variant is listed.
#[test]
fn a_codes_reason_enum_matches_without_a_wildcard() {
    let numbers: Vec<u32> = AudioCaptureFailedReason::ALL
        .iter()
        .map(|reason| match reason {
            AudioCaptureFailedReason::PermissionDeniedByUser => 1,
            AudioCaptureFailedReason::PermissionDeniedBySystem => 2,
            AudioCaptureFailedReason::DeviceInUse => 3,
            AudioCaptureFailedReason::NoDeviceFound => 4,
            AudioCaptureFailedReason::Unknown => 5,
            AudioCaptureFailedReason::ConstraintViolation => 6,
            AudioCaptureFailedReason::PermissionDismissedByUser => 7,
        })
        .collect();
    assert_eq!(numbers, (1..=7).collect::<Vec<_>>());
}
