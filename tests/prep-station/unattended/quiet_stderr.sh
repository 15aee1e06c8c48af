#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# quiet_stderr.sh PREPCTL WORKDIR: runs prepctl commands as cron or systemd would (no XDG_RUNTIME_DIR, no
# display, no Qt platform chosen) and fails when one exits non-zero or writes anything on stderr. Scripts take
# stderr output as a sign of trouble, so a successful command must keep it empty. TMPDIR is private to the test,
# so the runtime directory the labels layer provides is created afresh and checked (0700, ours).
set -u
prepctl=$1
work=$2
rm -rf "$work"
mkdir -p "$work/tmp"
failures=0

run() {
    name=$1
    shift
    env -u XDG_RUNTIME_DIR -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM TMPDIR="$work/tmp" HOME="$work" \
        "$prepctl" "$@" >"$work/$name.out" 2>"$work/$name.err"
    code=$?
    if [ "$code" -ne 0 ] || [ -s "$work/$name.err" ]; then
        echo "FAIL prepctl $* (exit $code); stderr:"
        cat "$work/$name.err"
        failures=$((failures + 1))
    else
        echo "ok   prepctl $*"
    fi
}

db="$work/demo.sqlite"
run demo demo --json --out "$work/demo" --db "$db"
prep=$(sed -n 's/^  "preparation": "\(.*\)",$/\1/p' "$work/demo.out")
if [ -z "$prep" ]; then
    echo "FAIL no preparation id in the demo's JSON"
    exit 1
fi
run label-pdf label --prep "$prep" --out "$work/label.pdf" --db "$db"
run label-png label --prep "$prep" --out "$work/label.png" --template syringe-70x50 --db "$db"
run decode decode "$work/label.png" --db "$db"
run scale scale read --device sim://
run gs1 gs1 parse "(01)03400930000007(17)260531(10)AB1234(21)K7Z9Q2X4M1"
run dose dose --drug azacitidine --height 170 --weight 70 --db "$db"
run expiry expiry --drug azacitidine --prepared 2026-11-30T08:00:00Z --storage 2-8C --db "$db"
run trace trace prep "$prep" --db "$db"
run audit audit verify --db "$db"
# Acting users take their passwords from the environment: no prompt, nothing else on stderr either.
users="$work/users.sqlite"
export PREP_PASSWORD='unattended-admin-pw-1' PREP_NEW_PASSWORD='unattended-admin-pw-1'
run bootstrap user bootstrap --login admin.cron --name "Admin CRON" --db "$users"
PREP_NEW_PASSWORD='unattended-tech-pw-1'
run user-add user add --login tech.cron --name "Tech CRON" --role technician --as admin.cron --db "$users"
run user-list user list --as admin.cron --db "$users"
unset PREP_PASSWORD PREP_NEW_PASSWORD

runtime="$work/tmp/prepstation-runtime-$(id -u)"
if [ "$(stat -c '%a %u' "$runtime" 2>/dev/null)" != "700 $(id -u)" ]; then
    echo "FAIL runtime directory $runtime: $(stat -c '%a %u' "$runtime" 2>&1), expected mode 700, owner $(id -u)"
    failures=$((failures + 1))
fi
[ "$failures" -eq 0 ]
