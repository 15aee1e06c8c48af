// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/scale/stability_window.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <sstream>
#include <thread>

namespace prep::devices {

StabilityWindow::StabilityWindow(StabilityCriteria criteria)
    : m_criteria(criteria)
{
    if (m_criteria.readings < 1)
        m_criteria.readings = 1;
    if (m_criteria.digits < 0)
        m_criteria.digits = 0;
}

void StabilityWindow::reset()
{
    m_entries.clear();
    m_lastReason = "no reading yet";
}

std::optional<WeightReading> StabilityWindow::add(const WeightReading& reading, TimePoint at)
{
    // A dynamic reading, or one whose readability changed (range switch), restarts the window.
    if (!reading.stable) {
        m_entries.clear();
        m_lastReason = "the scale reports motion";
        return std::nullopt;
    }
    if (!m_entries.empty() && m_entries.back().reading.readabilityG != reading.readabilityG)
        m_entries.clear();
    m_entries.push_back({reading, at});

    // Keep only the trailing run whose spread (max - min) is at most 2k digits, i.e. all readings within ±k digits
    // of a common centre; half a digit of slack absorbs floating-point representation error.
    const double allowedSpread = (2 * m_criteria.digits + 0.5) * reading.readabilityG;
    double lo = reading.grams, hi = reading.grams;
    for (auto i = m_entries.size(); i-- > 0;) {
        lo = std::min(lo, m_entries[i].reading.grams);
        hi = std::max(hi, m_entries[i].reading.grams);
        if (hi - lo > allowedSpread) {
            m_entries.erase(m_entries.begin(), m_entries.begin() + static_cast<std::ptrdiff_t>(i) + 1);
            break;
        }
    }
    const auto count = static_cast<int>(m_entries.size());
    const auto span = std::chrono::duration_cast<std::chrono::milliseconds>(at - m_entries.front().at);
    if (count >= m_criteria.readings && span >= m_criteria.span)
        return reading;
    std::ostringstream why;
    why << count << " of " << m_criteria.readings << " consecutive stable readings within ±" << m_criteria.digits
        << " digit(s) over " << span.count() << " of " << m_criteria.span.count() << " ms";
    m_lastReason = why.str();
    return std::nullopt;
}

std::string StabilityWindow::whyNotStable() const
{
    return m_lastReason;
}

Result<WeightReading> readStableByPolling(Scale& scale, const StabilityCriteria& criteria,
                                          std::chrono::milliseconds timeout,
                                          const std::function<StabilityWindow::TimePoint()>& now,
                                          const std::function<void(std::chrono::milliseconds)>& sleep)
{
    StabilityWindow window(criteria);
    const auto start = now();
    const auto deadline = start + timeout;
    auto nextPoll = start;
    std::string lastProblem;
    for (;;) {
        if (scale.takeCancel())
            return makeDeviceError(DeviceError::Kind::Cancelled,
                                   scale.uri() + ": the wait for a stable weight was cancelled (" +
                                       (lastProblem.empty() ? std::string("no reading yet") : lastProblem) + ")");
        const auto at = now();
        auto reading = scale.readNow();
        scale.showReading(reading);
        if (reading) {
            if (auto accepted = window.add(*reading, at))
                return *accepted;
            lastProblem = window.whyNotStable();
        } else if (reading.error().kind == DeviceError::Kind::Unstable) {
            window.reset();
            lastProblem = reading.error().message;
        } else {
            return reading.error();
        }
        if (now() >= deadline)
            return makeDeviceError(DeviceError::Kind::Unstable, scale.uri() + ": no stable weight within " +
                                                                    std::to_string(timeout.count()) + " ms (" +
                                                                    lastProblem + ")");
        // A fixed cadence (not "poll after the last read") so the time to acceptance does not grow with the
        // read latency: the window then closes within one poll interval of its span.
        nextPoll += criteria.poll;
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(nextPoll - now());
        if (wait.count() <= 0)
            nextPoll = now(); // fell behind (slow scale): poll again at once, without a burst to catch up
        else if (sleep)
            sleep(wait);
        else
            std::this_thread::sleep_until(nextPoll);
    }
}

} // namespace prep::devices
