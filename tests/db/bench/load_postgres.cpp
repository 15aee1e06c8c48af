// SPDX-License-Identifier: GPL-3.0-or-later
// db_bench_load_postgres SOURCE.sqlite URI: the benchmark data set (db_bench_bulk's file) loaded into a PostgreSQL
// database that holds no record yet, with COPY (tens of millions of rows in minutes, where `prepctl db copy`'s
// row-by-row inserts would take the better part of an hour). Every value goes across unchanged: integers and text
// as they are, reals in their shortest exact form, NULL as NULL; the chain head and the identity sequences follow.
// The copy is checked afterwards by the benchmarks themselves (verifyChain, verify). A benchmark tool, not the
// station's: the station moves a site with `prepctl db copy`.
#include "db/database.h"
#include "db/database_copy.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <string>

namespace {

int fail(const std::string& what)
{
    std::fprintf(stderr, "db_bench_load_postgres: %s\n", what.c_str());
    return 1;
}

// COPY's text format: backslash escapes for the separators and the backslash itself.
void appendEscaped(std::string& out, const unsigned char* text, int n)
{
    for (int i = 0; i < n; ++i) {
        const char c = char(text[i]);
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

bool exec(PGconn* pg, const std::string& sql)
{
    PGresult* r = PQexec(pg, sql.c_str());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        std::fprintf(stderr, "%s: %s", sql.c_str(), PQerrorMessage(pg));
    PQclear(r);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3)
        return fail("usage: db_bench_load_postgres SOURCE.sqlite URI");
    const auto start = std::chrono::steady_clock::now();
    auto seconds = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    {
        // Creates the schema (the station's migrations) in the target.
        auto target = prep::db::Database::open(argv[2]);
        if (!target)
            return fail(target.error().message);
    }
    sqlite3* lite = nullptr;
    if (sqlite3_open_v2(argv[1], &lite, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return fail(std::string("cannot open ") + argv[1]);
    PGconn* pg = PQconnectdb(argv[2]);
    if (PQstatus(pg) != CONNECTION_OK)
        return fail(PQerrorMessage(pg));
    if (!exec(pg, "BEGIN"))
        return 1;
    std::string buffer;
    for (const std::string& table : prep::db::schemaTables()) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(lite, ("SELECT * FROM " + table).c_str(), -1, &s, nullptr) != SQLITE_OK)
            return fail(sqlite3_errmsg(lite));
        const int n = sqlite3_column_count(s);
        std::string columns;
        for (int i = 0; i < n; ++i)
            columns += (i ? ", " : "") + std::string(sqlite3_column_name(s, i));
        PGresult* r = PQexec(pg, ("COPY " + table + " (" + columns + ") FROM STDIN").c_str());
        if (PQresultStatus(r) != PGRES_COPY_IN)
            return fail(PQerrorMessage(pg));
        PQclear(r);
        long long rows = 0;
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int i = 0; i < n; ++i) {
                if (i)
                    buffer += '\t';
                switch (sqlite3_column_type(s, i)) {
                case SQLITE_NULL:
                    buffer += "\\N";
                    break;
                case SQLITE_INTEGER:
                    buffer += std::to_string(sqlite3_column_int64(s, i));
                    break;
                case SQLITE_FLOAT: {
                    char num[32];
                    auto [end, ec] = std::to_chars(num, num + sizeof num, sqlite3_column_double(s, i));
                    buffer.append(num, ec == std::errc() ? end : num);
                    break;
                }
                default:
                    appendEscaped(buffer, sqlite3_column_text(s, i), sqlite3_column_bytes(s, i));
                }
            }
            buffer += '\n';
            ++rows;
            if (buffer.size() > (1 << 20)) {
                if (PQputCopyData(pg, buffer.data(), int(buffer.size())) != 1)
                    return fail(PQerrorMessage(pg));
                buffer.clear();
            }
        }
        sqlite3_finalize(s);
        if (!buffer.empty() && PQputCopyData(pg, buffer.data(), int(buffer.size())) != 1)
            return fail(PQerrorMessage(pg));
        buffer.clear();
        if (PQputCopyEnd(pg, nullptr) != 1)
            return fail(PQerrorMessage(pg));
        r = PQgetResult(pg);
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            return fail(table + ": " + PQerrorMessage(pg));
        PQclear(r);
        while ((r = PQgetResult(pg)))
            PQclear(r);
        std::fprintf(stderr, "%s: %lld rows, %.0f s\n", table.c_str(), rows, seconds());
        PGresult* identity = PQexec(pg, ("SELECT 1 FROM information_schema.columns WHERE table_name = '" + table +
                                         "' AND column_name = 'id' AND is_identity = 'YES'")
                                            .c_str());
        const bool hasIdentity = PQntuples(identity) > 0;
        PQclear(identity);
        if (hasIdentity && !exec(pg, "SELECT setval(pg_get_serial_sequence('" + table +
                                         "', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM " + table))
            return 1;
    }
    sqlite3_stmt* head = nullptr;
    sqlite3_prepare_v2(lite, "SELECT seq, hash FROM chain_head WHERE id = 1", -1, &head, nullptr);
    if (sqlite3_step(head) != SQLITE_ROW)
        return fail("no chain head in the source");
    const std::string update = "UPDATE chain_head SET seq = " + std::to_string(sqlite3_column_int64(head, 0)) +
                               ", hash = '" + reinterpret_cast<const char*>(sqlite3_column_text(head, 1)) +
                               "' WHERE id = 1";
    sqlite3_finalize(head);
    if (!exec(pg, update) || !exec(pg, "COMMIT") || !exec(pg, "ANALYZE"))
        return 1;
    std::printf("loaded %s into the PostgreSQL database in %.0f s\n", argv[1], seconds());
    PQfinish(pg);
    sqlite3_close(lite);
    return 0;
}
