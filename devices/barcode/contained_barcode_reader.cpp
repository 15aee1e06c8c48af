// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/barcode/contained_barcode_reader.h"

#include "devices/barcode/decoder_protocol.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <thread>

extern char** environ;

namespace prep::devices {

namespace {

using Clock = std::chrono::steady_clock;
enum class Io { Done, Closed, TimedOut, Failed };

DeviceError decoderError(const std::string& what)
{
    return makeDeviceError(DeviceError::Kind::Protocol, "barcode decoder " + what + "; the image was not read");
}

int msLeft(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return int(std::clamp<long long>(left, 0, 1000));
}

Io waitFor(int fd, short events, Clock::time_point deadline)
{
    for (;;) {
        if (Clock::now() >= deadline)
            return Io::TimedOut;
        pollfd p{fd, events, 0};
        const int ready = ::poll(&p, 1, msLeft(deadline));
        if (ready < 0 && errno != EINTR)
            return Io::Failed;
        if (ready > 0)
            return Io::Done;
    }
}

Io sendAll(int fd, const char* data, size_t size, Clock::time_point deadline)
{
    size_t done = 0;
    while (done < size) {
        if (const Io w = waitFor(fd, POLLOUT, deadline); w != Io::Done)
            return w;
        const ssize_t n = ::send(fd, data + done, size - done, MSG_NOSIGNAL);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n < 0)
            return errno == EPIPE || errno == ECONNRESET ? Io::Closed : Io::Failed;
        done += size_t(n);
    }
    return Io::Done;
}

Io receiveAll(int fd, char* data, size_t size, Clock::time_point deadline)
{
    size_t done = 0;
    while (done < size) {
        if (const Io w = waitFor(fd, POLLIN, deadline); w != Io::Done)
            return w;
        const ssize_t n = ::recv(fd, data + done, size - done, 0);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n == 0 || (n < 0 && errno == ECONNRESET))
            return Io::Closed;
        if (n < 0)
            return Io::Failed;
        done += size_t(n);
    }
    return Io::Done;
}

// Blocking I/O on the decoder's side: the station is its only peer.
bool readExactly(int fd, char* data, size_t size, bool& atEof)
{
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, data + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            atEof = n == 0 && done == 0;
            return false;
        }
        done += size_t(n);
    }
    return true;
}

bool writeExactly(int fd, const char* data, size_t size)
{
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::send(fd, data + done, size - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

std::string howItEnded(int status)
{
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        const char* name = sigabbrev_np(sig);
        return std::string("crashed (signal ") + std::to_string(sig) + (name ? std::string(" SIG") + name : "") +
               (sig == SIGABRT ? ", an assertion inside the decoder" : "") + ")";
    }
    if (WIFEXITED(status))
        return "ended (exit status " + std::to_string(WEXITSTATUS(status)) + ")";
    return "ended";
}

} // namespace

DecoderCommand defaultDecoderCommand()
{
    constexpr const char* kName = "prep-barcode-decoder";
    if (const char* configured = std::getenv("PREP_BARCODE_DECODER"); configured && *configured)
        return {configured, {}};
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto beside = self.parent_path() / kName;
        if (std::filesystem::exists(beside, ec))
            return {beside.string(), {}};
    }
#ifdef PREP_BARCODE_DECODER_BUILD_PATH
    return {PREP_BARCODE_DECODER_BUILD_PATH, {}};
#else
    return {kName, {}};
#endif
}

struct ContainedBarcodeReader::Process
{
    pid_t pid = -1;
    int fd = -1;

    // How the process ended: waits a little for one that is going, then stops it.
    std::string stop(bool kill)
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
        if (pid <= 0)
            return "ended";
        int status = 0;
        pid_t r = 0;
        for (int i = 0; !kill && i < 200 && (r = ::waitpid(pid, &status, WNOHANG)) == 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        if (kill || r == 0) {
            ::kill(pid, SIGKILL);
            while ((r = ::waitpid(pid, &status, 0)) < 0 && errno == EINTR) {
            }
        }
        pid = -1;
        return r > 0 ? howItEnded(status) : "ended";
    }
    ~Process() { stop(true); }
};

ContainedBarcodeReader::ContainedBarcodeReader(BarcodeReaderOptions options, DecoderCommand command, int limitMs)
    : m_options(options)
    , m_command(std::move(command))
    , m_limitMs(limitMs)
{}

ContainedBarcodeReader::~ContainedBarcodeReader() = default;

