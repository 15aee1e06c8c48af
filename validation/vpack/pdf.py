# SPDX-License-Identifier: GPL-3.0-or-later
"""The validation pack as a PDF a quality manager reads and signs by hand: a cover with the run, the verdict and the
signature block, a table of contents, then the URS, the FMEA, the traceability matrix, the IQ, the OQ and the
error-injection table; the commit and the date on every page, "page X of Y" at the foot.

ReportLab (Debian's python3-reportlab): pure Python, lays out tables that split across pages, embeds a TrueType
font, and needs neither LaTeX nor a browser."""
import os
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

PAGE = landscape(A4)
MARGIN = 12 * mm
WIDTH = PAGE[0] - 2 * MARGIN
RED, GREEN, ORANGE = colors.HexColor("#b00020"), colors.HexColor("#1b5e20"), colors.HexColor("#a15c00")
RED_BG, GREEN_BG, GREY_BG = colors.HexColor("#fde7ea"), colors.HexColor("#e6f4e7"), colors.HexColor("#eeeeee")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def _fonts():
    """DejaVu Sans (fonts-dejavu-core, already installed for the labels): every character of the sources (±, ≤, …)
    prints and pdftotext reads it back. Helvetica otherwise."""
    regular, bold = os.path.join(FONT_DIR, "DejaVuSans.ttf"), os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")
    if os.path.isfile(regular) and os.path.isfile(bold):
        if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVu", regular))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", bold))
            # <b> in a paragraph picks the family's bold; there is no oblique in fonts-dejavu-core.
            pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu",
                                          boldItalic="DejaVu-Bold")
        return "DejaVu", "DejaVu-Bold"
    return "Helvetica", "Helvetica-Bold"


FONT, BOLD = _fonts()
S = {
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22, spaceAfter=2 * mm),
    "h1": ParagraphStyle("h1", fontName=BOLD, fontSize=14, leading=18, spaceBefore=2 * mm, spaceAfter=3 * mm),
    "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, spaceBefore=3 * mm, spaceAfter=2 * mm),
    "body": ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, spaceAfter=2 * mm),
    "boxed": ParagraphStyle("boxed", fontName=FONT, fontSize=8, leading=10, spaceAfter=1 * mm),
    "cell": ParagraphStyle("cell", fontName=FONT, fontSize=7, leading=8.6),
    "cellb": ParagraphStyle("cellb", fontName=BOLD, fontSize=7, leading=8.6),
    "small": ParagraphStyle("small", fontName=FONT, fontSize=6.5, leading=8),
    "verdict": ParagraphStyle("verdict", fontName=BOLD, fontSize=12, leading=16, alignment=TA_CENTER),
    "toc1": ParagraphStyle("toc1", fontName=FONT, fontSize=11, leading=16, leftIndent=6 * mm),
    "toc2": ParagraphStyle("toc2", fontName=FONT, fontSize=9, leading=12, leftIndent=14 * mm),
}
VERDICT_W = 33 * mm  # "NOT DEMONSTRATED" on one line
OUTCOME_COLOUR = {"passed": GREEN, "failed": RED, "missing": RED, "skipped": ORANGE}


def p(text, style="cell"):
    return Paragraph(escape(str(text)), S[style])


def outcome(o):
    return Paragraph(f'<font color="{OUTCOME_COLOUR.get(o, colors.black).hexval()}">{escape(o)}</font>', S["cellb"])


def verdict_cell(v):
    colour = GREEN if v == "DEMONSTRATED" else RED
    return Paragraph(f'<font color="{colour.hexval()}">{escape(v)}</font>', S["cellb"])


def table(rows, widths, header_rows=1, extra=(), heights=None):
    t = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=header_rows, hAlign="LEFT")
    shade = [("BACKGROUND", (0, 0), (-1, header_rows - 1), GREY_BG)] if header_rows else []
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        *shade,
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *extra]))
    return t


def header(*names):
    return [p(n, "cellb") for n in names]


class Heading(Paragraph):
    """A section heading that enters the table of contents and the PDF's bookmarks."""

    def __init__(self, text, level):
        super().__init__(escape(text), S["h1" if level == 0 else "h2"])
        self.toc_level = level
        self.toc_text = text


