//! `ErrorCode::from_code` (a `match`) and `ErrorCode::from_name` (a binary
//! search over names sorted at generation time) over every code, against a
//! `HashMap` built from the same codes: the usual std lookup, which the
//! `no_std` crate cannot use.
//!
//! Run with `cargo bench -p tests`. divan prints its statistics per
//! benchmark; a summary then prints the ratio of each generated lookup to its
//! `HashMap` baseline (below 1.0: the generated lookup is faster).

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Instant;

use divan::Bencher;
use video_sdk_error_codes::ErrorCode;

fn main() {
    divan::main();
    print_ratios();
}

fn numbers() -> Vec<u32> {
    ErrorCode::ALL.iter().map(|code| code.code()).collect()
}

fn names() -> Vec<&'static str> {
    ErrorCode::ALL.iter().map(|code| code.name()).collect()
}

fn by_number() -> HashMap<u32, ErrorCode> {
    ErrorCode::ALL.iter().map(|&code| (code.code(), code)).collect()
}

fn by_name() -> HashMap<&'static str, ErrorCode> {
    ErrorCode::ALL.iter().map(|&code| (code.name(), code)).collect()
}

// One iteration looks up every code once.

fn all_from_code(numbers: &[u32]) {
    for &number in numbers {
        black_box(ErrorCode::from_code(black_box(number)));
    }
}

fn all_from_hashmap_by_number(map: &HashMap<u32, ErrorCode>, numbers: &[u32]) {
    for number in numbers {
        black_box(map.get(black_box(number)).copied());
    }
}

fn all_from_name(names: &[&str]) {
    for &name in names {
        black_box(ErrorCode::from_name(black_box(name)));
    }
}

fn all_from_hashmap_by_name(map: &HashMap<&'static str, ErrorCode>, names: &[&str]) {
    for name in names {
        black_box(map.get(black_box(name)).copied());
    }
}

#[divan::bench]
fn from_code(bencher: Bencher) {
    let numbers = numbers();
    bencher.bench_local(|| all_from_code(&numbers));
}

#[divan::bench]
fn hashmap_by_number(bencher: Bencher) {
    let (map, numbers) = (by_number(), numbers());
    bencher.bench_local(|| all_from_hashmap_by_number(&map, &numbers));
}

#[divan::bench]
fn from_name(bencher: Bencher) {
    let names = names();
    bencher.bench_local(|| all_from_name(&names));
}

#[divan::bench]
fn hashmap_by_name(bencher: Bencher) {
    let (map, names) = (by_name(), names());
    bencher.bench_local(|| all_from_hashmap_by_name(&map, &names));
}

/// Nanoseconds per lookup in the fastest of several timed batches: the one
/// least disturbed by the rest of the machine.
fn best_per_lookup(mut run: impl FnMut()) -> f64 {
    const BATCHES: u32 = 31;
    const ITERATIONS: u32 = 2_000;
    let lookups = f64::from(ITERATIONS) * ErrorCode::ALL.len() as f64;
    (0..BATCHES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..ITERATIONS {
                run();
            }
            start.elapsed().as_secs_f64() * 1e9 / lookups
        })
        .fold(f64::INFINITY, f64::min)
}

fn print_ratios() {
    let (numbers, names, map_by_number, map_by_name) = (numbers(), names(), by_number(), by_name());
    let from_code = best_per_lookup(|| all_from_code(&numbers));
    let hashmap_by_number = best_per_lookup(|| all_from_hashmap_by_number(&map_by_number, &numbers));
    let from_name = best_per_lookup(|| all_from_name(&names));
    let hashmap_by_name = best_per_lookup(|| all_from_hashmap_by_name(&map_by_name, &names));
    println!();
    println!("per lookup, best of 31 batches over all {} codes:", ErrorCode::ALL.len());
    for (what, generated, baseline) in
        [("from_code", from_code, hashmap_by_number), ("from_name", from_name, hashmap_by_name)]
    {
        println!("  {what}: {generated:.1} ns vs HashMap {baseline:.1} ns: ratio {:.2}", generated / baseline);
    }
}
