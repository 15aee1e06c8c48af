// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/temp_dir.h"

#include <cstdlib>
#include <random>
#include <system_error>

namespace prep::test {

TempDir::TempDir()
{
    std::random_device rd;
    const auto base = std::filesystem::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = base / ("prep-test-" + std::to_string(rd()));
        std::error_code ec;
        if (std::filesystem::create_directory(candidate, ec)) {
            m_path = candidate;
            return;
        }
    }
    std::abort(); // no temporary directory at all: nothing a test could do
}

TempDir::~TempDir()
{
    if (std::getenv("PREP_KEEP_TEST_FILES"))
        return;
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::filesystem::path sourcePath(const std::string& relative)
{
    return std::filesystem::path(PREP_SOURCE_DIR) / relative;
}

} // namespace prep::test
