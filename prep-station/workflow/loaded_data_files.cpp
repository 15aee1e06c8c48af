// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/loaded_data_files.h"

#include "db/hash.h"
#include "prep-station/csv_rows.h"
#include "prep-station/data_files.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <set>

namespace prep::station {

namespace {

bool endsWith(const std::string& s, const std::string& tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The sentence of a comment line around position `at` (comment lines wrap sentences: the pointer to the reference
// document is kept, not the neighbouring text).
std::string sentenceAround(const std::string& line, std::size_t at)
{
    std::size_t begin = line.rfind(". ", at);
    begin = begin == std::string::npos ? line.find_first_not_of("# ") : begin + 2;
    std::size_t end = line.find(". ", at);
    end = end == std::string::npos ? line.size() : end + 1;
    return line.substr(begin, end - begin);
}

// A CSV file declares its version in a comment line ("# PrepStation stability table, version 2026-11-22.1"), may cite
// its sources in "# source S1: ..." lines (the rows then name S1), and otherwise names a source on every row. Comment
// lines that point to the reference document say where the figures were reviewed.
// "version 2026-11-22.1" anywhere in a comment line: the version (a digit first, then letters, digits, '.' and '-').
std::string declaredVersion(const std::string& line)
{
    for (std::size_t at = line.find("version"); at != std::string::npos; at = line.find("version", at + 1)) {
        if (at > 0 && std::isalnum(static_cast<unsigned char>(line[at - 1])))
            continue; // part of a longer word
        std::size_t v = at + 7;
        if (v >= line.size() || !std::isspace(static_cast<unsigned char>(line[v])))
            continue;
        while (v < line.size() && std::isspace(static_cast<unsigned char>(line[v])))
            ++v;
        if (v >= line.size() || !std::isdigit(static_cast<unsigned char>(line[v])))
            continue;
        std::size_t e = v;
        while (e < line.size() &&
               (std::isalnum(static_cast<unsigned char>(line[e])) || line[e] == '.' || line[e] == '-'))
            ++e;
        return line.substr(v, e - v);
    }
    return {};
}

// "# source S1: citation" -> "S1: citation"; empty when the line is not a source line.
std::string citedSource(const std::string& line)
{
    std::size_t p = 1; // after '#'
    while (p < line.size() && std::isspace(static_cast<unsigned char>(line[p])))
        ++p;
    if (line.compare(p, 6, "source") != 0)
        return {};
    p += 6;
    if (p >= line.size() || !std::isspace(static_cast<unsigned char>(line[p])))
        return {};
    while (p < line.size() && std::isspace(static_cast<unsigned char>(line[p])))
        ++p;
    const std::size_t colon = line.find(':', p);
    if (colon == std::string::npos || colon == p || line.find_first_of(" \t", p) < colon)
        return {};
    std::size_t rest = colon + 1;
    while (rest < line.size() && std::isspace(static_cast<unsigned char>(line[rest])))
        ++rest;
    return line.substr(p, colon - p) + ": " + line.substr(rest);
}

// A CSV file declares its version in a comment line ("# PrepStation stability table, version 2026-11-22.1"), may cite
// its sources in "# source S1: ..." lines (the rows then name S1), and otherwise names a source on every row. Comment
// lines that point to the reference document say where the figures were reviewed.
void describeCsv(const std::string& content, const std::string& name, LoadedDataFile& file)
{
    std::vector<std::string> cited, pointers;
    std::size_t start = 0;
    while (start < content.size()) {
        const std::size_t end = content.find('\n', start);
        std::string line = content.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.rfind('#', 0) == 0) {
            const std::string version = file.version.empty() ? declaredVersion(line) : std::string();
            const std::string source = citedSource(line);
            if (!version.empty())
                file.version = version;
            else if (!source.empty())
                cited.push_back(source);
            else if (const auto at = line.find("reference.md"); at != std::string::npos)
                pointers.push_back(sentenceAround(line, at));
        }
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    file.sources = pointers;
    if (!cited.empty()) {
        file.sources.insert(file.sources.end(), cited.begin(), cited.end());
        return;
    }
    auto rows = parseCsvRows(content, name, {});
    if (!rows)
        return;
    std::set<std::string> seen;
    for (const auto& row : *rows) {
        auto it = row.fields.find("source");
        if (it != row.fields.end() && !it->second.empty() && seen.insert(it->second).second)
            file.sources.push_back(it->second);
    }
}

void describeJson(const std::string& content, LoadedDataFile& file)
{
    const auto j = nlohmann::json::parse(content, nullptr, false);
    if (!j.is_object())
        return;
    if (auto v = j.find("version"); v != j.end() && v->is_string())
        file.version = v->get<std::string>();
    if (auto s = j.find("sources"); s != j.end()) {
        if (s->is_object())
            for (const auto& [key, value] : s->items())
                file.sources.push_back(key + ": " + (value.is_string() ? value.get<std::string>() : value.dump()));
        else if (s->is_array())
            for (const auto& value : *s)
                file.sources.push_back(value.is_string() ? value.get<std::string>() : value.dump());
    } else if (auto one = j.find("source"); one != j.end() && one->is_string()) {
        file.sources.push_back(one->get<std::string>());
    } else if (auto about = j.find("about"); about != j.end() && about->is_string()) {
        // No list of its own: what the file says about where its figures come from.
        file.sources.push_back(about->get<std::string>());
    }
}

} // namespace

Result<std::vector<LoadedDataFile>> loadedDataFiles(const StationContext& ctx)
{
    std::vector<LoadedDataFile> files;
    for (const auto& loaded : ctx.data().versions) {
        LoadedDataFile file;
        file.name = loaded.name;
        file.sha256 = loaded.sha256;
        file.originPath = loaded.origin;
        file.origin = loaded.origin.rfind("embedded:", 0) == 0 ? LoadedDataFile::Origin::Embedded
                                                               : LoadedDataFile::Origin::SiteCopy;
        // The loaded bytes are not kept: the file is read again, and described only when it is still those bytes.
        auto now = loadDataFile(loaded.name);
        if (!now || db::sha256Hex(now->content) != loaded.sha256 || now->origin != loaded.origin) {
            file.changedSinceLoaded = true;
        } else if (endsWith(file.name, ".csv")) {
            describeCsv(now->content, file.name, file);
        } else if (endsWith(file.name, ".json")) {
            describeJson(now->content, file);
        }
        files.push_back(std::move(file));
    }
    return files;
}

} // namespace prep::station
