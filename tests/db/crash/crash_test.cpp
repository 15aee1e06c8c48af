// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety (SIGKILL at random moments), four stations writing at once, and backup while a station writes.
// Each uses real processes (db_worker) on one database, as stations do: a SQLite file, or (the "postgres/" pass) a
// database on the test's PostgreSQL cluster.
#include "db/audit_log.h"
#include "db/database.h"
#include "db/preparation_repository.h"
#include "db/user_directory.h"
#include "tests/db/crash/worker_process.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_database.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <random>
#include <set>
#include <sys/wait.h>

using namespace prep;
using namespace std::chrono;

namespace {

const char* kPassword = "correct horse 42";
// 2026-11-22T00:00:00Z in ms; each worker run gets its own later time range (the db never reads a clock).
constexpr long long kTimeBase = 1795305600000LL;

long envOr(const char* name, long fallback)
{
    const char* v = std::getenv(name);
    return v && *v ? std::atol(v) : fallback;
}

void createStation(const std::string& path, const std::vector<std::string>& technicians)
{
    auto database = db::Database::open(path);
    ASSERT_TRUE(database) << database.error().message;
    db::UserDirectory users(**database, db::PasswordHashCost::minimal());
    const db::UtcTime t{milliseconds{kTimeBase}};
    auto admin = users.bootstrapAdmin("admin", "Alice Admin", kPassword, t);
    ASSERT_TRUE(admin) << admin.error().message;
    for (const auto& name : technicians)
        ASSERT_TRUE(users.createUser(*admin, t, name, "Technician " + name, db::Role::Technician, kPassword));
}

// Parses "ACK weighing N" lines; fails the test on an error line from the worker.
void collect(const std::vector<std::string>& lines, std::set<std::int64_t>& acked, int* prepared = nullptr)
{
    for (const auto& line : lines) {
        if (line.rfind("ACK weighing ", 0) == 0)
            acked.insert(std::atoll(line.c_str() + 13));
        else if (line.rfind("PREPARED ", 0) == 0) {
            if (prepared)
                ++*prepared;
        } else if (line.rfind("INTERRUPTED ", 0) != 0 && line != "READY")
            ADD_FAILURE() << "worker said: " << line;
    }
}

std::set<std::int64_t> weighingIds(db::Database& database)
{
    std::set<std::int64_t> ids;
    auto s = database.prepare("SELECT id FROM weighing");
    EXPECT_TRUE(s);
    while (s && s->step().value())
        ids.insert(s->int64(0));
    return ids;
}

// integrity_check ok, chain and records verified, every acknowledged weighing present.
void expectIntact(const std::string& path, const std::set<std::int64_t>& acked, const std::string& when)
{
    auto database = db::Database::open(path);
    ASSERT_TRUE(database) << when << ": " << database.error().message;
    auto integrity = (*database)->integrityCheck();
    EXPECT_TRUE(integrity) << when << ": " << integrity.error().message;
    auto v = db::AuditLog(**database).verify();
    ASSERT_TRUE(v) << when << ": " << v.error().message;
    EXPECT_TRUE(v->intact) << when << ": " << v->problem;
    const auto present = weighingIds(**database);
    for (auto id : acked)
        ASSERT_TRUE(present.count(id)) << when << ": acknowledged weighing " << id << " is missing";
}

std::int64_t countWhere(db::Database& database, const std::string& sqlText)
{
    auto s = database.prepare(sqlText);
    EXPECT_TRUE(s && s->step().value()) << sqlText;
    return s ? s->int64(0) : -1;
}

} // namespace

