// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/identity/identity_csv.h"

namespace prep::station::identity_detail {

namespace {

// Splits one line into fields; returns false on an unterminated quote.
bool splitLine(std::string_view line, std::vector<std::string>& out)
{
    out.clear();
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.push_back(std::move(field));
            field.clear();
        } else {
            field += c;
        }
    }
    out.push_back(std::move(field));
    return !quoted;
}

} // namespace

Result<std::vector<CsvRecord>> readCsv(std::string_view content, const std::string& origin,
                                       const std::vector<std::string>& required)
{
    std::vector<CsvRecord> records;
    std::vector<std::string> header, fields;
    int lineNo = 0;
    size_t pos = 0;
    while (pos <= content.size()) {
        size_t end = content.find('\n', pos);
        if (end == std::string_view::npos)
            end = content.size();
        std::string_view line = content.substr(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        const std::string where = origin + " line " + std::to_string(lineNo);
        if (!splitLine(line, fields))
            return makeError(Error::Kind::Data, where + ": unterminated quote");
        if (header.empty()) {
            header = fields;
            for (const auto& r : required) {
                bool found = false;
                for (const auto& h : header)
                    found = found || h == r;
                if (!found)
                    return makeError(Error::Kind::Data, origin + ": missing column '" + r + "'");
            }
            continue;
        }
        if (fields.size() != header.size())
            return makeError(Error::Kind::Data, where + ": " + std::to_string(fields.size()) + " fields, header has " +
                                                    std::to_string(header.size()));
        CsvRecord rec;
        rec.line = lineNo;
        for (size_t i = 0; i < header.size(); ++i)
            rec.fields[header[i]] = fields[i];
        records.push_back(std::move(rec));
    }
    if (header.empty())
        return makeError(Error::Kind::Data, origin + ": no header row");
    return records;
}

} // namespace prep::station::identity_detail
