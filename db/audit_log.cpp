// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/audit_log.h"

#include "db/audit_chain.h"
#include "db/audited.h"
#include "db/hash.h"

#include <unordered_map>

namespace prep::db {

namespace {

const char* const kEntryColumns =
    "seq, at, user_id, username, action, entity, entity_id, old_value, new_value, reason, prev_hash, hash";

AuditEntry entryFrom(const sql::Statement& s)
{
    AuditEntry e;
    e.seq = s.int64(0);
    e.at = parseUtc(s.textView(1)).value_or(UtcTime{});
    e.userId = s.int64(2);
    e.username = s.text(3);
    e.action = s.text(4);
    e.entity = s.text(5);
    e.entityId = s.text(6);
    e.oldValue = s.text(7);
    e.newValue = s.text(8);
    e.reason = s.text(9);
    e.prevHash = s.text(10);
    e.hash = s.text(11);
    return e;
}

AuditVerification broken(AuditVerification v, std::int64_t seq, std::string problem)
{
    v.intact = false;
    v.firstBrokenSeq = seq;
    v.problem = std::move(problem);
    return v;
}

} // namespace

Result<AuditVerification> AuditLog::verify()
{
    return verifyImpl(true);
}
Result<AuditVerification> AuditLog::verifyChain()
{
    return verifyImpl(false);
}

Result<AuditVerification> AuditLog::verifyImpl(bool records)
{
    // One read transaction: a consistent snapshot even while a station keeps writing (WAL).
    // (A savepoint, so verify also works inside a caller's transaction.)
    if (auto r = m_db.execute("SAVEPOINT audit_verify"); !r)
        return r.error();
    struct EndRead
    {
        Database& db;
        ~EndRead() { (void)db.execute("RELEASE audit_verify"); }
    } endRead{m_db};

    AuditVerification v;
    std::unordered_map<std::string, std::int64_t> lastEntryOf; // "entity#id" -> seq of its last entry
    {
        auto s = m_db.prepare(std::string("SELECT ") + kEntryColumns + " FROM audit_log ORDER BY seq");
        if (!s)
            return s.error();
        std::string prevHash;
        std::int64_t prevSeq = 0;
        std::string key;
        for (;;) {
            auto r = s->step();
            if (!r)
                return r.error();
            if (!*r)
                break;
            const std::int64_t seq = s->int64(0);
            ++v.entriesChecked;
            if (seq != prevSeq + 1)
                return broken(v, prevSeq + 1,
                              "audit entry " + std::to_string(prevSeq + 1) + " is missing (next entry is " +
                                  std::to_string(seq) + "): entries were deleted");
            if (s->textView(10) != prevHash)
                return broken(v, seq,
                              "audit entry " + std::to_string(seq) + ": its previous-hash does not match entry " +
                                  std::to_string(prevSeq) + " (an entry was altered, inserted or removed)");
            const std::string hash =
                auditEntryHash(s->textView(10), seq, s->textView(1), s->int64(2), s->textView(3), s->textView(4),
                               s->textView(5), s->textView(6), s->textView(7), s->textView(8), s->textView(9));
            if (s->textView(11) != hash)
                return broken(v, seq,
                              "audit entry " + std::to_string(seq) + " (" + s->text(4) + " " + s->text(5) + " " +
                                  s->text(6) + ") was altered: its content no longer matches its hash");
            prevHash = hash;
            prevSeq = seq;
            if (records) {
                key.assign(s->textView(5));
                key += '#';
                key += s->textView(6);
                lastEntryOf[key] = seq;
            }
        }
        auto head = m_db.prepare("SELECT seq, hash FROM chain_head WHERE id = 1");
        if (!head)
            return head.error();
        auto hr = head->step();
        if (!hr)
            return hr.error();
        if (!*hr || head->int64(0) != prevSeq || head->text(1) != prevHash)
            return broken(v, prevSeq + 1,
                          "the audit chain ends at entry " + std::to_string(prevSeq) + " but its recorded head is " +
                              (*hr ? "entry " + std::to_string(head->int64(0)) : std::string("missing")) +
                              ": entries were removed from the end or the head was altered");
    }
    if (!records)
        return v;

    auto lastValue = m_db.prepare("SELECT new_value FROM audit_log WHERE seq = ?");
    if (!lastValue)
        return lastValue.error();
    for (const AuditedEntity& entity : auditedEntities()) {
        auto s = m_db.prepare(std::string("SELECT * FROM ") + entity.table + " ORDER BY id");
        if (!s)
            return s.error();
        const int idColumn = s->columnIndex("id");
        std::string key;
        for (;;) {
            auto r = s->step();
            if (!r)
                return r.error();
            if (!*r)
                break;
            ++v.recordsChecked;
            const std::int64_t id = s->int64(idColumn);
            const std::string name = std::string(entity.entity) + " " + std::to_string(id);
            key = std::string(entity.entity) + "#" + std::to_string(id);
            auto it = lastEntryOf.find(key);
            if (it == lastEntryOf.end())
                return broken(v, 0, name + " has no audit entry: the row was inserted outside the application");
            const std::int64_t seq = it->second;
            lastEntryOf.erase(it);
            auto snapshot = recordSnapshot(m_db, entity, *s);
            if (!snapshot)
                return snapshot.error();
            lastValue->bind(1, seq);
            auto lr = lastValue->step();
            if (!lr)
                return lr.error();
            const bool same = *lr && lastValue->textView(0) == *snapshot;
            lastValue->reset();
            if (!same) {
                return broken(v, seq,
                              name + " differs from its last audited value (audit entry " + std::to_string(seq) +
                                  "): the row was changed outside the application");
            }
        }
    }
    // What remains was audited as existing but is no longer in its table.
    std::int64_t firstMissing = 0;
    std::string missingKey;
    for (const auto& [key, seq] : lastEntryOf) {
        const auto hashPos = key.find('#');
        if (!findAuditedEntity(std::string_view(key).substr(0, hashPos)))
            continue; // events that are not records (failed logins, refused signatures)
        if (firstMissing == 0 || seq < firstMissing) {
            firstMissing = seq;
            missingKey = key;
        }
    }
    if (firstMissing) {
        std::string name = missingKey;
        name[name.find('#')] = ' ';
        return broken(v, firstMissing,
                      name + " is missing from its table (last audit entry " + std::to_string(firstMissing) +
                          "): the row was deleted outside the application");
    }
    return v;
}

Result<std::vector<AuditEntry>> AuditLog::listFor(const std::string& entity, const std::string& entityId)
{
    auto s = m_db.prepare(std::string("SELECT ") + kEntryColumns +
                          " FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq");
    if (!s)
        return s.error();
    s->bind(1, entity);
    s->bind(2, entityId);
    std::vector<AuditEntry> out;
    for (;;) {
        auto r = s->step();
        if (!r)
            return r.error();
        if (!*r)
            return out;
        out.push_back(entryFrom(*s));
    }
}

Result<std::vector<AuditEntry>> AuditLog::all()
{
    auto s = m_db.prepare(std::string("SELECT ") + kEntryColumns + " FROM audit_log ORDER BY seq");
    if (!s)
        return s.error();
    std::vector<AuditEntry> out;
    for (;;) {
        auto r = s->step();
        if (!r)
            return r.error();
        if (!*r)
            return out;
        out.push_back(entryFrom(*s));
    }
}

Result<std::string> AuditLog::contentSha256(const std::string& entity, std::int64_t id)
{
    auto snapshot = recordSnapshot(m_db, entity, id);
    if (!snapshot)
        return snapshot.error();
    if (snapshot->empty())
        return std::string();
    return sha256Hex(*snapshot);
}

} // namespace prep::db
