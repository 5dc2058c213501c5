//! Helpers shared by the integration tests in `tests/tests/`.

use std::path::{Path, PathBuf};

/// The workspace root (the folder holding `catalogue.toml`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ lives inside the workspace")
        .to_path_buf()
}

/// The shipped catalogue, loaded and checked.
pub fn shipped_catalogue() -> codegen::Catalogue {
    let path = workspace_root().join("catalogue.toml");
    let text = std::fs::read_to_string(&path).expect("catalogue.toml is readable");
    match codegen::load(&text) {
        Ok(catalogue) => catalogue,
        Err(diagnostics) => panic!("catalogue.toml is invalid:\n{}", diagnostics.render("catalogue.toml", &text)),
    }
}
