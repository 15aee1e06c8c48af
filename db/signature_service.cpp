// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/signature_service.h"

#include "db/audited.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>

namespace prep::db {

namespace {

constexpr std::array<std::string_view, 9> kMeanings{"order_validated", "prepared",           "checked",
                                                    "released",        "handed_over",        "received",
                                                    "administered",    "deviation_accepted", "deviation_rejected"};

// A pharmacist's judgement on another person's work: the preparer may not sign it on their own preparation.
bool isPharmacistReview(const std::string& meaning)
{
    return meaning == "checked" || meaning == "released" || meaning == "deviation_accepted" ||
           meaning == "deviation_rejected";
}

bool isSha256Hex(const std::string& s)
{
    return s.size() == 64 &&
           std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

SignatureRecord signatureFrom(const sql::Row& r)
{
    SignatureRecord s;
    s.id = r.int64("id");
    s.userId = r.int64("user_id");
    s.meaning = r.text("meaning");
    s.entity = r.text("entity");
    s.entityId = r.text("entity_id");
    s.contentSha256 = r.text("content_sha256");
    s.at = requiredTimeColumn(r, "at");
    s.username = r.text("username");
    s.fullName = r.text("full_name");
    return s;
}

} // namespace

bool SignatureService::isMeaning(const std::string& meaning)
{
    return std::find(kMeanings.begin(), kMeanings.end(), meaning) != kMeanings.end();
}

Result<Ok> SignatureService::checkAuthority(const Actor& signer, const std::string& meaning, const std::string& entity,
                                            const std::string& entityId)
{
    const std::string who = signer.username + " (" + std::string(roleName(signer.role)) + ")";
    if (signer.role == Role::Auditor || signer.role == Role::Admin)
        return makeDbError(DbError::Kind::Denied, who + " may not sign GMP records");
    if ((meaning == "order_validated" || isPharmacistReview(meaning)) && signer.role != Role::Pharmacist)
        return makeDbError(DbError::Kind::Denied,
                           "only a pharmacist may sign \"" + meaning + "\"; " + who + " may not");
    if (meaning == "administered" && signer.role != Role::Nurse)
        return makeDbError(DbError::Kind::Denied, "only a nurse may sign \"administered\"; " + who + " may not");
    if (isPharmacistReview(meaning)) {
        // Segregation of duties: the preparer neither checks, decides on nor releases their own preparation.
        auto s = m_db.prepare("SELECT 1 FROM signature WHERE entity = ? AND entity_id = ? AND meaning = 'prepared' "
                              "AND user_id = ? LIMIT 1");
        if (!s)
            return s.error();
        s->bind(1, entity);
        s->bind(2, entityId);
        s->bind(3, signer.userId);
        auto r = s->step();
        if (!r)
            return r.error();
        bool prepared = *r;
        if (!prepared && entity == "preparation") {
            auto p = m_db.prepare("SELECT prepared_by FROM preparation WHERE id = ?");
            if (!p)
                return p.error();
            p->bind(1, std::int64_t(std::atoll(entityId.c_str())));
            auto pr = p->step();
            if (!pr)
                return pr.error();
            prepared = *pr && !p->isNull(0) && p->int64(0) == signer.userId;
        }
        if (prepared)
            return makeDbRefusal(DbError::Kind::Denied, DbError::Refusal::OwnWork,
                                 signer.username + " prepared " + entity + " " + entityId +
                                     " and may not sign it as \"" + meaning + "\"");
    }
    return Ok{};
}

Result<SignatureRecord> SignatureService::sign(const std::string& username, const std::string& password,
                                               const std::string& meaning, const std::string& entity,
                                               const std::string& entityId, const std::string& contentSha256,
                                               UtcTime at)
{
    if (!isMeaning(meaning))
        return makeDbError(DbError::Kind::Invalid, "unknown signature meaning \"" + meaning + "\"");
    if (entity.empty() || entityId.empty())
        return makeDbError(DbError::Kind::Invalid, "a signature needs the record it signs");
    if (!isSha256Hex(contentSha256))
        return makeDbError(DbError::Kind::Invalid, "a signature binds a SHA-256 of the content (64 lowercase hex)");
    // Re-authentication at the moment of signing, both components (11.200(a)); failures are audited there.
    auto signer = m_users.authenticate(username, password, at);
    if (!signer)
        return signer.error();
    std::optional<DbError> refused;
    Result<std::int64_t> id = makeDbError(DbError::Kind::Io, "not signed");
    {
        // The authority check and the signature in one write transaction: no "prepared" can slip in between.
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.beginError();
        if (auto r = checkAuthority(*signer, meaning, entity, entityId); !r) {
            refused = r.error();
        } else {
            id = auditedInsert(m_db, *signer, at, "signature",
                               {{"user_id", signer->userId},
                                {"meaning", meaning},
                                {"entity", entity},
                                {"entity_id", entityId},
                                {"content_sha256", contentSha256},
                                {"at", timeText(at)}},
                               "signed as " + meaning);
            if (!id)
                return id.error();
            if (auto c = tx.commit(); !c)
                return c.error();
        }
    }
    if (refused) {
        // A refused signature is an event worth reviewing (who tried to sign what).
        Transaction refusal(m_db);
        if (refusal.ok()) {
            (void)appendAudit(m_db, AuditDraft{at,
                                               signer->userId,
                                               signer->username,
                                               "signature_refused",
                                               "signing",
                                               entity + "/" + entityId,
                                               {},
                                               {},
                                               refused->message});
            (void)refusal.commit();
        }
        return *refused;
    }
    SignatureRecord out{*id, signer->userId,   meaning,         entity, entityId, contentSha256,
                        at,  signer->username, signer->fullName};
    return out;
}

Result<std::vector<SignatureRecord>> SignatureService::listFor(const std::string& entity, const std::string& entityId)
{
    auto s = m_db.prepare("SELECT signature.*, app_user.username, app_user.full_name FROM signature JOIN app_user ON "
                          "app_user.id = signature.user_id WHERE entity = ? AND entity_id = ? ORDER BY signature.id");
    if (!s)
        return s.error();
    s->bind(1, entity);
    s->bind(2, entityId);
    return sql::collectRows(*s, signatureFrom);
}

} // namespace prep::db
