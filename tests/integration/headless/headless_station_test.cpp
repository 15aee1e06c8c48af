// SPDX-License-Identifier: GPL-3.0-or-later
// A whole preparation driven only through prepctl on a configured station (Modbus TCP scale, dir:// camera, folder
// printer): from the first admin to the release, with the pharmacist's decision both ways and the refusals a
// pharmacy relies on. Every refusal names what was wrong and leaves the record as it was.
#include "db/hash.h"
#include "prep-station/config/station_config.h"
#include "prep-station/time/clock.h"
#include "prep-station/workflow/station_context.h"
#include "tests/integration/headless/station_bench.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

namespace prep::test {
namespace {

// Fictitious vials: the catalogue's demo GTINs (prep-station/data/catalogue.csv).
const std::string kAzacitidine = "03400930000014";
const std::string kBortezomib = "03400930000038";
std::string vialCode(const std::string& gtin, const std::string& expiry, const std::string& lot,
                     const std::string& serial)
{
    return "(01)" + gtin + "(17)" + expiry + "(10)" + lot + "(21)" + serial;
}

// Densities and volumes of the worked example (densities.csv, protocols.json): 165 cm, 62 kg, azacitidine
// 75 mg/m2 -> BSA 1.6857 m2 -> 126.4 mg = 5.056 mL -> two syringes of 63.2 mg = 2.528 mL at 1.016 g/mL.
constexpr double kSyringeMl = 2.528;
constexpr double kSuspensionGPerMl = 1.016;
constexpr double kWfiGPerMl = 0.99821;
constexpr double kEmptySyringeG = 6.1;
constexpr double kVialG = 21.5;

class HeadlessStation : public ::testing::Test
{
protected:
    // `sqlite`: the station keeps a SQLite file even on the "postgres/" pass (a station about to move).
    explicit HeadlessStation(bool sqlite = false)
        : bench(sqlite)
    {}
    StationBench bench;

    // The site's people, created by its first admin.
    void SetUp() override
    {
        bench.ok("user bootstrap --login admin --name 'Admin Test (fictif)'", "", kPasswords.at("admin"));
        for (auto [login, role] : std::vector<std::pair<std::string, std::string>>{
                 {"tech", "technician"}, {"pharm", "pharmacist"}, {"pharm2", "pharmacist"}, {"courier", "courier"}}) {
            // The admin gives a first password; the user changes it before acting.
            bench.ok("user add --login " + login + " --name '" + login + " Test (fictif)' --role " + role +
                         " --as admin",
                     kPasswords.at("admin"), "first-" + kPasswords.at(login));
            bench.ok("user password " + login + " --as " + login, "first-" + kPasswords.at(login),
                     kPasswords.at(login));
        }
    }

    std::int64_t validatedOrder()
    {
        auto order = bench.ok("order add --patient FICTIF-4242 --name 'TESTEUR Jeanne' --birth 1950-02-03 --height 165 "
                              "--weight 62 --protocol AZA-SC-75 --cycle 1 --day 1 --prescriber 'Dr Test (fictif)' "
                              "--as tech",
                              kPasswords.at("tech"));
        EXPECT_NEAR(order.value("dose_mg", 0.0), 126.4, 0.05);
        const auto id = order.value("order", std::int64_t(0));
        bench.ok("order validate " + std::to_string(id) + " --as pharm", kPasswords.at("pharm"));
        return id;
    }

    void dailyCheck()
    {
        bench.load(10.0002);
        bench.ok("prep daily-check --as tech", kPasswords.at("tech"));
        bench.load(0);
    }

    // Scan, reconstitution and tare of a started preparation, as `who`.
    void upToTare(const std::string& prep, const std::string& serial, const std::string& who = "tech")
    {
        bench.presentVial(vialCode(kAzacitidine, "281231", "LOTA1", serial));
        auto scan = bench.ok("prep scan " + prep + " --as " + who, kPasswords.at(who));
        EXPECT_EQ(scan.value("lot", ""), "LOTA1");
        bench.load(kVialG);
        bench.ok("prep weigh " + prep + " --step diluent_before --as " + who, kPasswords.at(who));
        vialNowG = kVialG + 4.0 * kWfiGPerMl;
        bench.load(vialNowG);
        auto reconstituted = bench.ok("prep weigh " + prep + " --step diluent_after --as " + who, kPasswords.at(who));
        EXPECT_EQ(reconstituted.value("decision", ""), "accepted");
        bench.load(kEmptySyringeG);
        bench.ok("prep weigh " + prep + " --step tare --as " + who, kPasswords.at(who));
    }

