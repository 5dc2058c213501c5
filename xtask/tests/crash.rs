//! `cargo xtask gen` killed at random moments never leaves a half-written
//! file: every generated file is the complete old version or the complete
//! new one, and the next run repairs everything.
#![cfg(unix)]

mod common;

use common::{files, root};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const CODES: usize = 2_000;
const KILLS: u64 = 24;

fn xtask() -> Command {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
}

/// A catalogue of `CODES` codes whose every name and description mention
/// `version`, so that two versions differ in most files.
fn synthetic_catalogue(version: &str) -> String {
    let valid = fs::read_to_string(root().join("tests/fixtures/valid/minimal.toml")).unwrap();
    let mut text =
        valid[..valid.find("[[category]]").unwrap()].replace("1.0.0", if version == "old" { "1.0.0" } else { "2.0.0" });
    text.push_str("[[category]]\nid = \"big\"\ntitle = \"Big exception\"\n\n");
    let upper = version.to_uppercase();
    for code in 1..=CODES {
        text.push_str(&format!(
            "[[error]]\ncode = {code}\nname = \"ERROR_{upper}_{code}\"\ncategory = \"big\"\n\
             description = \"Occurs in stream.startAudio for reason {code} of catalogue {version}.\"\n\
             methods = [\"stream.startAudio\"]\n\n"
        ));
    }
    text
}

fn has_temporary_file(dir: &Path) -> bool {
    let folders = codegen::OWNED_FOLDERS
        .iter()
        .copied()
        .chain(codegen::OWNED_FILES.iter().filter_map(|file| file.rsplit_once('/').map(|(folder, _)| folder)));
    folders.into_iter().any(|folder| {
        fs::read_dir(dir.join(folder))
            .is_ok_and(|entries| entries.flatten().any(|entry| entry.file_name().to_string_lossy().ends_with(".tmp")))
    })
}

fn generate(catalogue: &Path, out: &Path) {
    let status = xtask().args(["gen", "--catalogue"]).arg(catalogue).arg("--out").arg(out).output().unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
}

#[test]
fn a_killed_gen_leaves_every_file_old_or_new() {
    let work = tempfile::tempdir().unwrap();
    let catalogues: Vec<PathBuf> = ["old", "new"]
        .iter()
        .map(|version| {
            let path = work.path().join(format!("{version}.toml"));
            fs::write(&path, synthetic_catalogue(version)).unwrap();
            path
        })
        .collect();
    let expected: Vec<BTreeMap<PathBuf, Vec<u8>>> = catalogues
        .iter()
        .map(|catalogue| {
            let out = tempfile::tempdir().unwrap();
            generate(catalogue, out.path());
            files(out.path())
        })
        .collect();
    assert_eq!(expected[0].keys().collect::<Vec<_>>(), expected[1].keys().collect::<Vec<_>>());
    let differing = expected[0].iter().filter(|(path, bytes)| expected[1][*path] != **bytes).count();
    assert!(differing * 2 > expected[0].len(), "most files must differ between the versions");

    let out = work.path().join("generated");
    fs::create_dir(&out).unwrap();
    generate(&catalogues[0], &out);
    let started = Instant::now();
    generate(&catalogues[1], &out);
    let full_run = started.elapsed();

    // A fixed pseudo-random sequence of kill times across a whole run.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut mixed = 0;
    let mut while_writing = 0;
    for kill in 0..KILLS {
        let target = &catalogues[usize::from(kill % 2 == 0)];
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        // Half the kills land anywhere in a run; the other half wait until
        // the first temporary file appears, so that they hit the short
        // window in which files are written and renamed.
        let mut child = xtask().args(["gen", "--catalogue"]).arg(target).arg("--out").arg(&out).spawn().unwrap();
        let delay = if kill % 4 < 2 {
            let delay = full_run.mul_f64((state % 1000) as f64 / 1000.0 * 1.1);
            std::thread::sleep(delay);
            delay
        } else {
            let start = Instant::now();
            while !has_temporary_file(&out) && child.try_wait().unwrap().is_none() {}
            std::thread::sleep(Duration::from_micros(state % 3000));
            start.elapsed()
        };
        let _ = child.kill();
        let _ = child.wait();

        let mut versions = [0, 0];
        let mut leftovers = 0;
        for (path, bytes) in files(&out) {
            let name = path.file_name().unwrap().to_string_lossy();
            if name.starts_with('.') && name.ends_with(".tmp") {
                leftovers += 1; // killed while writing: the target is untouched
                continue;
            }
            let version = expected.iter().position(|files| files.get(&path) == Some(&bytes));
            let version =
                version.unwrap_or_else(|| panic!("kill {kill} after {delay:?}: {} is neither version", path.display()));
            if expected[0][&path] != expected[1][&path] {
                versions[version] += 1;
            }
        }
        assert_eq!(versions[0] + versions[1], differing, "kill {kill}: a file is missing");
        if versions[0] > 0 && versions[1] > 0 {
            mixed += 1;
        }
        if leftovers > 0 {
            while_writing += 1;
        }
    }
    eprintln!(
        "{KILLS} kills over a {full_run:?} run: {while_writing} while writing temporary files, {mixed} between two renames"
    );

    // The next run finishes the job: everything new, no temporary file left.
    generate(&catalogues[1], &out);
    assert_eq!(files(&out), expected[1]);
    let status = xtask().args(["check", "--catalogue"]).arg(&catalogues[1]).arg("--out").arg(&out).status().unwrap();
    assert!(status.success());
}

/// A write that fails part-way (here a folder the generator needs is
/// blocked by a file, which fails for root too, unlike permission bits)
/// exits with 2, names the path, and changes no other file.
#[test]
fn a_failed_write_is_an_io_error_and_changes_nothing() {
    let out = tempfile::tempdir().unwrap();
    let catalogue = root().join("tests/fixtures/valid/minimal.toml");
    generate(&catalogue, out.path());
    fs::remove_dir_all(out.path().join("schema")).unwrap();
    fs::write(out.path().join("schema"), "in the way").unwrap();
    let before = files(out.path());

    let changed = tempfile::tempdir().unwrap();
    let changed = changed.path().join("changed.toml");
    fs::write(&changed, fs::read_to_string(&catalogue).unwrap().replace("Every error of the SDK.", "Changed."))
        .unwrap();
    let output = xtask().args(["gen", "--catalogue"]).arg(&changed).arg("--out").arg(out.path()).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("could not update") && stderr.contains("schema"), "{stderr}");
    assert_eq!(files(out.path()), before, "no file may change, and no temporary file may remain");
}
