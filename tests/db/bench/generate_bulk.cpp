// SPDX-License-Identifier: GPL-3.0-or-later
// db_bench_bulk OUT.sqlite [PREPARATIONS [AUDIT_ENTRIES]]: the benchmark data set of db_bench_generate, written
// in bulk (defaults: 1,000,000 preparations, 20,000,000 audit entries: minutes and ~13 GB). See bulk_dataset.h.
#include "tests/db/bench/bulk_dataset.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: db_bench_bulk OUT.sqlite [PREPARATIONS [AUDIT_ENTRIES]]\n");
        return 2;
    }
    prep::bench::DatasetSize size{argc > 2 ? std::atoll(argv[2]) : 1000000, argc > 3 ? std::atoll(argv[3]) : 20000000};
    const auto start = std::chrono::steady_clock::now();
    auto seconds = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    auto r = prep::bench::generateBulkDataset(argv[1], size, [&](std::int64_t preparations, std::int64_t entries) {
        std::fprintf(stderr, "%lld preparations, %lld audit entries, %.0f s\n", static_cast<long long>(preparations),
                     static_cast<long long>(entries), seconds());
    });
    if (!r) {
        std::fprintf(stderr, "db_bench_bulk: %s\n", r.error().message.c_str());
        return 1;
    }
    std::printf("%s: %lld preparations, %lld audit entries in %.0f s\n", argv[1],
                static_cast<long long>(r->preparations), static_cast<long long>(r->auditEntries), seconds());
    return 0;
}
