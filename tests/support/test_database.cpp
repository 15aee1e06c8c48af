// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_database.h"

#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace prep::test {

namespace {

std::string clusterDir()
{
    const char* d = std::getenv("PREP_TEST_POSTGRES_DIR");
    return d ? d : "";
}

// Single quotes for a shell word.
std::string quoted(const std::string& s)
{
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out.append("'\\''");
        else
            out.push_back(c);
    }
    out.push_back('\'');
    return out;
}

int psql(const std::string& database, const std::string& sqlText)
{
    const std::string command = "psql -X -q -v ON_ERROR_STOP=1 -h " + quoted(clusterDir()) + " -U prep -d " +
                                quoted(database) + " -c " + quoted(sqlText) + " >/dev/null 2>&1";
    return std::system(command.c_str());
}

} // namespace

bool onPostgres()
{
    return !clusterDir().empty();
}

int psqlAdmin(const std::string& sqlText)
{
    return psql("postgres", sqlText);
}

TestDatabase::TestDatabase(const TempDir& dir, const std::string& name)
    : TestDatabase(dir, name, std::string())
{}

std::unique_ptr<TestDatabase> TestDatabase::copy(const TempDir& dir, const std::string& name) const
{
    if (m_name.empty()) {
        std::unique_ptr<TestDatabase> out(new TestDatabase(dir, name));
        std::filesystem::copy_file(m_location, out->m_location, std::filesystem::copy_options::overwrite_existing);
        return out;
    }
    return std::unique_ptr<TestDatabase>(new TestDatabase(dir, name, m_name));
}

std::unique_ptr<TestDatabase> TestDatabase::sqliteFile(const TempDir& dir, const std::string& name)
{
    return std::unique_ptr<TestDatabase>(new TestDatabase(dir, name, std::string(), true));
}

TestDatabase::TestDatabase(const TempDir& dir, const std::string& name, const std::string& templateName, bool sqlite)
{
    if (sqlite || !onPostgres()) {
        m_location = dir.file(name + ".sqlite").string();
        return;
    }
    static std::atomic<int> counter{0};
    std::string safe;
    for (char c : name)
        safe += (std::isalnum(static_cast<unsigned char>(c)) ? char(std::tolower(static_cast<unsigned char>(c))) : '_');
    char buf[96];
    std::snprintf(buf, sizeof buf, "t%d_%d_%.30s", int(::getpid()), ++counter, safe.c_str());
    m_name = buf;
    if (psqlAdmin("CREATE DATABASE " + m_name + (templateName.empty() ? "" : " TEMPLATE " + templateName)) != 0) {
        std::fprintf(stderr, "cannot create database %s on the test cluster in %s (did postgres.cluster.start run?)\n",
                     m_name.c_str(), clusterDir().c_str());
        std::abort();
    }
    m_location = "postgresql:///" + m_name + "?host=" + clusterDir() + "&user=prep";
}

TestDatabase::~TestDatabase()
{
    if (!m_name.empty())
        (void)psqlAdmin("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
}

int TestDatabase::tool(const std::string& sqlText) const
{
    if (m_name.empty()) {
        const std::string command = "sqlite3 " + quoted(m_location) + " " + quoted(sqlText) + " >/dev/null 2>&1";
        return std::system(command.c_str());
    }
    return psql(m_name, sqlText);
}

} // namespace prep::test
