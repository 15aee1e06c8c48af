// SPDX-License-Identifier: GPL-3.0-or-later
// Gravimetric control of a preparation: densities, tolerance policy, the withdrawal check (dose from mass), and
// the acceptance rules of a weighing (stability, minimum weight, daily check), the vial/syringe cross-check.
#pragma once

#include "prep-station/gravimetry/density_table.h"
#include "prep-station/gravimetry/reconstitution_check.h"
#include "prep-station/gravimetry/tolerance_policy.h"
#include "prep-station/gravimetry/vial_crosscheck.h"
#include "prep-station/gravimetry/weighing_rules.h"
#include "prep-station/gravimetry/withdrawal_check.h"
