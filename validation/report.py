#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns a ctest JUnit result into the validation report (OQ evidence): each user requirement of URS.md with
the tests that show it and their outcome. A requirement whose tests did not all pass, or that names a test the
run did not contain, is reported as NOT DEMONSTRATED and the script exits non-zero.

The error-injection table (issue 16) follows: each row of validation/error_injection.csv (error, gate, reason,
tests) with its tests' outcomes, from the JUnit file and from the GoogleTest JSON the `error_injection` suite
writes (build/release/error-injection.json); a row whose tests did not all pass is NOT DEMONSTRATED too.

usage: validation/report.py --junit build/release/junit.xml [--junit ...] [--urs validation/URS.md] [--out report.md]
           [--errors validation/error_injection.csv] [--gtest-json build/release/error-injection.json ...]
       validation/report.py --check-errors validation/error_injection.csv --tests-root tests
(produce the JUnit file with: ctest --preset release --output-junit junit.xml)
"""
import argparse
import csv
import json
import os
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


def load_gtest_json(path, results):
    """Adds the results of a GoogleTest --gtest_output=json file ('Suite.Test' -> passed/failed/skipped)."""
    rank = {"passed": 0, "skipped": 1, "failed": 2}
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    for suite in doc.get("testsuites", []):
        for case in suite.get("testsuite", []):
            name = base_name(f"{suite.get('name')}.{case.get('name')}")
            if case.get("failures"):
                outcome = "failed"
            elif case.get("status") != "RUN" or case.get("result") == "SKIPPED":
                outcome = "skipped"
            else:
                outcome = "passed"
            if name not in results or rank[outcome] > rank[results[name]]:
                results[name] = outcome


def load_errors(path):
    """validation/error_injection.csv: (error, gate, reason, [tests]) per row; '#' lines are comments."""
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = []
    for n, row in enumerate(csv.DictReader(lines), start=1):
        missing = [c for c in ("error", "gate", "reason", "test") if not (row.get(c) or "").strip()]
        if missing:
            raise ValueError(f"{path} row {n}: empty {', '.join(missing)}")
        tests = [t.strip() for t in row["test"].split(";") if t.strip()]
        rows.append((row["error"].strip(), row["gate"].strip(), row["reason"].strip(), tests))
    return rows


def check_errors(path, tests_root):
    """Every test the error list names is defined in the test sources (TEST, TEST_F or TEST_P)."""
    defined = set()
    pattern = re.compile(r"\bTEST(?:_F|_P)?\(\s*(\w+)\s*,\s*(\w+)\s*\)")
    for folder, _, files in os.walk(tests_root):
        for name in files:
            if name.endswith(".cpp"):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    defined.update(f"{a}.{b}" for a, b in pattern.findall(f.read()))
    rows = load_errors(path)
    missing = [(error, t) for error, _, _, tests in rows for t in tests if t not in defined]
    for error, t in missing:
        print(f"{path}: '{error}' names {t}, which no test source defines", file=sys.stderr)
    print(f"{len(rows)} errors, {sum(len(r[3]) for r in rows)} tests named, {len(missing)} missing")
    return 1 if missing or not rows else 0


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
    ap.add_argument("--junit", action="append", default=[])
    ap.add_argument("--urs", default="validation/URS.md")
    ap.add_argument("--out", default="-")
    ap.add_argument("--errors", default="validation/error_injection.csv")
    ap.add_argument("--gtest-json", action="append", default=[])
    ap.add_argument("--check-errors")
    ap.add_argument("--tests-root", default="tests")
    a = ap.parse_args()
    if a.check_errors:
        return check_errors(a.check_errors, a.tests_root)
    if not a.junit:
        ap.error("--junit is required")
    results = {}
    rank = {"passed": 0, "skipped": 1, "failed": 2}
    for path in a.junit:
        for name, outcome in load_results(path).items():
            if name not in results or rank[outcome] > rank[results[name]]:
                results[name] = outcome
    for path in a.gtest_json:
        load_gtest_json(path, results)
    reqs = load_requirements(a.urs)
    lines = ["# PrepStation validation report (OQ)", "",
             f"Generated {datetime.now(timezone.utc).isoformat(timespec='seconds')} from `{', '.join(a.junit + a.gtest_json)}` "
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
    if a.errors and os.path.exists(a.errors):
        errors = load_errors(a.errors)
        lines += ["", "## Error injection", "",
                  f"Each known error injected through the workflow and the gate that stopped it (`{a.errors}`).", "",
                  "| error | gate | reason | test | outcome |", "|---|---|---|---|---|"]
        stopped = 0
        for error, gate, reason, tests in errors:
            outcomes = [results.get(t, "missing") for t in tests]
            ok = bool(tests) and all(o == "passed" for o in outcomes)
            stopped += ok
            detail = ", ".join(f"`{t}` {o}" for t, o in zip(tests, outcomes))
            lines.append(f"| {error} | {gate} | {reason} | {detail} | {'DEMONSTRATED' if ok else 'NOT DEMONSTRATED'} |")
        bad += len(errors) - stopped
        lines += ["", f"{stopped} of {len(errors)} injected errors shown stopped."]
    out = "\n".join(lines) + "\n"
    if a.out == "-":
        sys.stdout.write(out)
    else:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(out)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
