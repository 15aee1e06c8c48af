// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/stability/stability_table.h"

#include "prep-station/data_files.h"

#include <charconv>
#include <cmath>
#include <set>

namespace prep::station {

namespace {

const std::vector<std::string> kColumns = {"id",         "drug",         "product",
                                           "product_id", "conc_mg_mL",   "diluent",
                                           "diluent_id", "diluent_temp", "diluent_temp_class",
                                           "container",  "containers",   "t_min_C",
                                           "t_max_C",    "light",        "dur_h",
                                           "phase",      "basis",        "verif",
                                           "source"};

std::vector<std::string> split(std::string_view line, char sep)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (true) {
        const size_t end = line.find(sep, start);
        out.emplace_back(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return out;
}

bool toDouble(const std::string& text, double& out)
{
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end && std::isfinite(out);
}

} // namespace

const StabilityRow* StabilityTable::find(std::string_view id) const
{
    for (const auto& r : rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

std::string StabilityTable::citation(const std::string& sourceCodes) const
{
    std::string out;
    for (const auto& code : split(sourceCodes, ';')) {
        auto it = sources.find(code);
        out += (out.empty() ? "" : "; ") + (it == sources.end() ? code : code + ": " + it->second);
    }
    return out;
}

Result<StabilityTable> parseStabilityTable(std::string_view csv, std::string origin)
{
    StabilityTable table;
    table.origin = std::move(origin);
    int lineNo = 0;
    bool headerSeen = false;
    std::set<std::string> ids;
    auto bad = [&](const std::string& why) {
        return makeError(Error::Kind::Data, table.origin + " line " + std::to_string(lineNo) + ": " + why);
    };
    size_t pos = 0;
    while (pos <= csv.size()) {
        size_t end = csv.find('\n', pos);
        if (end == std::string_view::npos)
            end = csv.size();
        std::string line(csv.substr(pos, end - pos));
        pos = end + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty())
            continue;
        if (line[0] == '#') {
            const std::string versionTag = "version ";
            if (auto v = line.find(versionTag); v != std::string::npos && table.version.empty())
                table.version = line.substr(v + versionTag.size());
            const std::string sourceTag = "# source ";
            if (line.rfind(sourceTag, 0) == 0) {
                const auto colon = line.find(':');
                if (colon != std::string::npos) {
                    const size_t textStart = line.find_first_not_of(' ', colon + 1);
                    table.sources[line.substr(sourceTag.size(), colon - sourceTag.size())] =
                        textStart == std::string::npos ? "" : line.substr(textStart);
                }
            }
            continue;
        }
        const auto fields = split(line, ',');
        if (!headerSeen) {
            if (fields != kColumns)
                return bad("header must be: id,drug,product,product_id,conc_mg_mL,diluent,diluent_id,diluent_temp,"
                           "diluent_temp_class,container,containers,t_min_C,t_max_C,light,dur_h,phase,basis,verif,"
                           "source");
            headerSeen = true;
            continue;
        }
        if (fields.size() != kColumns.size())
            return bad(std::to_string(fields.size()) + " fields, expected " + std::to_string(kColumns.size()));
        StabilityRow r;
        r.line = lineNo;
        r.id = fields[0];
        r.drug = fields[1];
        r.product = fields[2];
        r.productId = fields[3];
        if (r.id.empty() || r.drug.empty() || r.productId.empty())
            return bad("id, drug and product_id must not be empty");
        if (!ids.insert(r.id).second)
            return bad("duplicate id " + r.id);
        if (!toDouble(fields[4], r.concentrationMgPerMl) || r.concentrationMgPerMl <= 0)
            return bad("conc_mg_mL \"" + fields[4] + "\" is not a positive number");
        r.diluent = fields[5];
        r.diluentId = fields[6];
        r.diluentTemp = fields[7];
        r.diluentTempClass = fields[8];
        if (r.diluentTempClass != "cold" && r.diluentTempClass != "room" && r.diluentTempClass != "any")
            return bad("diluent_temp_class must be cold, room or any");
        r.container = fields[9];
        r.containers = split(fields[10], ';');
        if (!toDouble(fields[11], r.minC) || !toDouble(fields[12], r.maxC) || r.minC > r.maxC)
            return bad("t_min_C/t_max_C must be numbers with t_min_C <= t_max_C");
        r.light = fields[13];
        if (r.light != "protect" && r.light != "ambient" && r.light != "ns")
            return bad("light must be protect, ambient or ns");
        if (!toDouble(fields[14], r.durationHours) || r.durationHours <= 0)
            return bad("dur_h \"" + fields[14] + "\" is not a positive number");
        r.phase = fields[15];
        if (r.phase != "storage" && r.phase.rfind("after:", 0) != 0)
            return bad("phase must be storage or after:<band>");
        r.basis = fields[16];
        r.verification = fields[17];
        if (r.verification != "V" && r.verification != "S" && r.verification != "U")
            return bad("verif must be V, S or U");
        r.source = fields[18];
        if (r.source.empty())
            return bad("every row needs a source");
        table.rows.push_back(std::move(r));
    }
    if (!headerSeen || table.rows.empty())
        return makeError(Error::Kind::Data, table.origin + ": no header or no rows");
    if (table.version.empty())
        return makeError(Error::Kind::Data, table.origin + ": no version line");
    return table;
}

Result<StabilityTable> loadStabilityTable()
{
    auto file = loadDataFile("stability.csv");
    if (!file)
        return file.error();
    return parseStabilityTable(file->content, file->origin);
}

} // namespace prep::station
