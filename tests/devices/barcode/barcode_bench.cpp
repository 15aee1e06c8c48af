// SPDX-License-Identifier: GPL-3.0-or-later
// Barcode reading speed and decode rate per photo class, one 1280x960 frame per iteration, on one core.
// Run: build/release/tests/devices/barcode/bench_barcode [--benchmark_filter=...]   (PREP_BENCH_PHOTOS=N per class)
// barcode/<class> is the reader; zxing_whole_frame/<class> the baseline (ZXing alone on the whole frame);
// barcode/held_out the reader as prepctl decode runs it (any format) on the held-out set (held_out_images.h),
// where `decoded` counts images with every code read; barcode/no_code the reader on vial photos whose code was
// painted over (the cost of a frame with nothing to read; any read is counted as a misread).
// Counters: median_ms, p95_ms (wall clock per frame), median_cpu_ms, p95_cpu_ms (this thread's CPU time per
// frame: the figure that holds on a machine shared with other work), decoded (fraction), misreads (count, must be 0).
#include "devices/barcode/barcode_reader.h"
#include "devices/barcode/dmtx_reader.h"
#include "devices/gs1/gs1.h"
#include "tests/devices/barcode/held_out_images.h"
#include "tests/devices/barcode/pack_corpus.h"
#include "tests/devices/barcode/plain_decoders.h"
#include "tests/devices/barcode/public_images.h"
#include "tests/devices/barcode/vial_corpus.h"

