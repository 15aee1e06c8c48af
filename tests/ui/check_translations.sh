#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# No mixed-language screen: every string the GUI passes through tr(), and every sentence of the workflow
# (QT_TRANSLATE_NOOP("Message", ...) in prep-station/), is in ui/i18n/*.ts, and translated. lupdate
# runs on a copy of each .ts over today's sources; a string added to the code but not to the .ts, or left
# unfinished, fails with its text. Usage: check_translations.sh LUPDATE SOURCE_ROOT
set -euo pipefail
lupdate="$1"; root="$2"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
status=0
for ts in "$root"/ui/i18n/*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  # The GUI's own strings, and the workflow's sentences it shows (prep-station/, not the CLI).
  (cd "$root" && "$lupdate" -I . ui $(find prep-station -name '*.cpp' -not -path 'prep-station/cli/*' | sort) \
      -ts "$copy" -no-obsolete -locations none >/dev/null 2>&1)
  left=$(python3 - "$copy" <<'PY'
import sys, xml.etree.ElementTree as ET
for m in ET.parse(sys.argv[1]).getroot().iter('message'):
    t = m.find('translation')
    empty = not (t.text or '').strip() and not [f for f in t.findall('numerusform') if (f.text or '').strip()]
    if t.get('type') == 'unfinished' or empty:
        print('  untranslated: ' + repr(m.find('source').text))
        continue
    # A translation that drops or adds an argument (%1..%9) loses a figure or shows a wrong one.
    import re
    wanted = sorted(set(re.findall(r'%[1-9]', m.find('source').text)))
    for text in [t.text or ''] + [f.text or '' for f in t.findall('numerusform')]:
        if text.strip() and sorted(set(re.findall(r'%[1-9]', text))) != wanted:
            print('  arguments differ: ' + repr(m.find('source').text) + ' -> ' + repr(text))
PY
)
  if [ -n "$left" ]; then
    echo "$(basename "$ts"):"; echo "$left"; status=1
  fi
done
[ $status -eq 0 ] && echo "every GUI string is translated in $(ls "$root"/ui/i18n/*.ts | wc -l) languages"
exit $status