    // The vial weighed after `drawnG` grams were drawn from it: the cross-check against the syringe.
    void vialAfter(const std::string& prep, double drawnG, const std::string& who = "tech")
    {
        vialNowG -= drawnG;
        bench.load(vialNowG);
        auto after = bench.ok("prep weigh " + prep + " --step vial_after --as " + who, kPasswords.at(who));
        EXPECT_EQ(after.value("decision", ""), "accepted") << after.dump();
    }
    double vialNowG = kVialG;

    // Label printed, shown to the camera and read back, then signed by `who`.
    void labelAndSign(const std::string& prep, const std::string& who = "tech")
    {
        auto label = bench.ok("prep label " + prep + " --as " + who, kPasswords.at(who));
        ASSERT_TRUE(std::filesystem::exists(label.value("label", "")));
        EXPECT_EQ(label.value("job", "").rfind("dir://" + bench.printerDir().string(), 0), 0u);
        bench.presentLabel(label.value("label", ""));
        bench.ok("prep readback " + prep + " --as " + who, kPasswords.at(who));
        auto signedPrep = bench.ok("prep sign " + prep + " --as " + who, kPasswords.at(who));
        EXPECT_EQ(signedPrep.value("status", ""), "prepared");
    }

    std::string status(const std::string& prep, const std::string& field = "status")
    {
        return bench.ok("prep status " + prep).value(field, "");
    }

