// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk benchmark data set is only worth measuring if it is what the station would have written: it must pass
// the full verification (chain and every record against its last audited value) and hold the same records and
// audit entries as the data set written through the repositories.
#include "db/audit_log.h"
#include "db/database.h"
#include "db/trace_queries.h"
#include "tests/db/bench/bulk_dataset.h"
#include "tests/db/bench/dataset.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

using namespace prep;

namespace {

// "table" -> rows, and "audit entity/action" -> entries.
std::map<std::string, std::int64_t> shape(db::Database& database)
{
    std::map<std::string, std::int64_t> counts;
    for (const char* table :
         {"app_user", "patient", "prescription_order", "preparation", "vial_scan", "weighing", "photo", "label",
          "signature", "shipment", "shipment_preparation", "handover", "logger_import", "temperature_reading"}) {
        auto s = database.prepare(std::string("SELECT count(*) FROM ") + table);
        EXPECT_TRUE(s && s->step().value());
        counts[table] = s->int64(0);
    }
    auto s = database.prepare("SELECT entity || '/' || action, count(*) FROM audit_log GROUP BY 1");
    EXPECT_TRUE(s);
    while (s->step().value())
        counts["audit " + s->text(0)] = s->int64(1);
    return counts;
}

} // namespace

TEST(BulkDatasetTest, VerifiesLikeTheDataSetWrittenThroughTheRepositories)
{
    test::TempDir dir;
    const std::string bulkPath = dir.file("bulk.sqlite").string();
    auto counts = bench::generateBulkDataset(bulkPath, {1000, 0});
    ASSERT_TRUE(counts) << counts.error().message;
    EXPECT_EQ(counts->preparations, 1000);
    EXPECT_GT(counts->auditEntries, 18 * 1000);

    auto bulk = db::Database::open(bulkPath);
    ASSERT_TRUE(bulk) << bulk.error().message;
    ASSERT_TRUE((*bulk)->integrityCheck());
    {
        auto fk = (*bulk)->prepare("PRAGMA foreign_key_check");
        ASSERT_TRUE(fk);
        EXPECT_FALSE(fk->step().value()) << "a row refers to a missing parent";
        auto journal = (*bulk)->prepare("PRAGMA journal_mode");
        ASSERT_TRUE(journal && journal->step().value());
        EXPECT_EQ(journal->text(0), "wal");
    }

    db::AuditLog log(**bulk);
    auto v = log.verify();
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_TRUE(v->intact) << v->problem;
    EXPECT_EQ(v->entriesChecked, counts->auditEntries);
    EXPECT_GT(v->recordsChecked, 13 * 1000);

    const std::string realPath = dir.file("real.sqlite").string();
    auto real = db::Database::open(realPath);
    ASSERT_TRUE(real);
    ASSERT_TRUE(bench::generateDataset(**real, {1000, 0}));
    EXPECT_EQ(shape(**bulk), shape(**real));

    // The recall query finds a lot's 100 preparations, each with its patient and shipment.
    auto rows = db::TraceQueries(**bulk).byLot("LOT-000003");
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 100u);
    for (const auto& row : *rows) {
        EXPECT_FALSE(row.patientIpp.empty());
        EXPECT_FALSE(row.shipmentNumber.empty());
    }
}

TEST(BulkDatasetTest, TopsTheTrailUpToTheRequestedSizeAndVerifiesOnSeveralThreads)
{
    test::TempDir dir;
    const std::string path = dir.file("bulk.sqlite").string();
    auto counts = bench::generateBulkDataset(path, {100, 30000});
    ASSERT_TRUE(counts) << counts.error().message;
    EXPECT_EQ(counts->auditEntries, 30000);
    auto database = db::Database::open(path);
    ASSERT_TRUE(database);
    db::AuditLog log(**database);
    log.setVerifyThreads(3, 1000);
    auto v = log.verifyChain();
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_TRUE(v->intact) << v->problem;
    EXPECT_EQ(v->entriesChecked, 30000);
    EXPECT_FALSE(bench::generateBulkDataset(path, {1, 0})) << "must refuse to add to an existing file";
}
