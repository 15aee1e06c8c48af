// SPDX-License-Identifier: GPL-3.0-or-later
// How long a logger import and a verdict take for realistic histories (one reading a minute), and an expiry
// computation including loading the data files. Run: build/<dir>/tests/prep-station/coldchain/coldchain_bench
#include "prep-station/coldchain/cold_chain.h"
#include "prep-station/stability/expiry.h"
#include "prep-station/time/paris_time.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>

using namespace prep::station;

namespace {

std::string loggerFile(int minutesLong)
{
    std::string out = "logger_id,LOG-BENCH\ntimestamp,temperature_C\n";
    const UtcTime start = *parseIso8601("2026-11-22T08:00:00Z");
    char buf[64];
    for (int m = 0; m <= minutesLong; ++m) {
        std::snprintf(buf, sizeof buf, ",%.2f\n", 5.0 + std::sin(m / 90.0));
        out += formatUtcIso(start + std::chrono::minutes(m)) + buf;
    }
    return out;
}

void parseLogger(benchmark::State& state)
{
    const std::string file = loggerFile(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(parseLoggerCsv(file));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(parseLogger)->Arg(24 * 60)->Arg(8 * 24 * 60);

void evaluate(benchmark::State& state)
{
    auto table = loadStabilityTable();
    auto policy = loadSitePolicy(*table);
    ExpiryRequest request;
    request.drug = "azacitidine";
    request.preparedAt = *parseIso8601("2026-11-22T09:00");
    request.storage = {"2-8C"};
    const ExpiryDecision decision = *computeExpiry(request, *table, *policy);
    const TemperatureLog log = *parseLoggerCsv(loggerFile(int(state.range(0))));
    for (auto _ : state)
        benchmark::DoNotOptimize(evaluateColdChain(log, decision, decision.storage, *policy));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(evaluate)->Arg(24 * 60)->Arg(8 * 24 * 60);

void expiryWithDataLoad(benchmark::State& state)
{
    ExpiryRequest request;
    request.drug = "azacitidine";
    request.preparedAt = *parseIso8601("2026-11-22T20:30");
    request.storage = {"2-8C"};
    for (auto _ : state)
        benchmark::DoNotOptimize(computeExpiry(request));
}
BENCHMARK(expiryWithDataLoad);

} // namespace

BENCHMARK_MAIN();
