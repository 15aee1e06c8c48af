#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Adds a NEW template version to manifest.json with its SHA-256. Refuses to change the hash of a version already
# listed: a shipped layout is never edited, a change is a new file (name.vN.json) and a new version.
import hashlib, json, os, re, sys

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "templates")
path = os.path.join(here, "manifest.json")
doc = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {"templates": []}
for f in sys.argv[1:]:
    name = os.path.basename(f)
    m = re.fullmatch(r"(.+)\.v(\d+)\.json", name)
    if not m:
        sys.exit(f"{name}: expected <id>.v<version>.json")
    digest = hashlib.sha256(open(os.path.join(here, name), "rb").read()).hexdigest()
    entry = {"id": m.group(1), "version": int(m.group(2)), "file": name, "sha256": digest}
    old = [e for e in doc["templates"] if e["file"] == name]
    if old and old[0]["sha256"] != digest and "--unreleased" not in os.environ.get("PREP_TEMPLATE_FLAGS", ""):
        sys.exit(f"{name} is already locked with another hash; make a new version instead")
    doc["templates"] = [e for e in doc["templates"] if e["file"] != name] + [entry]
doc["comment"] = ("Locked label layouts: every shipped version with the SHA-256 of its file. A layout change is a "
                  "new file and a new entry (never an edit of a listed file); the loader refuses a file whose hash "
                  "differs.")
with open(path, "w", encoding="utf-8") as out:
    json.dump({"comment": doc["comment"], "templates": doc["templates"]}, out, indent=2, ensure_ascii=False)
    out.write("\n")
