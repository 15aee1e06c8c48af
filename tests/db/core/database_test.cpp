// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/audit_chain.h"
#include "db/audit_log.h"
#include "db/database.h"
#include "db/embedded.h"
#include "db/hash.h"
#include "db/migration_manager.h"
#include "db/sha256.h"
#include "db/time.h"
#include "tests/db/core/db_fixture.h"

#include <gtest/gtest.h>

#include <sodium.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

using namespace prep;
using namespace std::chrono;

TEST(UtcTimeTest, FormatsWithMillisecondsAndParsesBack)
{
    const db::UtcTime t =
        db::UtcTime{sys_days{year{2026} / 3 / 29}} + hours{1} + minutes{2} + seconds{3} + milliseconds{45};
    EXPECT_EQ(db::formatUtc(t), "2026-03-29T01:02:03.045Z");
    EXPECT_EQ(db::parseUtc("2026-03-29T01:02:03.045Z"), t);
    EXPECT_EQ(db::parseUtc("2026-03-29T01:02:03Z"), t - milliseconds{45});
    EXPECT_EQ(db::utcDayStamp(t), "20260329");
    EXPECT_FALSE(db::parseUtc("2026-02-30T01:02:03.045Z"));      // no such day
    EXPECT_FALSE(db::parseUtc("2026-03-29T01:02:03.045+01:00")); // UTC only
    EXPECT_FALSE(db::parseUtc("yesterday"));
}

TEST(DatabaseTest, FreshFileIsCreatedMigratedInWalWithForeignKeys)
{
    test::TempDir dir;
    test::TestDatabase store(dir, "new");
    const auto& path = store.location();
    auto db = db::Database::open(path);
    ASSERT_TRUE(db) << db.error().message;
    auto migrations = db::builtinMigrations((*db)->dialect());
    ASSERT_TRUE(migrations);
    EXPECT_EQ((*db)->schemaVersion(), migrations->back().version);
    EXPECT_EQ((*db)->migrationOutcome().kind, db::MigrationOutcome::Kind::Created);
    EXPECT_EQ((*db)->migrationOutcome().fromVersion, 0);
    EXPECT_EQ((*db)->path(), path);
    if (!test::onPostgres()) {
        auto mode = (*db)->prepare("PRAGMA journal_mode");
        ASSERT_TRUE(mode && mode->step().value());
        EXPECT_EQ(mode->text(0), "wal");
    }
    // Foreign keys are enforced: a preparation for an order that does not exist is refused.
    auto r = (*db)->execute("INSERT INTO weighing (preparation_id, step, grams, stable, readability_g, source, raw, at,"
                            " user_id) VALUES (999, 'tare', 1, 1, 0.001, 'sim://', '', 'x', 999)");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, db::DbError::Kind::Constraint);
}

TEST(DatabaseTest, ReopeningIsUpToDateAndKeepsData)
{
    test::TempDir dir;
    test::TestDatabase store(dir, "again");
    const auto& path = store.location();
    {
        auto db = db::Database::open(path);
        ASSERT_TRUE(db);
        db::UserDirectory users(**db, db::PasswordHashCost::minimal());
        ASSERT_TRUE(users.bootstrapAdmin("admin", "Alice Admin", test::kPassword, db::UtcTime{}));
    }
    auto db = db::Database::open(path);
    ASSERT_TRUE(db) << db.error().message;
    EXPECT_EQ((*db)->migrationOutcome().kind, db::MigrationOutcome::Kind::UpToDate);
    EXPECT_TRUE((*db)->migrationOutcome().applied.empty());
    EXPECT_FALSE(db::UserDirectory(**db).empty());
}

