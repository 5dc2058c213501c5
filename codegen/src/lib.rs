//! Everything between the text of `catalogue.toml` and the bytes of the
//! generated files.
//!
//! Data flows one way: [`load`] turns the TOML text into a checked
//! [`Catalogue`] (or every problem found, as [`Diagnostics`]), and
//! [`generate`] renders that model into [`GeneratedFile`]s. Neither does any
//! I/O; the `xtask` crate compares or writes the files. [`compare::compare`]
//! tells what changed between two models and what that means for the
//! version.

pub mod catalogue_schema;
pub mod compare;
pub mod diagnostics;
pub mod json_schema;
pub mod load;
pub mod markdown;
pub mod model;
pub mod rust;
pub mod text_policy;
pub mod typescript;

pub use diagnostics::{Diagnostic, Diagnostics};
pub use load::load;
pub use model::Catalogue;

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
/// owns: a file in one of them that [`generate`] no longer produces is stale
/// and gets removed. Paths under an ignored folder (tool output such as
/// `node_modules/`) are never touched.
pub const OWNED_FOLDERS: &[&str] = &["rust/src", "typescript/src", "schema", "json", "docs"];

/// Files directly in the package folders that the generator owns (the
/// folders themselves also hold tool output it must leave alone).
pub const OWNED_FILES: &[&str] =
    &["rust/Cargo.toml", "typescript/README.md", "typescript/package.json", "typescript/tsconfig.json"];

/// Renders every output file of the catalogue, sorted by path.
///
/// The Rust emitter takes about as long as the other three together, so it
/// runs on a thread of its own: on two cores `generate` takes about as long
/// as the Rust emitter alone. Each emitter is a pure function of the model
/// and the files are sorted by path, so the output does not depend on which
/// thread finishes first.
pub fn generate(catalogue: &Catalogue) -> Vec<GeneratedFile> {
    let mut files = std::thread::scope(|scope| {
        let rust = scope.spawn(|| rust::emit(catalogue));
        let mut files = typescript::emit(catalogue);
        files.extend(json_schema::emit(catalogue));
        files.extend(catalogue_schema::emit(catalogue));
        files.extend(markdown::emit(catalogue));
        // A panic in the emitter is a bug; it stays a panic, on this thread.
        files.extend(rust.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        files
    });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}
