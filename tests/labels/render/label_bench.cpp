// SPDX-License-Identifier: GPL-3.0-or-later
// Milliseconds per label, in memory (the file write is one rename): PDF, PNG at 203 and 300 dpi, ZPL.
// Run: build/<dir>/tests/labels/render/labels_bench
#include "labels/label_renderer.h"
#include "labels/label_template.h"
#include "sample_content.h"

#include <benchmark/benchmark.h>

#include <cstdlib>

using namespace prep::labels;

namespace {

const LabelTemplate& transport()
{
    static const LabelTemplate t = [] {
        auto r = loadLabelTemplate("transport-100x60");
        if (!r)
            std::abort();
        return *r;
    }();
    return t;
}

void BM_LabelPdf(benchmark::State& state)
{
    const LabelContent c = prep::test::azacitidineLabel();
    for (auto _ : state) {
        auto r = renderLabelPdfBytes(c, transport());
        if (!r)
            state.SkipWithError(r.error().message.c_str());
        benchmark::DoNotOptimize(r);
    }
    state.SetLabel("ms/label = real time");
}

void BM_LabelPng(benchmark::State& state)
{
    const LabelContent c = prep::test::azacitidineLabel();
    const int dpi = int(state.range(0));
    for (auto _ : state) {
        auto r = renderLabelPngBytes(c, transport(), dpi);
        if (!r)
            state.SkipWithError(r.error().message.c_str());
        benchmark::DoNotOptimize(r);
    }
}

void BM_LabelZpl(benchmark::State& state)
{
    const LabelContent c = prep::test::azacitidineLabel();
    for (auto _ : state) {
        auto r = renderLabelZpl(c, transport(), 203);
        benchmark::DoNotOptimize(r);
    }
}

} // namespace

BENCHMARK(BM_LabelPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LabelPng)->Arg(203)->Arg(300)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LabelZpl)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    ensureGuiApplication();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
