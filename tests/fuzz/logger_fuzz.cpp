// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for temperature logger files (outside input: exported by third-party loggers, carried by couriers).
// Whatever the bytes, the parser returns a log or an error naming a line; an accepted log is ordered, within
// the recorder range, and its MKT is a finite temperature inside the readings' range.
#include "prep-station/coldchain/kinetic_temperature.h"
#include "prep-station/coldchain/temperature_log.h"
#include "prep-station/time/paris_time.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)prep::station::parseIso8601(text.substr(0, 64));
    auto log = prep::station::parseLoggerCsv(text);
    if (!log) {
        if (log.error().message.empty())
            std::abort();
        return 0;
    }
    double lo = 1e9, hi = -1e9;
    for (size_t i = 0; i < log->readings.size(); ++i) {
        const auto& r = log->readings[i];
        if (!std::isfinite(r.celsius) || r.celsius < -80 || r.celsius > 85)
            std::abort();
        if (i > 0 && !(log->readings[i - 1].at < r.at))
            std::abort();
        lo = std::min(lo, r.celsius);
        hi = std::max(hi, r.celsius);
    }
    const double mkt = prep::station::meanKineticTemperatureC(log->readings);
    if (!std::isfinite(mkt) || mkt < lo - 1e-6 || mkt > hi + 1e-6)
        std::abort();
    return 0;
}
