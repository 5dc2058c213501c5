// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.
// The items live in error_codes.rs, printed by prettyplease; rustfmt skips that
// file because its layout is not rustfmt's. This file prints the same either way.
//! The error codes of the Zoom Video SDK for web 2.5.0, as Rust enums: the numbers the SDK reports in the `errorCode` field
//! of the object it rejects a failed call with, with everything the catalogue "Error codes and troubleshooting" says
//! about them.
//!
//! Add it with `cargo add video-sdk-error-codes`; its README says how to pin a release tag instead.
//!
//! [`ErrorCode`] has one variant per code, with the code as its discriminant, and knows its
//! name, description, [`Category`], the SDK methods that raise it and its notes. Codes with
//! numbered reasons have an enum of them, reached through [`ErrorCode::reason`] as a [`Reason`].
//! Lookups are `const fn` where Rust allows it; the crate is `no_std`, needs no allocator and,
//! without its optional features, has no dependencies.
//!
//! # Examples
//!
//! ```
//! use video_sdk_error_codes::{Category, ErrorCode};
//!
//! let code = ErrorCode::from_code(6010).expect("6010 is in the catalogue");
//! assert_eq!(code, ErrorCode::AudioCaptureFailed);
//! assert_eq!(code.code(), 6010);
//! assert_eq!(code.name(), "AUDIO_CAPTURE_FAILED");
//! assert_eq!(code.category(), Category::Audio);
//! assert!(code.category().codes().contains(&code));
//! assert_eq!(code.to_string(), "AUDIO_CAPTURE_FAILED (6010)");
//!
//! // Conversions both ways, by number and by name.
//! assert_eq!(u32::from(code), 6010);
//! assert_eq!(ErrorCode::try_from(6010), Ok(code));
//! assert_eq!(ErrorCode::from_name("AUDIO_CAPTURE_FAILED"), Some(code));
//! assert_eq!("AUDIO_CAPTURE_FAILED".parse::<ErrorCode>(), Ok(code));
//! assert_eq!(ErrorCode::from_code(0), None);
//! assert!("NOT_IN_THE_CATALOGUE".parse::<ErrorCode>().is_err());
//!
//! // Width, fill and alignment apply to the whole text.
//! assert_eq!(format!("[{code:>29}]"), "[  AUDIO_CAPTURE_FAILED (6010)]");
//! ```
//!
//! Numbered reasons:
//!
//! ```
//! use video_sdk_error_codes::{AudioCaptureFailedReason, ErrorCode, Reason};
//!
//! let reason = ErrorCode::AudioCaptureFailed.reason(1).expect("a numbered reason");
//! assert_eq!(reason, Reason::AudioCaptureFailed(AudioCaptureFailedReason::PermissionDeniedByUser));
//! assert_eq!(reason.name(), "PERMISSION_DENIED_BY_USER");
//! assert_eq!(reason.error_code(), ErrorCode::AudioCaptureFailed);
//! assert_eq!(AudioCaptureFailedReason::from_code(1), Some(AudioCaptureFailedReason::PermissionDeniedByUser));
//! assert_eq!(AudioCaptureFailedReason::ERROR_CODE, ErrorCode::AudioCaptureFailed);
//!
//! // By name, within the code or qualified by it.
//! assert_eq!(ErrorCode::AudioCaptureFailed.reason_named("PERMISSION_DENIED_BY_USER"), Some(reason));
//! assert_eq!("AUDIO_CAPTURE_FAILED.PERMISSION_DENIED_BY_USER".parse::<Reason>(), Ok(reason));
//! ```
//!
//! # Reading the SDK's error object
//!
//! With the features `serde` and `alloc`, the object the SDK rejects a failed call with
//! deserializes into `ErrorPayload` (any code) or `KnownErrorPayload` (a code of the
//! catalogue), as the JSON Schema's `AnyErrorPayload` and `ErrorPayload` validate it:
//!
//! ```
//! # #[cfg(all(feature = "serde", feature = "alloc"))] {
//! use video_sdk_error_codes::{ErrorCode, ErrorPayload, ErrorType, KnownErrorPayload};
//!
//! let json = r#"{"type": "INVALID_OPERATION", "reason": "as the SDK words it", "errorCode": 6010, "subCode": 1}"#;
//! let payload: ErrorPayload = serde_json::from_str(json).expect("an error payload");
//! assert_eq!(payload.code(), Some(ErrorCode::AudioCaptureFailed));
//! assert_eq!(payload.error_type(), Some(ErrorType::InvalidOperation));
//! assert_eq!(payload.reason(), ErrorCode::AudioCaptureFailed.reason(1));
//!
//! // What a UI or a log shows: never empty.
//! let description = payload.describe();
//! assert_eq!(description.code, Some(ErrorCode::AudioCaptureFailed));
//! println!("{description}");
//!
//! // A code from a newer SDK: kept by ErrorPayload, refused by KnownErrorPayload.
//! let newer = r#"{"type": "A_NEWER_KIND", "errorCode": 8206}"#;
//! let payload: ErrorPayload = serde_json::from_str(newer).expect("any code is kept");
//! assert_eq!((payload.error_code, payload.code()), (8206, None));
//! assert!(serde_json::from_str::<KnownErrorPayload>(newer).is_err());
//! # }
//! ```
//!
//! # Codes this version does not know
//!
//! A client on a newer SDK reports codes added after this version of the crate.
//! [`ErrorCode::from_code`] returns `None` for them and the `serde` impl of [`ErrorCode`]
//! rejects them, since an [`ErrorCode`] is always a code of the catalogue. To read reports,
//! deserialize `ErrorPayload` (features `serde` and `alloc`): it keeps any `errorCode`
//! number, and its `code()` is `None` for an unknown one, so one new code does not make
//! a batch of reports fail to parse.
//!
//! # Numbers and names in `serde`
//!
//! A code deserializes from any number JSON Schema counts an integer (`6010`, `6010.0`,
//! `6.01e3`), as the schema validates it. [`ErrorCode`] also reads a code's name, as
//! `$defs/ErrorCode` and `$defs/ErrorName` together do; the payload types read a number
//! only, as the schema's payloads do.
//!
//! # Which enums may grow
//!
//! [`ErrorCode`], [`Category`] and [`Reason`] are `#[non_exhaustive]`: a minor version may
//! add codes, sections and codes with numbered reasons, so a `match` needs a `_` arm. The
//! enum of one code's numbered reasons is exhaustive: that list is the SDK's, and a new
//! reason for an existing code is a breaking change of the crate.
//!
//! # `description()`
//!
//! Every output names the catalogue text `description`. [`ErrorCode`] also implements
//! `std::error::Error`, whose deprecated `description` takes `&self`; so does
//! [`ErrorCode::description`], so method resolution always picks the catalogue text, also
//! on a `&ErrorCode` with the trait in scope.
//!
//! # Features
//!
//! - `serde`: [`ErrorCode`] and the reason enums serialize as their number and deserialize
//!   from their number or their `SCREAMING_SNAKE_CASE` name; [`Category`] serializes as its
//!   id; [`Reason`] as `ERROR_NAME.REASON_NAME`. Unknown values are rejected with an error
//!   that names them.
//! - `alloc` (with `serde`): `ErrorPayload`, the SDK's error object, which keeps unknown codes;
//!   `KnownErrorPayload`, which refuses them; `Description`, what to show for one. [`ErrorType`],
//!   the SDK's names for kinds of failure, needs no feature.
#![no_std]
#![forbid(unsafe_code)]
#![allow(clippy::doc_markdown, reason = "the docs quote the catalogue's prose")]
#[cfg(feature = "alloc")]
extern crate alloc;
#[rustfmt::skip]
mod error_codes;
pub use error_codes::*;
#[cfg(all(feature = "serde", feature = "alloc"))]
pub use error_codes::{Description, ErrorPayload, KnownErrorPayload};
