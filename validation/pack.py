#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates the validation pack of a test run (issue 16): validation-pack.pdf for the quality manager to read and
sign, validation-pack.json (its machine-readable source) and validation-report.md, in one folder.

Inputs: the ctest JUnit file of each preset that ran, the GoogleTest JSON of the error_injection suite, the build
folders (compiler, programs), validation/URS.md, validation/FMEA.csv, validation/error_injection.csv. Exits 1 when a
requirement, a risk control or an injected error is NOT DEMONSTRATED by the run (the pack says so on its cover), 2 on
unusable input.

usage: validation/pack.py --junit release=build/release/junit.xml [--junit asan=build/asan/junit.xml]
           [--gtest-json release=build/release/error-injection.json ...] [--build release=build/release ...]
           [--out-dir build/validation-pack] [--run-id ID] [--no-pdf]
       validation/pack.py --check-references [--tests-root tests]
(a preset may be left out: --junit build/asan/junit.xml takes the name of the folder the file is in)
"""
import argparse
import hashlib
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True  # no __pycache__ left in the source tree by CI
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vpack import markdown, model, results, sources  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEBIAN_PYTHON = "/usr/bin/python3"


def require_reportlab():
    """python3-reportlab is installed for Debian's interpreter; a python3 found first on PATH (pyenv, a venv) does
    not see it, so the pack runs itself again under Debian's."""
    try:
        import reportlab  # noqa: F401
    except ImportError:
        if os.path.exists(DEBIAN_PYTHON) and os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON):
            os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON, os.path.abspath(__file__), *sys.argv[1:]])
        sys.exit("validation pack: python3-reportlab is missing (scripts/install-deps.sh installs it)")


