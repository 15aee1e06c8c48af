-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0007: the protocol checks run at pharmaceutical validation (prep-station/dosing/protocol_checks.h), one row per
-- check per validation attempt, with what came of the attempt: validated (every warning overridden with a reason by
-- the validating pharmacist) or refused (a hard stop, or a warning left without an override). Append-only: never
-- edit once shipped. Each row is an audited record.

CREATE TABLE order_check (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES prescription_order(id),
    check_id TEXT NOT NULL CHECK (check_id IN ('cycle_day', 'min_interval', 'dose_level', 'dose_vs_bsa', 'bsa_cap',
                                               'duplicate')),
    severity TEXT NOT NULL CHECK (severity IN ('pass', 'warning', 'hard_stop')),
    message TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('validated', 'refused')),
    override_reason TEXT, -- a warning the pharmacist overrode; NULL otherwise
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    at TEXT NOT NULL,
    CHECK (override_reason IS NULL OR (severity = 'warning' AND length(override_reason) > 0))
);
CREATE INDEX order_check_order ON order_check(order_id);
