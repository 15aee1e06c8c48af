-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0009: a technician goes back to an isolator step on purpose (another vial scanned, a new empty syringe), with a
-- reason: the record set aside is named, so the workflow offers that step again and the trail says who went back,
-- when and why. Append-only: never edit once shipped. Each row is an audited record.

CREATE TABLE step_redo (
    id INTEGER PRIMARY KEY,
    preparation_id INTEGER NOT NULL REFERENCES preparation(id),
    step TEXT NOT NULL CHECK (step IN ('scan', 'tare')),
    set_aside_id INTEGER NOT NULL, -- the vial_scan (step scan) or weighing (step tare) the redo sets aside
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    at TEXT NOT NULL
);
CREATE INDEX step_redo_preparation ON step_redo(preparation_id);
