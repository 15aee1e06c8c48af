// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/actor.h"

#include <array>
#include <utility>

namespace prep::db {

namespace {
constexpr std::array<std::pair<Role, std::string_view>, 6> kRoleNames{{{Role::Technician, "technician"},
                                                                       {Role::Pharmacist, "pharmacist"},
                                                                       {Role::Courier, "courier"},
                                                                       {Role::Nurse, "nurse"},
                                                                       {Role::Auditor, "auditor"},
                                                                       {Role::Admin, "admin"}}};
}

std::string_view roleName(Role role)
{
    for (const auto& [r, name] : kRoleNames)
        if (r == role)
            return name;
    return "unknown";
}

std::optional<Role> roleFromName(std::string_view name)
{
    for (const auto& [r, n] : kRoleNames)
        if (n == name)
            return r;
    return std::nullopt;
}

} // namespace prep::db
