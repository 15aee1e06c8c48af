-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0002: the pharmacist's decision on an out-of-tolerance dose. Append-only: never edit once shipped.
-- A filled syringe between the tolerance and the pharmacist limit waits for a pharmacist, who accepts it (with a
-- reason, signed "deviation_accepted") or rejects it (signed "deviation_rejected": the technician redoes the
-- syringe). The signature table gains the two meanings; SQLite changes a CHECK only by rebuilding the table, whose
-- rows are copied unchanged (their audit snapshots stay true).

CREATE TABLE signature_0002 (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    meaning TEXT NOT NULL CHECK (meaning IN ('order_validated', 'prepared', 'checked', 'released', 'handed_over',
                                             'received', 'administered', 'deviation_accepted',
                                             'deviation_rejected')),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    at TEXT NOT NULL
);
INSERT INTO signature_0002 (id, user_id, meaning, entity, entity_id, content_sha256, at)
    SELECT id, user_id, meaning, entity, entity_id, content_sha256, at FROM signature;
DROP TABLE signature;
ALTER TABLE signature_0002 RENAME TO signature;
CREATE INDEX signature_entity ON signature(entity, entity_id);

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
CREATE INDEX deviation_decision_preparation ON deviation_decision(preparation_id);
