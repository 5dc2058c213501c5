//! The code half of `src/error_codes.rs`: the entry types, every `impl`
//! and the lookup functions, with the payload types of `payload.rs`. Built
//! as tokens with `quote!` and printed by prettyplease; its size does not
//! grow with the catalogue's, so it costs the same at 15 codes and at
//! 150,000.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::payload::payload_items;
use super::{TEMPLATE_ERROR_VARIANT, TEMPLATE_REASON_ENUM, ident};
use crate::model::Catalogue;

/// How many bytes of an unknown name the `FromStr` error keeps; the crate
/// has no allocator, so the copy lives in a fixed buffer.
const UNKNOWN_NAME_CAPACITY: usize = 64;

/// The lints the file allows and what it imports: inner attributes have to
/// come first.
pub(super) fn file_attributes() -> TokenStream {
    quote! {
        #![allow(
            clippy::doc_markdown,
            reason = "the docs quote the catalogue's prose, which names things without backticks"
        )]
        #![allow(clippy::too_many_lines, reason = "one match arm per catalogue entry")]
        #![allow(clippy::unreadable_literal, reason = "codes are written as the SDK documents them")]
        #![allow(deprecated, reason = "a retired code keeps its place in every table")]

        use core::fmt;
        use core::str::FromStr;
    }
}

/// Everything whose size does not depend on the catalogue's, printed by
/// prettyplease.
pub(super) fn code_items(catalogue: &Catalogue) -> TokenStream {
    let limits = DisplayLimits::new(catalogue);
    let error_code = error_code_impls(catalogue, &limits);
    let category = category_impls(catalogue);
    let reason = reason_impls(catalogue, &limits);
    let lookup_errors = lookup_error_items(&limits);
    let payload = payload_items(catalogue);
    quote! {
        /// Formats `text` into a buffer of `N` bytes on the stack and hands it to
        /// `Formatter::pad`, which applies width, fill, alignment and precision as
        /// it does for a `&str`, so `format!("{code:<30}")` lines codes up. The
        /// crate has no allocator to join the pieces in; each caller's `N` is the
        /// longest text it can write, known when the crate was generated. A text
        /// that does not fit all the same is written whole and unpadded rather than cut.
        fn pad<const N: usize>(formatter: &mut fmt::Formatter<'_>, text: fmt::Arguments<'_>) -> fmt::Result {
            struct Buffer<const N: usize> {
                bytes: [u8; N],
                len: usize,
            }

            impl<const N: usize> fmt::Write for Buffer<N> {
                fn write_str(&mut self, piece: &str) -> fmt::Result {
                    let end = self.len + piece.len();
                    if end > N {
                        return Err(fmt::Error);
                    }
                    self.bytes[self.len..end].copy_from_slice(piece.as_bytes());
                    self.len = end;
                    Ok(())
                }
            }

            if formatter.width().is_none() && formatter.precision().is_none() {
                return formatter.write_fmt(text);
            }
            let mut buffer = Buffer::<N> { bytes: [0; N], len: 0 };
            if fmt::write(&mut buffer, text).is_err() {
                return formatter.write_fmt(text);
            }
            // Only whole `&str` pieces were copied, so the bytes are UTF-8.
            match core::str::from_utf8(&buffer.bytes[..buffer.len]) {
                Ok(text) => formatter.pad(text),
                Err(_) => formatter.write_fmt(text),
            }
        }

        /// FNV-1a (32 bits) of `bytes`, the hash the lookup tables were built with.
        fn fnv1a(bytes: &[u8]) -> u32 {
            let mut hash: u32 = 0x811c_9dc5;
            for &byte in bytes {
                hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
            }
            hash
        }

        /// Looks `key` up in an open-addressing table generated from `all`: a slot
        /// holds 0 when empty, else a position in `all` plus one. At most half the
        /// slots are full, so the probe always reaches an empty slot.
        fn find_by_hash<T: Copy>(slots: &[u32], all: &[T], key_of: fn(T) -> &'static str, key: &str) -> Option<T> {
            let mask = slots.len() - 1;
            let mut slot = fnv1a(key.as_bytes()) as usize & mask;
            loop {
                let position = slots[slot] as usize;
                if position == 0 {
                    return None;
                }
                let candidate = all[position - 1];
                if key_of(candidate) == key {
                    return Some(candidate);
                }
                slot = (slot + 1) & mask;
            }
        }

        #error_code
        #category
        #reason
        #lookup_errors
        #payload
    }
}

