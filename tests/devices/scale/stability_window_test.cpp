// SPDX-License-Identifier: GPL-3.0-or-later
// The software stability window, driven by explicit timestamps (no wall clock).
#include "devices/scale/stability_window.h"

#include <gtest/gtest.h>

using namespace prep::devices;
using namespace std::chrono_literals;

namespace {

WeightReading reading(double grams, bool stable = true)
{
    return WeightReading{grams, stable, 0.001, "test://", ""};
}

const StabilityWindow::TimePoint t0{};

} // namespace

TEST(StabilityWindow, AcceptsAfterNReadingsSpanningT)
{
    StabilityWindow w({5, 200ms, 1, 20ms});
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(w.add(reading(12.345), t0 + i * 50ms)) << i;
    // Fifth reading at 200 ms: 5 readings spanning 200 ms.
    auto accepted = w.add(reading(12.345), t0 + 200ms);
    ASSERT_TRUE(accepted);
    EXPECT_DOUBLE_EQ(accepted->grams, 12.345);
}

TEST(StabilityWindow, EnoughReadingsButTooShortASpanIsNotStable)
{
    StabilityWindow w({5, 200ms, 1, 20ms});
    for (int i = 0; i < 10; ++i)
        EXPECT_FALSE(w.add(reading(12.345), t0 + i * 10ms)) << i; // 90 ms span
    EXPECT_NE(w.whyNotStable().find("90 of 200 ms"), std::string::npos) << w.whyNotStable();
    EXPECT_TRUE(w.add(reading(12.345), t0 + 200ms));
}

TEST(StabilityWindow, ScaleMotionFlagRestartsTheWindow)
{
    StabilityWindow w({3, 100ms, 1, 20ms});
    EXPECT_FALSE(w.add(reading(5.0), t0));
    EXPECT_FALSE(w.add(reading(5.0), t0 + 50ms));
    EXPECT_FALSE(w.add(reading(5.0, false), t0 + 100ms)); // flagged dynamic
    EXPECT_FALSE(w.add(reading(5.0), t0 + 150ms));
    EXPECT_FALSE(w.add(reading(5.0), t0 + 200ms));
    EXPECT_TRUE(w.add(reading(5.0), t0 + 250ms));
}

TEST(StabilityWindow, ReadingsBeyondKDigitsRestartTheRun)
{
    StabilityWindow w({3, 100ms, 1, 20ms});
    EXPECT_FALSE(w.add(reading(5.000), t0));
    EXPECT_FALSE(w.add(reading(5.000), t0 + 50ms));
    EXPECT_FALSE(w.add(reading(5.004), t0 + 100ms)); // 4 digits away: the run restarts here
    EXPECT_FALSE(w.add(reading(5.004), t0 + 150ms));
    auto accepted = w.add(reading(5.003), t0 + 200ms); // 5.004, 5.004, 5.003 over 100 ms
    ASSERT_TRUE(accepted);
    EXPECT_DOUBLE_EQ(accepted->grams, 5.003);
}

TEST(StabilityWindow, OneDigitOfNoiseEitherWayIsStable)
{
    // A balance in an isolator flickering by one digit around 2.360 g, flagged stable: within ±1 digit.
    StabilityWindow w({5, 200ms, 1, 20ms});
    const double values[] = {2.360, 2.361, 2.359, 2.360, 2.361};
    std::optional<WeightReading> got;
    for (int i = 0; i < 5; ++i)
        got = w.add(reading(values[i]), t0 + i * 50ms);
    ASSERT_TRUE(got);
    EXPECT_DOUBLE_EQ(got->grams, 2.361); // the latest reading as shown, not an average
    StabilityWindow strict({5, 200ms, 0, 20ms});
    for (int i = 0; i < 5; ++i)
        EXPECT_FALSE(strict.add(reading(values[i]), t0 + i * 50ms));
}

TEST(StabilityWindow, DriftSlowerThanKDigitsPerWindowIsStillAccepted_ButFastDriftIsNot)
{
    StabilityWindow slow({5, 200ms, 1, 20ms});
    std::optional<WeightReading> got;
    for (int i = 0; i <= 4 && !got; ++i)
        got = slow.add(reading(10.000 + (i >= 3 ? 0.001 : 0.0)), t0 + i * 50ms);
    EXPECT_TRUE(got);
    StabilityWindow fast({5, 200ms, 1, 20ms});
    for (int i = 0; i < 20; ++i)
        EXPECT_FALSE(fast.add(reading(10.000 + 0.002 * i), t0 + i * 50ms)) << i;
}

namespace {

// A scripted scale: readings in order, one per readNow, for readStableByPolling with a fake clock.
class ScriptedScale : public Scale
{
public:
    std::vector<Result<WeightReading>> script;
    size_t next = 0;
    Result<WeightReading> readNow() override
    {
        if (next < script.size())
            return script[next++];
        return script.back();
    }
    Result<WeightReading> readStable(std::chrono::milliseconds) override { return readNow(); }
    Result<Ok> tare() override { return Ok{}; }
    Result<Ok> zero() override { return Ok{}; }
    std::string uri() const override { return "test://"; }
    std::string serialNumber() const override { return "T"; }
};

} // namespace

TEST(ReadStableByPolling, BusyAnswersAreRetriedUntilStable)
{
    ScriptedScale s;
    s.script = {makeDeviceError(DeviceError::Kind::Unstable, "S I"), reading(2.0, false), reading(2.36), reading(2.36),
                reading(2.36)};
    auto now = t0;
    auto r = readStableByPolling(
        s, {3, 40ms, 1, 20ms}, 1000ms, [&] { return now; }, [&](std::chrono::milliseconds d) { now += d; });
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_DOUBLE_EQ(r->grams, 2.36);
}

TEST(ReadStableByPolling, TimesOutSayingWhyAndNeverReturnsAnUnstableWeight)
{
    ScriptedScale s;
    s.script = {reading(2.0, false)};
    auto now = t0;
    auto r = readStableByPolling(
        s, {3, 40ms, 1, 20ms}, 500ms, [&] { return now; }, [&](std::chrono::milliseconds d) { now += d; });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, DeviceError::Kind::Unstable);
    EXPECT_NE(r.error().message.find("500 ms"), std::string::npos);
    EXPECT_NE(r.error().message.find("motion"), std::string::npos);
}

TEST(ReadStableByPolling, TransportFaultEndsTheWaitAtOnce)
{
    ScriptedScale s;
    s.script = {reading(1.0), makeDeviceError(DeviceError::Kind::Unreachable, "cable")};
    auto now = t0;
    auto r = readStableByPolling(
        s, {3, 40ms, 1, 20ms}, 10000ms, [&] { return now; }, [&](std::chrono::milliseconds d) { now += d; });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, DeviceError::Kind::Unreachable);
    EXPECT_LT(now - t0, 100ms);
}