TEST(CrashTest, SigkillAtRandomMomentsLosesNothingAcknowledged)
{
    test::TempDir dir;
    test::TestDatabase store(dir, "station");
    const std::string& path = store.location();
    createStation(path, {"tech1"});
    const long kills = envOr("PREP_CRASH_KILLS", 200);
    std::mt19937 rng(std::uint32_t(envOr("PREP_CRASH_SEED", 20261122)));
    // Kill points chosen by progress, not by the clock: mostly after a random number of acknowledged weighings
    // (plus a random few milliseconds, landing inside the next write), sometimes during start-up (open, migration
    // check, recovery).
    std::uniform_int_distribution<int> acksBeforeKill(0, 9);
    std::uniform_int_distribution<int> extraMs(0, 6);
    std::bernoulli_distribution duringStartup(0.1);
    std::set<std::int64_t> acked;
    long killedMidWrite = 0;
    for (long run = 0; run < kills; ++run) {
        test::WorkerProcess worker({PREP_DB_WORKER, path, "tech1", std::to_string(kTimeBase + (run + 1) * 10000000LL)});
        bool running = true;
        if (!duringStartup(rng)) {
            const std::size_t wanted = 1 + std::size_t(acksBeforeKill(rng)); // READY plus N more lines
            running = worker.readUntilLines(wanted, seconds(60));
        }
        running = running && worker.readFor(milliseconds(extraMs(rng)));
        worker.kill();
        const int status = worker.finish();
        collect(worker.takeLines(), acked);
        if (running && WIFSIGNALED(status))
            ++killedMidWrite;
        else
            ASSERT_TRUE(WIFSIGNALED(status)) << "run " << run << ": the worker stopped on its own, status " << status;
        expectIntact(path, acked, "after kill " + std::to_string(run + 1));
        if (HasFatalFailure() || HasNonfatalFailure())
            return;
    }
    EXPECT_GT(acked.size(), std::size_t(kills) / 2); // the kills did land among real work
    EXPECT_EQ(killedMidWrite, kills);

    // A last start recovers: what was in progress is marked interrupted, with a reason, never left half-done.
    test::WorkerProcess last(
        {PREP_DB_WORKER, path, "tech1", std::to_string(kTimeBase + (kills + 2) * 10000000LL), "0.000001"});
    ASSERT_EQ(last.finish(), 0);
    collect(last.takeLines(), acked);
    auto database = db::Database::open(path);
    ASSERT_TRUE(database);
    EXPECT_EQ(countWhere(**database, "SELECT COUNT(*) FROM preparation WHERE status = 'in_progress'"), 0);
    EXPECT_GT(countWhere(**database, "SELECT COUNT(*) FROM preparation WHERE status = 'interrupted'"), 0);
    // A preparation marked prepared has all four weighings; an interrupted one has its reason in the trail.
    EXPECT_EQ(countWhere(**database, "SELECT COUNT(*) FROM preparation p WHERE status = 'prepared' AND (SELECT "
                                     "COUNT(*) FROM weighing w WHERE w.preparation_id = p.id) <> 4"),
              0);
    EXPECT_EQ(countWhere(**database,
                         "SELECT COUNT(*) FROM preparation p WHERE status = 'interrupted' AND NOT EXISTS (SELECT 1 "
                         "FROM audit_log a WHERE a.entity = 'preparation' AND a.entity_id = CAST(p.id AS TEXT) AND "
                         "a.reason = 'station restarted during the preparation')"),
              0);
    expectIntact(path, acked, "after recovery");
    std::cout << kills << " SIGKILLs, " << acked.size() << " acknowledged weighings all present, "
              << countWhere(**database, "SELECT COUNT(*) FROM preparation WHERE status = 'interrupted'")
              << " preparations marked interrupted\n";
}

TEST(ConcurrencyTest, StationsWritingAtOnceLoseAndCorruptNothing)
{
    test::TempDir dir;
    test::TestDatabase store(dir, "shared");
    const std::string& path = store.location();
    // Four stations on PostgreSQL, the backend for several stations; two on one SQLite file, whose single write lock
    // is unfair (a writer can lose the race for it many times in a row) and which docs/DATABASE.md keeps for one or
    // two stations.
    std::vector<std::string> stations{"tech1", "tech2"};
    if (test::onPostgres())
        stations = {"tech1", "tech2", "tech3", "tech4"};
    createStation(path, stations);
    // A minute on PostgreSQL, where several stations sharing one server is the point; 15 s on SQLite.
    const std::string seconds = std::to_string(envOr("PREP_DB_CONCURRENCY_SECONDS", test::onPostgres() ? 60 : 15));
    std::vector<std::unique_ptr<test::WorkerProcess>> workers;
    for (std::size_t i = 0; i < stations.size(); ++i)
        workers.push_back(std::make_unique<test::WorkerProcess>(std::vector<std::string>{
            PREP_DB_WORKER, path, stations[i], std::to_string(kTimeBase + std::int64_t(i + 1) * 10000000LL), seconds}));
    std::vector<bool> open(workers.size(), true);
    while (std::find(open.begin(), open.end(), true) != open.end()) {
        for (std::size_t i = 0; i < workers.size(); ++i)
            if (open[i])
                open[i] = workers[i]->readFor(milliseconds(50));
    }
    std::set<std::int64_t> acked;
    int prepared = 0;
    for (auto& w : workers) {
        EXPECT_EQ(w->finish(), 0);
        collect(w->takeLines(), acked, &prepared);
    }
    ASSERT_GT(prepared, int(stations.size()));
    expectIntact(path, acked, "after both stations stopped");
    auto database = db::Database::open(path);
    ASSERT_TRUE(database);
    // Nothing lost, nothing extra: exactly the acknowledged weighings, exactly the reported preparations.
    EXPECT_EQ(weighingIds(**database), acked);
    EXPECT_EQ(countWhere(**database, "SELECT COUNT(*) FROM preparation WHERE status = 'prepared'"), prepared);
    EXPECT_EQ(countWhere(**database, "SELECT COUNT(DISTINCT number) FROM preparation"),
              countWhere(**database, "SELECT COUNT(*) FROM preparation"));
    // Every station really wrote into the one chain.
    for (const auto& name : stations)
        EXPECT_GT(countWhere(**database, "SELECT COUNT(*) FROM audit_log WHERE username = '" + name + "'"), 10) << name;
}

