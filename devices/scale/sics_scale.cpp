// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/scale/sics_scale.h"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace prep::devices {

namespace {

speed_t baudConstant(int baud)
{
    switch (baud) {
    case 1200:
        return B1200;
    case 2400:
        return B2400;
    case 4800:
        return B4800;
    case 9600:
        return B9600;
    case 19200:
        return B19200;
    case 38400:
        return B38400;
    case 57600:
        return B57600;
    case 115200:
        return B115200;
    default:
        return B0;
    }
}

} // namespace

Result<std::unique_ptr<SicsScale>> SicsScale::open(SicsEndpoint endpoint, std::string uri, StabilityCriteria criteria)
{
    std::unique_ptr<SicsScale> scale(new SicsScale(std::move(endpoint), std::move(uri), criteria));
    if (auto connected = scale->connect(); !connected)
        return connected.error();
    // The serial number is part of every reading's source; a balance that does not know I4 stays "unknown".
    auto serial = scale->exchange("I4", scale->m_endpoint.timeout);
    if (serial && serial->answer.command == "I4" && serial->answer.status == 'A' && !serial->answer.text.empty())
        scale->m_serial = serial->answer.text;
    else if (!serial && serial.error().kind == DeviceError::Kind::Unreachable)
        return serial.error();
    // A balance that ignores I4 (or answers it oddly) still weighs; its readings then say serial=unknown.
    return scale;
}

SicsScale::SicsScale(SicsEndpoint endpoint, std::string uri, StabilityCriteria criteria)
    : m_endpoint(std::move(endpoint))
    , m_uri(std::move(uri))
    , m_criteria(criteria)
{}

SicsScale::~SicsScale()
{
    disconnect();
}

void SicsScale::disconnect()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_input.clear();
}

Result<Ok> SicsScale::connect()
{
    if (m_fd >= 0)
        return Ok{};
    if (m_endpoint.serial) {
        const speed_t speed = baudConstant(m_endpoint.baud);
        if (speed == B0)
            return makeDeviceError(DeviceError::Kind::Config,
                                   m_uri + ": unsupported baud rate " + std::to_string(m_endpoint.baud));
        m_fd = ::open(m_endpoint.device.c_str(), O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (m_fd < 0)
            return makeDeviceError(DeviceError::Kind::Unreachable,
                                   m_uri + ": cannot open " + m_endpoint.device + ": " + std::strerror(errno));
        termios t{};
        if (::tcgetattr(m_fd, &t) != 0) {
            disconnect();
            return makeDeviceError(DeviceError::Kind::Io, m_uri + ": " + m_endpoint.device + " is not a serial port");
        }
        // 8 data bits, no parity, 1 stop bit (the balances' default, scales.md §2); raw bytes.
        ::cfmakeraw(&t);
        t.c_cflag |= CLOCAL | CREAD;
        t.c_cflag &= ~(CSTOPB | PARENB);
        if (m_endpoint.xonXoff)
            t.c_iflag |= IXON | IXOFF;
        ::cfsetispeed(&t, speed);
        ::cfsetospeed(&t, speed);
        ::tcsetattr(m_fd, TCSANOW, &t);
        ::tcflush(m_fd, TCIOFLUSH);
        return Ok{};
    }
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (::getaddrinfo(m_endpoint.host.c_str(), std::to_string(m_endpoint.port).c_str(), &hints, &found) != 0 || !found)
        return makeDeviceError(DeviceError::Kind::Unreachable, m_uri + ": unknown host " + m_endpoint.host);
    std::string lastError = "no address";
    for (addrinfo* a = found; a; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0) {
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            m_fd = fd;
            break;
        }
        lastError = std::strerror(errno);
        ::close(fd);
    }
    ::freeaddrinfo(found);
    if (m_fd < 0)
        return makeDeviceError(DeviceError::Kind::Unreachable, m_uri + ": cannot connect: " + lastError);
    return Ok{};
}

