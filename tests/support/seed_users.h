// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts a test station starts with: the first administrator ("admin", bootstrap) and the given users, hashed
// at the cheapest cost (a test's speed, not a station's). Fictitious names only. Header-only: the tests that use it
// already link db/.
#pragma once

#include "db/database.h"
#include "db/user_directory.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace prep::test {

struct SeedUser
{
    std::string login, name;
    db::Role role;
    std::string password;
};

inline ::testing::AssertionResult seedUsers(const std::string& location, const std::vector<SeedUser>& seeds,
                                            const std::string& adminPassword = "admin-pass-2026")
{
    auto database = db::Database::open(location);
    if (!database)
        return ::testing::AssertionFailure() << database.error().message;
    db::UserDirectory users(**database, db::PasswordHashCost::minimal());
    auto admin = users.bootstrapAdmin("admin", "Admin (fictif)", adminPassword, db::UtcTime{});
    if (!admin)
        return ::testing::AssertionFailure() << admin.error().message;
    for (const auto& s : seeds)
        if (auto made = users.createUser(*admin, db::UtcTime{}, s.login, s.name, s.role, s.password, false); !made)
            return ::testing::AssertionFailure() << s.login << ": " << made.error().message;
    return ::testing::AssertionSuccess();
}

} // namespace prep::test
