// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/orders/hl7v2_ack.h"

namespace prep::station {

std::string_view toText(AckCode code)
{
    switch (code) {
    case AckCode::Accept:
        return "AA";
    case AckCode::Error:
        return "AE";
    case AckCode::Reject:
        return "AR";
    }
    return "AR";
}

std::string buildHl7Ack(const AckRequest& r)
{
    const Hl7Delimiters d; // the station answers in the standard delimiters, whatever the sender used
    auto esc = [&](std::string_view text) { return hl7Escape(text, d); };
    const Hl7Header& in = r.incoming;
    std::string ack = "MSH|^~\\&|PREPSTATION|" + esc(in.receivingFacility) + "|" + esc(in.sendingApplication) + "|" +
                      esc(in.sendingFacility) + "|" + esc(r.timestamp) + "||ACK^" + esc(in.triggerEvent) + "^ACK|" +
                      esc(r.controlId) + "|" + esc(in.processingId.empty() ? "P" : in.processingId) + "|" +
                      esc(in.version.rfind("2.", 0) == 0 ? in.version : "2.5") + "\r";
    std::string text;
    if (!r.errors.empty())
        text = r.errors.front().message;
    ack += "MSA|" + std::string(toText(r.code)) + "|" + esc(in.controlId) + "|" + esc(text.substr(0, 80)) + "\r";
    for (const auto& e : r.errors) {
        // ERL: segment ^ sequence ^ field ^ repetition ^ component.
        std::string location = esc(e.where.segment);
        if (!e.where.segment.empty()) {
            location.append(1, '^').append(std::to_string(e.where.sequence > 0 ? e.where.sequence : 1));
            if (e.where.field > 0)
                location.append(1, '^').append(std::to_string(e.where.field)).append("^1");
            if (e.where.component > 0)
                location.append(1, '^').append(std::to_string(e.where.component));
        }
        ack.append("ERR||").append(location).append(1, '|').append(std::to_string(int(e.code)));
        ack.append("^^HL70357|E||||").append(esc(e.message)).append(1, '\r');
    }
    return ack;
}

} // namespace prep::station
