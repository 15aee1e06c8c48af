# SPDX-License-Identifier: GPL-3.0-or-later
"""The validation report as markdown (the report validation/report.py has always written): each requirement with
its tests' outcomes and verdict, then the error-injection table."""


def _cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def _detail(tests):
    return ", ".join(f"`{t['test']}` {t['outcome']}" for t in tests)


def report(urs, injected, header, fmea=None):
    lines = ["# PrepStation validation report (OQ)", "", header, "",
             "| requirement | statement | tests | outcome |", "|---|---|---|---|"]
    for u in urs:
        lines.append(f"| {u['id']} | {_cell(u['requirement'])} | {_detail(u['tests']) or 'no test named'} | "
                     f"{u['verdict']} |")
    shown = sum(1 for u in urs if u["verdict"] == "DEMONSTRATED")
    lines += ["", f"{shown} of {len(urs)} requirements demonstrated."]
    if fmea:
        lines += ["", "## Risk controls (FMEA)", "",
                  "Each failure mode of `validation/FMEA.csv` with its control's tests in this run.", "",
                  "| id | failure mode | RPN before / after | requirements | tests | control |",
                  "|---|---|---|---|---|---|"]
        for r in fmea:
            lines.append(f"| {r['id']} | {_cell(r['failure_mode'])} | {r['rpn']} / {r['rpn_after']} | "
                         f"{', '.join(r['urs'])} | {_detail(r['tests'])} | {r['control_verdict']} |")
        ok = sum(1 for r in fmea if r["control_verdict"] == "DEMONSTRATED")
        lines += ["", f"{ok} of {len(fmea)} risk controls demonstrated."]
    if injected is not None:
        lines += ["", "## Error injection", "",
                  "Each known error injected through the workflow and the gate that stopped it "
                  "(`validation/error_injection.csv`).", "",
                  "| error | gate | reason | test | outcome |", "|---|---|---|---|---|"]
        for e in injected:
            lines.append(f"| {_cell(e['error'])} | {_cell(e['gate'])} | {_cell(e['reason'])} | {_detail(e['tests'])} | "
                         f"{e['verdict']} |")
        stopped = sum(1 for e in injected if e["verdict"] == "DEMONSTRATED")
        lines += ["", f"{stopped} of {len(injected)} injected errors shown stopped."]
    return "\n".join(lines) + "\n"
