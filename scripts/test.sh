#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up, builds, and runs every test under AddressSanitizer + UndefinedBehaviorSanitizer with
# warnings fatal (the `asan` preset): one build that checks both the code's warnings and its memory behaviour,
# which keeps CI within its time on two cores. PREP_TEST_PRESET=release runs the same tests on the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
preset="${PREP_TEST_PRESET:-asan}"
jobs=$(nproc)
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"
ctest --preset "$preset" -j "$jobs"
