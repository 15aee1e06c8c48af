# SPDX-License-Identifier: GPL-3.0-or-later
"""The validation pack (issue 16): a test run turned into the documents a quality manager reviews and signs (URS with
verdicts, FMEA, traceability, IQ, OQ, error injection), as JSON, markdown and PDF. validation/pack.py is the entry
point; validation/report.py keeps the markdown-only report and the error-list check."""
