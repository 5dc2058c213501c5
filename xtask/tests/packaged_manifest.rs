//! The generated crate declares a `rust-version` older than this workspace's
//! toolchain, and `cargo package` rewrites its manifest with what it takes
//! from the workspace (the resolver, for one). A user on the declared
//! version must be able to read the manifest that crates.io serves, so every
//! value of it that an older Cargo refuses is held to that version here,
//! without installing a second toolchain.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// The first Cargo that accepts a value, for the values an older Cargo
/// rejects outright (an unknown key is only a warning there).
fn first_cargo_accepting(key: &str, value: &str) -> Option<(u64, u64)> {
    match (key, value) {
        ("edition", "2015" | "2018") => Some((1, 31)),
        ("edition", "2021") => Some((1, 56)),
        ("edition", "2024") => Some((1, 85)),
        ("edition", _) => Some((u64::MAX, 0)),
        ("resolver", "1" | "2") => Some((1, 51)),
        ("resolver", "3") => Some((1, 84)),
        ("resolver", _) => Some((u64::MAX, 0)),
        _ => None,
    }
}

fn version(text: &str) -> (u64, u64) {
    let mut parts = text.split('.').map(|part| part.parse::<u64>().expect("a numeric version"));
    (parts.next().unwrap(), parts.next().unwrap_or(0))
}

#[test]
fn the_packaged_manifest_is_readable_by_the_declared_rust_version() {
    let manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(root().join("generated/rust/Cargo.toml")).unwrap()).unwrap();
    let package = manifest["package"].as_table().unwrap();
    let (name, crate_version) = (package["name"].as_str().unwrap(), package["version"].as_str().unwrap());
    let target = tempfile::tempdir().unwrap();
    let output = Command::new("cargo")
        .args(["package", "--offline", "--no-verify", "--allow-dirty", "--quiet", "--package", name, "--target-dir"])
        .arg(target.path())
        .current_dir(root())
        .output()
        .unwrap();
    assert!(output.status.success(), "cargo package: {}", String::from_utf8_lossy(&output.stderr));
    let archive = target.path().join(format!("package/{name}-{crate_version}.crate"));
    let packaged = Command::new("tar")
        .arg("-xzOf")
        .arg(&archive)
        .arg(format!("{name}-{crate_version}/Cargo.toml"))
        .output()
        .unwrap();
    assert!(packaged.status.success(), "{}", String::from_utf8_lossy(&packaged.stderr));
    let packaged: toml::Table = toml::from_str(&String::from_utf8(packaged.stdout).unwrap()).unwrap();
    let packaged_package = packaged["package"].as_table().unwrap();
    let declared = packaged_package["rust-version"].as_str().expect("the crate declares a rust-version");

    let mut too_new = Vec::new();
    for (key, value) in packaged_package {
        let Some(text) = value.as_str() else { continue };
        if let Some(needed) = first_cargo_accepting(key, text)
            && needed > version(declared)
        {
            too_new.push(format!("package.{key} = {text:?} needs Cargo {}.{}", needed.0, needed.1));
        }
    }
    assert!(
        too_new.is_empty(),
        "the packaged manifest of {name} declares rust-version {declared}, but Cargo {declared} cannot read it:\n{}",
        too_new.join("\n")
    );
    // The check above sees the values it must judge (Cargo leaves out a
    // resolver that is the edition's default).
    assert!(packaged_package.get("edition").and_then(toml::Value::as_str).is_some(), "{packaged:#?}");
}
