// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/statement.h"

namespace prep::db::sql {

Statement& Statement::bindAll(const std::vector<Value>& values)
{
    for (size_t i = 0; i < values.size(); ++i)
        bind(int(i + 1), values[i]);
    return *this;
}

Result<Ok> Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            return Ok{};
    }
}

int Statement::columnIndex(std::string_view name) const
{
    const int n = columnCount();
    for (int i = 0; i < n; ++i)
        if (name == m_c->columnName(i))
            return i;
    return -1;
}

std::int64_t Row::int64(std::string_view name) const
{
    const int i = index(name);
    return i < 0 ? 0 : m_s.int64(i);
}

double Row::real(std::string_view name) const
{
    const int i = index(name);
    return i < 0 ? 0.0 : m_s.real(i);
}

std::string Row::text(std::string_view name) const
{
    const int i = index(name);
    return i < 0 ? std::string() : m_s.text(i);
}

} // namespace prep::db::sql
