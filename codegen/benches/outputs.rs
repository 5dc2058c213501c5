//! What the generated code costs the programs that use it, at the shipped
//! catalogue's size (143 codes) and at 15,000 synthetic codes:
//!
//! - Rust: cold compile time of the generated crate (debug and release), and
//!   `ErrorCode::from_code` / `ErrorCode::from_name` against a `HashMap`
//!   built from the same codes, in one release run with the ratio printed.
//!   The crate is emitted with `codegen::rust::emit` into a temporary folder
//!   next to a small harness crate that depends on it.
//! - TypeScript: `tsc --noEmit` time of the generated package with
//!   TypeScript 5.9 and 7.0, and the minified + gzipped size (esbuild) of a
//!   program that imports only `ErrorCode` and of one that also imports
//!   `errorInfo`, with a check that the first holds no description text.
//!   The tools are the ones pinned in `tests/node` (installed with `npm ci`
//!   if missing); the bundling script is `tests/node/ts/bundle.mjs`.
//!
//! Run with `cargo bench -p codegen --bench outputs`; `-- --sizes shipped`
//! runs one size, `-- --targets typescript` one language. Needs cargo, node
//! and npm. Prints Markdown tables.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use codegen::Catalogue;

const WORKSPACE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sizes: Vec<String> = match args.iter().position(|arg| arg == "--sizes") {
        Some(position) => args[position + 1].split(',').map(str::to_string).collect(),
        None => vec!["shipped".to_string(), "15000".to_string()],
    };
    let targets: Vec<String> = match args.iter().position(|arg| arg == "--targets") {
        Some(position) => args[position + 1].split(',').map(str::to_string).collect(),
        None => vec!["rust".to_string(), "typescript".to_string()],
    };
    let scratch = std::env::temp_dir().join(format!("error-catalogue-outputs-bench-{}", std::process::id()));
    let catalogues: Vec<(String, Catalogue)> = sizes
        .iter()
        .map(|size| {
            let text = if size == "shipped" {
                std::fs::read_to_string(Path::new(WORKSPACE).join("catalogue.toml")).expect("catalogue.toml")
            } else {
                support::catalogue(size.parse().expect("a size is a number or `shipped`"))
            };
            let catalogue = codegen::load(&text).unwrap_or_else(|d| panic!("{}", d.render("catalogue.toml", &text)));
            (label(size, &catalogue), catalogue)
        })
        .collect();

    if targets.iter().any(|target| target == "rust") {
        rust_tables(&scratch, &catalogues);
    }
    if targets.iter().any(|target| target == "typescript") {
        typescript_table(&scratch, &catalogues);
    }
    let _ = std::fs::remove_dir_all(&scratch);
}

fn rust_tables(scratch: &Path, catalogues: &[(String, Catalogue)]) {
    println!("## Generated Rust crate\n");
    println!("| codes | source | cargo build (debug, cold) | cargo build --release (cold) |");
    println!("|---|---:|---:|---:|");
    let mut lookups = Vec::new();
    for (label, catalogue) in catalogues {
        let folder = scratch.join(format!("rust-{}", catalogue.errors.len()));
        let (source, debug, release) = rust_crate(&folder, catalogue);
        println!("| {label} | {} | {} | {} |", kib(source), seconds(debug), seconds(release));
        lookups.push((label, lookup_harness(&folder)));
    }
    println!(
        "\nLookups, per call, best of 31 batches over every code (release; ratio below 1: faster than HashMap):\n"
    );
    println!("| codes | from_code | HashMap<u32, _> | ratio | from_name | HashMap<&str, _> | ratio |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (label, figures) in &lookups {
        println!("| {label} | {figures} |");
    }
    println!();
}

fn typescript_table(scratch: &Path, catalogues: &[(String, Catalogue)]) {
    let node = node_tooling();
    println!("\n## Generated TypeScript package\n");
    println!(
        "| codes | source | tsc 5.9 --noEmit | tsc 7.0 --noEmit | `ErrorCode` only: min / gzip | + `errorInfo`: min / gzip | texts in the `ErrorCode`-only bundle |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (label, catalogue) in catalogues {
        let folder = scratch.join(format!("typescript-{}", catalogue.errors.len()));
        let figures = typescript(&folder, &node, catalogue);
        println!("| {label} | {figures} |");
    }
    println!();
}

fn label(size: &str, catalogue: &Catalogue) -> String {
    if size == "shipped" { format!("{} (shipped)", catalogue.errors.len()) } else { catalogue.errors.len().to_string() }
}

