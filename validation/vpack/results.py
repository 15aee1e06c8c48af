# SPDX-License-Identifier: GPL-3.0-or-later
"""The results of a test run: ctest JUnit files and GoogleTest JSON files, one set per preset (release, asan)."""
import json
import re
import xml.etree.ElementTree as ET

RANK = {"passed": 0, "skipped": 1, "failed": 2}
_SKIP_LINE = re.compile(r": Skipped\s*$")


def base_name(name):
    """'Inst/Suite.Test/param  # GetParam() = ...' -> 'Suite.Test': a requirement may name a parameterised test once,
    and it is demonstrated only when every instance passed. 'postgres/Suite.Test' keeps its prefix: it is another
    run of the test, on PostgreSQL, and requirements name it on purpose."""
    name = name.split("  # ")[0]
    parts = name.split("/")
    return parts[1] if len(parts) == 3 and parts[0] != "postgres" else name


def _skip_reason(case):
    """GoogleTest prints '<file>:<line>: Skipped' then the GTEST_SKIP message; ctest's own message says only which
    regular expression matched, so the test's output is the better reason."""
    out = case.findtext("system-out") or ""
    lines = out.splitlines()
    for i, line in enumerate(lines):
        if _SKIP_LINE.search(line):
            reason = []
            for follow in lines[i + 1:]:
                if follow.startswith("["):
                    break
                reason.append(follow.strip())
            text = " ".join(r for r in reason if r)
            if text:
                return text
    skipped = case.find("skipped")
    message = skipped.get("message", "") if skipped is not None else ""
    if message and message != "SKIP_REGULAR_EXPRESSION_MATCHED":
        return message
    return "disabled" if case.get("status") == "disabled" else "no reason given"


def _failure_summary(case):
    """The first GoogleTest failure line ('file:line: Failure' and what follows), else ctest's message."""
    out = case.findtext("system-out") or ""
    lines = out.splitlines()
    for i, line in enumerate(lines):
        if line.endswith(": Failure"):
            text = [line.strip()]
            for follow in lines[i + 1:i + 6]:
                if follow.startswith("["):
                    break
                text.append(follow.strip())
            return " ".join(x for x in text if x)[:400]
    node = case.find("failure")
    if node is None:
        node = case.find("error")
    return (node.get("message", "") if node is not None else "") or "failed"


def load_junit(path, preset):
    """Every testcase of a ctest --output-junit file as {name, preset, outcome, seconds, message, source}."""
    root = ET.parse(path).getroot()
    suite = root if root.tag == "testsuite" else root.find("testsuite")
    run = {"preset": preset, "junit": path, "timestamp": suite.get("timestamp", "") if suite is not None else "",
           "hostname": suite.get("hostname", "") if suite is not None else ""}
    tests = []
    for case in root.iter("testcase"):
        status = case.get("status", "run")
        failed = case.find("failure") is not None or case.find("error") is not None or status == "fail"
        skipped = case.find("skipped") is not None or status in ("notrun", "disabled")
        outcome = "failed" if failed else ("skipped" if skipped else "passed")
        message = _failure_summary(case) if failed else (_skip_reason(case) if skipped else "")
        tests.append({"name": case.get("name"), "preset": preset, "outcome": outcome,
                      "seconds": float(case.get("time") or 0), "message": message, "source": "ctest"})
    return run, tests


def load_gtest_json(path, preset):
    """Every test of a GoogleTest --gtest_output=json file (the error_injection suite runs as one ctest entry and
    writes its tests' results there)."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    tests = []
    for suite in doc.get("testsuites", []):
        for case in suite.get("testsuite", []):
            failures = case.get("failures") or []
            if failures:
                outcome = "failed"
                message = " ".join(" ".join(str(f.get("failure", "")).split()) for f in failures)[:400]
            elif case.get("status") != "RUN" or case.get("result") == "SKIPPED":
                outcome, message = "skipped", (case.get("skipped") or {}).get("message", "") or "no reason given"
            else:
                outcome, message = "passed", ""
            seconds = float(str(case.get("time", "0s")).rstrip("s") or 0)
            tests.append({"name": f"{suite.get('name')}.{case.get('name')}", "preset": preset, "outcome": outcome,
                          "seconds": seconds, "message": message, "source": "gtest-json"})
    return tests


class Results:
    """The run's results by name. A name is looked up exactly first (a requirement may name one parameter's instance
    'Languages/ScreensTest.X/fr'), then by its base name (every instance); over several presets and instances the
    worst outcome counts."""

    def __init__(self, tests, presets):
        self.tests = tests
        self.presets = presets
        self._exact, self._base = {}, {}
        for t in tests:
            self._exact.setdefault(t["name"], []).append(t)
            self._base.setdefault(base_name(t["name"]), []).append(t)

    def _records(self, name):
        return self._exact.get(name) or self._base.get(base_name(name)) or []

    def outcome(self, name):
        """passed / failed / skipped, or missing when no preset ran it."""
        records = self._records(name)
        if not records:
            return "missing"
        return max((r["outcome"] for r in records), key=RANK.get)

    def per_preset(self, name):
        """{preset: outcome or 'missing'} for each preset of the run."""
        out = {}
        for preset in self.presets:
            records = [r for r in self._records(name) if r["preset"] == preset]
            out[preset] = max((r["outcome"] for r in records), key=RANK.get) if records else "missing"
        return out


def demonstrated(results, tests):
    """True when at least one test is named and every named test passed in the run."""
    return bool(tests) and all(results.outcome(t) == "passed" for t in tests)
