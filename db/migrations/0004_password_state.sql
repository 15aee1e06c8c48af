-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0004: a password given by an administrator (a new account's first password, or a reset) must be changed by its
-- user at their next login before they act. Append-only: never edit once shipped. A table of its own, so that the
-- audited snapshots of existing app_user rows stay what they were.

CREATE TABLE user_password_state (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL UNIQUE REFERENCES app_user(id),
    must_change INTEGER NOT NULL CHECK (must_change IN (0, 1)),
    set_at TEXT NOT NULL
);
