// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/audit_log.h"

#include "db/audit_chain.h"
#include "db/audited.h"
#include "db/hash.h"
#include "db/sha256.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <optional>
#include <thread>
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

// What one reader found in its range of the chain.
struct RangeCheck
{
    bool empty = true;        // no entry in the range
    std::int64_t entries = 0; // read and found intact
    std::int64_t firstSeq = 0, lastSeq = 0;
    std::string firstPrevHash, lastHash; // the range's ends, to join it to its neighbours
    bool broken = false;
    std::int64_t brokenSeq = 0; // the first entry of the range found broken
    std::string problem;
    std::unordered_map<std::string, std::int64_t> lastEntryOf; // "entity#id" -> seq of its last entry (records)
    std::optional<DbError> error;
};

// Canonical messages of consecutive entries waiting to be hashed, two at a time (see sha256x2).
struct HashBatch
{
    static constexpr std::size_t kSize = 256;
    std::string messages;          // back to back
    std::vector<std::size_t> ends; // end offset of each message
    std::string expected;          // the stored hashes, 64 characters each
    std::vector<std::int64_t> seqs;
    std::vector<std::size_t> order; // hashing order

    HashBatch()
    {
        messages.reserve(kSize * 1024);
        ends.reserve(kSize);
        expected.reserve(kSize * 64);
        seqs.reserve(kSize);
    }
    std::size_t size() const { return seqs.size(); }
    void add(std::int64_t seq, std::string_view storedHash)
    {
        ends.push_back(messages.size());
        // Keeps 64 characters per entry; a stored hash of any other length never matches.
        expected.append(storedHash.size() == 64 ? storedHash : std::string_view(kNoHash));
        seqs.push_back(seq);
    }
    // The index of the first entry whose content does not hash to its stored hash, or size(). Messages are
    // hashed in pairs of similar length (sorted by length), so that little is left for one lane alone.
    std::size_t firstMismatch()
    {
        order.resize(size());
        for (std::size_t i = 0; i < size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return length(a) < length(b); });
        std::size_t found = size();
        unsigned char da[32], db[32];
        for (std::size_t k = 0; k < order.size(); k += 2) {
            const std::size_t a = order[k];
            if (k + 1 < order.size()) {
                const std::size_t b = order[k + 1];
                sha256x2(messages.data() + begin(a), length(a), da, messages.data() + begin(b), length(b), db);
                if (!digestMatchesHex(db, std::string_view(expected).substr(64 * b, 64)))
                    found = std::min(found, b);
            } else {
                sha256(messages.data() + begin(a), length(a), da);
            }
            if (!digestMatchesHex(da, std::string_view(expected).substr(64 * a, 64)))
                found = std::min(found, a);
        }
        return found;
    }
    std::size_t begin(std::size_t i) const { return i ? ends[i - 1] : 0; }
    std::size_t length(std::size_t i) const { return ends[i] - begin(i); }
    void clear()
    {
        messages.clear();
        ends.clear();
        expected.clear();
        seqs.clear();
    }
    static constexpr std::string_view kNoHash = "----------------------------------------------------------------";
};

