// SPDX-License-Identifier: GPL-3.0-or-later
// The web service's API, request by request, on a copy of a station whose demo doses are packed: the courier's
// pickup and delivery, the nurse's check and administration, and what must be refused (roles crossed, a scan sent
// twice, a session expired, a forged cookie request, malformed bodies), each in the audit trail.
#include "db/time.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/web/phone_language.h"
#include "prep-station/web/web_api.h"
#include "prep-station/workflow/care_list_desk.h"
#include "prep-station/workflow/demo_accounts.h"
#include "prep-station/workflow/epcis_export.h"
#include "tests/prep-station/web/packed_demo.h"
#include "tests/support/shell_run.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace prep::test {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

class WebApiTest : public ::testing::Test
{
protected:
    TempDir dir;
    PackedStation station{dir};
    web::WebSessions sessions;

    json call(const std::string& method, const std::string& path, const json& body = nullptr,
              const std::string& token = {}, int* status = nullptr, web::ApiResponse* whole = nullptr)
    {
        web::ApiRequest request{method, "/api/v1/" + path, {}, body.is_null() ? "" : body.dump()};
        if (!token.empty())
            request.headers["authorization"] = "Bearer " + token;
        auto response = web::WebApi(*station.ctx, sessions).handle(request);
        if (status)
            *status = response.status;
        if (whole)
            *whole = response;
        return json::parse(response.body);
    }

    std::string logIn(db::Role role)
    {
        const auto& account = station::demoAccount(role);
        int status = 0;
        auto j = call("POST", "session", {{"login", account.username}, {"password", account.password}}, {}, &status);
        EXPECT_EQ(status, 200) << j.dump();
        return j.value("token", "");
    }

    json scan(const std::string& token, const std::string& kind, const std::string& code, int* status = nullptr,
              json more = json::object())
    {
        more["kind"] = kind;
        more["code"] = code;
        if (!more.contains("place"))
            more["place"] = kind == "pickup" ? "PUI" : "domicile (fictif)";
        return call("POST", "handovers", more, token, status);
    }

    const std::string& shipment() const { return packedDemo().demo.shipment; }

    int count(const std::string& sql)
    {
        auto s = station.ctx->database().prepare(sql);
        EXPECT_TRUE(s);
        auto r = s->step();
        EXPECT_TRUE(r && *r);
        return static_cast<int>(s->int64(0));
    }

    // Carries the shipment to the home and imports its logger: what precedes every administration.
    void deliver()
    {
        ASSERT_EQ(scan(logIn(db::Role::Courier), "pickup", shipment())["verdict"], "ok");
        station.clock.advance(60min);
        // The session has expired on the way (idle): the courier logs in again at the door.
        ASSERT_EQ(scan(logIn(db::Role::Courier), "delivery", shipment())["verdict"], "ok");
        station.clock.advance(5min);
        station.importLogger();
    }

    json administer(const std::string& nurse, const std::string& code, int* status = nullptr,
                    json more = json::object())
    {
        const auto& account = station::demoAccount(db::Role::Nurse);
        if (!more.contains("patient"))
            more["patient"] = packedDemo().demo.patientIpp;
        if (!more.contains("password"))
            more["password"] = account.password;
        return scan(nurse, "administration", code, status, more);
    }
};

