//! How generation scales: synthetic catalogues of 150, 1,500, 15,000 and
//! 150,000 codes (see `support/mod.rs`), plus the shipped one, through
//! `load`, each emitter, the whole `generate`, and both together.
//!
//! Run with `cargo bench -p codegen --bench generate` (a release build).
//! Options after `--`: `--sizes 150,1500` to choose sizes (`shipped` is the
//! real catalogue), `--stages load,generate` to choose stages, `--quick` for
//! fewer runs.
//!
//! Each (size, stage) pair runs in a child process of its own: the child
//! builds the TOML text and the model, reads its peak RSS (`VmHWM`), runs the
//! stage the given number of times, and reports the median time and its peak
//! RSS again. The parent prints a Markdown table and the time ratio between
//! consecutive sizes (a linear stage costs 10x per 10x codes).
//!
//! Memory comes from the kernel rather than from a counting global
//! allocator: such an allocator updates shared counters on every
//! allocation, which serialises `generate`'s two threads (it measured 2.7 s
//! instead of 1.4 s at 150,000 codes).

mod support;

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use codegen::Catalogue;

const SIZES: &[usize] = &[150, 1_500, 15_000, 150_000];

/// A stage of the pipeline and what it runs.
struct Stage {
    name: &'static str,
    run: fn(&str, &Catalogue) -> usize,
}

const STAGES: &[Stage] = &[
    Stage { name: "load", run: |text, _| load(text).errors.len() },
    Stage { name: "rust::emit", run: |_, catalogue| bytes(codegen::rust::emit(catalogue)) },
    Stage { name: "typescript::emit", run: |_, catalogue| bytes(codegen::typescript::emit(catalogue)) },
    Stage { name: "json_schema::emit", run: |_, catalogue| bytes(codegen::json_schema::emit(catalogue)) },
    Stage { name: "markdown::emit", run: |_, catalogue| bytes(codegen::markdown::emit(catalogue)) },
    Stage { name: "generate", run: |_, catalogue| bytes(codegen::generate(catalogue)) },
    Stage { name: "load + generate", run: |text, _| bytes(codegen::generate(&load(text))) },
];

fn load(text: &str) -> Catalogue {
    codegen::load(text).unwrap_or_else(|diagnostics| panic!("{}", diagnostics.render("synthetic.toml", text)))
}

fn bytes(files: Vec<codegen::GeneratedFile>) -> usize {
    files.iter().map(|file| file.contents.len()).sum()
}

/// One measured (size, stage) pair, as a child reports it.
#[derive(Debug, Clone)]
struct Measurement {
    codes: usize,
    median: Duration,
    runs: usize,
    /// Peak resident memory once the input is built and loaded, in KiB.
    setup_peak_kib: u64,
    /// Peak resident memory of the whole process, in KiB.
    process_peak_kib: u64,
    /// Bytes of output (or codes loaded, for `load`).
    output: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(position) = args.iter().position(|arg| arg == "--child") {
        let size = &args[position + 1];
        let stage = &args[position + 2];
        let runs: usize = args[position + 3].parse().expect("runs is a number");
        child(size, stage, runs);
        return;
    }
    let quick = args.iter().any(|arg| arg == "--quick");
    let sizes: Vec<String> = match args.iter().position(|arg| arg == "--sizes") {
        Some(position) => args[position + 1].split(',').map(str::to_string).collect(),
        None => std::iter::once("shipped".to_string()).chain(SIZES.iter().map(usize::to_string)).collect(),
    };
    let stages: Vec<&Stage> = match args.iter().position(|arg| arg == "--stages") {
        Some(position) => {
            let wanted: Vec<&str> = args[position + 1].split(',').collect();
            STAGES.iter().filter(|stage| wanted.contains(&stage.name)).collect()
        }
        None => STAGES.iter().collect(),
    };
    parent(&sizes, &stages, quick);
}

fn text_of(size: &str) -> String {
    if size == "shipped" {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalogue.toml");
        std::fs::read_to_string(path).expect("catalogue.toml is readable")
    } else {
        support::catalogue(size.parse().expect("a size is a number or `shipped`"))
    }
}

/// Runs one stage in this process and prints one line for the parent.
fn child(size: &str, stage_name: &str, runs: usize) {
    let stage = STAGES.iter().find(|stage| stage.name == stage_name).expect("a known stage");
    let text = text_of(size);
    let catalogue = load(&text);
    let setup_peak = status_kib("VmHWM");
    let start = Instant::now();
    let output = black_box((stage.run)(black_box(&text), black_box(&catalogue)));
    let first = start.elapsed();
    // The first run counts too: a command line runs the pipeline once, cold.
    let mut times: Vec<Duration> = std::iter::once(first)
        .chain((1..runs).map(|_| {
            let start = Instant::now();
            black_box((stage.run)(black_box(&text), black_box(&catalogue)));
            start.elapsed()
        }))
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "MEASURED {} {} {} {setup_peak} {} {output}",
        catalogue.errors.len(),
        median.as_nanos(),
        runs,
        status_kib("VmHWM")
    );
}

fn status_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn runs_for(size: &str, quick: bool) -> usize {
    let codes: usize = size.parse().unwrap_or(150);
    let runs: usize = match codes {
        0..=999 => 31,
        1_000..=9_999 => 15,
        10_000..=99_999 => 7,
        _ => 5,
    };
    if quick { runs.div_ceil(3) } else { runs }
}

