// SPDX-License-Identifier: GPL-3.0-or-later
// Moving a site (db::copyDatabase, behind `prepctl db copy`): every table and the audit chain into an empty
// database, verified there; and the small pure parts of the PostgreSQL backend.
#include "db/audit_log.h"
#include "db/database_copy.h"
#include "db/postgresql/pg_backend.h"
#include "db/trace_queries.h"
#include "db/vial_scan_repository.h"
#include "tests/db/core/db_fixture.h"

#include <algorithm>
#include <set>

using namespace prep;

class DatabaseCopyTest : public test::DbFixture
{
protected:
    std::int64_t count(db::Database& d, const std::string& table)
    {
        auto s = d.prepare("SELECT COUNT(*) FROM " + table);
        EXPECT_TRUE(s && s->step().value());
        return s ? s->int64(0) : -1;
    }
};

TEST_F(DatabaseCopyTest, EveryTableAndTheChainArriveAndTheCopyVerifiesAndTracesTheSame)
{
    const auto p = makePreparation();
    db::VialScanRecord scan;
    scan.preparationId = p.id;
    scan.gtin = "03400930000014";
    scan.lot = "LOT-COPY";
    scan.expiry = "2028-12-31";
    scan.serial = "SN-1";
    scan.rawScan = scan.hri = "(01)03400930000014(17)281231(10)LOT-COPY(21)SN-1";
    scan.source = "sim://camera";
    ASSERT_TRUE(db::VialScanRepository(*database).add(technician, tick(), scan));
    makePreparation("IPP-0002");

    test::TestDatabase target(dir, "target");
    auto to = db::Database::open(target.location());
    ASSERT_TRUE(to) << to.error().message;
    auto copied = db::copyDatabase(*database, **to);
    ASSERT_TRUE(copied) << copied.error().message;
    for (const auto& t : copied->tables)
        EXPECT_EQ(t.rows, count(*database, t.table)) << t.table;
    EXPECT_EQ(count(**to, "audit_log"), count(*database, "audit_log"));
    EXPECT_EQ(copied->auditEntries, count(*database, "audit_log"));
    EXPECT_GT(copied->recordsChecked, 10);

    auto before = db::TraceQueries(*database).byLot("LOT-COPY");
    auto after = db::TraceQueries(**to).byLot("LOT-COPY");
    ASSERT_TRUE(before && after);
    ASSERT_EQ(after->size(), 1u);
    EXPECT_EQ(after->front().preparationNumber, before->front().preparationNumber);

    // The copy takes new records after the copied ones, and they verify.
    database.reset();
    database = std::move(*to);
    makePreparation("IPP-0003");
    auto v = db::AuditLog(*database).verify();
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->intact) << v->problem;
}

TEST_F(DatabaseCopyTest, OnlyIntoAnEmptyDatabaseAndNothingIsWrittenOtherwise)
{
    makePreparation();
    test::TestDatabase target(dir, "busy");
    auto to = db::Database::open(target.location());
    ASSERT_TRUE(to);
    db::UserDirectory(**to, db::PasswordHashCost::minimal())
        .bootstrapAdmin("someone", "Some One", test::kPassword, tick())
        .value();
    const auto entries = count(**to, "audit_log");
    auto refused = db::copyDatabase(*database, **to);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("not empty"), std::string::npos) << refused.error().message;
    EXPECT_EQ(count(**to, "audit_log"), entries);
    EXPECT_EQ(count(**to, "preparation"), 0);
}

TEST_F(DatabaseCopyTest, ATamperedSourceGivesACopyThatDoesNotVerifyAndSaysSo)
{
    makePreparation();
    ASSERT_EQ(sqlTool("UPDATE preparation SET target_dose_mg = 200 WHERE id = 1"), 0);
    test::TestDatabase target(dir, "target");
    auto to = db::Database::open(target.location());
    ASSERT_TRUE(to);
    auto copied = db::copyDatabase(*database, **to);
    ASSERT_FALSE(copied);
    EXPECT_NE(copied.error().message.find("does not verify"), std::string::npos) << copied.error().message;
}

TEST(SchemaTablesTest, TheCopyListsEveryTableOfTheSchema)
{
    test::TempDir dir;
    auto database = db::Database::open(dir.file("schema.sqlite").string());
    ASSERT_TRUE(database);
    auto s = (*database)->prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                  "AND name <> 'chain_head'");
    ASSERT_TRUE(s);
    std::set<std::string> tables;
    while (s->step().value())
        tables.insert(s->text(0));
    const auto& listed = db::schemaTables();
    EXPECT_EQ(tables, std::set<std::string>(listed.begin(), listed.end()));
}

TEST(PgBackendText, ParametersBecomeNumberedOutsideQuotes)
{
    EXPECT_EQ(db::PgBackend::numberedParameters("SELECT * FROM t WHERE a = ? AND b = ?"),
              "SELECT * FROM t WHERE a = $1 AND b = $2");
    EXPECT_EQ(db::PgBackend::numberedParameters("WHERE seq > ?1 AND seq <= ?2"), "WHERE seq > $1 AND seq <= $2");
    EXPECT_EQ(db::PgBackend::numberedParameters("SELECT '?', \"a?\" FROM t WHERE x = ?"),
              "SELECT '?', \"a?\" FROM t WHERE x = $1");
    EXPECT_EQ(db::PgBackend::numberedParameters("SELECT 'it''s ?' WHERE y = ?"), "SELECT 'it''s ?' WHERE y = $1");
}

TEST(PgBackendText, APasswordNeverShowsInWhatIsPrinted)
{
    EXPECT_EQ(db::PgBackend::withoutPassword("postgresql://prep:s3cret@db.example:5432/prep?sslmode=require"),
              "postgresql://prep@db.example:5432/prep?sslmode=require");
    EXPECT_EQ(db::PgBackend::withoutPassword("postgresql://prep@db.example/prep?password=s3cret&sslmode=require"),
              "postgresql://prep@db.example/prep?sslmode=require");
    EXPECT_EQ(db::PgBackend::withoutPassword("postgresql:///prep?host=/run/postgresql&password=x"),
              "postgresql:///prep?host=/run/postgresql");
    EXPECT_EQ(db::PgBackend::withoutPassword("postgresql://db.example/prep"), "postgresql://db.example/prep");
}

TEST(PgBackendText, AnUnreachableServerIsNamedWithoutItsPassword)
{
    auto db = db::Database::open("postgresql://prep:s3cret@/prep?host=/nonexistent-socket-folder&connect_timeout=2");
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().kind, db::DbError::Kind::Io);
    EXPECT_NE(db.error().message.find("postgresql://prep@/prep"), std::string::npos) << db.error().message;
    EXPECT_EQ(db.error().message.find("s3cret"), std::string::npos) << db.error().message;
}