/// The longest text each `Display` of the crate can write, in bytes: the
/// size of the buffer `pad` formats it in. Names are ASCII by validation.
pub(super) struct DisplayLimits {
    /// `NAME (4294967295)`.
    error_code: usize,
    /// `ERROR_NAME reason REASON_NAME (4294967295)`.
    reason: usize,
    /// `REASON_NAME (4294967295)`.
    reason_enum: usize,
    /// `unknown KIND 4294967295`.
    unknown_code: usize,
    /// `unknown KIND "NAME" (truncated)`, the name `Debug`-escaped.
    unknown_name: usize,
}

impl DisplayLimits {
    pub(super) fn new(catalogue: &Catalogue) -> Self {
        // " (4294967295)"
        const NUMBER: usize = 13;
        let error_name = catalogue.errors.iter().map(|error| error.name.len()).max().unwrap_or(0);
        let reason_name =
            catalogue.errors.iter().flat_map(|error| &error.reasons).map(|reason| reason.name.len()).max().unwrap_or(0);
        // The kinds `UnknownCode` and `UnknownName` name: "error code", "category
        // id", "ERROR_NAME reason name", ...
        let kind = (error_name + " reason name".len()).max("error code name".len());
        // `Debug` writes a character as at most 10 bytes (`\u{10ffff}`).
        let quoted_name = 2 + 10 * UNKNOWN_NAME_CAPACITY;
        Self {
            error_code: error_name + NUMBER,
            reason: error_name + " reason ".len() + reason_name + NUMBER,
            reason_enum: reason_name + NUMBER,
            unknown_code: "unknown ".len() + kind + NUMBER,
            unknown_name: "unknown ".len() + kind + 1 + quoted_name + " (truncated)".len(),
        }
    }
}

fn limit(bytes: usize) -> Literal {
    Literal::usize_unsuffixed(bytes)
}

