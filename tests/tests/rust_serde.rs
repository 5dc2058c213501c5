//! The generated crate's `serde` feature: a code serializes as its number and
//! deserializes from its number or its name; unknown values fail with an
//! error that shows them.

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use video_sdk_error_codes::{AudioCaptureFailedReason, Category, ErrorCode};

#[test]
fn every_code_serializes_as_its_number_and_reads_back_both_ways() {
    for &code in ErrorCode::ALL {
        let json = serde_json::to_string(&code).expect("serializes");
        assert_eq!(json, code.code().to_string());
        assert_eq!(serde_json::from_str::<ErrorCode>(&json).expect("number"), code);
        let by_name = serde_json::to_string(code.name()).expect("a JSON string");
        assert_eq!(serde_json::from_str::<ErrorCode>(&by_name).expect("name"), code);
        assert_eq!(serde_json::from_value::<ErrorCode>(serde_json::json!(code.code())).expect("value"), code);
    }
    let all: Vec<ErrorCode> = serde_json::from_str(&serde_json::to_string(ErrorCode::ALL).unwrap()).unwrap();
    assert_eq!(all, ErrorCode::ALL);
}

#[test]
fn unknown_codes_fail_with_a_clear_error() {
    let unused = (0..).find(|&number| ErrorCode::from_code(number).is_none()).unwrap();
    for (input, shown) in [
        (unused.to_string(), format!("invalid value: integer `{unused}`")),
        ("-1".to_owned(), "invalid value: integer `-1`".to_owned()),
        ("4294967296".to_owned(), "invalid value: integer `4294967296`".to_owned()),
        ("\"NOT_A_CODE\"".to_owned(), "invalid value: string \"NOT_A_CODE\"".to_owned()),
        ("\"audio_capture_failed\"".to_owned(), "invalid value: string \"audio_capture_failed\"".to_owned()),
        ("\"6010\"".to_owned(), "invalid value: string \"6010\"".to_owned()),
        ("60.1".to_owned(), "invalid value: floating point `60.1`".to_owned()),
        ("1e400".to_owned(), "number out of range".to_owned()),
        ("null".to_owned(), "invalid type: null".to_owned()),
    ] {
        let error = serde_json::from_str::<ErrorCode>(&input).expect_err(&input).to_string();
        assert!(error.starts_with(&shown), "{input}: {error}");
        assert!(shown.starts_with("number") || error.contains("expected an error code of the catalogue"), "{error}");
    }
}

/// As the schema's `$defs/ErrorCode` does, a code reads from any number
/// without a fractional part, however it is written.
#[test]
fn a_code_reads_from_a_number_json_schema_counts_an_integer() {
    for &code in ErrorCode::ALL {
        let number = code.code();
        for text in [format!("{number}.0"), format!("{number}e0"), format!("{}e1", f64::from(number) / 10.0)] {
            assert_eq!(serde_json::from_str::<ErrorCode>(&text).expect(&text), code, "{text}");
        }
    }
    let reason = AudioCaptureFailedReason::ALL[0];
    assert_eq!(serde_json::from_str::<AudioCaptureFailedReason>(&format!("{}.0", reason.code())).unwrap(), reason);
}

#[test]
fn reasons_serialize_as_their_number_and_read_back_both_ways() {
    for &reason in AudioCaptureFailedReason::ALL {
        let json = serde_json::to_string(&reason).unwrap();
        assert_eq!(json, reason.code().to_string());
        assert_eq!(serde_json::from_str::<AudioCaptureFailedReason>(&json).unwrap(), reason);
        let by_name = format!("\"{}\"", reason.name());
        assert_eq!(serde_json::from_str::<AudioCaptureFailedReason>(&by_name).unwrap(), reason);
    }
    let error = serde_json::from_str::<AudioCaptureFailedReason>("8").unwrap_err().to_string();
    assert!(error.starts_with("invalid value: integer `8`, expected a reason of AUDIO_CAPTURE_FAILED"), "{error}");
}

#[test]
fn categories_serialize_as_their_id() {
    for &category in Category::ALL {
        let json = serde_json::to_string(&category).unwrap();
        assert_eq!(json, format!("\"{}\"", category.id()));
        assert_eq!(serde_json::from_str::<Category>(&json).unwrap(), category);
    }
    let error = serde_json::from_str::<Category>("\"nowhere\"").unwrap_err().to_string();
    assert!(error.starts_with("invalid value: string \"nowhere\", expected the id of a category"), "{error}");
    assert!(serde_json::from_str::<Category>("1").is_err());
}

/// A deserializer for a compact binary format: it holds a `u32`, is not
/// human-readable and cannot describe itself, so `deserialize_any` fails.
struct Compact(u32);

#[derive(Debug)]
struct CompactError(String);

impl std::fmt::Display for CompactError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl std::error::Error for CompactError {}

impl de::Error for CompactError {
    fn custom<T: std::fmt::Display>(message: T) -> Self {
        Self(message.to_string())
    }
}

