//! What `cargo xtask breaking` costs beyond loading the two catalogues: the
//! comparison of two models (`codegen::compare::compare`) and locating the
//! changes in the text (`Locations::of`), at the shipped catalogue's size
//! and at 1,500, 15,000 and 150,000 synthetic codes.
//!
//! The new catalogue is the old one with one code in 50 renamed, one in 50
//! renumbered, one in 50 removed (and reserved), one in 20 reworded, one in
//! 50 moved to another category, one in 100 deprecated and one in 50 new
//! codes added: every kind of matching the comparison does, at every size.
//! Each figure is the median of the runs (31 / 15 / 7 / 5 by size; the
//! first run counts). The time ratio to the previous size shows whether the
//! comparison stays linear. Besides wall time, the CPU time of the thread
//! (from `/proc/thread-self/schedstat`, on Linux) is shown: on a shared
//! machine the wall time also counts the time other processes held the core.
//!
//! Run with `cargo bench -p codegen --bench compare`; `-- --sizes shipped,15000`
//! picks sizes. Prints a Markdown table.

mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use codegen::Catalogue;
use codegen::compare::{Locations, compare};
use codegen::model::{ErrorCode, Reserved};

const WORKSPACE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sizes: Vec<String> = match args.iter().position(|arg| arg == "--sizes") {
        Some(position) => args[position + 1].split(',').map(str::to_string).collect(),
        None => ["shipped", "1500", "15000", "150000"].map(str::to_string).to_vec(),
    };
    println!("| codes | changes | `compare` wall | `compare` CPU | CPU per code | CPU ratio | `Locations::of` wall |");
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    let mut previous: Option<Duration> = None;
    for size in &sizes {
        let text = if size == "shipped" {
            std::fs::read_to_string(Path::new(WORKSPACE).join("catalogue.toml")).expect("catalogue.toml")
        } else {
            support::catalogue(size.parse().expect("a size is a number or `shipped`"))
        };
        let old = codegen::load(&text).unwrap_or_else(|d| panic!("{}", d.render("catalogue.toml", &text)));
        let new = edited(&old);
        let runs = match old.errors.len() {
            0..=500 => 31,
            501..=5_000 => 15,
            5_001..=50_000 => 7,
            _ => 5,
        };
        let mut changes = 0;
        let (compare_wall, compare_cpu) =
            median(runs, || changes = std::hint::black_box(compare(&old, &new)).changes.len());
        let (locate_wall, _) = median(runs, || {
            std::hint::black_box(Locations::of(&text));
        });
        let ratio = previous
            .map_or_else(String::new, |before| format!("{:.1}×", compare_cpu.as_secs_f64() / before.as_secs_f64()));
        previous = Some(compare_cpu);
        let codes = old.errors.len();
        println!(
            "| {codes} | {changes} | {} | {} | {:.0} ns | {ratio} | {} |",
            show(compare_wall),
            show(compare_cpu),
            compare_cpu.as_secs_f64() * 1e9 / codes as f64,
            show(locate_wall)
        );
    }
}

/// The old catalogue with every kind of change the comparison matches.
fn edited(old: &Catalogue) -> Catalogue {
    let mut new = old.clone();
    let categories: Vec<String> = old.categories.iter().map(|category| category.id.clone()).collect();
    let top = old.errors.iter().map(|error| error.code).max().unwrap_or(0);
    let mut errors = Vec::with_capacity(old.errors.len());
    for (index, error) in old.errors.iter().enumerate() {
        let mut error = error.clone();
        match index % 100 {
            0 | 50 => error.name.push_str("_RENAMED"),
            1 | 51 => error.code += top + 1,
            2 | 52 => {
                new.reserved.push(Reserved { code: Some(error.code), name: Some(error.name.clone()), note: None });
                continue;
            }
            3 | 23 | 43 | 63 | 83 => error.description = Some("Reworded.".to_string()),
            4 | 54 => error.category = categories[(index / 100) % categories.len()].clone(),
            5 => error.deprecated = Some("Retired.".to_string()),
            _ => {}
        }
        errors.push(error);
    }
    for index in 0..old.errors.len() / 50 {
        errors.push(ErrorCode {
            code: 2 * (top + 1) + index as u32,
            name: format!("ADDED_CODE_{index}"),
            category: categories[0].clone(),
            description: None,
            methods: Vec::new(),
            details: Vec::new(),
            reasons: Vec::new(),
            deprecated: None,
            since: None,
            replaced_by: None,
        });
    }
    new.errors = errors;
    new
}

/// The median wall time and the median CPU time of the thread.
fn median(runs: usize, mut work: impl FnMut()) -> (Duration, Duration) {
    let mut walls = Vec::with_capacity(runs);
    let mut cpus = Vec::with_capacity(runs);
    for _ in 0..runs {
        let (start, cpu_start) = (Instant::now(), thread_cpu());
        work();
        walls.push(start.elapsed());
        cpus.push(thread_cpu().saturating_sub(cpu_start));
    }
    walls.sort();
    cpus.sort();
    (walls[runs / 2], cpus[runs / 2])
}

/// The time this thread has spent on a CPU (zero where the kernel does not
/// say).
fn thread_cpu() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|stat| stat.split_whitespace().next()?.parse().ok())
        .map_or(Duration::ZERO, Duration::from_nanos)
}

fn show(time: Duration) -> String {
    if time < Duration::from_millis(1) {
        format!("{:.1} µs", time.as_secs_f64() * 1e6)
    } else {
        format!("{:.1} ms", time.as_secs_f64() * 1e3)
    }
}
