#!/usr/bin/env bash
# Rumbo's window measured against a bare Tauri 2 app, in one run, under Xvfb
# (issue 23's table). Every figure is printed with its ratio to a baseline
# measured in the same run, so the ratios hold on a faster or slower machine:
#
# - start (median of RUNS starts, each kind in turn): when the window is
#   mapped and when it is painted completely, and the memory (PSS) of the
#   whole process tree once it settled — the bare app, Rumbo with the sample
#   and Rumbo with the large workspace (`rumbo sample --size large`), each
#   reopening its last workspace; ratio: to the bare app. Measured from
#   outside by `bench/window/watch` (X DAMAGE: every paint, its pixels
#   hashed; `window-watch --frames DIR -- PROGRAM` also keeps each frame
#   it saw, named by its time, to see what a start paints when). Before
#   each start the workspace's backups are set aside, so
#   that every start is the day's first (it takes the open's backup); then
#   one traced start (`RUMBO_TRACE=1`: setup, window, workspace, page and
#   first commands, in milliseconds since the process started), and the
#   page's own stages in the windows below (the first screen's early
#   reads answered, script evaluated, state read, shell mounted, first
#   frame painted, health check in, the first
#   screen's answers in, its main column built, the whole first screen
#   painted, every section's records loaded while idle: the interface's
#   `rumbo:*` performance marks, in milliseconds since the page began to
#   load);
# - section switches (Channels, Objectives, and the slowest of the other
#   sections with a list: audiences, fit, departments, internal flows,
#   recommendations, accounts, conduct's moderators, campaigns; each one's
#   switches are printed under the table), the first time in a window
#   (once its idle work is done; with the pointer resting on the section
#   150 ms before the click in half the windows, the click alone in the
#   others: first / cold) and warm,
#   on both workspaces, and a list of 10,000 objectives (the interface
#   over its fake backend in WebKitGTK's MiniBrowser, the engine of the
#   window); ratio: to the switch to the profile (a page without a list) in
#   the same windows. Timed inside the page (`tests/examples/window_bench.rs`);
# - the preview after an edit: an objective's title (body content) with the
#   page that holds it in view, and the document's title (every page), from
#   the saved edit until that page is drawn again; the layout time the window
#   reports; ratio: to the relayout of the project's own long-session
#   benchmark (`crates/rumbo-doc/examples/session.rs`) on the same workspace;
# - the PDF from the command line; ratio: to `rumbo export-json` of the same
#   file (open, read everything, write);
# - sizes: stripped binaries and the .deb packages (file and installed).
#
# The bare app (`bench/window/bare`) is built here from Rumbo's Cargo.lock,
# in a target directory of its own; the script checks that every crate it
# resolved has the version Rumbo's lock file gives.
#
#   bash scripts/bench-window.sh                 build Rumbo (release), measure
#   RUMBO_DIR=DIR bash scripts/bench-window.sh   measure the rumbo-app and rumbo in DIR
#
# With RUMBO_DIR (an older build, say), DIR may also hold `session` (the
# session example of the same build) and `mock/` (the interface over its
# fake backend, built by `npx vite build --config dev/bench.config.ts`);
# otherwise they are built from this checkout.
#
# RUNS (7) starts of each kind; WINDOW_RUNS (4) windows per workspace for the
# switches and the preview; EDITS (3) body edits per window; PACKAGES=0 skips
# the .deb packages (RUMBO_DEB=FILE measures a .deb already built);
# LIST=0 skips the list of 10,000; STARTS_ONLY=1 measures the starts and
# stops there (to compare two builds' starts quickly). Needs Xvfb and tauri-driver (installed as
# the test command does); takes 10–20 minutes after the builds.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${RUNS:-7}"
WINDOW_RUNS="${WINDOW_RUNS:-4}"
EDITS="${EDITS:-3}"
BENCH_TARGET="${BENCH_TARGET:-$CARGO_TARGET_DIR/bench-window}"

if [ -z "${BENCH_WINDOW_UNDER_X:-}" ]; then
  ensure_apt "${APP_PACKAGES[@]}" xvfb xauth webkit2gtk-driver dbus-daemon poppler-utils binutils
  # Xvfb and a session bus of its own for the whole run.
  exec env BENCH_WINDOW_UNDER_X=1 dbus-run-session -- \
    xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" "$@"
