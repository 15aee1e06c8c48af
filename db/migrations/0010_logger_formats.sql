-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0010: temperature-logger files of several formats (Berlinger Fridge-tag 2 / 2 L, LogTag CSV, our CSV). Both
-- tables are part of the logger import aggregate, audited through the import's snapshot: the format the file was
-- read as with the device's alarm limits, and a summary logger's days (a Fridge-tag 2 has no readings). Imports
-- recorded before 0010 have neither row, so their snapshots are unchanged. Append-only: never edit once shipped.

CREATE TABLE logger_import_source (
    import_id INTEGER PRIMARY KEY REFERENCES logger_import(id),
    format TEXT NOT NULL CHECK (format IN ('generic-csv', 'fridge-tag-2', 'fridge-tag-2l', 'logtag-csv')),
    alarm_low_c REAL,  -- a Fridge-tag's own limits: its daily counts are minutes beyond them
    alarm_high_c REAL
);

CREATE TABLE logger_day (
    import_id INTEGER NOT NULL REFERENCES logger_import(id),
    seq INTEGER NOT NULL,
    day TEXT NOT NULL,      -- the device's calendar day, YYYY-MM-DD
    from_at TEXT NOT NULL,  -- the part of the day the logger covered, UTC
    to_at TEXT NOT NULL,
    min_c REAL NOT NULL,
    max_c REAL NOT NULL,
    measured INTEGER NOT NULL CHECK (measured IN (0, 1)), -- 0: the device printed "---", min_c/max_c mean nothing
    minutes_above_high INTEGER NOT NULL,
    minutes_below_low INTEGER NOT NULL,
    sensor_timeout_min INTEGER NOT NULL,
    PRIMARY KEY (import_id, seq)
);
