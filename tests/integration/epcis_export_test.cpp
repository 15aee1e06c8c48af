// SPDX-License-Identifier: GPL-3.0-or-later
// The EPCIS export of the demo's doses (made, packed, shipped, delivered with its logger, administered): every
// document validates against GS1's EPCIS 2.0 JSON schema the way GS1 validates it, and says what the records say
// (business steps, dispositions, GS1 keys, the logger's readings).
#include "devices/gs1/gs1.h"
#include "prep-station/identity/gs1_keys.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/epcis_export.h"
#include "tests/integration/demo_fixture.h"
#include "tests/support/shell_run.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

namespace prep::station {
namespace {

using nlohmann::json;

const std::string kSchema = test::sourcePath("tests/data/epcis/EPCIS-JSON-Schema.json").string();
const std::string kValidator = test::sourcePath("tests/integration/validate_epcis.py").string();

// GS1's schema run over `files` (python3-jsonschema with the uri and date-time formats, as GS1's ajv-formats).
test::ShellRun validate(const std::string& files)
{
    return test::runShell("/usr/bin/python3 '" + kValidator + "' '" + kSchema + "' " + files + " 2>&1");
}

// A path as one shell word.
std::string quoted(const std::filesystem::path& path)
{
    std::string word(1, '\'');
    word.append(path.string());
    word.push_back('\'');
    return word;
}

json readJson(const std::filesystem::path& path)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return json::parse(ss.str());
}

std::vector<std::string> bizSteps(const json& doc)
{
    std::vector<std::string> steps;
    for (const auto& e : doc["epcisBody"]["eventList"])
        steps.push_back(e.value("bizStep", ""));
    return steps;
}

std::set<std::string> eventIds(const json& doc)
{
    std::set<std::string> ids;
    for (const auto& e : doc["epcisBody"]["eventList"])
        ids.insert(e["eventID"].get<std::string>());
    return ids;
}

const json& eventWith(const json& doc, const std::string& bizStep)
{
    for (const auto& e : doc["epcisBody"]["eventList"])
        if (e.value("bizStep", "") == bizStep)
            return e;
    static const json none;
    ADD_FAILURE() << "no " << bizStep << " event";
    return none;
}

class EpcisExportTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        std::string error;
        auto run = test::demoRun(error);
        ASSERT_TRUE(error.empty()) << error;
        s_demo = new test::DemoRun(run);
        // The command-line runs log in (an audited write): they work on a copy, the shared demo stays as it was.
        s_dir = new test::TempDir;
        std::filesystem::copy_file(s_demo->database, s_dir->file("demo.sqlite"));
    }
    static void TearDownTestSuite()
    {
        delete s_demo;
        delete s_dir;
    }
    void SetUp() override
    {
        ASSERT_NE(s_demo, nullptr);
        auto ctx = StationContext::open(s_demo->database.string(), m_clock);
        ASSERT_TRUE(ctx) << ctx.error().message;
        m_ctx = std::move(*ctx);
        auto auditor = m_ctx->users().find("auditor.demo");
        ASSERT_TRUE(auditor);
        m_auditor = *auditor;
    }

    json exported(const EpcisScope& scope, const std::string& name)
    {
        const auto path = m_dir.file(name);
        auto written = EpcisExport(*m_ctx).write(m_auditor, scope, path);
        EXPECT_TRUE(written) << (written ? "" : written.error().message);
        auto check = validate(quoted(path));
        EXPECT_EQ(check.code, 0) << check.out;
        return readJson(path);
    }

    // prepctl as a user runs it, on the copy of the demo database, with its own data directory.
    test::ShellRun prepctl(const std::string& args, const std::string& login, const std::string& password)
    {
        return test::runShell("XDG_DATA_HOME='" + m_dir.path().string() + "' PREP_PASSWORD='" + password + "' " +
                              PREPCTL_PATH + " " + args + " --db '" + s_dir->file("demo.sqlite").string() + "' --as " +
                              login + " 2>&1");
    }

    static inline test::DemoRun* s_demo = nullptr;
    static inline test::TempDir* s_dir = nullptr;
    test::TempDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<StationContext> m_ctx;
    db::Actor m_auditor;
};

