// SPDX-License-Identifier: GPL-3.0-or-later
// A query for a record that may not exist yet (a shipment's return, a patient's home address): its first row, or
// none. Beside sql::firstRow, which says NotFound.
#pragma once

#include "db/statement.h"

#include <optional>

namespace prep::db::sql {

template <class F>
auto optionalRow(Statement& s, F&& map) -> Result<std::optional<decltype(map(std::declval<const Row&>()))>>
{
    auto r = s.step();
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<decltype(map(std::declval<const Row&>()))>{};
    return std::optional(map(Row(s)));
}

} // namespace prep::db::sql