    long weighings()
    {
        const station::SystemClock clock;
        auto ctx = station::StationContext::open(bench.db(), clock);
        EXPECT_TRUE(ctx.ok());
        auto s = (*ctx)->database().prepare("SELECT COUNT(*) FROM weighing");
        EXPECT_TRUE(s && s->step().value());
        return long(s->int64(0));
    }
};

TEST_F(HeadlessStation, AWholeDoseThroughPrepctlFromTheFirstAdminToRelease)
{
    bench.presentVial(vialCode(kAzacitidine, "281231", "LOTA1", "SN-0000")); // the camera feeds its folder
    auto check = bench.ok("config check");
    ASSERT_EQ(check["devices"].size(), 4u);
    for (const auto& d : check["devices"])
        EXPECT_TRUE(d.value("ok", false)) << d.dump();
    EXPECT_EQ(check["devices"][0].value("serial", ""), "B123456789");
    EXPECT_FALSE(check["devices"][0].value("simulated", true));

    const auto order = validatedOrder();
    auto started = bench.ok("prep start " + std::to_string(order) + " --as tech", kPasswords.at("tech"));
    ASSERT_EQ(started["preparations"].size(), 2u);
    const std::string first = started.value("preparation", "");
    EXPECT_EQ(status(first, "next"), "scan");

    dailyCheck();
    upToTare(first, "SN-0001");
    EXPECT_EQ(status(first, "next"), "weigh_filled");
    bench.load(kEmptySyringeG + kSyringeMl * kSuspensionGPerMl * 1.004);
    auto filled = bench.ok("prep weigh " + first + " --step filled --as tech", kPasswords.at("tech"));
    EXPECT_EQ(filled.value("decision", ""), "accepted");
    EXPECT_NEAR(filled.value("deviation_pct", 0.0), 0.4, 0.1);
    EXPECT_EQ(status(first, "next"), "weigh_vial_after");
    vialAfter(first, kSyringeMl * kSuspensionGPerMl * 1.004);
    EXPECT_EQ(status(first, "next"), "label");
    labelAndSign(first);

    // The second syringe: 6 % over, the pharmacist rejects, the technician redoes it, the pharmacist accepts a
    // second one at 6.5 %.
    auto second = bench.ok("prep start " + std::to_string(order) + " --as tech", kPasswords.at("tech"));
    const std::string next = second.value("preparation", "");
    ASSERT_NE(next, first);
    upToTare(next, "SN-0002");
    bench.load(kEmptySyringeG + kSyringeMl * kSuspensionGPerMl * 1.06);
    auto over = bench.run("prep weigh " + next + " --step filled --as tech --json", kPasswords.at("tech"));
    EXPECT_EQ(over.exitCode, 3) << over.err;
    EXPECT_NE(over.err.find("awaiting a pharmacist"), std::string::npos) << over.err;
    EXPECT_EQ(over.json().value("decision", ""), "awaiting_pharmacist");
    vialAfter(next, kSyringeMl * kSuspensionGPerMl * 1.06);
    EXPECT_EQ(status(next, "next"), "pharmacist_decision");
    // Nobody goes on without the decision: not the signature, not the technician's decision.
    auto early = bench.run("prep sign " + next + " --as tech", kPasswords.at("tech"));
    EXPECT_EQ(early.exitCode, 3) << early.err;
    auto techDecides = bench.run("decide " + next + " --accept --reason 'ok' --as tech", kPasswords.at("tech"));
    EXPECT_EQ(techDecides.exitCode, 3) << techDecides.err;
    EXPECT_NE(techDecides.err.find("not a pharmacist"), std::string::npos) << techDecides.err;
    auto noReason = bench.run("decide " + next + " --reject --as pharm", kPasswords.at("pharm"));
    EXPECT_EQ(noReason.exitCode, 2) << noReason.err;

    auto rejected =
        bench.ok("decide " + next + " --reject --reason 'surdosage 6 %: refaire' --as pharm", kPasswords.at("pharm"));
    EXPECT_EQ(rejected.value("decision", ""), "rejected");
    EXPECT_EQ(status(next, "tolerance_decision"), "pharmacist_rejected");
    EXPECT_EQ(status(next, "next"), "weigh_tare");
    bench.load(kEmptySyringeG + 0.05);
    bench.ok("prep weigh " + next + " --step tare --as tech", kPasswords.at("tech"));
    bench.load(kEmptySyringeG + 0.05 + kSyringeMl * kSuspensionGPerMl * 1.065);
    EXPECT_EQ(bench.run("prep weigh " + next + " --step filled --as tech", kPasswords.at("tech")).exitCode, 3);
    vialAfter(next, kSyringeMl * kSuspensionGPerMl * 1.065);
    auto accepted = bench.ok("decide " + next +
                                 " --accept --reason 'écart accepté: dose dans la marge clinique' "
                                 "--as pharm2",
                             kPasswords.at("pharm2"));
    EXPECT_EQ(accepted.value("decision", ""), "accepted");
    EXPECT_EQ(status(next, "next"), "label");
    labelAndSign(next);

    // Release: not by the technician, then by a pharmacist; the decisions are in the trace.
    auto byTech = bench.run("release " + first + " --as tech", kPasswords.at("tech"));
    EXPECT_EQ(byTech.exitCode, 3) << byTech.err;
    EXPECT_NE(byTech.err.find("not a pharmacist"), std::string::npos) << byTech.err;
    bench.ok("release " + first + " --as pharm", kPasswords.at("pharm"));
    bench.ok("release " + next + " --as pharm", kPasswords.at("pharm"));
    EXPECT_EQ(status(first), "released");
    EXPECT_EQ(status(next), "released");
    auto trace = bench.run("trace prep " + next);
    EXPECT_EQ(trace.exitCode, 0) << trace.err;
    EXPECT_NE(trace.out.find("pharmacist_decision:deviation_rejected"), std::string::npos) << trace.out;
    EXPECT_NE(trace.out.find("pharmacist_decision:deviation_accepted"), std::string::npos) << trace.out;
    EXPECT_NE(trace.out.find("all bound to the current content"), std::string::npos) << trace.out;
    EXPECT_EQ(bench.run("audit verify").exitCode, 0);

    // The clinical data versions that decided the dose: the SHA-256 of each file as shipped in the repository.
    auto versions = bench.ok("prep status " + first)["data_versions"];
    std::map<std::string, std::string> byFile;
    for (const auto& v : versions)
        byFile[v.value("file", "")] = v.value("sha256", "");
    for (const char* file : {"protocols.json", "catalogue.csv", "recalls.csv", "densities.csv", "tolerances.csv",
                             "stability.csv", "site-policy.json", "vial-crosscheck.csv"}) {
        std::ifstream in(sourcePath(std::string("prep-station/data/") + file), std::ios::binary);
        std::stringstream content;
        content << in.rdbuf();
        EXPECT_EQ(byFile[file], db::sha256Hex(content.str())) << file;
    }
}

// The syringe filled from the diluent bag: the right mass, so the dose check accepts it; the vial, weighed after the
// withdrawal on the Modbus scale, lost nothing, and the preparation stops for a pharmacist (issue 16).
TEST_F(HeadlessStation, ASyringeFilledFromTheDiluentIsStoppedByTheVialWeighing)
{
    const auto order = validatedOrder();
    const std::string prep =
        bench.ok("prep start " + std::to_string(order) + " --as tech", kPasswords.at("tech")).value("preparation", "");
    dailyCheck();
    upToTare(prep, "SN-0300");
    bench.load(kEmptySyringeG + kSyringeMl * kSuspensionGPerMl);
    auto filled = bench.ok("prep weigh " + prep + " --step filled --as tech", kPasswords.at("tech"));
    EXPECT_EQ(filled.value("decision", ""), "accepted");
    EXPECT_EQ(status(prep, "next"), "weigh_vial_after");
    bench.load(vialNowG); // the vial as it was: nothing drawn from it
    auto after = bench.run("prep weigh " + prep + " --step vial_after --as tech --json", kPasswords.at("tech"));
    EXPECT_EQ(after.exitCode, 3) << after.err;
    EXPECT_NE(after.err.find("may hold diluent"), std::string::npos) << after.err;
    EXPECT_EQ(after.json().value("decision", ""), "awaiting_pharmacist");
    EXPECT_EQ(status(prep, "next"), "pharmacist_decision");
    EXPECT_EQ(status(prep, "tolerance_decision"), "awaiting_pharmacist");
    auto sign = bench.run("prep sign " + prep + " --as tech", kPasswords.at("tech"));
    EXPECT_EQ(sign.exitCode, 3) << sign.err;
}

TEST_F(HeadlessStation, APharmacistWhoPreparedMayNeitherDecideOnNorReleaseTheirOwnWork)
{
    const auto order = validatedOrder();
    auto started = bench.ok("prep start " + std::to_string(order) + " --as pharm2", kPasswords.at("pharm2"));
    const std::string prep = started.value("preparation", "");
    bench.load(10.0);
    bench.ok("prep daily-check --as pharm2", kPasswords.at("pharm2"));
    upToTare(prep, "SN-0100", "pharm2");
    bench.load(kEmptySyringeG + kSyringeMl * kSuspensionGPerMl * 1.07);
    EXPECT_EQ(bench.run("prep weigh " + prep + " --step filled --as pharm2", kPasswords.at("pharm2")).exitCode, 3);
    vialAfter(prep, kSyringeMl * kSuspensionGPerMl * 1.07, "pharm2");
    auto own = bench.run("decide " + prep + " --accept --reason 'mine' --as pharm2", kPasswords.at("pharm2"));
    EXPECT_EQ(own.exitCode, 3) << own.err;
    EXPECT_NE(own.err.find("may not sign"), std::string::npos) << own.err;
    bench.ok("decide " + prep + " --accept --reason 'écart accepté' --as pharm", kPasswords.at("pharm"));
    labelAndSign(prep, "pharm2");
    auto ownRelease = bench.run("release " + prep + " --as pharm2", kPasswords.at("pharm2"));
    EXPECT_EQ(ownRelease.exitCode, 3) << ownRelease.err;
    EXPECT_NE(ownRelease.err.find("may not release"), std::string::npos) << ownRelease.err;
    bench.ok("release " + prep + " --as pharm", kPasswords.at("pharm"));
}

TEST_F(HeadlessStation, WrongVialsUnstableAndLostScalesAndForbiddenRolesAreRefusedWithNothingRecorded)
{
    const auto order = validatedOrder();
    // A courier may not prepare.
    auto courier = bench.run("prep start " + std::to_string(order) + " --as courier", kPasswords.at("courier"));
    EXPECT_EQ(courier.exitCode, 3) << courier.err;
    EXPECT_NE(courier.err.find("may not"), std::string::npos) << courier.err;
    // A malformed order number is a usage error, before anyone is authenticated.
    EXPECT_EQ(bench.run("prep start 12abc --as tech", kPasswords.at("tech")).exitCode, 2);
    // Without --as, or with a wrong password, nothing is done.
    EXPECT_NE(bench.run("prep start " + std::to_string(order)).exitCode, 0);
    EXPECT_NE(bench.run("prep start " + std::to_string(order) + " --as tech", "wrong-password").exitCode, 0);

    auto started = bench.ok("prep start " + std::to_string(order) + " --as tech", kPasswords.at("tech"));
    const std::string prep = started.value("preparation", "");
    // No dose is weighed before the daily check.
    bench.load(kVialG);
    auto unchecked = bench.run("prep weigh " + prep + " --step diluent_before --as tech", kPasswords.at("tech"));
    EXPECT_EQ(unchecked.exitCode, 3) << unchecked.err;
    dailyCheck();
    const long before = weighings();

    bench.presentVial(vialCode(kBortezomib, "281231", "LOTB1", "SN-0200"));
    auto wrong = bench.run("prep scan " + prep + " --as tech", kPasswords.at("tech"));
    EXPECT_EQ(wrong.exitCode, 3) << wrong.err;
    EXPECT_NE(wrong.err.find("bortezomib"), std::string::npos) << wrong.err;
    bench.presentVial(vialCode(kAzacitidine, "250131", "LOTOLD", "SN-0201"));
    auto expired = bench.run("prep scan " + prep + " --as tech", kPasswords.at("tech"));
    EXPECT_EQ(expired.exitCode, 3) << expired.err;
    EXPECT_NE(expired.err.find("expired"), std::string::npos) << expired.err;
    auto typedWrong = bench.run("prep scan " + prep + " --code '(01)" + kAzacitidine + "(17)281231' --as tech",
                                kPasswords.at("tech"));
    EXPECT_NE(typedWrong.exitCode, 0) << typedWrong.err;
    EXPECT_EQ(status(prep, "next"), "scan");

    // A scale that never settles, then a scale that is gone: a clear reason, nothing recorded.
    bench.writeConfig(2);
    bench.scale().setFault(devices::ScaleFault::UnstableForever);
    auto unstable = bench.run("prep weigh " + prep + " --step diluent_before --as tech", kPasswords.at("tech"));
    EXPECT_NE(unstable.exitCode, 0);
    EXPECT_NE(unstable.err.find("not recorded"), std::string::npos) << unstable.err;
    bench.scale().setFault(devices::ScaleFault::None);
    bench.scale().stop();
    auto gone = bench.run("prep weigh " + prep + " --step diluent_before --as tech", kPasswords.at("tech"));
    EXPECT_NE(gone.exitCode, 0);
    EXPECT_NE(gone.err.find("scale"), std::string::npos) << gone.err;
    EXPECT_EQ(weighings(), before);
    auto check = bench.run("config check --json");
    EXPECT_NE(check.exitCode, 0);
    EXPECT_FALSE(check.json()["devices"][0].value("ok", true));
    EXPECT_EQ(bench.run("audit verify").exitCode, 0);
}

TEST_F(HeadlessStation, AnAdministratorsPasswordMustBeChangedByItsUserBeforeActing)
{
    bench.ok("user add --login nurse --name 'Nurse Test (fictif)' --role nurse --as admin", kPasswords.at("admin"),
             "temporary-123");
    auto acting = bench.run("order list --as nurse", "temporary-123");
    EXPECT_EQ(acting.exitCode, 3) << acting.err;
    EXPECT_NE(acting.err.find("change it first"), std::string::npos) << acting.err;
    auto same = bench.run("user password nurse --as nurse", "temporary-123", "temporary-123");
    EXPECT_NE(same.exitCode, 0) << same.err;
    bench.ok("user password nurse --as nurse", "temporary-123", kPasswords.at("nurse"));
    // A nurse may now log in (and is refused the pharmacy's worklist by role, not by password).
    auto worklist = bench.run("order list --as nurse", kPasswords.at("nurse"));
    EXPECT_EQ(worklist.exitCode, 3) << worklist.err;
    EXPECT_NE(worklist.err.find("may not see the order worklist"), std::string::npos) << worklist.err;
    // An admin's reset makes it temporary again.
    bench.ok("user password nurse --as admin", kPasswords.at("admin"), "reset-456789");
    EXPECT_NE(bench.run("order list --as nurse", "reset-456789").err.find("change it first"), std::string::npos);
}

TEST_F(HeadlessStation, TheDemoNeverRunsOnARealStationAndRealUsersNeverJoinADemoDatabase)
{
    auto demo = bench.run("demo --out '" + bench.dir().file("demo-out").string() + "'");
    EXPECT_NE(demo.exitCode, 0);
    EXPECT_NE(demo.err.find("real users"), std::string::npos) << demo.err;
    auto demoLogin = bench.run("user add --login tech.demo --name X --role technician --as admin",
                               kPasswords.at("admin"), "some-password-1");
    EXPECT_EQ(demoLogin.exitCode, 3) << demoLogin.err;
    auto notAdmin = bench.run("user add --login other --name X --role technician --as tech", kPasswords.at("tech"),
                              "some-password-1");
    EXPECT_NE(notAdmin.exitCode, 0) << notAdmin.err;
    auto again = bench.run("user bootstrap --login admin2 --name X", "", "some-password-1");
    EXPECT_NE(again.exitCode, 0) << again.err;
    auto users = bench.ok("user list --as admin", kPasswords.at("admin"));
    EXPECT_EQ(users.size(), 5u);
}

// Moving a site: a SQLite station's whole record copied into a new database (on the "postgres/" pass, a PostgreSQL
// database) by `prepctl db copy`, then traced and verified on both, with the same answers.
class SqliteStationMoved : public HeadlessStation
{
protected:
    SqliteStationMoved()
        : HeadlessStation(true)
    {}
};

TEST_F(SqliteStationMoved, ACopiedStationTracesAndVerifiesTheSameOnItsNewDatabase)
{
    ASSERT_EQ(bench.db().rfind(bench.dir().path().string(), 0), 0u) << "the source must be a SQLite file";
    const auto order = validatedOrder();
    const std::string first =
        bench.ok("prep start " + std::to_string(order) + " --as tech", kPasswords.at("tech")).value("preparation", "");
    dailyCheck();
    upToTare(first, "SN-0101");
    bench.load(kEmptySyringeG + kSyringeMl * kSuspensionGPerMl);
    bench.ok("prep weigh " + first + " --step filled --as tech", kPasswords.at("tech"));
    vialAfter(first, kSyringeMl * kSuspensionGPerMl);
    labelAndSign(first);
    bench.ok("release " + first + " --as pharm", kPasswords.at("pharm"));

    TestDatabase target(bench.dir(), "moved");
    auto copy = bench.ok("db copy --to '" + target.location() + "'");
    EXPECT_GT(copy["tables"].value("audit_log", 0), 20);
    EXPECT_EQ(copy["tables"].value("preparation", 0), 2);
    EXPECT_GT(copy.value("audit_entries_verified", 0), 20);
    // A copy goes into an empty database only.
    auto again = bench.run("db copy --to '" + target.location() + "'");
    EXPECT_NE(again.exitCode, 0);
    EXPECT_NE(again.err.find("not empty"), std::string::npos) << again.err;

    for (const std::string& what : std::vector<std::string>{"trace prep " + first, "trace lot LOTA1", "audit verify"}) {
        auto before = bench.run(what + " --json");
        auto after = bench.runOn(target.location(), what + " --json");
        ASSERT_EQ(before.exitCode, 0) << what << ": " << before.err;
        ASSERT_EQ(after.exitCode, 0) << what << ": " << after.err;
        auto a = before.json(), b = after.json();
        a.erase("database");
        b.erase("database");
        EXPECT_EQ(a, b) << what;
    }
    // The moved station goes on working: its next records take keys after the copied ones, and still verify.
    auto added = bench.runOn(target.location(),
                             "user add --login tech5 --name 'Tech Cinq (fictif)' --role technician "
                             "--as admin --json",
                             kPasswords.at("admin"), "first-pass-55555");
    EXPECT_EQ(added.exitCode, 0) << added.err;
    EXPECT_EQ(bench.runOn(target.location(), "audit verify").exitCode, 0);
}

TEST(StationConfigFile, AnErrorNamesTheField)
{
    TempDir dir;
    const auto file = dir.file("station.json");
    std::ofstream(file) << R"({"site": {"name": "X", "gln": "3012345000018", "address": "a", "phone": "p"},
        "scale": {"uri": "modbus-tcp://127.0.0.1:502", "reference_weight_g": 10}, "camera": {"uri": "sim://"},
        "printer": {"uri": "dir:///tmp/x"}, "evidence_dir": "e"})";
    const std::string cmd = std::string(PREPCTL_PATH) + " config check --config '" + file.string() + "' 2>&1";
    FILE* pipe = popen(cmd.c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    std::string out;
    char buf[512];
    while (fgets(buf, sizeof buf, pipe))
        out += buf;
    EXPECT_NE(pclose(pipe), 0);
    EXPECT_NE(out.find("site.gln"), std::string::npos) << out;
}

} // namespace
} // namespace prep::test

