// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh directory per test, removed afterwards (kept when PREP_KEEP_TEST_FILES is set, for debugging).
#pragma once

#include <filesystem>
#include <string>

namespace prep::test {

class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path file(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

// Absolute path of a file in the source tree.
std::filesystem::path sourcePath(const std::string& relative);

} // namespace prep::test
