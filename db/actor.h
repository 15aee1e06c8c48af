// SPDX-License-Identifier: GPL-3.0-or-later
// Who acts: every write in the db layer is attributed to an authenticated person (ALCOA+ "Attributable").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace prep::db {

enum class Role { Technician, Pharmacist, Courier, Nurse, Auditor, Admin };

// "technician", "pharmacist", "courier", "nurse", "auditor", "admin" (the stored form).
std::string_view roleName(Role role);
std::optional<Role> roleFromName(std::string_view name);

struct Actor
{
    std::int64_t userId = 0;
    std::string username;
    std::string fullName;
    Role role = Role::Technician;
};

} // namespace prep::db
