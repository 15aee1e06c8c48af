// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/orders/drug_codes.h"

#include "prep-station/csv_rows.h"
#include "prep-station/data_files.h"

#include <cctype>

namespace prep::station {

std::string foldName(std::string_view text)
{
    // The accented letters of French drug names in UTF-8 (é è ê ë à â î ï ô û ù ü ç, upper and lower case).
    static const std::pair<std::string_view, char> kFolds[] = {
        {"\xC3\xA9", 'e'}, {"\xC3\xA8", 'e'}, {"\xC3\xAA", 'e'}, {"\xC3\xAB", 'e'}, {"\xC3\x89", 'e'},
        {"\xC3\x88", 'e'}, {"\xC3\x8A", 'e'}, {"\xC3\xA0", 'a'}, {"\xC3\xA2", 'a'}, {"\xC3\x80", 'a'},
        {"\xC3\xAE", 'i'}, {"\xC3\xAF", 'i'}, {"\xC3\xB4", 'o'}, {"\xC3\xBB", 'u'}, {"\xC3\xB9", 'u'},
        {"\xC3\xBC", 'u'}, {"\xC3\xA7", 'c'}, {"\xC3\x87", 'c'}};
    std::string out;
    for (size_t i = 0; i < text.size();) {
        bool folded = false;
        for (const auto& [from, to] : kFolds)
            if (text.substr(i, from.size()) == from) {
                out += to;
                i += from.size();
                folded = true;
                break;
            }
        if (!folded)
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
    }
    return out;
}

Result<DrugCodeTable> DrugCodeTable::parse(std::string_view csv, const std::string& origin)
{
    auto rows = parseCsvRows(csv, origin, {"system", "code", "drug", "source"});
    if (!rows)
        return rows.error();
    DrugCodeTable table;
    for (const auto& row : *rows) {
        Entry e{row.at("system"), row.at("code"), row.at("drug")};
        if (e.system.empty() || e.code.empty() || e.drug.empty())
            return makeError(Error::Kind::Data,
                             origin + " line " + std::to_string(row.line) + ": system, code and drug are required");
        if (e.system == "NAME")
            e.code = foldName(e.code);
        table.m_entries.push_back(std::move(e));
    }
    return table;
}

Result<DrugCodeTable> DrugCodeTable::load()
{
    auto file = loadDataFile("order-codes.csv");
    if (!file)
        return file.error();
    return parse(file->content, file->origin);
}

std::optional<std::string> DrugCodeTable::byCode(std::string_view system, std::string_view code) const
{
    for (const auto& e : m_entries)
        if (e.system != "NAME" && e.code == code && (system.empty() || e.system == system))
            return e.drug;
    return std::nullopt;
}

std::optional<std::string> DrugCodeTable::byText(std::string_view text) const
{
    const std::string folded = foldName(text);
    size_t start = 0;
    while (start < folded.size() && !std::isalpha(static_cast<unsigned char>(folded[start])))
        ++start;
    size_t end = start;
    while (end < folded.size() && (std::isalpha(static_cast<unsigned char>(folded[end])) || folded[end] == '-'))
        ++end;
    const std::string word = folded.substr(start, end - start);
    for (const auto& e : m_entries)
        if (e.system == "NAME" && e.code == word)
            return e.drug;
    return std::nullopt;
}

} // namespace prep::station
