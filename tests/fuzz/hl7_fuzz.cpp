// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the HL7 v2 reader (outside input: whatever a prescriber's system or a network peer sends).
// Whatever the bytes: MLLP framing, message splitting, parsing and order reading return values or errors that
// name where; a parsed message begins with MSH; escaping round-trips; the ACK built for it parses back with
// MSA-2 equal to the message's MSH-10.
#include "prep-station/orders/hl7v2_ack.h"
#include "prep-station/orders/hl7v2_message.h"
#include "prep-station/orders/hl7v2_mllp.h"
#include "prep-station/orders/hl7v2_order_reader.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>

using namespace prep::station;

namespace {

void check(std::string_view bytes)
{
    auto parsed = parseHl7Message(bytes);
    if (auto* e = std::get_if<Hl7Error>(&parsed)) {
        if (e->message.empty() || e->where.segment.empty())
            std::abort();
        return;
    }
    const Hl7Message& m = std::get<Hl7Message>(parsed);
    if (m.segments.empty() || m.segments.front().name != "MSH")
        std::abort();
    auto read = readHl7Orders(m);
    if (read.error && read.error->message.empty())
        std::abort();
    for (const auto& o : read.orders)
        (void)o.drugAsSent();
    AckRequest ack;
    ack.incoming = read.header;
    ack.code = read.error ? AckCode::Reject : AckCode::Accept;
    if (read.error)
        ack.errors.push_back(*read.error);
    ack.controlId = "PS1";
    ack.timestamp = "20261205000000";
    auto back = parseHl7Message(buildHl7Ack(ack));
    if (!std::holds_alternative<Hl7Message>(back))
        std::abort();
    const Hl7Segment* msa = std::get<Hl7Message>(back).first("MSA");
    if (!msa || msa->value(2) != hl7Unescape(hl7Escape(read.header.controlId, Hl7Delimiters{}), Hl7Delimiters{}))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (auto message : splitHl7Messages(bytes))
        check(message);
    check(bytes);

    MllpReader reader(1 << 16);
    reader.feed(bytes);
    std::string frame;
    for (int i = 0; i < 1000 && reader.next(frame) == MllpReader::Status::Frame; ++i)
        check(frame);

    std::string text(bytes.substr(0, 256));
    text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
    text.erase(std::remove(text.begin(), text.end(), '\n'), text.end());
    if (hl7Unescape(hl7Escape(text, Hl7Delimiters{}), Hl7Delimiters{}) != text)
        std::abort();
    return 0;
}
