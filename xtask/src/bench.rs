//! `cargo xtask bench`: how long `cargo xtask check` takes to do its own
//! work on the shipped catalogue, measured in-process so that Cargo's start
//! and freshness check (which every `cargo xtask` pays) stay out of it.
//!
//! One run is exactly what `check` does: read `catalogue.toml`, `load` it,
//! `generate` every file, and compare them with `generated/`. Each stage is
//! timed on its own; the figures are medians over the runs. Run it in the
//! profile to measure: `cargo xtask bench` is the debug build `cargo xtask`
//! uses; `cargo run --release -p xtask -- bench` is the release one.

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use crate::sync;

/// What `cargo xtask check` is allowed for its own work.
const TARGET: Duration = Duration::from_millis(20);

pub fn run(args: impl Iterator<Item = String>) -> ExitCode {
    let args: Vec<String> = args.collect();
    let runs = match args.as_slice() {
        [] => 101,
        [flag, runs] if flag == "--runs" => match runs.parse::<usize>() {
            Ok(runs) if runs > 0 => runs,
            _ => return usage(&format!("`--runs` needs a positive number, not `{runs}`")),
        },
        _ => return usage(&format!("unexpected arguments: {}", args.join(" "))),
    };
    let root = crate::workspace_root();
    match measure(&root.join("catalogue.toml"), &root.join("generated"), runs) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}\n\nUsage: cargo xtask bench [--runs N]");
    ExitCode::from(2)
}

fn measure(catalogue: &Path, out: &Path, runs: usize) -> Result<(), String> {
    const STAGES: [&str; 5] = ["read catalogue.toml", "load", "generate", "compare with generated/", "total"];
    let mut times: Vec<[Duration; 5]> = Vec::with_capacity(runs);
    let mut summary = String::new();
    let mut last_catalogue = None;
    for _ in 0..runs {
        let start = Instant::now();
        let text = std::fs::read_to_string(catalogue).map_err(|error| format!("{}: {error}", catalogue.display()))?;
        let read = start.elapsed();
        let catalogue = codegen::load(&text).map_err(|_| "catalogue.toml is invalid; run `cargo xtask check`")?;
        let loaded = start.elapsed();
        let files = codegen::generate(&catalogue);
        let generated = start.elapsed();
        let drift = sync::check(out, &files).map_err(|error| error.to_string())?;
        let compared = start.elapsed();
        // A stale file costs a diff on top of the comparison: still what
        // `check` does, but not its usual case, so the summary says so.
        summary = format!(
            "{} codes, {} files, {} KiB generated, {} stale",
            catalogue.errors.len(),
            files.len(),
            files.iter().map(|file| file.contents.len()).sum::<usize>() / 1024,
            drift.len()
        );
        times.push([read, loaded - read, generated - loaded, compared - generated, compared]);
        last_catalogue = Some(catalogue);
    }
    let profile = if cfg!(debug_assertions) { "debug" } else { "release" };
    println!("cargo xtask check, its own work in-process ({profile} build; {summary}), {runs} runs:");
    println!();
    println!("| stage | median | fastest |");
    println!("|---|---:|---:|");
    for (index, stage) in STAGES.iter().enumerate() {
        let mut stage_times: Vec<Duration> = times.iter().map(|run| run[index]).collect();
        stage_times.sort();
        println!("| {stage} | {} | {} |", millis(stage_times[stage_times.len() / 2]), millis(stage_times[0]));
    }
    let mut totals: Vec<Duration> = times.iter().map(|run| run[4]).collect();
    totals.sort();
    let median = totals[totals.len() / 2];
    let verdict = if median < TARGET { "meets" } else { "MISSES" };
    println!();
    println!("median total {} ({verdict} the {} target)", millis(median), millis(TARGET));
    emitters(&last_catalogue.expect("at least one run"), runs);
    Ok(())
}

/// Each emitter on its own, to show where `generate`'s time goes:
/// `generate` runs the Rust emitter on a second thread beside the others.
fn emitters(catalogue: &codegen::Catalogue, runs: usize) {
    type Emit = fn(&codegen::Catalogue) -> Vec<codegen::GeneratedFile>;
    const EMITTERS: [(&str, Emit); 4] = [
        ("rust", codegen::rust::emit),
        ("typescript", codegen::typescript::emit),
        ("json_schema", codegen::json_schema::emit),
        ("markdown", codegen::markdown::emit),
    ];
    println!();
    println!("Each emitter alone, {runs} runs:");
    println!();
    println!("| emitter | median | fastest |");
    println!("|---|---:|---:|");
    for (name, emit) in EMITTERS {
        let mut stage_times: Vec<Duration> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(emit(catalogue));
                start.elapsed()
            })
            .collect();
        stage_times.sort();
        println!("| {name} | {} | {} |", millis(stage_times[stage_times.len() / 2]), millis(stage_times[0]));
    }
}

fn millis(time: Duration) -> String {
    format!("{:.2} ms", time.as_secs_f64() * 1e3)
}
