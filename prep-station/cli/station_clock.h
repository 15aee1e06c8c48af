// SPDX-License-Identifier: GPL-3.0-or-later
// The clock prepctl commands run on: the system clock (UTC).
#pragma once

#include "prep-station/time/clock.h"

namespace prep::cli {

inline const station::Clock& stationClock()
{
    static const station::SystemClock clock;
    return clock;
}

} // namespace prep::cli
