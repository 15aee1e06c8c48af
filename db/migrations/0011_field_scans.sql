-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0011: every scan a courier's or nurse's phone sends to the web service, accepted or refused, with the phone's
-- clock and the station's receipt time: a phone without network sends its scans later, and a late scan is judged
-- at the time it happened. request_key (SHA-256 of who, what and the phone's time) makes a scan sent twice
-- recorded once. Append-only; each row is an audited record.

CREATE TABLE field_scan (
    id INTEGER PRIMARY KEY,
    request_key TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    kind TEXT NOT NULL CHECK (kind IN ('pickup', 'delivery', 'administration', 'problem', 'not_given')),
    code TEXT NOT NULL,
    place TEXT NOT NULL,
    device_time TEXT, -- the phone's clock at the scan; NULL when the phone gave none
    received_at TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('ok', 'refused')),
    reason TEXT NOT NULL,
    shipment_id INTEGER REFERENCES shipment(id),
    handover_id INTEGER REFERENCES handover(id)
);
CREATE INDEX field_scan_user ON field_scan(user_id);

-- A courier could not deliver (nobody home, refused at the door, the cooler damaged): the shipment goes back to the
-- PUI and none of its doses may be given. Append-only; audited.
CREATE TABLE delivery_problem (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipment(id),
    kind TEXT NOT NULL CHECK (kind IN ('nobody_home', 'refused', 'damaged_cooler')),
    note TEXT NOT NULL,
    place TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    at TEXT NOT NULL
);
CREATE INDEX delivery_problem_shipment ON delivery_problem(shipment_id);

-- A delivered dose the nurse did not give: brought back to the PUI or destroyed at the home, with the reason.
-- Append-only; audited.
CREATE TABLE dose_not_given (
    id INTEGER PRIMARY KEY,
    preparation_id INTEGER NOT NULL REFERENCES preparation(id),
    outcome TEXT NOT NULL CHECK (outcome IN ('returned', 'destroyed')),
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    at TEXT NOT NULL
);
CREATE INDEX dose_not_given_preparation ON dose_not_given(preparation_id);