def preset_and_path(value):
    if "=" in value:
        preset, path = value.split("=", 1)
    else:
        path = value
        preset = os.path.basename(os.path.dirname(os.path.abspath(value)))
    return preset, path


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def rel(path):
    return os.path.relpath(os.path.abspath(path), ROOT)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--junit", action="append", default=[], help="[preset=]ctest JUnit file")
    ap.add_argument("--gtest-json", action="append", default=[], help="[preset=]GoogleTest JSON file")
    ap.add_argument("--build", action="append", default=[], help="[preset=]build folder (default: the JUnit's)")
    ap.add_argument("--urs", default=os.path.join(ROOT, "validation", "URS.md"))
    ap.add_argument("--fmea", default=os.path.join(ROOT, "validation", "FMEA.csv"))
    ap.add_argument("--errors", default=os.path.join(ROOT, "validation", "error_injection.csv"))
    ap.add_argument("--out-dir", default=os.path.join(ROOT, "build", "validation-pack"))
    ap.add_argument("--run-id", default="")
    ap.add_argument("--no-pdf", action="store_true", help="only the JSON and the markdown")
    ap.add_argument("--check-references", action="store_true",
                    help="check that every URS id and test the FMEA, the URS and the error list name exists")
    ap.add_argument("--tests-root", default=os.path.join(ROOT, "tests"))
    a = ap.parse_args()

    if a.check_references:
        try:
            problems = sources.check_references(a.fmea, a.urs, a.tests_root, a.errors)
        except ValueError as e:
            print(e, file=sys.stderr)
            return 1
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(sources.load_fmea(a.fmea))} FMEA rows, {len(sources.load_requirements(a.urs))} requirements: "
              f"{len(problems)} bad references")
        return 1 if problems else 0

    if not a.junit:
        ap.error("--junit is required (ctest --preset release --output-junit junit.xml writes one)")
    if not a.no_pdf:
        require_reportlab()
    try:
        presets, tests, inputs = [], [], []
        for value in a.junit:
            preset, path = preset_and_path(value)
            run, found = results.load_junit(path, preset)
            presets.append(preset)
            tests += found
            inputs.append({"preset": preset, "junit": rel(path), "junit_sha256": sha256(path),
                           "timestamp": run["timestamp"], "gtest_json": []})
        for value in a.gtest_json:
            preset, path = preset_and_path(value)
            if preset not in presets:
                ap.error(f"--gtest-json {value}: no --junit for preset {preset}")
            tests += results.load_gtest_json(path, preset)
            next(i for i in inputs if i["preset"] == preset)["gtest_json"].append(
                {"file": rel(path), "sha256": sha256(path)})
        builds = dict(preset_and_path(v) for v in a.build)
        for value in a.junit:
            preset, path = preset_and_path(value)
            builds.setdefault(preset, os.path.dirname(os.path.abspath(path)))
        reqs = sources.load_requirements(a.urs)
        fmea = sources.load_fmea(a.fmea)
        errors = sources.load_errors(a.errors)
    except (OSError, ValueError) as e:  # ElementTree's ParseError and json's JSONDecodeError are ValueErrors too
        print(f"validation pack: {e}", file=sys.stderr)
        return 2
    run_results = results.Results(tests, presets)
    pack = model.build(ROOT, run_results, inputs, reqs, fmea, errors, list(builds.items()),
                       {"urs": rel(a.urs), "fmea": rel(a.fmea), "errors": rel(a.errors)}, run_id=a.run_id)

    os.makedirs(a.out_dir, exist_ok=True)
    # The raw results beside the pack, so that archiving the folder keeps the evidence the cover's hashes name.
    evidence = os.path.join(a.out_dir, "evidence")
    shutil.rmtree(evidence, ignore_errors=True)  # an earlier run's asan results must not stay beside this run's
    os.makedirs(evidence)
    for i in inputs:
        shutil.copyfile(os.path.join(ROOT, i["junit"]), os.path.join(evidence, f"junit-{i['preset']}.xml"))
        for g in i["gtest_json"]:
            shutil.copyfile(os.path.join(ROOT, g["file"]),
                            os.path.join(evidence, f"{i['preset']}-{os.path.basename(g['file'])}"))
    json_path = os.path.join(a.out_dir, "validation-pack.json")
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump(pack, f, indent=1, ensure_ascii=False)
        f.write("\n")
    header = (f"Generated {pack['run']['generated_utc']} at commit {pack['run']['commit_short']} (run "
              f"{pack['run']['run_id']}) from {', '.join(i['junit'] for i in inputs)} "
              f"({len(tests)} test results) against `{rel(a.urs)}` ({len(reqs)} requirements).")
    md_path = os.path.join(a.out_dir, "validation-report.md")
    with open(md_path, "w", encoding="utf-8") as f:
        f.write(markdown.report(pack["urs"], pack["error_injection"], header, pack["fmea"]))
    pdf_path = os.path.join(a.out_dir, "validation-pack.pdf")
    if not a.no_pdf:
        from vpack import pdf
        pdf.write(pack, pdf_path)

    s = pack["summary"]
    print(f"validation pack: {s['requirements_demonstrated']}/{s['requirements']} requirements, "
          f"{s['fmea_controls_demonstrated']}/{s['fmea_rows']} risk controls, "
          f"{s['injected_errors_demonstrated']}/{s['injected_errors']} injected errors demonstrated")
    for path in ([] if a.no_pdf else [pdf_path]) + [json_path, md_path]:
        print(f"validation pack: {rel(path)}")
    for w in s["iq_deviations"] + s["warnings"]:
        print(f"validation pack: IQ: {w}", file=sys.stderr)
    if not s["all_demonstrated"]:
        nd = s["not_demonstrated"]
        print("validation pack: *** NOT DEMONSTRATED ***", file=sys.stderr)
        for what, items in (("requirements", nd["requirements"]), ("risk controls", nd["fmea_controls"]),
                            ("injected errors", nd["injected_errors"])):
            if items:
                print(f"validation pack: {what}: {'; '.join(items)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
