// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/file_output.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace prep::station {

Result<Ok> writeFileAtomically(const std::filesystem::path& path, std::string_view bytes)
{
    std::error_code ec;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    const auto tmp = path.string() + ".part";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
    if (fd < 0)
        return makeError(Error::Kind::Io, "cannot create " + tmp + ": " + std::strerror(errno));
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const std::string reason = std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.c_str());
            return makeError(Error::Kind::Io, "cannot write " + path.string() + ": " + reason);
        }
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(tmp.c_str());
        return makeError(Error::Kind::Io, "cannot flush " + path.string() + ": " + reason);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(tmp.c_str());
        return makeError(Error::Kind::Io, "cannot move " + tmp + " into place: " + reason);
    }
    return Ok{};
}

Result<std::string> readWholeFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(Error::Kind::Io, "cannot open " + path.string());
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad())
        return makeError(Error::Kind::Io, "cannot read " + path.string());
    return buf.str();
}

} // namespace prep::station
