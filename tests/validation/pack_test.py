#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The validation pack read back as a quality manager would: validation/pack.py run on the fixture run of
tests/validation/fixtures/ (release and asan JUnit files, the error_injection suite's JSON) against the real URS,
FMEA and error list; the PDF's text, extracted by pdftotext, must show every URS id, the FMEA, the schema version
the IQ found, the failed test as failed, its requirement as NOT DEMONSTRATED, the skipped test with its reason, and
the commit and "page X of Y" on every page. Then the reference check must name each bad reference of a broken FMEA.

usage: pack_test.py --out FOLDER"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(HERE, "fixtures")
PACK = os.path.join(ROOT, "validation", "pack.py")
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print(f"FAILED: {what}", file=sys.stderr)


def urs_ids():
    with open(os.path.join(ROOT, "validation", "URS.md"), encoding="utf-8") as f:
        return re.findall(r"^\|\s*(URS-[A-Z]+-\d+)\s*\|", f.read(), re.M)


def latest_migration():
    """From the migration files themselves, not from the list the pack reads, so the two are compared."""
    names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "db", "migrations", "[0-9]*.sql")))
    return len(names), names[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    out = ap.parse_args().out
    run = subprocess.run(
        [sys.executable, PACK, "--junit", "release=" + os.path.join(FIXTURES, "junit-release.xml"),
         "--junit", "asan=" + os.path.join(FIXTURES, "junit-asan.xml"),
         "--gtest-json", "release=" + os.path.join(FIXTURES, "error-injection.json"),
         "--out-dir", out, "--run-id", "fixture-run"], capture_output=True, text=True, timeout=120)
    check(run.returncode == 1, f"pack.py exits 1 on a run with a failed test (got {run.returncode}): {run.stderr}")
    check("NOT DEMONSTRATED" in run.stderr and "URS-TECH-14" in run.stderr,
          "pack.py says loudly which requirement is NOT DEMONSTRATED")
    pdf = os.path.join(out, "validation-pack.pdf")
    if not os.path.isfile(pdf):
        check(False, f"no {pdf}")
        return 1

    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    check("Title:" in info and "PrepStation validation pack" in info, "pdfinfo reads the PDF and its title")
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1)) if "Pages:" in info else 0
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    lines = text.splitlines()

    missing = [i for i in urs_ids() if i not in text]
    check(not missing, f"every URS id is in the PDF (missing: {missing})")
    check(re.search(r"FMEA-11\s+withdrawal\s+syringe filled from the diluent", text) is not None,
          "a FMEA row: FMEA-11, its step and its failure mode")
    count, last = latest_migration()
    check(f"Schema version {count}: the last migration is {last}" in " ".join(text.split()),
          f"the IQ states schema version {count} ({last})")
    check("python3-reportlab" in text, "the IQ lists the packages of install-deps.sh (python3-reportlab)")
    check(any("Dosing.BsaFormulasMatchTheReferenceWorkedExample" in l and "failed" in l for l in lines),
          "the failed test is marked failed")
    check("exceeds 0.005" in text, "the OQ quotes what failed")
    check(any("ErrorInjection.DoseSixPercentOverAwaitsAPharmacist" in l and "failed" in l and "Actual: accepted" in l
              for l in lines), "a failed test of the error_injection suite's report, with what failed")
    tech14 = [l for l in lines if l.lstrip().startswith("URS-TECH-14 ")]
    check(tech14 and all("NOT DEMONSTRATED" in l for l in tech14),
          f"URS-TECH-14, whose test failed on one preset, is NOT DEMONSTRATED: {tech14}")
    tech13 = [l for l in lines if l.lstrip().startswith("URS-TECH-13 ")]
    check(tech13 and all("DEMONSTRATED" in l and "NOT DEMONSTRATED" not in l for l in tech13),
          f"URS-TECH-13, whose tests all passed, is DEMONSTRATED: {tech13}")
    check(any("ServerConnectionTest.InsideATransactionItIsLostWholeAndSaysSo" in l and "skipped" in l and
              "a SQLite file has no connection to lose" in l for l in lines), "a skipped test with its reason")
    check("NOT DEMONSTRATED — DO NOT SIGN" in text, "the cover says loudly that the pack is not a validation")
    cover = text.split("\f")[0]
    check("Quality manager" in cover and "Signature" in cover, "page 1 has the signature block")
    with open(os.path.join(out, "validation-pack.json"), encoding="utf-8") as f:
        pack = json.load(f)
    commit = pack["run"]["commit_short"]
    sheets = text.split("\f")
    sheets = [s for s in sheets if s.strip()]
    check(len(sheets) == pages, f"pdftotext found {len(sheets)} pages of {pages}")
    for n, sheet in enumerate(sheets, start=1):
        if f"commit {commit}" not in sheet or f"page {n} of {pages}" not in sheet or "generated " not in sheet:
            check(False, f"page {n} has the commit, the date and 'page {n} of {pages}'")
            break

    verdicts = {u["id"]: u["verdict"] for u in pack["urs"]}
    check(verdicts.get("URS-TECH-14") == "NOT DEMONSTRATED" and verdicts.get("URS-TECH-13") == "DEMONSTRATED",
          "the JSON source carries the same verdicts")
    release = next(o for o in pack["oq"] if o["preset"] == "release")
    check(release["counts"] == {"passed": 8, "skipped": 1, "failed": 2},
          f"the OQ counts the release fixture's tests (with the error_injection suite's): {release['counts']}")
    check(os.path.isfile(os.path.join(out, "validation-report.md")), "the markdown report is written too")
    check(os.path.isfile(os.path.join(out, "evidence", "junit-release.xml")), "the raw results are kept beside it")

    bad = subprocess.run([sys.executable, PACK, "--check-references", "--fmea", os.path.join(FIXTURES, "bad-fmea.csv")],
                         capture_output=True, text=True, timeout=60)
    check(bad.returncode != 0, "a FMEA naming an unknown requirement and an unknown test fails the check")
    check("URS-NOPE-7" in bad.stderr and "VialCheck.NoSuchTestAnywhere" in bad.stderr,
          f"the check names each bad reference: {bad.stderr}")
    check("VialCheck.RefusesTheWrongDrug" not in bad.stderr, "and only the bad ones")

    print(f"{pages} pages read back; {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
