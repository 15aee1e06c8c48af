#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates vectors.tsv from a checkout of GS1's Barcode Syntax Engine (https://github.com/gs1/gs1-syntax-engine,
# Apache-2.0): the unit-test vectors of its linters (src/c-lib/syntax/lint_*.c), of its AI parser and validator
# (src/c-lib/ai.c) and of its scan-data reader (src/c-lib/scandata.c), with the engine's own verdicts.
#
#   extract_vectors.py ENGINE_GIT_DIR COMMIT > vectors.tsv
#
# Vectors built by loops in the engine's tests are spelled out below, each next to the loop it replays.
import re
import subprocess
import sys

git_dir, commit = sys.argv[1], sys.argv[2]


def show(path):
    return subprocess.run(["git", "-C", git_dir, "show", f"{commit}:{path}"], check=True, capture_output=True,
                          text=True, encoding="latin-1").stdout


def c_string(src, i):
    """Reads adjacent C string literals from src[i:]; returns (value, next index) or (None, i)."""
    out, j, found = "", i, False
    while True:
        while j < len(src) and src[j] in " \t\r\n":
            j += 1
        if j >= len(src) or src[j] != '"':
            return (out if found else None), j
        found = True
        j += 1
        while src[j] != '"':
            c = src[j]
            if c == "\\":
                n = src[j + 1]
                if n == "x":
                    m = re.match(r"[0-9A-Fa-f]+", src[j + 2:])
                    out += chr(int(m.group(0), 16))
                    j += 2 + len(m.group(0))
                    continue
                out += {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "0": "\0"}[n]
                j += 2
                continue
            out += c
            j += 1
        j += 1


def esc(s):
    out = ""
    for c in s:
        if c == "\\":
            out += "\\\\"
        elif c == "\t":
            out += "\\t"
        elif ord(c) < 0x20 or ord(c) >= 0x7F:
            out += "\\x%02X" % ord(c)
        else:
            out += c
    return out


rows = []


def row(source, check, verdict, error, highlight, data, note=""):
    rows.append("\t".join([source, check, verdict, error or "-", esc(highlight) if highlight is not None else "-",
                           esc(data), note]))


GCP_NOTE = "needs an injected GS1 Company Prefix registry (the engine's test double); neither build has one"

# ---- Linters: UNIT_TEST_PASS(fn, "data") / UNIT_TEST_FAIL(fn, "data", GS1_LINTER_X, "highlight")
listing = subprocess.run(["git", "-C", git_dir, "ls-tree", "--name-only", commit, "src/c-lib/syntax/"],
                         check=True, capture_output=True, text=True).stdout.split()
for path in sorted(p for p in listing if re.search(r"/lint_\w+\.c$", p)):
    name = path.rsplit("/", 1)[1]
    src = show(path)
    tests = src[src.index("#ifdef UNIT_TESTS"):]
    base = src.index("#ifdef UNIT_TESTS")
    for m in re.finditer(r"GS1_LINTER_STUB_TEST\((gs1_lint_\w+)\)\s*$", tests, re.M):
        line = src[:base + m.start()].count("\n") + 1
        row(f"{name}:{line}", "lint:" + m.group(1)[len("gs1_lint_"):], "pass", None, None, "TEST")
    for m in re.finditer(r"UNIT_TEST_(PASS|FAIL)\((gs1_lint_\w+),", tests):
        line = src[:base + m.start()].count("\n") + 1
        linter = m.group(2)[len("gs1_lint_"):]
        data, j = c_string(tests, m.end())
        if data is None:
            continue  # built by a loop: spelled out below
        custom = tests.rfind("#ifdef GS1_LINTER_CUSTOM_GCP_LOOKUP", 0, m.start()) > tests.rfind("#endif", 0, m.start())
        if m.group(1) == "PASS":
            row(f"{name}:{line}", "lint:" + linter, "n/a" if custom else "pass", None, None, data,
                GCP_NOTE if custom else "")
            continue
        e = re.match(r"\s*,\s*GS1_LINTER_(\w+)\s*,", tests[j:])
        highlight, _ = c_string(tests, j + e.end())
        row(f"{name}:{line}", "lint:" + linter, "n/a" if custom else "fail", e.group(1), highlight, data,
            GCP_NOTE if custom else "")

