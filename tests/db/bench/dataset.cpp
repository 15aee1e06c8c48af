// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/db/bench/dataset.h"

#include "db/audited.h"
#include "db/label_repository.h"
#include "db/order_repository.h"
#include "db/patient_repository.h"
#include "db/photo_repository.h"
#include "db/preparation_repository.h"
#include "db/shipment_repository.h"
#include "db/user_directory.h"
#include "db/vial_scan_repository.h"
#include "db/weighing_repository.h"

#include <cstdio>

namespace prep::bench {

using namespace std::chrono;

namespace {

std::string lotName(std::int64_t i)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "LOT-%06lld", static_cast<long long>(i / 100));
    return buf;
}

#define TRY(expr)                                                                                                      \
    do {                                                                                                               \
        auto r_ = (expr);                                                                                              \
        if (!r_)                                                                                                       \
            return r_.error();                                                                                         \
    } while (0)

} // namespace

db::Result<db::Ok> generateDataset(db::Database& database, DatasetSize size,
                                   const std::function<void(std::int64_t)>& progress)
{
    db::UtcTime now{sys_days{year{2026} / 1 / 5}};
    auto tick = [&] { return now += seconds{5}; };
    db::UserDirectory users(database, db::PasswordHashCost::minimal());
    auto admin = users.bootstrapAdmin("admin", "Alice Admin", "bench password", tick());
    if (!admin)
        return admin.error();
    auto tech = users.createUser(*admin, tick(), "tech", "Thomas Technicien", db::Role::Technician, "bench password");
    auto pharma =
        users.createUser(*admin, tick(), "pharma", "Paula Pharmacienne", db::Role::Pharmacist, "bench password");
    if (!tech || !pharma)
        return db::makeDbError(db::DbError::Kind::Io, "creating bench users");

    db::PatientRepository patients(database);
    db::OrderRepository orders(database);
    db::PreparationRepository preparations(database);
    db::VialScanRepository scans(database);
    db::WeighingRepository weighings(database);
    db::PhotoRepository photos(database);
    db::LabelRepository labels(database);
    db::ShipmentRepository shipments(database);
    const std::string hash(64, 'a');

    constexpr std::int64_t kBatch = 2000; // preparations per transaction: one fsync per batch
    std::int64_t patientId = 0;
    std::vector<std::int64_t> toShip;
    for (std::int64_t done = 0; done < size.preparations;) {
        db::Transaction tx(database);
        if (!tx.ok())
            return tx.beginError();
        for (std::int64_t b = 0; b < kBatch && done < size.preparations; ++b, ++done) {
            if (done % 10 == 0) {
                char ipp[32];
                std::snprintf(ipp, sizeof ipp, "IPP-%08lld", static_cast<long long>(done / 10));
                auto p = patients.create(*tech, tick(), db::PatientRecord{0, ipp, "PATIENT", ipp, "1950-01-01"});
                if (!p)
                    return p.error();
                patientId = p->id;
            }
            db::OrderRecord o;
            o.patientId = patientId;
            o.drug = done % 3 ? "azacitidine" : "bortezomib";
            o.protocolId = "P";
            o.cycleDay = "C1D1";
            o.heightCm = 170;
            o.weightKg = 70;
            o.bsaFormula = "mosteller";
            o.bsaM2 = 1.82;
            o.mgPerM2 = 75;
            o.doseMg = 136.5;
            o.prescriber = "Dr Bench";
            auto order = orders.create(*pharma, tick(), o);
            if (!order)
                return order.error();
            db::PreparationRecord p;
            p.orderId = order->id;
            p.drug = o.drug;
            p.targetDoseMg = 136.5;
            p.targetVolumeMl = 5.46;
            p.concentrationMgPerMl = 25;
            p.productGtin = "03400930000120";
            auto prep = preparations.create(*tech, tick(), p);
            if (!prep)
                return prep.error();
            p = *prep;
            p.status = db::PreparationStatus::InProgress;
            p.preparedBy = tech->userId;
            p.startedAt = tick();
            TRY(preparations.update(*tech, now, p, "started"));
            db::VialScanRecord v;
            v.preparationId = p.id;
            v.gtin = "03400930000120";
            v.lot = lotName(done);
            v.expiry = "2027-05-31";
            v.serial = "SN" + std::to_string(done);
            v.rawScan = "]d2" + v.gtin + v.lot;
            v.hri = "(01)" + v.gtin + "(10)" + v.lot;
            v.source = "sim://camera";
            TRY(scans.add(*tech, tick(), v));
            double g = 10;
            for (const char* step : {"tare", "diluent_before", "diluent_after", "filled"}) {
                db::WeighingRecord w;
                w.preparationId = p.id;
                w.step = step;
                w.grams = g += 1.5;
                w.stable = true;
                w.readabilityG = 0.0001;
                w.source = "sim://scale serial=SIM-1";
                w.raw = "S S " + std::to_string(g) + " g";
                TRY(weighings.add(*tech, tick(), w));
            }
            for (const char* step : {"vial", "reconstituted", "filled"})
                TRY(photos.add(*tech, tick(), db::PhotoRecord{0, p.id, step, "/photos/x.png", hash, {}, 0}));
            db::LabelRecord l;
            l.preparationId = p.id;
            l.path = "/labels/x.pdf";
            l.format = "pdf";
            l.templateId = "syringe";
            l.templateVersion = 1;
            l.templateSha256 = hash;
            l.fileSha256 = hash;
            l.barcodeData = p.number;
            l.readBackOk = true;
            TRY(labels.add(*tech, tick(), l));
            // Signatures without re-authentication cost (Argon2id is benchmarked nowhere here): written as the
            // SignatureService writes them.
            for (auto [who, meaning] : {std::pair{&*tech, "prepared"}, std::pair{&*pharma, "released"}})
                TRY(db::auditedInsert(database, *who, tick(), "signature",
                                      {{"user_id", who->userId},
                                       {"meaning", std::string(meaning)},
                                       {"entity", std::string("preparation")},
                                       {"entity_id", std::to_string(p.id)},
                                       {"content_sha256", hash},
                                       {"at", db::timeText(now)}},
                                      std::string("signed as ") + meaning));
            for (auto status : {db::PreparationStatus::Prepared, db::PreparationStatus::Released,
                                db::PreparationStatus::Dispatched, db::PreparationStatus::Delivered}) {
                p.status = status;
                p.preparedAt = p.preparedAt ? p.preparedAt : tick();
                TRY(preparations.update(*pharma, tick(), p, "status " + std::string(db::toText(status))));
            }
            toShip.push_back(p.id);
            if (toShip.size() == 5) {
                db::ShipmentRecord s;
                s.loggerId = "LOG";
                s.preparationIds = toShip;
                TRY(shipments.create(*pharma, tick(), s));
                toShip.clear();
            }
        }
        TRY(tx.commit());
        if (progress)
            progress(done);
    }
    // Top the trail up with login events (what a busy station also records) to the requested size.
    auto count = database.prepare("SELECT seq FROM chain_head");
    if (!count || !count->step().value())
        return db::makeDbError(db::DbError::Kind::Io, "no chain head");
    std::int64_t entries = count->int64(0);
    while (entries < size.auditEntries) {
        db::Transaction tx(database);
        for (int i = 0; i < 20000 && entries < size.auditEntries; ++i, ++entries)
            TRY(db::appendAudit(
                database, db::AuditDraft{tick(), tech->userId, "tech", "authenticated", "login", "tech", {}, {}, {}}));
        TRY(tx.commit());
    }
    return db::Ok{};
}

} // namespace prep::bench
