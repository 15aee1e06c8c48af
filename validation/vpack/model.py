# SPDX-License-Identifier: GPL-3.0-or-later
"""The validation pack as one document (the JSON written beside the PDF): the run, the IQ, the URS with verdicts,
the FMEA, the traceability matrix, the OQ per test and the error-injection table. The markdown and the PDF are
views of it."""
import os
import platform
import socket
import subprocess
from datetime import datetime, timezone

from . import iq
from .results import RANK, demonstrated

DEMONSTRATED, NOT_DEMONSTRATED = "DEMONSTRATED", "NOT DEMONSTRATED"


def _git(root, *args):
    try:
        done = subprocess.run(["git", "-C", root, *args], capture_output=True, text=True, timeout=10)
    except OSError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def run_metadata(root, inputs, now, run_id):
    commit = _git(root, "rev-parse", "HEAD") or "unknown"
    # Tracked files changed since the commit: the pack then describes no commit exactly, and says so.
    modified = bool(_git(root, "status", "--porcelain", "--untracked-files=no"))
    try:
        os_name = platform.freedesktop_os_release().get("PRETTY_NAME", "")
    except OSError:
        os_name = ""
    if not run_id:
        run_id = next((os.environ[v] for v in ("PREP_RUN_ID", "CI_PIPELINE_ID", "GITHUB_RUN_ID", "BUILD_ID")
                       if os.environ.get(v)), "")
    generated = now.astimezone(timezone.utc)
    return {"product": "PrepStation", "commit": commit, "commit_short": commit[:12],
            "branch": _git(root, "rev-parse", "--abbrev-ref", "HEAD"), "tree_modified": modified,
            "generated_utc": generated.isoformat(timespec="seconds").replace("+00:00", "Z"),
            "run_id": run_id or f"{generated.strftime('%Y%m%dT%H%M%SZ')}-{commit[:8]}",
            "machine": {"hostname": socket.gethostname(), "os": os_name, "kernel": platform.release(),
                        "arch": platform.machine(), "cpus": os.cpu_count()},
            "presets": inputs}


def _tested(results, tests):
    return [{"test": t, "outcome": results.outcome(t), "per_preset": results.per_preset(t)} for t in tests]


def requirement_verdicts(results, reqs, fmea=()):
    """Each URS row with its tests' outcomes, the FMEA rows that name it, and its verdict."""
    fmea_by_req = {}
    for row in fmea:
        for rid in row["urs"]:
            fmea_by_req.setdefault(rid, []).append(row["id"])
    return [{"id": r["id"], "section": r["section"], "requirement": r["text"], "tests": _tested(results, r["tests"]),
             "fmea": fmea_by_req.get(r["id"], []),
             "verdict": DEMONSTRATED if demonstrated(results, r["tests"]) else NOT_DEMONSTRATED} for r in reqs]


def error_verdicts(results, errors):
    """Each injected error with its tests' outcomes and whether the run showed it stopped."""
    return [{"error": e["error"], "gate": e["gate"], "reason": e["reason"], "tests": _tested(results, e["tests"]),
             "verdict": DEMONSTRATED if demonstrated(results, e["tests"]) else NOT_DEMONSTRATED} for e in errors]


def build(root, results, inputs, reqs, fmea, errors, builds, sources, now=None, run_id=""):
    now = now or datetime.now(timezone.utc)
    urs = requirement_verdicts(results, reqs, fmea)
    risks = []
    for row in fmea:
        risk = {k: v for k, v in row.items() if k not in ("tests", "line")}
        risk["tests"] = _tested(results, row["tests"])
        risk["control_verdict"] = DEMONSTRATED if demonstrated(results, row["tests"]) else NOT_DEMONSTRATED
        risks.append(risk)
    injected = error_verdicts(results, errors)
    oq = []
    for preset in results.presets:
        tests = sorted((t for t in results.tests if t["preset"] == preset), key=lambda t: t["name"])
        counts = {o: sum(1 for t in tests if t["outcome"] == o) for o in RANK}
        oq.append({"preset": preset, "counts": counts, "total": len(tests),
                   "seconds": round(sum(t["seconds"] for t in tests if t["source"] == "ctest"), 1),
                   "tests": [{k: t[k] for k in ("name", "outcome", "seconds", "message", "source")} for t in tests]})
    not_demonstrated = {"requirements": [u["id"] for u in urs if u["verdict"] != DEMONSTRATED],
                        "fmea_controls": [r["id"] for r in risks if r["control_verdict"] != DEMONSTRATED],
                        "injected_errors": [e["error"] for e in injected if e["verdict"] != DEMONSTRATED]}
    installation = iq.installation(root, builds)
    iq_deviations = [f"package {p['package']} is not installed" for p in installation["packages"]
                     if not p["installed"]]
    iq_deviations += [f"migration file {f} is missing" for f in installation["schema"]["missing_files"]]
    run = run_metadata(root, inputs, now, run_id)
    warnings = ["the working tree has changes not committed: this pack describes no commit exactly"] \
        if run["tree_modified"] else []
    return {
        "format": "prepstation-validation-pack/1",
        "run": run,
        "sources": sources,
        "summary": {
            "requirements": len(urs), "requirements_demonstrated": len(urs) - len(not_demonstrated["requirements"]),
            "fmea_rows": len(risks), "fmea_controls_demonstrated": len(risks) - len(not_demonstrated["fmea_controls"]),
            "injected_errors": len(injected),
            "injected_errors_demonstrated": len(injected) - len(not_demonstrated["injected_errors"]),
            "tests": {o["preset"]: dict(o["counts"], total=o["total"]) for o in oq},
            "not_demonstrated": not_demonstrated, "iq_deviations": iq_deviations,
            "warnings": warnings, "all_demonstrated": not any(not_demonstrated.values()),
        },
        "iq": installation,
        "urs": urs,
        "fmea": risks,
        "traceability": [{"requirement": u["id"], "fmea": u["fmea"], "tests": u["tests"], "verdict": u["verdict"]}
                         for u in urs],
        "fmea_without_requirement": [r["id"] for r in risks if not r["urs"]],
        "oq": oq,
        "error_injection": injected,
    }