# lint_gcppos1.c / lint_gcppos2.c build their data in loops around GCP_MIN_LENGTH (4).
for d in ["01234", "0123"]:
    row("lint_gcppos1.c:loop", "lint:gcppos1", "pass", None, None, d)
for d in ["012", "01", "0", ""]:
    row("lint_gcppos1.c:loop", "lint:gcppos1", "fail", "TOO_SHORT_FOR_GCP", f"*{d}*", d)
row("lint_gcppos1.c:loop", "lint:gcppos1", "pass", None, None, "0123A")
for i in range(3, -1, -1):
    d = "0123"[:i] + "A" * (5 - i)
    row("lint_gcppos1.c:loop", "lint:gcppos1", "fail", "INVALID_GCP_PREFIX", d[:i] + "*A*" + d[i + 1:], d)
for d in ["I01234", "I0123"]:
    row("lint_gcppos2.c:loop", "lint:gcppos2", "pass", None, None, d)
for d in ["I012", "I01", "I0"]:
    row("lint_gcppos2.c:loop", "lint:gcppos2", "fail", "TOO_SHORT_FOR_GCP", "I*" + d[1:] + "*", d)
for d in ["I", ""]:
    row("lint_gcppos2.c:loop", "lint:gcppos2", "fail", "TOO_SHORT_FOR_GCP", f"*{d}*", d)
row("lint_gcppos2.c:loop", "lint:gcppos2", "pass", None, None, "I0123A")
for i in range(4, 0, -1):
    d = "I0123"[:i] + "A" * (6 - i)
    row("lint_gcppos2.c:loop", "lint:gcppos2", "fail", "INVALID_GCP_PREFIX", d[:i] + "*A*" + d[i + 1:], d)

# ---- ai.c
ai = show("src/c-lib/ai.c")
ai_tests = ai[ai.index("#ifdef UNIT_TESTS"):]
ai_base = ai.index("#ifdef UNIT_TESTS")


def ai_line(pos):
    return "ai.c:%d" % (ai[:ai_base + pos].count("\n") + 1)


def section(name):
    start = ai_tests.index(f"void {name}(void)")
    return start, ai_tests[start:ai_tests.index("\n}\n", start)]


# gs1_parseAIdata: bracketed syntax to element string (parsing and linting; no association checks)
start, body = section("test_ai_parseAIdata")
for m in re.finditer(r"test_parseAIdata\((true|false),\s*", body):
    data, _ = c_string(body, m.end())
    if data is None:
        continue
    row(ai_line(start + m.start()), "hri-syntax", "pass" if m.group(1) == "true" else "fail", None, None, data)
