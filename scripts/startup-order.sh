#!/usr/bin/env bash
# The functions the app runs at its start, in `src-tauri/startup-order.txt`,
# which the release build gives the linker (`src-tauri/build.rs`) so that
# they sit together in the binary: the start then reads a few megabytes of
# code instead of pages spread over the whole binary (the kernel maps 64 kB
# around each page a process touches, so scattered functions cost far more
# memory than their size). Measured with scripts/bench-window.sh: the memory
# of the app's process tree, the sample workspace, 9 MB less.
#
#   bash scripts/startup-order.sh            build (release), list, write the file
#   bash scripts/startup-order.sh --check    how much of the list the release
#                                            build in the target directory holds
#
# The list is made by running the release app under Valgrind's callgrind on
# the sample workspace, under Xvfb, for STARTUP_ORDER_SECS (90) seconds: the
# start, the first screen, the records read while idle. The names are the
# binary's own (mangled, with their hashes), so a list made before a
# dependency or Rust itself was updated matches less and less of the build:
# `--check` says how much (scripts/bench-window.sh prints it too), and a
# name missing from the build is skipped by the linker. Run this again
# after updating Rust or the lock file.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LIST="$ROOT/src-tauri/startup-order.txt"
APP="$(realpath -m "$CARGO_TARGET_DIR/release/rumbo-app")"

# The defined functions of a binary, one name a line, sorted.
functions() { nm --defined-only "$1" | awk '$2 ~ /^[tTwW]$/ { print $3 }' | sort -u; }

# How many of the list's names the binary defines.
check() {
  local binary="$1" total found
  if [ ! -f "$LIST" ] || [ ! -f "$binary" ]; then
    echo "startup order: no list or no release build to compare"
    return 0
  fi
  total="$(grep -cv '^#' "$LIST" || true)"
  found="$(grep -v '^#' "$LIST" | sort -u | comm -12 - <(functions "$binary") | wc -l)"
  awk -v f="$found" -v t="$total" 'BEGIN {
    printf "startup order: %d of the %d functions listed are in the build (%.0f%%)\n", f, t, t ? 100 * f / t : 0 }'
}

if [ "${1:-}" = "--check" ]; then
  check "${2:-$APP}"
  exit 0
fi

if [ -z "${STARTUP_ORDER_UNDER_X:-}" ]; then
  ensure_apt "${APP_PACKAGES[@]}" xvfb xauth valgrind binutils
  exec env STARTUP_ORDER_UNDER_X=1 xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" "$@"
fi

ensure_rust
ensure_node
ensure_ui_deps
build_ui
say "Building Rumbo (release)"
cargo build --release --locked -p rumbo-app -p rumbo-cli

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$CARGO_TARGET_DIR/release/rumbo" --lang en sample "$WORK/sample.rumbo" >/dev/null
mkdir -p "$WORK/home"

SECS="${STARTUP_ORDER_SECS:-90}"
say "Running the app under callgrind for $SECS s"
# The app quits cleanly on SIGTERM, and callgrind writes its profile then.
env XDG_CONFIG_HOME="$WORK/home/config" XDG_DATA_HOME="$WORK/home/data" \
  XDG_CACHE_HOME="$WORK/home/cache" LANG=en_US.UTF-8 \
  timeout -s TERM "$SECS" valgrind --tool=callgrind --demangle=no \
  --callgrind-out-file="$WORK/profile" "$APP" "$WORK/sample.rumbo" \
  >"$WORK/log" 2>&1 || true
if [ ! -s "$WORK/profile" ]; then
  tail -20 "$WORK/log" >&2
  echo "callgrind wrote no profile" >&2
  exit 1
fi

# The profile names each object and function once, `ob=(N) name` /
# `fn=(N) name`, and by number after that; a recursive call's name ends in
# 'DEPTH. Keep the functions of the app's own binary that it defines.
awk -v app="$APP" '
  /^c?ob=\(/ {
    id = $1; sub(/^c?ob=/, "", id)
    if (NF > 1) object[id] = $2
    if ($0 ~ /^ob=/) current = object[id]
  }
  /^c?fn=\(/ {
    id = $1; sub(/^c?fn=/, "", id)
    if (NF > 1) name[id] = $2
    if ($0 ~ /^fn=/ && current == app) { n = name[id]; sub(/\x27[0-9]+$/, "", n); print n }
  }' "$WORK/profile" | sort -u | comm -12 - <(functions "$APP") >"$WORK/names"

{
  echo "# The functions the app runs at its start, placed together by the linker."
  echo "# Written by scripts/startup-order.sh ($(rustc -V | cut -d' ' -f1-2)); run it again after"
  echo "# updating Rust or Cargo.lock. $(wc -l <"$WORK/names") functions."
  cat "$WORK/names"
} >"$LIST"
say "Wrote $LIST"
cargo build --release --locked -p rumbo-app
check "$APP"