fn measure(size: &str, stage: &str, runs: usize) -> Measurement {
    let exe = std::env::current_exe().expect("the bench binary knows its path");
    let output = Command::new(exe)
        .args(["--child", size, stage, &runs.to_string()])
        .output()
        .expect("the bench binary can run itself");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let Some(line) = stdout.lines().find_map(|line| line.strip_prefix("MEASURED ")) else {
        panic!("{stage} at {size} failed:\n{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    };
    let fields: Vec<u128> = line.split(' ').map(|field| field.parse().expect("numbers")).collect();
    let narrow = |value: u128| usize::try_from(value).expect("fits");
    Measurement {
        codes: narrow(fields[0]),
        median: Duration::from_nanos(u64::try_from(fields[1]).expect("fits")),
        runs: narrow(fields[2]),
        setup_peak_kib: u64::try_from(fields[3]).expect("fits"),
        process_peak_kib: u64::try_from(fields[4]).expect("fits"),
        output: narrow(fields[5]),
    }
}

fn parent(sizes: &[String], stages: &[&Stage], quick: bool) {
    println!("Generation benchmark: median wall time of each stage, one child process per (size, stage).");
    println!("Peak memory is the child's peak RSS (VmHWM): `setup` once the TOML text is built and loaded,");
    println!("`process` after the runs of the stage. The stage needs at least their difference; it can need");
    println!("more, as the allocator hands it memory the setup freed (the TOML tree `load` builds).\n");
    println!(
        "| codes | stage | runs | median | codes/s | output | setup peak | process peak | time vs previous size |"
    );
    println!("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
    let mut previous: Vec<Option<Measurement>> = vec![None; stages.len()];
    let mut results: Vec<(String, Vec<Measurement>)> = Vec::new();
    for size in sizes {
        let mut row = Vec::new();
        for (index, stage) in stages.iter().enumerate() {
            let measurement = measure(size, stage.name, runs_for(size, quick));
            // Ratios only between synthetic sizes: the shipped catalogue has
            // another shape.
            let ratio = match (&previous[index], size.as_str()) {
                (Some(before), size) if size != "shipped" && before.codes > 0 => format!(
                    "{:.1}x time for {:.0}x codes",
                    measurement.median.as_secs_f64() / before.median.as_secs_f64(),
                    measurement.codes as f64 / before.codes as f64
                ),
                _ => String::new(),
            };
            let label = if size == "shipped" {
                format!("{} (shipped)", measurement.codes)
            } else {
                thousands(measurement.codes)
            };
            let output = if stage.name == "load" { String::new() } else { kib(measurement.output as u64 / 1024) };
            println!(
                "| {label} | {} | {} | {} | {} | {output} | {} | {} | {ratio} |",
                stage.name,
                measurement.runs,
                duration(measurement.median),
                thousands((measurement.codes as f64 / measurement.median.as_secs_f64()) as usize),
                kib(measurement.setup_peak_kib),
                kib(measurement.process_peak_kib),
            );
            if size != "shipped" {
                previous[index] = Some(measurement.clone());
            }
            row.push(measurement);
        }
        results.push((size.clone(), row));
    }
    summary(&results, stages);
}

/// The targets, checked against the figures above.
fn summary(results: &[(String, Vec<Measurement>)], stages: &[&Stage]) {
    let stage = |name: &str| stages.iter().position(|stage| stage.name == name);
    println!();
    if let Some((_, row)) = results.iter().find(|(size, _)| size == "150000") {
        for name in ["generate", "load + generate"] {
            let Some(index) = stage(name) else { continue };
            let time = row[index].median;
            let verdict = if time < Duration::from_secs(2) { "meets" } else { "MISSES" };
            println!("150,000 codes, {name}: {} ({verdict} the 2 s target)", duration(time));
        }
    }
    let synthetic: Vec<&Vec<Measurement>> =
        results.iter().filter(|(size, _)| size != "shipped").map(|(_, row)| row).collect();
    for (index, stage) in stages.iter().enumerate() {
        let worst = synthetic
            .windows(2)
            .map(|pair| {
                let (small, large) = (&pair[0][index], &pair[1][index]);
                let time = large.median.as_secs_f64() / small.median.as_secs_f64();
                let codes = large.codes as f64 / small.codes as f64;
                (time / codes * 10.0, small.codes, large.codes)
            })
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((ratio, from, to)) = worst {
            let verdict = if ratio <= 12.0 { "meets" } else { "MISSES" };
            println!(
                "{}: worst step {:.2}x time per 10x codes ({} -> {}; {verdict} the 12x target)",
                stage.name,
                ratio,
                thousands(from),
                thousands(to)
            );
        }
    }
}

fn duration(time: Duration) -> String {
    let seconds = time.as_secs_f64();
    if seconds >= 1.0 {
        format!("{seconds:.2} s")
    } else if seconds >= 0.001 {
        format!("{:.2} ms", seconds * 1e3)
    } else {
        format!("{:.0} µs", seconds * 1e6)
    }
}

fn kib(value: u64) -> String {
    if value >= 10 * 1024 { format!("{:.0} MiB", value as f64 / 1024.0) } else { format!("{value} KiB") }
}

fn thousands(value: usize) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
