#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Photographs every screen of the station in French and English at 1280x800 and 1920x1080 under Xvfb (the X
# server a headless machine runs the GUI on) into docs/screens/, so a reader sees the station without building it.
# The pictures come from the GUI test that checks each screen fits (tests/ui/screens_test.cpp); fictitious data.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default build/release, built with the tests)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
out="$root/docs/screens"
rm -f "$out"/*.png  # README.md stays
mkdir -p "$out"
PREP_UI_SCREENSHOTS="$out" QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 1920x1080x24 -dpi 96" \
  "$build/tests/ui/test_ui_screens" --gtest_filter='Languages/ScreensTest.*' --gtest_brief=1
echo "screenshots: $(ls "$out"/*.png | wc -l) pictures in $out"
