#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up, then builds and runs every test twice: on the release build (warnings fatal; what
# station.sh runs) and on the sanitizer build (ASan+UBSan, warnings fatal). PREP_TEST_PRESET=release or =asan runs
# only one of them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc)
for preset in ${PREP_TEST_PRESET:-release asan}; do
    echo "== $preset: build"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    echo "== $preset: tests"
    ctest --preset "$preset" -j "$jobs"
done