#include <benchmark/benchmark.h>
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace prep;

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Median and 95th percentile of `ms` into the counters median<suffix> and p95<suffix>.
void percentiles(benchmark::State& state, std::vector<double> ms, const std::string& suffix)
{
    std::sort(ms.begin(), ms.end());
    state.counters["median" + suffix] = ms.empty() ? 0 : ms[ms.size() / 2];
    state.counters["p95" + suffix] = ms.empty() ? 0 : ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
}

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
    std::vector<double> ms, cpuMs;
    int decoded = 0, misreads = 0;
    size_t i = 0;
    for (auto _ : state) {
        const Frame& f = frames[i % frames.size()];
        const double c0 = threadCpuMs();
        const auto t0 = std::chrono::steady_clock::now();
        auto codes = reader.read(f.image);
        const auto t1 = std::chrono::steady_clock::now();
        cpuMs.push_back(threadCpuMs() - c0);
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
    const size_t counted = std::min(i, frames.size());
    percentiles(state, ms, "_ms");
    percentiles(state, cpuMs, "_cpu_ms");
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
    std::vector<double> ms, cpuMs;
    int complete = 0, misreads = 0;
    size_t i = 0;
    for (auto _ : state) {
        const auto& image = images[i % images.size()];
        const double c0 = threadCpuMs();
        const auto t0 = std::chrono::steady_clock::now();
        auto codes = reader.read(image.image);
        const auto t1 = std::chrono::steady_clock::now();
        cpuMs.push_back(threadCpuMs() - c0);
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
    const size_t counted = std::min(i, images.size());
    percentiles(state, ms, "_ms");
    percentiles(state, cpuMs, "_cpu_ms");
    state.counters["decoded"] = counted ? double(complete) / double(counted) : 0;
    state.counters["misreads"] = misreads;
    state.counters["photos"] = double(counted);
}

void benchNoCode(benchmark::State& state, devices::ReadMode mode)
{
    cv::setNumThreads(1);
    std::vector<cv::Mat> frames;
    for (const char* name : {"plain", "glare", "noise"})
        for (const auto& p : test::corpusPhotos(name, std::max(1, photosPerClass() / 3))) {
            cv::Mat image = *devices::renderVialPhoto(p.elementString, p.options);
            const cv::Point centre(int(p.options.centreX * image.cols), int(p.options.centreY * image.rows));
            const int half = int(p.options.modulePixels * 16);
            cv::rectangle(image, cv::Rect(centre.x - half, centre.y - half, 2 * half, 2 * half),
                          cv::Scalar(236, 244, 248), cv::FILLED);
            frames.push_back(image);
        }
    devices::BarcodeReaderOptions options;
    options.mode = mode;
    const devices::BarcodeReader reader(options);
    std::vector<double> ms, cpuMs;
    int misreads = 0;
    size_t i = 0;
    for (auto _ : state) {
        const double c0 = threadCpuMs();
        const auto t0 = std::chrono::steady_clock::now();
        auto codes = reader.read(frames[i % frames.size()]);
        const auto t1 = std::chrono::steady_clock::now();
        cpuMs.push_back(threadCpuMs() - c0);
        benchmark::DoNotOptimize(codes);
        if (i < frames.size())
            misreads += int(codes.size());
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        ++i;
    }
    percentiles(state, ms, "_ms");
    percentiles(state, cpuMs, "_cpu_ms");
    state.counters["misreads"] = misreads;
    state.counters["photos"] = double(std::min(i, frames.size()));
}

// The decoders compared on the pack photos (pack_corpus.h): what each reports as HRI (or raw text) per frame.
enum class Decoder { Reader, LivePreview, PlainZxing, PlainLibdmtx };

// A read as the comparisons need it: bytes, text, and the GS1 HRI when the content is GS1.
struct Decoded
{
    std::string bytes, text, hri;
};

std::string gs1Hri(std::string bytes)
{
    while (!bytes.empty() && bytes.front() == devices::kGs1Separator)
        bytes.erase(bytes.begin());
    auto msg = devices::parseGs1(bytes, false);
    return msg ? msg->hri() : std::string();
}

std::vector<Decoded> decodeWith(Decoder d, const cv::Mat& bgr)
{
    std::vector<Decoded> out;
    switch (d) {
    case Decoder::Reader:
    case Decoder::LivePreview: {
        devices::BarcodeReaderOptions o;
        o.mode = d == Decoder::Reader ? devices::ReadMode::Still : devices::ReadMode::LivePreview;
        for (const auto& c : devices::BarcodeReader(o).read(bgr))
            out.push_back({c.text, c.utf8, c.gs1 ? c.hri : std::string()});
        break;
    }
    case Decoder::PlainZxing:
        for (const auto& r : test::plainZxingDataMatrix(bgr))
            out.push_back({r.bytes, r.text, gs1Hri(r.bytes)});
        break;
    case Decoder::PlainLibdmtx:
        for (const auto& r : test::plainLibdmtx(bgr))
            out.push_back({r.bytes, r.text, gs1Hri(r.bytes)});
        break;
    }
    return out;
}

// One class of pack photos in one split, through one decoder: decoded / missed / misread, ms per frame.
void benchPack(benchmark::State& state, const std::string& cls, test::PackSplit split, Decoder decoder)
{
    cv::setNumThreads(1);
    std::vector<test::PackPhoto> photos;
    for (int i = 0; i < photosPerClass(); ++i)
        photos.push_back(test::packPhoto(cls, split, i));
    // Tuning photos only may be written out to be looked at; the held-out ones never are.
    if (const char* dir = std::getenv("PREP_BENCH_DUMP_TUNING");
        dir && split == test::PackSplit::Tuning && decoder == Decoder::Reader)
        for (const auto& p : photos)
            cv::imwrite(std::string(dir) + "/" + p.name + ".png", p.image);
    std::vector<double> ms, cpuMs;
    int decoded = 0, misreads = 0;
    std::string missed;
    size_t i = 0;
    for (auto _ : state) {
        const auto& p = photos[i % photos.size()];
        const double c0 = threadCpuMs();
        const auto t0 = std::chrono::steady_clock::now();
        const auto texts = decodeWith(decoder, p.image);
        const auto t1 = std::chrono::steady_clock::now();
        cpuMs.push_back(threadCpuMs() - c0);
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        if (i < photos.size()) {
            bool hit = false;
            for (const auto& t : texts) {
                hit = hit || t.hri == p.hri;
                misreads += t.hri != p.hri;
            }
            decoded += hit;
            if (!hit && split == test::PackSplit::Tuning)
                missed += " " + p.name;
        }
        ++i;
    }
    const size_t counted = std::min(i, photos.size());
    percentiles(state, ms, "_ms");
    percentiles(state, cpuMs, "_cpu_ms");
    state.counters["decoded"] = double(decoded);
    state.counters["missed"] = double(counted) - decoded;
    state.counters["misreads"] = misreads;
    state.counters["photos"] = double(counted);
    state.SetLabel(missed.empty() ? "" : "missed:" + missed); // tuning split only
}

// The public DataMatrix images (public_images.h) through one decoder: an image counts as decoded when one read
// is its expected content (text, bytes or GS1 HRI: isExpectedRead), as misread when a read is something else (dm-2x2-*
// images hold four symbols: their other reads are not counted).
void benchPublic(benchmark::State& state, Decoder decoder)
{
    cv::setNumThreads(1);
    const auto images = test::publicDataMatrixImages();
    std::vector<double> ms, cpuMs;
    int decoded = 0, misreads = 0;
    std::string missed;
    size_t i = 0;
    for (auto _ : state) {
        const auto& image = images[i % images.size()];
        const double c0 = threadCpuMs();
        const auto t0 = std::chrono::steady_clock::now();
        const auto texts = decodeWith(decoder, image.image);
        const auto t1 = std::chrono::steady_clock::now();
        cpuMs.push_back(threadCpuMs() - c0);
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        if (i < images.size()) {
            bool hit = false;
            for (const auto& t : texts) {
                const bool right = test::isExpectedRead(image, t.bytes, t.text, t.hri);
                hit = hit || right;
                misreads += !right && image.name.find("2x2") == std::string::npos;
            }
            decoded += hit;
            if (!hit)
                missed += " " + image.name;
        }
        ++i;
    }
    percentiles(state, ms, "_ms");
    percentiles(state, cpuMs, "_cpu_ms");
    state.counters["decoded"] = double(decoded);
    state.counters["misreads"] = misreads;
    state.counters["photos"] = double(std::min(i, images.size()));
    state.SetLabel(missed.empty() ? "" : "missed:" + missed);
}

const bool kRegistered = [] {
    for (const auto& c : test::corpusClasses())
        for (bool pipeline : {true, false})
            benchmark::RegisterBenchmark(((pipeline ? "barcode/" : "zxing_whole_frame/") + c.name).c_str(), benchClass,
                                         c.name, pipeline)
                ->Iterations(photosPerClass())
                ->Unit(benchmark::kMillisecond);
    for (auto [mode, name] : {std::pair{devices::ReadMode::Still, "barcode/no_code"},
                              {devices::ReadMode::LivePreview, "barcode/no_code/live"}})
        benchmark::RegisterBenchmark(name, benchNoCode, mode)
            ->Iterations(3 * std::max(1, photosPerClass() / 3))
            ->Unit(benchmark::kMillisecond);
    for (auto [split, splitName] :
         {std::pair{test::PackSplit::Tuning, "tuning"}, {test::PackSplit::HeldOut, "heldout"}})
        for (const auto& cls : test::packClasses())
            for (auto [decoder, decoderName] : {std::pair{Decoder::Reader, "reader"},
                                                {Decoder::LivePreview, "live"},
                                                {Decoder::PlainZxing, "zxing"},
                                                {Decoder::PlainLibdmtx, "libdmtx"}})
                benchmark::RegisterBenchmark((std::string("pack/") + splitName + "/" + cls + "/" + decoderName).c_str(),
                                             benchPack, cls, split, decoder)
                    ->Iterations(photosPerClass())
                    ->Unit(benchmark::kMillisecond);
    for (auto [decoder, decoderName] : {std::pair{Decoder::Reader, "reader"},
                                        {Decoder::LivePreview, "live"},
                                        {Decoder::PlainZxing, "zxing"},
                                        {Decoder::PlainLibdmtx, "libdmtx"}})
        benchmark::RegisterBenchmark((std::string("public/") + decoderName).c_str(), benchPublic, decoder)
            ->Iterations(int(test::publicDataMatrixImages().size()))
            ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("barcode/held_out", benchHeldOut)
        ->Iterations(int(test::heldOutImages().size()))
        ->Unit(benchmark::kMillisecond);
    return true;
}();

} // namespace

BENCHMARK_MAIN();
