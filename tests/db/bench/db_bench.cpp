// SPDX-License-Identifier: GPL-3.0-or-later
// db benchmarks. On the large data set: PREP_BENCH_DB=/path/from/db_bench_generate ./db_bench, or a PostgreSQL URI
// of the same data set (db_bench_load_postgres). Without it, a small data set (10,000 preparations) is generated in
// a temporary directory first. Inserts go to PREP_BENCH_INSERT_DB (an empty database, e.g. a PostgreSQL URI) or
// a temporary SQLite file.
#include "db/audit_chain.h"
#include "db/audit_log.h"
#include "db/database.h"
#include "db/sha256.h"
#include "db/trace_queries.h"
#include "db/user_directory.h"
#include "db/weighing_repository.h"
#include "tests/db/bench/dataset.h"
#include "tests/support/temp_dir.h"

#include <benchmark/benchmark.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <string>

using namespace prep;

namespace {

struct Shared
{
    std::unique_ptr<test::TempDir> dir;
    std::string path;
    std::unique_ptr<db::Database> database;
    std::int64_t lots = 0; // vial lots of 100 preparations: "LOT-000000" ...
};

Shared& shared()
{
    static Shared shared = [] {
        Shared s;
        if (const char* p = std::getenv("PREP_BENCH_DB"); p && *p) {
            s.path = p;
        } else {
            s.dir = std::make_unique<test::TempDir>();
            s.path = s.dir->file("bench.sqlite").string();
            auto fresh = db::Database::open(s.path);
            if (!fresh || !bench::generateDataset(**fresh, {10000, 0}))
                std::abort();
        }
        auto opened = db::Database::open(s.path);
        if (!opened)
            std::abort();
        s.database = std::move(*opened);
        auto count = s.database->prepare("SELECT count(*) FROM preparation");
        if (!count || !count->step().value())
            std::abort();
        s.lots = std::max<std::int64_t>(count->int64(0) / 100, 1);
        return s;
    }();
    return shared;
}

db::Database& dataset()
{
    return *shared().database;
}

// Lots spread over the whole data set (a prime stride), so successive queries touch different pages.
std::string nextLot(std::int64_t& i)
{
    char lot[32];
    std::snprintf(lot, sizeof lot, "LOT-%06lld", static_cast<long long>((i++ * 7919) % shared().lots));
    return lot;
}

// Drops the database's pages from the operating system's cache (only this file's: the machine is shared), so
// the next reads come from the disk.
void evictFromPageCache(const std::string& path)
{
    for (const std::string& file : {path, path + "-wal"}) {
        const int fd = ::open(file.c_str(), O_RDONLY);
        if (fd < 0)
            continue;
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

// Warm: the connection and the OS cache keep what earlier queries read.
void BM_TraceByLot(benchmark::State& state)
{
    db::TraceQueries trace(dataset());
    std::size_t rows = 0;
    std::int64_t i = 0;
    for (auto _ : state) {
        auto r = trace.byLot(nextLot(i));
        if (!r)
            state.SkipWithError(r.error().message.c_str());
        rows = r->size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}
BENCHMARK(BM_TraceByLot)->Unit(benchmark::kMillisecond);

// Cold: each query on a freshly opened connection after the file left the OS cache, so every page it needs is
// read from the disk (opening the database, which reads the schema, is not timed).
void BM_TraceByLotCold(benchmark::State& state)
{
    const std::string path = shared().path;
    if (db::Database::isServerLocation(path)) {
        state.SkipWithError("a SQLite file only: the server's cache is not this process's to drop");
        return;
    }
    std::size_t rows = 0;
    std::int64_t i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        evictFromPageCache(path);
        auto opened = db::Database::open(path);
        if (!opened)
            std::abort();
        db::TraceQueries trace(**opened);
        const std::string lot = nextLot(i);
        state.ResumeTiming();
        auto r = trace.byLot(lot);
        if (!r)
            state.SkipWithError(r.error().message.c_str());
        rows = r->size();
        benchmark::DoNotOptimize(rows);
        state.PauseTiming();
        opened->reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = double(rows);
}
BENCHMARK(BM_TraceByLotCold)->Unit(benchmark::kMillisecond)->Iterations(30);

// CPU seconds of the whole process (every thread): Google Benchmark's CPU column counts the main thread only.
double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

// Arg 0: verification threads (0: the default, one per core up to 4). Arg 1: 1 = from the disk (the file is
// dropped from the OS cache first). items_per_second is by wall time.
void BM_VerifyChain(benchmark::State& state)
{
    db::AuditLog log(dataset());
    if (state.range(0) > 0)
        log.setVerifyThreads(int(state.range(0)));
    std::int64_t entries = 0;
    double cpu = 0;
    if (state.range(1) && db::Database::isServerLocation(shared().path)) {
        state.SkipWithError("a SQLite file only: the server's cache is not this process's to drop");
        return;
    }
    for (auto _ : state) {
        if (state.range(1)) {
            state.PauseTiming();
            evictFromPageCache(shared().path);
            state.ResumeTiming();
        }
        const double before = processCpuSeconds();
        auto v = log.verifyChain();
        cpu += processCpuSeconds() - before;
        if (!v || !v->intact)
            state.SkipWithError("chain broken");
        entries = v->entriesChecked;
    }
    state.SetItemsProcessed(state.iterations() * entries);
    state.counters["entries"] = double(entries);
    // All threads' CPU per entry: what wall time would be on idle cores.
    state.counters["cpu_us_per_entry"] = cpu * 1e6 / double(state.iterations() * entries);
}
BENCHMARK(BM_VerifyChain)
    ->Args({0, 0})
    ->Args({1, 0})
    ->Args({0, 1})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();

// SHA-256 of audit-entry-sized messages (512 bytes): one at a time, and two interleaved (sha256x2).
void BM_Sha256(benchmark::State& state)
{
    const std::string a(512, 'a'), b(512, 'b');
    unsigned char da[32], db2[32];
    for (auto _ : state) {
        if (state.range(0) == 2) {
            db::sha256x2(a.data(), a.size(), da, b.data(), b.size(), db2);
        } else {
            db::sha256(a.data(), a.size(), da);
            db::sha256(b.data(), b.size(), db2);
        }
        benchmark::DoNotOptimize(da);
        benchmark::DoNotOptimize(db2);
    }
    state.SetBytesProcessed(state.iterations() * std::int64_t(a.size() + b.size()));
    state.SetLabel(db::sha256Accelerated() ? "SHA-NI" : "libsodium");
}
BENCHMARK(BM_Sha256)->Arg(1)->Arg(2);

void BM_VerifyChainAndRecords(benchmark::State& state)
{
    db::AuditLog log(dataset());
    std::int64_t entries = 0;
    for (auto _ : state) {
        auto v = log.verify();
        if (!v || !v->intact)
            state.SkipWithError(v ? v->problem.c_str() : v.error().message.c_str());
        entries = v->entriesChecked;
        state.counters["records"] = double(v->recordsChecked);
    }
    state.SetItemsProcessed(state.iterations() * entries);
}
BENCHMARK(BM_VerifyChainAndRecords)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// The database inserts go to: PREP_BENCH_INSERT_DB, or a SQLite file in a temporary folder; its admin.
struct InsertTarget
{
    std::unique_ptr<test::TempDir> dir;
    std::string location;
    db::Actor admin;
};

InsertTarget& insertTarget()
{
    static InsertTarget target = [] {
        InsertTarget t;
        if (const char* p = std::getenv("PREP_BENCH_INSERT_DB"); p && *p) {
            t.location = p;
        } else {
            t.dir = std::make_unique<test::TempDir>();
            t.location = t.dir->file("insert.sqlite").string();
        }
        auto database = db::Database::open(t.location);
        if (!database)
            std::abort();
        db::UserDirectory users(**database, db::PasswordHashCost::minimal());
        auto admin = users.empty() ? users.bootstrapAdmin("admin", "Alice Admin", "bench password", db::UtcTime{})
                                   : users.find("admin");
        if (!admin)
            std::abort();
        t.admin = *admin;
        return t;
    }();
    return target;
}

db::WeighingRecord benchWeighing()
{
    db::WeighingRecord w;
    w.step = "daily_check";
    w.grams = 100.0001;
    w.stable = true;
    w.readabilityG = 0.0001;
    w.source = "sim://scale serial=SIM-1";
    w.raw = "S S 100.0001 g";
    return w;
}

// Audited inserts: a weighing and its audit entry. Arg 1: one transaction (one fsync) per insert, as the station
// does; arg 1000: a thousand per transaction (the cost of the audit work itself).
void BM_AuditedWeighingInsert(benchmark::State& state)
{
    auto& target = insertTarget();
    auto database = db::Database::open(target.location);
    if (!database)
        std::abort();
    db::WeighingRepository weighings(**database);
    const db::WeighingRecord w = benchWeighing();
    db::UtcTime at{};
    const auto perTransaction = state.range(0);
    for (auto _ : state) {
        db::Transaction tx(**database);
        for (std::int64_t i = 0; i < perTransaction; ++i) {
            at += std::chrono::milliseconds{1};
            if (!weighings.add(target.admin, at, w))
                state.SkipWithError("insert failed");
        }
        if (!tx.commit())
            state.SkipWithError("commit failed");
    }
    state.SetItemsProcessed(state.iterations() * perTransaction);
}
BENCHMARK(BM_AuditedWeighingInsert)->Arg(1)->Arg(1000)->Unit(benchmark::kMillisecond);

// Several stations at once: each thread is a station with its own connection, one weighing per transaction (as a
// technician's station commits), all into one audit chain. items_per_second: all stations together, by wall time.
void BM_ConcurrentAuditedInserts(benchmark::State& state)
{
    auto& target = insertTarget();
    auto database = db::Database::open(target.location);
    if (!database) {
        state.SkipWithError(database.error().message.c_str());
        return;
    }
    db::WeighingRepository weighings(**database);
    const db::WeighingRecord w = benchWeighing();
    db::UtcTime at{std::chrono::hours{24 * (1 + state.thread_index())}};
    for (auto _ : state) {
        at += std::chrono::milliseconds{1};
        if (auto r = weighings.add(target.admin, at, w); !r)
            state.SkipWithError(r.error().message.c_str());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ConcurrentAuditedInserts)
    ->Threads(1)
    ->Threads(2)
    ->Threads(4)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3.0);

} // namespace

BENCHMARK_MAIN();
