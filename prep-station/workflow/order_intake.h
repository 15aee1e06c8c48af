// SPDX-License-Identifier: GPL-3.0-or-later
// The one way orders from prescribers' systems enter the station, whatever carried them (an MLLP connection, a
// file given to `prepctl order import`) and whatever their format (HL7 v2, CSV; FHIR R4 through the same
// IncomingOrder). Every inbound message is recorded with its raw bytes before it is read, then with its outcome.
// Each order is mapped to what the site prepares (order-codes.csv, catalogue.csv, protocols.json) — an order for a
// drug, strength, unit or route the site does not prepare is refused, naming it as the sender wrote it — and
// deduplicated (the same sender and placer number make one order; the same message twice is answered as the
// first time). New orders go through OrderDesk::enterPrescription like an order typed at the station.
#pragma once

#include "prep-station/orders/drug_codes.h"
#include "prep-station/orders/hl7v2_ack.h"
#include "prep-station/orders/incoming_order.h"
#include "prep-station/workflow/station_context.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace prep::station {

enum class IntakeStatus { Accepted, Rejected };
std::string_view toText(IntakeStatus status); // "accepted", "rejected"

// What became of one order (or of a message that held none the station could read).
struct IntakeResult
{
    std::string placer;
    std::int64_t orderId = 0; // the station's order (0: none)
    IntakeStatus status = IntakeStatus::Rejected;
    std::string reason; // for a refusal: what was wrong, in the sender's words, and where it was read
    FieldSource where;  // the field a refusal points at
    Hl7ErrorCode code = Hl7ErrorCode::ApplicationInternalError;
};

// The answer to one HL7 v2 message.
struct Hl7Reply
{
    AckCode code = AckCode::Reject;
    std::string ack; // the ACK message (ER7, CR-terminated segments), to frame and send
    std::string controlId;
    std::vector<IntakeResult> orders;
    bool duplicate = false; // the same message was answered before: nothing new was done
};

class OrderIntake
{
public:
    explicit OrderIntake(StationContext& ctx);

    // Only pharmacists and technicians take orders in (checked before anything is read).
    Result<Ok> mayTakeOrders(const db::Actor& who) const;
    // One HL7 v2 message, as received on `channel` ("mllp 127.0.0.1:40112", "file orders.hl7").
    Result<Hl7Reply> receiveHl7(const db::Actor& who, std::string_view bytes, const std::string& channel);
    // The answer when the station could not even record the message (the database failed): AR, "application
    // internal error", so that the sender keeps it and sends it again.
    static Hl7Reply failedReply(std::string_view bytes, const std::string& reason, UtcTime now);
    // An order file, its format detected (HL7 v2 with one or more messages, CSV, FHIR R4 JSON).
    Result<std::vector<IntakeResult>> importFile(const db::Actor& who, std::string_view bytes,
                                                 const std::string& fileName);
    // A file's orders as a reader gave them (CSV now; the FHIR R4 reader plugs in here with its own format): the
    // file is recorded with its raw bytes, each order taken, the outcome recorded. A reader's error (the file's
    // structure is broken) is recorded as the file's refusal.
    Result<std::vector<IntakeResult>> takeFile(const db::Actor& who, std::string_view bytes, OrderSourceFormat format,
                                               const std::string& fileName,
                                               const Result<std::vector<IncomingOrder>>& orders);
    // One order already read, from inbound message `inboundMessageId`.
    IntakeResult take(const db::Actor& who, const IncomingOrder& order, std::int64_t inboundMessageId);

private:
    struct DrugMatch
    {
        std::string drug; // the station's drug ("azacitidine")
        const DoseProtocol* protocol = nullptr;
    };
    // Which drug the sender means, if the site prepares it (and at the strength asked); else the refusal naming it.
    std::variant<DrugMatch, IntakeResult> matchDrug(const IncomingOrder& order) const;
    Result<std::vector<IntakeResult>> takeAll(const db::Actor& who, std::int64_t inboundId,
                                              const std::vector<IncomingOrder>& orders);
    Result<std::vector<IntakeResult>> recordRefusedFile(const db::Actor& who, std::string_view bytes,
                                                        const std::string& format, const std::string& fileName,
                                                        const std::string& reason);
    IntakeResult cancel(const db::Actor& who, const IncomingOrder& order);

    StationContext& m_ctx;
    std::optional<DrugCodeTable> m_codes;
    std::string m_codesError;
};

// "20261205083000": an HL7 timestamp (UTC) for the ACK.
std::string hl7Timestamp(UtcTime t);

} // namespace prep::station