/// `#[allow(dead_code)]` for an entry type no row constructs, which happens
/// only when the catalogue has no entries of that kind.
fn allow_unused_entry(unused: bool) -> Option<TokenStream> {
    unused.then(|| quote!(#[allow(dead_code, reason = "the catalogue has no entries of this kind")]))
}

fn error_code_impls(catalogue: &Catalogue, limits: &DisplayLimits) -> TokenStream {
    let display_limit = limit(limits.error_code);
    let empty = catalogue.errors.is_empty();
    let allow_unused = allow_unused_entry(empty);
    let code_body = if empty { quote!(match self {}) } else { quote!(self as u32) };
    let serde = numbered_serde(
        &quote!(ErrorCode),
        &quote!(formatter.write_str("an error code of the catalogue, as its number or its SCREAMING_SNAKE_CASE name")),
    );

    quote! {
        /// What the catalogue says about one error code: an arm of `ErrorCode::entry`.
        /// An optional text is `""` when the catalogue has none (it has no
        /// empty texts): a `Some(..)` in every arm cost about a fifth of the
        /// crate's type check at 15,000 codes.
        #allow_unused
        struct ErrorCodeEntry {
            name: &'static str,
            description: &'static str,
            category: Category,
            methods: &'static [&'static str],
            details: &'static [&'static str],
            reasons: &'static [Reason],
            deprecated: &'static str,
            since: &'static str,
        }

        /// An optional text of an `ErrorCodeEntry`: `None` for `""`.
        const fn non_empty(text: &'static str) -> Option<&'static str> {
            if text.is_empty() { None } else { Some(text) }
        }

        impl ErrorCode {
            /// The number the SDK reports, e.g. in the `errorCode` field of a rejected promise.
            #[must_use]
            pub const fn code(self) -> u32 {
                #code_body
            }

            /// The `SCREAMING_SNAKE_CASE` name the SDK uses for the code.
            #[must_use]
            pub const fn name(self) -> &'static str {
                self.entry().name
            }

            /// The catalogue's description, if it has one.
            ///
            /// It takes `&self`, unlike the other accessors, so that it wins over the
            /// deprecated `std::error::Error::description` (which `ErrorCode`
            /// implements, and which takes `&self`) when that trait is in scope:
            /// `code.description()` is always the catalogue's text.
            #[must_use]
            #[allow(clippy::trivially_copy_pass_by_ref, reason = "see above: `&self` decides method resolution")]
            pub const fn description(&self) -> Option<&'static str> {
                non_empty(self.entry().description)
            }

            /// The section of the reference the code is listed in.
            #[must_use]
            pub const fn category(self) -> Category {
                self.entry().category
            }

            /// The SDK methods the description names, as `object.method` paths.
            #[must_use]
            pub const fn methods(self) -> &'static [&'static str] {
                self.entry().methods
            }

            /// Un-numbered notes that come with the code: causes or messages.
            #[must_use]
            pub const fn details(self) -> &'static [&'static str] {
                self.entry().details
            }

            /// The code's numbered reasons, in order; empty for most codes.
            #[must_use]
            pub const fn reasons(self) -> &'static [Reason] {
                self.entry().reasons
            }

            /// The numbered reason `code` of this error code, if it has one by that number.
            #[must_use]
            pub const fn reason(self, code: u32) -> Option<Reason> {
                let reasons = self.reasons();
                let mut position = 0;
                while position < reasons.len() {
                    if reasons[position].code() == code {
                        return Some(reasons[position]);
                    }
                    position += 1;
                }
                None
            }

            /// The numbered reason of this error code with this `SCREAMING_SNAKE_CASE`
            /// name (exact match), if it has one.
            #[must_use]
            pub fn reason_named(self, name: &str) -> Option<Reason> {
                self.reasons().iter().copied().find(|reason| reason.name() == name)
            }

            /// Why the code is retired, if it is; a retired code is never reused.
            #[must_use]
            pub const fn deprecated(self) -> Option<&'static str> {
                non_empty(self.entry().deprecated)
            }

            /// The SDK version that introduced the code, if the catalogue records it.
            #[must_use]
            pub const fn since(self) -> Option<&'static str> {
                non_empty(self.entry().since)
            }

            /// The code with this `SCREAMING_SNAKE_CASE` name (exact match), if the catalogue has one.
            ///
            /// A lookup in a hash table of the names built at generation time: its cost does not grow with the catalogue.
            #[must_use]
            pub fn from_name(name: &str) -> Option<Self> {
                let buckets = ERROR_CODE_NAME_BUCKETS;
                let bucket = buckets[fnv1a(name.as_bytes()) as usize & (buckets.len() - 1)];
                let &(_, code) = bucket.iter().find(|(candidate, _)| *candidate == name)?;
                Self::from_code(code)
            }
        }

        impl From<ErrorCode> for u32 {
            fn from(code: ErrorCode) -> Self {
                code.code()
            }
        }

        impl TryFrom<u32> for ErrorCode {
            type Error = UnknownCode;

            fn try_from(code: u32) -> Result<Self, UnknownCode> {
                match Self::from_code(code) {
                    Some(found) => Ok(found),
                    None => Err(UnknownCode { kind: "error code", code }),
                }
            }
        }

        impl FromStr for ErrorCode {
            type Err = UnknownName;

            fn from_str(name: &str) -> Result<Self, UnknownName> {
                Self::from_name(name).ok_or_else(|| UnknownName::new("error code name", name))
            }
        }

        /// The name and the number, e.g. `AUDIO_CAPTURE_FAILED (6010)`; width, fill,
        /// alignment and precision apply to the whole text.
        impl fmt::Display for ErrorCode {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                pad::<#display_limit>(formatter, format_args!("{} ({})", self.name(), self.code()))
            }
        }

        /// The variant's name, as `#[derive(Debug)]` writes it: the UpperCamelCase
        /// of [`ErrorCode::name`], e.g. `AudioCaptureFailed`.
        impl fmt::Debug for ErrorCode {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                for word in self.name().split('_') {
                    let mut letters = word.chars();
                    if let Some(first) = letters.next() {
                        fmt::Write::write_char(formatter, first)?;
                    }
                    for letter in letters {
                        fmt::Write::write_char(formatter, letter.to_ascii_lowercase())?;
                    }
                }
                Ok(())
            }
        }

        impl core::error::Error for ErrorCode {}

        #serde
    }
}

