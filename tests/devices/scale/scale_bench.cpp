// SPDX-License-Identifier: GPL-3.0-or-later
// Scale throughput and latency on loopback (BENCHMARKS.md):
//   Modbus TCP readings per second, MT-SICS SIR streamed readings per second, MT-SICS SI polled readings per second,
//   time from the simulator settling to the accepted stable weight, and CPU time while idle-polling.
#include "devices/scale/scale.h"
#include "devices/scale/scale_simulator.h"
#include "devices/scale/sics_scale.h"
#include "devices/scale/simulated_scale.h"

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <thread>

using namespace prep::devices;
using namespace std::chrono_literals;

namespace {

double cpuSeconds()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u); // client and in-process simulator together
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void ModbusTcpReadNow(benchmark::State& state)
{
    auto scale = SimulatedScale::start();
    if (!scale) {
        state.SkipWithError(scale.error().message.c_str());
        return;
    }
    (*scale)->simulator().placeLoad(5.543);
    for (auto _ : state) {
        auto r = (*scale)->readNow();
        if (!r) {
            state.SkipWithError(r.error().message.c_str());
            return;
        }
        benchmark::DoNotOptimize(r->grams);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(ModbusTcpReadNow)->Unit(benchmark::kMicrosecond)->UseRealTime();

std::unique_ptr<SicsScale> openSics(ScaleSimulator& sim)
{
    auto uri = sim.start("sics-tcp://127.0.0.1:0");
    if (!uri)
        return nullptr;
    auto scale = openScale(*uri);
    if (!scale)
        return nullptr;
    return std::unique_ptr<SicsScale>(dynamic_cast<SicsScale*>(scale->release()));
}

void SicsSiPolled(benchmark::State& state)
{
    ScaleSimulator sim;
    auto scale = openSics(sim);
    if (!scale) {
        state.SkipWithError("cannot open the MT-SICS simulator");
        return;
    }
    sim.placeLoad(5.543);
    for (auto _ : state) {
        auto r = scale->readNow();
        if (!r) {
            state.SkipWithError(r.error().message.c_str());
            return;
        }
        benchmark::DoNotOptimize(r->grams);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(SicsSiPolled)->Unit(benchmark::kMicrosecond)->UseRealTime();

// SIR: the balance streams; the rate is the simulator's stream period (10 ms), i.e. what a balance would send.
void SicsSirStream(benchmark::State& state)
{
    ScaleSimulator sim;
    auto scale = openSics(sim);
    if (!scale) {
        state.SkipWithError("cannot open the MT-SICS simulator");
        return;
    }
    sim.placeLoad(5.543);
    constexpr int kBatch = 50;
    for (auto _ : state) {
        auto n = scale->streamReadings(kBatch);
        if (!n) {
            state.SkipWithError(n.error().message.c_str());
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * kBatch);
}
BENCHMARK(SicsSirStream)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

// Latency from the moment the simulated load is settled (stability flag on) to readStable returning it. The goal:
// within one stability window (200 ms) plus one poll interval (20 ms).
void SettledToAccepted(benchmark::State& state)
{
    auto scale = SimulatedScale::start();
    if (!scale) {
        state.SkipWithError(scale.error().message.c_str());
        return;
    }
    ScaleSimulator& sim = (*scale)->simulator();
    double total = 0, worst = 0;
    double load = 5.0;
    for (auto _ : state) {
        load += 1.0;
        sim.placeLoad(load);
        auto r = (*scale)->readStable(5s);
        const auto done = std::chrono::steady_clock::now();
        if (!r || r->grams != load) {
            state.SkipWithError("no stable weight");
            return;
        }
        const double ms = std::chrono::duration<double, std::milli>(done - sim.settledAt()).count();
        total += ms;
        worst = std::max(worst, ms);
        state.SetIterationTime(ms / 1000.0);
    }
    state.counters["mean_ms_after_settle"] = total / double(state.iterations());
    state.counters["worst_ms_after_settle"] = worst;
}
BENCHMARK(SettledToAccepted)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(20);

// Idle polling: what the station costs while a scale sits idle and is polled every 20 ms for 3 s (the readStable
// poll rate), as a share of one core; client and in-process simulator together, so an upper bound.
void IdlePollingCpu(benchmark::State& state)
{
    auto scale = SimulatedScale::start();
    if (!scale) {
        state.SkipWithError(scale.error().message.c_str());
        return;
    }
    for (auto _ : state) {
        const double cpu0 = cpuSeconds();
        const auto t0 = std::chrono::steady_clock::now();
        auto next = t0;
        while (std::chrono::steady_clock::now() - t0 < 3s) {
            benchmark::DoNotOptimize((*scale)->readNow());
            next += 20ms;
            std::this_thread::sleep_until(next);
        }
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        state.counters["cpu_percent_of_one_core"] = (cpuSeconds() - cpu0) / wall * 100.0;
    }
}
BENCHMARK(IdlePollingCpu)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
