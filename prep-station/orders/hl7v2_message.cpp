// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/orders/hl7v2_message.h"

#include <cctype>

namespace prep::station {

namespace {

const std::string kEmpty;

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (;;) {
        const size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

// Segments end with CR; LF and CRLF are taken as well (files edited by hand, test suites written with "\n").
std::vector<std::string_view> segmentLines(std::string_view bytes)
{
    std::vector<std::string_view> lines;
    size_t start = 0;
    while (start < bytes.size()) {
        size_t end = start;
        while (end < bytes.size() && bytes[end] != '\r' && bytes[end] != '\n')
            ++end;
        if (end > start)
            lines.push_back(bytes.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

bool isSegmentName(std::string_view name)
{
    if (name.size() != 3)
        return false;
    for (char c : name)
        if (!(std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c))))
            return false;
    return std::isupper(static_cast<unsigned char>(name[0]));
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Hl7Field parseField(std::string_view raw, const Hl7Delimiters& d)
{
    Hl7Field field;
    for (auto rep : split(raw, d.repetition)) {
        Hl7Repetition repetition;
        for (auto component : split(rep, d.component)) {
            Hl7Component sub;
            for (auto s : split(component, d.subcomponent))
                sub.push_back(hl7Unescape(s, d));
            repetition.push_back(std::move(sub));
        }
        field.push_back(std::move(repetition));
    }
    return field;
}

Hl7Error error(std::string segment, int sequence, int field, Hl7ErrorCode code, std::string message)
{
    return Hl7Error{Hl7Location{std::move(segment), sequence, field, 0}, code, std::move(message)};
}

std::string_view skipPreamble(std::string_view bytes)
{
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    while (!bytes.empty() &&
           (bytes.front() == '\r' || bytes.front() == '\n' || bytes.front() == ' ' || bytes.front() == '\t'))
        bytes.remove_prefix(1);
    return bytes;
}

} // namespace

std::string Hl7Location::text() const
{
    if (segment.empty())
        return {};
    if (field <= 0)
        return segment;
    std::string t = segment + "-" + std::to_string(field);
    if (component > 0)
        t.append(1, '.').append(std::to_string(component));
    return t;
}

const std::string& Hl7Segment::value(int field, int component, int subcomponent, int rep) const
{
    if (field < 0 || size_t(field) >= fields.size() || rep < 0 || component < 1 || subcomponent < 1)
        return kEmpty;
    const Hl7Field& f = fields[size_t(field)];
    if (size_t(rep) >= f.size() || size_t(component) > f[size_t(rep)].size())
        return kEmpty;
    const Hl7Component& c = f[size_t(rep)][size_t(component - 1)];
    if (size_t(subcomponent) > c.size())
        return kEmpty;
    return c[size_t(subcomponent - 1)];
}

std::string Hl7Segment::text(int field) const
{
    if (field < 0 || size_t(field) >= fields.size())
        return {};
    // Rebuilt with the standard delimiters, the values decoded: what a person reads as the sender's text.
    std::string out;
    const Hl7Field& f = fields[size_t(field)];
    for (size_t r = 0; r < f.size(); ++r) {
        if (r)
            out += '~';
        for (size_t c = 0; c < f[r].size(); ++c) {
            if (c)
                out += '^';
            for (size_t s = 0; s < f[r][c].size(); ++s) {
                if (s)
                    out += '&';
                out += f[r][c][s];
            }
        }
    }
    // Trailing empty components say nothing ("DOE^JANE^" reads "DOE^JANE").
    while (!out.empty() && (out.back() == '^' || out.back() == '&' || out.back() == '~'))
        out.pop_back();
    return out;
}

int Hl7Segment::repetitions(int field) const
{
    if (field < 0 || size_t(field) >= fields.size())
        return 0;
    return int(fields[size_t(field)].size());
}

bool Hl7Segment::has(int field) const
{
    return !text(field).empty();
}

const Hl7Segment* Hl7Message::first(std::string_view name) const
{
    for (const auto& s : segments)
        if (s.name == name)
            return &s;
    return nullptr;
}

std::variant<Hl7Message, Hl7Error> parseHl7Message(std::string_view bytes)
{
    if (bytes.size() > kHl7MaxMessageBytes)
        return error("MSH", 1, 0, Hl7ErrorCode::ApplicationInternalError,
                     "the message is " + std::to_string(bytes.size()) + " bytes, more than the " +
                         std::to_string(kHl7MaxMessageBytes) + " the station takes");
    bytes = skipPreamble(bytes);
    if (bytes.substr(0, 3) != "MSH")
        return error("MSH", 1, 0, Hl7ErrorCode::SegmentSequence, "the message does not begin with an MSH segment");
    if (bytes.size() < 8)
        return error("MSH", 1, 2, Hl7ErrorCode::RequiredFieldMissing,
                     "MSH-1/MSH-2: the field separator and encoding characters are missing");
    Hl7Message message;
    Hl7Delimiters& d = message.delimiters;
    d.field = bytes[3];
    d.component = bytes[4];
    d.repetition = bytes[5];
    d.escape = bytes[6];
    d.subcomponent = bytes[7];
    // v2.7 adds a fifth encoding character (truncation, '#'); it is not used by the station but allowed.
    size_t encodingLength = 4;
    if (bytes.size() > 8 && bytes[8] != d.field && bytes[8] != '\r' && bytes[8] != '\n')
        encodingLength = 5;
    const std::string encoding(bytes.substr(4, encodingLength));
    const std::string all = std::string(1, d.field) + encoding;
    for (size_t i = 0; i < all.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(all[i]);
        if (std::isalnum(c) || c < 0x20 || c >= 0x7F || all.find(all[i], i + 1) != std::string::npos)
            return error("MSH", 1, 2, Hl7ErrorCode::DataType,
                         "MSH-2: the encoding characters '" + encoding +
                             "' are not four distinct punctuation characters other than the field separator");
    }
    if (const size_t after = 4 + encoding.size();
        bytes.size() > after && bytes[after] != d.field && bytes[after] != '\r' && bytes[after] != '\n')
        return error("MSH", 1, 2, Hl7ErrorCode::DataType,
                     "MSH-2: the encoding characters are not followed by the field separator");

    int sequence = 0;
    for (std::string_view line : segmentLines(bytes)) {
        ++sequence;
        Hl7Segment segment;
        segment.sequence = sequence;
        const size_t nameEnd = line.find(d.field);
        segment.name = std::string(line.substr(0, nameEnd));
        if (!isSegmentName(segment.name))
            // ERR-2 still needs a segment ID: what stands there, or "???" when nothing does.
            return error(segment.name.empty() ? std::string("???") : segment.name.substr(0, 3), sequence, 0,
                         Hl7ErrorCode::SegmentSequence,
                         "segment " + std::to_string(sequence) + " does not begin with a segment name ('" +
                             std::string(line.substr(0, 12)) + "')");
        if (sequence > 1 && segment.name == "MSH")
            return error("MSH", sequence, 0, Hl7ErrorCode::SegmentSequence,
                         "a second MSH segment inside the message (segment " + std::to_string(sequence) + ")");
        segment.fields.push_back(Hl7Field{{{segment.name}}});
        segment.rawFields.push_back(segment.name);
        std::string_view rest = nameEnd == std::string_view::npos ? std::string_view{} : line.substr(nameEnd + 1);
        if (segment.name == "MSH") {
            segment.fields.push_back(Hl7Field{{{std::string(1, d.field)}}});
            segment.rawFields.push_back(std::string(1, d.field));
            const size_t encEnd = rest.find(d.field);
            const std::string enc(rest.substr(0, encEnd));
            segment.fields.push_back(Hl7Field{{{enc}}});
            segment.rawFields.push_back(enc);
            rest = encEnd == std::string_view::npos ? std::string_view{} : rest.substr(encEnd + 1);
            if (encEnd == std::string_view::npos) {
                message.segments.push_back(std::move(segment));
                continue;
            }
        }
        if (nameEnd != std::string_view::npos)
            for (auto raw : split(rest, d.field)) {
                segment.rawFields.emplace_back(raw);
                segment.fields.push_back(parseField(raw, d));
            }
        message.segments.push_back(std::move(segment));
    }
    if (message.segments.empty() || message.segments.front().name != "MSH")
        return error("MSH", 1, 0, Hl7ErrorCode::SegmentSequence, "the message does not begin with an MSH segment");
    return message;
}

std::vector<std::string_view> splitHl7Messages(std::string_view bytes)
{
    bytes = skipPreamble(bytes);
    std::vector<std::string_view> messages;
    // Segment starts: offset 0 and every position after a CR or LF.
    size_t current = std::string_view::npos;
    auto startsSegment = [&](size_t at, std::string_view name) { return bytes.substr(at, 3) == name; };
    auto close = [&](size_t end) {
        if (current != std::string_view::npos && end > current)
            messages.push_back(bytes.substr(current, end - current));
        current = std::string_view::npos;
    };
    for (size_t at = 0; at < bytes.size();) {
        if (startsSegment(at, "MSH")) {
            close(at);
            current = at;
        } else if (startsSegment(at, "FHS") || startsSegment(at, "BHS") || startsSegment(at, "BTS") ||
                   startsSegment(at, "FTS")) {
            close(at);
        }
        const size_t eol = bytes.find_first_of("\r\n", at);
        if (eol == std::string_view::npos)
            break;
        at = eol + 1;
        while (at < bytes.size() && (bytes[at] == '\r' || bytes[at] == '\n'))
            ++at;
    }
    close(bytes.size());
    return messages;
}

std::string hl7Unescape(std::string_view text, const Hl7Delimiters& d)
{
    if (text.find(d.escape) == std::string_view::npos)
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != d.escape) {
            out += text[i];
            continue;
        }
        const size_t end = text.find(d.escape, i + 1);
        if (end == std::string_view::npos) {
            out.append(text.substr(i)); // unterminated: kept as written
            break;
        }
        const std::string_view code = text.substr(i + 1, end - i - 1);
        bool understood = true;
        if (code == "F")
            out += d.field;
        else if (code == "S")
            out += d.component;
        else if (code == "T")
            out += d.subcomponent;
        else if (code == "R")
            out += d.repetition;
        else if (code == "E")
            out += d.escape;
        else if (code == ".br")
            out += '\n';
        else if (code == "H" || code == "N" || (!code.empty() && (code[0] == 'C' || code[0] == 'M')))
            ; // highlighting and character-set switches: the text stays, the formatting goes
        else if (code.size() >= 3 && code[0] == 'X' && code.size() % 2 == 1) {
            std::string bytes;
            for (size_t k = 1; k + 1 < code.size() && understood; k += 2) {
                const int hi = hexValue(code[k]), lo = hexValue(code[k + 1]);
                if (hi < 0 || lo < 0)
                    understood = false;
                else
                    bytes += static_cast<char>(hi * 16 + lo);
            }
            if (understood)
                out += bytes;
        } else
            understood = false;
        if (!understood)
            out.append(text.substr(i, end - i + 1));
        i = end;
    }
    return out;
}

std::string hl7Escape(std::string_view text, const Hl7Delimiters& d)
{
    std::string out;
    out.reserve(text.size());
    auto sequence = [&](const char* code) { out.append(1, d.escape).append(code).append(1, d.escape); };
    for (char c : text) {
        if (c == d.escape)
            sequence("E");
        else if (c == d.field)
            sequence("F");
        else if (c == d.component)
            sequence("S");
        else if (c == d.subcomponent)
            sequence("T");
        else if (c == d.repetition)
            sequence("R");
        else if (c == '\r' || c == '\n')
            sequence(".br");
        else
            out += c;
    }
    return out;
}

} // namespace prep::station
