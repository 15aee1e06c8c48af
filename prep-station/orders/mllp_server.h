// SPDX-License-Identifier: GPL-3.0-or-later
// The MLLP listener's socket loop: plain POSIX sockets and poll(), one thread, any number of connections. Plain
// sockets rather than Qt's QTcpServer because prepctl links QtCore only (QtNetwork would be a new dependency
// for one loop) and the loop needs no event machinery beyond poll(). The frames it cuts out (hl7v2_mllp.h) go to
// a handler that returns the ACK; the loop frames and sends it back on the same connection, in order.
#pragma once

#include "prep-station/error.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace prep::station {

class MllpServer
{
public:
    // Given one message's bytes and the peer ("127.0.0.1:53412"), returns the ACK to send (unframed).
    using Handler = std::function<std::string(std::string_view message, const std::string& peer)>;
    // Told of a connection's events worth a line in the log (opened, closed with an unfinished frame...).
    using Log = std::function<void(const std::string& line)>;

    // Listens on HOST:PORT (port 0: any free port; address() tells which).
    static Result<std::unique_ptr<MllpServer>> listen(const std::string& hostPort);
    ~MllpServer();
    MllpServer(const MllpServer&) = delete;
    MllpServer& operator=(const MllpServer&) = delete;

    std::string address() const; // "127.0.0.1:40123"
    // Serves until `stop` is true (looked at every 200 ms).
    Result<Ok> serve(const Handler& handler, const Log& log, const std::atomic<bool>& stop);

private:
    MllpServer(int fd, std::string address)
        : m_fd(fd)
        , m_address(std::move(address))
    {}
    int m_fd = -1;
    std::string m_address;
};

} // namespace prep::station
