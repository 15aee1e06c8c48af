// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/orders/mllp_server.h"

#include "prep-station/orders/hl7v2_message.h"
#include "prep-station/orders/hl7v2_mllp.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

namespace prep::station {

namespace {

std::string peerName(const sockaddr_storage& addr)
{
    char host[INET6_ADDRSTRLEN] = {};
    int port = 0;
    if (addr.ss_family == AF_INET) {
        const auto* a = reinterpret_cast<const sockaddr_in*>(&addr);
        inet_ntop(AF_INET, &a->sin_addr, host, sizeof host);
        port = ntohs(a->sin_port);
        std::string name(host);
        name.append(1, ':').append(std::to_string(port));
        return name;
    }
    const auto* a = reinterpret_cast<const sockaddr_in6*>(&addr);
    inet_ntop(AF_INET6, &a->sin6_addr, host, sizeof host);
    port = ntohs(a->sin6_port);
    std::string name(1, '[');
    name.append(host).append("]:").append(std::to_string(port));
    return name;
}

Error socketError(const std::string& what)
{
    return makeError(Error::Kind::Io, what + ": " + std::strerror(errno));
}

struct Connection
{
    int fd = -1;
    std::string peer;
    MllpReader reader{kHl7MaxMessageBytes};
    std::string out;      // framed ACKs not yet sent
    bool closing = false; // close once `out` is sent
};

} // namespace

Result<std::unique_ptr<MllpServer>> MllpServer::listen(const std::string& hostPort)
{
    const size_t colon = hostPort.rfind(':');
    if (colon == std::string::npos || colon + 1 == hostPort.size())
        return makeError(Error::Kind::Invalid, "--mllp '" + hostPort + "' is not HOST:PORT");
    std::string host = hostPort.substr(0, colon);
    const std::string port = hostPort.substr(colon + 1);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* found = nullptr;
    if (int rc = getaddrinfo(host.empty() ? nullptr : host.c_str(), port.c_str(), &hints, &found); rc != 0)
        return makeError(Error::Kind::Invalid, "--mllp '" + hostPort + "': " + gai_strerror(rc));
    std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> list(found, freeaddrinfo);
    int fd = socket(found->ai_family, found->ai_socktype | SOCK_CLOEXEC, found->ai_protocol);
    if (fd < 0)
        return socketError("socket");
    const int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (bind(fd, found->ai_addr, found->ai_addrlen) != 0 || ::listen(fd, 16) != 0) {
        auto e = socketError("cannot listen on " + hostPort);
        close(fd);
        return e;
    }
    sockaddr_storage bound{};
    socklen_t length = sizeof bound;
    getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &length);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    return std::unique_ptr<MllpServer>(new MllpServer(fd, peerName(bound)));
}

MllpServer::~MllpServer()
{
    if (m_fd >= 0)
        close(m_fd);
}

std::string MllpServer::address() const
{
    return m_address;
}

Result<Ok> MllpServer::serve(const Handler& handler, const Log& log, const std::atomic<bool>& stop)
{
    std::vector<Connection> connections;
    std::vector<char> buffer(64 * 1024);
    while (!stop) {
        std::vector<pollfd> fds{{m_fd, POLLIN, 0}};
        for (const auto& c : connections)
            fds.push_back({c.fd, short(c.closing ? POLLOUT : c.out.empty() ? POLLIN : POLLIN | POLLOUT), 0});
        const int ready = poll(fds.data(), fds.size(), 200);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            return socketError("poll");
        }
        if (fds[0].revents & POLLIN) {
            sockaddr_storage addr{};
            socklen_t length = sizeof addr;
            const int fd = accept4(m_fd, reinterpret_cast<sockaddr*>(&addr), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd >= 0) {
                Connection c;
                c.fd = fd;
                c.peer = peerName(addr);
                log("connection from " + c.peer);
                connections.push_back(std::move(c));
            }
        }
        for (size_t i = 1; i < fds.size(); ++i) {
            Connection& c = connections[i - 1];
            if (!c.closing && fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = recv(c.fd, buffer.data(), buffer.size(), 0);
                if (n > 0) {
                    c.reader.feed(std::string_view(buffer.data(), size_t(n)));
                    std::string frame;
                    for (;;) {
                        const auto status = c.reader.next(frame);
                        if (status == MllpReader::Status::Frame) {
                            c.out += mllpFrame(handler(frame, c.peer));
                            continue;
                        }
                        if (status == MllpReader::Status::Oversized) {
                            // Answered (the handler refuses it as too large and keeps its beginning), then closed:
                            // the rest of the stream cannot be trusted to be framed.
                            c.out += mllpFrame(handler(c.reader.takePending(), c.peer));
                            log(c.peer + ": a frame longer than " + std::to_string(kHl7MaxMessageBytes) +
                                " bytes; connection closed");
                            c.closing = true;
                        }
                        break;
                    }
                } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
                    // The peer is done sending (it may still read the ACKs owed to it) or the connection failed.
                    c.closing = true;
                    if (n < 0)
                        c.out.clear();
                    std::string note;
                    if (c.reader.discarded() > 0)
                        note = "; " + std::to_string(c.reader.discarded()) +
                               " bytes outside MLLP frames (<VT>...<FS><CR>) were not read";
                    log("connection from " + c.peer + " closed" + note);
                }
            }
            // ACKs go out as soon as they are made; what the socket does not take now waits for POLLOUT.
            if (!c.out.empty()) {
                const ssize_t sent = send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
                if (sent > 0)
                    c.out.erase(0, size_t(sent));
                else if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                    c.out.clear();
            }
        }
        // Close what is finished (after the loop over fds: it indexes `connections`).
        for (auto it = connections.begin(); it != connections.end();) {
            if (it->closing && it->out.empty()) {
                close(it->fd);
                it = connections.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (auto& c : connections) {
        if (!c.out.empty())
            (void)send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
        close(c.fd);
    }
    return Ok{};
}

} // namespace prep::station
