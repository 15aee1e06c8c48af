// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/audit_log.h"
#include "db/handover_repository.h"
#include "db/label_repository.h"
#include "db/logger_repository.h"
#include "db/photo_repository.h"
#include "db/shipment_repository.h"
#include "db/trace_queries.h"
#include "db/vial_scan_repository.h"
#include "db/weighing_repository.h"
#include "tests/db/core/db_fixture.h"

#include <nlohmann/json.hpp>

using namespace prep;
using namespace std::chrono;

class RepositoryTest : public test::DbFixture
{
protected:
    db::VialScanRecord scan(std::int64_t prepId, const std::string& lot, const std::string& serial)
    {
        db::VialScanRecord v;
        v.preparationId = prepId;
        v.gtin = "03400930000120";
        v.lot = lot;
        v.expiry = "2027-05-31";
        v.serial = serial;
        v.rawScan = "]d2010340093000012017270531"
                    "10" +
                    lot +
                    "\x1d"
                    "21" +
                    serial;
        v.hri = "(01)03400930000120(17)270531(10)" + lot + "(21)" + serial;
        v.source = "camera:sim://vial";
        auto r = db::VialScanRepository(*database).add(technician, tick(), v);
        EXPECT_TRUE(r) << r.error().message;
        return r ? *r : v;
    }
};

TEST_F(RepositoryTest, PreparationNumbersFollowTheUtcDay)
{
    const auto a = makePreparation();
    const auto b = makePreparation();
    EXPECT_EQ(a.number, "P-20261122-0001");
    EXPECT_EQ(b.number, "P-20261122-0002");
    now = db::UtcTime{sys_days{year{2026} / 11 / 23}} + minutes{1};
    EXPECT_EQ(makePreparation().number, "P-20261123-0001");
    auto byNumber = db::PreparationRepository(*database).getByNumber("P-20261122-0002");
    ASSERT_TRUE(byNumber);
    EXPECT_EQ(byNumber->id, b.id);
    EXPECT_EQ(byNumber->status, db::PreparationStatus::Planned);
    EXPECT_EQ(byNumber->createdAt, a.createdAt + seconds{2}); // patient reused: order, then preparation
}

TEST_F(RepositoryTest, UpdateIsAuditedOldToNewWithReason)
{
    auto p = makePreparation();
    db::PreparationRepository preparations(*database);
    p.status = db::PreparationStatus::InProgress;
    p.startedAt = tick();
    p.preparedBy = technician.userId;
    const auto at = tick();
    auto updated = preparations.update(technician, at, p, "preparation started at isolator 1");
    ASSERT_TRUE(updated) << updated.error().message;
    EXPECT_EQ(updated->status, db::PreparationStatus::InProgress);
    EXPECT_EQ(updated->startedAt, p.startedAt);
    EXPECT_EQ(updated->preparedBy, technician.userId);

    auto trail = db::AuditLog(*database).listFor("preparation", std::to_string(p.id));
    ASSERT_TRUE(trail);
    ASSERT_EQ(trail->size(), 2u);
    const auto& change = trail->back();
    EXPECT_EQ(change.action, "update");
    EXPECT_EQ(change.username, "tech");
    EXPECT_EQ(change.at, at);
    EXPECT_EQ(change.reason, "preparation started at isolator 1");
    EXPECT_EQ(nlohmann::json::parse(change.oldValue)["status"], "planned");
    EXPECT_EQ(nlohmann::json::parse(change.newValue)["status"], "in_progress");
    EXPECT_EQ(trail->front().action, "create");
    EXPECT_TRUE(trail->front().oldValue.empty());
}

TEST_F(RepositoryTest, ChangeWithoutReasonIsRefusedAndNothingIsWritten)
{
    auto p = makePreparation();
    p.status = db::PreparationStatus::Rejected;
    auto r = db::PreparationRepository(*database).update(pharmacist, tick(), p, "");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, db::DbError::Kind::Invalid);
    EXPECT_EQ(db::PreparationRepository(*database).get(p.id)->status, db::PreparationStatus::Planned);
    // Saving an unchanged record writes no entry and needs no reason.
    auto same = db::PreparationRepository(*database).get(p.id);
    ASSERT_TRUE(db::PreparationRepository(*database).update(pharmacist, tick(), *same, ""));
    EXPECT_EQ(db::AuditLog(*database).listFor("preparation", std::to_string(p.id))->size(), 1u);
}

