// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/web/web_api.h"

#include "prep-station/web/phone_language.h"

#include "db/field_scan_repository.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/field_desk.h"
#include "prep-station/workflow/user_desk.h"

#include <nlohmann/json.hpp>

namespace prep::web {

namespace {

using nlohmann::json;
constexpr std::string_view kApi = "/api/v1/";

// A phone's bytes may be any bytes (a path that is not UTF-8 is echoed in "no such API"): invalid UTF-8 is written
// as U+FFFD rather than throwing (found by web_api_fuzz).
std::string dumped(const json& body)
{
    return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

ApiResponse reply(int status, const json& body)
{
    return ApiResponse{status, dumped(body), {}};
}

ApiResponse problem(int status, const std::string& reason, const station::Message& said = {})
{
    json body{{"error", reason}};
    if (!said.empty())
        body["said"] = station::toJson(said);
    return reply(status, body);
}

// The HTTP status of a workflow error.
int statusOf(const station::Error& e)
{
    switch (e.kind) {
    case station::Error::Kind::Invalid:
        return 400;
    case station::Error::Kind::NotFound:
        return 404;
    case station::Error::Kind::Denied:
        return 403;
    case station::Error::Kind::Refused:
    case station::Error::Kind::PasswordChangeRequired:
        return 409;
    default:
        return 500;
    }
}

ApiResponse failure(const station::Error& e)
{
    return problem(statusOf(e), e.message, e.said);
}

std::string header(const ApiRequest& request, const std::string& name)
{
    auto it = request.headers.find(name);
    return it == request.headers.end() ? std::string() : it->second;
}

std::string cookieValue(const std::string& cookies, const std::string& name)
{
    std::size_t pos = 0;
    while (pos < cookies.size()) {
        auto end = cookies.find(';', pos);
        if (end == std::string::npos)
            end = cookies.size();
        auto item = cookies.substr(pos, end - pos);
        const auto first = item.find_first_not_of(' ');
        item = first == std::string::npos ? std::string() : item.substr(first);
        if (item.rfind(name + "=", 0) == 0)
            return item.substr(name.size() + 1);
        pos = end + 1;
    }
    return {};
}

// A string member of a JSON object; empty when absent; an error when present but not a string.
bool stringMember(const json& body, const char* key, std::string& out)
{
    if (!body.contains(key) || body[key].is_null())
        return true;
    if (!body[key].is_string())
        return false;
    out = body[key].get<std::string>();
    return true;
}

bool sameSecret(const std::string& a, const std::string& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

Authenticated authenticate(const ApiRequest& request, WebSessions& sessions, station::UtcTime now)
{
    // Every call but the login needs a live session: a Bearer token, or the cookie with its CSRF token on writes.
    std::string token;
    bool byCookie = false;
    if (const auto auth = header(request, "authorization"); auth.rfind("Bearer ", 0) == 0) {
        token = auth.substr(7);
    } else {
        token = cookieValue(header(request, "cookie"), kSessionCookie);
        byCookie = !token.empty();
    }
    if (token.empty())
        return {std::nullopt, problem(401, "log in first")};
    auto session = sessions.find(token, now);
    if (!session)
        return {std::nullopt, problem(401, "the session has expired or was closed: log in again")};
    if (byCookie && request.method != "GET" && !sameSecret(header(request, "x-csrf-token"), session->csrf))
        return {std::nullopt, problem(403, "missing or wrong CSRF token")};
    return {session, {}};
}

ApiResponse WebApi::handle(const ApiRequest& request)
{
    if (m_workflow)
        m_lock = std::unique_lock(*m_workflow);
    ApiResponse response = route(request);
    if (m_lock.owns_lock())
        m_lock.unlock();
    // The reason or the error in the phone's language, from the sentence the answer carries.
    const PhoneLanguage language = phoneLanguage(header(request, "accept-language"));
    json body = json::parse(response.body, nullptr, false);
    if (!body.is_object() || !body.contains("said"))
        return response;
    const std::string said = sayTo(language, station::messageFromJson(body["said"]));
    body[body.contains("reason") ? "reason" : "error"] = said;
    response.body = dumped(body);
    return response;
}

ApiResponse WebApi::route(const ApiRequest& request)
{
    if (request.path.rfind(kApi, 0) != 0)
        return problem(404, "no such API: " + request.path);
    const std::string route = request.path.substr(kApi.size());
    if (route == "session" && request.method == "POST")
        return logIn(request);

    auto authenticated = authenticate(request, m_sessions, m_ctx.now());
    if (!authenticated.session)
        return authenticated.refusal;
    const auto session = authenticated.session;

    if (route == "session")
        return request.method == "DELETE" ? logOut(*session) : problem(405, "use POST or DELETE");
    if (route == "me")
        return request.method == "GET" ? me(*session) : problem(405, "use GET");
    if (route == "shipments")
        return request.method == "GET" ? shipments(*session) : problem(405, "use GET");
    if (route == "handovers")
        return request.method == "POST" ? handover(*session, request) : problem(405, "use POST");
    if (route.rfind("preparations/", 0) == 0 && route.size() > 13)
        return request.method == "GET" ? preparation(*session, route.substr(13)) : problem(405, "use GET");
    return problem(404, "no such API: " + request.path);
}

ApiResponse WebApi::logIn(const ApiRequest& request)
{
    const json body = json::parse(request.body, nullptr, false);
    std::string login, password;
    if (!body.is_object() || !stringMember(body, "login", login) || !stringMember(body, "password", password))
        return problem(400, "expected a JSON object with \"login\" and \"password\"");
    if (login.empty() || password.empty())
        return problem(400, "login and password are required");
    // The station's login: wrong passwords counted, the account locked after too many (audited there). Argon2id
    // (~0.2 s of a core) runs outside the workflow lock: a storm of logins does not hold up other phones' scans.
    auto pending = m_ctx.users().beginAuthentication(login, m_ctx.now());
    db::Result<db::Actor> authenticated = pending ? db::Result<db::Actor>(db::Actor{}) : pending.error();
    if (pending) {
        bool good = false;
        if (m_lock.owns_lock()) {
            m_lock.unlock();
            good = db::UserDirectory::passwordMatches(*pending, password);
            m_lock.lock();
        } else {
            good = db::UserDirectory::passwordMatches(*pending, password);
        }
        authenticated = m_ctx.users().finishAuthentication(*pending, good, m_ctx.now());
    }
    auto actor = station::admitted(m_ctx, login, authenticated);
    if (!actor) {
        if (actor.error().kind == station::Error::Kind::PasswordChangeRequired)
            return problem(403, "change your password at the station first", actor.error().said);
        return problem(401, actor.error().message, actor.error().said);
    }
    const auto session = m_sessions.open(*actor, m_ctx.now());
    if (auto audited = m_ctx.audit().recordEvent(*actor, m_ctx.now(), "web_session_opened", "web_session", login);
        !audited)
        return problem(500, audited.error().message);
    auto response = reply(200, {{"token", session.token},
                                {"csrf", session.csrf},
                                {"login", actor->username},
                                {"name", actor->fullName},
                                {"role", std::string(db::roleName(actor->role))},
                                {"idle_minutes", m_sessions.policy().idle.count()}});
    response.headers.emplace_back("Set-Cookie", std::string(kSessionCookie) + "=" + session.token +
                                                    "; Path=/; Secure; HttpOnly; SameSite=Strict");
    return response;
}

ApiResponse WebApi::logOut(const WebSession& session)
{
    m_sessions.close(session.token);
    if (auto audited = m_ctx.audit().recordEvent(session.actor, m_ctx.now(), "web_session_closed", "web_session",
                                                 session.actor.username);
        !audited)
        return problem(500, audited.error().message);
    auto response = reply(200, {{"closed", true}});
    response.headers.emplace_back("Set-Cookie", std::string(kSessionCookie) +
                                                    "=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0");
    return response;
}

ApiResponse WebApi::me(const WebSession& session)
{
    return reply(200, {{"login", session.actor.username},
                       {"name", session.actor.fullName},
                       {"role", std::string(db::roleName(session.actor.role))}});
}

ApiResponse WebApi::shipments(const WebSession& session)
{
    auto list = station::FieldDesk(m_ctx).courierShipments(session.actor);
    if (!list)
        return failure(list.error());
    // What to carry, where and when: no patient's name, no drug.
    json out = json::array();
    for (const auto& s : *list) {
        json shipment{{"shipment", s.number},
                      {"cooler", s.cooler},
                      {"status", std::string(db::toText(s.status))},
                      {"doses", s.doses},
                      {"packed_at", station::formatUtcIso(s.packedAt)},
                      {"address", s.address},
                      {"window", nullptr}};
        if (s.windowStart && s.windowEnd)
            shipment["window"] = {{"from", station::formatUtcIso(*s.windowStart)},
                                  {"to", station::formatUtcIso(*s.windowEnd)}};
        out.push_back(std::move(shipment));
    }
    if (auto audited = m_ctx.audit().recordEvent(session.actor, m_ctx.now(), "listed", "web_shipments",
                                                 std::to_string(list->size()));
        !audited)
        return problem(500, audited.error().message);
    return reply(200, {{"shipments", out}});
}

ApiResponse WebApi::handover(const WebSession& session, const ApiRequest& request)
{
    const json body = json::parse(request.body, nullptr, false);
    if (!body.is_object())
        return problem(400, "expected a JSON object");
    std::string kind, deviceTime, problemKind, outcomeName;
    station::FieldScanRequest scan;
    if (!stringMember(body, "code", scan.code) || !stringMember(body, "kind", kind) ||
        !stringMember(body, "place", scan.place) || !stringMember(body, "device_time", deviceTime) ||
        !stringMember(body, "scan_id", scan.scanId) || !stringMember(body, "patient", scan.patientIpp) ||
        !stringMember(body, "birth_date", scan.patientBirthDate) || !stringMember(body, "password", scan.password) ||
        !stringMember(body, "problem", problemKind) || !stringMember(body, "outcome", outcomeName) ||
        !stringMember(body, "note", scan.note) || (scan.note.empty() && !stringMember(body, "reason", scan.note)))
        return problem(400, "every member of a handover is a string");
    const auto scanKind = db::fieldScanKindFromText(kind);
    if (!scanKind)
        return problem(400, "kind must be pickup, delivery, administration, problem or not_given, not '" + kind + "'");
    scan.kind = *scanKind;
    if (!problemKind.empty()) {
        scan.problem = db::deliveryProblemFromText(problemKind);
        if (!scan.problem)
            return problem(400, "problem must be nobody_home, refused or damaged_cooler, not '" + problemKind + "'");
    }
    if (!outcomeName.empty()) {
        scan.outcome = db::doseOutcomeFromText(outcomeName);
        if (!scan.outcome)
            return problem(400, "outcome must be returned or destroyed, not '" + outcomeName + "'");
    }
    if (scan.code.empty())
        return problem(400, "code is required: what the phone scanned");
    if (!deviceTime.empty()) {
        auto at = station::parseIso8601(deviceTime);
        if (!at)
            return problem(400, "device_time: " + at.error().message);
        scan.deviceTime = *at;
    }
    auto outcome = station::FieldDesk(m_ctx).scan(session.actor, scan);
    if (!outcome)
        return failure(outcome.error());
    json out{{"verdict", outcome->accepted ? "ok" : "refused"},
             {"reason", outcome->accepted ? std::string() : station::englishText(outcome->reason)},
             {"preparations", outcome->preparations},
             {"shipment", outcome->shipment},
             {"already_recorded", outcome->alreadyRecorded},
             {"received_at", station::formatUtcIso(outcome->record.receivedAt)}};
    if (!outcome->accepted)
        out["said"] = station::toJson(outcome->reason);
    return reply(outcome->roleRefused ? 403 : 200, out);
}

ApiResponse WebApi::preparation(const WebSession& session, const std::string& code)
{
    auto may = station::FieldDesk(m_ctx).check(session.actor, code);
    if (!may)
        return failure(may.error());
    const auto& prep = may->preparation;
    if (auto audited =
            m_ctx.audit().recordEvent(session.actor, m_ctx.now(), "dose_checked", "web_dose_check", prep.number,
                                      may->administrable ? "administrable" : "not administrable");
        !audited)
        return problem(500, audited.error().message);
    return reply(200, {{"preparation", prep.number},
                       {"status", std::string(db::toText(prep.status))},
                       {"expiry", prep.expiry ? station::formatUtcIso(*prep.expiry) : std::string()},
                       {"administrable", may->administrable},
                       {"reason", station::englishText(may->reason)},
                       {"said", station::toJson(may->reason)}});
}

} // namespace prep::web
