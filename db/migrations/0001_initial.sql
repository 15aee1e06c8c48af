-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0001: the initial PrepStation schema. Append-only: never edit this file once shipped; add 0002_*.sql instead.
-- Times are ISO 8601 UTC text with milliseconds ("2026-11-22T10:15:30.123Z"); booleans are 0/1.
-- Every table below except audit_log, chain_head and temperature_reading is an audited record: each row's current
-- content must equal the new value of the last audit entry about it (checked by AuditLog::verify).

CREATE TABLE app_user (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('technician', 'pharmacist', 'courier', 'nurse', 'auditor', 'admin')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    locked INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES app_user(id)
);

CREATE TABLE patient (
    id INTEGER PRIMARY KEY,
    ipp TEXT NOT NULL UNIQUE,
    family_name TEXT NOT NULL,
    given_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    fictitious INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE prescription_order (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id),
    drug TEXT NOT NULL,
    protocol_id TEXT NOT NULL,
    cycle_day TEXT NOT NULL,
    height_cm REAL NOT NULL,
    weight_kg REAL NOT NULL,
    bsa_formula TEXT NOT NULL,
    bsa_m2 REAL NOT NULL,
    mg_per_m2 REAL NOT NULL,
    dose_mg REAL NOT NULL,
    prescriber TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('prescribed', 'validated', 'cancelled')),
    validated_by INTEGER REFERENCES app_user(id),
    validated_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX prescription_order_status ON prescription_order(status);

CREATE TABLE preparation (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    order_id INTEGER NOT NULL REFERENCES prescription_order(id),
    syringe_index INTEGER NOT NULL,
    syringe_count INTEGER NOT NULL,
    drug TEXT NOT NULL,
    target_dose_mg REAL NOT NULL,
    target_volume_ml REAL NOT NULL,
    concentration_mg_per_ml REAL NOT NULL,
    product_gtin TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'prepared', 'released', 'dispatched',
                                           'delivered', 'administered', 'interrupted', 'rejected')),
    prepared_by INTEGER REFERENCES app_user(id),
    released_by INTEGER REFERENCES app_user(id),
    started_at TEXT,
    reconstituted_at TEXT,
    prepared_at TEXT,
    released_at TEXT,
    expiry TEXT,
    stability_rule TEXT NOT NULL,
    stability_source TEXT NOT NULL,
    storage TEXT NOT NULL,
    measured_dose_mg REAL NOT NULL,
    deviation_percent REAL NOT NULL,
    tolerance_decision TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX preparation_order ON preparation(order_id);
CREATE INDEX preparation_status ON preparation(status);

CREATE TABLE vial_scan (
    id INTEGER PRIMARY KEY,
    preparation_id INTEGER NOT NULL REFERENCES preparation(id),
    gtin TEXT NOT NULL,
    lot TEXT NOT NULL,
    expiry TEXT NOT NULL,
    serial TEXT NOT NULL,
    raw_scan TEXT NOT NULL,
    hri TEXT NOT NULL,
    source TEXT NOT NULL,
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES app_user(id)
);
CREATE INDEX vial_scan_preparation ON vial_scan(preparation_id);
CREATE INDEX vial_scan_lot ON vial_scan(lot);
CREATE INDEX vial_scan_serial ON vial_scan(gtin, serial);

CREATE TABLE weighing (
    id INTEGER PRIMARY KEY,
    preparation_id INTEGER REFERENCES preparation(id), -- NULL for a daily check not tied to a preparation
    step TEXT NOT NULL CHECK (step IN ('tare', 'diluent_before', 'diluent_after', 'filled', 'daily_check')),
    grams REAL NOT NULL,
    stable INTEGER NOT NULL,
    readability_g REAL NOT NULL,
    source TEXT NOT NULL,
    raw TEXT NOT NULL,
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES app_user(id)
);
CREATE INDEX weighing_preparation ON weighing(preparation_id);

CREATE TABLE photo (
    id INTEGER PRIMARY KEY,
    preparation_id INTEGER NOT NULL REFERENCES preparation(id),
    step TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES app_user(id)
);
CREATE INDEX photo_preparation ON photo(preparation_id);

CREATE TABLE label (
    id INTEGER PRIMARY KEY,
    preparation_id INTEGER NOT NULL REFERENCES preparation(id),
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    template_id TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    template_sha256 TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    barcode_data TEXT NOT NULL,
    duplicate INTEGER NOT NULL,
    read_back_ok INTEGER NOT NULL,
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES app_user(id)
);
CREATE INDEX label_preparation ON label(preparation_id);

CREATE TABLE signature (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    meaning TEXT NOT NULL CHECK (meaning IN ('order_validated', 'prepared', 'checked', 'released', 'handed_over',
                                             'received', 'administered')),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX signature_entity ON signature(entity, entity_id);

CREATE TABLE shipment (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    logger_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('packed', 'picked_up', 'delivered', 'administered')),
    created_at TEXT NOT NULL
);

-- Part of the shipment aggregate: audited through the shipment's snapshot (its preparation_ids).
CREATE TABLE shipment_preparation (
    shipment_id INTEGER NOT NULL REFERENCES shipment(id),
    preparation_id INTEGER NOT NULL REFERENCES preparation(id),
    PRIMARY KEY (shipment_id, preparation_id)
);
CREATE INDEX shipment_preparation_preparation ON shipment_preparation(preparation_id);

CREATE TABLE handover (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipment(id),
    kind TEXT NOT NULL CHECK (kind IN ('pickup', 'delivery', 'administration')),
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    location TEXT NOT NULL,
    scan TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX handover_shipment ON handover(shipment_id);

CREATE TABLE logger_import (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipment(id),
    logger_id TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    reading_count INTEGER NOT NULL,
    mkt_c REAL NOT NULL,
    verdict TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX logger_import_shipment ON logger_import(shipment_id);

-- Part of the logger import aggregate: audited through the import's snapshot (a SHA-256 over its readings).
CREATE TABLE temperature_reading (
    import_id INTEGER NOT NULL REFERENCES logger_import(id),
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    celsius REAL NOT NULL,
    PRIMARY KEY (import_id, seq)
);

-- The audit trail: append-only, each entry chained to the previous by SHA-256 (see db/audit_log.h).
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    reason TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, seq);

-- The last entry of the chain, written in the same transaction as the entry: cutting entries off the end of
-- audit_log shows as a mismatch with this row.
CREATE TABLE chain_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO chain_head (id, seq, hash) VALUES (1, 0, '');
