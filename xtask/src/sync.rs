//! Compares the rendered files with the output folder, and writes the
//! difference. The only module that touches generated files on disk.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use codegen::GeneratedFile;
use similar::TextDiff;

/// How one file on disk relates to what the catalogue produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// The file should exist but does not.
    Missing { path: String },
    /// The file exists with other contents.
    Stale { path: String, diff: String },
    /// The file is in an owned folder but the catalogue no longer produces it.
    Extra { path: String },
}

impl Drift {
    pub fn path(&self) -> &str {
        match self {
            Drift::Missing { path } | Drift::Stale { path, .. } | Drift::Extra { path } => path,
        }
    }
}

/// What `gen` did to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Written,
    Unchanged,
    Removed,
}

impl Action {
    pub fn verb(self) -> &'static str {
        match self {
            Action::Written => "written",
            Action::Unchanged => "unchanged",
            Action::Removed => "removed",
        }
    }
}

/// Lines of diff shown per stale file; a larger change is summarised.
const MAX_DIFF_LINES: usize = 200;

/// Every difference between `wanted` and the folder `out`, sorted by path.
/// Reads only.
pub fn check(out: &Path, wanted: &[GeneratedFile]) -> io::Result<Vec<Drift>> {
    let mut drift = Vec::new();
    for file in wanted {
        let disk = out.join(&file.path);
        match fs::read(&disk) {
            Ok(bytes) if bytes == file.contents.as_bytes() => {}
            Ok(bytes) => drift.push(Drift::Stale {
                path: file.path.clone(),
                diff: describe_change(&file.path, &bytes, &file.contents),
            }),
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                drift.push(Drift::Missing { path: file.path.clone() })
            }
            Err(error) => return Err(with_path(error, &disk)),
        }
    }
    for path in extra_files(out, wanted)? {
        drift.push(Drift::Extra { path });
    }
    drift.sort_by(|a, b| a.path().cmp(b.path()));
    Ok(drift)
}

/// Brings the folder `out` in line with `wanted`: writes only files whose
/// bytes differ and removes owned files no longer produced. Returns what
/// happened to each file, sorted by path.
///
/// Every changed file is first written in full to a temporary file beside
/// its target; only when all of them are on disk are they renamed into
/// place. A failure while writing (a read-only folder, a full disk) thus
/// changes nothing, and a crash at any moment leaves each file either
/// complete and old or complete and new, since a rename is atomic.
pub fn write(out: &Path, wanted: &[GeneratedFile]) -> io::Result<Vec<(String, Action)>> {
    let mut report = Vec::new();
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let result = (|| {
        for file in wanted {
            let disk = out.join(&file.path);
            let same = match fs::read(&disk) {
                Ok(bytes) => bytes == file.contents.as_bytes(),
                Err(error) if error.kind() == io::ErrorKind::NotFound => false,
                Err(error) => return Err(with_path(error, &disk)),
            };
            if same {
                report.push((file.path.clone(), Action::Unchanged));
            } else {
                staged.push((stage(&disk, file.contents.as_bytes())?, disk));
                report.push((file.path.clone(), Action::Written));
            }
        }
        while let Some((temporary, disk)) = staged.pop() {
            if let Err(error) = fs::rename(&temporary, &disk) {
                staged.push((temporary, disk.clone()));
                return Err(with_path(error, &disk));
            }
        }
        Ok(())
    })();
    if let Err(error) = result {
        for (temporary, _) in staged {
            let _ = fs::remove_file(temporary);
        }
        return Err(error);
    }
    for path in extra_files(out, wanted)? {
        let disk = out.join(&path);
        fs::remove_file(&disk).map_err(|error| with_path(error, &disk))?;
        report.push((path, Action::Removed));
    }
    report.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(report)
}

/// Writes `bytes` to a new temporary file beside `path` (same folder, so the
/// later rename stays on one file system) and returns its path.
fn stage(path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    let parent = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(parent).map_err(|error| with_path(error, parent))?;
    let temporary = parent.join(format!(".{}.{}.tmp", file_name(path), std::process::id()));
    if let Err(error) = fs::write(&temporary, bytes) {
        let _ = fs::remove_file(&temporary);
        return Err(with_path(error, &temporary));
    }
    Ok(temporary)
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Whether `name` is a temporary file [`stage`] left for `target` when a
/// run was killed.
fn is_leftover_of(name: &str, target: &str) -> bool {
    name.strip_prefix('.')
        .and_then(|rest| rest.strip_prefix(target))
        .and_then(|rest| rest.strip_prefix('.'))
        .and_then(|rest| rest.strip_suffix(".tmp"))
        .is_some_and(|pid| !pid.is_empty() && pid.chars().all(|c| c.is_ascii_digit()))
}

/// Files on disk that the generator owns (see [`codegen::OWNED_FOLDERS`] and
/// [`codegen::OWNED_FILES`]) but does not produce, as `/`-separated paths.
fn extra_files(out: &Path, wanted: &[GeneratedFile]) -> io::Result<Vec<String>> {
    let mut on_disk = Vec::new();
    for folder in codegen::OWNED_FOLDERS {
        collect_files(out, &out.join(folder), &mut on_disk)?;
    }
    for file in codegen::OWNED_FILES {
        if out.join(file).is_file() {
            on_disk.push((*file).to_string());
        }
        // Temporary files of a killed run beside an owned file (those in
        // owned folders are already collected above).
        let (folder, name) = file.rsplit_once('/').unwrap_or(("", file));
        if let Ok(entries) = fs::read_dir(out.join(folder)) {
            for entry in entries.flatten() {
                let entry_name = entry.file_name().to_string_lossy().into_owned();
                if is_leftover_of(&entry_name, name) {
                    on_disk.push(if folder.is_empty() { entry_name } else { format!("{folder}/{entry_name}") });
                }
            }
        }
    }
    on_disk.retain(|path| !wanted.iter().any(|file| &file.path == path));
    on_disk.sort();
    on_disk.dedup();
    Ok(on_disk)
}

fn collect_files(out: &Path, folder: &Path, found: &mut Vec<String>) -> io::Result<()> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(with_path(error, folder)),
    };
    for entry in entries {
        let entry = entry.map_err(|error| with_path(error, folder))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|error| with_path(error, &path))?;
        if kind.is_dir() {
            collect_files(out, &path, found)?;
        } else {
            let relative = path.strip_prefix(out).unwrap_or(&path);
            let parts: Vec<String> =
                relative.components().map(|part| part.as_os_str().to_string_lossy().into_owned()).collect();
            found.push(parts.join("/"));
        }
    }
    Ok(())
}

