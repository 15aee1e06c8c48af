// SPDX-License-Identifier: GPL-3.0-or-later
// The PUI's dispatch watch, the return path and the nurses' care lists, on a copy of a station whose demo doses are
// packed: each alarm raised at its deadline (site-policy.json dispatch_watch: pickup 60 min, delivery 240 min or the
// end of the window agreed at packing, logger data 120 min, return 240 min), kept raised after the late step happens,
// closed only by a pharmacist's reason (re-authenticated, audited) or, for a dose back at the PUI, by the decision on
// it.
#include "prep-station/workflow/care_list_desk.h"
#include "prep-station/workflow/demo_accounts.h"
#include "prep-station/workflow/dispatch_desk.h"
#include "prep-station/workflow/dispatch_watch.h"
#include "prep-station/workflow/epcis_export.h"
#include "prep-station/workflow/field_desk.h"
#include "prep-station/workflow/return_desk.h"
#include "tests/prep-station/web/packed_demo.h"
#include "tests/support/shell_run.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace prep::test {
namespace {

using namespace std::chrono_literals;
using station::DispatchAlarm;
using station::DispatchAlarmKind;

class DispatchWatchTest : public ::testing::Test
{
protected:
    TempDir dir;
    PackedStation station{dir};

    db::Actor actor(db::Role role, int index = 0)
    {
        const auto& account = station::demoAccount(role, index);
        auto who = station.ctx->users().authenticate(account.username, account.password, station.clock.now());
        EXPECT_TRUE(who) << who.error().message;
        return who ? *who : db::Actor{};
    }
    static std::string password(db::Role role, int index = 0) { return station::demoAccount(role, index).password; }

    station::DispatchWatchReport look()
    {
        auto report = station::DispatchWatch(*station.ctx).look(actor(db::Role::Pharmacist), station.clock.now());
        EXPECT_TRUE(report) << report.error().message;
        return report ? *report : station::DispatchWatchReport{};
    }
    static const DispatchAlarm* find(const station::DispatchWatchReport& r, DispatchAlarmKind kind)
    {
        auto it = std::find_if(r.alarms.begin(), r.alarms.end(), [&](const auto& a) { return a.kind == kind; });
        return it == r.alarms.end() ? nullptr : &*it;
    }
    const std::string& shipment() const { return packedDemo().demo.shipment; }
    station::DispatchDesk desk() { return station::DispatchDesk(*station.ctx); }
    void pickUp() { ASSERT_TRUE(desk().pickUp(actor(db::Role::Courier), shipment(), "PUI")); }
    void deliver() { ASSERT_TRUE(desk().deliver(actor(db::Role::Courier), shipment(), "domicile (fictif)")); }
    auto resolve(const std::string& key, const std::string& reason, db::Role role = db::Role::Pharmacist)
    {
        return station::DispatchWatch(*station.ctx).resolve(actor(role), password(role), key, reason);
    }
    int count(const std::string& sql)
    {
        auto s = station.ctx->database().prepare(sql);
        EXPECT_TRUE(s);
        auto r = s->step();
        EXPECT_TRUE(r && *r);
        return static_cast<int>(s->int64(0));
    }
};

TEST_F(DispatchWatchTest, AFreshlyPackedShipmentIsWatchedWithoutAlarm)
{
    const auto r = look();
    ASSERT_EQ(r.shipments.size(), 1u);
    EXPECT_EQ(r.shipments[0].shipment.number, shipment());
    EXPECT_EQ(r.shipments[0].stage, station::JourneyStage::Packed);
    EXPECT_EQ(r.openAlarms(), 0u);
    // A courier has no business on the PUI's watch.
    auto courier = station::DispatchWatch(*station.ctx).look(actor(db::Role::Courier), station.clock.now());
    ASSERT_FALSE(courier);
    EXPECT_EQ(courier.error().kind, station::Error::Kind::Denied);
}

TEST_F(DispatchWatchTest, ALatePickupStaysRaisedAfterThePickupUntilAPharmacistGivesAReason)
{
    station.clock.advance(49min); // packed + 59 min: still in time
    EXPECT_EQ(look().openAlarms(), 0u);
    station.clock.advance(2min); // packed + 61 min
    auto r = look();
    const auto* late = find(r, DispatchAlarmKind::PickupLate);
    ASSERT_NE(late, nullptr);
    EXPECT_TRUE(late->open());
    EXPECT_EQ(late->key, "pickup_late/" + shipment());
    EXPECT_EQ(late->since, packedDemo().demo.packedAt + 60min);
    pickUp();
    r = look();
    late = find(r, DispatchAlarmKind::PickupLate);
    ASSERT_NE(late, nullptr) << "the pickup happened late: the alarm must not close by itself";
    EXPECT_TRUE(late->open());
    EXPECT_NE(station::englishText(late->what).find("picked up late"), std::string::npos)
        << station::englishText(late->what);

    // Closed only by a pharmacist, with a reason and the password again.
    auto byTechnician = resolve(late->key, "courier was late", db::Role::Technician);
    ASSERT_FALSE(byTechnician);
    EXPECT_EQ(byTechnician.error().kind, station::Error::Kind::Denied);
    auto noReason = resolve(late->key, "");
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().kind, station::Error::Kind::Invalid);
    auto wrongPassword = station::DispatchWatch(*station.ctx)
                             .resolve(actor(db::Role::Pharmacist), "not-my-password", late->key, "courier was late");
    ASSERT_FALSE(wrongPassword);
    auto closed = resolve(late->key, "courier stuck in traffic; cooler checked, within its 8 h autonomy");
    ASSERT_TRUE(closed) << closed.error().message;
    r = look();
    late = find(r, DispatchAlarmKind::PickupLate);
    ASSERT_NE(late, nullptr);
    EXPECT_FALSE(late->open());
    ASSERT_TRUE(late->resolution);
    EXPECT_EQ(late->resolution->reason, "courier stuck in traffic; cooler checked, within its 8 h autonomy");
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'dispatch_alarm_resolution'"), 1);
    auto again = resolve(late->key, "twice");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, station::Error::Kind::Refused);
    auto unknown = resolve("pickup_late/S-00000000-0000", "no such alarm");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().kind, station::Error::Kind::NotFound);
}

