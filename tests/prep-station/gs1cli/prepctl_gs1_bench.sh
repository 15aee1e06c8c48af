#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# prepctl_gs1_bench.sh [BUILD_DIR] [CALLS]: the cost of one `prepctl gs1 parse` process, as a scanning script pays
# it, for the thin front (`prepctl`) and for the full program (`prepctl-station`, which is what `prepctl` was
# before the split), measured in the same run; and the extra cost the front adds to every other command.
# Wall time per call over CALLS calls (default 100) after 5 warm-up calls; shared libraries counted with ldd.
set -eu
build=${1:-build/release}
calls=${2:-100}
front=$build/prep-station/prepctl
station=$build/prep-station/prepctl-station
code='(01)03400930000007(17)260531(10)AB1234(21)K7Z9Q2X4M1'

per_call() { # per_call LABEL COMMAND...: prints the mean wall time of one call in ms
    label=$1
    shift
    i=0
    while [ $i -lt 5 ]; do "$@" >/dev/null 2>&1 || true; i=$((i + 1)); done
    start=$(date +%s%N)
    i=0
    while [ $i -lt "$calls" ]; do "$@" >/dev/null 2>&1 || true; i=$((i + 1)); done
    end=$(date +%s%N)
    awk -v l="$label" -v t=$((end - start)) -v n="$calls" 'BEGIN { printf "%-44s %8.2f ms per call\n", l, t / n / 1e6 }'
}

echo "shared libraries: prepctl $(ldd "$front" | wc -l), prepctl-station $(ldd "$station" | wc -l)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $calls calls each"
per_call "prepctl-station gs1 parse (before)" "$station" gs1 parse "$code"
per_call "prepctl gs1 parse (after)" "$front" gs1 parse "$code"
per_call "prepctl gs1 parse, refused (bad check digit)" "$front" gs1 parse '(01)03400930000008'
per_call "prepctl-station help" "$station" help
per_call "prepctl help (front + exec)" "$front" help