TEST_F(RepositoryTest, UnknownIdsAreNotFound)
{
    auto p = db::PreparationRepository(*database).get(4242);
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().kind, db::DbError::Kind::NotFound);
    db::PreparationRecord ghost;
    ghost.id = 4242;
    auto u = db::PreparationRepository(*database).update(technician, tick(), ghost, "x");
    ASSERT_FALSE(u);
    EXPECT_EQ(u.error().kind, db::DbError::Kind::NotFound);
}

TEST_F(RepositoryTest, OrdersAreListedByStatus)
{
    makePreparation();
    db::OrderRepository orders(*database);
    auto prescribed = orders.listByStatus(db::OrderStatus::Prescribed);
    ASSERT_TRUE(prescribed);
    ASSERT_EQ(prescribed->size(), 1u);
    auto o = prescribed->front();
    o.status = db::OrderStatus::Validated;
    o.validatedBy = pharmacist.userId;
    o.validatedAt = tick();
    auto v = orders.update(pharmacist, *o.validatedAt, o, "order validated");
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_EQ(v->validatedAt, o.validatedAt);
    EXPECT_TRUE(orders.listByStatus(db::OrderStatus::Prescribed)->empty());
    EXPECT_EQ(orders.listByStatus(db::OrderStatus::Validated)->size(), 1u);
}

TEST_F(RepositoryTest, WeighingsKeepSourceAndRawFrame)
{
    const auto p = makePreparation();
    db::WeighingRepository weighings(*database);
    db::WeighingRecord w;
    w.preparationId = p.id;
    w.step = "tare";
    w.grams = 12.3456;
    w.stable = true;
    w.readabilityG = 0.0001;
    w.source = "modbus-tcp://127.0.0.1:1502?unit=1 serial=SIM-0001";
    w.raw = "S S     12.3456 g";
    auto added = weighings.add(technician, tick(), w);
    ASSERT_TRUE(added) << added.error().message;
    EXPECT_GT(added->id, 0);
    EXPECT_EQ(added->userId, technician.userId);
    w.source.clear();
    EXPECT_FALSE(weighings.add(technician, tick(), w)); // a weighing without its source is refused
    auto list = weighings.listFor(p.id);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1u);
    EXPECT_DOUBLE_EQ(list->front().grams, 12.3456);
    EXPECT_EQ(list->front().raw, "S S     12.3456 g");
    EXPECT_TRUE(list->front().stable);
}

TEST_F(RepositoryTest, SerialSeenOnAnotherPreparationIsReported)
{
    const auto a = makePreparation();
    const auto b = makePreparation();
    scan(a.id, "LOT1", "SN-1");
    db::VialScanRepository scans(*database);
    EXPECT_FALSE(scans.serialSeenElsewhere("03400930000120", "SN-1", a.id).value());
    EXPECT_TRUE(scans.serialSeenElsewhere("03400930000120", "SN-1", b.id).value());
    EXPECT_FALSE(scans.serialSeenElsewhere("03400930000120", "SN-2", b.id).value());
    EXPECT_EQ(scans.listFor(a.id)->front().hri, "(01)03400930000120(17)270531(10)LOT1(21)SN-1");
}