TEST_F(DispatchWatchTest, MissingDeliveryAndLoggerDataAreAlarmsAtTheirDeadlines)
{
    pickUp();
    // The deadline is the end of the window agreed at packing (the demo's: packed + 3 h).
    station.clock.set(packedDemo().demo.packedAt + 3h - 1min);
    EXPECT_EQ(find(look(), DispatchAlarmKind::DeliveryLate), nullptr);
    station.clock.advance(2min);
    const auto r = look();
    const auto* late = find(r, DispatchAlarmKind::DeliveryLate);
    ASSERT_NE(late, nullptr);
    EXPECT_NE(station::englishText(late->what).find("has not been delivered"), std::string::npos);
    deliver();
    station.clock.advance(121min);
    const auto afterDelivery = look();
    const auto* missing = find(afterDelivery, DispatchAlarmKind::LoggerDataMissing);
    ASSERT_NE(missing, nullptr);
    EXPECT_NE(station::englishText(missing->what).find("has not arrived"), std::string::npos);
    EXPECT_EQ(afterDelivery.shipments.at(0).stage, station::JourneyStage::Delivered);
    station.importLogger();
    const auto imported = look();
    missing = find(imported, DispatchAlarmKind::LoggerDataMissing);
    ASSERT_NE(missing, nullptr) << "the logger data arrived late: still an alarm until a pharmacist says why";
    EXPECT_TRUE(missing->open());
    EXPECT_NE(station::englishText(missing->what).find("arrived late"), std::string::npos);
    EXPECT_EQ(imported.openAlarms(), 2u); // delivery late, logger data late
}