fi

ensure_rust
ensure_node
ensure_ui_deps
ensure_tauri_driver
say "Machine: $(nproc) cores, load:$(uptime | sed 's/.*load average//')"

# -- builds -------------------------------------------------------------------

if [ -n "${RUMBO_DIR:-}" ]; then
  APP_DIR="$(cd "$RUMBO_DIR" && pwd)"
else
  build_ui
  say "Building Rumbo (release)"
  cargo build --release --locked -p rumbo-app -p rumbo-cli
  APP_DIR="$CARGO_TARGET_DIR/release"
fi

say "Building the bare Tauri app and the window watcher from Rumbo's Cargo.lock"
cargo fetch --locked
cp Cargo.lock bench/window/Cargo.lock
(cd bench/window && CARGO_TARGET_DIR="$BENCH_TARGET" cargo build --release --offline)
# Cargo dropped from the copy what the bare app does not use; what is left
# must be exactly Rumbo's versions.
versions() { awk '/^name = /{n=$3} /^version = /{print n, $3}' "$1" | tr -d '"' | sort -u; }
stray="$(comm -23 <(versions bench/window/Cargo.lock) <(versions Cargo.lock) | grep -v -E '^(bare-window|window-watch) ' || true)"
if [ -n "$stray" ]; then
  echo "The bare app resolved crates that are not in Rumbo's Cargo.lock:" >&2
  echo "$stray" >&2
  exit 1
fi
echo "bare app: $(versions bench/window/Cargo.lock | wc -l) crates, each at Rumbo's version ($(versions bench/window/Cargo.lock | grep -E '^(tauri|wry|webkit2gtk) ' | tr '\n' ' '))"
BARE="$BENCH_TARGET/release/bare-window"
WATCH="$BENCH_TARGET/release/window-watch"

say "Building the in-window benchmark (debug: it only drives the window)"
cargo build --locked -p rumbo-e2e --example window_bench
DRIVER="$CARGO_TARGET_DIR/debug/examples/window_bench"

