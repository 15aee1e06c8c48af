// SPDX-License-Identifier: GPL-3.0-or-later
// HL7 v2 messages in ER7 (the "pipe and hat" encoding), read by pure functions over bytes: the delimiters come
// from MSH-1 and MSH-2, segments end with CR (LF and CRLF are accepted too, as files often carry them), fields
// split into repetitions, components and sub-components, and escape sequences are decoded. No I/O here; the
// order reader (hl7v2_order_reader.h) gives the fields their meaning.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace prep::station {

struct Hl7Delimiters
{
    char field = '|';
    char component = '^';
    char repetition = '~';
    char escape = '\\';
    char subcomponent = '&';
};

// Where something is in a message, as HL7 names it: "PID-3", "RXE-2.1"; `sequence` is the segment's
// 1-based position in the message (the ERR segment's ERL-2 wants it).
struct Hl7Location
{
    std::string segment;
    int sequence = 0;
    int field = 0;
    int component = 0;
    std::string text() const;
};

// HL7 table 0357 (message error condition codes) that the station answers with.
enum class Hl7ErrorCode {
    SegmentSequence = 100,
    RequiredFieldMissing = 101,
    DataType = 102,
    TableValueNotFound = 103,
    UnsupportedMessageType = 200,
    UnsupportedEventCode = 201,
    UnsupportedProcessingId = 202,
    UnsupportedVersionId = 203,
    UnknownKeyIdentifier = 204,
    DuplicateKeyIdentifier = 205,
    ApplicationRecordLocked = 206,
    ApplicationInternalError = 207,
};

struct Hl7Error
{
    Hl7Location where;
    Hl7ErrorCode code = Hl7ErrorCode::ApplicationInternalError;
    std::string message; // for a person: "PID-3: the patient identifier is missing"
};

using Hl7Component = std::vector<std::string>;   // its sub-components, decoded
using Hl7Repetition = std::vector<Hl7Component>; // its components
using Hl7Field = std::vector<Hl7Repetition>;     // its repetitions

class Hl7Segment
{
public:
    std::string name;
    int sequence = 0; // 1-based position in the message
    // fields[n] is field n (fields[0] holds the name). For MSH, fields[1] is the field separator and fields[2]
    // the encoding characters, as the standard numbers them.
    std::vector<Hl7Field> fields;
    std::vector<std::string> rawFields; // as written, escapes and all (the sender's own text for messages)

    // Decoded value of field.component.subcomponent in repetition `rep` (0-based); empty when absent.
    const std::string& value(int field, int component = 1, int subcomponent = 1, int rep = 0) const;
    // The field as written, all its repetitions and components ("DEFAULTMED^cefTRIAXone ..."), escapes decoded.
    std::string text(int field) const;
    int repetitions(int field) const;
    bool has(int field) const; // present and not empty
    Hl7Location at(int field, int component = 0) const { return Hl7Location{name, sequence, field, component}; }
};

struct Hl7Message
{
    Hl7Delimiters delimiters;
    std::vector<Hl7Segment> segments;
    const Hl7Segment* first(std::string_view name) const;
};

// Whole messages are bounded: an interface engine sends kilobytes; anything this large is refused before parsing.
inline constexpr std::size_t kHl7MaxMessageBytes = 4 * 1024 * 1024;

// Parses one message. Errors name the segment and field (MSH-2 with bad encoding characters, a line that is no
// segment). Unknown segments (Z-segments included) are kept: the reader ignores what it does not use.
std::variant<Hl7Message, Hl7Error> parseHl7Message(std::string_view bytes);

// A file or a batch holding several messages: each starts at an "MSH" segment (FHS/BHS/BTS/FTS batch envelopes
// are dropped). Leading blank lines and a UTF-8 byte-order mark are skipped.
std::vector<std::string_view> splitHl7Messages(std::string_view bytes);

// Escape sequences: \F\ \S\ \T\ \R\ \E\ \Xhh..\ \.br\ decoded; highlighting and character-set switches dropped;
// anything not understood (or unterminated) is kept as written.
std::string hl7Unescape(std::string_view text, const Hl7Delimiters& d);
// The reverse, for the text the station writes into its ACKs.
std::string hl7Escape(std::string_view text, const Hl7Delimiters& d);

} // namespace prep::station
