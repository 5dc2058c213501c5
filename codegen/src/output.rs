//! What the emitters produce, and what the generator owns on disk.
//!
//! Below every emitter, so that an emitter depends on this module rather
//! than on `lib.rs`, which calls it. The `xtask` crate reads the same
//! definitions (re-exported from the crate root) to compare, write and
//! clean up the files.

/// The first line of every generated file, in the comment syntax of its
/// language: readers and reviewers must know where the file comes from.
pub const HEADER: &str = "Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.";

/// One output file: a path relative to the output folder (always with `/`
/// separators) and its exact contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}

impl GeneratedFile {
    pub fn new(path: impl Into<String>, contents: impl Into<String>) -> Self {
        Self { path: path.into(), contents: contents.into() }
    }
}

/// The folders, relative to the output folder, whose every file the generator
/// owns: a file in one of them that [`crate::generate`] no longer produces is
/// stale and gets removed. Paths under an ignored folder (tool output such as
/// `node_modules/`) are never touched.
pub const OWNED_FOLDERS: &[&str] = &["rust/src", "typescript/src", "schema", "json", "docs"];

/// Files directly in the package folders that the generator owns (the
/// folders themselves also hold tool output it must leave alone).
pub const OWNED_FILES: &[&str] =
    &["rust/Cargo.toml", "typescript/README.md", "typescript/package.json", "typescript/tsconfig.json"];
