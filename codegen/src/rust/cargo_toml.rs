//! `rust/Cargo.toml`: the generated crate's manifest. Every catalogue value
//! in it is a TOML string written by [`escape::toml_string`].

use crate::escape;
use crate::model::Catalogue;
use crate::output::HEADER;

/// Oldest toolchain the generated code compiles with: `core::error::Error`
/// and `reason = "..."` in lint attributes are stable since 1.81.
const RUST_VERSION: &str = "1.81";

pub(super) fn cargo_toml(catalogue: &Catalogue) -> String {
    // No count of codes: it would make every new code a change here too.
    let description = format!("{}: the error codes of the catalogue as no_std Rust enums.", catalogue.title);
    format!(
        r#"# {HEADER}
[package]
name = {name}
version = {version}
description = {description}
edition = "2021"
rust-version = "{RUST_VERSION}"
categories = ["no-std", "no-std::no-alloc"]
{metadata}
[package.metadata.docs.rs]
all-features = true

[features]
# `Serialize` writes a code as its number; `Deserialize` reads its number or
# its SCREAMING_SNAKE_CASE name.
serde = ["dep:serde"]
# With `serde`: `ErrorPayload`, whose `type` and `reason` are `String`s.
alloc = ["serde?/alloc"]

[dependencies]
serde = {{ version = "1", optional = true, default-features = false }}

# The crate's own lints rather than the workspace's, so it also builds when
# copied out of this repository.
[lints.rust]
missing_docs = "warn"
missing_debug_implementations = "warn"
unsafe_code = "forbid"

[lints.clippy]
pedantic = {{ level = "warn", priority = -1 }}
"#,
        name = escape::toml_string(&catalogue.rust.crate_name),
        version = escape::toml_string(&catalogue.version),
        description = escape::toml_string(&description),
        metadata = package_metadata(catalogue),
    )
}

/// The optional `license` and `repository` lines of `[package]`.
fn package_metadata(catalogue: &Catalogue) -> String {
    let mut lines = String::new();
    if let Some(license) = &catalogue.package.license {
        lines.push_str(&format!("license = {}\n", escape::toml_string(license)));
    }
    if let Some(repository) = &catalogue.package.repository {
        lines.push_str(&format!("repository = {}\n", escape::toml_string(repository)));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rust::tests::catalogue;

    #[test]
    fn cargo_toml_has_docs_rs_features_and_the_optional_metadata() {
        let mut catalogue = catalogue("text");
        let manifest = cargo_toml(&catalogue);
        assert!(manifest.contains("\n[package.metadata.docs.rs]\nall-features = true\n"), "{manifest}");
        assert!(manifest.contains("\nalloc = [\"serde?/alloc\"]\n"), "{manifest}");
        assert!(!manifest.contains("\nlicense = ") && !manifest.contains("\nrepository = "), "{manifest}");
        catalogue.package.license = Some("MIT OR Apache-2.0".to_owned());
        catalogue.package.repository = Some("https://example.com/\"quoted\"".to_owned());
        let manifest = cargo_toml(&catalogue);
        assert!(manifest.contains("\nlicense = \"MIT OR Apache-2.0\"\n"), "{manifest}");
        assert!(manifest.contains("\nrepository = \"https://example.com/\\\"quoted\\\"\"\n"), "{manifest}");
    }
}
