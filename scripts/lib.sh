# Shared by scripts/run.sh and scripts/test.sh: install what is missing on a
# Debian/Ubuntu machine, and keep the cargo target directory outside the
# clone so that repeated runs are warm.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/rumbo/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
mkdir -p "$CARGO_TARGET_DIR"

# What the app needs to build and run (WebKitGTK), and what the tests add.
APP_PACKAGES=(build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev
  libayatana-appindicator3-dev librsvg2-dev file)
# dbus-daemon: a session bus for the single-instance tests (dbus-daemon, dbus-run-session).
# desktop-file-utils, appstream, xdg-utils, libglib2.0-bin (gio): the
# package's install test validates the desktop entry and the metadata and
# opens files as a file manager does.
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver imagemagick poppler-utils unzip xdotool dbus-daemon strace
  desktop-file-utils appstream xdg-utils libglib2.0-bin shared-mime-info)

say() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "Please install as root: $*" >&2; return 1
  fi
}

ensure_apt() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    say "Installing system packages: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

ensure_rust() {
  if ! command -v cargo >/dev/null; then
    echo "Rust is missing. Install it from https://rustup.rs (stable, 1.95 or newer), then run this again." >&2
    exit 1
  fi
}

ensure_node() {
  local ok=0
  if command -v node >/dev/null; then
    node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' && ok=1
  fi
  if [ "$ok" = 0 ]; then
    echo "Node.js 20.19 or newer (with npm) is needed to build the interface: install it from https://nodejs.org or your package manager, then run this again." >&2
    exit 1
  fi
}

# npm packages of the interface, reinstalled only when the lock file changed.
ensure_ui_deps() {
  local stamp=ui/node_modules/.rumbo-lock-hash
  local want
  want="$(sha256sum ui/package-lock.json | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "Installing the interface's npm packages"
    # `npm ci` refuses a lock file without every platform's optional build
    # of @tauri-apps/cli, and a registry mirror may not serve them all; then
    # `npm install` installs the same locked versions.
    (cd ui && { npm ci --no-audit --no-fund || npm install --no-audit --no-fund; })
    echo "$want" > "$stamp"
  fi
}

ensure_tauri_driver() {
  export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  if ! command -v tauri-driver >/dev/null; then
    say "Installing tauri-driver (WebDriver for the app window)"
    cargo install tauri-driver --locked --version '^2'
  fi
}

build_ui() {
  say "Building the interface"
  (cd ui && npm run build)
}

# The app, the CLI and the other crates, in debug, with the features their
# tests resolve too, so that `cargo test` compiles only the tests: the
# end-to-end harness (rumbo-e2e) is left to its own test run, because its
# dependencies change shared crates' features (`tests/build_once.rs` checks
# both). Used by the test command, the debug packages and the screenshots.
build_workspace() {
  cargo build --workspace --exclude rumbo-e2e --locked
}
