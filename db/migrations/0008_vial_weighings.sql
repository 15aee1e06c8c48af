-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0008: the vial weighed around the withdrawal (issue 16, the vial/syringe cross-check). A ready-to-use vial is
-- weighed before the withdrawal ('vial_before'; a reconstituted vial's 'diluent_after' stands for it) and every vial
-- after it ('vial_after'). Append-only: never edit once shipped.
-- SQLite changes a CHECK only by rebuilding the table; deviation_decision references weighing, so it is rebuilt
-- too (a DROP of a referenced table fails with foreign keys on). Rows are copied unchanged: their ids, and the audit
-- snapshots that name them, stay true.

ALTER TABLE weighing RENAME TO weighing_0007;
CREATE TABLE weighing (
    id INTEGER PRIMARY KEY,
    preparation_id INTEGER REFERENCES preparation(id), -- NULL for a daily check not tied to a preparation
    step TEXT NOT NULL CHECK (step IN ('tare', 'diluent_before', 'diluent_after', 'filled', 'daily_check',
                                       'vial_before', 'vial_after')),
    grams REAL NOT NULL,
    stable INTEGER NOT NULL,
    readability_g REAL NOT NULL,
    source TEXT NOT NULL,
    raw TEXT NOT NULL,
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES app_user(id)
);
INSERT INTO weighing (id, preparation_id, step, grams, stable, readability_g, source, raw, at, user_id)
    SELECT id, preparation_id, step, grams, stable, readability_g, source, raw, at, user_id FROM weighing_0007;

-- The rename pointed deviation_decision at weighing_0007: rebuild it on the new table.
ALTER TABLE deviation_decision RENAME TO deviation_decision_0007;
CREATE TABLE deviation_decision (
    id INTEGER PRIMARY KEY,
    preparation_id INTEGER NOT NULL REFERENCES preparation(id),
    weighing_id INTEGER NOT NULL REFERENCES weighing(id), -- the filled-syringe weighing decided on
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
    deviation_percent REAL NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    at TEXT NOT NULL
);
INSERT INTO deviation_decision (id, preparation_id, weighing_id, decision, deviation_percent, reason, user_id, at)
    SELECT id, preparation_id, weighing_id, decision, deviation_percent, reason, user_id, at
    FROM deviation_decision_0007;
DROP TABLE deviation_decision_0007;
DROP TABLE weighing_0007;
CREATE INDEX weighing_preparation ON weighing(preparation_id);
CREATE INDEX deviation_decision_preparation ON deviation_decision(preparation_id);
