// SPDX-License-Identifier: GPL-3.0-or-later
// Barcode reading speed and decode rate per photo class, one 1280x960 frame per iteration, on one core.
// Run: build/release/tests/devices/barcode/bench_barcode [--benchmark_filter=...]   (PREP_BENCH_PHOTOS=N per class)
// barcode/<class> is the reader; zxing_whole_frame/<class> the baseline (ZXing alone on the whole frame);
// barcode/held_out the reader as prepctl decode runs it (any format) on the held-out set (held_out_images.h),
// where `decoded` counts images with every code read.
// Counters: median_ms, p95_ms (per frame), decoded (fraction), misreads (count, must be 0).
#include "devices/barcode/barcode_reader.h"
#include "tests/devices/barcode/held_out_images.h"
#include "tests/devices/barcode/vial_corpus.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <opencv2/core/utility.hpp>

using namespace prep;

namespace {

int photosPerClass()
{
    const char* env = std::getenv("PREP_BENCH_PHOTOS");
    return env ? std::max(1, std::atoi(env)) : 50;
}

void benchClass(benchmark::State& state, const std::string& name, bool pipeline)
{
    cv::setNumThreads(1); // one core, as the goal states
    struct Frame
    {
        cv::Mat image;
        std::string hri;
    };
    std::vector<Frame> frames;
    for (const auto& p : test::corpusPhotos(name, photosPerClass()))
        frames.push_back({*devices::renderVialPhoto(p.elementString, p.options), p.hri});
    // The baseline is ZXing alone on the whole frame, as the issue measured it.
    devices::BarcodeReaderOptions options;
    options.locateCandidates = pipeline;
    options.retryVariations = pipeline;
    const devices::BarcodeReader reader(options);
    std::vector<double> ms;
    int decoded = 0, misreads = 0;
    size_t i = 0;
    for (auto _ : state) {
        const Frame& f = frames[i % frames.size()];
        const auto t0 = std::chrono::steady_clock::now();
        auto codes = reader.read(f.image);
        const auto t1 = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(codes);
        if (i < frames.size()) { // rates over each photo once
            bool hit = false;
            for (const auto& c : codes) {
                if (c.hri == f.hri)
                    hit = true;
                else
                    ++misreads;
            }
            decoded += hit;
        }
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        ++i;
    }
    std::sort(ms.begin(), ms.end());
    const size_t counted = std::min(i, frames.size());
    state.counters["median_ms"] = ms.empty() ? 0 : ms[ms.size() / 2];
    state.counters["p95_ms"] = ms.empty() ? 0 : ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    state.counters["decoded"] = counted ? double(decoded) / double(counted) : 0;
    state.counters["misreads"] = misreads;
    state.counters["photos"] = double(counted);
}

void benchHeldOut(benchmark::State& state)
{
    cv::setNumThreads(1);
    const auto images = test::heldOutImages();
    devices::BarcodeReaderOptions options;
    options.allFormats = true; // as prepctl decode reads
    const devices::BarcodeReader reader(options);
    std::vector<double> ms;
    int complete = 0, misreads = 0;
    size_t i = 0;
    for (auto _ : state) {
        const auto& image = images[i % images.size()];
        const auto t0 = std::chrono::steady_clock::now();
        auto codes = reader.read(image.image);
        const auto t1 = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(codes);
        if (i < images.size()) {
            int read = 0;
            for (const auto& c : codes) {
                bool expected = false;
                for (const auto& e : image.codes)
                    expected = expected || (c.format == e.format && (c.gs1 ? c.hri : c.text) == e.text);
                read += expected;
                misreads += !expected;
            }
            complete += read == int(image.codes.size());
        }
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        ++i;
    }
    std::sort(ms.begin(), ms.end());
    const size_t counted = std::min(i, images.size());
    state.counters["median_ms"] = ms.empty() ? 0 : ms[ms.size() / 2];
    state.counters["p95_ms"] = ms.empty() ? 0 : ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    state.counters["decoded"] = counted ? double(complete) / double(counted) : 0;
    state.counters["misreads"] = misreads;
    state.counters["photos"] = double(counted);
}

const bool kRegistered = [] {
    for (const auto& c : test::corpusClasses())
        for (bool pipeline : {true, false})
            benchmark::RegisterBenchmark(((pipeline ? "barcode/" : "zxing_whole_frame/") + c.name).c_str(), benchClass,
                                         c.name, pipeline)
                ->Iterations(photosPerClass())
                ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("barcode/held_out", benchHeldOut)
        ->Iterations(int(test::heldOutImages().size()))
        ->Unit(benchmark::kMillisecond);
    return true;
}();

} // namespace

BENCHMARK_MAIN();
