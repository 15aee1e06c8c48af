// SPDX-License-Identifier: GPL-3.0-or-later
// In-process cost of the GS1 parser: reading the embedded dictionary (done once per process, on first use) and
// parsing a pack's code. The per-process cost of `prepctl gs1 parse` is measured by
// tests/prep-station/gs1cli/prepctl_gs1_bench.sh (BENCHMARKS.md, "prepctl gs1 parse").
#include "devices/embedded.h"
#include "devices/gs1/gs1.h"
#include "devices/gs1/gs1_dictionary.h"

#include <benchmark/benchmark.h>

namespace {

using namespace prep::devices;

void BM_DictionaryLoad(benchmark::State& state)
{
    const auto text = embeddedFile("gs1-syntax-dictionary.txt");
    for (auto _ : state) {
        auto dict = Gs1Dictionary::parse(text);
        benchmark::DoNotOptimize(dict);
    }
}
BENCHMARK(BM_DictionaryLoad)->Unit(benchmark::kMicrosecond);

void BM_ParsePackElementString(benchmark::State& state)
{
    const std::string code = "]d201034009300000071726053110AB1234\x1d"
                             "21K7Z9Q2X4M1";
    for (auto _ : state)
        benchmark::DoNotOptimize(parseGs1(code));
}
BENCHMARK(BM_ParsePackElementString)->Unit(benchmark::kMicrosecond);

void BM_ParseCouponHri(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(parseGs1("(8110)0123456123456111101239000"));
}
BENCHMARK(BM_ParseCouponHri)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