TEST(DatabaseTest, EveryMigrationFileIsListedInOrder)
{
    // The embed lists files by name; a migration file added without its name in builtinMigrations() would never
    // run. Compare against the folder.
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(test::sourcePath("db/migrations")))
        if (entry.path().extension() == ".sql")
            files.push_back(entry.path().filename().string());
    std::sort(files.begin(), files.end());
    auto migrations = db::builtinMigrations();
    ASSERT_TRUE(migrations) << migrations.error().message;
    ASSERT_EQ(migrations->size(), files.size());
    for (size_t i = 0; i < files.size(); ++i) {
        EXPECT_EQ((*migrations)[i].name, files[i]);
        EXPECT_EQ((*migrations)[i].version, int(i) + 1);
        EXPECT_EQ(files[i].substr(0, 4), (i + 1 < 10 ? "000" : "00") + std::to_string(i + 1));
    }
    // One numbered list in both dialects: each SQLite migration has its PostgreSQL twin, and no other.
    std::vector<std::string> pgFiles;
    for (const auto& entry : std::filesystem::directory_iterator(test::sourcePath("db/migrations/postgresql")))
        pgFiles.push_back(entry.path().filename().string());
    std::sort(pgFiles.begin(), pgFiles.end());
    auto pg = db::builtinMigrations(db::Dialect::Postgresql);
    ASSERT_TRUE(pg) << pg.error().message;
    ASSERT_EQ(pgFiles.size(), files.size());
    for (size_t i = 0; i < files.size(); ++i) {
        EXPECT_EQ(pgFiles[i], files[i].substr(0, files[i].size() - 4) + ".pg.sql");
        EXPECT_EQ((*pg)[i].name, files[i]);
        EXPECT_EQ((*pg)[i].version, int(i) + 1);
    }
}

namespace {
std::vector<db::Migration> twoMigrations(const std::string& second)
{
    return {db::Migration{1, "0001_a.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY);"},
            db::Migration{2, "0002_b.sql", second}};
}
} // namespace

TEST(MigrationTest, OlderDatabaseIsUpgradedInPlace)
{
    test::TempDir dir;
    test::TestDatabase store(dir, "m");
    const auto& path = store.location();
    {
        auto db = db::Database::open(path, {twoMigrations("")[0]});
        ASSERT_TRUE(db);
        ASSERT_TRUE((*db)->execute("INSERT INTO a (id) VALUES (7)"));
    }
    auto db = db::Database::open(path, twoMigrations("CREATE TABLE b (id INTEGER PRIMARY KEY);"));
    ASSERT_TRUE(db) << db.error().message;
    EXPECT_EQ((*db)->migrationOutcome().kind, db::MigrationOutcome::Kind::Upgraded);
    EXPECT_EQ((*db)->migrationOutcome().fromVersion, 1);
    EXPECT_EQ((*db)->migrationOutcome().toVersion, 2);
    EXPECT_EQ((*db)->migrationOutcome().applied, std::vector<std::string>{"0002_b.sql"});
    auto s = (*db)->prepare("SELECT id FROM a");
    ASSERT_TRUE(s && s->step().value());
    EXPECT_EQ(s->int64(0), 7);
}

TEST(MigrationTest, FailureMidwayLeavesThePreviousVersion)
{
    test::TempDir dir;
    test::TestDatabase store(dir, "m");
    const auto& path = store.location();
    // The second migration creates a table, then fails: neither the table nor the version bump may remain.
    auto failed = db::Database::open(path, twoMigrations("CREATE TABLE b (id INTEGER PRIMARY KEY); INSERT INTO nope "
                                                         "VALUES (1);"));
    ASSERT_FALSE(failed);
    EXPECT_NE(failed.error().message.find("0002_b.sql"), std::string::npos) << failed.error().message;
    EXPECT_NE(failed.error().message.find("schema version 1"), std::string::npos) << failed.error().message;
    auto db = db::Database::open(path, {twoMigrations("")[0]});
    ASSERT_TRUE(db) << db.error().message;
    EXPECT_EQ((*db)->schemaVersion(), 1);
    auto b = (*db)->prepare("SELECT id FROM b");
    EXPECT_FALSE(b) << "table b survived the failed migration";
}

