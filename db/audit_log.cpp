// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/audit_log.h"

#include "db/audit_chain.h"
#include "db/audited.h"
#include "db/hash.h"

#include <future>
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

constexpr std::size_t kHashBatch = 4096;

// A run of consecutive entries whose hashes are checked together, off the reading thread.
struct HashBatch
{
    std::string messages;          // canonical messages, back to back
    std::vector<std::size_t> ends; // end offset of each message
    std::string expected;          // stored hashes, 64 hex characters each
    std::vector<std::int64_t> seqs;
    std::size_t size() const { return seqs.size(); }
    void reserve()
    {
        messages.reserve(kHashBatch * 1024);
        ends.reserve(kHashBatch);
        expected.reserve(kHashBatch * 64);
        seqs.reserve(kHashBatch);
    }
};

// The seq of the first entry whose stored hash is not the hash of its content, or 0.
std::int64_t firstBadHash(const HashBatch& b)
{
    std::size_t begin = 0;
    for (std::size_t i = 0; i < b.size(); ++i) {
        const std::string_view message(b.messages.data() + begin, b.ends[i] - begin);
        begin = b.ends[i];
        if (sha256HexOf(message) != std::string_view(b.expected).substr(64 * i, 64))
            return b.seqs[i];
    }
    return 0;
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
        // Reading and hashing overlap: this thread steps SQLite and builds the canonical messages of batch k+1
        // while a second thread hashes batch k. Linkage (seq, previous hash) is checked here in order; a content
        // mismatch found in a batch precedes anything found later, so the first broken entry is still named.
        HashBatch batch;
        batch.reserve();
        std::future<std::int64_t> pending;
        std::int64_t badHash = 0;
        std::int64_t linkSeq = 0;
        std::string linkProblem;
        auto collect = [&] {
            if (pending.valid() && !badHash)
                badHash = pending.get();
        };
        for (;;) {
            auto r = s->step();
            if (!r)
                return r.error();
            if (!*r)
                break;
            const std::int64_t seq = s->int64(0);
            if (seq != prevSeq + 1) {
                linkSeq = prevSeq + 1;
                linkProblem = "audit entry " + std::to_string(prevSeq + 1) + " is missing (next entry is " +
                              std::to_string(seq) + "): entries were deleted";
                break;
            }
            if (s->textView(10) != prevHash) {
                linkSeq = seq;
                linkProblem = "audit entry " + std::to_string(seq) + ": its previous-hash does not match entry " +
                              std::to_string(prevSeq) + " (an entry was altered, inserted or removed)";
                break;
            }
            ++v.entriesChecked;
            appendAuditEntryMessage(batch.messages, s->textView(10), seq, s->textView(1), s->int64(2), s->textView(3),
                                    s->textView(4), s->textView(5), s->textView(6), s->textView(7), s->textView(8),
                                    s->textView(9));
            batch.ends.push_back(batch.messages.size());
            const std::string_view stored = s->textView(11);
            if (stored.size() == 64)
                batch.expected.append(stored);
            else
                batch.expected.append(64, '-'); // keeps the 64-per-entry layout; never matches a hash
            batch.seqs.push_back(seq);
            prevHash.assign(stored);
            prevSeq = seq;
            if (records) {
                key.assign(s->textView(5));
                key += '#';
                key += s->textView(6);
                lastEntryOf[key] = seq;
            }
            if (batch.size() == kHashBatch) {
                collect();
                if (badHash)
                    break;
                pending = std::async(std::launch::async, [b = std::move(batch)] { return firstBadHash(b); });
                batch = HashBatch{};
                batch.reserve();
            }
        }
        collect();
        if (!badHash)
            badHash = firstBadHash(batch);
        if (badHash) {
            auto e = m_db.prepare("SELECT action, entity, entity_id FROM audit_log WHERE seq = ?");
            if (!e)
                return e.error();
            e->bind(1, badHash);
            auto step = e->step();
            const bool found = step && *step;
            const std::string what = found ? " (" + e->text(0) + " " + e->text(1) + " " + e->text(2) + ")" : "";
            e->reset();
            return broken(v, badHash,
                          "audit entry " + std::to_string(badHash) + what +
                              " was altered: its content no longer matches its hash");
        }
        if (linkSeq)
            return broken(v, linkSeq, linkProblem);
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
