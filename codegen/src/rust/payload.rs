//! The SDK's error object in the generated crate: `ErrorType` (the SDK's
//! names for kinds of failure), `ErrorPayload` (any code, what a receiver
//! reads), `KnownErrorPayload` (a code of the catalogue, the schema's strict
//! root) and `Description` (what to show for one). Tokens for `code.rs`,
//! printed by prettyplease with the rest of the code.
//!
//! `type` stays the string the SDK sent, and `ErrorType` is read from it on
//! demand (`ErrorPayload::error_type`), rather than a field of an enum with
//! an `Other(String)` variant: the SDK's camera errors carry types of their
//! own and a newer SDK may add some, and with such a variant a type that a
//! later version of the crate lists would move from `Other("X")` to `X`,
//! silently changing what a `match` written against the older version does.
//! `ErrorType` itself is `#[non_exhaustive]` and needs no feature.
//!
//! Numbers are read as JSON Schema reads an `integer`: any number without a
//! fractional part, however it is written (`6010`, `6010.0`, `6.01e3`,
//! `-0`), so that the Rust types and the schema give a payload the same
//! verdict (`tests/data/payload-corpus.txt`).
//!
//! The payload types hold owned strings (a JSON string with escapes cannot
//! be borrowed), so they need `alloc` as well as `serde`; the crate stays
//! allocator-free without them. Their serde impls are written out rather
//! than derived, which keeps `serde_derive` (a proc-macro build) out of the
//! dependencies. rustdoc's `doc(cfg)` still needs a nightly toolchain, so
//! each type says in its first paragraph which features it needs.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use crate::model::{Catalogue, upper_camel};

/// Every payload item, in the order they appear in the file.
pub(super) fn payload_items(catalogue: &Catalogue) -> TokenStream {
    let error_type = error_type_items(catalogue);
    let numbers = schema_integer_items();
    let payload = error_payload_items();
    let known = known_error_payload_items();
    let description = description_items();
    quote! {
        #error_type
        #numbers
        #payload
        #known
        #description
    }
}

/// `ErrorType`: one variant per name of `[catalogue] error_types`.
fn error_type_items(catalogue: &Catalogue) -> TokenStream {
    let names = &catalogue.error_types;
    let variants: Vec<_> = names.iter().map(|name| ident(&upper_camel(name))).collect();
    let docs = names.iter().map(|name| format!("`{name}`."));
    let all = variants.iter().map(|variant| quote!(Self::#variant));
    let name_arms = variants.iter().zip(names).map(|(variant, name)| quote!(Self::#variant => #name,));
    quote! {
        /// The SDK's name for a kind of failure, as a payload's `type` holds it: the SDK's
        /// `ErrorTypes`.
        ///
        /// `ErrorPayload` (features `serde` and `alloc`) keeps `type` as the string it received,
        /// and `ErrorPayload::error_type` reads it as one of these: a payload may carry a type
        /// this version does not list (the SDK's camera errors use types of their own, and a
        /// newer SDK may add some). `#[non_exhaustive]`: a minor version may add types.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum ErrorType {
            #(
                #[doc = #docs]
                #variants,
            )*
        }

        impl ErrorType {
            /// Every error type, in the SDK's order.
            pub const ALL: &'static [Self] = &[#(#all),*];

            /// The name, as the SDK writes it in `type`.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    #(#name_arms)*
                }
            }

            /// The error type with this name (exact match), if this version lists it.
            #[must_use]
            pub fn from_name(name: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|error_type| error_type.name() == name)
            }
        }

        /// The name, e.g. `INVALID_OPERATION`; width, fill and alignment apply.
        impl fmt::Display for ErrorType {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.pad(self.name())
            }
        }

        impl FromStr for ErrorType {
            type Err = UnknownName;

            fn from_str(name: &str) -> Result<Self, Self::Err> {
                Self::from_name(name).ok_or_else(|| UnknownName::new("error type", name))
            }
        }
    }
}