TEST(MigrationTest, NewerDatabaseIsRefused)
{
    test::TempDir dir;
    test::TestDatabase store(dir, "m");
    const auto& path = store.location();
    ASSERT_TRUE(db::Database::open(path, twoMigrations("CREATE TABLE b (x INTEGER);")));
    auto older = db::Database::open(path, {twoMigrations("")[0]});
    ASSERT_FALSE(older);
    EXPECT_EQ(older.error().kind, db::DbError::Kind::Version);
    EXPECT_NE(older.error().message.find("newer"), std::string::npos);
}

TEST(MigrationTest, NotADatabaseIsNamed)
{
    test::TempDir dir;
    // A file that is not SQLite; on the PostgreSQL pass, a database the server does not have.
    std::string path = dir.file("junk.sqlite").string();
    if (test::onPostgres())
        path =
            "postgresql:///no_such_database?host=" + std::string(std::getenv("PREP_TEST_POSTGRES_DIR")) + "&user=prep";
    else
        std::ofstream(path) << std::string(4096, 'x');
    auto db = db::Database::open(path);
    ASSERT_FALSE(db);
    EXPECT_NE(db.error().message.find(path), std::string::npos) << db.error().message;
}

class TransactionTest : public test::DbFixture
{
protected:
    std::int64_t count(const std::string& table)
    {
        auto s = database->prepare("SELECT COUNT(*) FROM " + table);
        EXPECT_TRUE(s && s->step().value());
        return s ? s->int64(0) : -1;
    }
};

TEST_F(TransactionTest, RollsBackUnlessCommitted)
{
    const auto before = count("audit_log");
    {
        db::Transaction tx(*database);
        ASSERT_TRUE(tx.ok());
        makePreparation();
        EXPECT_GT(count("audit_log"), before);
    } // no commit
    EXPECT_EQ(count("audit_log"), before);
    EXPECT_EQ(count("preparation"), 0);
    auto verified = db::AuditLog(*database).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->intact) << verified->problem;
}

TEST_F(TransactionTest, InnerRollbackKeepsOuterWork)
{
    {
        db::Transaction outer(*database);
        makePreparation("IPP-A");
        {
            db::Transaction inner(*database);
            makePreparation("IPP-B");
        } // inner rolled back
        ASSERT_TRUE(outer.commit());
    }
    EXPECT_EQ(count("patient"), 1);
    EXPECT_EQ(count("preparation"), 1);
    auto verified = db::AuditLog(*database).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->intact) << verified->problem;
}

TEST_F(TransactionTest, BackupIsAConsistentStandaloneCopy)
{
    const auto prep = makePreparation();
    const auto copy = dir.file("backup.sqlite").string();
    auto r = database->backupTo(copy);
    if (test::onPostgres()) {
        // The server's own tools copy a PostgreSQL database (tests/db/crash/, BackupTest): prepctl backup says so.
        ASSERT_FALSE(r);
        EXPECT_NE(r.error().message.find("pg_dump"), std::string::npos) << r.error().message;
        return;
    }
    ASSERT_TRUE(r) << r.error().message;
    makePreparation(); // after the backup: not in it
    auto restored = db::Database::open(copy);
    ASSERT_TRUE(restored) << restored.error().message;
    EXPECT_TRUE((*restored)->integrityCheck());
    auto got = db::PreparationRepository(**restored).list();
    ASSERT_TRUE(got);
    ASSERT_EQ(got->size(), 1u);
    EXPECT_EQ(got->front().number, prep.number);
    auto verified = db::AuditLog(**restored).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->intact) << verified->problem;
}

