#!/usr/bin/env bash
# Installs whatever is missing, builds Rumbo and opens it: on the workspace
# you had open last time, or on the sample workspace if there is none.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_apt "${APP_PACKAGES[@]}"
ensure_rust
ensure_node
ensure_ui_deps
build_ui
say "Building Rumbo"
cargo build -p rumbo-app -p rumbo-cli --locked
say "Starting Rumbo"
exec "$CARGO_TARGET_DIR/debug/rumbo-app" --sample "$@"
