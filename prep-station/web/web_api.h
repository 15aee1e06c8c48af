// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON API under /api/v1/ that the phone pages use (DESIGN.md "The web service for couriers and nurses"). It is
// another face of the workflow, like prepctl: every action goes through the desks, whose rules and roles apply,
// and is in the audit trail. Independent of the HTTP library so that it can be tested request by request; the
// caller serialises calls (one StationContext).
#pragma once

#include "prep-station/web/web_sessions.h"
#include "prep-station/workflow/station_context.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace prep::web {

struct ApiRequest
{
    std::string method;                         // "GET", "POST", "DELETE"
    std::string path;                           // "/api/v1/handovers"
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;
};

struct ApiResponse
{
    int status = 200;
    std::string body; // JSON
    std::vector<std::pair<std::string, std::string>> headers;
};

// The session cookie's name (Secure, HttpOnly, SameSite=Strict).
inline constexpr const char* kSessionCookie = "prep_session";

// The live session a request carries (Bearer token, or the cookie with its CSRF token on writes), or the answer
// that refuses it (401, 403).
struct Authenticated
{
    std::optional<WebSession> session;
    ApiResponse refusal;
};
Authenticated authenticate(const ApiRequest& request, WebSessions& sessions, station::UtcTime now);

class WebApi
{
public:
    // `workflow`: the lock that serialises the station's workflow calls (the server's); none when the caller
    // serialises them itself (tests).
    WebApi(station::StationContext& ctx, WebSessions& sessions, std::mutex* workflow = nullptr)
        : m_ctx(ctx)
        , m_sessions(sessions)
        , m_workflow(workflow)
    {}
    // Answers one request; a sentence's reason is said in the phone's language (Accept-Language).
    ApiResponse handle(const ApiRequest& request);

private:
    ApiResponse route(const ApiRequest& request);
    ApiResponse logIn(const ApiRequest& request);
    ApiResponse logOut(const WebSession& session);
    ApiResponse me(const WebSession& session);
    ApiResponse shipments(const WebSession& session);
    ApiResponse handover(const WebSession& session, const ApiRequest& request);
    ApiResponse preparation(const WebSession& session, const std::string& code);

    station::StationContext& m_ctx;
    WebSessions& m_sessions;
    std::mutex* m_workflow = nullptr;
    std::unique_lock<std::mutex> m_lock; // held while handling, but for the password's check
};

} // namespace prep::web
