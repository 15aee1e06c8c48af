// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/devices/barcode/vial_corpus.h"

#include "devices/gs1/gs1.h"

#include <functional>
#include <random>

namespace prep::test {

const std::vector<CorpusClass>& corpusClasses()
{
    // Floors from the rates measured on the benchmark's larger samples (BENCHMARKS.md): every class but glare
    // read 100/100 photos; glare read 84/100 (the misses have 6-25 % of their dark modules saturated away), and its
    // first 10 photos, which the test runs, all read. A floor under 1.0 for glare keeps room for one loss.
    static const std::vector<CorpusClass> kClasses = {
        {"plain", 1.0}, {"rotation", 1.0}, {"perspective", 1.0}, {"curvature", 1.0}, {"blur", 1.0},
        {"noise", 1.0}, {"dim", 1.0},      {"glare", 0.9},       {"small", 1.0},
    };
    return kClasses;
}

namespace {

std::string randomAlnum(std::mt19937& rng, int minLen, int maxLen)
{
    static constexpr char kChars[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    std::uniform_int_distribution<int> len(minLen, maxLen), ch(0, int(sizeof(kChars)) - 2);
    std::string s;
    for (int i = len(rng); i > 0; --i)
        s += kChars[ch(rng)];
    return s;
}

} // namespace

std::vector<CorpusPhoto> corpusPhotos(const std::string& name, int count)
{
    std::vector<CorpusPhoto> out;
    const unsigned classSeed = unsigned(std::hash<std::string>{}(name)&0xffff);
    for (int i = 0; i < count; ++i) {
        std::mt19937 rng(classSeed * 1000 + unsigned(i));
        std::uniform_real_distribution<double> u(0.0, 1.0);
        // Fictitious French pack: GTIN-14 = "0" + CIP13 under 3400930 (reference.md §4.1, §4.5).
        std::string gtin = "03400930" + std::to_string(10000 + int(u(rng) * 89999));
        gtin += devices::gs1CheckDigit(gtin);
        auto twoDigits = [](int v) { return std::string(1, char('0' + v / 10)) + char('0' + v % 10); };
        const std::string expiry = twoDigits(26 + int(u(rng) * 4)) + twoDigits(1 + int(u(rng) * 12)) +
                                   twoDigits(u(rng) < 0.2 ? 0 : 1 + int(u(rng) * 28));
        CorpusPhoto p;
        p.elementString = "01" + gtin + "17" + expiry + "10" + randomAlnum(rng, 4, 10) + devices::kGs1Separator + "21" +
                          randomAlnum(rng, 8, 20);
        p.hri = devices::parseGs1(p.elementString)->hri();
        auto& o = p.options;
        o.seed = unsigned(rng());
        o.centreX = 0.3 + 0.4 * u(rng);
        o.centreY = 0.3 + 0.4 * u(rng);
        o.modulePixels = 5 + 2 * u(rng);
        o.rotationDegrees = -10 + 20 * u(rng);
        if (name == "rotation") {
            o.rotationDegrees = 360 * u(rng);
        } else if (name == "perspective") {
            o.tiltDegrees = (u(rng) < 0.5 ? -1 : 1) * (30 + 25 * u(rng));
            o.rotationDegrees = 360 * u(rng);
        } else if (name == "curvature") {
            o.curvature = 0.5 + 0.4 * u(rng);
        } else if (name == "blur") {
            o.blurSigma = 1.2 + 0.8 * u(rng);
        } else if (name == "noise") {
            o.noiseSigma = 14 + 12 * u(rng);
        } else if (name == "dim") {
            o.brightness = 0.18 + 0.15 * u(rng);
            o.noiseSigma = 3;
        } else if (name == "glare") {
            o.glare = 0.6 + 0.3 * u(rng);
        } else if (name == "small") {
            o.modulePixels = 2 + u(rng);
            o.blurSigma = 0.5;
        }
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace prep::test
