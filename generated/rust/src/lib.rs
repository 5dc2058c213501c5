// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.
// The items live in error_codes.rs, printed by prettyplease; rustfmt skips that
// file because its layout is not rustfmt's. This file prints the same either way.
//! Error codes and troubleshooting: the error codes of the catalogue, as Rust enums.
//!
//! See the following table for a list of common error codes, descriptions, and troubleshooting suggestions.
//!
//! [`ErrorCode`] has one variant per code, with the code as its discriminant, and knows its
//! name, description, [`Category`], the SDK methods that raise it and its notes. Codes with
//! numbered reasons have an enum of them, reached through [`ErrorCode::reason`] as a [`Reason`].
//! Lookups are `const fn` where Rust allows it; the crate is `no_std`, needs no allocator and
//! has no dependencies.
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
//! ```
//!
//! # Features
//!
//! - `serde`: [`ErrorCode`] and the reason enums serialize as their number and deserialize
//!   from their number or their `SCREAMING_SNAKE_CASE` name; [`Category`] serializes as its id.
//!   Unknown values are rejected with an error that names them.
#![no_std]
#![forbid(unsafe_code)]
#![allow(clippy::doc_markdown, reason = "the docs quote the catalogue's prose")]
#[rustfmt::skip]
mod error_codes;
pub use error_codes::*;