// Checks the entries with after < seq <= upto in order, on `db`'s read transaction: each one follows the one
// before it (seq + 1, previous hash = its hash) and its stored hash is the SHA-256 of its canonical content. The
// first entry's own link is checked by the caller against the range before. Stops at the first broken entry, or
// when a range before this one (index < `index`) found one, since only the earliest broken entry is reported.
void checkRange(Database& db, std::int64_t after, std::int64_t upto, bool records, int index,
                std::atomic<int>& firstBrokenRange, RangeCheck& out)
{
    // The first range has no lower bound (a row inserted with seq 0 or below is read, and named, as well).
    auto s = index == 0
                 ? db.prepare(std::string("SELECT ") + kEntryColumns + " FROM audit_log WHERE seq <= ? ORDER BY seq",
                              sql::Rows::Many)
                 : db.prepare(std::string("SELECT ") + kEntryColumns +
                                  " FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq",
                              sql::Rows::Many);
    if (!s) {
        out.error = s.error();
        return;
    }
    if (index > 0)
        s->bind(1, after).bind(2, upto);
    else
        s->bind(1, upto);
    std::string key;
    HashBatch batch;
    std::optional<std::int64_t> altered; // the first entry whose content no longer matches its hash
    // Hashes what is pending; a mismatch there precedes any link problem found after it.
    auto flush = [&] {
        const std::size_t bad = batch.firstMismatch();
        if (bad < batch.size()) {
            altered = batch.seqs[bad];
            out.entries -= std::int64_t(batch.size() - bad);
        }
        batch.clear();
        return !altered;
    };
    for (std::int64_t n = 1;; ++n) {
        if (n % 4096 == 0 && firstBrokenRange.load(std::memory_order_relaxed) < index)
            return; // an earlier range is broken: nothing found here would be reported
        auto r = s->step();
        if (!r) {
            out.error = r.error();
            return;
        }
        if (!*r)
            break;
        const std::int64_t seq = s->int64(0);
        const std::string_view prevHash = s->textView(10);
        if (out.empty) {
            out.empty = false;
            out.firstSeq = seq;
            out.firstPrevHash.assign(prevHash);
        } else if (seq != out.lastSeq + 1) {
            out.broken = true;
            out.brokenSeq = out.lastSeq + 1;
            out.problem = "audit entry " + std::to_string(out.lastSeq + 1) + " is missing (next entry is " +
                          std::to_string(seq) + "): entries were deleted";
            break;
        } else if (prevHash != out.lastHash) {
            out.broken = true;
            out.brokenSeq = seq;
            out.problem = "audit entry " + std::to_string(seq) + ": its previous-hash does not match entry " +
                          std::to_string(out.lastSeq) + " (an entry was altered, inserted or removed)";
            break;
        }
        appendAuditEntryMessage(batch.messages, prevHash, seq, s->textView(1), s->int64(2), s->textView(3),
                                s->textView(4), s->textView(5), s->textView(6), s->textView(7), s->textView(8),
                                s->textView(9));
        const std::string_view stored = s->textView(11);
        batch.add(seq, stored);
        ++out.entries;
        out.lastSeq = seq;
        out.lastHash.assign(stored);
        if (records) {
            key.assign(s->textView(5));
            key += '#';
            key += s->textView(6);
            out.lastEntryOf[key] = seq;
        }
        if (batch.size() == HashBatch::kSize && !flush())
            break;
    }
    s->reset();
    if (altered || !flush()) {
        out.broken = true;
        out.brokenSeq = *altered;
        out.problem = "audit entry " + std::to_string(*altered);
        auto e = db.prepare("SELECT action, entity, entity_id FROM audit_log WHERE seq = ?");
        if (!e) {
            out.error = e.error();
            return;
        }
        e->bind(1, *altered);
        if (auto found = e->step(); found && *found)
            out.problem += " (" + e->text(0) + " " + e->text(1) + " " + e->text(2) + ")";
        out.problem += " was altered: its content no longer matches its hash";
    }
    if (out.broken) {
        int expected = firstBrokenRange.load();
        while (index < expected && !firstBrokenRange.compare_exchange_weak(expected, index)) {
        }
    }
}

AuditVerification broken(AuditVerification v, std::int64_t seq, std::string problem)
{
    v.intact = false;
    v.firstBrokenSeq = seq;
    v.problem = std::move(problem);
    return v;
}

} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db)
    , m_threads(int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u)))
{}