impl<'de> Deserializer<'de> for Compact {
    type Error = CompactError;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(CompactError("this format is not self-describing".to_owned()))
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_u32(self.0)
    }

    fn is_human_readable(&self) -> bool {
        false
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u64 u128 f32 f64 char str string bytes byte_buf option unit unit_struct
        newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

#[test]
fn compact_formats_read_the_number_without_asking_the_format_to_describe_itself() {
    for &code in ErrorCode::ALL {
        assert_eq!(ErrorCode::deserialize(Compact(code.code())).unwrap(), code);
    }
    let unused = (0..).find(|&number| ErrorCode::from_code(number).is_none()).unwrap();
    let error = ErrorCode::deserialize(Compact(unused)).unwrap_err().to_string();
    assert!(error.starts_with(&format!("invalid value: integer `{unused}`")), "{error}");
    assert_eq!(AudioCaptureFailedReason::deserialize(Compact(3)).unwrap(), AudioCaptureFailedReason::ALL[2]);
}

/// A batch of reports from clients on several SDK versions: one unknown code
/// does not fail the batch, and `code()` tells it apart.
#[test]
fn a_batch_with_an_unknown_code_still_parses() {
    use video_sdk_error_codes::ErrorPayload;

    let unused = (7000..).find(|&number| ErrorCode::from_code(number).is_none()).unwrap();
    let batch = format!(
        r#"[
            {{"type": "INVALID_OPERATION", "reason": "Permission denied by user", "errorCode": 6010}},
            {{"errorCode": {unused}, "type": "NEW_KIND", "addedLater": {{"x": [1, 2]}}}},
            {{"errorCode": 1}}
        ]"#
    );
    let payloads: Vec<ErrorPayload> = serde_json::from_str(&batch).expect("the batch parses");
    assert_eq!(payloads.len(), 3);
    assert_eq!(payloads[0].code(), Some(ErrorCode::AudioCaptureFailed));
    assert_eq!(payloads[0].r#type.as_deref(), Some("INVALID_OPERATION"));
    assert_eq!(payloads[0].reason.as_deref(), Some("Permission denied by user"));
    assert_eq!(payloads[1].error_code, unused);
    assert_eq!(payloads[1].code(), None);
    assert_eq!(payloads[1].r#type.as_deref(), Some("NEW_KIND"));
    assert_eq!(payloads[2].code(), Some(ErrorCode::OperationTimeout));
    assert_eq!(payloads[2].reason, None);

    // Back to JSON: absent fields stay absent, the unknown number is kept.
    let json = serde_json::to_value(&payloads).expect("serializes");
    assert_eq!(
        json,
        serde_json::json!([
            {"type": "INVALID_OPERATION", "reason": "Permission denied by user", "errorCode": 6010},
            {"type": "NEW_KIND", "errorCode": unused},
            {"errorCode": 1}
        ])
    );
    let again: Vec<ErrorPayload> = serde_json::from_value(json).expect("reads back");
    assert_eq!(again, payloads);
}

/// What the schema rejects, the payload rejects, with the reason.
#[test]
fn a_payload_without_a_numeric_code_is_rejected() {
    use video_sdk_error_codes::ErrorPayload;

    for (input, shown) in [
        (r#"{"errorCode": "6010"}"#, "invalid type: string \"6010\", expected an unsigned 32-bit integer"),
        (r#"{"errorCode": "AUDIO_CAPTURE_FAILED"}"#, "invalid type: string \"AUDIO_CAPTURE_FAILED\""),
        (r#"{"type": "INVALID_OPERATION"}"#, "missing field `errorCode`"),
        (r#"{"errorCode": -1}"#, "invalid value: integer `-1`"),
        (r#"{"errorCode": 6010.5}"#, "invalid value: floating point `6010.5`"),
        (r#"{"errorCode": 4294967296}"#, "invalid value: integer `4294967296`"),
        (r#"{"errorCode": 6010, "subCode": "1"}"#, "invalid type: string \"1\", expected an unsigned 32-bit"),
        (r#"{"errorCode": 6010, "subCode": null}"#, "invalid type: null, expected an unsigned 32-bit integer"),
        (r#"{"errorCode": 6010, "subCode": 1, "subCode": 2}"#, "duplicate field `subCode`"),
        (r#"{"errorCode": 6010, "type": 3}"#, "invalid type: integer `3`, expected a string"),
        (r#"{"errorCode": 6010, "reason": null}"#, "invalid type: null, expected a string"),
        (r#"{"errorCode": 6010, "errorCode": 1}"#, "duplicate field `errorCode`"),
        ("[6010]", "invalid type: sequence, expected an error payload"),
    ] {
        let error = serde_json::from_str::<ErrorPayload>(input).expect_err(input).to_string();
        assert!(error.starts_with(shown), "{input}: {error}");
    }
    // In a batch, the malformed report names its place.
    let error = serde_json::from_str::<Vec<ErrorPayload>>(r#"[{"errorCode": 6010}, {"errorCode": "6010"}]"#)
        .expect_err("a string code")
        .to_string();
    assert!(error.contains("line 1 column"), "{error}");
}

#[test]
fn reasons_serialize_as_qualified_names() {
    use video_sdk_error_codes::Reason;

    for &reason in AudioCaptureFailedReason::ALL {
        let reason = Reason::from(reason);
        let json = serde_json::to_string(&reason).expect("serializes");
        assert_eq!(json, format!("\"AUDIO_CAPTURE_FAILED.{}\"", reason.name()));
        assert_eq!(serde_json::from_str::<Reason>(&json).expect("reads back"), reason);
    }
    let error = serde_json::from_str::<Reason>("\"AUDIO_CAPTURE_FAILED.NOPE\"").expect_err("unknown").to_string();
    assert!(error.starts_with("invalid value: string \"AUDIO_CAPTURE_FAILED.NOPE\""), "{error}");
}
