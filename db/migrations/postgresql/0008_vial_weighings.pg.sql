-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0008 (PostgreSQL, as 0008_vial_weighings.sql): the vial weighed before ('vial_before', ready-to-use vials) and
-- after ('vial_after') the withdrawal, for the vial/syringe cross-check. Append-only: never edit once shipped.
-- PostgreSQL replaces the CHECK in place (its default name for 0001's unnamed column check); SQLite rebuilds.

ALTER TABLE weighing DROP CONSTRAINT weighing_step_check;
ALTER TABLE weighing ADD CONSTRAINT weighing_step_check
    CHECK (step IN ('tare', 'diluent_before', 'diluent_after', 'filled', 'daily_check', 'vial_before', 'vial_after'));
