#!/usr/bin/env bash
# The generated Rust crate against a prost-style enum of the same codes, cold
# builds side by side in one run:
#
#   for each size, the generated crate (`codegen::rust::emit`) and the enum
#   prost-build would write for the same codes (one `#[repr(i32)]` enum, a doc
#   comment per variant, `as_str_name` / `from_str_name` / `TryFrom<i32>` as
#   three `match`es; see codegen/benches/crate_vs_enum.rs), both written from
#   the same synthetic catalogue (codegen/benches/support/mod.rs);
#   each built cold (`cargo build`, then `cargo build --release`, each in an
#   empty target folder), one right after the other at the same `nice`.
#
# Usage: bench/crate-vs-enum.sh [SIZES] [RUNS] [PROFILES]
#   SIZES     comma-separated code counts (default 1500,15000); `shipped` is
#             catalogue.toml
#   RUNS      builds of each crate per size and profile (default 1); the order
#             of the two alternates from run to run and the medians are printed
#   PROFILES  comma-separated, of debug and release (default both)
# Prints a Markdown table: wall and CPU (user + sys) seconds of each build
# and the ratio generated / enum. On a shared machine the absolute times move
# with the load; the ratio of two builds made back to back is the figure.
# Needs cargo and its registry cache (the generated crate's optional serde
# must resolve offline: `cargo fetch` in the workspace is run first).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes=${1:-1500,15000}
runs=${2:-1}
profiles=${3:-debug,release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

cargo fetch --quiet
export CARGO_NET_OFFLINE=true
unset CARGO_TARGET_DIR CARGO_BUILD_RUSTFLAGS RUSTFLAGS CARGO_INCREMENTAL

echo "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- codegen || echo ' (with local changes)'), $(rustc --version), $(nproc) cores"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
cargo bench --quiet -p codegen --bench crate_vs_enum -- --out "$work/crates" --sizes "$sizes" >"$work/written"

# Builds the crate in $1 cold with the extra cargo arguments $2...; prints
# "wall cpu" in seconds.
build() {
  local folder=$1
  shift
  rm -rf "$work/target"
  (cd "$folder" && cargo generate-lockfile --quiet)
  if ! (cd "$folder" && CARGO_TARGET_DIR="$work/target" nice -n 10 \
    /usr/bin/time -f '%e %U %S' -o "$work/time" cargo build --quiet "$@" >"$work/output" 2>&1); then
    cat "$work/output" >&2
    echo "error: cargo build $* failed in $folder" >&2
    exit 1
  fi
  rm -rf "$work/target"
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo
echo "| codes | build (cold) | prost-style enum: wall / CPU | generated crate: wall / CPU | ratio (wall) | ratio (CPU) | load average |"
echo "|---:|---|---:|---:|---:|---:|---|"
while read -r codes folder; do
  for profile in ${profiles//,/ }; do
    args=()
    [ "$profile" = release ] && args=(--release)
    : >"$work/enum" && : >"$work/generated"
    for run in $(seq "$runs"); do
      # Alternate which crate goes first, so that neither always meets the
      # machine as the other left it.
      if [ $((run % 2)) -eq 1 ]; then order="enum generated"; else order="generated enum"; fi
      for which in $order; do
        build "$folder/$which" "${args[@]}" >>"$work/$which"
      done
    done
    enum_wall=$(cut -d' ' -f1 "$work/enum" | median)
    enum_cpu=$(cut -d' ' -f2 "$work/enum" | median)
    generated_wall=$(cut -d' ' -f1 "$work/generated" | median)
    generated_cpu=$(cut -d' ' -f2 "$work/generated" | median)
    awk -v codes="$codes" -v profile="$profile" -v ew="$enum_wall" -v ec="$enum_cpu" \
      -v gw="$generated_wall" -v gc="$generated_cpu" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" \
      'BEGIN { printf "| %s | %s | %.2f s / %.2f s | %.2f s / %.2f s | **%.2f×** | %.2f× | %s |\n",
        codes, profile, ew, ec, gw, gc, gw / ew, gc / ec, load }'
  done
done <"$work/written"
echo
echo "Source: $(while read -r codes folder; do
  printf '%s codes: enum %s KiB, generated %s KiB; ' "$codes" \
    "$(($(cat "$folder"/enum/src/*.rs | wc -c) / 1024))" "$(($(cat "$folder"/generated/src/*.rs | wc -c) / 1024))"
done <"$work/written")"
