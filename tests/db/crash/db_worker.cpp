// SPDX-License-Identifier: GPL-3.0-or-later
// A station in a box for the crash and concurrency tests: performs audited writes in a loop, like a technician
// preparing doses, and prints "ACK weighing <id>" on stdout after each weighing is committed (what the user would
// see acknowledged on screen). Started by tests/db/crash/crash_test.cpp, which SIGKILLs it at random moments.
//
// usage: db_worker DB USER TIME_BASE_MS [SECONDS]   (runs until killed, or for SECONDS)
// On start it marks preparations it left in_progress (a previous run was killed) as interrupted, with a reason.
#include "db/order_repository.h"
#include "db/patient_repository.h"
#include "db/preparation_repository.h"
#include "db/user_directory.h"
#include "db/vial_scan_repository.h"
#include "db/weighing_repository.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace prep;

namespace {

int die(const std::string& what, const db::DbError& e)
{
    std::fprintf(stderr, "db_worker: %s: %s\n", what.c_str(), e.message.c_str());
    return 3;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: db_worker DB USER TIME_BASE_MS [SECONDS]\n");
        return 2;
    }
    const std::string username = argv[2];
    db::UtcTime now{std::chrono::milliseconds{std::atoll(argv[3])}};
    const double seconds = argc > 4 ? std::atof(argv[4]) : 0.0;
    auto tick = [&] { return now += std::chrono::milliseconds{1}; };

    auto opened = db::Database::open(argv[1]);
    if (!opened)
        return die("open", opened.error());
    db::Database& database = **opened;
    db::UserDirectory users(database, db::PasswordHashCost::minimal());
    auto actor = users.find(username);
    if (!actor)
        return die("user", actor.error());

    db::PreparationRepository preparations(database);
    // Recovery: what this station left half-done is marked interrupted, never silently continued.
    auto open = preparations.list(db::PreparationStatus::InProgress);
    if (!open)
        return die("list", open.error());
    for (auto p : *open) {
        if (p.preparedBy != actor->userId)
            continue;
        p.status = db::PreparationStatus::Interrupted;
        if (auto r = preparations.update(*actor, tick(), p, "station restarted during the preparation"); !r)
            return die("interrupt", r.error());
        std::printf("INTERRUPTED %lld\n", static_cast<long long>(p.id));
        std::fflush(stdout);
    }

    db::PatientRepository patients(database);
    const std::string ipp = "IPP-" + username;
    auto patient = patients.getByIpp(ipp);
    if (!patient)
        patient = patients.create(*actor, tick(), db::PatientRecord{0, ipp, "TEST", username, "1950-01-01", true});
    if (!patient)
        return die("patient", patient.error());

    std::printf("READY\n");
    std::fflush(stdout);
    const auto started = std::chrono::steady_clock::now();
    db::OrderRepository orders(database);
    db::WeighingRepository weighings(database);
    db::VialScanRepository scans(database);
    for (long long n = 0;; ++n) {
        if (seconds > 0 && std::chrono::steady_clock::now() - started > std::chrono::duration<double>(seconds))
            break;
        db::OrderRecord o;
        o.patientId = patient->id;
        o.drug = "azacitidine";
        o.protocolId = "AZA-75";
        o.cycleDay = "C1D" + std::to_string(n % 7 + 1);
        o.heightCm = 170;
        o.weightKg = 70;
        o.bsaFormula = "mosteller";
        o.bsaM2 = 1.82;
        o.mgPerM2 = 75;
        o.doseMg = 136.5;
        o.prescriber = "Dr Test";
        auto order = orders.create(*actor, tick(), o);
        if (!order)
            return die("order", order.error());
        db::PreparationRecord p;
        p.orderId = order->id;
        p.drug = "azacitidine";
        p.targetDoseMg = 136.5;
        p.targetVolumeMl = 5.46;
        p.concentrationMgPerMl = 25;
        p.productGtin = "03400930000120";
        auto created = preparations.create(*actor, tick(), p);
        if (!created)
            return die("preparation", created.error());
        p = *created;
        p.status = db::PreparationStatus::InProgress;
        p.preparedBy = actor->userId;
        p.startedAt = tick();
        auto started_ = preparations.update(*actor, *p.startedAt, p, "preparation started");
        if (!started_)
            return die("start", started_.error());
        db::VialScanRecord v;
        v.preparationId = p.id;
        v.gtin = "03400930000120";
        v.lot = "LOT-" + username;
        v.expiry = "2027-05-31";
        v.serial = username + "-" + std::to_string(n);
        v.source = "sim://camera";
        if (auto r = scans.add(*actor, tick(), v); !r)
            return die("scan", r.error());
        double grams = 10.0;
        for (const char* step : {"tare", "diluent_before", "diluent_after", "filled"}) {
            db::WeighingRecord w;
            w.preparationId = p.id;
            w.step = step;
            w.grams = grams += 1.25;
            w.stable = true;
            w.readabilityG = 0.0001;
            w.source = "sim://scale serial=SIM-" + username;
            w.raw = "S S " + std::to_string(grams) + " g";
            auto added = weighings.add(*actor, tick(), w);
            if (!added)
                return die("weighing", added.error());
            // Only now may the station tell the user the weighing is recorded.
            std::printf("ACK weighing %lld\n", static_cast<long long>(added->id));
            std::fflush(stdout);
        }
        p.status = db::PreparationStatus::Prepared;
        p.preparedAt = tick();
        p.measuredDoseMg = 136.0;
        if (auto r = preparations.update(*actor, *p.preparedAt, p, "all weighings within tolerance"); !r)
            return die("prepared", r.error());
        std::printf("PREPARED %lld\n", static_cast<long long>(p.id));
        std::fflush(stdout);
    }
    return 0;
}
