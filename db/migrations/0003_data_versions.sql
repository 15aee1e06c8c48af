-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0003: which version of each clinical data file decided a preparation. Append-only: never edit once shipped.
-- One row per preparation and distinct file version, with the step that first used it (a file that changed while
-- the preparation was under way shows both versions, each with its step).

CREATE TABLE preparation_data_version (
    id INTEGER PRIMARY KEY,
    preparation_id INTEGER NOT NULL REFERENCES preparation(id),
    step TEXT NOT NULL,   -- plan | vial_scan | reconstitution | filled | expiry
    file TEXT NOT NULL,   -- "stability.csv"
    origin TEXT NOT NULL, -- "embedded:stability.csv" or the reviewed copy's path
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES app_user(id)
);
CREATE INDEX preparation_data_version_preparation ON preparation_data_version(preparation_id);