Result<Ok> SicsScale::send(const std::string& command)
{
    if (auto connected = connect(); !connected)
        return connected.error();
    // Drop anything unsolicited (a late answer, a SIR line) so the next answer is the one to this command.
    char junk[512];
    for (pollfd pfd{m_fd, POLLIN, 0}; ::poll(&pfd, 1, 0) > 0 && (pfd.revents & POLLIN);) {
        if (::read(m_fd, junk, sizeof junk) <= 0)
            break;
    }
    m_input.clear();
    const std::string line = command + "\r\n";
    size_t off = 0;
    while (off < line.size()) {
        const ssize_t n = ::write(m_fd, line.data() + off, line.size() - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const std::string why = std::strerror(errno);
            disconnect();
            return makeDeviceError(DeviceError::Kind::Unreachable, m_uri + ": sending " + command + ": " + why);
        }
        off += static_cast<size_t>(n);
    }
    return Ok{};
}

Result<SicsParse> SicsScale::receive(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (!m_input.empty()) {
            SicsParse p = parseSicsAnswer(m_input);
            if (p.status != ParseStatus::NeedMore) {
                m_input.erase(0, p.consumed);
                if (p.status == ParseStatus::Invalid)
                    return makeDeviceError(DeviceError::Kind::Protocol,
                                           m_uri + ": unparseable answer \"" + p.line + "\": " + p.reason);
                return p;
            }
        }
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return makeDeviceError(DeviceError::Kind::Timeout,
                                   m_uri + ": no answer within " + std::to_string(timeout.count()) + " ms");
        pollfd pfd{m_fd, POLLIN, 0};
        const int ready = ::poll(&pfd, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            continue; // deadline check above
        char buf[512];
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n <= 0) {
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            disconnect();
            return makeDeviceError(DeviceError::Kind::Unreachable, m_uri + ": connection closed by the balance");
        }
        m_input.append(buf, static_cast<size_t>(n));
    }
}

Result<SicsParse> SicsScale::exchange(const std::string& command, std::chrono::milliseconds timeout)
{
    m_lastGeneralError.clear();
    if (auto sent = send(command); !sent)
        return sent.error();
    auto answer = receive(timeout);
    if (!answer)
        return answer;
    m_lastGeneralError = answer->answer.generalError() ? answer->answer.command : std::string();
    if (answer->answer.generalError())
        return makeDeviceError(DeviceError::Kind::Protocol,
                               m_uri + ": " + command + ": " + describeSicsError(answer->answer));
    return answer;
}

Result<WeightReading> SicsScale::weightFrom(const SicsParse& p)
{
    const SicsAnswer& a = p.answer;
    if (a.command != "S")
        return makeDeviceError(DeviceError::Kind::Protocol, m_uri + ": unexpected answer \"" + p.line + "\"");
    switch (a.status) {
    case '+':
        return makeDeviceError(DeviceError::Kind::Overload, m_uri + ": " + describeSicsError(a));
    case '-':
        return makeDeviceError(DeviceError::Kind::Underload, m_uri + ": " + describeSicsError(a));
    case 'I':
        return makeDeviceError(DeviceError::Kind::Unstable, m_uri + ": " + describeSicsError(a));
    case 'S':
    case 'D':
        break;
    default:
        return makeDeviceError(DeviceError::Kind::Protocol, m_uri + ": unexpected answer \"" + p.line + "\"");
    }
    if (!a.value)
        return makeDeviceError(DeviceError::Kind::Protocol, m_uri + ": weight answer without a value");
    const auto grams = sicsGrams(*a.value, a.unit);
    if (!grams)
        return makeDeviceError(DeviceError::Kind::Protocol,
                               m_uri + ": unit \"" + a.unit + "\" is not a mass unit the station weighs in");
    // Readability from the digits the balance shows: "12.345" -> 0.001 (in the answer's unit).
    const auto dot = a.valueText.find('.');
    const int decimals = dot == std::string::npos ? 0 : static_cast<int>(a.valueText.size() - dot - 1);
    double readability = *sicsGrams(1.0, a.unit);
    for (int i = 0; i < decimals; ++i)
        readability /= 10.0;
    WeightReading r;
    r.grams = *grams;
    r.stable = a.status == 'S';
    r.readabilityG = readability;
    r.source = m_uri + " serial=" + m_serial;
    r.raw = p.line;
    return r;
}

