// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/coldchain/kinetic_temperature.h"

#include <cmath>
#include <limits>

namespace prep::station {

double meanKineticTemperatureC(const std::vector<TemperatureReading>& readings)
{
    return meanKineticTemperatureC(readings, kDefaultDeltaHOverRKelvin);
}

double meanKineticTemperatureC(const std::vector<TemperatureReading>& readings, double deltaHOverRKelvin)
{
    if (readings.empty())
        return std::numeric_limits<double>::quiet_NaN();
    if (readings.size() == 1)
        return readings.front().celsius;
    constexpr double kKelvin = 273.15;
    double weighted = 0;
    double total = 0;
    for (size_t i = 0; i + 1 < readings.size(); ++i) {
        const double dt = std::chrono::duration<double>(readings[i + 1].at - readings[i].at).count();
        if (dt <= 0)
            continue;
        weighted += dt * std::exp(-deltaHOverRKelvin / (readings[i].celsius + kKelvin));
        total += dt;
    }
    if (total <= 0)
        return readings.front().celsius;
    return deltaHOverRKelvin / -std::log(weighted / total) - kKelvin;
}

} // namespace prep::station
