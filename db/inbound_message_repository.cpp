// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/inbound_message_repository.h"

#include "db/audited.h"
#include "db/hash.h"

namespace prep::db {

namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

InboundMessageRecord messageFrom(const sql::Row& r)
{
    InboundMessageRecord m;
    m.id = r.int64("id");
    m.receivedAt = requiredTimeColumn(r, "received_at");
    m.format = r.text("format");
    m.channel = r.text("channel");
    m.sender = r.text("sender");
    m.messageId = r.text("message_id");
    m.rawSha256 = r.text("raw_sha256");
    m.raw = base64Decode(r.text("raw_base64")).value_or(std::string());
    m.outcome = inboundOutcomeFromText(r.text("outcome")).value_or(InboundOutcome::Received);
    m.ackCode = r.text("ack_code");
    m.reason = r.text("reason");
    m.results = r.text("results");
    return m;
}

} // namespace

std::string base64Encode(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v =
            (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 | (unsigned char)bytes[i + 2];
        out += kAlphabet[v >> 18 & 63];
        out += kAlphabet[v >> 12 & 63];
        out += kAlphabet[v >> 6 & 63];
        out += kAlphabet[v & 63];
    }
    if (i < bytes.size()) {
        unsigned v = (unsigned char)bytes[i] << 16;
        if (i + 1 < bytes.size())
            v |= (unsigned char)bytes[i + 1] << 8;
        out += kAlphabet[v >> 18 & 63];
        out += kAlphabet[v >> 12 & 63];
        out += i + 1 < bytes.size() ? kAlphabet[v >> 6 & 63] : '=';
        out += '=';
    }
    return out;
}

std::optional<std::string> base64Decode(std::string_view text)
{
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '=')
            break;
        const size_t v = kAlphabet.find(c);
        if (v == std::string_view::npos)
            return std::nullopt;
        buffer = (buffer << 6 | unsigned(v)) & 0xFFFFFF;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>(buffer >> bits & 0xFF);
        }
    }
    return out;
}

Result<InboundMessageRecord> InboundMessageRepository::receive(const Actor& actor, UtcTime at, InboundMessageRecord m)
{
    auto id = auditedInsert(m_db, actor, at, "inbound_message",
                            {{"received_at", timeText(at)},
                             {"format", m.format},
                             {"channel", m.channel},
                             {"sender", m.sender},
                             {"message_id", m.messageId},
                             {"raw_sha256", sha256Hex(m.raw)},
                             {"raw_base64", base64Encode(m.raw)},
                             {"outcome", std::string(toText(InboundOutcome::Received))},
                             {"ack_code", std::string()},
                             {"reason", std::string()},
                             {"results", std::string("[]")}});
    if (!id)
        return id.error();
    return get(*id);
}

Result<InboundMessageRecord> InboundMessageRepository::decide(const Actor& actor, UtcTime at, std::int64_t id,
                                                              InboundOutcome outcome, const std::string& ackCode,
                                                              const std::string& reason, const std::string& results)
{
    if (auto r = auditedUpdate(m_db, actor, at, "inbound_message", id,
                               {{"outcome", std::string(toText(outcome))},
                                {"ack_code", ackCode},
                                {"reason", reason},
                                {"results", results}},
                               "inbound message read: " + std::string(toText(outcome)));
        !r)
        return r.error();
    return get(id);
}

Result<InboundMessageRecord> InboundMessageRepository::get(std::int64_t id)
{
    auto s = m_db.prepare("SELECT * FROM inbound_message WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    return sql::firstRow(*s, messageFrom, "inbound message " + std::to_string(id));
}

Result<std::optional<InboundMessageRecord>> InboundMessageRepository::findDecided(const std::string& sender,
                                                                                  const std::string& messageId,
                                                                                  const std::string& rawSha256)
{
    auto s = m_db.prepare("SELECT * FROM inbound_message WHERE sender = ? AND message_id = ? AND raw_sha256 = ? "
                          "AND outcome NOT IN ('received', 'duplicate') ORDER BY id LIMIT 1");
    if (!s)
        return s.error();
    s->bind(1, sender).bind(2, messageId).bind(3, rawSha256);
    auto rows = sql::collectRows(*s, messageFrom);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<InboundMessageRecord>{};
    return std::optional<InboundMessageRecord>{rows->front()};
}

} // namespace prep::db
