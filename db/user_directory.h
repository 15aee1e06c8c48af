// SPDX-License-Identifier: GPL-3.0-or-later
// Named users with one role each (no shared accounts). Passwords are stored only as Argon2id hashes (libsodium
// crypto_pwhash_str); an account locks after kMaxFailedAttempts consecutive failures until an admin unlocks it.
// Every creation, failure, lockout and unlock is in the audit trail.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/time.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace prep::db {

struct UserRecord
{
    std::int64_t id = 0;
    std::string username, fullName;
    Role role = Role::Technician;
    bool active = true;
    bool locked = false;
    int failedAttempts = 0;
};

// Argon2id work factors. interactive() is libsodium's recommendation for logins; minimal() exists for tests only.
struct PasswordHashCost
{
    unsigned long long opsLimit;
    std::size_t memLimit;
    static PasswordHashCost interactive();
    static PasswordHashCost minimal();
};

// An authentication under way: the account as read, and the password hash the attempt is checked against.
struct PendingAuthentication
{
    UserRecord user;
    std::string storedHash;
};

class UserDirectory
{
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr std::size_t kMinPasswordLength = 8;

    explicit UserDirectory(Database& db, PasswordHashCost cost = PasswordHashCost::interactive())
        : m_db(db)
        , m_cost(cost)
    {}

    bool empty(); // no user yet
    // The first account, an admin; refused once any user exists.
    Result<Actor> bootstrapAdmin(const std::string& username, const std::string& fullName, const std::string& password,
                                 UtcTime at);
    // Only an active admin creates users. The first password is temporary (the user changes it at their first login)
    // unless `temporary` is false (the demo's published accounts).
    Result<Actor> createUser(const Actor& admin, UtcTime at, const std::string& username, const std::string& fullName,
                             Role role, const std::string& password, bool temporary = true);
    // Errors: Auth (unknown user or wrong password: the same message for both), Locked, Denied (deactivated).
    // Failures are audited; the kMaxFailedAttempts-th consecutive failure locks the account.
    Result<Actor> authenticate(const std::string& username, const std::string& password, UtcTime at);
    // The same in three parts, for a face that must not hold its workflow lock during Argon2id (the web service):
    // the account read and its refusals (audited), the password check alone (no database), then the attempt
    // counted — refused if the account was locked, deactivated or given a new password in between.
    Result<PendingAuthentication> beginAuthentication(const std::string& username, UtcTime at);
    static bool passwordMatches(const PendingAuthentication& pending, const std::string& password);
    Result<Actor> finishAuthentication(const PendingAuthentication& pending, bool good, UtcTime at);
    Result<Actor> find(const std::string& username);
    Result<UserRecord> user(const std::string& username);
    Result<std::vector<UserRecord>> list();

    // Admin actions, each audited with its reason.
    Result<Ok> unlock(const Actor& admin, UtcTime at, const std::string& username, const std::string& reason);
    Result<Ok> setActive(const Actor& admin, UtcTime at, const std::string& username, bool active,
                         const std::string& reason);
    // A password an admin sets is temporary: its user changes it at their next login.
    Result<Ok> setPassword(const Actor& admin, UtcTime at, const std::string& username, const std::string& password,
                           const std::string& reason);
    // The user changes their own password, proving the current one; the new one is theirs alone (not temporary).
    Result<Ok> changeOwnPassword(const std::string& username, const std::string& currentPassword,
                                 const std::string& newPassword, UtcTime at);
    // True while the user's password is one an administrator gave.
    Result<bool> mustChangePassword(std::int64_t userId);

private:
    Result<std::string> hashPassword(const std::string& password);
    Result<Ok> requireAdmin(const Actor& admin);
    Result<Ok> setPasswordState(const Actor& actor, UtcTime at, std::int64_t userId, bool mustChange);
    Database& m_db;
    PasswordHashCost m_cost;
};

} // namespace prep::db
