// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/time/clock.h"

namespace prep::station {

UtcTime SystemClock::now() const
{
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

} // namespace prep::station