TEST_F(RepositoryTest, ShipmentsCarryPreparationsAndHandovers)
{
    const auto a = makePreparation();
    const auto b = makePreparation();
    db::ShipmentRepository shipments(*database);
    db::ShipmentRecord s;
    s.loggerId = "LOG-42";
    s.preparationIds = {b.id, a.id};
    auto created = shipments.create(pharmacist, tick(), s);
    ASSERT_TRUE(created) << created.error().message;
    EXPECT_EQ(created->number, "S-20261122-0001");
    EXPECT_EQ(created->preparationIds, (std::vector<std::int64_t>{a.id, b.id}));
    auto forA = shipments.forPreparation(a.id);
    ASSERT_TRUE(forA);
    ASSERT_EQ(forA->size(), 1u);
    EXPECT_EQ(forA->front().id, created->id);

    auto moved = *created;
    moved.status = db::ShipmentStatus::PickedUp;
    moved.preparationIds = {a.id};
    auto updated = shipments.update(courier, tick(), moved, "pickup scan at the PUI");
    ASSERT_TRUE(updated) << updated.error().message;
    EXPECT_EQ(updated->status, db::ShipmentStatus::PickedUp);
    EXPECT_TRUE(shipments.forPreparation(b.id)->empty());
    auto trail = db::AuditLog(*database).listFor("shipment", std::to_string(created->id));
    ASSERT_EQ(trail->size(), 2u);
    EXPECT_EQ(nlohmann::json::parse(trail->back().oldValue)["preparation_ids"].size(), 2u);
    EXPECT_EQ(nlohmann::json::parse(trail->back().newValue)["preparation_ids"].size(), 1u);

    db::HandoverRecord h;
    h.shipmentId = created->id;
    h.kind = "pickup";
    h.location = "PUI";
    h.scan = created->number;
    auto handed = db::HandoverRepository(*database).add(courier, tick(), h);
    ASSERT_TRUE(handed) << handed.error().message;
    EXPECT_EQ(db::HandoverRepository(*database).listFor(created->id)->front().userId, courier.userId);
}

TEST_F(RepositoryTest, LoggerImportKeepsReadings)
{
    const auto a = makePreparation();
    db::ShipmentRecord s;
    s.loggerId = "LOG-42";
    s.preparationIds = {a.id};
    auto shipment = db::ShipmentRepository(*database).create(pharmacist, tick(), s);
    ASSERT_TRUE(shipment);
    db::LoggerImportRecord imp;
    imp.shipmentId = shipment->id;
    imp.loggerId = "LOG-42";
    imp.fileSha256 = std::string(64, 'a');
    imp.path = "/tmp/log.csv";
    imp.mktC = 5.1;
    imp.verdict = "valid";
    std::vector<db::TemperatureRecord> readings;
    for (int i = 0; i < 10; ++i)
        readings.push_back({now + minutes{5 * i}, 4.0 + 0.1 * i});
    db::LoggerRepository loggers(*database);
    auto stored = loggers.import(nurse, tick(), imp, readings);
    ASSERT_TRUE(stored) << stored.error().message;
    EXPECT_EQ(stored->readingCount, 10);
    auto back = loggers.readings(stored->id);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->size(), 10u);
    EXPECT_EQ(back->at(3).at, readings[3].at);
    EXPECT_DOUBLE_EQ(back->at(3).celsius, readings[3].celsius);
    EXPECT_EQ(loggers.listFor(shipment->id)->front().verdict, "valid");
}