/// Writes the generated crate and returns its source size and its cold
/// debug and release build times.
fn rust_crate(folder: &Path, catalogue: &Catalogue) -> (usize, Duration, Duration) {
    let crate_folder = folder.join("crate");
    let mut source = 0;
    for file in codegen::rust::emit(catalogue) {
        let relative = file.path.strip_prefix("rust/").expect("Rust files live under rust/");
        source += file.contents.len();
        write(&crate_folder.join(relative), &file.contents);
    }
    let build = |profile: &[&str]| {
        let target = folder.join(format!("target-cold{}", profile.join("")));
        let start = Instant::now();
        run(Command::new("cargo")
            .args(["build", "--quiet", "--offline"])
            .args(profile)
            .env("CARGO_TARGET_DIR", &target)
            .current_dir(&crate_folder));
        let elapsed = start.elapsed();
        let _ = std::fs::remove_dir_all(target);
        elapsed
    };
    (source, build(&[]), build(&["--release"]))
}

/// Builds and runs the lookup harness against the crate in `folder`;
/// returns its table cells.
fn lookup_harness(folder: &Path) -> String {
    let harness = folder.join("harness");
    let manifest: String = std::fs::read_to_string(folder.join("crate/Cargo.toml")).expect("the crate's manifest");
    let name = manifest
        .lines()
        .find_map(|line| line.strip_prefix("name = "))
        .expect("the crate has a name")
        .trim_matches('"')
        .to_owned();
    write(
        &harness.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"lookup-harness\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\nerror_codes = {{ package = \"{name}\", path = \"../crate\" }}\n\n[workspace]\n"
        ),
    );
    write(&harness.join("src/main.rs"), HARNESS);
    let output = run(Command::new("cargo")
        .args(["run", "--quiet", "--offline", "--release"])
        .env("CARGO_TARGET_DIR", folder.join("target-harness"))
        .current_dir(&harness));
    output.trim().to_owned()
}

/// The harness: every lookup of one kind over all codes is a batch; the
/// fastest of 31 batches (the least disturbed by the machine) gives the
/// time per lookup. Printed as table cells.
const HARNESS: &str = r#"use std::collections::HashMap;
use std::hint::black_box;
use std::time::Instant;

use error_codes::ErrorCode;

/// Nanoseconds per lookup: the fastest of 31 batches of `batch` (one lookup
/// per code), each repeated to run at least 200,000 lookups.
fn best_per_lookup(lookups: usize, mut batch: impl FnMut()) -> f64 {
    let repeats = (200_000 / lookups).max(1);
    (0..31)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..repeats {
                batch();
            }
            start.elapsed().as_secs_f64() * 1e9 / (repeats * lookups) as f64
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let numbers: Vec<u32> = ErrorCode::ALL.iter().map(|code| code.code()).collect();
    let names: Vec<&str> = ErrorCode::ALL.iter().map(|code| code.name()).collect();
    let by_number: HashMap<u32, ErrorCode> = ErrorCode::ALL.iter().map(|&code| (code.code(), code)).collect();
    let by_name: HashMap<&str, ErrorCode> = ErrorCode::ALL.iter().map(|&code| (code.name(), code)).collect();
    for (&number, &name) in numbers.iter().zip(&names) {
        assert_eq!(ErrorCode::from_code(number), by_number.get(&number).copied());
        assert_eq!(ErrorCode::from_name(name), by_name.get(name).copied());
    }
    let n = numbers.len();
    let from_code = best_per_lookup(n, || for &number in &numbers { black_box(ErrorCode::from_code(black_box(number))); });
    let map_code = best_per_lookup(n, || for number in &numbers { black_box(by_number.get(black_box(number)).copied()); });
    let from_name = best_per_lookup(n, || for &name in &names { black_box(ErrorCode::from_name(black_box(name))); });
    let map_name = best_per_lookup(n, || for &name in &names { black_box(by_name.get(black_box(name)).copied()); });
    println!(
        "{from_code:.1} ns | {map_code:.1} ns | {:.2} | {from_name:.1} ns | {map_name:.1} ns | {:.2}",
        from_code / map_code,
        from_name / map_name
    );
}
"#;

/// The pinned Node tools, installed with `npm ci` when missing.
fn node_tooling() -> PathBuf {
    let node = Path::new(WORKSPACE).join("tests/node");
    let ready = ["node_modules/typescript/bin/tsc", "node_modules/typescript7/bin/tsc", "node_modules/.bin/esbuild"]
        .iter()
        .all(|tool| node.join(tool).exists());
    if !ready {
        run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&node));
    }
    node
}

