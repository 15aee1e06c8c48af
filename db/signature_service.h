// SPDX-License-Identifier: GPL-3.0-or-later
// Electronic signatures (21 CFR 11.50/11.200, Annex 11 §14): the signer re-enters username and password at the
// moment of signing; the signature records its meaning and is bound to a SHA-256 of the signed content, so a later
// change of the content shows (compare with AuditLog::contentSha256 or the caller's own canonical hash).
// Authority checks (11.10(g)): only a pharmacist validates an order, checks or releases; nobody checks or releases
// a preparation they prepared; auditors and admins sign nothing; administration is signed by a nurse.
#pragma once

#include "db/database.h"
#include "db/records.h"
#include "db/user_directory.h"

#include <string>
#include <vector>

namespace prep::db {

class SignatureService
{
public:
    SignatureService(Database& db, UserDirectory& users)
        : m_db(db)
        , m_users(users)
    {}

    Result<SignatureRecord> sign(const std::string& username, const std::string& password, const std::string& meaning,
                                 const std::string& entity, const std::string& entityId,
                                 const std::string& contentSha256, UtcTime at);
    // Oldest first, with the signer's printed name.
    Result<std::vector<SignatureRecord>> listFor(const std::string& entity, const std::string& entityId);

    static bool isMeaning(const std::string& meaning);

private:
    Result<Ok> checkAuthority(const Actor& signer, const std::string& meaning, const std::string& entity,
                              const std::string& entityId);
    Database& m_db;
    UserDirectory& m_users;
};

} // namespace prep::db
