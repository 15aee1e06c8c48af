#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up, then builds and runs every test twice: on the release build (warnings fatal; what
# station.sh runs) and on the sanitizer build (ASan+UBSan, warnings fatal). PREP_TEST_PRESET=release or =asan runs
# only one of them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc)
# Most tests wait rather than compute (the scale simulator's stability windows, sockets, subprocesses, cupsd), so
# running twice as many tests as there are cores keeps the cores busy.
test_jobs=$((2 * jobs))
elapsed() { printf '%dm%02ds' $((SECONDS / 60)) $((SECONDS % 60)); }
for preset in ${PREP_TEST_PRESET:-release asan}; do
    echo "== $preset: build (at $(elapsed))"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    echo "== $preset: tests (at $(elapsed))"
    ctest --preset "$preset" -j "$test_jobs"
done
echo "== done in $(elapsed)"