WORK="$(mktemp -d)"
SERVER=""
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
RUMBO="$APP_DIR/rumbo"
"$RUMBO" --lang en sample "$WORK/sample.rumbo" >/dev/null 2>&1
"$RUMBO" --lang en sample --size large "$WORK/large.rumbo" >/dev/null 2>&1

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b != "" && b > 0) printf "%.2f", a / b; else print "-" }'; }
secs() { awk -v ms="$1" 'BEGIN { if (ms == "") print "-"; else printf "%.2f s", ms / 1000 }'; }
# A table's row, each cell padded by characters rather than bytes, so that
# "×" and "—" line up.
pad() {
  local LC_ALL=C.UTF-8 cell="$2"
  printf '%s%*s' "$cell" $(($1 > ${#cell} ? $1 - ${#cell} : 0)) ''
}
row() { printf '%s | %s | %s | %s\n' "$(pad 48 "$1")" "$(pad 22 "$2")" "$(pad 42 "$3")" "$4"; }

# -- start and memory -----------------------------------------------------------

# start KIND: one start of the bare app or of Rumbo on a workspace, in that
# kind's own home, watched until it settles; prints the watcher's line.
start() {
  local kind="$1" home="$WORK/home-$1"
  mkdir -p "$home"
  local program=("$BARE")
  if [ "$kind" != bare ]; then
    program=("$APP_DIR/rumbo-app")
    # The day's first start: the open takes its backup.
    rm -rf "$WORK/$kind.rumbo-backups"
    # The first start opens the workspace; later ones reopen it.
    [ -f "$home/opened" ] || program+=("$WORK/$kind.rumbo")
    touch "$home/opened"
  fi
  # Classic scrollbars: WebKitGTK's overlay scrollbars, shown when a page
  # can scroll, fade out over about four seconds — an animation of the
  # platform after the window is ready, which would count as painting.
  # A start whose watcher could not reach the X server (seen now and then
  # on this kind of machine, the server itself still running) is made again,
  # up to twice, a second later.
  local attempt status
  for attempt in 1 2 3; do
    status=0
    env XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
      LANG=en_US.UTF-8 LANGUAGE=en_US WEBKIT_DISABLE_DMABUF_RENDERER=1 GTK_OVERLAY_SCROLLING=0 \
      "$WATCH" --settle 3 --timeout 40 -- "${program[@]}" 2>>"$WORK/start.log" || status=$?
    [ "$status" = 0 ] && return 0
    if [ "$attempt" -lt 3 ] && tail -1 "$WORK/start.log" | grep -q 'no X display'; then
      echo "window-watch could not reach the X server (attempt $attempt); starting again" >&2
      sleep 1
      continue
    fi
    echo "window-watch failed ($status): $(tail -3 "$WORK/start.log")" >&2
    return 1
  done
}

say "Starts: $RUNS of each (after one to warm up), in turn"
for kind in bare sample large; do start "$kind" >/dev/null; done
for _ in $(seq "$RUNS"); do
  for kind in bare sample large; do
    start "$kind" | sed "s/^/$kind /" >>"$WORK/starts.txt"
    tail -1 "$WORK/starts.txt"
  done
done
say "Where a start's time goes (RUMBO_TRACE=1): the bare app, then Rumbo with the large workspace"
for kind in bare large; do
  : >"$WORK/start.log"
  RUMBO_TRACE=1 start "$kind" | sed "s/^/$kind /"
  grep '^rumbo-trace' "$WORK/start.log" | sed "s/^/$kind /" || true
done

start_figure() { # KIND FIELD
  grep "^$1 " "$WORK/starts.txt" | tr ' ' '\n' | sed -n "s/^$2=//p" | median
}
declare -A S
for kind in bare sample large; do
  for field in mapped_ms painted_ms pss_mb; do
    S[$kind.$field]="$(start_figure "$kind" "$field")"
  done
done

if [ "${STARTS_ONLY:-0}" = 1 ]; then
  say "Starts only ($(nproc) cores, load:$(uptime | sed 's/.*load average//'))"
  for field in mapped_ms painted_ms pss_mb; do
    row "$field" "${S[bare.$field]}" \
      "${S[sample.$field]} ($(ratio "${S[sample.$field]}" "${S[bare.$field]}")×)" \
      "${S[large.$field]} ($(ratio "${S[large.$field]}" "${S[bare.$field]}")×)"
  done
  exit 0
fi

# -- in the window ----------------------------------------------------------------

declare -A W
if [ "${LIST:-1}" != 0 ]; then
  say "The interface over its fake backend, for the list of 10,000 objectives"
  if [ -n "${RUMBO_DIR:-}" ] && [ -d "$APP_DIR/mock" ]; then
    cp -r "$APP_DIR/mock" "$WORK/mock"
  else
    (cd ui && npx vite build --config dev/bench.config.ts --outDir "$WORK/mock" --emptyOutDir >/dev/null)
  fi
  PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 41731)"
  (cd ui && exec npx vite preview --config dev/bench.config.ts --outDir "$WORK/mock" --host 127.0.0.1 --port "$PORT" --strictPort >/dev/null 2>&1) &
  SERVER=$!
  MINIBROWSER="$(dpkg -L libwebkit2gtk-4.1-0 2>/dev/null | grep '/MiniBrowser$' | head -1)"
  LIST_ARGS=(--mock-url "http://127.0.0.1:$PORT/dev/mock.html?ws=sample&lang=en&objectives=10000" --minibrowser "$MINIBROWSER")
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
    sleep 0.1
  done
else
  LIST_ARGS=()
fi

say "In the window: section switches and the preview after an edit ($WINDOW_RUNS windows per workspace)"
"$DRIVER" --bin-dir "$APP_DIR" --workspace "sample=$WORK/sample.rumbo" --workspace "large=$WORK/large.rumbo" \
  --runs "$WINDOW_RUNS" --edits "$EDITS" "${LIST_ARGS[@]}" >"$WORK/window.txt" 2>"$WORK/window.log" || {
  cat "$WORK/window.log" >&2
  exit 1
}
while read -r name value; do W[$name]="$value"; done <"$WORK/window.txt"
say "Where the page's time goes (large workspace, ms since the page began to load, median of $WINDOW_RUNS windows)"
grep '^large\.page\.' "$WORK/window.txt" | sed 's/^large\.page\.//' | sort -k2 -n | awk '{ printf "page %8.1f ms  %s\n", $2, $1 }'

say "The document engine alone: relayout after an edit (the long-session benchmark, release)"
declare -A E
if [ -n "${RUMBO_DIR:-}" ] && [ -x "$APP_DIR/session" ]; then
  SESSION="$APP_DIR/session"
else
  cargo build --release --locked -q -p rumbo-doc --example session
  SESSION="$CARGO_TARGET_DIR/release/examples/session"
fi
for ws in sample large; do
  line="$("$SESSION" 10 "$ws" | grep '^after an edit')"
  echo "$ws: $line"
  E[$ws]="$(echo "$line" | sed -n 's/.*layout \([0-9.]*\) s.*/\1/p' | awk '{ printf "%.1f", $1 * 1000 }')"
done

say "PDF from the command line ($RUNS processes each)"
declare -A P
timed() { # median milliseconds of RUNS runs of a command
  local start end
  for _ in $(seq "$RUNS"); do
    start="$EPOCHREALTIME"
    "$@" >/dev/null 2>&1
    end="$EPOCHREALTIME"
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", (b - a) * 1000 }'
  done | median
}
for ws in sample large; do
  P[$ws.base]="$(timed "$RUMBO" export-json "$WORK/$ws.rumbo" -o "$WORK/$ws.json")"
  P[$ws.pdf]="$(timed "$RUMBO" render "$WORK/$ws.rumbo" --format pdf -o "$WORK/$ws.pdf")"
done

# -- sizes ----------------------------------------------------------------------------

say "Sizes"
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }
stripped() {
  cp "$1" "$WORK/stripped"
  strip --strip-all "$WORK/stripped"
  stat -c %s "$WORK/stripped"
}
declare -A Z
Z[app]="$(stat -c %s "$APP_DIR/rumbo-app")"
Z[app.stripped]="$(stripped "$APP_DIR/rumbo-app")"
Z[cli.stripped]="$(stripped "$APP_DIR/rumbo")"
Z[bare]="$(stat -c %s "$BARE")"
Z[bare.stripped]="$(stripped "$BARE")"
if [ "${PACKAGES:-1}" != 0 ]; then
  RUMBO_DEB="${RUMBO_DEB:-}"
  if [ -z "$RUMBO_DEB" ]; then
    bash scripts/package.sh >/dev/null
    RUMBO_DEB="$(ls -t "$CARGO_TARGET_DIR"/release/bundle/deb/*.deb | head -1)"
  fi
  (cd bench/window/bare && CARGO_TARGET_DIR="$BENCH_TARGET" "$ROOT/ui/node_modules/.bin/tauri" build --bundles deb >/dev/null 2>&1)
  BARE_DEB="$(ls -t "$BENCH_TARGET"/release/bundle/deb/*.deb | head -1)"
  Z[deb]="$(stat -c %s "$RUMBO_DEB")"
  Z[deb.installed]="$(( $(dpkg-deb -f "$RUMBO_DEB" Installed-Size) * 1024 ))"
  Z[bare.deb]="$(stat -c %s "$BARE_DEB")"
  Z[bare.deb.installed]="$(( $(dpkg-deb -f "$BARE_DEB" Installed-Size) * 1024 ))"
fi

# -- the table ----------------------------------------------------------------------------

both() { # WARM FIRST BASE [COLD]: "warm / first [/ cold] ms (ratios to BASE)"
  if [ $# -ge 4 ]; then
    printf '%s / %s / %s ms (%s× / %s× / %s×)' "${1:--}" "${2:--}" "${4:--}" \
      "$(ratio "$1" "$3")" "$(ratio "$2" "$3")" "$(ratio "$4" "$3")"
  else
    printf '%s / %s ms (%s× / %s×)' "${1:--}" "${2:--}" "$(ratio "$1" "$3")" "$(ratio "$2" "$3")"
  fi
}
preview() { # WS KIND
  local ms="${W[$1.preview.$2]:-}" layout="${W[$1.preview.$2.layout]:-}"
  printf '%s (layout %s) = %s× the engine' "$(secs "$ms")" "$(secs "$layout")" "$(ratio "$ms" "${E[$1]}")"
}


say "Rumbo against a bare Tauri app ($(nproc) cores, load:$(uptime | sed 's/.*load average//'))"
row "measure" "bare Tauri" "Rumbo, sample" "Rumbo, large"
row "window mapped" "$(secs "${S[bare.mapped_ms]}")" \
  "$(secs "${S[sample.mapped_ms]}") ($(ratio "${S[sample.mapped_ms]}" "${S[bare.mapped_ms]}")×)" \
  "$(secs "${S[large.mapped_ms]}") ($(ratio "${S[large.mapped_ms]}" "${S[bare.mapped_ms]}")×)"
row "window painted completely" "$(secs "${S[bare.painted_ms]}")" \
  "$(secs "${S[sample.painted_ms]}") ($(ratio "${S[sample.painted_ms]}" "${S[bare.painted_ms]}")×)" \
  "$(secs "${S[large.painted_ms]}") ($(ratio "${S[large.painted_ms]}" "${S[bare.painted_ms]}")×)"
row "memory, PSS of the process tree" "${S[bare.pss_mb]} MB" \
  "${S[sample.pss_mb]} MB ($(ratio "${S[sample.pss_mb]}" "${S[bare.pss_mb]}")×)" \
  "${S[large.pss_mb]} MB ($(ratio "${S[large.pss_mb]}" "${S[bare.pss_mb]}")×)"
# First: the pointer resting on the section first (a mouse); cold: the click alone.
for section in channels objectives others; do
  label="switch to ${section^}"
  [ "$section" = others ] && label="slowest other list"
  row "$label, warm / first / cold (× profile)" "—" \
    "$(both "${W[sample.switch.$section.warm]:-}" "${W[sample.switch.$section.first]:-}" "${W[sample.switch.profile]:-}" "${W[sample.switch.$section.first.cold]:-}")" \
    "$(both "${W[large.switch.$section.warm]:-}" "${W[large.switch.$section.first]:-}" "${W[large.switch.profile]:-}" "${W[large.switch.$section.first.cold]:-}")"
done
if [ "${LIST:-1}" != 0 ]; then
  row "10,000 objectives, warm / first (× profile)" "—" "—" \
    "$(both "${W[list10k.switch.objectives.warm]:-}" "${W[list10k.switch.objectives.first]:-}" "${W[list10k.switch.profile]:-}") (MiniBrowser)"
fi
row "preview after a body edit" "—" "$(preview sample body)" "$(preview large body)"
row "preview after the title's edit (every page)" "—" "$(preview sample title)" "$(preview large title)"
row "engine alone: relayout after an edit" "—" "$(secs "${E[sample]}")" "$(secs "${E[large]}")"
row "PDF from the CLI (× export-json)" "—" \
  "$(secs "${P[sample.pdf]}") ($(ratio "${P[sample.pdf]}" "${P[sample.base]}")×)" \
  "$(secs "${P[large.pdf]}") ($(ratio "${P[large.pdf]}" "${P[large.base]}")×)"
row "app binary, stripped (as built)" "$(mb "${Z[bare.stripped]}") ($(mb "${Z[bare]}"))" \
  "$(mb "${Z[app.stripped]}") ($(mb "${Z[app]}")) = $(ratio "${Z[app.stripped]}" "${Z[bare.stripped]}")×" \
  "rumbo CLI: $(mb "${Z[cli.stripped]}")"
if [ "${PACKAGES:-1}" != 0 ]; then
  row ".deb, file / installed" "$(mb "${Z[bare.deb]}") / $(mb "${Z[bare.deb.installed]}")" \
    "$(mb "${Z[deb]}") / $(mb "${Z[deb.installed]}") = $(ratio "${Z[deb.installed]}" "${Z[bare.deb.installed]}")×" \
    "(app and CLI)"
fi
# Whether the build placed the start's functions together (a list made
# before Rust or a dependency was updated matches less of the build).
bash "$ROOT/scripts/startup-order.sh" --check "$APP_DIR/rumbo-app"
# Which of the other lists is the slowest: each one's switches, in ms.
for name in sample large; do
  line=""
  for section in audiences fit departments internal recommendations accounts conduct campaigns; do
    warm="${W[$name.switch.$section.warm]:-}"
    [ -n "$warm" ] && line="$line $section $(printf '%.0f' "$warm")/$(printf '%.0f' "${W[$name.switch.$section.first]:-${W[$name.switch.$section.first.cold]:-0}}")"
  done
  echo "other lists, $name, warm/first ms:$line"
done
