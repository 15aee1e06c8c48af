// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/csv_rows.h"

#include <charconv>
#include <cmath>

namespace prep::station {

const std::string& CsvRow::at(const std::string& column) const
{
    static const std::string kEmpty;
    auto it = fields.find(column);
    return it == fields.end() ? kEmpty : it->second;
}

namespace {

Result<std::vector<std::string>> splitLine(std::string_view line, const std::string& where)
{
    std::vector<std::string> out;
    std::string field;
    bool quoted = false, wasQuoted = false;
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
        } else if (c == '"' && field.empty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == ',') {
            out.push_back(field);
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (quoted)
        return makeError(Error::Kind::Data, where + ": unterminated quoted field");
    out.push_back(field);
    return out;
}

} // namespace

Result<std::vector<CsvRow>> parseCsvRows(std::string_view content, const std::string& fileName,
                                         const std::vector<std::string>& required)
{
    std::vector<std::string> header;
    std::vector<CsvRow> rows;
    int lineNo = 0;
    size_t pos = 0;
    while (pos <= content.size()) {
        const auto eol = content.find('\n', pos);
        std::string_view line = content.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
        pos = eol == std::string_view::npos ? content.size() + 1 : eol + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        const std::string where = fileName + " line " + std::to_string(lineNo);
        auto fields = splitLine(line, where);
        if (!fields)
            return fields.error();
        if (header.empty()) {
            header = *fields;
            for (const auto& r : required) {
                bool found = false;
                for (const auto& h : header)
                    found = found || h == r;
                if (!found)
                    return makeError(Error::Kind::Data, fileName + ": missing column " + r);
            }
            continue;
        }
        if (fields->size() != header.size())
            return makeError(Error::Kind::Data, where + ": " + std::to_string(fields->size()) + " fields, expected " +
                                                    std::to_string(header.size()));
        CsvRow row;
        row.line = lineNo;
        for (size_t i = 0; i < header.size(); ++i)
            row.fields[header[i]] = (*fields)[i];
        rows.push_back(std::move(row));
    }
    if (header.empty())
        return makeError(Error::Kind::Data, fileName + ": no header row");
    return rows;
}

Result<double> numberField(const CsvRow& row, const std::string& column, const std::string& fileName)
{
    const std::string& text = row.at(column);
    double v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v))
        return makeError(Error::Kind::Data, fileName + " line " + std::to_string(row.line) + ": " + column + " \"" +
                                                text + "\" is not a number");
    return v;
}

std::string_view trimBlanks(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace prep::station