/// A unified diff of the file as it is against the file as it should be,
/// with the cases a diff shows badly named outright.
fn describe_change(path: &str, old: &[u8], new: &str) -> String {
    let Ok(old) = std::str::from_utf8(old) else {
        return format!("{path} is not valid UTF-8 (was it saved with another encoding?)\n");
    };
    if old.replace("\r\n", "\n") == new {
        return format!(
            "{path}: only line endings differ (the file has CRLF, generated files use LF; see .gitattributes)\n"
        );
    }
    let diff = TextDiff::from_lines(old, new);
    let text = diff.unified_diff().context_radius(3).header(&format!("a/{path}"), &format!("b/{path}")).to_string();
    let total = text.lines().count();
    if total <= MAX_DIFF_LINES {
        return text;
    }
    let mut shown: String = text.lines().take(MAX_DIFF_LINES).flat_map(|line| [line, "\n"]).collect();
    let _ = writeln!(shown, "... {} more diff lines", total - MAX_DIFF_LINES);
    shown
}

fn with_path(error: io::Error, path: &Path) -> io::Error {
    io::Error::new(error.kind(), format!("{}: {error}", path.display()))
}

/// The path as the user should read it: relative to the current folder when
/// that is shorter.
pub fn display(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|here| path.strip_prefix(here).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped_files() -> Vec<GeneratedFile> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let text = fs::read_to_string(root.join("catalogue.toml")).unwrap();
        codegen::generate(&codegen::load(&text).unwrap())
    }

    /// The drift check cannot be fooled: every single-byte flip, insertion
    /// and deletion at many offsets of every file, a CRLF conversion and a
    /// trailing space are each reported as exactly that file being stale.
    #[test]
    fn every_single_byte_mutation_of_every_file_is_reported() {
        let files = shipped_files();
        let out = tempfile::tempdir().unwrap();
        write(out.path(), &files).unwrap();
        assert!(check(out.path(), &files).unwrap().is_empty());
        let mut mutations = 0;
        for file in &files {
            let path = out.path().join(&file.path);
            let original = file.contents.as_bytes().to_vec();
            let mut variants: Vec<(String, Vec<u8>)> = Vec::new();
            // 40 offsets spread over the file, plus both ends.
            let offsets = (0..40).map(|i| i * original.len() / 40).chain([original.len() - 1]);
            for offset in offsets {
                let mut flipped = original.clone();
                flipped[offset] ^= 0x20;
                if flipped[offset] == original[offset] {
                    flipped[offset] ^= 0x01;
                }
                variants.push((format!("flip at {offset}"), flipped));
                let mut inserted = original.clone();
                inserted.insert(offset, b' ');
                variants.push((format!("insert at {offset}"), inserted));
                let mut deleted = original.clone();
                deleted.remove(offset);
                variants.push((format!("delete at {offset}"), deleted));
            }
            variants.push(("CRLF line endings".into(), file.contents.replace('\n', "\r\n").into_bytes()));
            let mut trailing = file.contents.clone();
            let first_newline = trailing.find('\n').unwrap();
            trailing.insert(first_newline, ' ');
            variants.push(("trailing space".into(), trailing.into_bytes()));
            variants.push(("extra final newline".into(), format!("{}\n", file.contents).into_bytes()));
            for (what, bytes) in variants {
                fs::write(&path, &bytes).unwrap();
                let drift = check(out.path(), &files).unwrap();
                assert!(
                    matches!(drift.as_slice(), [Drift::Stale { path, .. }] if *path == file.path),
                    "{} ({what}) not reported: {drift:?}",
                    file.path
                );
                mutations += 1;
            }
            fs::write(&path, &original).unwrap();
        }
        assert!(check(out.path(), &files).unwrap().is_empty());
        assert!(mutations > 1000, "only {mutations} mutations");
    }

    #[test]
    fn leftover_temporary_files_are_recognised_by_name() {
        assert!(is_leftover_of(".package.json.1234.tmp", "package.json"));
        assert!(!is_leftover_of(".package.json.tmp", "package.json"));
        assert!(!is_leftover_of(".package.json.12a.tmp", "package.json"));
        assert!(!is_leftover_of("package.json.1.tmp", "package.json"));
    }
}
