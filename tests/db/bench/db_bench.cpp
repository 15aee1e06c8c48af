// SPDX-License-Identifier: GPL-3.0-or-later
// db benchmarks. On the large data set: PREP_BENCH_DB=/path/from/db_bench_generate ./db_bench
// Without it, a small data set (10,000 preparations) is generated in a temporary directory first.
#include "db/audit_log.h"
#include "db/database.h"
#include "db/trace_queries.h"
#include "db/user_directory.h"
#include "db/weighing_repository.h"
#include "tests/db/bench/dataset.h"
#include "tests/support/temp_dir.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>

using namespace prep;

namespace {

struct Shared
{
    std::unique_ptr<test::TempDir> dir;
    std::unique_ptr<db::Database> database;
};

db::Database& dataset()
{
    static Shared shared = [] {
        Shared s;
        std::string path;
        if (const char* p = std::getenv("PREP_BENCH_DB"); p && *p) {
            path = p;
        } else {
            s.dir = std::make_unique<test::TempDir>();
            path = s.dir->file("bench.sqlite").string();
            auto fresh = db::Database::open(path);
            if (!fresh || !bench::generateDataset(**fresh, {10000, 0}))
                std::abort();
        }
        auto opened = db::Database::open(path);
        if (!opened)
            std::abort();
        s.database = std::move(*opened);
        return s;
    }();
    return *shared.database;
}

void BM_TraceByLot(benchmark::State& state)
{
    db::TraceQueries trace(dataset());
    std::size_t rows = 0;
    int i = 0;
    for (auto _ : state) {
        // Different lots, so no answer is served from a just-warmed page.
        char lot[32];
        std::snprintf(lot, sizeof lot, "LOT-%06d", (i++ * 37) % 90);
        auto r = trace.byLot(lot);
        if (!r)
            state.SkipWithError(r.error().message.c_str());
        rows = r->size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}
BENCHMARK(BM_TraceByLot)->Unit(benchmark::kMillisecond);

void BM_VerifyChain(benchmark::State& state)
{
    db::AuditLog log(dataset());
    std::int64_t entries = 0;
    for (auto _ : state) {
        auto v = log.verifyChain();
        if (!v || !v->intact)
            state.SkipWithError("chain broken");
        entries = v->entriesChecked;
    }
    state.SetItemsProcessed(state.iterations() * entries);
    state.counters["entries"] = double(entries);
}
BENCHMARK(BM_VerifyChain)->Unit(benchmark::kMillisecond)->Iterations(1);

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
BENCHMARK(BM_VerifyChainAndRecords)->Unit(benchmark::kMillisecond)->Iterations(1);

// Audited inserts: a weighing and its audit entry. Arg 1: one transaction (one fsync) per insert, as the station
// does; arg 1000: a thousand per transaction (the cost of the audit work itself).
void BM_AuditedWeighingInsert(benchmark::State& state)
{
    test::TempDir dir;
    auto database = db::Database::open(dir.file("insert.sqlite").string());
    if (!database)
        std::abort();
    db::UserDirectory users(**database, db::PasswordHashCost::minimal());
    auto admin = users.bootstrapAdmin("admin", "Alice Admin", "bench password", db::UtcTime{});
    db::WeighingRepository weighings(**database);
    db::WeighingRecord w;
    w.step = "daily_check";
    w.grams = 100.0001;
    w.stable = true;
    w.readabilityG = 0.0001;
    w.source = "sim://scale serial=SIM-1";
    w.raw = "S S 100.0001 g";
    db::UtcTime at{};
    const auto perTransaction = state.range(0);
    for (auto _ : state) {
        db::Transaction tx(**database);
        for (std::int64_t i = 0; i < perTransaction; ++i) {
            at += std::chrono::milliseconds{1};
            if (!weighings.add(*admin, at, w))
                state.SkipWithError("insert failed");
        }
        if (!tx.commit())
            state.SkipWithError("commit failed");
    }
    state.SetItemsProcessed(state.iterations() * perTransaction);
}
BENCHMARK(BM_AuditedWeighingInsert)->Arg(1)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