/// How the payload types read a number: as the JSON Schema's `integer`.
fn schema_integer_items() -> TokenStream {
    quote! {
        /// `value` as an unsigned 32-bit integer when it has no fractional part and is in
        /// range (`-0.0` is 0), as JSON Schema counts a number such as `6010.0` or `6.01e3`
        /// an integer; `None` otherwise (NaN and the infinities too).
        #[cfg(feature = "serde")]
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::float_cmp,
            reason = "the value is in range, and converting it back must give it exactly"
        )]
        fn integral_u32(value: f64) -> Option<u32> {
            if !(0.0..=f64::from(u32::MAX)).contains(&value) {
                return None;
            }
            let integer = value as u32;
            (f64::from(integer) == value).then_some(integer)
        }

        /// A payload's `errorCode` or `subCode`: an unsigned 32-bit integer, read from any
        /// number JSON Schema counts an integer (see [`integral_u32`]).
        #[cfg(all(feature = "serde", feature = "alloc"))]
        struct SchemaInteger(u32);

        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl<'de> serde::Deserialize<'de> for SchemaInteger {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl serde::de::Visitor<'_> for Visitor {
                    type Value = SchemaInteger;

                    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                        formatter.write_str("an unsigned 32-bit integer")
                    }

                    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<SchemaInteger, E> {
                        u32::try_from(value)
                            .map(SchemaInteger)
                            .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(value), &self))
                    }

                    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<SchemaInteger, E> {
                        u32::try_from(value)
                            .map(SchemaInteger)
                            .map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(value), &self))
                    }

                    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<SchemaInteger, E> {
                        integral_u32(value)
                            .map(SchemaInteger)
                            .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Float(value), &self))
                    }
                }

                deserializer.deserialize_u32(Visitor)
            }
        }
    }
}

