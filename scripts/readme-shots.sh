#!/usr/bin/env bash
# Takes the README's screenshots again: runs the window tests' screenshot
# tour (tests/window.rs, `screenshot_tour`) under Xvfb and copies into
# docs/images/ every image the README shows, by its name in the tour. An
# image the tour no longer takes fails this script (and `tests/readme.rs`
# fails when the README names a shot the tour does not take).
#
#   bash scripts/readme-shots.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_apt "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_rust
ensure_node
ensure_ui_deps
ensure_tauri_driver
build_ui

say "Building the app and the CLI"
build_workspace

shots="$(mktemp -d)"
trap 'rm -rf "$shots"' EXIT
say "The screenshot tour"
RUMBO_SHOTS="$shots" dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
  cargo test -p rumbo-e2e --locked --test window -- --ignored screenshot_tour

say "Copying the README's images"
for name in $(grep -o 'docs/images/[A-Za-z0-9_-]*\.png' README.md | sort -u); do
  shot="$shots/$(basename "$name")"
  if [ ! -f "$shot" ]; then
    echo "The tour took no $(basename "$name"), which the README shows." >&2
    exit 1
  fi
  cp "$shot" "$name"
  echo "$name"
done
