#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The web service under an independent load tool (wrk, Debian package), beside our own web_phones_bench: a packed
# demo station served by `prepctl serve` on loopback, one courier session, wrk's connections sending scans as fast as
# they are answered. Then every scan wrk got a 200 for must be a field_scan row. Not a test (timing); BENCHMARKS.md.
# Usage: scripts/bench/wrk-scans.sh [CONNECTIONS] [SECONDS]   (needs a release build: build/release/prep-station/prepctl)
set -euo pipefail
cd "$(dirname "$0")/../.."
connections=${1:-100}
seconds=${2:-60}
prepctl=$PWD/build/release/prep-station/prepctl
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data
db=$work/station.sqlite
shipment=$("$prepctl" demo --until packed --json --out "$work/demo" --db "$db" | python3 -c 'import json,sys; print(json.load(sys.stdin)["shipment"])')
port=$((20000 + RANDOM % 20000))
"$prepctl" serve --listen "https://127.0.0.1:$port" --db "$db" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -ksf "https://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done
token=$(curl -ksf -X POST "https://127.0.0.1:$port/api/v1/session" -H 'Content-Type: application/json' \
    -d '{"login":"courier.demo","password":"demo-courier-2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
before=$(sqlite3 "$db" "SELECT COUNT(*) FROM field_scan")
echo "wrk: $connections connections, 2 threads, ${seconds} s, against prepctl serve (SQLite, WAL) on 127.0.0.1:$port"
PREP_TOKEN=$token PREP_SHIPMENT=$shipment wrk -t 2 -c "$connections" -d "${seconds}s" --latency \
    -s scripts/bench/wrk-scans.lua "https://127.0.0.1:$port" | tee "$work/wrk.out"
kill -TERM "$server"; wait "$server" || true
after=$(sqlite3 "$db" "SELECT COUNT(*) FROM field_scan")
echo "field_scan rows recorded during the run: $((after - before))"
