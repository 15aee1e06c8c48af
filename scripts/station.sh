#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up and runs the station on its embedded default: a SQLite database in the user's data
# directory and simulated devices. With a display the GUI opens on the demo data; without one the end-to-end
# demo runs headless and says where its artefacts are.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/release/ui/prepstation --demo "$@"
fi
echo "No display: running the end-to-end demo headless."
exec build/release/prep-station/prepctl demo --out "${PREP_DEMO_OUT:-$PWD/prepstation-demo}" "$@"