Result<std::vector<Barcode>> ContainedBarcodeReader::read(const cv::Mat& image) const
{
    return readWith(image, m_options);
}

Result<std::vector<Barcode>> ContainedBarcodeReader::read(const cv::Mat& image, ReadMode mode) const
{
    BarcodeReaderOptions options = m_options;
    options.mode = mode;
    return readWith(image, options);
}

Result<std::vector<Barcode>> ContainedBarcodeReader::readWith(const cv::Mat& image,
                                                              const BarcodeReaderOptions& options) const
{
    if (image.empty())
        return std::vector<Barcode>{};
    const cv::Mat frame = image.isContinuous() ? image : image.clone();
    const decoder::RequestHead head = decoder::headFor(frame, options);
    const auto bytes = decoder::frameBytes(head);
    if (!bytes)
        return makeDeviceError(DeviceError::Kind::Refused, "barcode decoder: a " + std::to_string(frame.cols) + "x" +
                                                               std::to_string(frame.rows) +
                                                               " frame of this pixel type cannot be read");

    std::lock_guard lock(m_mutex);
    if (!m_process) {
        int sv[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
            return makeDeviceError(DeviceError::Kind::Io,
                                   std::string("barcode decoder: socketpair: ") + std::strerror(errno));
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, sv[1], STDIN_FILENO);
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        sigset_t none;
        sigemptyset(&none);
        posix_spawnattr_setsigmask(&attributes, &none);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
        std::vector<char*> argv{const_cast<char*>(m_command.program.c_str())};
        for (const auto& a : m_command.arguments)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        pid_t pid = -1;
        const int spawned = ::posix_spawn(&pid, m_command.program.c_str(), &actions, &attributes, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        ::close(sv[1]);
        if (spawned != 0) {
            ::close(sv[0]);
            return makeDeviceError(DeviceError::Kind::Config, "barcode decoder " + m_command.program +
                                                                  " cannot be started: " + std::strerror(spawned));
        }
        ::fcntl(sv[0], F_SETFL, ::fcntl(sv[0], F_GETFL) | O_NONBLOCK);
        m_process = std::make_unique<Process>();
        m_process->pid = pid;
        m_process->fd = sv[0];
    }

    const auto deadline = Clock::now() + std::chrono::milliseconds(m_limitMs);
    const int fd = m_process->fd;
    Io io = sendAll(fd, reinterpret_cast<const char*>(&head), sizeof head, deadline);
    if (io == Io::Done)
        io = sendAll(fd, reinterpret_cast<const char*>(frame.data), *bytes, deadline);
    uint32_t length = 0;
    if (io == Io::Done)
        io = receiveAll(fd, reinterpret_cast<char*>(&length), sizeof length, deadline);
    std::string answer;
    if (io == Io::Done) {
        answer.resize(length);
        io = receiveAll(fd, answer.data(), length, deadline);
    }
    if (io != Io::Done) {
        // The process is not reused after a failure: the next frame starts a new one.
        const bool timedOut = io == Io::TimedOut;
        const std::string ended = m_process->stop(timedOut);
        m_process.reset();
        if (timedOut)
            return decoderError("ran past " + std::to_string(m_limitMs) + " ms and was stopped");
        return decoderError(ended);
    }
    std::vector<Barcode> codes;
    if (!decoder::deserialiseCodes(answer, codes)) {
        m_process.reset();
        return decoderError("returned an answer that is not a list of codes");
    }
    return codes;
}

int serveDecodeRequests(int fd,
                        const std::function<std::vector<Barcode>(const cv::Mat&, const BarcodeReaderOptions&)>& decode)
{
    for (;;) {
        decoder::RequestHead head;
        bool atEof = false;
        if (!readExactly(fd, reinterpret_cast<char*>(&head), sizeof head, atEof))
            return atEof ? 0 : 2;
        const auto bytes = decoder::frameBytes(head);
        if (!bytes)
            return 2;
        cv::Mat frame(head.rows, head.cols, head.type);
        if (!readExactly(fd, reinterpret_cast<char*>(frame.data), *bytes, atEof))
            return 2;
        const std::string answer = decoder::serialiseCodes(decode(frame, decoder::optionsOf(head)));
        const auto length = uint32_t(answer.size());
        if (!writeExactly(fd, reinterpret_cast<const char*>(&length), sizeof length) ||
            !writeExactly(fd, answer.data(), answer.size()))
            return 3;
    }
}

} // namespace prep::devices
