//! The one JSON writer: an ordered JSON tree and its printer.
//!
//! The JSON Schema and data emitter (`json_schema.rs`) and the editor
//! schema emitter (`catalogue_schema.rs`) build their files as a `Json`
//! tree and print it here, not through `serde_json::Value`: a `Value` object
//! is a `BTreeMap` (sorted keys) unless some crate in the build enables
//! `serde_json/preserve_order`, so its key order is decided by whoever
//! builds alongside us. Our order is the order we write, always. Strings are
//! escaped by `escape::write_json_string` exactly as `serde_json` escapes
//! them, which keeps `serde_json` out of the generator's build.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::escape::write_json_string;

/// A JSON value whose objects keep their keys in the order they were built.
/// Keys and strings borrow from the catalogue (or are `'static`) where they
/// can: copying every text and key made this emitter allocate about three
/// times its output, and its time grow faster than the catalogue.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json<'a> {
    Null,
    Bool(bool),
    Number(u64),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl<'a> Json<'a> {
    pub(crate) fn object<K: Into<Cow<'a, str>>>(entries: impl IntoIterator<Item = (K, Json<'a>)>) -> Json<'a> {
        Json::Object(entries.into_iter().map(|(key, value)| (key.into(), value)).collect())
    }

    pub(crate) fn strings<S: Into<Cow<'a, str>>>(items: impl IntoIterator<Item = S>) -> Json<'a> {
        Json::Array(items.into_iter().map(|item| Json::String(item.into())).collect())
    }

    /// Pretty-printed the way `serde_json::to_string_pretty` prints (two
    /// spaces per level, `"key": value`, empty containers as `[]` / `{}`),
    /// with a final newline.
    pub(crate) fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Number(value) => {
                let _ = write!(out, "{value}");
            }
            Json::String(value) => write_json_string(out, value),
            Json::Array(items) => {
                write_container(out, depth, '[', ']', items, |out, item, depth| item.write(out, depth))
            }
            Json::Object(entries) => write_container(out, depth, '{', '}', entries, |out, (key, value), depth| {
                write_json_string(out, key);
                out.push_str(": ");
                value.write(out, depth);
            }),
        }
    }
}

fn write_container<T>(
    out: &mut String,
    depth: usize,
    open: char,
    close: char,
    items: &[T],
    write_item: impl Fn(&mut String, &T, usize),
) {
    out.push(open);
    if !items.is_empty() {
        for (index, item) in items.iter().enumerate() {
            out.push_str(if index == 0 { "\n" } else { ",\n" });
            indent(out, depth + 1);
            write_item(out, item, depth + 1);
        }
        out.push('\n');
        indent(out, depth);
    }
    out.push(close);
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

impl<'a> From<&'a str> for Json<'a> {
    fn from(value: &'a str) -> Self {
        Json::String(Cow::Borrowed(value))
    }
}

impl From<String> for Json<'_> {
    fn from(value: String) -> Self {
        Json::String(Cow::Owned(value))
    }
}

impl<'a> From<Cow<'a, str>> for Json<'a> {
    fn from(value: Cow<'a, str>) -> Self {
        Json::String(value)
    }
}

impl From<u32> for Json<'_> {
    fn from(value: u32) -> Self {
        Json::Number(value.into())
    }
}

impl From<bool> for Json<'_> {
    fn from(value: bool) -> Self {
        Json::Bool(value)
    }
}

impl<'a> From<Option<&'a str>> for Json<'a> {
    fn from(value: Option<&'a str>) -> Self {
        value.map_or(Json::Null, Json::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text the printer must escape.
    const HOSTILE: &str = "quote \" backslash \\ slash / */ </script> \u{2028}\u{2029} tab\there \
                           nul\u{0} del\u{7f} emoji \u{1F600} ${x} `y` #/$defs/X";

    fn parse(text: &str) -> serde_json::Value {
        serde_json::from_str(text).expect("output is valid JSON")
    }

    #[test]
    fn printer_matches_serde_json_pretty_printing() {
        // With keys in sorted order, our printer and serde_json's (which sorts
        // without `preserve_order`, and keeps this order with it) must agree
        // byte for byte.
        let tree = Json::object([
            ("a", Json::Array(vec![])),
            ("b", Json::object(Vec::<(&str, Json)>::new())),
            ("c", Json::Array(vec![Json::Null, true.into(), 7u32.into(), HOSTILE.into()])),
            ("d", Json::object([("x", Json::strings(["1", "2"])), ("y", false.into())])),
        ]);
        let ours = tree.render();
        let theirs = serde_json::to_string_pretty(&parse(&ours)).unwrap() + "\n";
        assert_eq!(ours, theirs);
    }
}