fn error_payload_items() -> TokenStream {
    quote! {
        /// The object the SDK rejects a failed call with, as its bundle builds it:
        /// `{ "type": "...", "reason": "...", "errorCode": 6010, "subCode": 1 }`, as the JSON
        /// Schema's lenient `AnyErrorPayload` describes it. Available with the crate features
        /// `serde` and `alloc`.
        ///
        /// `error_code` keeps the number as received, in the catalogue or not: a client
        /// on a newer SDK reports codes this version does not list, and one such report
        /// must not make a whole batch fail to parse. [`ErrorPayload::code`] is `None`
        /// for such a code; [`KnownErrorPayload`] is the strict form, which refuses it.
        ///
        /// `errorCode` and `subCode` are read as JSON Schema reads an integer: any number
        /// without a fractional part (`6010`, `6010.0`, `6.01e3`), from 0 to 4294967295.
        /// A payload without `errorCode`, or whose `errorCode` or `subCode` is anything
        /// else (a string such as `"6010"`, a name, a negative or fractional number,
        /// `null`), is rejected, as the schema rejects it; so is a `type` or `reason` that
        /// is not a string, and a field given twice (the schema's parsers would keep the
        /// last one, another reader the first: see `tests/data/payload-corpus.txt`).
        /// Other fields are ignored: SDK versions add some.
        #[cfg(all(feature = "serde", feature = "alloc"))]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub struct ErrorPayload {
            /// The `errorCode` field, as received.
            pub error_code: u32,
            /// The `type` field: the kind of failure, as the SDK names it; see
            /// [`ErrorPayload::error_type`].
            pub r#type: Option<alloc::string::String>,
            /// The `reason` field: the SDK's own explanation, free text.
            pub reason: Option<alloc::string::String>,
            /// The `subCode` field: the number the failing step below the call reported.
            /// For a code with numbered reasons it is the reason's number: see
            /// [`ErrorPayload::reason`].
            pub sub_code: Option<u32>,
        }

        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl ErrorPayload {
            /// A payload with this `errorCode` and no other field.
            #[must_use]
            pub const fn new(error_code: u32) -> Self {
                Self { error_code, r#type: None, reason: None, sub_code: None }
            }

            /// The error code, or `None` for a number this version of the catalogue does not know.
            #[must_use]
            pub const fn code(&self) -> Option<ErrorCode> {
                ErrorCode::from_code(self.error_code)
            }

            /// `type` as one of the SDK's error types, or `None` when it is absent or a type
            /// this version does not list (the string stays in [`ErrorPayload::type`]).
            #[must_use]
            pub fn error_type(&self) -> Option<ErrorType> {
                self.r#type.as_deref().and_then(ErrorType::from_name)
            }

            /// The numbered reason `subCode` names, for a code with numbered reasons (the
            /// catalogue's reason, not the SDK's `reason` text): `None` without `subCode`,
            /// for a code without numbered reasons or one this version does not know, and
            /// for a number the code does not list.
            #[must_use]
            pub const fn reason(&self) -> Option<Reason> {
                match (self.code(), self.sub_code) {
                    (Some(code), Some(sub_code)) => code.reason(sub_code),
                    _ => None,
                }
            }

            /// What to show for this payload in a UI or a log: what the catalogue knows of
            /// the code, and a text that is never empty.
            ///
            /// The text is the code's description; when it ends with a colon (it points at
            /// the reasons or details that follow it), it is completed with the numbered
            /// reason `subCode` names or else the SDK's `reason`. A code without a
            /// description, or one this version does not know, gets the SDK's `reason`;
            /// without one either, a line naming the code (`INTERNAL_ERROR (2)`, or
            /// `Error code 99999` for an unknown one). TypeScript's `describeError` gives the
            /// same text.
            #[must_use]
            pub fn describe(&self) -> Description {
                let code = self.code();
                let reason = self.reason();
                // A blank reason is no reason to show.
                let reported = self.reason.as_deref().filter(|text| !text.trim().is_empty());
                let detail = reason.map(Reason::description).or(reported);
                let text = match (code.and_then(|code| code.description()), detail) {
                    (Some(description), Some(detail)) if description.ends_with(':') => {
                        alloc::format!("{description} {detail}")
                    }
                    (Some(description), _) => description.into(),
                    (None, Some(detail)) => detail.into(),
                    (None, None) => match code {
                        Some(code) => alloc::format!("{} ({})", code.name(), code.code()),
                        None => alloc::format!("Error code {}", self.error_code),
                    },
                };
                Description {
                    error_code: self.error_code,
                    code,
                    name: code.map(ErrorCode::name),
                    category: code.map(ErrorCode::category),
                    reason,
                    text,
                }
            }
        }

        /// Writes `type` and `reason` only when present, then `errorCode`, then `subCode`
        /// when present: the SDK's order.
        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl serde::Serialize for ErrorPayload {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct as _;

                let len = 1
                    + usize::from(self.r#type.is_some())
                    + usize::from(self.reason.is_some())
                    + usize::from(self.sub_code.is_some());
                let mut payload = serializer.serialize_struct("ErrorPayload", len)?;
                if let Some(kind) = &self.r#type {
                    payload.serialize_field("type", kind)?;
                }
                if let Some(reason) = &self.reason {
                    payload.serialize_field("reason", reason)?;
                }
                payload.serialize_field("errorCode", &self.error_code)?;
                if let Some(sub_code) = &self.sub_code {
                    payload.serialize_field("subCode", sub_code)?;
                }
                payload.end()
            }
        }

        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl<'de> serde::Deserialize<'de> for ErrorPayload {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                enum Field {
                    Type,
                    Reason,
                    ErrorCode,
                    SubCode,
                    Other,
                }

                struct FieldVisitor;

                impl serde::de::Visitor<'_> for FieldVisitor {
                    type Value = Field;

                    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                        formatter.write_str("a field name")
                    }

                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Field, E> {
                        Ok(match value {
                            "type" => Field::Type,
                            "reason" => Field::Reason,
                            "errorCode" => Field::ErrorCode,
                            "subCode" => Field::SubCode,
                            _ => Field::Other,
                        })
                    }
                }

                impl<'de> serde::Deserialize<'de> for Field {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        deserializer.deserialize_identifier(FieldVisitor)
                    }
                }

                struct Visitor;

                impl<'de> serde::de::Visitor<'de> for Visitor {
                    type Value = ErrorPayload;

                    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                        formatter.write_str(
                            "an error payload: an object with `errorCode` and optional `type`, `reason` and `subCode`",
                        )
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<ErrorPayload, A::Error> {
                        use serde::de::Error as _;

                        let mut payload = ErrorPayload::new(0);
                        let mut error_code = None;
                        while let Some(field) = map.next_key::<Field>()? {
                            match field {
                                Field::Type if payload.r#type.is_some() => return Err(A::Error::duplicate_field("type")),
                                Field::Type => payload.r#type = Some(map.next_value()?),
                                Field::Reason if payload.reason.is_some() => {
                                    return Err(A::Error::duplicate_field("reason"));
                                }
                                Field::Reason => payload.reason = Some(map.next_value()?),
                                Field::ErrorCode if error_code.is_some() => {
                                    return Err(A::Error::duplicate_field("errorCode"));
                                }
                                Field::ErrorCode => error_code = Some(map.next_value::<SchemaInteger>()?.0),
                                Field::SubCode if payload.sub_code.is_some() => {
                                    return Err(A::Error::duplicate_field("subCode"));
                                }
                                Field::SubCode => payload.sub_code = Some(map.next_value::<SchemaInteger>()?.0),
                                Field::Other => {
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                }
                            }
                        }
                        payload.error_code = error_code.ok_or_else(|| A::Error::missing_field("errorCode"))?;
                        Ok(payload)
                    }
                }

                deserializer.deserialize_struct("ErrorPayload", &["type", "reason", "errorCode", "subCode"], Visitor)
            }
        }
    }
}

