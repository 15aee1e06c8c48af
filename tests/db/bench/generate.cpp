// SPDX-License-Identifier: GPL-3.0-or-later
// db_bench_generate OUT.sqlite [PREPARATIONS [AUDIT_ENTRIES]]: the benchmark data set (defaults: 1,000,000
// preparations, 20,000,000 audit entries). Not run in CI: it takes long and needs tens of GB.
#include "db/database.h"
#include "tests/db/bench/dataset.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: db_bench_generate OUT.sqlite [PREPARATIONS [AUDIT_ENTRIES]]\n");
        return 2;
    }
    if (std::filesystem::exists(argv[1])) {
        std::fprintf(stderr, "db_bench_generate: %s exists; refusing to add to it\n", argv[1]);
        return 2;
    }
    prep::bench::DatasetSize size{argc > 2 ? std::atoll(argv[2]) : 1000000, argc > 3 ? std::atoll(argv[3]) : 20000000};
    auto database = prep::db::Database::open(argv[1]);
    if (!database) {
        std::fprintf(stderr, "db_bench_generate: %s\n", database.error().message.c_str());
        return 1;
    }
    const auto start = std::chrono::steady_clock::now();
    auto r = prep::bench::generateDataset(**database, size, [&](std::int64_t done) {
        if (done % 20000 == 0) {
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::fprintf(stderr, "%lld preparations, %.0f s\n", static_cast<long long>(done), s);
        }
    });
    if (!r) {
        std::fprintf(stderr, "db_bench_generate: %s\n", r.error().message.c_str());
        return 1;
    }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%s: %lld preparations, >= %lld audit entries in %.0f s\n", argv[1],
                static_cast<long long>(size.preparations), static_cast<long long>(size.auditEntries), s);
    return 0;
}