fn category_impls(catalogue: &Catalogue) -> TokenStream {
    let empty = catalogue.categories.is_empty();
    let allow_unused = allow_unused_entry(empty);
    let entry_body = if empty { quote!(match self {}) } else { quote!(&CATEGORY_ENTRIES[self as usize]) };

    quote! {
        /// What the catalogue says about one category: a row of `CATEGORY_ENTRIES`.
        #allow_unused
        struct CategoryEntry {
            id: &'static str,
            title: &'static str,
            description: Option<&'static str>,
            parent: Option<Category>,
            children: &'static [Category],
            codes: &'static [ErrorCode],
        }

        impl Category {
            /// The stable `snake_case` identifier.
            #[must_use]
            pub const fn id(self) -> &'static str {
                self.entry().id
            }

            /// The section heading, verbatim.
            #[must_use]
            pub const fn title(self) -> &'static str {
                self.entry().title
            }

            /// The paragraph under the heading, if there is one.
            #[must_use]
            pub const fn description(self) -> Option<&'static str> {
                self.entry().description
            }

            /// The enclosing category, for a sub-section.
            #[must_use]
            pub const fn parent(self) -> Option<Category> {
                self.entry().parent
            }

            /// The direct sub-categories, in catalogue order.
            #[must_use]
            pub const fn children(self) -> &'static [Category] {
                self.entry().children
            }

            /// The codes filed directly in this category (not in its sub-categories), in catalogue order.
            #[must_use]
            pub const fn codes(self) -> &'static [ErrorCode] {
                self.entry().codes
            }

            /// The category with this id (exact match), if there is one.
            #[must_use]
            pub fn from_id(id: &str) -> Option<Self> {
                find_by_hash(CATEGORY_ID_SLOTS, Self::ALL, Self::id, id)
            }

            /// This category's row of `CATEGORY_ENTRIES`: the variants are declared in
            /// catalogue order without explicit discriminants, so a discriminant is a position.
            const fn entry(self) -> &'static CategoryEntry {
                #entry_body
            }
        }

        impl FromStr for Category {
            type Err = UnknownName;

            fn from_str(id: &str) -> Result<Self, UnknownName> {
                Self::from_id(id).ok_or_else(|| UnknownName::new("category id", id))
            }
        }

        /// The title, padded like a `&str`.
        impl fmt::Display for Category {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.pad(self.title())
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for Category {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for Category {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl serde::de::Visitor<'_> for Visitor {
                    type Value = Category;

                    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                        formatter.write_str("the id of a category of the catalogue")
                    }

                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Category, E> {
                        Category::from_id(value).ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(value), &self))
                    }
                }

                deserializer.deserialize_str(Visitor)
            }
        }
    }
}

/// `Reason`, the enum that wraps every reason enum so that a reason can be
/// returned from [`ErrorCode`] whatever its code, and the row type of the
/// reason enums.
fn reason_impls(catalogue: &Catalogue, limits: &DisplayLimits) -> TokenStream {
    let display_limit = limit(limits.reason);
    let no_reasons = catalogue.errors.iter().all(|error| error.reasons.is_empty());
    let allow_unused = allow_unused_entry(no_reasons);
    // Without reasons `Reason` has no variants, and no `parts` to call.
    let body = |part: TokenStream| if no_reasons { quote!(match self {}) } else { part };
    let error_code = body(quote!(self.parts().0));
    let code = body(quote!(self.parts().1));
    let name = body(quote!(self.parts().2.name));
    let description = body(quote!(self.parts().2.description));
    let serialize = if no_reasons {
        quote! {
            let _ = serializer;
            match *self {}
        }
    } else {
        quote!(serializer.collect_str(&format_args!("{}.{}", self.error_code().name(), self.name())))
    };
    let display = if no_reasons {
        quote! {
            fn fmt(&self, _formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                match *self {}
            }
        }
    } else {
        quote! {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                let (error_code, code, entry) = self.parts();
                pad::<#display_limit>(formatter, format_args!("{} reason {} ({code})", error_code.name(), entry.name))
            }
        }
    };
    quote! {
        /// What the catalogue says about one numbered reason: a row of its enum's `ENTRIES`.
        #allow_unused
        struct ReasonEntry {
            name: &'static str,
            description: &'static str,
        }

        impl Reason {
            /// The error code this reason belongs to.
            #[must_use]
            pub const fn error_code(self) -> ErrorCode {
                #error_code
            }

            /// The reason's number within its error code.
            #[must_use]
            pub const fn code(self) -> u32 {
                #code
            }

            /// The reason's `SCREAMING_SNAKE_CASE` name.
            #[must_use]
            pub const fn name(self) -> &'static str {
                #name
            }

            /// The catalogue's description of the reason.
            #[must_use]
            pub const fn description(self) -> &'static str {
                #description
            }

            /// The reason named `reason_name` of the error code named `error_name`
            /// (both `SCREAMING_SNAKE_CASE`, exact match), if there is one.
            #[must_use]
            pub fn from_names(error_name: &str, reason_name: &str) -> Option<Self> {
                ErrorCode::from_name(error_name)?.reason_named(reason_name)
            }
        }

        /// The error code's name, then the reason's name and number, e.g.
        /// `AUDIO_CAPTURE_FAILED reason DEVICE_IN_USE (3)`.
        impl fmt::Display for Reason {
            #display
        }

        /// Parses `ERROR_NAME.REASON_NAME`, e.g. `AUDIO_CAPTURE_FAILED.DEVICE_IN_USE`:
        /// a reason's name alone is only unique within its error code.
        impl FromStr for Reason {
            type Err = UnknownName;

            fn from_str(text: &str) -> Result<Self, UnknownName> {
                text.split_once('.')
                    .and_then(|(error_name, reason_name)| Self::from_names(error_name, reason_name))
                    .ok_or_else(|| UnknownName::new("reason", text))
            }
        }

        /// Serializes as `ERROR_NAME.REASON_NAME`, the text `FromStr` reads.
        #[cfg(feature = "serde")]
        impl serde::Serialize for Reason {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #serialize
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for Reason {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl serde::de::Visitor<'_> for Visitor {
                    type Value = Reason;

                    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                        formatter.write_str("a numbered reason of the catalogue, as ERROR_NAME.REASON_NAME")
                    }

                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Reason, E> {
                        value.parse().map_err(|_| E::invalid_value(serde::de::Unexpected::Str(value), &self))
                    }
                }

                deserializer.deserialize_str(Visitor)
            }
        }
    }
}

