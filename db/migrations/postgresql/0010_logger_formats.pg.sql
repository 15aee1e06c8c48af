-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0010 (PostgreSQL twin of 0010_logger_formats.sql): the format a logger file was read as, with the device's alarm
-- limits, and a summary logger's days; part of the logger import aggregate, audited through its snapshot.
-- Append-only; imports recorded before 0010 have neither row.

CREATE TABLE logger_import_source (
    import_id BIGINT PRIMARY KEY REFERENCES logger_import(id),
    format TEXT NOT NULL CHECK (format IN ('generic-csv', 'fridge-tag-2', 'fridge-tag-2l', 'logtag-csv')),
    alarm_low_c DOUBLE PRECISION,  -- a Fridge-tag's own limits: its daily counts are minutes beyond them
    alarm_high_c DOUBLE PRECISION
);

CREATE TABLE logger_day (
    import_id BIGINT NOT NULL REFERENCES logger_import(id),
    seq BIGINT NOT NULL,
    day TEXT NOT NULL,      -- the device's calendar day, YYYY-MM-DD
    from_at TEXT NOT NULL,  -- the part of the day the logger covered, UTC
    to_at TEXT NOT NULL,
    min_c DOUBLE PRECISION NOT NULL,
    max_c DOUBLE PRECISION NOT NULL,
    measured BIGINT NOT NULL CHECK (measured IN (0, 1)), -- 0: the device printed "---"
    minutes_above_high BIGINT NOT NULL,
    minutes_below_low BIGINT NOT NULL,
    sensor_timeout_min BIGINT NOT NULL,
    PRIMARY KEY (import_id, seq)
);
