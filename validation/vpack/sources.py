# SPDX-License-Identifier: GPL-3.0-or-later
"""The validation's own sources: the URS (validation/URS.md), the FMEA (validation/FMEA.csv), the error-injection
list (validation/error_injection.csv), and the names of the tests the repository defines, to check that every test
they name exists."""
import csv
import os
import re

REQ = re.compile(r"^\|\s*(URS-[A-Z]+-\d+)\s*\|(.*?)\|(.*?)\|\s*$")
SECTION = re.compile(r"^##\s+(.*\S)\s*$")
FMEA_COLUMNS = ("id", "step", "failure_mode", "effect", "cause", "severity", "occurrence", "detection", "rpn",
                "control", "detection_after", "rpn_after", "urs", "tests", "limits")
SCORES = ("severity", "occurrence", "detection", "detection_after")


def _csv_rows(path):
    """The rows of a CSV file whose '#' lines are comments, with their line numbers in the file."""
    with open(path, encoding="utf-8") as f:
        numbered = [(n, line) for n, line in enumerate(f, start=1) if not line.startswith("#")]
    reader = csv.DictReader(line for _, line in numbered)
    for row in reader:
        yield numbered[reader.line_num - 1][0], row


def _split(cell, sep=";"):
    return [x.strip(" `") for x in (cell or "").split(sep) if x.strip(" `")]


def load_requirements(path):
    """[{id, section, text, tests}] in the order of URS.md (the section is the role's heading)."""
    reqs, section = [], ""
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = SECTION.match(line.strip())
            if s:
                section = s.group(1)
            m = REQ.match(line.strip())
            if m:
                reqs.append({"id": m.group(1), "section": section, "text": m.group(2).strip(),
                             "tests": _split(m.group(3), ",")})
    return reqs


def load_errors(path):
    """validation/error_injection.csv: [{error, gate, reason, tests}]."""
    rows = []
    for n, row in _csv_rows(path):
        missing = [c for c in ("error", "gate", "reason", "test") if not (row.get(c) or "").strip()]
        if missing:
            raise ValueError(f"{path} line {n}: empty {', '.join(missing)}")
        rows.append({"error": row["error"].strip(), "gate": row["gate"].strip(), "reason": row["reason"].strip(),
                     "tests": _split(row["test"])})
    return rows


def load_fmea(path):
    """validation/FMEA.csv: [{id, step, ..., severity (int), ..., urs [ids], tests [names], limits}]. A missing
    column, an empty cell where one is needed, a score outside 1-10 or an RPN that is not the product of its scores
    is an error naming the line and the column."""
    rows = []
    for n, row in _csv_rows(path):
        missing_columns = [c for c in FMEA_COLUMNS if c not in row]
        if missing_columns:
            raise ValueError(f"{path}: no column {', '.join(missing_columns)}")
        for c in FMEA_COLUMNS:
            if c != "limits" and not (row.get(c) or "").strip():
                raise ValueError(f"{path} line {n}: {c} is empty")
        out = {c: (row[c] or "").strip() for c in FMEA_COLUMNS}
        for c in SCORES + ("rpn", "rpn_after"):
            try:
                out[c] = int(out[c])
            except ValueError:
                raise ValueError(f"{path} line {n} ({out['id']}): {c} '{row[c]}' is not a whole number") from None
        for c in SCORES:
            if not 1 <= out[c] <= 10:
                raise ValueError(f"{path} line {n} ({out['id']}): {c} {out[c]} is outside 1-10")
        if out["rpn"] != out["severity"] * out["occurrence"] * out["detection"]:
            raise ValueError(f"{path} line {n} ({out['id']}): rpn {out['rpn']} is not severity x occurrence x "
                             f"detection = {out['severity'] * out['occurrence'] * out['detection']}")
        if out["rpn_after"] != out["severity"] * out["occurrence"] * out["detection_after"]:
            raise ValueError(f"{path} line {n} ({out['id']}): rpn_after {out['rpn_after']} is not severity x "
                             f"occurrence x detection_after = "
                             f"{out['severity'] * out['occurrence'] * out['detection_after']}")
        out["urs"], out["tests"] = _split(out["urs"]), _split(out["tests"])
        out["line"] = n
        rows.append(out)
    ids = [r["id"] for r in rows]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"{path}: {', '.join(duplicates)} used twice")
    return rows


def defined_tests(tests_root):
    """The test names the sources define: GoogleTest TEST, TEST_F and TEST_P ('Suite.Test'), and the ctest entries
    CMake files add by name (add_test(NAME x ...))."""
    defined = set()
    gtest = re.compile(r"\bTEST(?:_F|_P)?\(\s*(\w+)\s*,\s*(\w+)\s*\)")
    ctest = re.compile(r"\badd_test\(\s*NAME\s+([^\s)]+)")
    for folder, _, files in os.walk(tests_root):
        for name in files:
            if name.endswith(".cpp") or name == "CMakeLists.txt":
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    text = f.read()
                if name.endswith(".cpp"):
                    defined.update(f"{a}.{b}" for a, b in gtest.findall(text))
                else:
                    defined.update(n for n in ctest.findall(text) if "${" not in n)
    return defined


def test_defined(name, defined):
    """'postgres/X' is the PostgreSQL pass of X; 'Inst/Suite.Test/param' an instance of Suite.Test."""
    if name.startswith("postgres/"):
        name = name[len("postgres/"):]
    parts = name.split("/")
    if len(parts) == 3:
        name = parts[1]
    return name in defined


def check_references(fmea_path, urs_path, tests_root, errors_path=None):
    """Every URS id the FMEA names is in URS.md; every test the FMEA, the URS and the error list name is defined in
    the test sources. Returns the problems, each naming the file, the row and the bad reference."""
    defined = defined_tests(tests_root)
    reqs = load_requirements(urs_path)
    urs_ids = {r["id"] for r in reqs}
    problems = []
    for row in load_fmea(fmea_path):
        for rid in row["urs"]:
            if rid not in urs_ids:
                problems.append(f"{fmea_path} line {row['line']}: {row['id']} names {rid}, which {urs_path} does not "
                                "define")
        for t in row["tests"]:
            if not test_defined(t, defined):
                problems.append(f"{fmea_path} line {row['line']}: {row['id']} names {t}, which no test source defines")
    for req in reqs:
        for t in req["tests"]:
            if not test_defined(t, defined):
                problems.append(f"{urs_path}: {req['id']} names {t}, which no test source defines")
    if errors_path:
        for row in load_errors(errors_path):
            for t in row["tests"]:
                if not test_defined(t, defined):
                    problems.append(f"{errors_path}: '{row['error']}' names {t}, which no test source defines")
    return problems