fn known_error_payload_items() -> TokenStream {
    quote! {
        /// An [`ErrorPayload`] whose `errorCode` is a code of the catalogue: the JSON Schema's
        /// strict `ErrorPayload` (its root), and TypeScript's `isErrorPayload`. Available with
        /// the crate features `serde` and `alloc`.
        ///
        /// Deserializing accepts exactly what [`ErrorPayload`] accepts, less the codes this
        /// version does not know. `errorCode` must be a number, as the schema says, although
        /// [`ErrorCode`]'s own `Deserialize` also reads a name.
        #[cfg(all(feature = "serde", feature = "alloc"))]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct KnownErrorPayload {
            code: ErrorCode,
            payload: ErrorPayload,
        }

        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl KnownErrorPayload {
            /// The error code.
            #[must_use]
            pub const fn code(&self) -> ErrorCode {
                self.code
            }

            /// The payload, with every field as received.
            #[must_use]
            pub const fn payload(&self) -> &ErrorPayload {
                &self.payload
            }

            /// The payload, with every field as received.
            #[must_use]
            pub fn into_payload(self) -> ErrorPayload {
                self.payload
            }
        }

        /// The payload when its code is in the catalogue; the number otherwise.
        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl TryFrom<ErrorPayload> for KnownErrorPayload {
            type Error = UnknownCode;

            fn try_from(payload: ErrorPayload) -> Result<Self, Self::Error> {
                match payload.code() {
                    Some(code) => Ok(Self { code, payload }),
                    None => Err(UnknownCode { kind: "error code", code: payload.error_code }),
                }
            }
        }

        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl From<KnownErrorPayload> for ErrorPayload {
            fn from(known: KnownErrorPayload) -> Self {
                known.payload
            }
        }

        /// As [`ErrorPayload`] writes it.
        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl serde::Serialize for KnownErrorPayload {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serde::Serialize::serialize(&self.payload, serializer)
            }
        }

        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl<'de> serde::Deserialize<'de> for KnownErrorPayload {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let payload = <ErrorPayload as serde::Deserialize>::deserialize(deserializer)?;
                let code = u64::from(payload.error_code);
                Self::try_from(payload).map_err(|_| {
                    <D::Error as serde::de::Error>::invalid_value(
                        serde::de::Unexpected::Unsigned(code),
                        &"an error code of the catalogue in `errorCode`",
                    )
                })
            }
        }
    }
}

fn description_items() -> TokenStream {
    quote! {
        /// What to show for an error payload, from [`ErrorPayload::describe`]: the reported
        /// code, what the catalogue knows of it, and a text that is never empty. Available
        /// with the crate features `serde` and `alloc`.
        #[cfg(all(feature = "serde", feature = "alloc"))]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub struct Description {
            /// The `errorCode` as reported.
            pub error_code: u32,
            /// The code, when the catalogue knows it.
            pub code: Option<ErrorCode>,
            /// The code's name, when the catalogue knows it.
            pub name: Option<&'static str>,
            /// The code's category, when the catalogue knows the code.
            pub category: Option<Category>,
            /// The numbered reason `subCode` names, if any.
            pub reason: Option<Reason>,
            /// What to show: see [`ErrorPayload::describe`].
            pub text: alloc::string::String,
        }

        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl Description {
            /// Whether the catalogue knows the code.
            #[must_use]
            pub const fn is_known(&self) -> bool {
                self.code.is_some()
            }
        }

        /// The text.
        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl fmt::Display for Description {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.pad(&self.text)
            }
        }
    }
}