TEST_F(WebApiTest, FromPickupToAdministrationThroughThePhones)
{
    const auto courier = logIn(db::Role::Courier);
    int status = 0;
    auto list = call("GET", "shipments", nullptr, courier, &status);
    ASSERT_EQ(status, 200) << list.dump();
    ASSERT_EQ(list["shipments"].size(), 1u);
    EXPECT_EQ(list["shipments"][0]["shipment"], shipment());
    EXPECT_EQ(list["shipments"][0]["status"], "packed");
    EXPECT_EQ(list["shipments"][0]["doses"], 2);
    // Where and when: the patient's home address and the window agreed at packing.
    EXPECT_EQ(list["shipments"][0]["address"], "12 rue des Exemples, 69003 Lyon (adresse fictive)");
    EXPECT_EQ(list["shipments"][0]["window"]["from"], station::formatUtcIso(packedDemo().demo.packedAt + 30min));
    EXPECT_EQ(list["shipments"][0]["window"]["to"], station::formatUtcIso(packedDemo().demo.packedAt + 3h));
    // No clinical detail and no patient on a courier's screen.
    const auto patient = station.ctx->patients().getByIpp(packedDemo().demo.patientIpp);
    ASSERT_TRUE(patient);
    for (const auto& secret : {patient->familyName, patient->givenName, patient->ipp, std::string("zacitidin")})
        EXPECT_EQ(list.dump().find(secret), std::string::npos) << secret;

    auto picked = scan(courier, "pickup", shipment(), &status);
    EXPECT_EQ(status, 200);
    EXPECT_EQ(picked["verdict"], "ok") << picked.dump();
    EXPECT_EQ(picked["shipment"], shipment());
    EXPECT_EQ(picked["preparations"].size(), 2u);
    station.clock.advance(70min);
    int expired = 0;
    scan(courier, "delivery", shipment(), &expired);
    EXPECT_EQ(expired, 401); // idle on the road: the phone keeps the scan and asks to log in again
    EXPECT_EQ(scan(logIn(db::Role::Courier), "delivery", shipment())["verdict"], "ok");

    // The nurse asks before the logger data has been judged: not yet.
    const auto nurse = logIn(db::Role::Nurse);
    auto early = call("GET", "preparations/" + station.syringeCode(), nullptr, nurse, &status);
    EXPECT_EQ(status, 200);
    EXPECT_EQ(early["administrable"], false);
    EXPECT_NE(early["reason"].get<std::string>().find("not been imported"), std::string::npos) << early.dump();

    station.clock.advance(5min);
    station.importLogger();
    auto check = call("GET", "preparations/" + station.syringeCode(), nullptr, nurse, &status);
    EXPECT_EQ(status, 200);
    EXPECT_EQ(check["preparation"], packedDemo().demo.preparations[0]);
    EXPECT_EQ(check["status"], "delivered");
    EXPECT_EQ(check["administrable"], true) << check.dump();
    EXPECT_NE(check["reason"].get<std::string>().find("valid until"), std::string::npos);

    auto given = administer(nurse, station.syringeCode(), &status, {{"birth_date", station.patientBirthDate()}});
    EXPECT_EQ(status, 200);
    EXPECT_EQ(given["verdict"], "ok") << given.dump();
    auto prep = station.ctx->preparations().getByNumber(packedDemo().demo.preparations[0]);
    ASSERT_TRUE(prep);
    EXPECT_EQ(prep->status, db::PreparationStatus::Administered);
    // And once given, the same syringe says so.
    auto after = call("GET", "preparations/" + station.syringeCode(), nullptr, nurse);
    EXPECT_EQ(after["administrable"], false);
    EXPECT_NE(after["reason"].get<std::string>().find("already been administered"), std::string::npos);

    auto verified = station.ctx->audit().verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->intact) << verified->problem;
}

TEST_F(WebApiTest, ACourierCannotAdministerNorLookUpADoseAndTheAttemptIsRecorded)
{
    deliver();
    const auto courier = logIn(db::Role::Courier);
    int status = 0;
    auto tried = scan(
        courier, "administration", station.syringeCode(), &status,
        {{"patient", packedDemo().demo.patientIpp}, {"password", station::demoAccount(db::Role::Courier).password}});
    EXPECT_EQ(status, 403);
    EXPECT_EQ(tried["verdict"], "refused");
    EXPECT_NE(tried["reason"].get<std::string>().find("may not confirm administrations"), std::string::npos)
        << tried.dump();
    EXPECT_EQ(count("SELECT COUNT(*) FROM field_scan WHERE kind = 'administration' AND verdict = 'refused'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM handover WHERE kind = 'administration'"), 0);
    call("GET", "preparations/" + station.syringeCode(), nullptr, courier, &status);
    EXPECT_EQ(status, 403);
    // Nor may a nurse scan a courier's handover.
    const auto nurse = logIn(db::Role::Nurse);
    scan(nurse, "pickup", shipment(), &status);
    EXPECT_EQ(status, 403);
}