TEST_F(EpcisExportTest, ValidatorAcceptsGs1sOwnTestEventsAndRejectsBrokenDocuments)
{
    const auto events = test::sourcePath("tests/data/epcis/gs1-test-events");
    auto gs1 = validate(quoted(events) + "/*.json");
    EXPECT_EQ(gs1.code, 0) << gs1.out;

    auto doc = exported({EpcisScope::Kind::Preparation, s_demo->preparations.front()}, "good.jsonld");
    auto broken = doc;
    broken["epcisBody"]["eventList"][0]["bizStep"] = "brewing";
    broken["epcisBody"]["eventList"][1].erase("eventTimeZoneOffset");
    broken["epcisBody"]["eventList"][2]["readPoint"]["id"] = "quai d'expédition";
    broken["epcisBody"]["eventList"][3]["eventTime"] = "2026-12-06T05:58:00"; // no time zone
    std::ofstream(m_dir.file("broken.jsonld")) << broken.dump(2);
    auto check = validate(quoted(m_dir.file("broken.jsonld")));
    EXPECT_EQ(check.code, 1) << check.out;
    EXPECT_NE(check.out.find("eventList/0/bizStep"), std::string::npos) << check.out;
    EXPECT_NE(check.out.find("'eventTimeZoneOffset' is a required property"), std::string::npos) << check.out;
    EXPECT_NE(check.out.find("is not a 'uri'"), std::string::npos) << check.out;
    EXPECT_NE(check.out.find("is not a 'date-time'"), std::string::npos) << check.out;
}