TEST_F(DispatchWatchTest, AShipmentThatCouldNotBeDeliveredComesBackAndEachDoseIsDecided)
{
    pickUp();
    station.clock.advance(30min);
    ASSERT_TRUE(desk().declareProblem(actor(db::Role::Courier), shipment(), db::DeliveryProblemRecord::Kind::NobodyHome,
                                      "nobody answered", "domicile"));
    auto r = look();
    ASSERT_NE(find(r, DispatchAlarmKind::DeliveryProblem), nullptr);
    EXPECT_EQ(r.shipments.at(0).stage, station::JourneyStage::ProblemDeclared);
    station.clock.advance(241min);
    r = look();
    ASSERT_NE(find(r, DispatchAlarmKind::ReturnLate), nullptr);

    station::ReturnDesk returns(*station.ctx);
    // Received back by the pharmacy; a nurse cannot.
    ASSERT_FALSE(returns.receive(actor(db::Role::Nurse), shipment(), ""));
    auto received = returns.receive(actor(db::Role::Technician), shipment(), "");
    ASSERT_TRUE(received) << received.error().message;
    auto twice = returns.receive(actor(db::Role::Technician), shipment(), "");
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().kind, station::Error::Kind::Refused);
    r = look();
    EXPECT_EQ(r.shipments.at(0).stage, station::JourneyStage::ReturnedToPui);
    const auto doses = packedDemo().demo.preparations;
    const auto undecided = std::count_if(r.alarms.begin(), r.alarms.end(), [](const DispatchAlarm& a) {
        return a.kind == DispatchAlarmKind::ReturnedDoseUndecided && a.open();
    });
    EXPECT_EQ(undecided, static_cast<long>(doses.size()));
    // A returned dose is decided, not explained away.
    const auto* first = find(r, DispatchAlarmKind::ReturnedDoseUndecided);
    ASSERT_NE(first, nullptr);
    auto explained = resolve(first->key, "fine");
    ASSERT_FALSE(explained);
    EXPECT_NE(explained.error().message.find("decide"), std::string::npos) << explained.error().message;

    // Sent out again only with its cold chain shown: the logger first.
    const auto pharmacist = actor(db::Role::Pharmacist);
    const auto pw = password(db::Role::Pharmacist);
    auto blind = returns.decide(pharmacist, pw, doses[0], db::ReturnedDoseDecisionRecord::Decision::Redispatch,
                                "patient home tomorrow");
    ASSERT_FALSE(blind);
    EXPECT_NE(blind.error().message.find("logger"), std::string::npos) << blind.error().message;
    station.importLogger();
    auto again = returns.decide(pharmacist, pw, doses[0], db::ReturnedDoseDecisionRecord::Decision::Redispatch,
                                "patient home tomorrow");
    ASSERT_TRUE(again) << again.error().message;
    auto prep = station.ctx->preparations().getByNumber(doses[0]);
    ASSERT_TRUE(prep);
    EXPECT_EQ(prep->status, db::PreparationStatus::Released);
    auto redecide = returns.decide(pharmacist, pw, doses[0], db::ReturnedDoseDecisionRecord::Decision::Destroy, "x");
    ASSERT_FALSE(redecide) << "a dose sent out again is in the pharmacy's hands: released, not back";
    for (std::size_t i = 1; i < doses.size(); ++i)
        ASSERT_TRUE(returns.decide(pharmacist, pw, doses[i], db::ReturnedDoseDecisionRecord::Decision::Destroy,
                                   "damaged during the return"));
    r = look();
    EXPECT_EQ(std::count_if(r.alarms.begin(), r.alarms.end(),
                            [](const DispatchAlarm& a) {
                                return a.kind == DispatchAlarmKind::ReturnedDoseUndecided && a.open();
                            }),
              0);

    // The chain of custody in GS1 EPCIS: the cooler turned back at the door, received back at the PUI, a dose
    // destroyed there; the document validates against GS1's schema.
    const auto& auditor = station::demoAccount(db::Role::Auditor);
    auto who = station.ctx->users().authenticate(auditor.username, auditor.password, station.clock.now());
    ASSERT_TRUE(who);
    const auto file = station.dir / "returned.jsonld";
    auto written =
        station::EpcisExport(*station.ctx).write(*who, {station::EpcisScope::Kind::Shipment, shipment()}, file);
    ASSERT_TRUE(written) << written.error().message;
    std::ifstream in(file);
    const auto doc = nlohmann::json::parse(in);
    std::vector<std::pair<std::string, std::string>> steps;
    for (const auto& e : doc["epcisBody"]["eventList"])
        steps.emplace_back(e.value("bizStep", ""), e.value("disposition", ""));
    for (const auto& step : {std::pair<std::string, std::string>{"shipping", "returned"},
                             std::pair<std::string, std::string>{"receiving", "returned"},
                             std::pair<std::string, std::string>{"destroying", "destroyed"}})
        EXPECT_NE(std::find(steps.begin(), steps.end(), step), steps.end()) << step.first << "/" << step.second;
    const auto validated =
        runShell("/usr/bin/python3 '" + sourcePath("tests/integration/validate_epcis.py").string() + "' '" +
                 sourcePath("tests/data/epcis/EPCIS-JSON-Schema.json").string() + "' '" + file.string() + "' 2>&1");
    EXPECT_EQ(validated.code, 0) << validated.out;

    // The dose sent out again travels in a new shipment, judged on that trip alone.
    // Its delivery window must be one that can still be kept.
    const station::UtcTime now = station.clock.now();
    auto backwards = desk().pack(actor(db::Role::Technician), {prep->id}, packedDemo().demo.loggerId,
                                 station::DeliveryWindow{now + 2h, now + 1h});
    ASSERT_FALSE(backwards);
    EXPECT_EQ(backwards.error().kind, station::Error::Kind::Invalid);
    auto past = desk().pack(actor(db::Role::Technician), {prep->id}, packedDemo().demo.loggerId,
                            station::DeliveryWindow{now - 3h, now - 1h});
    ASSERT_FALSE(past);
    EXPECT_NE(past.error().message.find("already past"), std::string::npos) << past.error().message;
    auto repacked = desk().pack(actor(db::Role::Technician), {prep->id}, packedDemo().demo.loggerId,
                                station::DeliveryWindow{now + 1h, now + 2h});
    ASSERT_TRUE(repacked) << repacked.error().message;
    auto slot = station.ctx->homeDelivery().slotOf(repacked->id);
    ASSERT_TRUE(slot && *slot);
    EXPECT_EQ((*slot)->address, "12 rue des Exemples, 69003 Lyon (adresse fictive)") << "the patient's home, again";
    EXPECT_EQ((*slot)->windowEnd, now + 2h);
    ASSERT_TRUE(desk().pickUp(actor(db::Role::Courier), repacked->number, "PUI"));
    ASSERT_TRUE(desk().deliver(actor(db::Role::Courier), repacked->number, "domicile (fictif)"));
    auto may = desk().administrability(*station.ctx->preparations().getByNumber(doses[0]), station.clock.now());
    ASSERT_TRUE(may) << may.error().message;
    EXPECT_EQ(may->shipment->number, repacked->number);
    EXPECT_EQ(station::englishText(may->reason).find("could not be delivered"), std::string::npos)
        << "an earlier trip's problem is not this trip's: " << station::englishText(may->reason);
}

