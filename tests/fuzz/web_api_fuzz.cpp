// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the web service's API (outside input: any phone, or anyone on the network): the request line,
// the way it authenticates and its JSON body go through WebApi::handle on a station with the demo accounts. Input
// layout: byte 0 chooses the authentication (none, a courier's or a nurse's Bearer token, the courier's cookie with
// or without its CSRF token); then "METHOD PATH\n" and the body. Whatever the bytes, the answer is a status the API
// gives and a JSON body, and the audit trail stays intact.
#include "prep-station/web/web_api.h"
#include "prep-station/workflow/demo_accounts.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace {

using namespace prep;

struct Station
{
    station::SystemClock clock;
    std::unique_ptr<station::StationContext> ctx;
    web::WebSessions sessions;
    std::string courier, nurse, csrf;
};

std::string logIn(Station& s, db::Role role, std::string* csrf = nullptr)
{
    const auto& account = station::demoAccount(role);
    web::ApiRequest login{"POST",
                          "/api/v1/session",
                          {},
                          nlohmann::json{{"login", account.username}, {"password", account.password}}.dump()};
    const auto j = nlohmann::json::parse(web::WebApi(*s.ctx, s.sessions).handle(login).body);
    if (csrf)
        *csrf = j.value("csrf", "");
    return j.value("token", "");
}

std::filesystem::path g_database;

void removeDatabase()
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(g_database.string() + suffix, ec);
}

Station& fuzzStation()
{
    static Station* s = [] {
        auto* made = new Station;
        const auto path =
            std::filesystem::temp_directory_path() / ("web-api-fuzz-" + std::to_string(getpid()) + ".sqlite");
        g_database = path;
        removeDatabase();
        std::atexit(removeDatabase);
        auto opened = station::StationContext::open(path.string(), made->clock);
        if (!opened || !station::ensureDemoAccounts(**opened))
            std::abort();
        made->ctx = std::move(*opened);
        made->courier = logIn(*made, db::Role::Courier, &made->csrf);
        made->nurse = logIn(*made, db::Role::Nurse);
        return made;
    }();
    return *s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    auto& s = fuzzStation();
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const auto eol = text.find('\n');
    const std::string line = text.substr(0, eol);
    const auto space = line.find(' ');
    web::ApiRequest request;
    request.method = line.substr(0, space);
    request.path = space == std::string::npos ? std::string("/api/v1/") : line.substr(space + 1);
    request.body = eol == std::string::npos ? std::string() : text.substr(eol + 1);
    switch (data[0] % 5) {
    case 1:
        request.headers["authorization"] = "Bearer " + s.courier;
        break;
    case 2:
        request.headers["authorization"] = "Bearer " + s.nurse;
        break;
    case 3:
        request.headers["cookie"] = std::string(web::kSessionCookie) + "=" + s.courier;
        break;
    case 4:
        request.headers["cookie"] = std::string(web::kSessionCookie) + "=" + s.courier;
        request.headers["x-csrf-token"] = s.csrf;
        break;
    default:
        break;
    }
    const auto response = web::WebApi(*s.ctx, s.sessions).handle(request);
    if (response.status < 200 || response.status > 599 || !nlohmann::json::accept(response.body))
        std::abort();
    // A logout in the input closes a session: open it again for the next input.
    if (s.sessions.openCount() < 2) {
        s.courier = logIn(s, db::Role::Courier, &s.csrf);
        s.nurse = logIn(s, db::Role::Nurse);
    }
    return 0;
}
