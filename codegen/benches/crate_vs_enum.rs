//! Writes, for each catalogue size, the generated Rust crate and a
//! prost-style crate of the same codes side by side, for
//! `bench/crate-vs-enum.sh` to build and time. Prints nothing but the
//! folders it wrote.
//!
//! The prost-style crate is what `prost-build` emits for a protobuf enum of
//! the same codes, without the `prost` dependency: one `#[repr(i32)]` enum
//! with a doc comment per variant (the description and the details, as
//! prost copies a value's comment), the same derives, and `as_str_name`,
//! `from_str_name` and `TryFrom<i32>` as three `match`es (the last is what
//! `#[derive(prost::Enumeration)]` expands to). It has no list of every
//! code, no per-code data and no categories: the floor a crate of this many
//! codes cannot build faster than.
//!
//! Run with `cargo bench -p codegen --bench crate_vs_enum -- --out DIR
//! --sizes shipped,1500,15000`: writes `DIR/<codes>/generated` and
//! `DIR/<codes>/enum`, one line per size on standard output
//! (`<codes> <folder>`).

mod support;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use codegen::Catalogue;
use heck::ToUpperCamelCase;

const WORKSPACE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| args.iter().position(|arg| arg == flag).and_then(|position| args.get(position + 1));
    let out = PathBuf::from(value("--out").expect("--out DIR: where to write the crates"));
    let sizes = value("--sizes").map_or("1500,15000", String::as_str);
    for size in sizes.split(',') {
        let text = if size == "shipped" {
            std::fs::read_to_string(Path::new(WORKSPACE).join("catalogue.toml")).expect("catalogue.toml")
        } else {
            support::catalogue(size.parse().expect("a size is a number or `shipped`"))
        };
        let catalogue = codegen::load(&text).unwrap_or_else(|d| panic!("{}", d.render("catalogue.toml", &text)));
        let folder = out.join(catalogue.errors.len().to_string());
        for file in codegen::rust::emit(&catalogue) {
            let relative = file.path.strip_prefix("rust/").expect("Rust files live under rust/");
            write(&folder.join("generated").join(relative), &file.contents);
        }
        write(
            &folder.join("enum/Cargo.toml"),
            "[package]\nname = \"prost-style-error-codes\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n",
        );
        write(&folder.join("enum/src/lib.rs"), &prost_style(&catalogue));
        println!("{} {}", catalogue.errors.len(), folder.display());
    }
}

/// The crate's `lib.rs`: the enum and its impls as prost-build lays them out.
fn prost_style(catalogue: &Catalogue) -> String {
    let variants: Vec<String> = catalogue.errors.iter().map(|error| error.name.to_upper_camel_case()).collect();
    let mut out = String::with_capacity(catalogue.errors.len() * 400);
    out.push_str("//! The catalogue's codes as prost-build writes a protobuf enum.\n\n");
    out.push_str("/// An error code of the catalogue.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[repr(i32)]\n");
    out.push_str("pub enum ErrorCode {\n");
    for (error, variant) in catalogue.errors.iter().zip(&variants) {
        let description = error.description.as_deref().unwrap_or(&error.name);
        let _ = writeln!(out, "    /// {description}");
        for detail in &error.details {
            let _ = writeln!(out, "    ///\n    /// {detail}");
        }
        let _ = writeln!(out, "    {variant} = {},", error.code);
    }
    out.push_str("}\n\nimpl ErrorCode {\n");
    out.push_str(concat!(
        "    /// String value of the enum field names used in the ProtoBuf definition.\n",
        "    ///\n",
        "    /// The values are not transformed in any way and thus are considered stable\n",
        "    /// (if the ProtoBuf definition does not change) and safe for programmatic use.\n",
        "    pub fn as_str_name(&self) -> &'static str {\n",
        "        match self {\n",
    ));
    for (error, variant) in catalogue.errors.iter().zip(&variants) {
        let _ = writeln!(out, "            Self::{variant} => \"{}\",", error.name);
    }
    out.push_str(concat!(
        "        }\n    }\n",
        "    /// Creates an enum from field names used in the ProtoBuf definition.\n",
        "    pub fn from_str_name(value: &str) -> ::core::option::Option<Self> {\n",
        "        match value {\n",
    ));
    for (error, variant) in catalogue.errors.iter().zip(&variants) {
        let _ = writeln!(out, "            \"{}\" => Some(Self::{variant}),", error.name);
    }
    out.push_str(concat!(
        "            _ => None,\n        }\n    }\n}\n\n",
        "/// A number that is not one of the enum's values.\n",
        "#[derive(Clone, Copy, Debug, PartialEq, Eq)]\n",
        "pub struct UnknownEnumValue(pub i32);\n\n",
        "impl ::core::convert::From<ErrorCode> for i32 {\n",
        "    fn from(value: ErrorCode) -> i32 {\n        value as i32\n    }\n}\n\n",
        "impl ::core::convert::TryFrom<i32> for ErrorCode {\n",
        "    type Error = UnknownEnumValue;\n\n",
        "    fn try_from(value: i32) -> ::core::result::Result<ErrorCode, UnknownEnumValue> {\n",
        "        match value {\n",
    ));
    for (error, variant) in catalogue.errors.iter().zip(&variants) {
        let _ = writeln!(out, "            {} => ::core::result::Result::Ok(ErrorCode::{variant}),", error.code);
    }
    out.push_str("            _ => ::core::result::Result::Err(UnknownEnumValue(value)),\n        }\n    }\n}\n");
    out
}

fn write(path: &Path, contents: &str) {
    std::fs::create_dir_all(path.parent().expect("a file in a folder")).expect("can create the folder");
    std::fs::write(path, contents).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}