TEST_F(WebApiTest, ANurseSeesAndGivesOnlyTheDosesOfThePatientsInHerCare)
{
    deliver();
    const auto nurse = logIn(db::Role::Nurse);
    int status = 0;
    call("GET", "preparations/" + station.syringeCode(), nullptr, nurse, &status);
    EXPECT_EQ(status, 200); // the demo's patient is in her care
    const auto& pharmacist = station::demoAccount(db::Role::Pharmacist);
    auto coordinator = station.ctx->users().authenticate(pharmacist.username, pharmacist.password, station.clock.now());
    ASSERT_TRUE(coordinator);
    ASSERT_TRUE(station::CareListDesk(*station.ctx)
                    .end(*coordinator, station::demoAccount(db::Role::Nurse).username, packedDemo().demo.patientIpp));
    auto checked = call("GET", "preparations/" + station.syringeCode(), nullptr, nurse, &status);
    EXPECT_EQ(status, 403) << checked.dump();
    EXPECT_EQ(checked.dump().find("administrable"), std::string::npos) << "nothing about the dose: " << checked.dump();
    auto given = administer(nurse, station.syringeCode(), &status);
    EXPECT_EQ(status, 403) << given.dump();
    EXPECT_EQ(given["verdict"], "refused");
    EXPECT_NE(given["reason"].get<std::string>().find("not in the care of"), std::string::npos) << given.dump();
    EXPECT_EQ(count("SELECT COUNT(*) FROM handover WHERE kind = 'administration'"), 0);
}

// The phone's language: the reason said in French for a page that asks for it, from the GUI's catalogue; the
// sentence itself stays in the answer.
TEST_F(WebApiTest, ReasonsAreSaidInThePhonesLanguage)
{
    const auto courier = logIn(db::Role::Courier);
    ASSERT_EQ(scan(courier, "pickup", shipment())["verdict"], "ok");
    ASSERT_EQ(scan(courier, "problem", shipment(), nullptr, {{"problem", "nobody_home"}, {"note", "x"}})["verdict"],
              "ok");
    auto inFrench = [&](const std::string& language) {
        web::ApiRequest request{"POST",
                                "/api/v1/handovers",
                                {},
                                json{{"kind", "delivery"}, {"code", shipment()}, {"place", "domicile"}}.dump()};
        request.headers["authorization"] = "Bearer " + courier;
        request.headers["accept-language"] = language;
        return json::parse(web::WebApi(*station.ctx, sessions).handle(request).body);
    };
    const auto fr = inFrench("fr-FR,fr;q=0.9,en;q=0.8");
    EXPECT_EQ(fr["reason"], "l'expédition " + shipment() +
                                " retourne à la PUI (déclaré : absence du patient) : elle n'est pas livrée")
        << fr.dump();
    EXPECT_TRUE(fr.contains("said"));
    const auto en = inFrench("en-GB,en;q=0.9");
    EXPECT_NE(en["reason"].get<std::string>().find("goes back to the PUI"), std::string::npos) << en.dump();
    EXPECT_EQ(web::phoneLanguage("de-DE,de;q=0.9"), web::PhoneLanguage::English);
    EXPECT_EQ(web::phoneLanguage("de-DE, fr;q=0.5"), web::PhoneLanguage::French);
    // A stored state in words, a number with a decimal comma in French.
    EXPECT_EQ(web::sayTo(web::PhoneLanguage::French,
                         station::say(
                             QT_TRANSLATE_NOOP("Message", "preparation %1 is %2, it must be delivered before "
                                                          "administration"),
                             "P-1", station::MessageArg::stored(station::WordKind::PreparationStatus, "in_progress"))),
              "la préparation P-1 est en cours : elle doit être livrée avant l'administration");
    EXPECT_EQ(
        web::sayTo(web::PhoneLanguage::French, station::say("weighed %1 g", station::MessageArg::decimal(1.5, 3))),
        "weighed 1,500 g");
    EXPECT_EQ(
        web::sayTo(web::PhoneLanguage::English, station::say("weighed %1 g", station::MessageArg::decimal(1.5, 3))),
        "weighed 1.500 g");
}

