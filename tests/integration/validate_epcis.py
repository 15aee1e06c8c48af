#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates EPCIS 2.0 JSON(-LD) documents against GS1's JSON schema the way GS1 does (ajv with ajv-formats,
# JSON-Schema/validate.sh in github.com/gs1/EPCIS): the schema, and the "uri" and "date-time" formats, which a
# plain jsonschema run would not check. Usage: validate_epcis.py SCHEMA FILE...; prints one line per file
# ("FILE: valid" or each error with its JSON path) and exits 1 when any file is invalid.
import datetime
import json
import re
import sys

import jsonschema
import rfc3987  # python3-rfc3987: RFC 3986 URI grammar, as ajv-formats' "uri"

checker = jsonschema.FormatChecker(formats=())

@checker.checks("uri", raises=ValueError)
def is_uri(text):
    if not isinstance(text, str):
        return True
    rfc3987.parse(text, rule="URI")  # raises ValueError when not a URI (a scheme is required)
    return True

DATE_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")

@checker.checks("date-time", raises=ValueError)
def is_date_time(text):
    if not isinstance(text, str):
        return True
    m = DATE_TIME.match(text)
    if not m:
        raise ValueError("not an RFC 3339 date-time with a time zone")
    y, mo, d, h, mi, s = (int(g) for g in m.groups()[:6])
    datetime.date(y, mo, d)  # raises for a day that does not exist
    if h > 23 or mi > 59 or s > 60:
        raise ValueError("time out of range")
    return True

def main(argv):
    if len(argv) < 3:
        print("usage: validate_epcis.py SCHEMA FILE...", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft7Validator(schema, format_checker=checker)
    status = 0
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{path}: unreadable: {e}")
            status = 1
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if not errors:
            print(f"{path}: valid")
            continue
        status = 1
        for e in errors:
            where = "/".join(str(p) for p in e.absolute_path) or "(document)"
            print(f"{path}: {where}: {e.message}")
            for sub in (e.context or [])[:8]:
                print(f"{path}:   {where}: {sub.message}")
    return status

if __name__ == "__main__":
    sys.exit(main(sys.argv))
