-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0005: orders that arrive from the prescribers' systems (HL7 v2, FHIR R4, CSV). Every inbound message is kept
-- with its raw bytes, its format and what the station did with it; an order entered from one keeps where it came
-- from (sender and placer number, revision for replacements, what the sender wrote). Tables of their own, so that
-- the audited snapshots of existing prescription_order and patient rows stay what they were. Append-only.

CREATE TABLE inbound_message (
    id INTEGER PRIMARY KEY,
    received_at TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('hl7v2', 'fhir_r4', 'csv', 'unknown')),
    channel TEXT NOT NULL,
    sender TEXT NOT NULL,
    message_id TEXT NOT NULL,
    raw_sha256 TEXT NOT NULL,
    raw_base64 TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('received', 'accepted', 'partly_accepted', 'rejected', 'duplicate')),
    ack_code TEXT NOT NULL,
    reason TEXT NOT NULL,
    results TEXT NOT NULL
);
CREATE INDEX inbound_message_sender_id ON inbound_message(sender, message_id);

CREATE TABLE order_origin (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL UNIQUE REFERENCES prescription_order(id),
    inbound_message_id INTEGER REFERENCES inbound_message(id),
    format TEXT NOT NULL,
    sender TEXT NOT NULL,
    placer_number TEXT NOT NULL,
    revision INTEGER NOT NULL,
    patient_authority TEXT NOT NULL,
    patient_sex TEXT NOT NULL,
    drug_as_sent TEXT NOT NULL,
    dose_as_sent TEXT NOT NULL,
    route TEXT NOT NULL,
    timing TEXT NOT NULL,
    UNIQUE (sender, placer_number, revision)
);
