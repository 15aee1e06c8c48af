// SPDX-License-Identifier: GPL-3.0-or-later
// decodeContained: the decoders run in a forked child that writes its reads to a pipe. The child shares the
// frame with the parent without a copy (fork), and only ever calls _exit, so no destructor of the parent's objects
// runs twice.
#include "devices/barcode/barcode_reader.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>

namespace prep::devices {

namespace {

void putString(std::string& out, const std::string& s)
{
    const auto n = uint32_t(s.size());
    out.append(reinterpret_cast<const char*>(&n), sizeof n);
    out += s;
}

void putFloat(std::string& out, float f)
{
    out.append(reinterpret_cast<const char*>(&f), sizeof f);
}

std::string serialise(const std::vector<Barcode>& codes)
{
    std::string out;
    for (const auto& c : codes) {
        for (const std::string* s : {&c.format, &c.text, &c.hri, &c.symbology, &c.step})
            putString(out, *s);
        out += char(c.gs1);
        out += char(c.corners.size());
        for (const auto& p : c.corners) {
            putFloat(out, p.x);
            putFloat(out, p.y);
        }
    }
    return out;
}

class Reader
{
public:
    explicit Reader(const std::string& bytes)
        : m_bytes(bytes)
    {}
    bool atEnd() const { return m_pos == m_bytes.size(); }
    bool string(std::string& s)
    {
        uint32_t n = 0;
        if (!raw(&n, sizeof n) || m_bytes.size() - m_pos < n)
            return false;
        s = m_bytes.substr(m_pos, n);
        m_pos += n;
        return true;
    }
    bool raw(void* p, size_t n)
    {
        if (m_bytes.size() - m_pos < n)
            return false;
        std::memcpy(p, m_bytes.data() + m_pos, n);
        m_pos += n;
        return true;
    }

private:
    const std::string& m_bytes;
    size_t m_pos = 0;
};

bool deserialise(const std::string& bytes, std::vector<Barcode>& codes)
{
    Reader in(bytes);
    while (!in.atEnd()) {
        Barcode c;
        for (std::string* s : {&c.format, &c.text, &c.hri, &c.symbology, &c.step})
            if (!in.string(*s))
                return false;
        char gs1 = 0, corners = 0;
        if (!in.raw(&gs1, 1) || !in.raw(&corners, 1))
            return false;
        c.gs1 = gs1 != 0;
        for (int i = 0; i < corners; ++i) {
            cv::Point2f p;
            if (!in.raw(&p.x, sizeof p.x) || !in.raw(&p.y, sizeof p.y))
                return false;
            c.corners.push_back(p);
        }
        codes.push_back(std::move(c));
    }
    return true;
}

void writeAll(int fd, const std::string& bytes)
{
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            _exit(3);
        done += size_t(n);
    }
}

DeviceError decoderError(const std::string& what)
{
    return makeDeviceError(DeviceError::Kind::Protocol, "barcode decoder " + what + "; the image was not read");
}

} // namespace

Result<std::vector<Barcode>> decodeContained(const std::function<std::vector<Barcode>()>& decode, int limitMs)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return makeDeviceError(DeviceError::Kind::Io, std::string("barcode decoder: pipe: ") + std::strerror(errno));
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return makeDeviceError(DeviceError::Kind::Io, std::string("barcode decoder: fork: ") + std::strerror(errno));
    }
    if (child == 0) {
        ::close(fds[0]);
        // Nothing may leave the child but through _exit: an exception would run the parent's code in it.
        try {
            writeAll(fds[1], serialise(decode()));
        } catch (...) {
            _exit(4);
        }
        _exit(0);
    }
    ::close(fds[1]);
    std::string bytes;
    bool timedOut = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(limitMs);
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0) {
            timedOut = true;
            ::kill(child, SIGKILL);
            break;
        }
        pollfd p{fds[0], POLLIN, 0};
        const int ready = ::poll(&p, 1, int(std::min<long long>(left, 1000)));
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        char buf[4096];
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        bytes.append(buf, size_t(n));
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (timedOut)
        return decoderError("ran past " + std::to_string(limitMs) + " ms and was stopped");
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        const char* name = sigabbrev_np(sig);
        return decoderError(std::string("crashed (signal ") + std::to_string(sig) +
                            (name ? std::string(" SIG") + name : "") +
                            (sig == SIGABRT ? ", an assertion inside the decoder" : "") + ")");
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return decoderError("failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")");
    std::vector<Barcode> codes;
    if (!deserialise(bytes, codes))
        return decoderError("returned a truncated answer");
    return codes;
}

Result<std::vector<Barcode>> readContained(const BarcodeReader& reader, const cv::Mat& image, int limitMs)
{
    return decodeContained([&] { return reader.read(image); }, limitMs);
}

} // namespace prep::devices
