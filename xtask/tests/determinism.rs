//! Output is a function of the catalogue's meaning alone: the same bytes
//! under any locale, time zone or working folder, and whatever the order of
//! keys and tables where TOML gives order no meaning.

mod common;

use common::{files, root};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Generates `catalogue` into a fresh folder under the given environment.
fn generate(catalogue: &Path, env: &[(&str, &str)], cwd: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let out = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["gen", "--catalogue"])
        .arg(catalogue)
        .arg("--out")
        .arg(out.path())
        .envs(env.iter().copied())
        .current_dir(cwd)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    files(out.path())
}

#[test]
fn locale_time_zone_and_working_folder_change_nothing() {
    let catalogue = root().join("catalogue.toml");
    let reference = generate(&catalogue, &[("LANG", "C"), ("TZ", "UTC")], &root());
    assert!(reference.len() >= 10, "{} files", reference.len());
    let elsewhere = tempfile::tempdir().unwrap();
    for (env, cwd) in [
        (&[("LANG", "tr_TR.UTF-8"), ("LC_ALL", "tr_TR.UTF-8"), ("TZ", "Pacific/Kiritimati")][..], root()),
        (
            &[("LANG", "ja_JP.eucJP"), ("TZ", "America/St_Johns"), ("SOURCE_DATE_EPOCH", "1")][..],
            elsewhere.path().to_path_buf(),
        ),
        (&[("LC_COLLATE", "de_DE.UTF-8"), ("TZ", "Etc/GMT+12")][..], PathBuf::from("/")),
    ] {
        assert!(generate(&catalogue, env, &cwd) == reference, "output changed under {env:?} in {}", cwd.display());
    }
}

/// The catalogue parsed and written back by the `toml` crate: every table's
/// keys in alphabetical order, `[targets]` before `[catalogue]`, all
/// `[[category]]` tables before all `[[error]]` tables instead of
/// interleaved. None of that carries meaning, so the output must not change.
#[test]
fn reordering_keys_and_tables_changes_nothing() {
    let work = tempfile::tempdir().unwrap();
    let original = root().join("catalogue.toml");
    let text = fs::read_to_string(&original).unwrap();
    let table: toml::Table = toml::from_str(&text).unwrap();
    let reordered = toml::to_string(&table).unwrap();
    assert_ne!(reordered, text);
    let first_error = reordered.find("[[error]]").unwrap();
    assert!(reordered.rfind("[[category]]").unwrap() < first_error, "categories were expected to move together");
    let path = work.path().join("reordered.toml");
    fs::write(&path, reordered).unwrap();
    assert!(generate(&path, &[], &root()) == generate(&original, &[], &root()), "reordering changed the output");
}
