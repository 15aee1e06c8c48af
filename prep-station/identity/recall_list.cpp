// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/identity/recall_list.h"

#include "devices/gs1/gs1.h"
#include "prep-station/csv_rows.h"
#include "prep-station/data_files.h"

namespace prep::station {

Result<RecallList> RecallList::load()
{
    auto file = loadDataFile("recalls.csv");
    if (!file)
        return file.error();
    return parse(file->content, file->origin);
}

Result<RecallList> RecallList::parse(std::string_view csv, const std::string& origin)
{
    auto rows = parseCsvRows(csv, origin, {"gtin", "lot", "reason", "since", "source"});
    if (!rows)
        return rows.error();
    RecallList list;
    for (const auto& row : *rows) {
        const std::string where = origin + " line " + std::to_string(row.line);
        Recall r{row.fields.at("gtin"), row.fields.at("lot"), row.fields.at("reason"), row.fields.at("since"),
                 row.fields.at("source")};
        if (r.gtin.size() != 14 || !devices::gs1CheckDigitValid(r.gtin))
            return makeError(Error::Kind::Data, where + ": '" + r.gtin + "' is not a GTIN-14 with a valid check digit");
        if (r.lot.empty() || r.reason.empty())
            return makeError(Error::Kind::Data, where + ": lot and reason are required");
        list.m_recalls.push_back(std::move(r));
    }
    return list;
}

const Recall* RecallList::find(std::string_view gtin, std::string_view lot) const
{
    for (const auto& r : m_recalls)
        if (r.gtin == gtin && (r.lot == "*" || r.lot == lot))
            return &r;
    return nullptr;
}

} // namespace prep::station
