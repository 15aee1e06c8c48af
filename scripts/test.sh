#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up, then builds and runs every test twice: on the release build (warnings fatal; what
# station.sh runs) and on the sanitizer build (ASan+UBSan, warnings fatal). PREP_TEST_PRESET=release or =asan runs
# only one of them. Then turns the run into the validation pack (build/validation-pack/: the PDF a quality manager
# signs, its JSON source, the markdown report; docs/VALIDATION.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc)
# Most tests wait rather than compute (the scale simulator's stability windows, sockets, subprocesses, cupsd), so
# running twice as many tests as there are cores keeps the cores busy.
test_jobs=$((2 * jobs))
elapsed() { printf '%dm%02ds' $((SECONDS / 60)) $((SECONDS % 60)); }
status=0
pack=()
for preset in ${PREP_TEST_PRESET:-release asan}; do
    echo "== $preset: build (at $(elapsed))"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    echo "== $preset: tests (at $(elapsed))"
    # The pack's evidence: this run's results only, never a file an earlier run left.
    junit="build/$preset/junit.xml"
    gtest_json="build/$preset/error-injection.json"
    rm -f "$junit" "$gtest_json"
    # The sanitizer pass leaves out the PostgreSQL twins of the whole-station suites (prepctl driven end to end,
    # ~425 s of its test time): the release pass runs them on PostgreSQL; this pass runs them on SQLite and runs the
    # db/ and GUI suites on PostgreSQL, which sanitize the PostgreSQL code. CI time: BENCHMARKS.md.
    skip=()
    if [ "$preset" = asan ]; then
        skip=(-E '^postgres/(HeadlessStation|SqliteStationMoved)[.]')
    fi
    ctest --preset "$preset" -j "$test_jobs" "${skip[@]}" --output-junit "$PWD/$junit" || status=$?
    [ -f "$junit" ] && pack+=(--junit "$preset=$junit" --build "$preset=build/$preset")
    [ -f "$gtest_json" ] && pack+=(--gtest-json "$preset=$gtest_json")
    # A failing preset stops the run as before; the pack still records what failed.
    [ "$status" -eq 0 ] || break
done
if [ ${#pack[@]} -gt 0 ]; then
    echo "== validation pack (at $(elapsed))"
    # Exits 1 when a requirement, a risk control or an injected error is not demonstrated. With every test passed
    # that means a URS, FMEA or error-list row names a test this run did not contain: the run fails too.
    validation/pack.py "${pack[@]}" --out-dir build/validation-pack || { [ "$status" -ne 0 ] || status=$?; }
fi
if [ "$status" -ne 0 ]; then
    echo "== FAILED (exit $status) after $(elapsed)" >&2
    exit "$status"
fi
echo "== done in $(elapsed)"
