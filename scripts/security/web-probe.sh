#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The web service probed by outside tools, as an auditor would (docs/WEB.md "Probed by"): sslscan (which TLS
# versions and ciphers the station accepts) and sqlmap (SQL injection through every JSON member of the API), on a
# packed demo station served by `prepctl serve` on loopback. Debian packages: sslscan, sqlmap. Not a test: the
# tools' verdicts are read and written down; their logs stay in the printed folder.
# Usage: scripts/security/web-probe.sh   (needs a release build: build/release/prep-station/prepctl)
set -euo pipefail
cd "$(dirname "$0")/../.."
prepctl=$PWD/build/release/prep-station/prepctl
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait 2>/dev/null || true' EXIT
export XDG_DATA_HOME=$work/data
db=$work/station.sqlite
demo=$("$prepctl" demo --until packed --json --out "$work/demo" --db "$db")
shipment=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["shipment"])' "$demo")
prep=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["preparation"])' "$demo" 2>/dev/null || echo P-0)
port=$((20000 + RANDOM % 20000))
url=https://127.0.0.1:$port
"$prepctl" serve --listen "$url" --db "$db" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -ksf "$url/" >/dev/null && break; sleep 0.1; done
token() {
    curl -ksf -X POST "$url/api/v1/session" -H 'Content-Type: application/json' \
        -d "{\"login\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
courier=$(token courier.demo demo-courier-2026)
nurse=$(token nurse.demo demo-nurse-2026)

echo "== sslscan $url"
sslscan --no-colour "127.0.0.1:$port" | tee "$work/sslscan.txt" | sed -n '/SSL\/TLS Protocols/,/Server Key Exchange/p'

echo "== sqlmap (level 3, risk 2) on every JSON member of the API; logs in $work/sqlmap"
run_sqlmap() {
    sqlmap --batch --level 3 --risk 2 --flush-session --output-dir="$work/sqlmap" --disable-coloring \
        --ignore-code=400,401,403,404,409,429 "$@" 2>&1 | tee -a "$work/sqlmap.txt" |
        grep -E "might be injectable|is vulnerable|appears to be|all tested parameters|no parameter" || true
}
run_sqlmap -u "$url/api/v1/session" --data '{"login":"courier.demo*","password":"x*"}' --method POST \
    -H 'Content-Type: application/json'
run_sqlmap -u "$url/api/v1/handovers" --method POST -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $courier" \
    --data "{\"kind\":\"pickup\",\"code\":\"$shipment*\",\"place\":\"PUI*\",\"scan_id\":\"s1*\"}"
run_sqlmap -u "$url/api/v1/preparations/$prep*" -H "Authorization: Bearer $nurse"
echo "== the station after the probes"
"$prepctl" audit verify --db "$db" | tail -1
echo "logs: $work"
