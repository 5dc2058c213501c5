//! The generated crate's payload types on objects shaped exactly as the
//! SDK's bundle builds them: `{ type, reason, errorCode, ...rest }` with the
//! failing step's number moved into `subCode`
//! (`Object.assign(rest, { subCode })`), for the audio capture failure and
//! the camera errors alike. The codes are picked from the catalogue by what
//! they have (numbered reasons, a description or none), not by number.

use video_sdk_error_codes::{ErrorCode, ErrorPayload, ErrorType, KnownErrorPayload};

fn parse(json: &str) -> ErrorPayload {
    serde_json::from_str(json).unwrap_or_else(|error| panic!("{json}: {error}"))
}

fn with_reasons() -> ErrorCode {
    ErrorCode::ALL.iter().copied().find(|code| !code.reasons().is_empty()).expect("a code with numbered reasons")
}

fn unknown() -> u32 {
    (7000..).find(|&number| ErrorCode::from_code(number).is_none()).unwrap()
}

#[test]
fn a_rejection_with_a_numbered_reason_resolves_it_and_describes_it_whole() {
    let code = with_reasons();
    let description = code.description().expect("a code with numbered reasons has a description");
    for &reason in code.reasons() {
        // The audio path: the failing step's own type becomes `reason`, its
        // errorCode becomes `subCode`.
        let json = format!(
            r#"{{"type": "INSUFFICIENT_PRIVILEGES", "reason": "USER_FORBIDDEN_MICROPHONE", "errorCode": {}, "subCode": {}}}"#,
            code.code(),
            reason.code()
        );
        let payload = parse(&json);
        assert_eq!(payload.sub_code, Some(reason.code()));
        assert_eq!(payload.reason(), Some(reason));
        assert_eq!(payload.error_type(), Some(ErrorType::InsufficientPrivileges));
        let shown = payload.describe();
        assert_eq!((shown.error_code, shown.code, shown.reason), (code.code(), Some(code), Some(reason)));
        assert_eq!((shown.name, shown.category), (Some(code.name()), Some(code.category())));
        assert!(shown.is_known());
        let expected = if description.ends_with(':') {
            format!("{description} {}", reason.description())
        } else {
            description.to_owned()
        };
        assert_eq!(shown.text, expected);
        assert_eq!(shown.to_string(), expected);
        // Back to JSON in the SDK's order, subCode last.
        let written = serde_json::to_string(&payload).unwrap();
        assert!(
            written.ends_with(&format!(r#""errorCode":{},"subCode":{}}}"#, code.code(), reason.code())),
            "{written}"
        );
        assert_eq!(parse(&written), payload);
    }
    // A number the code does not list: kept, resolves to nothing, and the
    // SDK's own words complete the description.
    let unlisted = code.reasons().iter().map(|reason| reason.code()).max().unwrap() + 1;
    let payload =
        parse(&format!(r#"{{"reason": "DEVICE_GONE", "errorCode": {}, "subCode": {unlisted}}}"#, code.code()));
    assert_eq!((payload.sub_code, payload.reason()), (Some(unlisted), None));
    if description.ends_with(':') {
        assert_eq!(payload.describe().text, format!("{description} DEVICE_GONE"));
    }
}

#[test]
fn a_camera_style_rejection_keeps_its_own_type_and_number() {
    // The camera errors set `type` to the failing step's type, which the
    // SDK's ErrorTypes does not list, and carry its number in subCode.
    let code = ErrorCode::ALL.iter().copied().find(|code| code.reasons().is_empty()).unwrap();
    let json = format!(r#"{{"subCode": 3, "errorCode": {}, "type": "CAN_NOT_DETECT_CAMERA"}}"#, code.code());
    let payload = parse(&json);
    assert_eq!(payload.r#type.as_deref(), Some("CAN_NOT_DETECT_CAMERA"));
    assert_eq!(payload.error_type(), None);
    assert_eq!((payload.sub_code, payload.reason()), (Some(3), None));
    let shown = payload.describe();
    assert_eq!(shown.reason, None);
    assert!(!shown.text.is_empty());
}

#[test]
fn the_text_is_never_empty() {
    // No description, no reason: a line naming the code.
    let bare = ErrorCode::ALL.iter().copied().find(|code| code.description().is_none()).expect("a code without text");
    let payload = parse(&format!(r#"{{"type": "INTERNAL_ERROR", "reason": "", "errorCode": {}}}"#, bare.code()));
    assert_eq!(payload.describe().text, format!("{} ({})", bare.name(), bare.code()));
    let payload = parse(&format!(r#"{{"reason": "  ", "errorCode": {}}}"#, bare.code()));
    assert_eq!(payload.describe().text, format!("{} ({})", bare.name(), bare.code()), "blank is no reason");
    // ... or the SDK's reason when there is one.
    let payload = parse(&format!(r#"{{"reason": "service unavailable", "errorCode": {}}}"#, bare.code()));
    assert_eq!(payload.describe().text, "service unavailable");

    // A description that does not point at a reason stands alone.
    let plain = ErrorCode::ALL
        .iter()
        .copied()
        .find(|code| code.description().is_some_and(|text| !text.ends_with(':')))
        .unwrap();
    let payload = parse(&format!(r#"{{"reason": "ignored", "errorCode": {}}}"#, plain.code()));
    assert_eq!(payload.describe().text, plain.description().unwrap());

    // A description ending with ':' and nothing to complete it.
    if let Some(pointing) =
        ErrorCode::ALL.iter().copied().find(|code| code.description().is_some_and(|text| text.ends_with(':')))
    {
        let payload = parse(&format!(r#"{{"errorCode": {}}}"#, pointing.code()));
        assert_eq!(payload.describe().text, pointing.description().unwrap());
    }

    // A code this version does not know.
    let unknown = unknown();
    let payload = parse(&format!(r#"{{"type": "NEW_KIND", "reason": "from a newer SDK", "errorCode": {unknown}}}"#));
    let shown = payload.describe();
    assert_eq!((shown.code, shown.name, shown.category, shown.reason), (None, None, None, None));
    assert!(!shown.is_known());
    assert_eq!(shown.text, "from a newer SDK");
    assert_eq!(parse(&format!(r#"{{"errorCode": {unknown}}}"#)).describe().text, format!("Error code {unknown}"));
}

#[test]
fn the_strict_payload_refuses_unknown_codes_and_names() {
    let code = with_reasons();
    let json =
        format!(r#"{{"type": "INVALID_OPERATION", "errorCode": {}.0, "subCode": 1, "extra": [1]}}"#, code.code());
    let known: KnownErrorPayload = serde_json::from_str(&json).expect("a known code, written as 6010.0");
    assert_eq!(known.code(), code);
    assert_eq!(known.payload().sub_code, Some(1));
    assert_eq!(serde_json::to_value(&known).unwrap(), serde_json::to_value(known.payload()).unwrap());
    assert_eq!(KnownErrorPayload::try_from(known.clone().into_payload()), Ok(known.clone()));
    assert_eq!(ErrorPayload::from(known.clone()), known.into_payload());

    let unknown = unknown();
    let error = serde_json::from_str::<KnownErrorPayload>(&format!(r#"{{"errorCode": {unknown}}}"#)).unwrap_err();
    assert!(
        error.to_string().starts_with(&format!(
            "invalid value: integer `{unknown}`, expected an error code of the catalogue in `errorCode`"
        )),
        "{error}"
    );
    assert_eq!(KnownErrorPayload::try_from(ErrorPayload::new(unknown)).unwrap_err().code(), unknown);
    // A name is an ErrorCode to serde, but not an errorCode to the schema.
    let by_name = format!(r#"{{"errorCode": "{}"}}"#, code.name());
    assert_eq!(serde_json::from_str::<ErrorCode>(&format!("\"{}\"", code.name())).unwrap(), code);
    assert!(serde_json::from_str::<KnownErrorPayload>(&by_name).is_err());
}

#[test]
fn error_types_are_the_catalogues_and_parse_by_name() {
    let catalogue = tests::shipped_catalogue();
    let names: Vec<&str> = ErrorType::ALL.iter().map(|error_type| error_type.name()).collect();
    assert_eq!(names, catalogue.error_types);
    for &error_type in ErrorType::ALL {
        assert_eq!(ErrorType::from_name(error_type.name()), Some(error_type));
        assert_eq!(error_type.name().parse::<ErrorType>(), Ok(error_type));
        assert_eq!(error_type.to_string(), error_type.name());
    }
    assert_eq!(format!("[{:>25}]", ErrorType::InvalidOperation), "[        INVALID_OPERATION]");
    let error = "invalid_operation".parse::<ErrorType>().unwrap_err();
    assert_eq!(error.to_string(), "unknown error type \"invalid_operation\"");
    assert_eq!(ErrorType::from_name("CAN_NOT_DETECT_CAMERA"), None);
}