/// The code every reason enum has, written once for a placeholder type
/// and printed once; `items_rs` copies it per enum with the placeholders
/// replaced (they appear nowhere else in the template: a test checks it).
/// Each enum's own items (`ALL`, `ERROR_CODE`, `ENTRIES`, `NAME_SLOTS`, the
/// `UNKNOWN_*` kinds, `position` and `from_code`) are written by
/// `reason_enum_tables`.
pub(super) fn reason_enum_template(limits: &DisplayLimits) -> TokenStream {
    let display_limit = limit(limits.reason_enum);
    let reason_enum = ident(TEMPLATE_REASON_ENUM);
    let error_variant = ident(TEMPLATE_ERROR_VARIANT);
    let serde = numbered_serde(
        &quote!(#reason_enum),
        &quote! {
            write!(
                formatter,
                "a reason of {} in the catalogue, as its number or its SCREAMING_SNAKE_CASE name",
                #reason_enum::ERROR_CODE.name()
            )
        },
    );
    quote! {
        impl #reason_enum {
            /// The reason's number.
            #[must_use]
            pub const fn code(self) -> u32 {
                self as u32
            }

            /// The reason's `SCREAMING_SNAKE_CASE` name.
            #[must_use]
            pub const fn name(self) -> &'static str {
                self.entry().name
            }

            /// The catalogue's description of the reason.
            #[must_use]
            pub const fn description(self) -> &'static str {
                self.entry().description
            }

            /// The reason with this `SCREAMING_SNAKE_CASE` name (exact match), if there is one.
            #[must_use]
            pub fn from_name(name: &str) -> Option<Self> {
                find_by_hash(Self::NAME_SLOTS, Self::ALL, Self::name, name)
            }

            /// This reason's row of `ENTRIES`.
            const fn entry(self) -> &'static ReasonEntry {
                &Self::ENTRIES[self.position()]
            }
        }

        impl From<#reason_enum> for u32 {
            fn from(reason: #reason_enum) -> Self {
                reason.code()
            }
        }

        impl TryFrom<u32> for #reason_enum {
            type Error = UnknownCode;

            fn try_from(code: u32) -> Result<Self, UnknownCode> {
                match Self::from_code(code) {
                    Some(found) => Ok(found),
                    None => Err(UnknownCode { kind: Self::UNKNOWN_CODE_KIND, code }),
                }
            }
        }

        impl FromStr for #reason_enum {
            type Err = UnknownName;

            fn from_str(name: &str) -> Result<Self, UnknownName> {
                Self::from_name(name).ok_or_else(|| UnknownName::new(Self::UNKNOWN_NAME_KIND, name))
            }
        }

        impl From<#reason_enum> for Reason {
            fn from(reason: #reason_enum) -> Self {
                Self::#error_variant(reason)
            }
        }

        /// The name and the number, e.g. `DEVICE_IN_USE (3)`.
        impl fmt::Display for #reason_enum {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                pad::<#display_limit>(formatter, format_args!("{} ({})", self.name(), self.code()))
            }
        }

        #serde
    }
}

