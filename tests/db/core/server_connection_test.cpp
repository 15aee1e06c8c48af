// SPDX-License-Identifier: GPL-3.0-or-later
// A station's connection to the PostgreSQL server lost (server restart, network): between transactions the station
// connects again by itself; inside a transaction it says the transaction was lost, writes nothing of it, and works
// again once the transaction is over. The connection is cut as a server administrator would, with
// pg_terminate_backend from another session (psql).
#include "db/audit_log.h"
#include "db/patient_repository.h"
#include "tests/db/core/db_fixture.h"

using namespace prep;

class ServerConnectionTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        if (!test::onPostgres())
            GTEST_SKIP() << "a SQLite file has no connection to lose";
        test::DbFixture::SetUp();
    }

    // Ends every other session on this test's database.
    void cutConnections()
    {
        const std::string prefix = "postgresql:///";
        const std::string name = dbPath.substr(prefix.size(), dbPath.find('?') - prefix.size());
        ASSERT_EQ(test::psqlAdmin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name +
                                  "' AND pid <> pg_backend_pid()"),
                  0);
    }

    std::int64_t patients()
    {
        auto s = database->prepare("SELECT COUNT(*) FROM patient");
        EXPECT_TRUE(s) << (s ? "" : s.error().message);
        if (!s)
            return -1;
        auto r = s->step();
        EXPECT_TRUE(r && *r);
        return s->int64(0);
    }
};

TEST_F(ServerConnectionTest, BetweenTransactionsTheStationConnectsAgainByItself)
{
    makePreparation("IPP-0001");
    cutConnections();
    makePreparation("IPP-0002"); // cached statements are prepared again on the new connection
    EXPECT_EQ(patients(), 2);
    auto v = db::AuditLog(*database).verify();
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_TRUE(v->intact) << v->problem;
}

TEST_F(ServerConnectionTest, InsideATransactionItIsLostWholeAndSaysSo)
{
    makePreparation("IPP-0001");
    {
        db::Transaction tx(*database);
        ASSERT_TRUE(tx.ok());
        db::PatientRepository repo(*database);
        ASSERT_TRUE(repo.create(technician, tick(), db::PatientRecord{0, "IPP-0002", "MARTIN", "Paul", "1960-01-01"}));
        cutConnections();
        auto second = repo.create(technician, tick(), db::PatientRecord{0, "IPP-0003", "DURAND", "Anne", "1961-01-01"});
        ASSERT_FALSE(second) << "a write after the connection was lost must not run outside its transaction";
        auto committed = tx.commit();
        ASSERT_FALSE(committed);
        EXPECT_NE(committed.error().message.find("lost during a transaction"), std::string::npos)
            << committed.error().message;
    }
    // Nothing of the lost transaction, and the station works again.
    EXPECT_EQ(patients(), 1);
    makePreparation("IPP-0004");
    EXPECT_EQ(patients(), 2);
    auto v = db::AuditLog(*database).verify();
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_TRUE(v->intact) << v->problem;
}
