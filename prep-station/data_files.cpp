// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/data_files.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace prep::station {

Result<DataFile> loadDataFile(std::string_view name)
{
    if (const char* dir = std::getenv("PREP_DATA_DIR"); dir && *dir) {
        const std::filesystem::path path = std::filesystem::path(dir) / std::string(name);
        if (std::filesystem::exists(path)) {
            std::ifstream in(path, std::ios::binary);
            std::ostringstream buf;
            buf << in.rdbuf();
            if (!in.good() && !in.eof())
                return makeError(Error::Kind::Io, "cannot read data file " + path.string());
            return DataFile{std::string(name), path.string(), buf.str()};
        }
    }
    const std::string_view embedded = embeddedFile(name);
    if (embedded.empty())
        return makeError(Error::Kind::Data, "no data file named " + std::string(name));
    return DataFile{std::string(name), "embedded:" + std::string(name), std::string(embedded)};
}

} // namespace prep::station
