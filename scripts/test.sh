#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test: lint,
# types, unit and integration tests, and the real app window under Xvfb.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_apt "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_rust
ensure_node
ensure_ui_deps
ensure_tauri_driver
# Every platform's crates: the checks of the dependency graph (`cargo
# metadata`, `cargo tree --target all`) read them offline.
say "Fetching the locked crates"; cargo fetch --locked

say "rustfmt";            cargo fmt --all --check
say "UI lint (eslint)";   (cd ui && npm run lint)
say "UI types (svelte-check, strict TypeScript)"; (cd ui && npm run check)
say "UI component tests (vitest)"; (cd ui && npm test)
build_ui
# In two runs, as the builds go (see build_workspace): the proc-macros and
# build scripts clippy compiles then serve the build as they are.
say "clippy (warnings denied)"
cargo clippy --workspace --exclude rumbo-e2e --all-targets --locked -- -D warnings
cargo clippy -p rumbo-e2e --all-targets --locked -- -D warnings
say "Building the app and the CLI"; build_workspace
say "Packaging (debug .deb and .rpm, for the install test)"; bash scripts/package.sh --debug
say "Rust tests (core, storage, shell; bindings freshness)"
cargo test --workspace --locked --exclude rumbo-e2e
say "End-to-end tests: the CLI and the real app window under Xvfb"
# A session bus of their own (each window test also starts a private one,
# so the desktop's Rumbo is never reached).
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
  cargo test -p rumbo-e2e --locked -- --test-threads=1
say "All checks passed"
