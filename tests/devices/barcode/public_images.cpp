// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/devices/barcode/public_images.h"

#include "tests/support/temp_dir.h"

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace prep::test {

std::vector<PublicImage> publicDataMatrixImages()
{
    namespace fs = std::filesystem;
    const fs::path root = sourcePath("tests/data/barcode/zxing-cpp");
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
        const auto ext = e.path().extension();
        if (e.is_regular_file() && (ext == ".png" || ext == ".jpg" || ext == ".webp"))
            files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<PublicImage> out;
    for (const auto& f : files) {
        PublicImage p;
        p.name = fs::relative(f, root).string();
        for (const char* ext : {".txt", ".bin"}) {
            fs::path expected = f;
            expected.replace_extension(ext);
            std::ifstream in(expected, std::ios::binary);
            if (in) {
                p.expected.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
                p.expectedIsText = std::string(ext) == ".txt";
                break;
            }
        }
        p.image = cv::imread(f.string(), cv::IMREAD_COLOR);
        if (!p.expected.empty() && !p.image.empty())
            out.push_back(std::move(p));
    }
    return out;
}

bool isExpectedRead(const PublicImage& image, const std::string& bytes, const std::string& text, const std::string& hri)
{
    auto content = [](std::string s) {
        while (!s.empty() && s.front() == '\x1d')
            s.erase(s.begin());
        return s;
    };
    const std::string expected = content(image.expected);
    if (!hri.empty() && hri == expected)
        return true;
    return content(image.expectedIsText ? text : bytes) == expected;
}

} // namespace prep::test
