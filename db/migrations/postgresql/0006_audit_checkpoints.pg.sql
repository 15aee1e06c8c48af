-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0006 (PostgreSQL, as 0006_audit_checkpoints.sql): signed checkpoints of the audit chain. Anyone who can write the database can rewrite an entry and every
-- later hash consistently; a checkpoint is the hash of an entry signed with a station key kept outside the
-- database (Ed25519), so such a rewrite no longer verifies (db/audit_checkpoint.h). Append-only: never edit once
-- shipped. Neither table is an audited record: the keys are announced by audit entries, and a checkpoint is
-- itself the proof.

-- The public keys that have signed checkpoints here (a key is trusted by verification only from outside).
CREATE TABLE audit_key (
    key_id TEXT PRIMARY KEY,
    public_key TEXT NOT NULL UNIQUE,
    added_at TEXT NOT NULL
);

CREATE TABLE audit_checkpoint (
    seq BIGINT NOT NULL,
    key_id TEXT NOT NULL REFERENCES audit_key(key_id),
    hash TEXT NOT NULL,
    signature TEXT NOT NULL,
    PRIMARY KEY (seq, key_id)
);