// A summary logger (Fridge-tag 2) has no readings: its days, format and alarm limits are the record (0010).
TEST_F(RepositoryTest, LoggerImportKeepsASummaryLoggersDays)
{
    const auto a = makePreparation();
    db::ShipmentRecord s;
    s.loggerId = "130400191544";
    s.preparationIds = {a.id};
    auto shipment = db::ShipmentRepository(*database).create(pharmacist, tick(), s);
    ASSERT_TRUE(shipment);
    db::LoggerImportRecord imp;
    imp.shipmentId = shipment->id;
    imp.loggerId = "130400191544";
    imp.fileSha256 = std::string(64, 'c');
    imp.path = "/tmp/130400191544_202304201514.txt";
    imp.format = "fridge-tag-2";
    imp.alarmLowC = -0.5;
    imp.alarmHighC = 8.0;
    imp.verdict = "valid";
    const auto start = now; // tick() moves `now` on
    const std::vector<db::LoggerDayRecord> days{{"2023-04-17", start, start + hours{7}, 2.3, 20.8, 8, 0, 178},
                                                {"2023-04-18", start + hours{7}, start + hours{31}, 1.9, 8.5, 2, 0, 0}};
    db::LoggerRepository loggers(*database);
    auto stored = loggers.import(nurse, tick(), imp, {}, days);
    ASSERT_TRUE(stored) << stored.error().message;
    EXPECT_EQ(stored->readingCount, 2); // days
    auto back = loggers.days(stored->id);
    ASSERT_TRUE(back) << back.error().message;
    ASSERT_EQ(back->size(), 2u);
    EXPECT_EQ(back->at(0).day, "2023-04-17");
    EXPECT_EQ(back->at(0).to, start + hours{7});
    EXPECT_DOUBLE_EQ(back->at(0).maxC, 20.8);
    EXPECT_EQ(back->at(0).minutesAboveHigh, 8);
    EXPECT_EQ(back->at(0).sensorTimeoutMinutes, 178);
    const auto listed = loggers.listFor(shipment->id);
    ASSERT_TRUE(listed && listed->size() == 1u);
    EXPECT_EQ(listed->front().format, "fridge-tag-2");
    EXPECT_EQ(listed->front().alarmLowC, -0.5);
    EXPECT_EQ(listed->front().alarmHighC, 8.0);
    auto intact = db::AuditLog(*database).verify();
    ASSERT_TRUE(intact) << intact.error().message;
    EXPECT_TRUE(intact->intact) << intact->problem;
}

TEST_F(RepositoryTest, PhotosAndLabelsAreStored)
{
    const auto p = makePreparation();
    db::PhotoRecord photo{0, p.id, "filled", "/data/p1.png", std::string(64, 'b'), {}, 0};
    ASSERT_TRUE(db::PhotoRepository(*database).add(technician, tick(), photo));
    db::LabelRecord label;
    label.preparationId = p.id;
    label.path = "/data/p1.pdf";
    label.format = "pdf";
    label.templateId = "had-syringe";
    label.templateVersion = 3;
    label.templateSha256 = std::string(64, 'c');
    label.fileSha256 = std::string(64, 'd');
    label.barcodeData = p.number;
    label.readBackOk = true;
    ASSERT_TRUE(db::LabelRepository(*database).add(technician, tick(), label));
    EXPECT_EQ(db::PhotoRepository(*database).listFor(p.id)->front().step, "filled");
    auto labels = db::LabelRepository(*database).listFor(p.id);
    ASSERT_EQ(labels->size(), 1u);
    EXPECT_EQ(labels->front().templateVersion, 3);
    EXPECT_TRUE(labels->front().readBackOk);
    EXPECT_FALSE(labels->front().duplicate);
}

TEST_F(RepositoryTest, TraceByLotFindsPreparationsPatientsAndShipments)
{
    const auto a = makePreparation("IPP-A");
    const auto b = makePreparation("IPP-B");
    const auto c = makePreparation("IPP-C");
    scan(a.id, "LOT-X", "1");
    scan(a.id, "LOT-X", "1"); // scanned twice: still one row
    scan(b.id, "LOT-X", "2");
    scan(c.id, "LOT-Y", "3");
    db::ShipmentRecord s;
    s.loggerId = "LOG";
    s.preparationIds = {a.id};
    auto shipment = db::ShipmentRepository(*database).create(pharmacist, tick(), s);
    ASSERT_TRUE(shipment);
    auto rows = db::TraceQueries(*database).byLot("LOT-X");
    ASSERT_TRUE(rows) << rows.error().message;
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].preparationNumber, a.number);
    EXPECT_EQ((*rows)[0].patientIpp, "IPP-A");
    EXPECT_EQ((*rows)[0].patientName, "DUPONT Jeanne");
    EXPECT_EQ((*rows)[0].shipmentNumber, shipment->number);
    EXPECT_EQ((*rows)[0].shipmentStatus, "packed");
    EXPECT_EQ((*rows)[1].preparationNumber, b.number);
    EXPECT_EQ((*rows)[1].shipmentNumber, "");
    EXPECT_TRUE(db::TraceQueries(*database).byLot("NO-SUCH-LOT")->empty());
}
