// SPDX-License-Identifier: GPL-3.0-or-later
// The database a test works on. The suites that run on both backends run twice: once on SQLite files, once with
// PREP_TEST_POSTGRES_DIR set (ctest's "postgres/" pass), where each test gets a new, empty database on the
// throwaway cluster that tests/support/postgres_cluster.sh started with its socket in that folder.
#pragma once

#include "tests/support/temp_dir.h"

#include <memory>
#include <string>

namespace prep::test {

// Whether this run is the PostgreSQL pass.
bool onPostgres();

// A new database location: `dir`/`name`.sqlite, or (PostgreSQL pass) the URI of a new empty database, dropped
// when the object goes (declare it before the Database objects that use it).
class TestDatabase
{
public:
    TestDatabase(const TempDir& dir, const std::string& name);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;
    const std::string& location() const { return m_location; }
    // A SQLite file whatever the pass (a station moved from SQLite, say).
    static std::unique_ptr<TestDatabase> sqliteFile(const TempDir& dir, const std::string& name);
    // A copy of this database (nobody may be connected to it): the file copied, or CREATE DATABASE ... TEMPLATE.
    std::unique_ptr<TestDatabase> copy(const TempDir& dir, const std::string& name) const;
    // Runs SQL as someone with direct access would (the sqlite3 tool on the file, psql on the server); its exit
    // status.
    int tool(const std::string& sqlText) const;

private:
    TestDatabase(const TempDir& dir, const std::string& name, const std::string& templateName, bool sqlite = false);
    std::string m_location;
    std::string m_name; // PostgreSQL database name
};

// psql on the test cluster's maintenance database (the PostgreSQL pass only): its exit status.
int psqlAdmin(const std::string& sqlText);

} // namespace prep::test
