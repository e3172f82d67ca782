#!/usr/bin/env bash
# Builds Rumbo's Linux packages, .deb and .rpm, offline: the app, the `rumbo`
# command on the PATH, the .rumbo file type (shared-mime-info, with its
# icon), the desktop entry and the AppStream metadata.
#
#   bash scripts/package.sh            release packages (slow: LTO)
#   bash scripts/package.sh --debug    debug packages, from the test build
#                                      (`build_workspace` in lib.sh, bundled
#                                      as built: nothing is compiled again)
#
# Prints each package's path and size. Windows (.msi, NSIS) and macOS
# (.dmg) bundles are configured in src-tauri/tauri.conf.json and are built
# on those systems (docs/packaging.md, with their signing steps).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

profile=release
[ "${1:-}" = "--debug" ] && profile=debug

ensure_apt "${APP_PACKAGES[@]}"
ensure_rust
ensure_node
ensure_ui_deps

# The app embeds the interface as built (ui/dist).
[ -f ui/dist/index.html ] || build_ui
say "Building the rumbo command ($profile)"
if [ "$profile" = debug ]; then
  # The workspace as the test command builds it: nothing is compiled again.
  build_workspace
else
  cargo build --locked -p rumbo-cli --release
fi
cli="$CARGO_TARGET_DIR/$profile/rumbo"
if [ "$profile" = release ]; then
  # The command as installed keeps no symbol table (which nothing reads at
  # run time): about a fifth of its size. (The app's binary keeps its own:
  # the bundler writes the package type into it by its symbols.)
  stripped="$CARGO_TARGET_DIR/release/rumbo-stripped/rumbo"
  mkdir -p "$(dirname "$stripped")"
  cp "$cli" "$stripped"
  strip --strip-all "$stripped"
  cli="$stripped"
fi

# The command line goes to /usr/bin beside the app; its path depends on the
# build, so it is given here rather than in tauri.conf.json.
override=$(printf '{"bundle":{"linux":{"deb":{"files":{"/usr/bin/rumbo":"%s"}},"rpm":{"files":{"/usr/bin/rumbo":"%s"}}}}}' "$cli" "$cli")

say "Bundling .deb and .rpm ($profile)"
if [ "$profile" = debug ]; then
  # `tauri build` would build the app alone, whose features Cargo unifies
  # differently from the workspace's: most of the dependencies (GTK,
  # WebKit, Typst, Tauri) would be compiled again. The workspace build
  # above made the app as the tests run it; `tauri bundle` packages it.
  (cd "$ROOT" && ui/node_modules/.bin/tauri bundle --debug --bundles deb,rpm --config "$override")
else
  (cd "$ROOT" && ui/node_modules/.bin/tauri build --bundles deb,rpm --config "$override")
fi

for package in "$CARGO_TARGET_DIR/$profile/bundle/deb/"*.deb "$CARGO_TARGET_DIR/$profile/bundle/rpm/"*.rpm; do
  [ -f "$package" ] && printf '%s\t%s\n' "$(du -h "$package" | cut -f1)" "$package"
done