/// `Serialize` as the number; `Deserialize` from the number or the name in
/// self-describing formats, from the number alone in compact ones (which
/// cannot say which they hold). `expecting` writes what was expected to
/// `formatter`.
fn numbered_serde(ty: &TokenStream, expecting: &TokenStream) -> TokenStream {
    quote! {
        #[cfg(feature = "serde")]
        impl serde::Serialize for #ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_u32(self.code())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for #ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl serde::de::Visitor<'_> for Visitor {
                    type Value = #ty;

                    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                        #expecting
                    }

                    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<#ty, E> {
                        u32::try_from(value)
                            .ok()
                            .and_then(#ty::from_code)
                            .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Unsigned(value), &self))
                    }

                    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<#ty, E> {
                        u32::try_from(value)
                            .ok()
                            .and_then(#ty::from_code)
                            .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Signed(value), &self))
                    }

                    /// A number JSON Schema counts an integer, such as `6010.0`, as the schema does.
                    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<#ty, E> {
                        integral_u32(value)
                            .and_then(#ty::from_code)
                            .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Float(value), &self))
                    }

                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<#ty, E> {
                        #ty::from_name(value).ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(value), &self))
                    }
                }

                if deserializer.is_human_readable() {
                    deserializer.deserialize_any(Visitor)
                } else {
                    deserializer.deserialize_u32(Visitor)
                }
            }
        }
    }
}

/// `UnknownCode` and `UnknownName`: what `TryFrom<u32>` and `FromStr`
/// return for values outside the catalogue.
fn lookup_error_items(limits: &DisplayLimits) -> TokenStream {
    let code_limit = limit(limits.unknown_code);
    let name_limit = limit(limits.unknown_name);
    let capacity = Literal::usize_unsuffixed(UNKNOWN_NAME_CAPACITY);
    let capacity_doc =
        format!("Keeps the first {UNKNOWN_NAME_CAPACITY} bytes of the name (the crate has no allocator).");
    quote! {
        /// A number that is not in the catalogue, from `TryFrom<u32>`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct UnknownCode {
            kind: &'static str,
            code: u32,
        }

        impl UnknownCode {
            /// The number that was looked up.
            #[must_use]
            pub const fn code(self) -> u32 {
                self.code
            }

            /// What was looked up, e.g. `error code`.
            #[must_use]
            pub const fn kind(self) -> &'static str {
                self.kind
            }
        }

        /// For example `unknown error code 1234`.
        impl fmt::Display for UnknownCode {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                pad::<#code_limit>(formatter, format_args!("unknown {} {}", self.kind, self.code))
            }
        }

        impl core::error::Error for UnknownCode {}

        /// A name that is not in the catalogue, from `FromStr`.
        ///
        #[doc = #capacity_doc]
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct UnknownName {
            kind: &'static str,
            bytes: [u8; #capacity],
            len: usize,
            truncated: bool,
        }

        impl UnknownName {
            fn new(kind: &'static str, name: &str) -> Self {
                let mut len = name.len().min(#capacity);
                while !name.is_char_boundary(len) {
                    len -= 1;
                }
                let mut bytes = [0; #capacity];
                bytes[..len].copy_from_slice(&name.as_bytes()[..len]);
                Self { kind, bytes, len, truncated: len < name.len() }
            }

            /// The name that was looked up, cut on a character boundary if it was longer than the buffer.
            #[must_use]
            pub fn name(&self) -> &str {
                core::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
            }

            /// Whether [`UnknownName::name`] is only the start of the name.
            #[must_use]
            pub const fn is_truncated(&self) -> bool {
                self.truncated
            }

            /// What was looked up, e.g. `error code name`.
            #[must_use]
            pub const fn kind(&self) -> &'static str {
                self.kind
            }
        }

        impl fmt::Debug for UnknownName {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter
                    .debug_struct("UnknownName")
                    .field("kind", &self.kind)
                    .field("name", &self.name())
                    .field("truncated", &self.truncated)
                    .finish_non_exhaustive()
            }
        }

        /// For example `unknown error code name "NOT_A_CODE"`.
        impl fmt::Display for UnknownName {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                let truncated = if self.truncated { " (truncated)" } else { "" };
                pad::<#name_limit>(formatter, format_args!("unknown {} {:?}{truncated}", self.kind, self.name()))
            }
        }

        impl core::error::Error for UnknownName {}
    }
}
