// SPDX-License-Identifier: GPL-3.0-or-later
// The software stability window. A balance's own stability flag is necessary but not sufficient in an isolator
// (airflow, glove movement; scales.md "Metrology"): a weight is accepted only when at least N consecutive
// readings, all flagged stable by the scale, stay within ±k digits of a common centre (spread <= 2k digits) and
// span at least T ms. The accepted weight is the latest reading itself, never an average the scale did not show.
// Pure: the caller passes each reading's time, so tests never depend on the wall clock.
#pragma once

#include "devices/scale/scale.h"

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace prep::devices {

struct StabilityCriteria
{
    int readings = 5;                    // N consecutive readings
    std::chrono::milliseconds span{200}; // spanning at least T
    int digits = 1;                      // all within ±k scale intervals of the latest reading
    std::chrono::milliseconds poll{20};  // how often readStable polls the scale
};

class StabilityWindow
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    explicit StabilityWindow(StabilityCriteria criteria = {});

    // Adds a reading taken at `at`; returns the accepted reading once the window is satisfied.
    std::optional<WeightReading> add(const WeightReading& reading, TimePoint at);
    void reset();
    const StabilityCriteria& criteria() const { return m_criteria; }
    // Why the window is not yet satisfied, for a timeout message ("3 of 5 readings", "spread 0.004 g > 0.001 g").
    std::string whyNotStable() const;

private:
    struct Entry
    {
        WeightReading reading;
        TimePoint at;
    };
    StabilityCriteria m_criteria;
    std::deque<Entry> m_entries;
    std::string m_lastReason = "no reading yet";
};

// Polls `readNow` every criteria.poll until the window accepts a reading or `timeout` passes. "Busy" answers
// (Kind::Unstable) are retried; any other fault (unreachable, timeout, overload, protocol) ends the wait at once so
// it is reported as what it is. `now` and `sleep` are injectable for tests.
Result<WeightReading> readStableByPolling(
    Scale& scale, const StabilityCriteria& criteria, std::chrono::milliseconds timeout,
    const std::function<StabilityWindow::TimePoint()>& now = [] { return std::chrono::steady_clock::now(); },
    const std::function<void(std::chrono::milliseconds)>& sleep = {});

} // namespace prep::devices