TEST_F(EpcisExportTest, PreparationIsFollowedFromItsVialLotToTheNursesAdministration)
{
    const std::string number = s_demo->preparations.front();
    auto doc = exported({EpcisScope::Kind::Preparation, number}, "prep.jsonld");
    EXPECT_EQ(doc["@context"], "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
    EXPECT_EQ(doc["type"], "EPCISDocument");
    EXPECT_EQ(doc["schemaVersion"], "2.0");
    EXPECT_EQ(bizSteps(doc),
              (std::vector<std::string>{"commissioning", "packing", "shipping", "receiving", "dispensing"}));

    auto prep = m_ctx->preparations().getByNumber(number);
    ASSERT_TRUE(prep);
    const std::string site = "https://id.gs1.org/414/" + m_ctx->site().gln;
    const std::string home = site + "/254/HAD";
    const std::string dose = "https://id.gs1.org/01/" + m_ctx->site().preparationGtin + "/21/" + number;
    EXPECT_EQ(m_ctx->site().gln, "3012345000017");

    const auto& made = eventWith(doc, "commissioning");
    EXPECT_EQ(made["type"], "TransformationEvent");
    EXPECT_EQ(made["disposition"], "active");
    EXPECT_EQ(made["outputEPCList"], json::array({dose}));
    EXPECT_EQ(made["eventTime"], db::formatUtc(*prep->preparedAt));
    EXPECT_EQ(made["readPoint"]["id"], site);
    auto scans = m_ctx->vialScans().listFor(prep->id);
    ASSERT_TRUE(scans && !scans->empty());
    EXPECT_EQ(made["inputQuantityList"][0]["epcClass"],
              "https://id.gs1.org/01/" + scans->front().gtin + "/10/" + scans->front().lot);
    EXPECT_EQ(made["ilmd"]["cbvmda:lotNumber"], number); // the label's (10)

    const auto& packed = eventWith(doc, "packing");
    EXPECT_EQ(packed["type"], "AggregationEvent");
    EXPECT_EQ(packed["action"], "ADD");
    EXPECT_EQ(packed["disposition"], "in_progress");
    const std::string cooler = packed["parentID"];
    const std::string prefix = "https://id.gs1.org/00/";
    ASSERT_EQ(cooler.rfind(prefix, 0), 0u) << cooler;
    const std::string sscc = cooler.substr(prefix.size());
    EXPECT_EQ(sscc.size(), 18u);
    EXPECT_TRUE(devices::gs1CheckDigitValid(sscc)) << sscc;
    EXPECT_EQ(sscc.substr(1, 7), "3012345");
    EXPECT_EQ(packed["childEPCs"].size(), s_demo->preparations.size());
    EXPECT_NE(std::find(packed["childEPCs"].begin(), packed["childEPCs"].end(), dose), packed["childEPCs"].end());

    const auto& shipped = eventWith(doc, "shipping");
    EXPECT_EQ(shipped["disposition"], "in_transit");
    EXPECT_EQ(shipped["epcList"], json::array({cooler}));
    EXPECT_EQ(shipped["readPoint"]["id"], site);
    EXPECT_EQ(shipped["destinationList"][0]["destination"], home);

    const auto& received = eventWith(doc, "receiving");
    EXPECT_EQ(received["epcList"], json::array({cooler}));
    EXPECT_EQ(received["readPoint"]["id"], home);

    const auto& given = eventWith(doc, "dispensing");
    EXPECT_EQ(given["disposition"], "dispensed");
    EXPECT_EQ(given["epcList"], json::array({dose}));
    EXPECT_EQ(given["readPoint"]["id"], home);

    // Oldest first, each in UTC with the site's offset at that instant; no patient identity anywhere.
    std::string previous;
    for (const auto& e : doc["epcisBody"]["eventList"]) {
        const std::string at = e["eventTime"];
        EXPECT_LE(previous, at);
        previous = at;
        auto instant = db::parseUtc(at);
        ASSERT_TRUE(instant) << at;
        const auto offset = parisOffset(*instant).count();
        EXPECT_EQ(e["eventTimeZoneOffset"], offset == 60 ? "+01:00" : "+02:00");
    }
    auto prescribed = m_ctx->prescribedFor(*prep);
    ASSERT_TRUE(prescribed);
    const std::string text = doc.dump();
    EXPECT_EQ(text.find(prescribed->patient.ipp), std::string::npos);
    EXPECT_EQ(text.find(prescribed->patient.familyName), std::string::npos);
}

TEST_F(EpcisExportTest, ReceivingCarriesTheLoggersReadingsAsSensorReports)
{
    auto doc = exported({EpcisScope::Kind::Shipment, s_demo->shipment}, "shipment.jsonld");
    const auto& received = eventWith(doc, "receiving");
    ASSERT_TRUE(received.contains("sensorElementList"));
    const auto& element = received["sensorElementList"][0];

    auto shipment = m_ctx->shipments().getByNumber(s_demo->shipment);
    ASSERT_TRUE(shipment);
    auto imports = m_ctx->loggers().listFor(shipment->id);
    ASSERT_TRUE(imports && imports->size() == 1u);
    auto readings = m_ctx->loggers().readings(imports->front().id);
    ASSERT_TRUE(readings && !readings->empty());

    EXPECT_EQ(element["sensorMetadata"]["deviceID"], "https://id.gs1.org/8004/3012345" + shipment->loggerId);
    EXPECT_EQ(element["sensorMetadata"]["startTime"], db::formatUtc(readings->front().at));
    EXPECT_EQ(element["sensorMetadata"]["endTime"], db::formatUtc(readings->back().at));
    // rawData names the logger file the demo wrote by its SHA-256 (RFC 6920), computed here by Python's hashlib.
    const std::string loggerFile = json::parse(s_demo->json)["logger_file"];
    auto digest = test::runShell("/usr/bin/python3 -c \"import base64, hashlib, sys; print('ni:///sha-256;' + "
                                 "base64.urlsafe_b64encode(hashlib.sha256(open(sys.argv[1], 'rb').read()).digest())"
                                 ".rstrip(b'=').decode())\" " +
                                 quoted(std::filesystem::path(loggerFile)));
    ASSERT_EQ(digest.code, 0) << digest.out;
    EXPECT_EQ(element["sensorMetadata"]["rawData"].get<std::string>() + "\n", digest.out);
    const auto& reports = element["sensorReport"];
    ASSERT_EQ(reports.size(), readings->size() + 1); // the summary, then every reading
    double low = 1e9, high = -1e9;
    for (std::size_t i = 0; i < readings->size(); ++i) {
        const auto& r = reports[i + 1];
        EXPECT_EQ(r["type"], "Temperature");
        EXPECT_EQ(r["uom"], "CEL");
        EXPECT_EQ(r["time"], db::formatUtc((*readings)[i].at));
        EXPECT_DOUBLE_EQ(r["value"].get<double>(), (*readings)[i].celsius);
        low = std::min(low, (*readings)[i].celsius);
        high = std::max(high, (*readings)[i].celsius);
    }
    EXPECT_DOUBLE_EQ(reports[0]["minValue"].get<double>(), low);
    EXPECT_DOUBLE_EQ(reports[0]["maxValue"].get<double>(), high);
    EXPECT_FALSE(reports[0].contains("exception")); // the station judged this cold chain valid
}

TEST_F(EpcisExportTest, ALoggerReadBeforeAnyDeliveryIsStillReportedAndABrokenColdChainRaisesTheAlarm)
{
    // A shipment stopped on the way: on a copy of the demo, the logger's verdict says do not administer and no
    // delivery or administration happened (the copy edited with the sqlite3 tool).
    const auto copy = m_dir.file("stopped.sqlite");
    std::filesystem::copy_file(s_demo->database, copy);
    auto edit = test::runShell("sqlite3 " + quoted(copy) +
                               " \"UPDATE logger_import SET verdict = 'do not administer', reason = 'above 8 C'; "
                               "DELETE FROM handover WHERE kind <> 'pickup';\" 2>&1");
    ASSERT_EQ(edit.code, 0) << edit.out;
    auto ctx = StationContext::open(copy.string(), m_clock);
    ASSERT_TRUE(ctx) << ctx.error().message;
    const auto path = m_dir.file("stopped.jsonld");
    auto written = EpcisExport(**ctx).write(m_auditor, {EpcisScope::Kind::Shipment, s_demo->shipment}, path);
    ASSERT_TRUE(written) << written.error().message;
    auto check = validate(quoted(path));
    EXPECT_EQ(check.code, 0) << check.out;

    auto doc = readJson(path);
    EXPECT_EQ(bizSteps(doc),
              (std::vector<std::string>{"commissioning", "commissioning", "packing", "shipping", "sensor_reporting"}));
    const auto& reported = eventWith(doc, "sensor_reporting");
    EXPECT_EQ(reported["epcList"], json::array({eventWith(doc, "packing")["parentID"]}));
    EXPECT_EQ(reported["sensorElementList"][0]["sensorReport"][0]["exception"], "ALARM_CONDITION");
}

TEST_F(EpcisExportTest, ShipmentAndLotExportsThroughPrepctlValidateAndShareTheirEventIds)
{
    const auto shipmentFile = m_dir.file("s.jsonld"), lotFile = m_dir.file("lot.jsonld");
    auto s = prepctl("epcis export --shipment " + s_demo->shipment + " --out " + quoted(shipmentFile) + " --json",
                     "auditor.demo", "demo-auditor-2026");
    ASSERT_EQ(s.code, 0) << s.out;
    EXPECT_EQ(json::parse(s.out)["events"], 7);
    auto prep = m_ctx->preparations().getByNumber(s_demo->preparations.front());
    ASSERT_TRUE(prep);
    auto scans = m_ctx->vialScans().listFor(prep->id);
    ASSERT_TRUE(scans && !scans->empty());
    auto l = prepctl("epcis export --lot " + scans->front().lot + " --out " + quoted(lotFile), "pharm.demo",
                     "demo-pharm-2026");
    ASSERT_EQ(l.code, 0) << l.out;
    auto check = validate(quoted(shipmentFile) + " " + quoted(lotFile));
    EXPECT_EQ(check.code, 0) << check.out;

    auto shipment = readJson(shipmentFile), lot = readJson(lotFile);
    EXPECT_EQ(bizSteps(shipment), (std::vector<std::string>{"commissioning", "commissioning", "packing", "shipping",
                                                            "receiving", "dispensing", "dispensing"}));
    // Both syringes came from the demo's one vial lot: the same events, under the same ids, whichever way asked.
    EXPECT_EQ(eventIds(lot), eventIds(shipment));
    auto one = exported({EpcisScope::Kind::Preparation, s_demo->preparations.front()}, "one.jsonld");
    for (const auto& id : eventIds(one))
        EXPECT_TRUE(eventIds(shipment).count(id)) << id;
    // A re-export repeats every event byte for byte.
    auto again = exported({EpcisScope::Kind::Preparation, s_demo->preparations.front()}, "again.jsonld");
    EXPECT_EQ(again["epcisBody"], one["epcisBody"]);
}

TEST_F(EpcisExportTest, OnlyThoseWhoTraceMayExport)
{
    for (const char* login : {"tech.demo", "courier.demo", "nurse.demo"}) {
        auto who = m_ctx->users().find(login);
        ASSERT_TRUE(who);
        auto doc = EpcisExport(*m_ctx).document(*who, {EpcisScope::Kind::Preparation, s_demo->preparations.front()});
        ASSERT_FALSE(doc) << login;
        EXPECT_EQ(doc.error().kind, Error::Kind::Denied);
        EXPECT_NE(doc.error().message.find("EPCIS"), std::string::npos) << doc.error().message;
    }
    const auto out = m_dir.file("refused.jsonld");
    auto r = prepctl("epcis export --prep " + s_demo->preparations.front() + " --out " + quoted(out), "courier.demo",
                     "demo-courier-2026");
    EXPECT_EQ(r.code, 3) << r.out;
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST_F(EpcisExportTest, WhatCannotBeExportedIsNamed)
{
    auto lot = EpcisExport(*m_ctx).document(m_auditor, {EpcisScope::Kind::Lot, "NO-SUCH-LOT"});
    ASSERT_FALSE(lot);
    EXPECT_EQ(lot.error().kind, Error::Kind::NotFound);
    EXPECT_NE(lot.error().message.find("NO-SUCH-LOT"), std::string::npos) << lot.error().message;
    auto shipment = EpcisExport(*m_ctx).document(m_auditor, {EpcisScope::Kind::Shipment, "S-19990101-0001"});
    ASSERT_FALSE(shipment);
    EXPECT_NE(shipment.error().message.find("S-19990101-0001"), std::string::npos) << shipment.error().message;

    auto noOut = prepctl("epcis export --prep " + s_demo->preparations.front(), "auditor.demo", "demo-auditor-2026");
    EXPECT_EQ(noOut.code, 2) << noOut.out;
    EXPECT_NE(noOut.out.find("--out"), std::string::npos) << noOut.out;
    auto two = prepctl("epcis export --prep P --lot L --out x.jsonld", "auditor.demo", "demo-auditor-2026");
    EXPECT_EQ(two.code, 2) << two.out;
    EXPECT_NE(two.out.find("exactly one of --prep, --shipment, --lot"), std::string::npos) << two.out;
}

} // namespace
} // namespace prep::station