TEST(BackupTest, BackupWhileAStationWritesIsConsistentAndRestores)
{
    if (test::onPostgres())
        GTEST_SKIP() << "SQLite's online backup; on PostgreSQL: BackupTest.PgDumpWhileAStationWritesRestoresIntact";
    test::TempDir dir;
    const std::string path = dir.file("live.sqlite").string();
    createStation(path, {"tech1"});
    test::WorkerProcess worker({PREP_DB_WORKER, path, "tech1", std::to_string(kTimeBase + 10000000LL), "4"});
    auto live = db::Database::open(path);
    ASSERT_TRUE(live);
    std::set<std::int64_t> acked;
    std::vector<std::pair<std::string, std::set<std::int64_t>>> backups;
    for (int i = 0; i < 5; ++i) {
        worker.readFor(milliseconds(300));
        collect(worker.takeLines(), acked);
        const std::string copy = dir.file("backup-" + std::to_string(i) + ".sqlite").string();
        const auto ackedBefore = acked;
        auto r = (*live)->backupTo(copy);
        ASSERT_TRUE(r) << r.error().message;
        backups.emplace_back(copy, ackedBefore);
    }
    EXPECT_EQ(worker.finish(), 0);
    collect(worker.takeLines(), acked);
    ASSERT_GT(acked.size(), backups.front().second.size());
    for (const auto& [copy, ackedBefore] : backups)
        expectIntact(copy, ackedBefore, "backup " + copy);

    // Restore the third backup into a station database that has moved on: it becomes exactly the backup.
    const auto& [chosen, ackedInChosen] = backups[2];
    std::int64_t inBackup = 0;
    {
        auto b = db::Database::open(chosen);
        ASSERT_TRUE(b);
        inBackup = countWhere(**b, "SELECT COUNT(*) FROM weighing");
    }
    auto r = (*live)->restoreFrom(chosen);
    ASSERT_TRUE(r) << r.error().message;
    live->reset();
    expectIntact(path, ackedInChosen, "after restore");
    auto restored = db::Database::open(path);
    ASSERT_TRUE(restored);
    EXPECT_EQ(countWhere(**restored, "SELECT COUNT(*) FROM weighing"), inBackup);
    EXPECT_LT(inBackup, std::int64_t(acked.size()));
}

// Backup and restore as docs/DATABASE.md tells a PostgreSQL site to do it: pg_dump while a station writes, then
// pg_restore into a new database, whose audit trail must verify and which must hold every weighing acknowledged
// before the dump began.
TEST(BackupTest, PgDumpWhileAStationWritesRestoresIntact)
{
    if (!test::onPostgres())
        GTEST_SKIP() << "PostgreSQL's tools; on SQLite: BackupTest.BackupWhileAStationWritesIsConsistentAndRestores";
    test::TempDir dir;
    test::TestDatabase store(dir, "live");
    createStation(store.location(), {"tech1"});
    test::WorkerProcess worker(
        {PREP_DB_WORKER, store.location(), "tech1", std::to_string(kTimeBase + 10000000LL), "4"});
    std::set<std::int64_t> acked;
    worker.readFor(milliseconds(1500));
    collect(worker.takeLines(), acked);
    const auto ackedBeforeDump = acked;
    ASSERT_FALSE(ackedBeforeDump.empty());
    const std::string dump = dir.file("live.dump").string();
    const std::string pgDump = "pg_dump --format=custom --file='" + dump + "' '" + store.location() + "'";
    ASSERT_EQ(std::system(pgDump.c_str()), 0) << pgDump;
    EXPECT_EQ(worker.finish(), 0);
    collect(worker.takeLines(), acked);
    ASSERT_GT(acked.size(), ackedBeforeDump.size()); // the station went on writing after the dump

    test::TestDatabase restored(dir, "restored");
    const std::string pgRestore =
        "pg_restore --no-owner --exit-on-error --dbname='" + restored.location() + "' '" + dump + "'";
    ASSERT_EQ(std::system(pgRestore.c_str()), 0) << pgRestore;
    expectIntact(restored.location(), ackedBeforeDump, "after pg_restore");
    // The restored database takes new work: its keys go on after the restored rows.
    auto database = db::Database::open(restored.location());
    ASSERT_TRUE(database) << database.error().message;
    db::UserDirectory users(**database, db::PasswordHashCost::minimal());
    auto admin = users.find("admin");
    ASSERT_TRUE(admin);
    auto more = users.createUser(*admin, db::UtcTime{milliseconds{kTimeBase + 90000000LL}}, "tech9", "Technician 9",
                                 db::Role::Technician, kPassword);
    ASSERT_TRUE(more) << more.error().message;
    auto v = db::AuditLog(**database).verify();
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->intact) << v->problem;
}
