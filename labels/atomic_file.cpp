// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace prep::labels {

namespace {

LabelError ioError(const std::string& what, const std::string& path, int err)
{
    return makeLabelError(LabelError::Kind::Io, what + " " + path + ": " + std::strerror(err));
}

} // namespace

Result<Ok> writeFileAtomically(const std::string& path, std::string_view bytes, std::size_t failAfterBytes)
{
    if (path.empty())
        return makeLabelError(LabelError::Kind::Io, "no output path given");
    std::string tmpl = path + ".tmp-XXXXXX";
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        return ioError("cannot create a temporary file next to", path, errno);
    const std::string tmp(name.data());
    auto abandon = [&](const std::string& what, int err) {
        ::close(fd);
        ::unlink(tmp.c_str());
        return ioError(what, path, err);
    };
    std::size_t written = 0;
    while (written < bytes.size()) {
        std::size_t chunk = bytes.size() - written;
        if (written + chunk > failAfterBytes) {
            chunk = failAfterBytes - written;
            if (chunk == 0)
                return abandon("cannot write", EIO);
        }
        const ssize_t n = ::write(fd, bytes.data() + written, chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return abandon("cannot write", errno);
        }
        written += std::size_t(n);
    }
    // mkstemp creates 0600; a label is an ordinary document.
    ::fchmod(fd, 0644);
    if (::fsync(fd) != 0)
        return abandon("cannot flush", errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return ioError("cannot close", path, err);
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return ioError("cannot replace", path, err);
    }
    return Ok{};
}

} // namespace prep::labels
