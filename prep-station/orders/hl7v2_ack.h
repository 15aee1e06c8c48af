// SPDX-License-Identifier: GPL-3.0-or-later
// The acknowledgement the station answers each HL7 v2 message with (original acknowledgement mode): MSA-1 AA when
// every order was taken, AE when the message was read but an order was refused, AR when the message itself could
// not be taken (unreadable, wrong type or version, no MSH-10); MSA-2 echoes MSH-10; one ERR segment per refusal
// names the segment and field (ERR-2), the HL7 table 0357 code (ERR-3) and the reason (ERR-8). A pure function.
#pragma once

#include "prep-station/orders/hl7v2_message.h"
#include "prep-station/orders/hl7v2_order_reader.h"

#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

enum class AckCode { Accept, Error, Reject };
std::string_view toText(AckCode code); // "AA", "AE", "AR"

struct AckRequest
{
    Hl7Header incoming; // what the message said of itself (an unreadable one: whatever could be read)
    AckCode code = AckCode::Accept;
    std::vector<Hl7Error> errors;
    std::string controlId; // this ACK's own MSH-10
    std::string timestamp; // MSH-7, "YYYYMMDDHHMMSS" (UTC, given by the caller: no clock here)
};

// The ACK message, segments ending in CR.
std::string buildHl7Ack(const AckRequest& request);

} // namespace prep::station
