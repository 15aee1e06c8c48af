#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages PrepStation needs to build, run and test. Runs as root, or through sudo.
set -euo pipefail
packages=(
  # toolchain (ccache: CMake compiles through it when present, so CI's repeated builds are mostly cache hits)
  cmake ninja-build g++ pkg-config clang clang-format libclang-rt-14-dev ccache
  # libraries (docs/ARCHITECTURE.md, layers)
  qt6-base-dev libgl-dev
  # Qt Linguist: lupdate and lrelease (the GUI's French and English, ui/i18n/)
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev libopencv-videoio-dev
  libmodbus-dev libzxing-dev libdmtx-dev libzint-dev libsodium-dev nlohmann-json3-dev libsqlite3-dev libcups2-dev
  # PostgreSQL: libpq for the second backend (docs/DATABASE.md); the server and its client tools (initdb, pg_ctl,
  # psql, pg_dump, pg_restore) for the tests' throwaway cluster
  libpq-dev postgresql postgresql-client
  # the courier and nurse web service (prepctl serve): cpp-httplib, built by Debian with OpenSSL, and OpenSSL's
  # headers for the site certificate made at first start
  libcpp-httplib-dev libssl-dev
  # systemd-analyze checks the web service's unit (scripts/systemd/); the phone pages are tested in Debian's
  # headless Chromium driven through chromium-driver by python3-selenium (no browser downloaded by a test tool)
  systemd chromium chromium-driver python3-selenium
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # runtime tools: sqlite3 CLI (audit tamper tests), poppler (label read-back), mbpoll (independent Modbus
  # client), CUPS with a PDF printer (print tests), fonts for labels, Xvfb for the GUI without a display
  # dmtx-utils: dmtxread, plain libdmtx, the baseline the barcode reader is compared with (BENCHMARKS.md)
  sqlite3 poppler-utils mbpoll dmtx-utils cups cups-client cups-bsd printer-driver-cups-pdf fonts-dejavu-core tzdata
  xvfb xauth
  # python3: the validation report (validation/report.py) and the translation check (tests/ui/check_translations.sh)
  # python3-reportlab: the validation pack's PDF (validation/pack.py); pure Python, no LaTeX or browser behind it
  # python3-jsonschema, python3-rfc3987: the EPCIS export checked against GS1's JSON schema with its uri formats
  # (tests/integration/validate_epcis.py), as GS1's ajv + ajv-formats run does
  python3 python3-reportlab python3-jsonschema python3-rfc3987
)
# npm: the build installs the phone pages' barcode reader (zxing-wasm) from npm (prep-station/web/npm/). Debian's
# npm only when no npm is on the PATH: a NodeSource or nvm npm serves as well, and the two packages conflict.
if ! command -v npm >/dev/null 2>&1; then packages+=(npm); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
