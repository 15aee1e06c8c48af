-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0012: the PUI's watch over what left it, and the nurse's care list.
-- A shipment that came back to the PUI (the courier could not deliver, or it was brought back unused): received
-- by the pharmacy, once. Append-only; audited.
CREATE TABLE shipment_return (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL UNIQUE REFERENCES shipment(id),
    note TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    at TEXT NOT NULL
);

-- A pharmacist's decision on a dose that came back (in a returned shipment, or brought back by the nurse):
-- destroyed, or sent out again to the same patient in a new shipment. Append-only; audited.
CREATE TABLE returned_dose_decision (
    id INTEGER PRIMARY KEY,
    preparation_id INTEGER NOT NULL REFERENCES preparation(id),
    shipment_id INTEGER NOT NULL REFERENCES shipment(id),
    decision TEXT NOT NULL CHECK (decision IN ('destroy', 'redispatch')),
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    at TEXT NOT NULL,
    UNIQUE (preparation_id, shipment_id)
);

-- An alarm of the PUI's watch (a handover late or missing, logger data that never arrived, a broken cold chain, a
-- delivery problem, a dose not given or expired at home) stays open until a pharmacist closes it with a reason:
-- never silently "ok". alarm_key names the alarm ("pickup_late/S-20261206-0001"). Append-only; audited.
CREATE TABLE dispatch_alarm_resolution (
    id INTEGER PRIMARY KEY,
    alarm_key TEXT NOT NULL UNIQUE,
    shipment_id INTEGER NOT NULL REFERENCES shipment(id),
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    at TEXT NOT NULL
);

-- Which patients each HAD nurse cares for: a nurse sees and gives only their doses. Each change is a row (assigned,
-- then ended); the latest row of a nurse and patient is the current state. Append-only; audited.
CREATE TABLE care_assignment (
    id INTEGER PRIMARY KEY,
    nurse_id INTEGER NOT NULL REFERENCES app_user(id),
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    change TEXT NOT NULL CHECK (change IN ('assigned', 'ended')),
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    at TEXT NOT NULL
);
CREATE INDEX care_assignment_nurse ON care_assignment(nurse_id, patient_id);
