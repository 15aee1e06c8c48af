// SPDX-License-Identifier: GPL-3.0-or-later
// The web service for couriers and nurses over HTTPS (cpp-httplib with OpenSSL, TLS 1.2 and above only): the JSON
// API (web_api.h) and the phone pages embedded in the binary (pages/), with the headers that keep a page to its
// own origin (CSP without any third-party source, no framing, HSTS). One workflow call at a time: the station's
// context is not shared between threads.
#pragma once

#include "prep-station/web/web_api.h"
#include "prep-station/web/web_sessions.h"
#include "prep-station/workflow/station_context.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace prep::web {

struct ServeOptions
{
    std::string host = "127.0.0.1";
    int port = 8443; // 0: any free port (tests)
    std::filesystem::path certificate, key;
    SessionPolicy sessions;
    int threads = 32; // connections served at once (phones keep theirs open)
};

class WebServer
{
public:
    WebServer(station::StationContext& ctx, ServeOptions options);
    ~WebServer();
    WebServer(const WebServer&) = delete;
    WebServer& operator=(const WebServer&) = delete;

    // Loads the certificate and binds; fails naming what was wrong (a key that does not match, a port in use).
    station::Result<station::Ok> bind();
    int port() const { return m_port; }
    // Serves until stop() (from another thread or a signal handler's thread).
    void run();
    void stop();
    WebSessions& sessions() { return m_sessions; }

private:
    struct Impl;
    station::StationContext& m_ctx;
    ServeOptions m_options;
    WebSessions m_sessions;
    std::unique_ptr<Impl> m_impl;
    int m_port = 0;
};

// The embedded page file for a URL path ("/" is index.html); empty when none. `contentType` is set.
std::string_view pageFile(const std::string& path, std::string& contentType);

} // namespace prep::web
