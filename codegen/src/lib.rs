//! Everything between the text of `catalogue.toml` and the bytes of the
//! generated files.
//!
//! Data flows one way: [`load`] turns the TOML text into a checked
//! [`Catalogue`] (or every problem found, as [`Diagnostics`]), and
//! [`generate`] renders that model into [`GeneratedFile`]s. Neither does any
//! I/O; the `xtask` crate compares or writes the files. [`compare::compare`]
//! tells what changed between two models and what that means for the
//! version.
//!
//! The modules, in the order data flows through them. Each imports only
//! modules listed before it, never one below: the emitters never reach into
//! the loader, the loader never into an emitter, and `lib.rs` alone wires
//! them together.
//!
//! - Below everything: [`text_policy`] (which characters a text may hold),
//!   [`diagnostics`] (located problems and how they are shown), [`text`]
//!   (where prose names a method), [`keys`] (the keys of each table and the
//!   form of names, versions and URLs) and [`model`] (the checked catalogue).
//! - [`load`]: TOML text → [`model`]. `load/mod.rs` is the entry point, the
//!   raw located form of each table and the model built from it;
//!   `load/walk.rs` reads each table key by key; `load/rules.rs` checks the
//!   rules that span values and tables.
//! - Below the emitters, shared by them: [`output`] (the [`GeneratedFile`]
//!   they return, the [`HEADER`] they start with, what the generator owns
//!   on disk), [`escape`] (the string literals and prose of every output
//!   language) and [`json`] (the JSON tree and its printer).
//! - The emitters, one per output, each a pure function of the model:
//!   [`rust`] (`rust/mod.rs` renders the three files; `cargo_toml.rs`,
//!   `lib_rs.rs`, `code.rs` for the code printed by prettyplease,
//!   `tables.rs` for the per-entry tables written row by row, `hashing.rs`,
//!   `doc_text.rs`), [`typescript`], [`json_schema`], [`catalogue_schema`]
//!   and [`markdown`].
//! - [`compare`]: two models → the changes between them and what they mean
//!   for the version.

pub mod diagnostics;
pub mod keys;
pub mod model;
pub mod text;
pub mod text_policy;

pub mod load;

pub mod escape;
pub mod json;
pub mod output;

pub mod catalogue_schema;
pub mod json_schema;
pub mod markdown;
pub mod rust;
pub mod typescript;

pub mod compare;

pub use diagnostics::{Diagnostic, Diagnostics};
pub use load::load;
pub use model::Catalogue;
pub use output::{GeneratedFile, HEADER, OWNED_FILES, OWNED_FOLDERS};

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
