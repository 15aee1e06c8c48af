// SPDX-License-Identifier: GPL-3.0-or-later
// States appear in JSON (batch records, prepctl --json) in their stored text form, never as numbers: found by
// argument-dependent lookup wherever a state is put into a JSON value.
#pragma once

#include "db/statuses.h"

#include <nlohmann/json.hpp>

#include <string>

namespace prep::db {

inline void to_json(nlohmann::json& j, OrderStatus s)
{
    j = std::string(toText(s));
}
inline void to_json(nlohmann::json& j, PreparationStatus s)
{
    j = std::string(toText(s));
}
inline void to_json(nlohmann::json& j, ToleranceDecision d)
{
    j = std::string(toText(d));
}
inline void to_json(nlohmann::json& j, ShipmentStatus s)
{
    j = std::string(toText(s));
}

} // namespace prep::db