namespace prep::test {
namespace {

// The example a site copies must itself be a valid configuration.
// A first start on simulated devices: the configuration written by config init passes its own check.
TEST(StationConfigFile, ASimulatedStationPassesItsCheck)
{
    TempDir dir;
    ASSERT_EQ(std::system(("cd '" + dir.path().string() + "' && " + std::string(PREPCTL_PATH) +
                           " config init --simulated --config station.json >/dev/null")
                              .c_str()),
              0);
    auto config = station::StationConfig::load(dir.file("station.json"));
    ASSERT_TRUE(config.ok()) << config.error().message;
    EXPECT_TRUE(config->simulatedScale());
    EXPECT_TRUE(config->simulatedCamera());
    const std::string check = std::string(PREPCTL_PATH) + " config check --config '" +
                              dir.file("station.json").string() + "' >/dev/null 2>&1";
    EXPECT_EQ(std::system(check.c_str()), 0);
}

TEST(StationConfigFile, TheDocumentedExampleIsValid)
{
    auto config = station::StationConfig::load(sourcePath("docs/station.example.json"));
    ASSERT_TRUE(config.ok()) << config.error().message;
    EXPECT_EQ(config->scale.asset, "BAL-ISO1-2024-07");
    EXPECT_EQ(config->printer.kind, station::PrinterConfig::Kind::Cups);
    EXPECT_EQ(config->printer.queue, "Zebra_ZD421");
    EXPECT_FALSE(config->simulatedScale());
}

TEST(StationConfigFile, RefusesWhatWouldSilentlyMisconfigureAStation)
{
    const std::string good = R"({"site": {"name": "X", "gln": "3012345000017", "address": "a", "phone": "p"},
        "scale": {"uri": "modbus-tcp://127.0.0.1:502", "reference_weight_g": 10}, "camera": {"uri": "sim://"},
        "printer": {"uri": "dir:///tmp/x"}, "evidence_dir": "e"})";
    ASSERT_TRUE(station::StationConfig::parse(good, "station.json", "/srv").ok());
    auto expectError = [&](std::string text, const std::string& from, const std::string& to, const std::string& field) {
        text.replace(text.find(from), from.size(), to);
        auto config = station::StationConfig::parse(text, "station.json", "/srv");
        ASSERT_FALSE(config.ok()) << to;
        EXPECT_NE(config.error().message.find(field), std::string::npos) << config.error().message;
    };
    expectError(good, "\"reference_weight_g\": 10", "\"reference_weight\": 10", "scale.reference_weight");
    expectError(good, "modbus-tcp://127.0.0.1:502", "http://scale", "scale.uri");
    expectError(good, "\"uri\": \"sim://\"", "\"uri\": \"webcam0\"", "camera.uri");
    expectError(good, "dir:///tmp/x", "lpr://x", "printer.uri");
    expectError(good, "\"reference_weight_g\": 10", "\"reference_weight_g\": -1", "scale.reference_weight_g");
    expectError(good, "\"evidence_dir\": \"e\"", "\"evidence_dir\": \"e\", \"language\": \"de\"", "language");
    expectError(good, "{\"site\"", "{\"sites\": 1, \"site\"", "sites");
}

} // namespace
} // namespace prep::test