class PackDocument(BaseDocTemplate):
    def __init__(self, path, pack):
        super().__init__(path, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 5 * mm,
                         bottomMargin=MARGIN + 3 * mm, title="PrepStation validation pack",
                         author="PrepStation validation/pack.py",
                         subject=f"commit {pack['run']['commit']}, run {pack['run']['run_id']}")
        self.pack = pack
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self._heading_count = 0

    def _decorate(self, canvas, doc):
        run = self.pack["run"]
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        top = PAGE[1] - MARGIN
        modified = " (working tree modified)" if run["tree_modified"] else ""
        canvas.drawString(MARGIN, top, f"PrepStation validation pack — commit {run['commit_short']}{modified}")
        canvas.drawRightString(PAGE[0] - MARGIN, top, f"generated {run['generated_utc']} — run {run['run_id']}")
        canvas.setStrokeColor(colors.grey)
        canvas.line(MARGIN, top - 2 * mm, PAGE[0] - MARGIN, top - 2 * mm)
        canvas.line(MARGIN, MARGIN + 1 * mm, PAGE[0] - MARGIN, MARGIN + 1 * mm)
        canvas.drawString(MARGIN, MARGIN - 2.5 * mm, "Signatures: page 1 (quality manager, pharmacist in charge). "
                                                     "Machine-readable source: validation-pack.json")
        canvas.restoreState()

    def afterFlowable(self, flowable):
        if isinstance(flowable, Heading):
            self._heading_count += 1
            key = f"h{self._heading_count}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, level=flowable.toc_level)
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_text, self.page, key))

    def handle_documentBegin(self):
        self._heading_count = 0
        super().handle_documentBegin()


