// SPDX-License-Identifier: GPL-3.0-or-later
// Mean kinetic temperature (USP <1160>, reference.md 6.3): the single temperature that would cause the same
// degradation as the logged history, with dH/R = 10 000 K by default.
#pragma once

#include "prep-station/coldchain/temperature_log.h"

#include <vector>

namespace prep::station {

constexpr double kDefaultDeltaHOverRKelvin = 10000.0; // dH = 83.144 kJ/mol, R = 8.3144 J/(mol K) [S50]

// Time-weighted: each reading holds until the next one (the last reading closes the history and carries no
// weight). A single reading gives its own temperature; no reading gives NaN.
double meanKineticTemperatureC(const std::vector<TemperatureReading>& readings);
double meanKineticTemperatureC(const std::vector<TemperatureReading>& readings, double deltaHOverRKelvin);

} // namespace prep::station
