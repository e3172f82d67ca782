#!/usr/bin/env bash
# Benchmarks of the strategy document, in a release build.
#
# 1. Fresh processes: `rumbo render` of the sample and of the large workspace
#    (`rumbo sample --size large`), each run RUNS times in a new process;
#    reports the median wall time and the peak memory (max RSS), and each
#    render's ratio to a baseline measured in the same run on the same
#    file: `rumbo export-json` (open the workspace, read everything, write
#    JSON) — so the ratios hold on a faster or slower machine.
# 2. A long session (`examples/session.rs`): the large document laid out and
#    written as PDF after each of 40 edits with one renderer, as in the app;
#    the median times of the layout and the PDF, and the resident memory
#    every 10 edits (it must level off).
# 3. criterion (`cargo bench -p rumbo-doc`): first export with Typst's caches
#    emptied, and re-export after one edit with the renderer kept.
#
# CRITERION=0 skips part 3; RUNS (default 5) sets the number of processes.
#
# Budget (release, 2 cores): sample < 0.2 s; large < 2 s first, < 0.6 s
# after an edit; memory bounded (caches evicted after each compile).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${RUNS:-5}"
ensure_apt time
say "Building the release CLI"
cargo build --release -p rumbo-cli --locked
RUMBO="$CARGO_TARGET_DIR/release/rumbo"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$RUMBO" --lang en sample "$WORK/sample.rumbo" 2>/dev/null
"$RUMBO" --lang en sample --size large "$WORK/large.rumbo" 2>/dev/null

# median of seconds (to the millisecond: bash's clock, as /usr/bin/time
# gives only hundredths), and the largest max-RSS in MB, over RUNS processes
measure() {
  local times=() peak=0 kb start end
  for _ in $(seq "$RUNS"); do
    start="$EPOCHREALTIME"
    /usr/bin/time -f '%M' -o "$WORK/time.txt" "$@" >/dev/null 2>&1
    end="$EPOCHREALTIME"
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
    kb="$(tail -1 "$WORK/time.txt")"
    [ "$kb" -gt "$peak" ] && peak="$kb"
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")" "$(( peak / 1024 ))"
}

say "Fresh processes (median of $RUNS; peak memory)"
printf '%-8s %-10s %10s %9s %14s\n' workspace format seconds "MB peak" "x export-json"
for ws in sample large; do
  read -r base _ < <(measure "$RUMBO" export-json "$WORK/$ws.rumbo" -o "$WORK/$ws.json")
  printf '%-8s %-10s %10s %9s %14s\n' "$ws" "(baseline)" "$base" "" "1.0"
  for format in pdf html md docx; do
    read -r secs mb < <(measure "$RUMBO" render "$WORK/$ws.rumbo" --format "$format" --date 2026-11-23 -o "$WORK/$ws.$format")
    ratio="$(awk -v a="$secs" -v b="$base" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')"
    printf '%-8s %-10s %10s %9s %14s\n' "$ws" "$format" "$secs" "$mb" "$ratio"
  done
  pages="$(pdfinfo "$WORK/$ws.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')"
  echo "  $ws.pdf: $pages pages, $(stat -c %s "$WORK/$ws.pdf") bytes"
done

say "A long editing session on the large workspace (one renderer, an edit, a PDF, caches trimmed; 40 times)"
cargo run --release --locked -q -p rumbo-doc --example session -- 40

[ "${CRITERION:-1}" = 0 ] && exit 0
say "criterion: first export and export after one edit"
cargo bench -p rumbo-doc --bench render --locked -- --noplot