def numbered_canvas(font):
    class NumberedCanvas(pdfcanvas.Canvas):
        """Holds each page until the end so every footer can say "page X of Y"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 7.5)
                self.drawRightString(PAGE[0] - MARGIN, MARGIN - 2.5 * mm, f"page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def _tests_lines(tests, with_preset=False):
    parts = []
    for t in tests:
        colour = OUTCOME_COLOUR.get(t["outcome"], colors.black).hexval()
        presets = ""
        # Each preset's outcome only where they differ (the traceability matrix has a column per preset).
        if with_preset and len(set(t["per_preset"].values())) > 1:
            presets = " (" + ", ".join(f"{k} {v}" for k, v in t["per_preset"].items()) + ")"
        parts.append(f'{escape(t["test"])} <font color="{colour}">{escape(t["outcome"])}</font>{escape(presets)}')
    return Paragraph("<br/>".join(parts) or "no test named", S["cell"])


def _first(items, n=8):
    """The cover lists a dozen; the sections list them all."""
    return "; ".join(items[:n]) + (f"; and {len(items) - n} more" if len(items) > n else "")


def cover(pack):
    run, summary = pack["run"], pack["summary"]
    out = [Paragraph("PrepStation — validation pack", S["title"]),
           Paragraph("Installation and operational qualification of one build, generated from its test run: user "
                     "requirements with their verdicts, risk analysis (FMEA), traceability matrix, installation "
                     "qualification, operational qualification and the error-injection table.", S["body"])]
    presets = "; ".join(f"{i['preset']} (JUnit {os.path.basename(i['junit'])}, SHA-256 {i['junit_sha256'][:16]}…)"
                        for i in run["presets"])
    m = run["machine"]
    facts = [("Product", run["product"]),
             ("Version (git commit)", run["commit"] + (" — WORKING TREE MODIFIED" if run["tree_modified"] else "")),
             ("Branch", run["branch"] or "—"), ("Generated (UTC)", run["generated_utc"]), ("Run id", run["run_id"]),
             ("Machine", f"{m['hostname']} — {m['os']}, Linux {m['kernel']}, {m['arch']}, {m['cpus']} CPUs"),
             ("Test presets", presets or "none"),
             ("Tests run", "; ".join(f"{o['preset']}: {o['total']} ({o['counts']['passed']} passed, "
                                     f"{o['counts']['failed']} failed, {o['counts']['skipped']} skipped)"
                                     for o in pack["oq"]) or "none")]
    out.append(table([[p(k, "cellb"), p(v)] for k, v in facts], [45 * mm, WIDTH - 45 * mm], header_rows=0))
    out.append(Spacer(1, 3 * mm))
    nd = summary["not_demonstrated"]
    counts = (f"{summary['requirements_demonstrated']} of {summary['requirements']} requirements, "
              f"{summary['fmea_controls_demonstrated']} of {summary['fmea_rows']} risk controls and "
              f"{summary['injected_errors_demonstrated']} of {summary['injected_errors']} injected errors "
              "demonstrated by this run.")
    if summary["all_demonstrated"]:
        box = [Paragraph("ALL REQUIREMENTS DEMONSTRATED", S["verdict"]), p(counts, "boxed")]
        colour, bg = GREEN, GREEN_BG
    else:
        lines = [f"{what} NOT DEMONSTRATED ({len(items)}, see section {where}): {_first(items)}"
                 for what, items, where in (("Requirements", nd["requirements"], 1),
                                            ("Risk controls", nd["fmea_controls"], 2),
                                            ("Injected errors", nd["injected_errors"], 6)) if items]
        box = [Paragraph("NOT DEMONSTRATED — DO NOT SIGN THIS PACK AS A VALIDATION", S["verdict"]), p(counts, "boxed")]
        box += [p(x, "boxed") for x in lines]
        colour, bg = RED, RED_BG
    for w in summary["iq_deviations"] + summary["warnings"]:
        box.append(p("IQ: " + w, "boxed"))
    verdict = Table([[box]], colWidths=[WIDTH])
    verdict.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colour), ("BACKGROUND", (0, 0), (-1, -1), bg),
                                 ("TEXTCOLOR", (0, 0), (-1, -1), colour)]))
    out += [verdict, Spacer(1, 3 * mm)]
    sign = [header("Role", "Name", "Decision (accepted / accepted with reservations / refused)", "Date", "Signature")]
    for role in ("Quality manager", "Pharmacist in charge (pharmacien gérant de la PUI)"):
        sign.append([p(role, "cellb"), "", "", "", ""])
    sig = table(sign, [50 * mm, 55 * mm, 75 * mm, 30 * mm, WIDTH - 210 * mm], heights=[None, 14 * mm, 14 * mm])
    out.append(KeepTogether([
        Paragraph("Review and approval (to be signed by hand)", S["h2"]),
        p("By signing, I confirm that I reviewed this pack: the verdict of every requirement, the risk analysis and "
          "its scores, the installation qualification against the installation I approve, and the operational "
          "qualification results. A pack that says NOT DEMONSTRATED is not a validation. The performance "
          "qualification (PQ) on the site's own devices, with its own staff, is recorded separately.", "body"),
        sig]))
    out.append(PageBreak())
    return out


def contents():
    toc = TableOfContents(levelStyles=[S["toc1"], S["toc2"]], dotsMinLevel=0)
    return [Paragraph("Contents", S["h1"]), toc, Spacer(1, 6 * mm),
            p("How to read this pack: each requirement (section 1) is DEMONSTRATED only when every test it names "
              "passed in this run, on every preset that ran it; a test that failed, was skipped or did not run "
              "makes it NOT DEMONSTRATED. The FMEA (section 2) gives each failure mode's scores before the control, "
              "the control, and the tests showing it; the traceability matrix (section 3) links each requirement to "
              "its risks, tests and results. The IQ (section 4) records what was installed and built; the OQ "
              "(section 5) every test result of the run.", "body"),
            PageBreak()]


def urs_section(pack):
    out = [Heading("1. User requirements (URS) and their verdicts", 0),
           p(f"Source: {pack['sources']['urs']}. {pack['summary']['requirements_demonstrated']} of "
             f"{pack['summary']['requirements']} requirements demonstrated.", "body")]
    section = None
    rows, extra = [header("id", "requirement", "tests (outcome in this run)", "verdict")], []
    for u in pack["urs"]:
        if u["section"] != section:
            section = u["section"]
            rows.append([p(section, "cellb"), "", "", ""])
            extra += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                      ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), GREY_BG)]
        rows.append([p(u["id"], "cellb"), p(u["requirement"].replace("`", "")), _tests_lines(u["tests"], True),
                     verdict_cell(u["verdict"])])
        if u["verdict"] != "DEMONSTRATED":
            extra.append(("BACKGROUND", (3, len(rows) - 1), (3, len(rows) - 1), RED_BG))
    out.append(table(rows, [22 * mm, 92 * mm, WIDTH - 147 * mm, VERDICT_W], extra=extra))
    out.append(PageBreak())
    return out


def fmea_section(pack):
    out = [Heading("2. Risk analysis (FMEA)", 0),
           p(f"Source: {pack['sources']['fmea']}. Scores 1–10: S severity of the effect on the patient, O occurrence "
             "of the cause, D chance that the failure reaches the patient undetected (10 = never caught); RPN = "
             "S × O × D before PrepStation's control; D′ and RPN′ with the control in place. The scales are defined "
             "in the header of FMEA.csv. These scores are the developers' reasoned proposal: the site's quality team "
             "reviews them against its own process before approving this pack.", "body")]
    rows = [header("id", "step", "failure mode", "effect on the patient", "cause", "S", "O", "D", "RPN", "D′",
                   "RPN′", "requirements", "control")]
    extra = []
    for r in sorted(pack["fmea"], key=lambda r: -r["rpn"]):
        shown = "; ".join(f'{escape(t["test"])} <font color="{OUTCOME_COLOUR[t["outcome"]].hexval()}">'
                          f'{escape(t["outcome"])}</font>' for t in r["tests"])
        control = f"<b>Control:</b> {escape(r['control'])}<br/><b>Shown by:</b> {shown}"
        if r["limits"]:
            control += f'<br/><font color="#555555"><b>Limits:</b> {escape(r["limits"])}</font>'
        first = len(rows)
        rows.append([p(r["id"], "cellb"), p(r["step"]), p(r["failure_mode"]), p(r["effect"]), p(r["cause"]),
                     str(r["severity"]), str(r["occurrence"]), str(r["detection"]), p(r["rpn"], "cellb"),
                     str(r["detection_after"]), str(r["rpn_after"]), p(", ".join(r["urs"])),
                     verdict_cell(r["control_verdict"])])
        rows.append(["", Paragraph(control, S["cell"])] + [""] * 11)
        # The control belongs to its failure mode: the pair never splits across pages.
        extra += [("SPAN", (1, first + 1), (-1, first + 1)), ("NOSPLIT", (0, first), (-1, first + 1)),
                  ("LINEABOVE", (0, first), (-1, first), 0.9, colors.black),
                  ("LINEBELOW", (0, first), (0, first), 0, colors.white)]
        if r["control_verdict"] != "DEMONSTRATED":
            extra.append(("BACKGROUND", (12, first), (12, first), RED_BG))
    widths = [14 * mm, 22 * mm, 0, 44 * mm, 35 * mm, 7 * mm, 7 * mm, 7 * mm, 10 * mm, 7 * mm, 10 * mm, 24 * mm,
              VERDICT_W]
    widths[2] = WIDTH - sum(widths)
    out.append(table(rows, widths, extra=extra))
    out.append(p("Rows sorted by RPN before the control, highest first.", "small"))
    out.append(PageBreak())
    return out


def traceability_section(pack):
    presets = [o["preset"] for o in pack["oq"]]
    out = [Heading("3. Traceability matrix", 0),
           p("Each requirement, the failure modes (FMEA) it controls, each test that demonstrates it and that test's "
             "result on each preset of the run.", "body")]
    rows = [header("requirement", "FMEA", "test", *presets, "verdict")]
    extra = []
    for u in pack["traceability"]:
        first = len(rows)
        tests = u["tests"] or [{"test": "no test named", "per_preset": {k: "missing" for k in presets}}]
        for i, t in enumerate(tests):
            rows.append([p(u["requirement"], "cellb") if i == 0 else "", p(", ".join(u["fmea"]) or "—") if i == 0
                         else "", p(t["test"]), *[outcome(t["per_preset"].get(k, "missing")) for k in presets],
                         verdict_cell(u["verdict"]) if i == 0 else ""])
        extra.append(("LINEABOVE", (0, first), (-1, first), 0.8, colors.black))
        if u["verdict"] != "DEMONSTRATED":
            extra.append(("BACKGROUND", (-1, first), (-1, first), RED_BG))
    preset_w = 18 * mm
    widths = [24 * mm, 45 * mm, 0, *[preset_w] * len(presets), VERDICT_W]
    widths[2] = WIDTH - sum(widths)
    out.append(table(rows, widths, extra=[("INNERGRID", (0, 0), (-1, -1), 0.1, colors.lightgrey), *extra]))
    unlinked = pack["fmea_without_requirement"]
    if unlinked:
        out.append(p("FMEA rows that name no requirement: " + ", ".join(unlinked), "body"))
    out.append(PageBreak())
    return out


def iq_section(pack):
    q = pack["iq"]
    out = [Heading("4. Installation qualification (IQ)", 0)]
    for w in pack["summary"]["iq_deviations"] + pack["summary"]["warnings"]:
        out.append(Paragraph(f'<font color="{RED.hexval()}"><b>Deviation:</b> {escape(w)}</font>', S["body"]))
    out.append(Heading("4.1 Debian packages", 1))
    out.append(p(f"The packages {q['packages_source']} installs, with the version dpkg reports installed on the "
                 "machine that ran the tests.", "body"))
    pk = q["packages"]
    half = (len(pk) + 1) // 2
    rows = [header("package", "installed version", "", "package", "installed version")]
    for i in range(half):
        row = []
        for j, item in enumerate((pk[i], pk[half + i] if half + i < len(pk) else None)):
            if j:
                row.append("")
            if item:
                row += [p(item["package"]), p(item["version"] if item["installed"] else "NOT INSTALLED",
                                              "cell" if item["installed"] else "cellb")]
            else:
                row += ["", ""]
        rows.append(row)
    w = (WIDTH - 6 * mm) / 2
    out.append(table(rows, [w * 0.45, w * 0.55, 6 * mm, w * 0.45, w * 0.55],
                     extra=[("GRID", (2, 0), (2, -1), 0, colors.white), ("BACKGROUND", (2, 0), (2, 0), colors.white)]))
    out.append(Heading("4.2 Build tools and builds", 1))
    t = q["tools"]
    rows = [header("item", "value"), [p("CMake"), p(t["cmake"])], [p("Python (this generator)"), p(t["python"])],
            [p("ReportLab (this PDF)"), p(t["reportlab"])]]
    for b in q["builds"]:
        opts = ", ".join(f"{k}={v}" for k, v in b["options"].items() if v)
        rows.append([p(f"compiler, preset {b['preset']}"), p(f"{b['compiler_version']} ({b['compiler']})")])
        rows.append([p(f"options, preset {b['preset']}"), p(f"{opts}; build folder {b['build_dir']}")])
    out.append(table(rows, [60 * mm, WIDTH - 60 * mm]))
    out.append(Heading("4.3 Data files (prep-station/data)", 1))
    out.append(p("SHA-256 of each shipped data file, to compare with the files the pharmacist reviewed; the station "
                 "records the same hash with each preparation it decides.", "body"))
    rows = [header("file", "declared version", "bytes", "SHA-256")]
    rows += [[p(d["file"]), p(d["version"] or "—"), p(d["bytes"]), p(d["sha256"])] for d in q["data_files"]]
    out.append(table(rows, [70 * mm, 35 * mm, 20 * mm, WIDTH - 125 * mm]))
    out.append(Heading("4.4 Programs built", 1))
    rows = [header("preset", "program", "path", "bytes", "SHA-256")]
    for b in q["builds"]:
        rows += [[p(b["preset"]), p(x["program"]), p(x["path"]), p(x["bytes"]), p(x["sha256"])] for x in b["programs"]]
    if len(rows) == 1:
        rows.append([p("—"), p("no built program found"), "", "", ""])
    out.append(table(rows, [20 * mm, 35 * mm, 60 * mm, 22 * mm, WIDTH - 137 * mm]))
    s = q["schema"]
    out.append(Heading("4.5 Database schema", 1))
    out.append(p(f"Schema version {s['version']}: the last migration is {s['last_migration']} (the migrations listed "
                 f"in {s['source']}, each with its SQLite and PostgreSQL file): {', '.join(s['migrations'])}.",
                 "body"))
    out.append(PageBreak())
    return out


def oq_section(pack):
    out = [Heading("5. Operational qualification (OQ): every test of the run", 0),
           p("Each preset is a separate build and run of the whole test suite (release: the build the station runs; "
             "asan: the same tests under AddressSanitizer and UndefinedBehaviorSanitizer). Tests named in the "
             "error_injection suite run inside its ctest entry and are listed from its GoogleTest report.", "body")]
    rows = [header("preset", "tests", "passed", "failed", "skipped", "ctest time (s)")]
    for o in pack["oq"]:
        c = o["counts"]
        rows.append([p(o["preset"], "cellb"), p(o["total"]), p(c["passed"]), p(c["failed"]), p(c["skipped"]),
                     p(o["seconds"])])
    out.append(table(rows, [40 * mm] + [30 * mm] * 5))
    for o in pack["oq"]:
        out.append(Heading(f"5.{pack['oq'].index(o) + 1} Preset {o['preset']}", 1))
        bad = [t for t in o["tests"] if t["outcome"] == "failed"]
        skipped = [t for t in o["tests"] if t["outcome"] == "skipped"]
        if bad:
            out.append(Paragraph(f'<font color="{RED.hexval()}"><b>{len(bad)} failed</b></font>', S["body"]))
            rows = [header("test", "outcome", "what failed")]
            rows += [[p(t["name"]), outcome("failed"), p(t["message"])] for t in bad]
            out.append(table(rows, [110 * mm, 18 * mm, WIDTH - 128 * mm]))
            out.append(Spacer(1, 3 * mm))
        if skipped:
            out.append(p(f"{len(skipped)} skipped, with the reason the test gave:", "body"))
            rows = [header("test", "outcome", "reason")]
            rows += [[p(t["name"]), outcome("skipped"), p(t["message"])] for t in skipped]
            out.append(table(rows, [110 * mm, 18 * mm, WIDTH - 128 * mm]))
            out.append(Spacer(1, 3 * mm))
        out.append(p(f"All {o['total']} tests of preset {o['preset']}, by name:", "body"))
        tests = o["tests"]
        half = (len(tests) + 1) // 2
        w = (WIDTH - 4 * mm) / 2
        rows = [header("test", "outcome", "s", "", "test", "outcome", "s")]
        for i in range(half):
            row = []
            for j, t in enumerate((tests[i], tests[half + i] if half + i < len(tests) else None)):
                if j:
                    row.append("")
                row += [p(t["name"]), outcome(t["outcome"]), p(f"{t['seconds']:.2f}")] if t else ["", "", ""]
            rows.append(row)
        out.append(table(rows, [w - 30 * mm, 17 * mm, 13 * mm, 4 * mm, w - 30 * mm, 17 * mm, 13 * mm],
                         extra=[("GRID", (3, 0), (3, -1), 0, colors.white),
                                ("BACKGROUND", (3, 0), (3, 0), colors.white)]))
    out.append(PageBreak())
    return out


def errors_section(pack):
    s = pack["summary"]
    out = [Heading("6. Error injection", 0),
           p(f"Source: {pack['sources']['errors']}. Each known preparation error injected through the workflow, the "
             f"gate that stopped it, the reason the station gave, and the test's result. "
             f"{s['injected_errors_demonstrated']} of {s['injected_errors']} shown stopped.", "body")]
    rows = [header("error", "gate", "reason given", "tests (outcome)", "verdict")]
    extra = []
    for e in pack["error_injection"]:
        rows.append([p(e["error"]), p(e["gate"]), p(e["reason"]), _tests_lines(e["tests"], True),
                     verdict_cell(e["verdict"])])
        if e["verdict"] != "DEMONSTRATED":
            extra.append(("BACKGROUND", (4, len(rows) - 1), (4, len(rows) - 1), RED_BG))
    out.append(table(rows, [36 * mm, 42 * mm, 62 * mm, WIDTH - 140 * mm - VERDICT_W, VERDICT_W], extra=extra))
    return out


def write(pack, path):
    doc = PackDocument(path, pack)
    story = cover(pack) + contents() + urs_section(pack) + fmea_section(pack) + traceability_section(pack) + \
        iq_section(pack) + oq_section(pack) + errors_section(pack)
    doc.multiBuild(story, canvasmaker=numbered_canvas(FONT))
