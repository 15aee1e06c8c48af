// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for temperature logger files (outside input: exported by third-party loggers, carried by couriers):
// format detection and every format's parser (our CSV, Fridge-tag 2 / 2 L reports, LogTag CSV), through the one
// entry point and each parser directly. Whatever the bytes, a parser returns a file or an error naming what was
// wrong; an accepted continuous history is ordered, within the recorder range, and its MKT is a finite temperature
// inside the readings' range; an accepted summary has its days in order, min <= max, and a worst-case history
// that the cold-chain judgement can be given.
#include "prep-station/coldchain/fridge_tag.h"
#include "prep-station/coldchain/kinetic_temperature.h"
#include "prep-station/coldchain/logger_file.h"
#include "prep-station/coldchain/logtag_csv.h"
#include "prep-station/coldchain/summary_judgement.h"
#include "prep-station/time/paris_time.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

using namespace prep::station;

void checkReadings(const TemperatureLog& log)
{
    double lo = 1e9, hi = -1e9;
    for (size_t i = 0; i < log.readings.size(); ++i) {
        const auto& r = log.readings[i];
        if (!std::isfinite(r.celsius) || r.celsius < -80 || r.celsius > 85)
            std::abort();
        if (i > 0 && !(log.readings[i - 1].at < r.at))
            std::abort();
        lo = std::min(lo, r.celsius);
        hi = std::max(hi, r.celsius);
    }
    if (log.readings.empty())
        return;
    const double mkt = meanKineticTemperatureC(log.readings);
    if (!std::isfinite(mkt) || mkt < lo - 1e-6 || mkt > hi + 1e-6)
        std::abort();
}

void checkSummary(const DailySummaryLog& log)
{
    for (size_t i = 0; i < log.days.size(); ++i) {
        const auto& d = log.days[i];
        if ((d.measured && !(d.minC <= d.maxC)) || !(d.from < d.to) || (i > 0 && !(log.days[i - 1].date < d.date)))
            std::abort();
    }
    if (log.days.empty())
        return;
    auto worst = worstCaseHistory(log, log.days.front().from, std::chrono::minutes(30));
    if (worst)
        for (size_t i = 1; i < worst->readings.size(); ++i)
            if (!(worst->readings[i - 1].at < worst->readings[i].at))
                std::abort();
}

void check(const Result<LoggerFile>& file)
{
    if (!file) {
        if (file.error().message.empty())
            std::abort();
        return;
    }
    if (const auto* readings = std::get_if<TemperatureLog>(&file->history))
        checkReadings(*readings);
    else
        checkSummary(std::get<DailySummaryLog>(file->history));
    if (file->deviceSummary)
        checkSummary(*file->deviceSummary);
    (void)loggerFigures(*file);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)parseIso8601(text.substr(0, 64));
    (void)parseLoggerLocalTime(text.substr(0, 32), std::nullopt);
    (void)detectLoggerFormat(text);
    check(parseLoggerFile(text));
    // Each parser also sees what detection would have sent elsewhere.
    check(parseFridgeTag(text, LoggerCsvOptions{}));
    check(parseLogTagCsv(text, LoggerCsvOptions{}));
    auto csv = parseLoggerCsv(text);
    if (csv)
        checkReadings(*csv);
    else if (csv.error().message.empty())
        std::abort();
    return 0;
}