TEST(Sha256Test, AcceleratedPathMatchesLibsodiumOnEveryLengthAroundBlockEdges)
{
    // Padding edge cases (55, 56, 63, 64, 119, 120 bytes ...) and long inputs, against the portable reference.
    std::string data;
    for (int n = 0; n < 1200; ++n) {
        unsigned char reference[32], fast[32];
        crypto_hash_sha256(reference, reinterpret_cast<const unsigned char*>(data.data()), data.size());
        db::sha256(data.data(), data.size(), fast);
        ASSERT_EQ(std::memcmp(reference, fast, 32), 0) << "length " << n;
        data += char('a' + (n * 7) % 26);
    }
    EXPECT_EQ(db::sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    std::cout << "SHA-NI in use: " << (db::sha256Accelerated() ? "yes" : "no") << '\n';
}

TEST(Sha256Test, IncrementalAndPairedHashingMatchLibsodium)
{
    // The verifier feeds an entry field by field (Sha256) or hashes two entries at once (sha256x2): both must give
    // the one-shot digest for any split of the input and any pair of lengths, padding edges included.
    std::string data;
    for (int n = 0; n < 300; ++n)
        data += char('a' + (n * 11) % 26);
    auto reference = [](std::string_view s) {
        std::string d(32, '\0');
        crypto_hash_sha256(reinterpret_cast<unsigned char*>(d.data()), reinterpret_cast<const unsigned char*>(s.data()),
                           s.size());
        return d;
    };
    for (std::size_t n = 0; n <= data.size(); ++n) {
        const std::string_view message(data.data(), n);
        for (std::size_t piece : {1u, 3u, 63u, 64u, 65u, 200u}) {
            db::Sha256 h;
            for (std::size_t at = 0; at < n; at += piece)
                h.update(message.data() + at, std::min(piece, n - at));
            std::string digest(32, '\0');
            h.final(reinterpret_cast<unsigned char*>(digest.data()));
            ASSERT_EQ(digest, reference(message)) << "length " << n << " in pieces of " << piece;
        }
    }
    for (std::size_t a = 0; a <= 200; a += 7) {
        for (std::size_t b = 0; b <= 200; b += 5) {
            std::string da(32, '\0'), dbb(32, '\0');
            db::sha256x2(data.data(), a, reinterpret_cast<unsigned char*>(da.data()), data.data() + 50, b,
                         reinterpret_cast<unsigned char*>(dbb.data()));
            ASSERT_EQ(da, reference(std::string_view(data.data(), a))) << a << ", " << b;
            ASSERT_EQ(dbb, reference(std::string_view(data.data() + 50, b))) << a << ", " << b;
        }
    }
}

TEST(AuditChainTest, EntryHashIsTheHashOfItsCanonicalMessage)
{
    // The writer hashes an entry field by field, the verifier hashes the message it builds: the same bytes.
    const std::string big(3000, 'v');
    struct Case
    {
        std::int64_t seq, userId;
        std::string prev, at, old, nw;
    };
    for (const Case& c : {Case{1, 1, "", "2026-01-01T00:00:00.000Z", "", ""},
                          Case{-9223372036854775807LL - 1, 0, std::string(64, 'f'), "", big, big + "w"},
                          Case{9223372036854775807LL, -1, "x", "at", "{\"a\":1}", "{\"a\":2}"}}) {
        std::string message;
        db::appendAuditEntryMessage(message, c.prev, c.seq, c.at, c.userId, "tech", "update", "preparation", "42",
                                    c.old, c.nw, "status released");
        EXPECT_EQ(db::auditEntryHash(c.prev, c.seq, c.at, c.userId, "tech", "update", "preparation", "42", c.old, c.nw,
                                     "status released"),
                  db::sha256HexOf(message));
        unsigned char digest[32];
        db::sha256(message.data(), message.size(), digest);
        EXPECT_TRUE(db::digestMatchesHex(digest, db::sha256HexOf(message)));
        EXPECT_FALSE(db::digestMatchesHex(digest, db::sha256HexOf(message + " ")));
        EXPECT_FALSE(db::digestMatchesHex(digest, db::sha256HexOf(message).substr(0, 63)));
    }
    // The documented encoding, byte for byte.
    std::string message;
    db::appendAuditEntryMessage(message, "", 7, "t", -3, "u", "a", "e", "i", "", "n", "");
    EXPECT_EQ(message, "0:;1:7;1:t;2:-3;1:u;1:a;1:e;1:i;0:;1:n;0:;");
}
