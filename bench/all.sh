#!/usr/bin/env bash
# Every benchmark of BENCHMARKS.md, one after the other (they would skew
# each other in parallel), printed as one Markdown document: the machine,
# then each benchmark's own output. Takes over 20 minutes on 2 cores, most
# of it building the generated crate at 15,000 codes, and about 1.5 GB of
# memory (generation at 150,000 codes).
#
# Usage: bench/all.sh [BEFORE_REF] > figures.md
#   BEFORE_REF  an older commit for the compile-time comparison (optional)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

echo "# Benchmark figures, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "- commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- codegen xtask || echo ' (with local changes)')"
echo "- $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) memory"
echo "- $(rustc --version), $(cargo --version), node $(node --version)"
echo "- load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "## cargo xtask check, its own work (in-process)"
echo
echo '```text'
cargo xtask bench
echo
cargo run --quiet --release -p xtask -- bench
echo '```'
echo

echo "## Generation"
echo
cargo bench --quiet -p codegen --bench generate 2>/dev/null
echo

echo "## What the generated code costs"
echo
cargo bench --quiet -p codegen --bench outputs 2>/dev/null
echo

echo "## The generated crate against a prost-style enum of the same codes"
echo
bench/crate-vs-enum.sh
echo

echo "## Compile time of the generator"
echo
echo '```text'
if [ $# -ge 1 ]; then
  bench/compile-time.sh 3 "$1"
  echo
fi
bench/compile-time.sh 3 HEAD
echo '```'
echo

echo "## JSON Schema validation"
echo
tests/.venv/bin/python bench/schema-validation.py