Result<WeightReading> SicsScale::readNow()
{
    if (!m_onlyStableCommand) {
        auto answer = exchange("SI", m_endpoint.timeout);
        if (answer)
            return weightFrom(*answer);
        // MT-SICS level 0 balances may lack SI: answered "ES", fall back to S (stable weights only) for good.
        if (m_lastGeneralError != "ES")
            return answer.error();
        m_onlyStableCommand = true;
    }
    return readBalanceStable();
}

Result<WeightReading> SicsScale::readBalanceStable()
{
    auto answer = exchange("S", m_endpoint.stableTimeout);
    if (!answer)
        return answer.error();
    return weightFrom(*answer);
}

Result<WeightReading> SicsScale::readStable(std::chrono::milliseconds timeout)
{
    return readStableByPolling(*this, m_criteria, timeout);
}

namespace {

Result<Ok> acknowledged(const std::string& uri, const Result<SicsParse>& answer, const std::string& command)
{
    if (!answer)
        return answer.error();
    const SicsAnswer& a = answer->answer;
    if (a.command == command && (a.status == 'A' || a.status == 'S'))
        return Ok{};
    const auto kind = a.status == '+'   ? DeviceError::Kind::Overload
                      : a.status == '-' ? DeviceError::Kind::Underload
                      : a.status == 'I' ? DeviceError::Kind::Unstable
                                        : DeviceError::Kind::Protocol;
    return makeDeviceError(kind, uri + ": " + command + ": " + describeSicsError(a));
}

} // namespace

Result<Ok> SicsScale::tare()
{
    return acknowledged(m_uri, exchange("T", m_endpoint.stableTimeout), "T");
}

Result<Ok> SicsScale::zero()
{
    return acknowledged(m_uri, exchange("Z", m_endpoint.stableTimeout), "Z");
}

Result<Ok> SicsScale::clearTare()
{
    return acknowledged(m_uri, exchange("TAC", m_endpoint.timeout), "TAC");
}

Result<double> SicsScale::tareValue()
{
    auto answer = exchange("TA", m_endpoint.timeout);
    if (!answer)
        return answer.error();
    const SicsAnswer& a = answer->answer;
    if (a.command != "TA" || a.status != 'A' || !a.value)
        return makeDeviceError(DeviceError::Kind::Protocol, m_uri + ": TA: unexpected answer \"" + answer->line + "\"");
    auto grams = sicsGrams(*a.value, a.unit);
    if (!grams)
        return makeDeviceError(DeviceError::Kind::Protocol, m_uri + ": TA: unit \"" + a.unit + "\" is not a mass unit");
    return *grams;
}

Result<Ok> SicsScale::reset()
{
    auto answer = exchange("@", m_endpoint.timeout);
    if (!answer)
        return answer.error();
    if (answer->answer.command != "I4" || answer->answer.status != 'A')
        return makeDeviceError(DeviceError::Kind::Protocol, m_uri + ": @: unexpected answer \"" + answer->line + "\"");
    return Ok{};
}

Result<std::string> SicsScale::balanceData()
{
    auto answer = exchange("I2", m_endpoint.timeout);
    if (!answer)
        return answer.error();
    if (answer->answer.command != "I2" || answer->answer.status != 'A')
        return makeDeviceError(DeviceError::Kind::Protocol, m_uri + ": I2: " + describeSicsError(answer->answer));
    return answer->answer.text;
}

Result<int> SicsScale::streamReadings(int count)
{
    if (auto sent = send("SIR"); !sent)
        return sent.error();
    int got = 0;
    while (got < count) {
        auto answer = receive(m_endpoint.timeout);
        if (!answer)
            return answer.error();
        if (auto reading = weightFrom(*answer); !reading && reading.error().kind != DeviceError::Kind::Unstable)
            return reading.error();
        ++got;
    }
    if (auto sent = send("@"); !sent)
        return sent.error();
    (void)receive(m_endpoint.timeout); // the reset's I4 answer
    return got;
}

} // namespace prep::devices
