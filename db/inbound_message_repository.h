// SPDX-License-Identifier: GPL-3.0-or-later
// Inbound order messages (HL7 v2, FHIR, CSV): each is kept with its raw bytes as soon as it arrives, then its
// outcome is recorded. Both writes are audited; nothing received is ever deleted.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <optional>
#include <string>

namespace prep::db {

class InboundMessageRepository
{
public:
    explicit InboundMessageRepository(Database& db)
        : m_db(db)
    {}
    // Stores the message as received (outcome "received"); raw bytes may be anything, NULs included.
    Result<InboundMessageRecord> receive(const Actor& actor, UtcTime at, InboundMessageRecord message);
    // Records what the station did with it.
    Result<InboundMessageRecord> decide(const Actor& actor, UtcTime at, std::int64_t id, InboundOutcome outcome,
                                        const std::string& ackCode, const std::string& reason,
                                        const std::string& results);
    Result<InboundMessageRecord> get(std::int64_t id);
    // The first decided message with the same sender, message ID and bytes: the same message sent again.
    Result<std::optional<InboundMessageRecord>> findDecided(const std::string& sender, const std::string& messageId,
                                                            const std::string& rawSha256);

private:
    Database& m_db;
};

std::string base64Encode(std::string_view bytes);
std::optional<std::string> base64Decode(std::string_view text);

} // namespace prep::db