/// Emits the package as `node_modules/<name>` of a scratch project (imports
/// then go through its `exports`, as for a user), times `tsc --noEmit`,
/// builds it and bundles two programs. Returns the table cells.
fn typescript(folder: &Path, node: &Path, catalogue: &Catalogue) -> String {
    let package = folder.join("node_modules").join(&catalogue.typescript.package);
    let mut source = 0;
    for file in codegen::typescript::emit(catalogue) {
        let relative = file.path.strip_prefix("typescript/").expect("TypeScript files live under typescript/");
        source += file.contents.len();
        write(&package.join(relative), &file.contents);
    }
    write(&folder.join("package.json"), "{ \"private\": true, \"type\": \"module\" }\n");
    let tsc5 = node.join("node_modules/typescript/bin/tsc");
    let tsc7 = node.join("node_modules/typescript7/bin/tsc");
    let config = package.join("tsconfig.json");
    // The time, or the first error when the package does not type-check.
    let no_emit = |tsc: &Path| -> String {
        let mut failure = None;
        let time = median_of(3, || {
            let start = Instant::now();
            if let Err(error) = try_run(Command::new("node").arg(tsc).arg("-p").arg(&config).arg("--noEmit")) {
                failure = Some(error);
            }
            start.elapsed()
        });
        match failure {
            None => seconds(time),
            Some(error) => format!("fails after {}: {error}", seconds(time)),
        }
    };
    let (time5, time7) = (no_emit(&tsc5), no_emit(&tsc7));
    // The package's entry points are its compiled `dist/` files; tsc writes
    // them even when it reports type errors.
    let _ = try_run(Command::new("node").arg(&tsc5).arg("-p").arg(&config));
    let specifier = format!("\"{}\"", catalogue.typescript.package);
    let bundle = |name: &str, imports: &str| {
        let entry = folder.join(format!("{name}.mjs"));
        write(&entry, &format!("export {{ {imports} }} from {specifier};\n"));
        let outfile = folder.join(format!("{name}.bundle.js"));
        let sizes =
            run(Command::new("node").arg(node.join("ts/bundle.mjs")).arg(&entry).arg(&outfile).current_dir(folder));
        let number = |key: &str| -> usize {
            let rest =
                &sizes[sizes.find(&format!("\"{key}\":")).expect("bundle.mjs prints raw and gzip") + key.len() + 3..];
            rest[..rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len())].parse().expect("a size")
        };
        (std::fs::read_to_string(outfile).expect("the bundle"), number("raw"), number("gzip"))
    };
    let (codes_only, raw, gzip) = bundle("codes-only", "ErrorCode");
    let (_, info_raw, info_gzip) = bundle("with-info", "ErrorCode, errorInfo");
    let descriptions: Vec<&str> = catalogue.errors.iter().filter_map(|error| error.description.as_deref()).collect();
    let leaked = descriptions.iter().filter(|text| codes_only.contains(**text)).count();
    format!(
        "{} | {} | {} | {} / {} | {} / {} | {leaked} of {} descriptions",
        kib(source),
        time5,
        time7,
        kib(raw),
        kib(gzip),
        kib(info_raw),
        kib(info_gzip),
        descriptions.len()
    )
}

fn median_of(runs: usize, mut measure: impl FnMut() -> Duration) -> Duration {
    let mut times: Vec<Duration> = (0..runs).map(|_| measure()).collect();
    times.sort();
    times[runs / 2]
}

fn run(command: &mut Command) -> String {
    try_run(command).unwrap_or_else(|error| panic!("{command:?} failed:\n{error}"))
}

/// The command's output, or on failure the first line that names an error
/// (the whole output if none does).
fn try_run(command: &mut Command) -> Result<String, String> {
    let output = command.output().unwrap_or_else(|error| panic!("cannot run {command:?}: {error}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if output.status.success() {
        return Ok(stdout);
    }
    let all = format!("{stdout}{}", String::from_utf8_lossy(&output.stderr));
    Err(all.lines().find(|line| line.contains("error")).map_or(all.clone(), |line| {
        // Drop the path: the line and column are enough in a table.
        line.rsplit_once("): ").map_or(line, |(_, message)| message).to_owned()
    }))
}

fn write(path: &Path, contents: &str) {
    std::fs::create_dir_all(path.parent().expect("a file in a folder")).expect("can create the folder");
    std::fs::write(path, contents).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}

fn seconds(time: Duration) -> String {
    format!("{:.2} s", time.as_secs_f64())
}

fn kib(bytes: usize) -> String {
    if bytes >= 10 * 1024 * 1024 {
        format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    }
}
