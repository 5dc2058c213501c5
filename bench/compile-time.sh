#!/usr/bin/env bash
# Compile time of the generator, as a user meets it:
#
#   1. a cold `cargo build -p xtask` (debug, the profile `cargo xtask` uses)
#      in an empty target folder, dependencies already fetched;
#   2. a fresh clone of the committed tree to the end of its first
#      `cargo xtask gen` (build + run);
#   3. `cargo build -p xtask --timings`: the slowest compilation units.
#
# Usage: bench/compile-time.sh [RUNS] [REF]
#   RUNS  runs of 1 and 2 (default 1; the median is printed)
#   REF   the commit to measure (default HEAD), e.g. an older one for a
#         before/after comparison under the same machine load
# Every measurement builds a fresh clone of REF. Needs git, cargo and node
# (to read the timings report). Other work on the machine skews wall times:
# the load average is printed before each run, and CPU time (user + sys)
# beside wall.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-1}
ref=$(git -C "$root" rev-parse --verify "${2:-HEAD}^{commit}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "commit $(git rev-parse --short "$ref"), $(cargo --version), $(nproc) cores"
cargo fetch --quiet
# Everything is fetched: no registry access may hide in a measurement.
export CARGO_NET_OFFLINE=true
unset CARGO_TARGET_DIR

# Runs "$@" (output discarded, shown on failure) and prints "wall cpu" in
# seconds, CPU being user + sys of the command and its children.
timed() {
  if ! /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >"$work/output" 2>&1; then
    cat "$work/output" >&2
    echo "error: $* failed" >&2
    exit 1
  fi
  awk '{ printf "%.1f %.1f\n", $1, $2 + $3 }' "$work/time"
}

now() { date +%s.%N; }

clone() {
  git clone --quiet --no-checkout "$root" "$1"
  git -C "$1" checkout --quiet "$ref"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo
echo "1. cold cargo build -p xtask (debug)"
: >"$work/build"
for run in $(seq "$runs"); do
  echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  clone "$work/build-$run"
  result=$(cd "$work/build-$run" && timed cargo build -p xtask)
  read -r wall cpu <<<"$result"
  echo "   run $run: ${wall} s wall, ${cpu} s CPU"
  echo "$wall" >>"$work/build"
  rm -rf "$work/build-$run"
done
echo "   median: $(median <"$work/build") s wall"

echo
echo "2. fresh clone -> end of the first cargo xtask gen"
: >"$work/clone"
for run in $(seq "$runs"); do
  echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  start=$(now)
  clone "$work/clone-$run"
  result=$(cd "$work/clone-$run" && timed cargo xtask gen)
  read -r wall cpu <<<"$result"
  total=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
  printf '   run %s: %.1f s wall (cargo xtask gen: %s s wall, %s s CPU)\n' "$run" "$total" "$wall" "$cpu"
  printf '%.1f\n' "$total" >>"$work/clone"
  (cd "$work/clone-$run" && git status --porcelain | grep -q . && echo "   (gen changed the clone: the committed generated/ is stale)") || true
  rm -rf "$work/clone-$run"
done
echo "   median: $(median <"$work/clone") s wall"

echo
echo "3. cargo build -p xtask --timings (cold, debug): units by compile time"
echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
clone "$work/timings"
(cd "$work/timings" && cargo build -p xtask --timings --quiet 2>/dev/null)
report=$(ls "$work"/timings/target/cargo-timings/cargo-timing-*.html | head -n 1)
cp "$report" "$root/target/cargo-timing-xtask.html" 2>/dev/null || true
node - "$report" <<'EOF'
// The report embeds its data as `const UNIT_DATA = [...]` (one object per
// compilation unit: name, version, target, start, duration, and sections
// such as the frontend and the code generation).
const fs = require("node:fs");
const html = fs.readFileSync(process.argv[2], "utf8");
const units = JSON.parse(html.match(/const UNIT_DATA = (\[.*?\]);\n/s)[1]);
const end = Math.max(...units.map((u) => u.start + u.duration));
const cpu = units.reduce((sum, u) => sum + u.duration, 0);
console.log(`   ${units.length} units, ${end.toFixed(1)} s wall, ${cpu.toFixed(1)} s summed unit time`);
console.log("   | unit | start | duration | of which code generation |");
console.log("   |---|---:|---:|---:|");
for (const u of [...units].sort((a, b) => b.duration - a.duration).slice(0, 12)) {
  const name = `${u.name} ${u.version}${u.target.trim() ? ` (${u.target.trim()})` : ""}`;
  const backend = (u.sections || []).find(([section]) => section === "codegen");
  const codegen = backend ? `${(backend[1].end - backend[1].start).toFixed(2)} s` : "";
  console.log(`   | ${name} | ${u.start.toFixed(2)} s | ${u.duration.toFixed(2)} s | ${codegen} |`);
}
EOF
echo "   (full report copied to target/cargo-timing-xtask.html)"
