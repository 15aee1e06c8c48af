// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/audit_checkpoint.h"

#include "db/audited.h"
#include "db/sha256.h"

#include <sodium.h>

#include <algorithm>
#include <set>

namespace prep::db {

namespace {

bool fromHex(std::string_view hex, unsigned char* out, size_t size)
{
    size_t written = 0;
    return hex.size() == 2 * size &&
           sodium_hex2bin(out, size, hex.data(), hex.size(), nullptr, &written, nullptr) == 0 && written == size;
}

std::string toHex(const unsigned char* bytes, size_t size)
{
    std::string hex(2 * size + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

Result<bool> keyRecorded(Database& db, const std::string& keyId)
{
    auto s = db.prepare("SELECT 1 FROM audit_key WHERE key_id = ?");
    if (!s)
        return s.error();
    s->bind(1, keyId);
    return s->step();
}

} // namespace

std::string checkpointMessage(std::int64_t seq, std::string_view entryHash)
{
    return "PrepStation audit checkpoint v1\n" + std::to_string(seq) + "\n" + std::string(entryHash) + "\n";
}

std::string auditKeyId(std::string_view publicKeyHex)
{
    unsigned char key[crypto_sign_PUBLICKEYBYTES];
    unsigned char digest[32];
    if (!fromHex(publicKeyHex, key, sizeof key))
        return {};
    sha256(key, sizeof key, digest);
    return toHex(digest, 8);
}

bool checkpointSignatureValid(std::string_view publicKeyHex, std::string_view message, std::string_view signatureHex)
{
    unsigned char key[crypto_sign_PUBLICKEYBYTES];
    unsigned char signature[crypto_sign_BYTES];
    if (sodium_init() < 0 || !fromHex(publicKeyHex, key, sizeof key) ||
        !fromHex(signatureHex, signature, sizeof signature))
        return false;
    return crypto_sign_verify_detached(signature, reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), key) == 0;
}

namespace {

// Electronic signatures (the preparer's, validation, release), shipment changes (dispatch), handovers (pickup,
// delivery, administration at home), cold-chain evidence, and key changes.
constexpr const char* kCheckpointEntities[] = {"signature", "shipment", "handover", "logger_import", "audit_key"};

std::string checkpointEntityList()
{
    std::string list;
    for (const char* e : kCheckpointEntities)
        list += std::string(list.empty() ? "'" : ", '") + e + "'";
    return list;
}

} // namespace

bool isCheckpointEntry(std::string_view entity, std::string_view)
{
    for (const char* e : kCheckpointEntities)
        if (entity == e)
            return true;
    return false;
}

Result<Ok> signCheckpoint(Database& db, std::int64_t seq, std::string_view hash)
{
    const auto& signer = db.checkpointSigner();
    if (!signer)
        return Ok{};
    auto insert = db.prepare("INSERT INTO audit_checkpoint (seq, key_id, hash, signature) VALUES (?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert->bindAll({seq, auditKeyId(signer->publicKeyHex()), std::string(hash),
                     signer->signatureHex(checkpointMessage(seq, hash))});
    return insert->run();
}

Result<Ok> adoptCheckpointSigner(Database& db, std::shared_ptr<const CheckpointSigner> signer, UtcTime at)
{
    const std::string keyId = auditKeyId(signer->publicKeyHex());
    if (keyId.empty())
        return makeDbError(DbError::Kind::Invalid, "the station key's public half is not 32 bytes of hex");
    db.setCheckpointSigner(signer);
    auto known = keyRecorded(db, keyId);
    if (!known)
        return known.error();
    if (*known)
        return Ok{};
    Transaction tx(db);
    if (!tx.ok())
        return tx.beginError();
    // Another station process may have recorded it since the check above: look again under the write lock.
    known = keyRecorded(db, keyId);
    if (!known)
        return known.error();
    if (*known)
        return tx.commit();
    auto insert = db.prepare("INSERT INTO audit_key (key_id, public_key, added_at) VALUES (?, ?, ?)");
    if (!insert)
        return insert.error();
    insert->bindAll({keyId, signer->publicKeyHex(), timeText(at)});
    if (auto r = insert->run(); !r)
        return r.error();
    if (auto r = appendAudit(db, AuditDraft{at,
                                            0,
                                            "station",
                                            "key_added",
                                            "audit_key",
                                            keyId,
                                            {},
                                            signer->publicKeyHex(),
                                            "the station key signs audit checkpoints"});
        !r)
        return r.error();
    return tx.commit();
}

Result<Ok> rotateCheckpointSigner(Database& db, const Actor& who, std::shared_ptr<const CheckpointSigner> next,
                                  UtcTime at)
{
    const auto& current = db.checkpointSigner();
    if (!current)
        return makeDbError(DbError::Kind::Invalid, "no station key signs this database yet: nothing to rotate");
    Transaction tx(db);
    if (!tx.ok())
        return tx.beginError();
    if (auto r = appendAudit(db, AuditDraft{at, who.userId, who.username, "key_rotated", "audit_key",
                                            auditKeyId(next->publicKeyHex()), current->publicKeyHex(),
                                            next->publicKeyHex(), "station key rotated"});
        !r)
        return r.error();
    if (auto r = adoptCheckpointSigner(db, std::move(next), at); !r)
        return r.error();
    return tx.commit();
}

Result<CheckpointVerification> verifyCheckpoints(Database& db, const std::vector<std::string>& trusted)
{
    CheckpointVerification out;
    std::map<std::string, std::string> trustedById;
    for (const auto& key : trusted)
        if (const std::string id = auditKeyId(key); !id.empty())
            trustedById[id] = key;
    auto fail = [&](std::string problem) {
        if (out.intact) {
            out.intact = false;
            out.problem = std::move(problem);
        }
    };

    auto rows = db.prepare("SELECT c.seq, c.key_id, c.hash, c.signature, a.hash FROM audit_checkpoint c "
                           "LEFT JOIN audit_log a ON a.seq = c.seq ORDER BY c.seq, c.key_id",
                           sql::Rows::Many);
    if (!rows)
        return rows.error();
    std::set<std::int64_t> signedSeqs;
    std::int64_t firstSigned = 0;
    std::set<std::string> untrusted;
    for (;;) {
        auto r = rows->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        const std::int64_t seq = rows->int64(0);
        const std::string keyId = rows->text(1), hash = rows->text(2), signature = rows->text(3);
        const auto key = trustedById.find(keyId);
        if (key == trustedById.end()) {
            untrusted.insert(keyId);
            continue;
        }
        if (!checkpointSignatureValid(key->second, checkpointMessage(seq, hash), signature)) {
            fail("the checkpoint at entry " + std::to_string(seq) + " does not verify with key " + keyId +
                 ": the checkpoint was altered");
            continue;
        }
        if (rows->isNull(4)) {
            fail("key " + keyId + " signed entry " + std::to_string(seq) + ", which is no longer in the trail");
            continue;
        }
        if (rows->text(4) != hash) {
            fail("entry " + std::to_string(seq) + " is not the entry key " + keyId +
                 " signed: the trail was rewritten at or before entry " + std::to_string(seq));
            continue;
        }
        ++out.checkpointsVerified;
        signedSeqs.insert(seq);
        if (firstSigned == 0)
            firstSigned = seq;
        if (seq >= out.lastSignedSeq) {
            out.lastSignedSeq = seq;
            out.lastSignedKeyId = keyId;
        }
    }
    out.untrustedKeyIds.assign(untrusted.begin(), untrusted.end());

    // Since the first trusted checkpoint, every entry that gets one must have one: an electronic signature or a
    // shipment change written without the key (or its checkpoint deleted) is found here.
    auto entries = db.prepare("SELECT seq, entity, action FROM audit_log WHERE seq >= ? AND entity IN (" +
                                  checkpointEntityList() + ") ORDER BY seq",
                              sql::Rows::Many);
    if (!entries)
        return entries.error();
    entries->bind(1, firstSigned);
    for (;;) {
        auto r = entries->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        const std::int64_t seq = entries->int64(0);
        if (!isCheckpointEntry(entries->textView(1), entries->textView(2)) || signedSeqs.count(seq))
            continue;
        if (firstSigned == 0) {
            if (!trustedById.empty())
                fail("no checkpoint signed by a trusted station key, though entry " + std::to_string(seq) + " (" +
                     entries->text(1) + ") needs one");
            break;
        }
        fail("entry " + std::to_string(seq) + " (" + entries->text(1) + " " + entries->text(2) +
             ") has no checkpoint from a trusted key: written without the station key, or its checkpoint removed");
        break;
    }
    auto head = readChainHead(db);
    if (!head)
        return head.error();
    out.entriesAfterLastSigned = std::max<std::int64_t>(0, head->seq - out.lastSignedSeq);
    return out;
}

} // namespace prep::db
