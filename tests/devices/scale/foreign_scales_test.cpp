// SPDX-License-Identifier: GPL-3.0-or-later
// The drivers against scales the simulator did not shape: small hand-written MT-SICS balances (busy first, SI
// missing, I4 missing, odd spacing) and a bare libmodbus server of the default map without serial registers that
// stays unstable for a while. They check that the drivers follow the protocols, not our simulator's habits.
#include "devices/scale/scale.h"

#include <gtest/gtest.h>
#include <modbus/modbus.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <functional>
#include <thread>

using namespace prep::devices;
using namespace std::chrono_literals;

namespace {

// A one-connection line server on loopback: `answer` maps each command line to the reply ("" = no reply).
class LineServer
{
public:
    explicit LineServer(std::function<std::string(const std::string&)> answer)
        : m_answer(std::move(answer))
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        ::listen(m_listen, 1);
        socklen_t len = sizeof addr;
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~LineServer()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listen);
    }
    int port() const { return m_port; }

private:
    void run()
    {
        int fd = -1;
        std::string buffer;
        while (!m_stop) {
            pollfd p{fd < 0 ? m_listen : fd, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0)
                continue;
            if (fd < 0) {
                fd = ::accept(m_listen, nullptr, nullptr);
                continue;
            }
            char buf[256];
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n <= 0) {
                ::close(fd);
                fd = -1;
                continue;
            }
            buffer.append(buf, static_cast<size_t>(n));
            for (auto eol = buffer.find("\r\n"); eol != std::string::npos; eol = buffer.find("\r\n")) {
                const std::string reply = m_answer(buffer.substr(0, eol));
                buffer.erase(0, eol + 2);
                if (!reply.empty()) [[maybe_unused]]
                    auto w = ::write(fd, reply.data(), reply.size());
            }
        }
        if (fd >= 0)
            ::close(fd);
    }

    std::function<std::string(const std::string&)> m_answer;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace

TEST(ForeignSicsBalance, BusyFirstThenDynamicThenStable)
{
    int si = 0;
    LineServer balance([&](const std::string& cmd) -> std::string {
        if (cmd == "I4")
            return "I4 A \"1234567890\"\r\n";
        if (cmd != "SI")
            return "ES\r\n";
        ++si;
        if (si <= 3)
            return "S I\r\n"; // busy
        if (si <= 8)
            return "S D " + std::to_string(5.5 + 0.01 * si).substr(0, 5) + " g\r\n";
        return "S S        5.543 g\r\n";
    });
    auto scale = openScale("sics-tcp://127.0.0.1:" + std::to_string(balance.port()));
    ASSERT_TRUE(scale) << scale.error().message;
    auto r = (*scale)->readStable(5000ms);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_DOUBLE_EQ(r->grams, 5.543);
    EXPECT_NE(r->source.find("serial=1234567890"), std::string::npos);
    EXPECT_GT(si, 8);
}

TEST(ForeignSicsBalance, LevelZeroBalanceWithoutSiOrI4UsesS)
{
    int s = 0;
    LineServer balance([&](const std::string& cmd) -> std::string {
        if (cmd == "S")
            return ++s <= 2 ? "S I\r\n" : "S S 0.957 g\r\n";
        return "ES\r\n";
    });
    auto scale = openScale("sics-tcp://127.0.0.1:" + std::to_string(balance.port()));
    ASSERT_TRUE(scale) << scale.error().message;
    EXPECT_EQ((*scale)->serialNumber(), "unknown");
    auto r = (*scale)->readStable(5000ms);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_DOUBLE_EQ(r->grams, 0.957);
    EXPECT_DOUBLE_EQ(r->readabilityG, 0.001);
}

TEST(ForeignSicsBalance, MilligramUnitAndUnparseableLines)
{
    int n = 0;
    LineServer balance([&](const std::string& cmd) -> std::string {
        if (cmd == "I4")
            return "I4 A \"X\"\r\n";
        return ++n == 1 ? "S S 957.3 mg\r\n" : "S S 9S7.3 mg\r\n";
    });
    auto scale = openScale("sics-tcp://127.0.0.1:" + std::to_string(balance.port()));
    ASSERT_TRUE(scale);
    auto first = (*scale)->readNow();
    ASSERT_TRUE(first);
    EXPECT_DOUBLE_EQ(first->grams, 0.9573);
    EXPECT_DOUBLE_EQ(first->readabilityG, 0.0001);
    auto garbled = (*scale)->readNow();
    ASSERT_FALSE(garbled);
    EXPECT_EQ(garbled.error().kind, DeviceError::Kind::Protocol);
    EXPECT_NE(garbled.error().message.find("9S7.3"), std::string::npos);
}

TEST(ForeignModbusIndicator, BareDefaultMapUnstableForAWhile)
{
    // A plain libmodbus server holding only registers 0-10 of the default map; unstable for its first 30 requests.
    modbus_t* server = modbus_new_tcp("127.0.0.1", 0);
    ASSERT_TRUE(server);
    const int listenFd = modbus_tcp_listen(server, 1);
    ASSERT_GE(listenFd, 0);
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    ::getsockname(listenFd, reinterpret_cast<sockaddr*>(&addr), &len);
    const int port = ntohs(addr.sin_port);
    modbus_mapping_t* regs = modbus_mapping_new(0, 0, 11, 0);
    std::atomic<bool> stop{false};
    std::thread serve([&] {
        uint8_t query[MODBUS_TCP_MAX_ADU_LENGTH];
        int requests = 0;
        int fd = -1;
        while (!stop) {
            pollfd p{fd < 0 ? listenFd : fd, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0)
                continue;
            if (fd < 0) {
                fd = ::accept(listenFd, nullptr, nullptr);
                continue;
            }
            modbus_set_socket(server, fd);
            const int rc = modbus_receive(server, query);
            if (rc <= 0) {
                ::close(fd);
                fd = -1;
                continue;
            }
            ++requests;
            const bool settled = requests > 30;
            regs->tab_registers[0] = 0;
            regs->tab_registers[1] = settled ? 2360 : static_cast<uint16_t>(2300 + requests);
            regs->tab_registers[2] = 3;
            regs->tab_registers[3] = settled ? 1 : 0;
            modbus_reply(server, query, rc, regs);
        }
        if (fd >= 0)
            ::close(fd);
    });
    auto scale = openScale("modbus-tcp://127.0.0.1:" + std::to_string(port) + "?unit=1&poll_ms=10");
    ASSERT_TRUE(scale) << scale.error().message;
    EXPECT_EQ((*scale)->serialNumber(), "unknown"); // reading registers 20-27 got an exception answer
    auto r = (*scale)->readStable(5000ms);
    stop = true;
    serve.join();
    ::close(listenFd);
    modbus_mapping_free(regs);
    modbus_free(server);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_DOUBLE_EQ(r->grams, 2.36);
    EXPECT_EQ(r->raw, "holding[0..3]=0000 0938 0003 0001");
}