// Found by web_api_fuzz: a path that is not UTF-8 is echoed in the answer; it used to throw out of the API.
TEST_F(WebApiTest, APathThatIsNotUtf8IsANotFoundInJson)
{
    const auto courier = logIn(db::Role::Courier);
    web::ApiRequest request{"GET", "/api/v1/\xff\xfe", {}, ""};
    request.headers["authorization"] = "Bearer " + courier;
    const auto response = web::WebApi(*station.ctx, sessions).handle(request);
    EXPECT_EQ(response.status, 404);
    const auto body = json::parse(response.body, nullptr, false);
    ASSERT_TRUE(body.is_object()) << response.body;
    EXPECT_NE(body["error"].get<std::string>().find("no such API"), std::string::npos);
}

TEST_F(WebApiTest, AScanSentTwiceIsRecordedOnceAndAnsweredTheSame)
{
    const auto courier = logIn(db::Role::Courier);
    const json body{{"device_time", "2026-01-01T10:00:00Z"}, {"scan_id", "phone-1-0001"}};
    auto first = scan(courier, "pickup", shipment(), nullptr, body);
    station.clock.advance(3min);
    auto again = scan(courier, "pickup", shipment(), nullptr, body);
    EXPECT_EQ(first["verdict"], "ok");
    EXPECT_EQ(again["verdict"], "ok") << again.dump();
    EXPECT_EQ(first["already_recorded"], false);
    EXPECT_EQ(again["already_recorded"], true);
    EXPECT_EQ(again["received_at"], first["received_at"]);
    EXPECT_EQ(count("SELECT COUNT(*) FROM field_scan"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM handover WHERE kind = 'pickup'"), 1);
    // Another scan (another id) of the same bag is a new request, refused: the bag is already on its way.
    auto other = scan(courier, "pickup", shipment(), nullptr, {{"scan_id", "phone-1-0002"}});
    EXPECT_EQ(other["verdict"], "refused");
    EXPECT_EQ(count("SELECT COUNT(*) FROM field_scan"), 2);
}

TEST_F(WebApiTest, TheStationKeepsThePhonesTimeAndItsOwnReceiptTime)
{
    const auto courier = logIn(db::Role::Courier);
    const auto scannedAt = station.clock.now() - 20min; // scanned offline, sent 20 min later
    auto j = scan(courier, "pickup", shipment(), nullptr, {{"device_time", station::formatUtcIso(scannedAt)}});
    ASSERT_EQ(j["verdict"], "ok");
    auto s = station.ctx->database().prepare("SELECT device_time, received_at FROM field_scan");
    ASSERT_TRUE(s);
    ASSERT_TRUE(s->step());
    EXPECT_EQ(db::parseUtc(s->text(0)), scannedAt);
    EXPECT_EQ(db::parseUtc(s->text(1)), station.clock.now());
}

TEST_F(WebApiTest, ALateAdministrationScanIsJudgedAtTheTimeItHappened)
{
    deliver();
    const auto nurse = logIn(db::Role::Nurse);
    auto prep = station.ctx->preparations().getByNumber(packedDemo().demo.preparations[0]);
    ASSERT_TRUE(prep && prep->expiry);
    // Given 10 minutes ago with the phone offline; the network returns after the expiry: still a valid record.
    const auto givenAt = station.clock.now();
    station.clock.set(*prep->expiry + 30min);
    (void)logIn(db::Role::Nurse);
    auto session = logIn(db::Role::Nurse);
    auto late = administer(session, station.syringeCode(), nullptr, {{"device_time", station::formatUtcIso(givenAt)}});
    EXPECT_EQ(late["verdict"], "ok") << late.dump();
    // The second dose scanned now, after its expiry: refused.
    auto expired = administer(session, station.syringeCode(1));
    EXPECT_EQ(expired["verdict"], "refused");
    EXPECT_NE(expired["reason"].get<std::string>().find("expired"), std::string::npos) << expired.dump();
    (void)nurse;
}

TEST_F(WebApiTest, AdministrationNeedsThePasswordAgainAndThePatientsIdentity)
{
    deliver();
    const auto nurse = logIn(db::Role::Nurse);
    auto noPassword = administer(nurse, station.syringeCode(), nullptr, {{"password", ""}});
    EXPECT_EQ(noPassword["verdict"], "refused");
    EXPECT_NE(noPassword["reason"].get<std::string>().find("password"), std::string::npos);
    auto wrongPassword = administer(nurse, station.syringeCode(), nullptr, {{"password", "not-the-password"}});
    EXPECT_EQ(wrongPassword["verdict"], "refused") << wrongPassword.dump();
    auto otherPatient = administer(nurse, station.syringeCode(), nullptr, {{"patient", "FICTIF-999999"}});
    EXPECT_EQ(otherPatient["verdict"], "refused");
    EXPECT_NE(otherPatient["reason"].get<std::string>().find("not for patient FICTIF-999999"), std::string::npos)
        << otherPatient.dump();
    auto wrongBirth = administer(nurse, station.syringeCode(), nullptr, {{"birth_date", "1900-01-01"}});
    EXPECT_EQ(wrongBirth["verdict"], "refused");
    EXPECT_NE(wrongBirth["reason"].get<std::string>().find("born on 1900-01-01"), std::string::npos)
        << wrongBirth.dump();
    EXPECT_EQ(count("SELECT COUNT(*) FROM handover WHERE kind = 'administration'"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM field_scan WHERE verdict = 'refused'"), 4);
    EXPECT_EQ(administer(nurse, station.syringeCode())["verdict"], "ok");
}

TEST_F(WebApiTest, SessionsExpireWhenIdleAndCloseAtLogout)
{
    const auto courier = logIn(db::Role::Courier);
    int status = 0;
    call("GET", "me", nullptr, courier, &status);
    EXPECT_EQ(status, 200);
    station.clock.advance(sessions.policy().idle + 1min);
    auto expired = call("GET", "me", nullptr, courier, &status);
    EXPECT_EQ(status, 401);
    EXPECT_NE(expired["error"].get<std::string>().find("expired"), std::string::npos);
    const auto again = logIn(db::Role::Courier);
    call("DELETE", "session", nullptr, again, &status);
    EXPECT_EQ(status, 200);
    call("GET", "me", nullptr, again, &status);
    EXPECT_EQ(status, 401);
    call("GET", "shipments", nullptr, "", &status);
    EXPECT_EQ(status, 401);
}

TEST_F(WebApiTest, ACookieSessionWritesOnlyWithItsCsrfToken)
{
    const auto& account = station::demoAccount(db::Role::Courier);
    web::ApiResponse whole;
    auto login =
        call("POST", "session", {{"login", account.username}, {"password", account.password}}, {}, nullptr, &whole);
    bool secureCookie = false;
    for (const auto& [name, value] : whole.headers)
        if (name == "Set-Cookie")
            secureCookie = value.find("HttpOnly") != std::string::npos && value.find("Secure") != std::string::npos &&
                           value.find("SameSite=Strict") != std::string::npos;
    EXPECT_TRUE(secureCookie);
    web::ApiRequest forged{"POST", "/api/v1/handovers", {}, json{{"kind", "pickup"}, {"code", shipment()}}.dump()};
    forged.headers["cookie"] = std::string("other=1; ") + web::kSessionCookie + "=" + login["token"].get<std::string>();
    auto refused = web::WebApi(*station.ctx, sessions).handle(forged);
    EXPECT_EQ(refused.status, 403);
    EXPECT_NE(refused.body.find("CSRF"), std::string::npos);
    EXPECT_EQ(count("SELECT COUNT(*) FROM field_scan"), 0);
    forged.headers["x-csrf-token"] = login["csrf"].get<std::string>();
    auto accepted = web::WebApi(*station.ctx, sessions).handle(forged);
    EXPECT_EQ(accepted.status, 200) << accepted.body;
}

TEST_F(WebApiTest, WrongPasswordsLockTheAccountAsAtTheStation)
{
    const auto& account = station::demoAccount(db::Role::Courier);
    int status = 0;
    json last;
    for (int i = 0; i < 5; ++i)
        last = call("POST", "session", {{"login", account.username}, {"password", "wrong"}}, {}, &status);
    EXPECT_EQ(status, 401);
    auto locked = call("POST", "session", {{"login", account.username}, {"password", account.password}}, {}, &status);
    EXPECT_EQ(status, 401);
    EXPECT_NE(locked["error"].get<std::string>().find("locked"), std::string::npos) << locked.dump();
}

TEST_F(WebApiTest, MalformedRequestsAreRefusedNamingWhatWasWrong)
{
    const auto courier = logIn(db::Role::Courier);
    int status = 0;
    web::ApiRequest notJson{"POST", "/api/v1/handovers", {{"authorization", "Bearer " + courier}}, "{kind: pickup"};
    EXPECT_EQ(web::WebApi(*station.ctx, sessions).handle(notJson).status, 400);
    auto kind = scan(courier, "teleport", shipment(), &status);
    EXPECT_EQ(status, 400);
    EXPECT_NE(kind["error"].get<std::string>().find("'teleport'"), std::string::npos);
    auto time = scan(courier, "pickup", shipment(), &status, {{"device_time", "yesterday"}});
    EXPECT_EQ(status, 400);
    EXPECT_NE(time["error"].get<std::string>().find("device_time"), std::string::npos);
    auto number = call("POST", "handovers", {{"kind", "pickup"}, {"code", 42}}, courier, &status);
    EXPECT_EQ(status, 400);
    auto empty = scan(courier, "pickup", "", &status);
    EXPECT_EQ(status, 400);
    auto unknown = scan(courier, "pickup", "' OR 1=1 --", &status);
    EXPECT_EQ(status, 200);
    EXPECT_EQ(unknown["verdict"], "refused");
    EXPECT_NE(unknown["reason"].get<std::string>().find("not a known shipment"), std::string::npos);
    call("GET", "nothing-here", nullptr, courier, &status);
    EXPECT_EQ(status, 404);
    call("PUT", "handovers", nullptr, courier, &status);
    EXPECT_EQ(status, 405);
    (void)number;
    (void)empty;
}

TEST_F(WebApiTest, EveryApiActionIsInTheAuditTrail)
{
    const auto courier = logIn(db::Role::Courier);
    call("GET", "shipments", nullptr, courier);
    scan(courier, "pickup", shipment());
    call("DELETE", "session", nullptr, courier);
    auto all = station.ctx->audit().all();
    ASSERT_TRUE(all);
    auto has = [&](const std::string& action, const std::string& entity) {
        for (const auto& e : *all)
            if (e.action == action && e.entity == entity &&
                e.username == station::demoAccount(db::Role::Courier).username)
                return true;
        return false;
    };
    EXPECT_TRUE(has("web_session_opened", "web_session"));
    EXPECT_TRUE(has("listed", "web_shipments"));
    EXPECT_TRUE(has("create", "field_scan"));
    EXPECT_TRUE(has("create", "handover"));
    EXPECT_TRUE(has("web_session_closed", "web_session"));
}

TEST_F(WebApiTest, NobodyHomeSendsTheShipmentBackAndNoneOfItsDosesMayBeGiven)
{
    const auto courier = logIn(db::Role::Courier);
    int status = 0;
    // Not before pickup: the problem is met on the way.
    auto early = scan(courier, "problem", shipment(), &status, {{"problem", "nobody_home"}});
    EXPECT_EQ(early["verdict"], "refused") << early.dump();
    EXPECT_EQ(scan(courier, "pickup", shipment())["verdict"], "ok");
    auto unnamed = scan(courier, "problem", shipment(), &status);
    EXPECT_EQ(unnamed["verdict"], "refused");
    EXPECT_NE(unnamed["reason"].get<std::string>().find("say what the problem is"), std::string::npos);
    scan(courier, "problem", shipment(), &status, {{"problem", "stolen"}});
    EXPECT_EQ(status, 400);
    auto declared = scan(courier, "problem", shipment(), &status,
                         {{"problem", "nobody_home"}, {"note", "two calls, no answer (fictitious)"}});
    EXPECT_EQ(status, 200);
    EXPECT_EQ(declared["verdict"], "ok") << declared.dump();
    EXPECT_EQ(declared["preparations"].size(), 2u);
    auto delivered = scan(courier, "delivery", shipment());
    EXPECT_EQ(delivered["verdict"], "refused");
    EXPECT_NE(delivered["reason"].get<std::string>().find("goes back to the PUI"), std::string::npos)
        << delivered.dump();
    EXPECT_EQ(count("SELECT COUNT(*) FROM delivery_problem WHERE kind = 'nobody_home'"), 1);
    // A nurse may not declare a courier's problem.
    scan(logIn(db::Role::Nurse), "problem", shipment(), &status, {{"problem", "refused"}});
    EXPECT_EQ(status, 403);
}

TEST_F(WebApiTest, ADoseNotGivenIsRecordedWithItsReasonAndCannotBeGivenAfter)
{
    deliver();
    const auto nurse = logIn(db::Role::Nurse);
    int status = 0;
    auto noReason = scan(nurse, "not_given", station.syringeCode(), &status, {{"outcome", "returned"}});
    EXPECT_EQ(noReason["verdict"], "refused");
    EXPECT_NE(noReason["reason"].get<std::string>().find("say why"), std::string::npos) << noReason.dump();
    auto noOutcome = scan(nurse, "not_given", station.syringeCode(), &status, {{"reason", "fever"}});
    EXPECT_EQ(noOutcome["verdict"], "refused");
    auto recorded = scan(nurse, "not_given", station.syringeCode(), &status,
                         {{"outcome", "destroyed"}, {"reason", "patient febrile, treatment postponed (fictitious)"}});
    EXPECT_EQ(status, 200);
    EXPECT_EQ(recorded["verdict"], "ok") << recorded.dump();
    EXPECT_EQ(recorded["preparations"], json::array({packedDemo().demo.preparations[0]}));
    auto check = call("GET", "preparations/" + station.syringeCode(), nullptr, nurse);
    EXPECT_EQ(check["administrable"], false);
    EXPECT_NE(check["reason"].get<std::string>().find("not given (destroyed at the home)"), std::string::npos)
        << check.dump();
    EXPECT_EQ(administer(nurse, station.syringeCode())["verdict"], "refused");
    EXPECT_EQ(count("SELECT COUNT(*) FROM dose_not_given WHERE outcome = 'destroyed'"), 1);
    // The other dose of the shipment is unaffected.
    EXPECT_EQ(administer(nurse, station.syringeCode(1))["verdict"], "ok");
    // A courier may not record it.
    scan(logIn(db::Role::Courier), "not_given", station.syringeCode(1), &status,
         {{"outcome", "returned"}, {"reason", "x"}});
    EXPECT_EQ(status, 403);

    // The chain of custody says so in GS1 EPCIS: the dose destroyed at the home, the other one dispensed; the
    // document validates against GS1's schema.
    const auto& auditor = station::demoAccount(db::Role::Auditor);
    auto who = station.ctx->users().authenticate(auditor.username, auditor.password, station.clock.now());
    ASSERT_TRUE(who);
    const auto file = station.dir / "shipment.jsonld";
    auto written = station::EpcisExport(*station.ctx)
                       .write(*who, {station::EpcisScope::Kind::Shipment, packedDemo().demo.shipment}, file);
    ASSERT_TRUE(written) << written.error().message;
    std::ifstream in(file);
    const auto doc = json::parse(in);
    std::vector<std::pair<std::string, std::string>> steps;
    for (const auto& e : doc["epcisBody"]["eventList"])
        steps.emplace_back(e.value("bizStep", ""), e.value("disposition", ""));
    EXPECT_NE(std::find(steps.begin(), steps.end(), std::pair<std::string, std::string>{"destroying", "destroyed"}),
              steps.end());
    EXPECT_NE(std::find(steps.begin(), steps.end(), std::pair<std::string, std::string>{"dispensing", "dispensed"}),
              steps.end());
    const auto validated =
        runShell("/usr/bin/python3 '" + sourcePath("tests/integration/validate_epcis.py").string() + "' '" +
                 sourcePath("tests/data/epcis/EPCIS-JSON-Schema.json").string() + "' '" + file.string() + "' 2>&1");
    EXPECT_EQ(validated.code, 0) << validated.out;
}

} // namespace
} // namespace prep::test
