//! Helpers shared by the integration tests in `tests/tests/`.

use std::path::{Path, PathBuf};

/// The workspace root (the folder holding `catalogue.toml`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ lives inside the workspace").to_path_buf()
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

/// The folder of the pinned Node tools (`tests/node`), installed with
/// `npm ci` on first use. Test binaries run in parallel processes, so the
/// install is serialised with a file lock and skipped once the lockfile's
/// packages are present.
pub fn node_tooling() -> PathBuf {
    let dir = workspace_root().join("tests").join("node");
    let lock = std::fs::File::create(std::env::temp_dir().join("error-catalogue-npm-ci.lock"))
        .expect("can create the npm install lock file");
    lock.lock().expect("can take the npm install lock");
    let installed = dir.join("node_modules").join(".package-lock.json");
    let fresh = installed.exists()
        && dir.join("node_modules/typescript7/bin/tsc").exists()
        && dir.join("node_modules/ajv/package.json").exists()
        && dir.join("node_modules/.bin/esbuild").exists()
        && dir.join("node_modules/rollup/package.json").exists()
        && dir.join("node_modules/@rollup/plugin-node-resolve/package.json").exists()
        && dir.join("node_modules/@rollup/plugin-terser/package.json").exists();
    if !fresh {
        let status = std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .status()
            .expect("npm is installed (Node 20 or newer)");
        assert!(status.success(), "`npm ci` in tests/node failed");
    }
    dir
}

/// The README, whose `rust` code blocks rustdoc compiles and runs as the
/// doctests of this crate, so that an example that stops compiling fails
/// `cargo test`. (`tests/tests/readme.rs` does the same for its TypeScript
/// and JavaScript blocks.)
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct Readme;