row(ai_line(start) + ":loop", "hri-syntax", "pass", None, None, "(99)" + "A" * 90)
row(ai_line(start) + ":loop", "hri-syntax", "fail", None, None, "(99)" + "A" * 91)
sixty_four = "".join("(99)" + chr(65 + j // 26) + chr(65 + j % 26) for j in range(64))
row(ai_line(start) + ":loop", "hri-syntax", "pass", None, None, sixty_four)
row(ai_line(start) + ":loop", "hri-syntax", "fail", None, None, sixty_four + "(99)ZZ")

# Linter errors through real AIs
start, body = section("test_ai_linters")
for m in re.finditer(r'\{\s*"', body):
    data, j = c_string(body, m.start() + 1)
    e = re.match(r"\s*,\s*GS1_LINTER_(\w+)", body[j:])
    row(ai_line(start + m.start()), "hri-lint", "pass" if e.group(1) == "OK" else "fail",
        None if e.group(1) == "OK" else e.group(1), None, data)

# Error markup (association checks off): the linter error only
start, body = section("test_ai_errMarkup")
for m in re.finditer(r"test_errMarkup\(", body):
    data, _ = c_string(body, m.end())
    if data is not None:
        row(ai_line(start + m.start()), "hri-lint", "fail", "NON_DIGIT_CHARACTER", None, data)

# gs1_processAIdata: "^" is FNC1 (parsing and linting of a raw element string; no association checks)
start, body = section("test_ai_processAIdata")
unknown_from = body.index("gs1_encoder_setPermitUnknownAIs(ctx, true)")
for m in re.finditer(r"test_processAIdata\((true|false),\s*", body):
    data, _ = c_string(body, m.end())
    if data is None:
        continue
    if m.start() > unknown_from:
        row(ai_line(start + m.start()), "raw-syntax", "n/a", None, None, data,
            "engine option PermitUnknownAIs (off by default, as in prepctl)")
        continue
    row(ai_line(start + m.start()), "raw-syntax", "pass" if m.group(1) == "true" else "fail", None, None, data)
row(ai_line(start) + ":loop", "raw-syntax", "pass", None, None, "^99" + "A" * 90)
row(ai_line(start) + ":loop", "raw-syntax", "fail", None, None, "^99" + "A" * 91)
row(ai_line(start) + ":loop", "raw-syntax", "pass", None, None, "^" + "^".join(["99XY"] * 64))
row(ai_line(start) + ":loop", "raw-syntax", "fail", None, None, "^" + "^".join(["99XY"] * 65))

# Association checks, each on its own (the engine calls one validation function per vector)
start, body = section("test_ai_validateAIs")
checks = {"validateAIrepeats": "repeats", "validateAImutex": "ex", "validateAIrequisites": "req",
          "validateDigSigRequiresSerialisedKey": "digsig"}
for m in re.finditer(r"test_validateAIs\((true|false),\s*(\w+),\s*", body):
    data, _ = c_string(body, m.end())
    verdict = "pass" if m.group(1) == "true" else "fail"
    unknown = re.search(r"\((89|3338)\)", data)
    row(ai_line(start + m.start()), checks[m.group(2)], "n/a" if unknown else verdict, None, None, data,
        "uses an AI not in the dictionary (engine option PermitUnknownAIs)" if unknown else "")

# ---- scandata.c: scan data with a symbology identifier; only GS1 symbols carry element strings
sd = show("src/c-lib/scandata.c")
sd_base = sd.index("void test_scandata_processScanData(void)")
body = sd[sd_base:sd.index("\n}\n", sd_base)]
for m in re.finditer(r"test_testProcessScanData\((true|false),\s*", body):
    data, _ = c_string(body, m.end())
    if data is None:
        continue
    line = "scandata.c:%d" % (sd[:sd_base + m.start()].count("\n") + 1)
    verdict = "pass" if m.group(1) == "true" else "fail"
    sym = data[:3]
    if sym in ("]C1", "]e0", "]d2", "]Q3", "]J1") and "|" not in data:
        row(line, "scan-syntax", verdict, None, None, data)
    elif verdict == "fail" and "|" not in data:
        # No identifier, an unknown one, or a malformed EAN/UPC: refused by both (prepctl takes GS1 symbols only)
        row(line, "scan-syntax", verdict, None, None, data)
    else:
        row(line, "scan-syntax", "n/a", None, None, data,
            "not GS1 element data (plain data, EAN/UPC or a Digital Link URI): prepctl gs1 parse refuses it by design")

# ---- gs1encoders.c: whole-message checks through the public API (all validations on)
api = show("src/c-lib/gs1encoders.c")
for m in re.finditer(r"TEST_CHECK\((!?)gs1_encoder_set(DataStr|ScanData)\(ctx, ", api):
    data, _ = c_string(api, m.end())
    if data is None:
        continue
    line = "gs1encoders.c:%d" % (api[:m.start()].count("\n") + 1)
    verdict = "fail" if m.group(1) == "!" else "pass"
    if m.group(2) == "ScanData" and data.startswith("]C1"):
        row(line, "scan-full", verdict, None, None, data)
    elif m.group(2) == "DataStr" and data.startswith("^") and "|" not in data:
        row(line, "raw-full", verdict, None, None, data)

print("# GS1 Barcode Syntax Engine test vectors, from https://github.com/gs1/gs1-syntax-engine at commit " + commit)
print("# Copyright (c) GS1 AISBL, Apache License 2.0 (LICENSE beside this file). Regenerate: extract_vectors.py.")
print("# Columns (tab-separated): source, check, verdict (pass / fail / n/a), engine error, highlight, input, note.")
print("# Text escapes: \\\\ backslash, \\t tab, \\xHH other bytes. See README.md for what each check means.")
for r in rows:
    print(r)
