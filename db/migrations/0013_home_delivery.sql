-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0013: where and when a cooler is delivered. A patient's home address, as the prescriber's system sent it (HL7
-- PID-11, FHIR Patient.address) or as entered: each change a row, the latest the current one. A shipment's delivery
-- slot, fixed at packing: the address it goes to and the time window agreed with the patient (what the courier sees,
-- never the patient's name). Both separate tables, so that earlier patients' and shipments' audited snapshots are
-- unchanged. Append-only; audited.
CREATE TABLE patient_home (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    address TEXT NOT NULL CHECK (length(address) > 0),
    source TEXT NOT NULL, -- "hl7v2", "fhir_r4", "csv", "entered"
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    at TEXT NOT NULL
);
CREATE INDEX patient_home_patient ON patient_home(patient_id);

CREATE TABLE delivery_slot (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL UNIQUE REFERENCES shipment(id),
    address TEXT NOT NULL,    -- the patient's home address at packing ("" when none was known)
    window_start TEXT,        -- the agreed delivery window, UTC; NULL when none was agreed
    window_end TEXT,
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    at TEXT NOT NULL,
    CHECK ((window_start IS NULL) = (window_end IS NULL)),
    CHECK (window_start IS NULL OR window_end > window_start)
);
