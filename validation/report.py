#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns a ctest JUnit result into the validation report (OQ evidence): each user requirement of URS.md with
the tests that show it and their outcome. A requirement whose tests did not all pass, or that names a test the
run did not contain, is reported as NOT DEMONSTRATED and the script exits non-zero.

usage: validation/report.py --junit build/release/junit.xml [--urs validation/URS.md] [--out report.md]
(produce the JUnit file with: ctest --preset release --output-junit junit.xml)
"""
import argparse
import re
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

REQ = re.compile(r"^\|\s*(URS-[A-Z]+-\d+)\s*\|(.*?)\|(.*?)\|\s*$")


def base_name(name):
    """'Inst/Suite.Test/param  # GetParam() = ...' -> 'Suite.Test': a URS row names a parameterised test once,
    and it is demonstrated only when every instance passed."""
    name = name.split("  # ")[0]
    parts = name.split("/")
    return parts[1] if len(parts) == 3 else name


def load_results(path):
    results = {}
    rank = {"passed": 0, "skipped": 1, "failed": 2}
    for case in ET.parse(path).getroot().iter("testcase"):
        name = base_name(case.get("name"))
        status = case.get("status", "run")
        failed = case.find("failure") is not None or case.find("error") is not None
        skipped = case.find("skipped") is not None or status in ("notrun", "disabled")
        outcome = "skipped" if skipped else ("failed" if failed else "passed")
        if name not in results or rank[outcome] > rank[results[name]]:
            results[name] = outcome
    return results


def load_requirements(path):
    reqs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = REQ.match(line.strip())
            if m:
                tests = [t.strip(" `") for t in m.group(3).split(",") if t.strip(" `")]
                reqs.append((m.group(1), m.group(2).strip(), tests))
    return reqs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--junit", required=True)
    ap.add_argument("--urs", default="validation/URS.md")
    ap.add_argument("--out", default="-")
    a = ap.parse_args()
    results = load_results(a.junit)
    reqs = load_requirements(a.urs)
    lines = ["# PrepStation validation report (OQ)", "",
             f"Generated {datetime.now(timezone.utc).isoformat(timespec='seconds')} from `{a.junit}` "
             f"({len(results)} test results) against `{a.urs}` ({len(reqs)} requirements).", "",
             "| requirement | statement | tests | outcome |", "|---|---|---|---|"]
    bad = 0
    for rid, text, tests in reqs:
        outcomes = [results.get(t, "missing") for t in tests]
        ok = bool(tests) and all(o == "passed" for o in outcomes)
        bad += not ok
        detail = ", ".join(f"`{t}` {o}" for t, o in zip(tests, outcomes)) or "no test named"
        lines.append(f"| {rid} | {text} | {detail} | {'DEMONSTRATED' if ok else 'NOT DEMONSTRATED'} |")
    lines += ["", f"{len(reqs) - bad} of {len(reqs)} requirements demonstrated."]
    out = "\n".join(lines) + "\n"
    if a.out == "-":
        sys.stdout.write(out)
    else:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(out)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
