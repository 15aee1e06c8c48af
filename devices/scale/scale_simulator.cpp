// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/scale/scale_simulator.h"

#include "devices/scale/scale_uri.h"
#include "devices/scale/sics_protocol.h"

#include <modbus.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <vector>

namespace prep::devices {

using SteadyTime = std::chrono::steady_clock::time_point;
using std::chrono::milliseconds;

const char* scaleFaultName(ScaleFault fault)
{
    switch (fault) {
    case ScaleFault::None:
        return "none";
    case ScaleFault::Disconnect:
        return "disconnect";
    case ScaleFault::NoAnswer:
        return "no-answer";
    case ScaleFault::UnstableForever:
        return "unstable-forever";
    case ScaleFault::Overload:
        return "overload";
    case ScaleFault::Underload:
        return "underload";
    case ScaleFault::NegativeWeight:
        return "negative-weight";
    case ScaleFault::GarbageRegisters:
        return "garbage-registers";
    }
    return "?";
}

namespace {

enum class Mode { None, ModbusTcp, ModbusRtuPty, SicsTcp, SicsPty };

constexpr int kRegisterCount = 32;
constexpr milliseconds kSirPeriod{10};              // MT-SICS SIR stream: one answer every 10 ms
constexpr milliseconds kBalanceStableTimeout{1500}; // `S` answers "S I" after this without stability

// What the display shows at one instant.
struct Display
{
    double netG = 0.0;
    double tareG = 0.0;
    bool stable = false;
    bool overload = false;
    bool underload = false;
    bool garbage = false;
};

struct Client
{
    int fd = -1;
    bool ownsFd = true; // the pty master belongs to the simulator, not to a client
    std::string input;
    bool sir = false;
    SteadyTime nextSir{};
    std::optional<SteadyTime> pendingStableUntil; // an `S` waiting for stability
};

void closeFd(int& fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

bool writeAll(int fd, const std::string& s)
{
    size_t off = 0;
    while (off < s.size()) {
        const ssize_t n = ::write(fd, s.data() + off, s.size() - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        off += static_cast<size_t>(n);
    }
    return true;
}

} // namespace

struct ScaleSimulator::Impl
{
    mutable std::mutex mutex;
    // Physical state (guarded by mutex).
    double fromG = 0.0, targetG = 0.0, tareG = 0.0, zeroG = 0.0;
    SteadyTime placedAt{};
    ScaleFault fault = ScaleFault::None;
    SimulatorDynamics dynamics;
    std::string serial = "SIM-0001";
    Clock clock = [] { return std::chrono::steady_clock::now(); };
    std::mt19937 rng{20240601};

    // Server state (owned by the server thread once started).
    Mode mode = Mode::None;
    std::string uri;
    int listenFd = -1, ptyMaster = -1, ptySlave = -1;
    int wake[2] = {-1, -1};
    modbus_t* ctx = nullptr;
    modbus_mapping_t* mapping = nullptr;
    std::vector<Client> clients;
    std::thread thread;
    std::atomic<bool> running{false};
    std::atomic<long> served{0};

    ScaleFault currentFault() const
    {
        std::lock_guard lock(mutex);
        return fault;
    }

    double grossAt(SteadyTime now)
    {
        const double since = std::chrono::duration<double, std::milli>(now - placedAt).count();
        const double settle = std::max(1.0, double(dynamics.settle.count()));
        std::uniform_real_distribution<double> unit(-1.0, 1.0);
        if (since >= settle) {
            const double drift = dynamics.driftGPerMinute * (since - settle) / 60000.0;
            return targetG + drift + dynamics.stableNoiseG * unit(rng);
        }
        // First-order approach: about 99 % of the step after the settle time.
        return targetG + (fromG - targetG) * std::exp(-5.0 * since / settle) + dynamics.motionNoiseG * unit(rng);
    }

    Display display()
    {
        std::lock_guard lock(mutex);
        const SteadyTime now = clock();
        Display d;
        const double gross = grossAt(now);
        const double digit = std::pow(10.0, -dynamics.decimals);
        d.stable = now - placedAt >= dynamics.settle;
        d.netG = std::round((gross - zeroG - tareG) / digit) * digit;
        d.tareG = tareG;
        d.overload = gross - zeroG > dynamics.capacityG;
        d.underload = gross - zeroG < -0.02 * dynamics.capacityG;
        switch (fault) {
        case ScaleFault::UnstableForever: {
            // Airflow in the isolator: the reading wanders by several digits and the flag never settles.
            std::uniform_real_distribution<double> unit(-1.0, 1.0);
            d.stable = false;
            d.netG += std::round(unit(rng) * 8.0) * digit + 5 * digit;
            break;
        }
        case ScaleFault::Overload:
            d.overload = true;
            break;
        case ScaleFault::Underload:
            d.underload = true;
            break;
        case ScaleFault::NegativeWeight:
            d.netG = -(std::fabs(d.netG) + 1.0);
            d.stable = true;
            break;
        case ScaleFault::GarbageRegisters:
            d.garbage = true;
            break;
        default:
            break;
        }
        return d;
    }

    void fillRegisters(const Display& d)
    {
        uint16_t* regs = mapping->tab_registers;
        if (d.garbage) {
            // Not a weighing: words a corrupted map or a wrong unit id would return.
            static const uint16_t kJunk[] = {0xDEAD, 0xBEEF, 0xBAAD, 0xFFC0, 0x1234, 0xABCD};
            for (int i = 0; i < 6; ++i)
                regs[i] = kJunk[i];
        } else {
            int decimals = 0;
            {
                std::lock_guard lock(mutex);
                decimals = dynamics.decimals;
            }
            const double scale = std::pow(10.0, decimals);
            const auto weight = static_cast<int32_t>(std::llround(d.netG * scale));
            const auto tare = static_cast<int32_t>(std::llround(d.tareG * scale));
            regs[0] = static_cast<uint16_t>(static_cast<uint32_t>(weight) >> 16);
            regs[1] = static_cast<uint16_t>(static_cast<uint32_t>(weight) & 0xffff);
            regs[2] = static_cast<uint16_t>(decimals);
            regs[3] = static_cast<uint16_t>((d.stable ? 1 : 0) | (d.overload ? 2 : 0) | (d.underload ? 4 : 0) |
                                            (std::fabs(d.netG) < 0.25 * std::pow(10.0, -decimals) ? 8 : 0) |
                                            (d.tareG != 0.0 ? 16 : 0));
            regs[4] = static_cast<uint16_t>(static_cast<uint32_t>(tare) >> 16);
            regs[5] = static_cast<uint16_t>(static_cast<uint32_t>(tare) & 0xffff);
        }
        std::string s;
        {
            std::lock_guard lock(mutex);
            s = serial;
        }
        for (int i = 0; i < 8; ++i) {
            const auto hi = static_cast<unsigned char>(2 * i < int(s.size()) ? s[2 * i] : 0);
            const auto lo = static_cast<unsigned char>(2 * i + 1 < int(s.size()) ? s[2 * i + 1] : 0);
            regs[20 + i] = static_cast<uint16_t>((hi << 8) | lo);
        }
        // Function 4 (input registers) returns the same values as function 3.
        for (int i = 0; i < kRegisterCount; ++i)
            mapping->tab_input_registers[i] = regs[i];
    }

    // The command register (10): 1 tare, 2 zero, 3 clear tare; reset to 0 once executed.
    void runCommandRegister()
    {
        const uint16_t code = mapping->tab_registers[10];
        if (code == 0)
            return;
        mapping->tab_registers[10] = 0;
        std::lock_guard lock(mutex);
        const double gross = targetG; // an indicator tares on the settled value
        if (code == 1)
            tareG = gross - zeroG;
        else if (code == 2) {
            zeroG = gross;
            tareG = 0.0;
        } else if (code == 3)
            tareG = 0.0;
    }

    bool isStableNow() { return display().stable; }

    std::string sicsWeightAnswer(const Display& d, const char* echo)
    {
        if (d.garbage)
            return std::string(echo) + " S    1#.2x5 g\x01";
        if (d.overload)
            return std::string(echo) + " +";
        if (d.underload)
            return std::string(echo) + " -";
        int decimals;
        {
            std::lock_guard lock(mutex);
            decimals = dynamics.decimals;
        }
        return formatSicsWeight(std::string(echo) + (d.stable ? " S" : " D"), d.netG, decimals);
    }

    // One MT-SICS command line -> its answer (empty: answer later, or none).
    std::string sicsAnswer(Client& c, const std::string& line)
    {
        std::string cmd = line;
        while (!cmd.empty() && (cmd.back() == ' ' || cmd.back() == '\t'))
            cmd.pop_back();
        while (!cmd.empty() && (cmd.front() == ' ' || cmd.front() == '\t'))
            cmd.erase(cmd.begin());
        if (cmd.empty())
            return {};
        if (cmd != "SIR")
            c.sir = false; // any other command ends the SIR stream
        const Display d = display();
        int decimals;
        std::string sn;
        {
            std::lock_guard lock(mutex);
            decimals = dynamics.decimals;
            sn = serial;
        }
        if (cmd == "SI")
            return sicsWeightAnswer(d, "S");
        if (cmd == "S") {
            if (d.overload || d.underload || d.garbage || d.stable)
                return sicsWeightAnswer(d, "S");
            c.pendingStableUntil = clock() + kBalanceStableTimeout;
            return {};
        }
        if (cmd == "SIR") {
            c.sir = true;
            c.nextSir = clock();
            return {};
        }
        if (cmd == "T" || cmd == "TI") {
            if (d.overload)
                return cmd + " +";
            if (d.underload)
                return cmd + " -";
            if (cmd == "T" && !d.stable)
                return "T I";
            std::lock_guard lock(mutex);
            tareG = targetG - zeroG;
            return formatSicsWeight(cmd + (d.stable ? " S" : " D"), tareG, decimals);
        }
        if (cmd == "TA") {
            std::lock_guard lock(mutex);
            return formatSicsWeight("TA A", tareG, decimals);
        }
        if (cmd == "TAC") {
            std::lock_guard lock(mutex);
            tareG = 0.0;
            return "TAC A";
        }
        if (cmd == "Z" || cmd == "ZI") {
            if (d.overload)
                return cmd + " +";
            if (d.underload)
                return cmd + " -";
            if (cmd == "Z" && !d.stable)
                return "Z I";
            std::lock_guard lock(mutex);
            zeroG = targetG;
            tareG = 0.0;
            return cmd + " A";
        }
        if (cmd == "@") {
            c.pendingStableUntil.reset();
            std::lock_guard lock(mutex);
            tareG = 0.0;
            return "I4 A \"" + sn + "\"";
        }
        if (cmd == "I2")
            return "I2 A \"PrepStation-SIM 220.000 g\"";
        if (cmd == "I4")
            return "I4 A \"" + sn + "\"";
        return "ES";
    }

    void closeClient(Client& c)
    {
        if (c.ownsFd)
            closeFd(c.fd);
    }

    void serveSicsInput(Client& c)
    {
        char buf[512];
        const ssize_t n = ::read(c.fd, buf, sizeof buf);
        if (n <= 0) {
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                return;
            if (c.ownsFd)
                closeClient(c);
            return;
        }
        c.input.append(buf, static_cast<size_t>(n));
        for (;;) {
            auto eol = c.input.find_first_of("\r\n");
            if (eol == std::string::npos) {
                if (c.input.size() > 1024)
                    c.input.clear(); // a runaway line: drop it, as a balance would
                return;
            }
            std::string line = c.input.substr(0, eol);
            c.input.erase(0, eol + 1);
            if (line.empty())
                continue; // the LF of a CR LF pair
            ++served;
            if (currentFault() == ScaleFault::NoAnswer)
                continue;
            const std::string answer = sicsAnswer(c, line);
            if (!answer.empty() && !writeAll(c.fd, answer + "\r\n") && c.ownsFd)
                closeClient(c);
        }
    }

    void serveSicsTimers(Client& c)
    {
        const SteadyTime now = clock();
        if (c.pendingStableUntil) {
            const Display d = display();
            if (d.stable || d.overload || d.underload || d.garbage) {
                c.pendingStableUntil.reset();
                writeAll(c.fd, sicsWeightAnswer(d, "S") + "\r\n");
            } else if (now >= *c.pendingStableUntil) {
                c.pendingStableUntil.reset();
                writeAll(c.fd, "S I\r\n");
            }
        }
        if (c.sir && now >= c.nextSir && currentFault() != ScaleFault::NoAnswer) {
            c.nextSir = now + kSirPeriod;
            ++served;
            if (!writeAll(c.fd, sicsWeightAnswer(display(), "S") + "\r\n") && c.ownsFd)
                closeClient(c);
        }
    }

    void serveModbus(Client& c)
    {
        uint8_t query[MODBUS_RTU_MAX_ADU_LENGTH > MODBUS_TCP_MAX_ADU_LENGTH ? MODBUS_RTU_MAX_ADU_LENGTH
                                                                            : MODBUS_TCP_MAX_ADU_LENGTH];
        modbus_set_socket(ctx, c.fd);
        const int rc = modbus_receive(ctx, query);
        if (rc < 0) {
            if (c.ownsFd)
                closeClient(c);
            else
                modbus_flush(ctx);
            return;
        }
        if (rc == 0)
            return; // addressed to another unit
        ++served;
        if (currentFault() == ScaleFault::NoAnswer)
            return;
        fillRegisters(display());
        if (modbus_reply(ctx, query, rc, mapping) < 0 && c.ownsFd) {
            closeClient(c);
            return;
        }
        runCommandRegister();
    }

    void loop()
    {
        while (running) {
            const bool disconnect = currentFault() == ScaleFault::Disconnect;
            // The Disconnect fault drops every TCP connection and refuses new ones (a cable pulled).
            for (auto& c : clients)
                if (disconnect && c.ownsFd)
                    closeClient(c);
            std::erase_if(clients, [](const Client& c) { return c.fd < 0; });

            fd_set readable;
            FD_ZERO(&readable);
            int maxFd = wake[0];
            FD_SET(wake[0], &readable);
            if (listenFd >= 0) {
                FD_SET(listenFd, &readable);
                maxFd = std::max(maxFd, listenFd);
            }
            bool timers = false;
            for (auto& c : clients) {
                FD_SET(c.fd, &readable);
                maxFd = std::max(maxFd, c.fd);
                timers = timers || c.sir || c.pendingStableUntil;
            }
            timeval tv{0, timers ? 2000 : 100000};
            const int n = ::select(maxFd + 1, &readable, nullptr, nullptr, &tv);
            if (n < 0 && errno != EINTR)
                break;
            if (!running)
                break;
            if (n > 0 && listenFd >= 0 && FD_ISSET(listenFd, &readable)) {
                const int fd = ::accept(listenFd, nullptr, nullptr);
                if (fd >= 0) {
                    if (currentFault() == ScaleFault::Disconnect) {
                        ::close(fd);
                    } else {
                        const int one = 1;
                        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                        Client c;
                        c.fd = fd;
                        clients.push_back(c);
                    }
                }
            }
            const size_t count = clients.size();
            for (size_t i = 0; i < count; ++i) {
                Client& c = clients[i];
                if (n > 0 && c.fd >= 0 && FD_ISSET(c.fd, &readable)) {
                    if (mode == Mode::ModbusTcp || mode == Mode::ModbusRtuPty)
                        serveModbus(c);
                    else
                        serveSicsInput(c);
                }
                if (c.fd >= 0 && (mode == Mode::SicsTcp || mode == Mode::SicsPty))
                    serveSicsTimers(c);
            }
        }
    }

    Result<std::string> openTcp(const ScaleUri& u)
    {
        listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (listenFd < 0)
            return makeDeviceError(DeviceError::Kind::Io, "simulator: cannot create a socket");
        const int one = 1;
        ::setsockopt(listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<uint16_t>(u.port));
        const std::string host = u.host == "localhost" ? "127.0.0.1" : u.host;
        if (::inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1)
            return makeDeviceError(DeviceError::Kind::Config, "simulator: \"" + u.host + "\" is not an IPv4 address");
        if (::bind(listenFd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(listenFd, 8) != 0)
            return makeDeviceError(DeviceError::Kind::Io, "simulator: cannot listen on " + u.host + ":" +
                                                              std::to_string(u.port) + ": " + std::strerror(errno));
        socklen_t len = sizeof addr;
        ::getsockname(listenFd, reinterpret_cast<sockaddr*>(&addr), &len);
        const int port = ntohs(addr.sin_port);
        return host + ":" + std::to_string(port);
    }

    Result<std::string> openPty()
    {
        ptyMaster = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (ptyMaster < 0 || ::grantpt(ptyMaster) != 0 || ::unlockpt(ptyMaster) != 0)
            return makeDeviceError(DeviceError::Kind::Io, "simulator: cannot open a pseudo-terminal");
        const char* name = ::ptsname(ptyMaster);
        if (!name)
            return makeDeviceError(DeviceError::Kind::Io, "simulator: no pseudo-terminal name");
        std::string path = name;
        // Keep the slave open in raw mode: no echo of our answers back to us, and no hang-up when a client closes.
        ptySlave = ::open(path.c_str(), O_RDWR | O_NOCTTY);
        if (ptySlave < 0)
            return makeDeviceError(DeviceError::Kind::Io, "simulator: cannot open " + path);
        termios t{};
        ::tcgetattr(ptySlave, &t);
        ::cfmakeraw(&t);
        ::tcsetattr(ptySlave, TCSANOW, &t);
        Client c;
        c.fd = ptyMaster;
        c.ownsFd = false;
        clients.push_back(c);
        return path;
    }

    void release()
    {
        for (auto& c : clients)
            closeClient(c);
        clients.clear();
        closeFd(listenFd);
        closeFd(ptySlave);
        closeFd(ptyMaster);
        closeFd(wake[0]);
        closeFd(wake[1]);
        if (mapping)
            modbus_mapping_free(mapping);
        mapping = nullptr;
        if (ctx)
            modbus_free(ctx);
        ctx = nullptr;
        mode = Mode::None;
    }
};

ScaleSimulator::ScaleSimulator()
    : m_impl(std::make_unique<Impl>())
{
    // An empty pan, already settled: stable from the start, drifting (if configured) from now on.
    m_impl->placedAt = m_impl->clock() - m_impl->dynamics.settle;
}

ScaleSimulator::~ScaleSimulator()
{
    stop();
}

Result<std::string> ScaleSimulator::start(const std::string& listenUri)
{
    Impl& d = *m_impl;
    if (d.running)
        return makeDeviceError(DeviceError::Kind::Refused, "simulator already running on " + d.uri);
    auto parsed = parseScaleUri(listenUri);
    if (!parsed)
        return parsed.error();
    const ScaleUri& u = *parsed;
    if (::pipe(d.wake) != 0)
        return makeDeviceError(DeviceError::Kind::Io, "simulator: cannot create its wake-up pipe");

    Result<std::string> where = std::string();
    if (u.scheme == "modbus-tcp") {
        d.mode = Mode::ModbusTcp;
        where = d.openTcp(u);
        if (where) {
            d.ctx = modbus_new_tcp("127.0.0.1", 0);
            d.uri = "modbus-tcp://" + *where + "?unit=1";
        }
    } else if (u.scheme == "sics-tcp") {
        d.mode = Mode::SicsTcp;
        where = d.openTcp(u);
        if (where)
            d.uri = "sics-tcp://" + *where;
    } else if (u.scheme == "sics-pty") {
        d.mode = Mode::SicsPty;
        where = d.openPty();
        if (where)
            d.uri = "sics-serial://" + *where + "?baud=9600";
    } else if (u.scheme == "modbus-rtu-pty") {
        d.mode = Mode::ModbusRtuPty;
        where = d.openPty();
        if (where) {
            // The server side of RTU talks on the pty master; the device name is never opened.
            d.ctx = modbus_new_rtu(where->c_str(), 9600, 'N', 8, 1);
            if (d.ctx) {
                modbus_set_slave(d.ctx, 1);
                modbus_set_socket(d.ctx, d.ptyMaster);
            }
            d.uri = "modbus-rtu://" + *where + "?baud=9600&unit=1";
        }
    } else {
        where = makeDeviceError(DeviceError::Kind::Config,
                                "simulator: cannot listen on \"" + listenUri +
                                    "\" (expected modbus-tcp://, sics-tcp://, sics-pty:// or modbus-rtu-pty://)");
    }
    if (where && (d.mode == Mode::ModbusTcp || d.mode == Mode::ModbusRtuPty)) {
        d.mapping = d.ctx ? modbus_mapping_new(0, 0, kRegisterCount, kRegisterCount) : nullptr;
        if (!d.mapping)
            where = makeDeviceError(DeviceError::Kind::Io, "simulator: cannot create the Modbus register map");
        else
            d.fillRegisters(d.display());
    }
    if (!where) {
        d.release();
        return where.error();
    }
    d.running = true;
    d.thread = std::thread([&d] { d.loop(); });
    return d.uri;
}

void ScaleSimulator::stop()
{
    Impl& d = *m_impl;
    if (!d.running.exchange(false))
        return;
    const char byte = 0;
    [[maybe_unused]] auto n = ::write(d.wake[1], &byte, 1);
    if (d.thread.joinable())
        d.thread.join();
    d.release();
}

void ScaleSimulator::placeLoad(double grams)
{
    Impl& d = *m_impl;
    std::lock_guard lock(d.mutex);
    const auto now = d.clock();
    // Start the new movement from what the pan shows now (no noise), so loads placed in quick succession chain.
    const double since = std::chrono::duration<double, std::milli>(now - d.placedAt).count();
    const double settle = std::max(1.0, double(d.dynamics.settle.count()));
    d.fromG = since >= settle ? d.targetG : d.targetG + (d.fromG - d.targetG) * std::exp(-5.0 * since / settle);
    d.targetG = grams;
    d.placedAt = now;
}

void ScaleSimulator::setFault(ScaleFault fault)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->fault = fault;
}

ScaleFault ScaleSimulator::fault() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->fault;
}

void ScaleSimulator::setDynamics(const SimulatorDynamics& dynamics)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->dynamics = dynamics;
    m_impl->dynamics.decimals = std::clamp(dynamics.decimals, 0, 4);
}

SimulatorDynamics ScaleSimulator::dynamics() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->dynamics;
}

void ScaleSimulator::setSerialNumber(const std::string& serial)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->serial = serial.substr(0, 16);
}

void ScaleSimulator::setClock(Clock clock)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->clock = std::move(clock);
    // The current load counts as settled at the new clock's "now".
    m_impl->fromG = m_impl->targetG;
    m_impl->placedAt = m_impl->clock() - m_impl->dynamics.settle;
}

std::string ScaleSimulator::uri() const
{
    return m_impl->uri;
}

std::string ScaleSimulator::serialNumber() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->serial;
}

std::chrono::steady_clock::time_point ScaleSimulator::settledAt() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->placedAt + m_impl->dynamics.settle;
}

long ScaleSimulator::requestsServed() const
{
    return m_impl->served;
}

} // namespace prep::devices