void AuditLog::setVerifyThreads(int threads, std::int64_t minEntriesPerThread)
{
    m_threads = std::clamp(threads, 1, 64);
    m_minEntriesPerThread = std::max<std::int64_t>(minEntriesPerThread, 1);
}

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
    // One snapshot for the whole check, even while a station keeps writing (WAL). A long chain is split into
    // ranges read and hashed on several threads, each with its own connection inside that same snapshot.
    // (A savepoint, so verify also works inside a caller's transaction; it then reads alone.)
    int readerCount = 0;
    {
        auto estimate = m_db.prepare("SELECT max(seq) FROM audit_log");
        if (!estimate)
            return estimate.error();
        auto er = estimate->step();
        if (!er)
            return er.error();
        const std::int64_t n = *er ? estimate->int64(0) : 0;
        // Every range on a reader of its own (which reads ahead, see db/sqlite/read_ahead.h); this connection keeps
        // the snapshot. A short chain is read here directly.
        if (n >= m_minEntriesPerThread)
            readerCount = int(std::clamp<std::int64_t>(n / m_minEntriesPerThread, 1, m_threads));
    }
    auto readers = m_db.beginSharedRead("audit_verify", readerCount);
    if (!readers)
        return readers.error();
    struct EndRead
    {
        Database& db;
        ~EndRead() { (void)db.endSharedRead("audit_verify"); }
    } endRead{m_db};

    AuditVerification v;
    // Without readers (a short chain, or inside a caller's transaction), this connection reads the one range.
    const int ranges = std::max(int(readers->size()), 1);
    std::vector<std::int64_t> bounds{std::numeric_limits<std::int64_t>::min()};
    if (ranges > 1) {
        auto last = m_db.prepare("SELECT max(seq) FROM audit_log");
        if (!last)
            return last.error();
        auto lr = last->step();
        if (!lr)
            return lr.error();
        const std::int64_t n = *lr ? last->int64(0) : 0;
        for (int i = 1; i < ranges; ++i)
            bounds.push_back(n / ranges * i);
    }
    bounds.push_back(std::numeric_limits<std::int64_t>::max());
    std::vector<RangeCheck> checks(static_cast<std::size_t>(ranges));
    std::atomic<int> firstBrokenRange{ranges};
    {
        auto check = [&](int i) {
            Database& db = readers->empty() ? m_db : *(*readers)[std::size_t(i)];
            checkRange(db, bounds[std::size_t(i)], bounds[std::size_t(i + 1)], records, i, firstBrokenRange,
                       checks[std::size_t(i)]);
        };
        std::vector<std::thread> threads;
        for (int i = 1; i < ranges; ++i)
            threads.emplace_back(check, i);
        check(0);
        for (auto& t : threads)
            t.join();
    }
    readers->clear();

    // Join the ranges in order: the first finding in chain order is the one named.
    std::int64_t prevSeq = 0;
    std::string prevHash;
    for (RangeCheck& c : checks) {
        if (c.error)
            return *c.error;
        if (c.empty)
            continue;
        if (c.firstSeq != prevSeq + 1)
            return broken(v, prevSeq + 1,
                          "audit entry " + std::to_string(prevSeq + 1) + " is missing (next entry is " +
                              std::to_string(c.firstSeq) + "): entries were deleted");
        if (c.firstPrevHash != prevHash)
            return broken(v, c.firstSeq,
                          "audit entry " + std::to_string(c.firstSeq) + ": its previous-hash does not match entry " +
                              std::to_string(prevSeq) + " (an entry was altered, inserted or removed)");
        v.entriesChecked += c.entries;
        if (c.broken)
            return broken(v, c.brokenSeq, c.problem);
        prevSeq = c.lastSeq;
        prevHash = std::move(c.lastHash);
    }
    {
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
    std::unordered_map<std::string, std::int64_t> lastEntryOf = std::move(checks[0].lastEntryOf);
    for (std::size_t i = 1; i < checks.size(); ++i) {
        for (auto& [key, seq] : checks[i].lastEntryOf)
            lastEntryOf.insert_or_assign(key, seq);
        checks[i].lastEntryOf.clear();
    }

    auto lastValue = m_db.prepare("SELECT new_value FROM audit_log WHERE seq = ?");
    if (!lastValue)
        return lastValue.error();
    for (const AuditedEntity& entity : auditedEntities()) {
        auto s = m_db.prepare(std::string("SELECT * FROM ") + entity.table + " ORDER BY id", sql::Rows::Many);
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

Result<Ok> AuditLog::recordEvent(const Actor& actor, UtcTime at, const std::string& action, const std::string& entity,
                                 const std::string& entityId, const std::string& detail)
{
    if (findAuditedEntity(entity))
        return makeDbError(DbError::Kind::Invalid, "'" + entity + "' is a record type, not an event");
    Transaction tx(m_db);
    if (auto r =
            appendAudit(m_db, AuditDraft{at, actor.userId, actor.username, action, entity, entityId, {}, {}, detail});
        !r)
        return r.error();
    return tx.commit();
}

} // namespace prep::db
