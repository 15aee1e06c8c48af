#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns a ctest JUnit result into the validation report (OQ evidence): each user requirement of URS.md with
the tests that show it and their outcome. A requirement whose tests did not all pass, or that names a test the
run did not contain, is reported as NOT DEMONSTRATED and the script exits non-zero.

The error-injection table (issue 16) follows: each row of validation/error_injection.csv (error, gate, reason,
tests) with its tests' outcomes, from the JUnit file and from the GoogleTest JSON the `error_injection` suite
writes (build/release/error-injection.json); a row whose tests did not all pass is NOT DEMONSTRATED too.

The whole validation pack (this report, the FMEA, the traceability matrix, IQ and OQ, as PDF and JSON) is
validation/pack.py's; this script is the markdown report alone, and the check of the error list.

usage: validation/report.py --junit build/release/junit.xml [--junit ...] [--urs validation/URS.md] [--out report.md]
           [--errors validation/error_injection.csv] [--gtest-json build/release/error-injection.json ...]
       validation/report.py --check-errors validation/error_injection.csv --tests-root tests
(produce the JUnit file with: ctest --preset release --output-junit junit.xml)
"""
import argparse
import os
import sys
from datetime import datetime, timezone

sys.dont_write_bytecode = True  # no __pycache__ left in the source tree by CI
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vpack import markdown, model, results, sources  # noqa: E402


def check_errors(path, tests_root):
    """Every test the error list names is defined in the test sources (TEST, TEST_F, TEST_P or a named ctest)."""
    defined = sources.defined_tests(tests_root)
    rows = sources.load_errors(path)
    missing = [(r["error"], t) for r in rows for t in r["tests"] if not sources.test_defined(t, defined)]
    for error, t in missing:
        print(f"{path}: '{error}' names {t}, which no test source defines", file=sys.stderr)
    print(f"{len(rows)} errors, {sum(len(r['tests']) for r in rows)} tests named, {len(missing)} missing")
    return 1 if missing or not rows else 0


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
    tests, presets = [], []
    for path in a.junit:
        preset = os.path.basename(os.path.dirname(os.path.abspath(path))) or path
        presets.append(preset)
        tests += results.load_junit(path, preset)[1]
    for path in a.gtest_json:
        tests += results.load_gtest_json(path, presets[0])
    run = results.Results(tests, list(dict.fromkeys(presets)))
    urs = model.requirement_verdicts(run, sources.load_requirements(a.urs))
    injected = None
    if a.errors and os.path.exists(a.errors):
        injected = model.error_verdicts(run, sources.load_errors(a.errors))
    header = (f"Generated {datetime.now(timezone.utc).isoformat(timespec='seconds')} from "
              f"`{', '.join(a.junit + a.gtest_json)}` ({len(tests)} test results) against `{a.urs}` "
              f"({len(urs)} requirements).")
    out = markdown.report(urs, injected, header)
    if a.out == "-":
        sys.stdout.write(out)
    else:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(out)
    bad = [u for u in urs if u["verdict"] != model.DEMONSTRATED] + \
        [e for e in (injected or []) if e["verdict"] != model.DEMONSTRATED]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
