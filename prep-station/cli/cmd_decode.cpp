// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl decode IMAGE... [--live]: one line per image, FILE<TAB>FORMAT<TAB>TEXT (GS1 content as HRI) or
// FILE<TAB>NONE. Images are decoded in the decoder process (ContainedBarcodeReader): a decoder's abort on one image
// names that image and the others are still read. --live reads as the camera's live preview does (fast path only).
#include "devices/barcode/contained_barcode_reader.h"
#include "prep-station/cli/command.h"

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <ostream>

namespace prep::cli {

namespace {

// Keeps one line per image whatever the code holds: control characters are shown escaped.
std::string oneLine(const std::string& text)
{
    std::string out;
    for (unsigned char c : text) {
        if (c < 0x20 || c == 0x7f) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += char(c);
        }
    }
    return out;
}

int runDecode(Args& args)
{
    if (auto unknown = args.unknownOptions({"live"}); !unknown.empty())
        return fail(args, "decode: unknown option --" + unknown.front());
    // "--live a.png" parses as an option with a value: that value is an image, in its place on the line.
    std::vector<std::string> files = args.positional();
    const auto liveValue = args.option("live");
    if (liveValue && !liveValue->empty())
        files.insert(files.begin() + std::ptrdiff_t(args.positionalBefore("live")), *liveValue);
    if (files.empty())
        return fail(args, "usage: prepctl decode IMAGE... [--live] [--json]", 2);
    devices::BarcodeReaderOptions options;
    options.allFormats = true; // any image, any code: the station's camera path keeps the pharmacy's formats
    if (args.flag("live") || liveValue)
        options.mode = devices::ReadMode::LivePreview;
    else
        options.libdmtxBudgetMs = 5000; // a file on disk, no technician waiting: give the second decoder time
    const devices::ContainedBarcodeReader reader(options);
    nlohmann::json results = nlohmann::json::array();
    int unreadable = 0;
    std::string firstError;
    for (const auto& file : files) {
        std::error_code ec;
        const cv::Mat image =
            std::filesystem::is_regular_file(file, ec) ? cv::imread(file, cv::IMREAD_COLOR) : cv::Mat();
        if (image.empty()) {
            ++unreadable;
            if (firstError.empty())
                firstError = "decode: cannot read image " + file;
            results.push_back({{"file", file}, {"error", "cannot read image"}});
            continue;
        }
        const auto contained = reader.read(image);
        if (!contained) {
            ++unreadable;
            if (firstError.empty())
                firstError = "decode: " + file + ": " + contained.error().message;
            results.push_back({{"file", file}, {"error", contained.error().message}});
            if (!args.json())
                args.out << file << "\tERROR\t" << oneLine(contained.error().message) << '\n';
            continue;
        }
        const auto& codes = *contained;
        if (args.json()) {
            nlohmann::json j{{"file", file}};
            nlohmann::json list = nlohmann::json::array();
            for (const auto& c : codes) {
                nlohmann::json cj{{"format", c.format},
                                  {"text", devices::shownText(c)},
                                  {"gs1", c.gs1},
                                  {"raw", c.text},
                                  {"symbology", c.symbology}};
                list.push_back(std::move(cj));
            }
            if (!codes.empty()) {
                j["format"] = list[0]["format"];
                j["text"] = list[0]["text"];
            } else {
                j["format"] = "NONE";
            }
            j["codes"] = std::move(list);
            results.push_back(std::move(j));
            continue;
        }
        if (codes.empty())
            args.out << file << "\tNONE\n";
        else
            args.out << file << '\t' << codes[0].format << '\t' << oneLine(devices::shownText(codes[0])) << '\n';
    }
    if (args.json())
        // Binary content is not UTF-8: its invalid bytes become U+FFFD instead of an exception ending prepctl.
        args.out << results.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    if (unreadable)
        return fail(args, firstError + (unreadable > 1 ? " (and " + std::to_string(unreadable - 1) + " more)" : ""));
    return 0;
}

} // namespace

PREPCTL_COMMAND("decode", "read the barcodes in image files: FILE<TAB>FORMAT<TAB>TEXT or FILE<TAB>NONE", runDecode);

} // namespace prep::cli