TEST_F(DispatchWatchTest, ADoseNotGivenIsAnAlarmAndWhenBroughtBackItIsDecided)
{
    pickUp();
    deliver();
    station.importLogger();
    auto nurse = actor(db::Role::Nurse);
    const auto& dose = packedDemo().demo.preparations.at(0);
    ASSERT_TRUE(desk().recordNotGiven(nurse, dose, db::DoseNotGivenRecord::Outcome::Returned, "patient in hospital"));
    auto r = look();
    const auto* notGiven = find(r, DispatchAlarmKind::DoseNotGiven);
    ASSERT_NE(notGiven, nullptr);
    EXPECT_EQ(notGiven->preparation, dose);
    ASSERT_NE(find(r, DispatchAlarmKind::ReturnedDoseUndecided), nullptr);
    ASSERT_TRUE(station::ReturnDesk(*station.ctx)
                    .decide(actor(db::Role::Pharmacist), password(db::Role::Pharmacist), dose,
                            db::ReturnedDoseDecisionRecord::Decision::Destroy, "brought back warm in a bag"));
    r = look();
    EXPECT_FALSE(find(r, DispatchAlarmKind::DoseNotGiven)->open());
    EXPECT_FALSE(find(r, DispatchAlarmKind::ReturnedDoseUndecided)->open());
}

TEST_F(DispatchWatchTest, ADoseLeftAtTheHomePastItsExpiryIsAnAlarm)
{
    pickUp();
    deliver();
    station.importLogger();
    auto prep = station.ctx->preparations().getByNumber(packedDemo().demo.preparations.at(0));
    ASSERT_TRUE(prep && prep->expiry);
    station.clock.set(*prep->expiry + 1min);
    const auto r = look();
    const auto* expired = find(r, DispatchAlarmKind::ExpiredAtHome);
    ASSERT_NE(expired, nullptr);
    EXPECT_EQ(expired->since, *prep->expiry);
}

TEST_F(DispatchWatchTest, ANurseChecksOnlyTheDosesOfThePatientsInHerCare)
{
    pickUp();
    deliver();
    station.importLogger();
    const auto nurse = actor(db::Role::Nurse);
    const std::string code = station.syringeCode();
    station::FieldDesk field(*station.ctx);
    ASSERT_TRUE(field.check(nurse, code)); // the demo put its patient in her care
    station::CareListDesk care(*station.ctx);
    const auto& ipp = packedDemo().demo.patientIpp;
    ASSERT_FALSE(care.end(actor(db::Role::Courier), nurse.username, ipp)) << "a courier keeps no care list";
    ASSERT_TRUE(care.end(actor(db::Role::Pharmacist), nurse.username, ipp));
    auto denied = field.check(nurse, code);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().kind, station::Error::Kind::Denied);
    EXPECT_NE(denied.error().message.find("not in the care of"), std::string::npos) << denied.error().message;
    auto given = desk().administer(code, ipp, nurse.username, password(db::Role::Nurse), "domicile");
    ASSERT_FALSE(given);
    EXPECT_EQ(given.error().kind, station::Error::Kind::Denied);
    auto notGiven = desk().recordNotGiven(nurse, code, db::DoseNotGivenRecord::Outcome::Destroyed, "x");
    ASSERT_FALSE(notGiven);
    EXPECT_EQ(notGiven.error().kind, station::Error::Kind::Denied);
    auto list = care.patientsOf(nurse, nurse.username);
    ASSERT_TRUE(list);
    EXPECT_TRUE(list->empty());
    ASSERT_TRUE(care.assign(actor(db::Role::Pharmacist), nurse.username, ipp));
    EXPECT_TRUE(field.check(nurse, code));
    ASSERT_EQ(care.patientsOf(nurse, nurse.username)->size(), 1u);
    EXPECT_EQ(count("SELECT COUNT(*) FROM care_assignment"), 3);
}

} // namespace
} // namespace prep::test
