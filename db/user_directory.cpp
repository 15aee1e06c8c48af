// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/user_directory.h"

#include "db/audited.h"

#include <sodium.h>

namespace prep::db {

namespace {

UserRecord userFrom(const sql::Row& r)
{
    UserRecord u;
    u.id = r.int64("id");
    u.username = r.text("username");
    u.fullName = r.text("full_name");
    u.role = roleFromName(r.text("role")).value_or(Role::Technician);
    u.active = r.boolean("active");
    u.locked = r.boolean("locked");
    u.failedAttempts = int(r.int64("failed_attempts"));
    return u;
}

Actor actorOf(const UserRecord& u)
{
    return Actor{u.id, u.username, u.fullName, u.role};
}

// Failed logins for names that are not accounts are events, not records: entity "login".
Result<Ok> auditLoginEvent(Database& db, UtcTime at, std::int64_t userId, const std::string& username,
                           const std::string& action, const std::string& reason)
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.beginError();
    if (auto r = appendAudit(db, AuditDraft{at, userId, username, action, "login", username, {}, {}, reason}); !r)
        return r.error();
    return tx.commit();
}

} // namespace

PasswordHashCost PasswordHashCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHashCost PasswordHashCost::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool UserDirectory::empty()
{
    auto s = m_db.prepare("SELECT COUNT(*) FROM app_user");
    if (!s)
        return false;
    auto r = s->step();
    return r && *r && s->int64(0) == 0;
}

Result<std::string> UserDirectory::hashPassword(const std::string& password)
{
    if (password.size() < kMinPasswordLength)
        return makeDbError(DbError::Kind::Invalid,
                           "a password needs at least " + std::to_string(kMinPasswordLength) + " characters");
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), m_cost.opsLimit, m_cost.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeDbError(DbError::Kind::Io, "hashing the password failed (out of memory)");
    return std::string(out);
}

Result<Actor> UserDirectory::bootstrapAdmin(const std::string& username, const std::string& fullName,
                                            const std::string& password, UtcTime at)
{
    if (username.empty() || fullName.empty())
        return makeDbError(DbError::Kind::Invalid, "a user needs a username and a full name");
    auto hash = hashPassword(password); // before taking the write lock: Argon2id is slow on purpose
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.beginError();
    if (!empty())
        return makeDbError(DbError::Kind::Denied, "users already exist: an admin creates further accounts");
    auto id = insertRow(m_db, "app_user",
                        {{"username", username},
                         {"full_name", fullName},
                         {"role", std::string(roleName(Role::Admin))},
                         {"password_hash", *hash},
                         {"created_at", timeText(at)}});
    if (!id)
        return id.error();
    auto snapshot = recordSnapshot(m_db, "user", *id);
    if (!snapshot)
        return snapshot.error();
    if (auto r = appendAudit(m_db, AuditDraft{at,
                                              *id,
                                              username,
                                              "create",
                                              "user",
                                              std::to_string(*id),
                                              {},
                                              *snapshot,
                                              "first administrator of this database"});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return Actor{*id, username, fullName, Role::Admin};
}

Result<Ok> UserDirectory::requireAdmin(const Actor& admin)
{
    auto u = user(admin.username);
    if (!u || u->id != admin.userId || u->role != Role::Admin || !u->active || u->locked)
        return makeDbError(DbError::Kind::Denied, admin.username + " is not an active administrator");
    return Ok{};
}

Result<Actor> UserDirectory::createUser(const Actor& admin, UtcTime at, const std::string& username,
                                        const std::string& fullName, Role role, const std::string& password,
                                        bool temporary)
{
    if (auto r = requireAdmin(admin); !r)
        return r.error();
    if (username.empty() || fullName.empty())
        return makeDbError(DbError::Kind::Invalid, "a user needs a username and a full name");
    if (user(username))
        return makeDbError(DbError::Kind::Constraint, "user " + username + " already exists");
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    Transaction tx(m_db); // the account and its password state, together
    if (!tx.ok())
        return tx.beginError();
    auto id = auditedInsert(m_db, admin, at, "user",
                            {{"username", username},
                             {"full_name", fullName},
                             {"role", std::string(roleName(role))},
                             {"password_hash", *hash},
                             {"created_at", timeText(at)},
                             {"created_by", admin.userId}});
    if (!id)
        return id.error();
    if (auto state = setPasswordState(admin, at, *id, temporary); !state)
        return state.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return Actor{*id, username, fullName, role};
}

Result<Ok> UserDirectory::setPasswordState(const Actor& actor, UtcTime at, std::int64_t userId, bool mustChange)
{
    auto s = m_db.prepare("SELECT id FROM user_password_state WHERE user_id = ?");
    if (!s)
        return s.error();
    s->bind(1, userId);
    auto r = s->step();
    if (!r)
        return r.error();
    const std::int64_t mustChangeValue = mustChange ? 1 : 0;
    const std::string why = mustChange ? "password set by an administrator: to be changed at the next login"
                                       : "password chosen by its user";
    if (*r)
        return auditedUpdate(m_db, actor, at, "password_state", s->int64(0),
                             {{"must_change", mustChangeValue}, {"set_at", timeText(at)}}, why);
    auto id = auditedInsert(m_db, actor, at, "password_state",
                            {{"user_id", userId}, {"must_change", mustChangeValue}, {"set_at", timeText(at)}}, why);
    if (!id)
        return id.error();
    return Ok{};
}

Result<bool> UserDirectory::mustChangePassword(std::int64_t userId)
{
    auto s = m_db.prepare("SELECT must_change FROM user_password_state WHERE user_id = ?");
    if (!s)
        return s.error();
    s->bind(1, userId);
    auto r = s->step();
    if (!r)
        return r.error();
    return *r && s->int64(0) == 1; // no row: an account from before 0004, or the bootstrapped admin
}

Result<Ok> UserDirectory::changeOwnPassword(const std::string& username, const std::string& currentPassword,
                                            const std::string& newPassword, UtcTime at)
{
    auto self = authenticate(username, currentPassword, at);
    if (!self)
        return self.error();
    if (newPassword == currentPassword)
        return makeDbError(DbError::Kind::Invalid, "the new password must differ from the current one");
    auto hash = hashPassword(newPassword);
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.beginError();
    if (auto r = auditedUpdate(m_db, *self, at, "user", self->userId, {{"password_hash", *hash}},
                               "password changed by its user", "change_password");
        !r)
        return r.error();
    if (auto r = setPasswordState(*self, at, self->userId, false); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return Ok{};
}

Result<UserRecord> UserDirectory::user(const std::string& username)
{
    auto s = m_db.prepare("SELECT * FROM app_user WHERE username = ?");
    if (!s)
        return s.error();
    s->bind(1, username);
    return sql::firstRow(*s, userFrom, "user " + username);
}

Result<Actor> UserDirectory::find(const std::string& username)
{
    auto u = user(username);
    if (!u)
        return u.error();
    return actorOf(*u);
}

Result<std::vector<UserRecord>> UserDirectory::list()
{
    auto s = m_db.prepare("SELECT * FROM app_user ORDER BY id");
    if (!s)
        return s.error();
    return sql::collectRows(*s, userFrom);
}

Result<Actor> UserDirectory::authenticate(const std::string& username, const std::string& password, UtcTime at)
{
    auto pending = beginAuthentication(username, at);
    if (!pending)
        return pending.error();
    return finishAuthentication(*pending, passwordMatches(*pending, password), at);
}

Result<PendingAuthentication> UserDirectory::beginAuthentication(const std::string& username, UtcTime at)
{
    PendingAuthentication p;
    {
        auto s = m_db.prepare("SELECT * FROM app_user WHERE username = ?");
        if (!s)
            return s.error();
        s->bind(1, username);
        auto r = s->step();
        if (!r)
            return r.error();
        if (!*r) {
            if (auto a = auditLoginEvent(m_db, at, 0, username, "authentication_failed", "unknown user"); !a)
                return a.error();
            return makeDbRefusal(DbError::Kind::Auth, DbError::Refusal::WrongCredentials,
                                 "unknown user or wrong password");
        }
        p.user = userFrom(sql::Row(*s));
        p.storedHash = sql::Row(*s).text("password_hash");
    }
    if (!p.user.active) {
        if (auto a = auditLoginEvent(m_db, at, p.user.id, username, "authentication_refused", "account deactivated");
            !a)
            return a.error();
        return makeDbRefusal(DbError::Kind::Denied, DbError::Refusal::AccountDeactivated,
                             "account " + username + " is deactivated");
    }
    if (p.user.locked) {
        if (auto a = auditLoginEvent(m_db, at, p.user.id, username, "authentication_refused", "account locked"); !a)
            return a.error();
        return makeDbRefusal(DbError::Kind::Locked, DbError::Refusal::AccountLocked,
                             "account " + username + " is locked after repeated failures; an admin must unlock it");
    }
    return p;
}

bool UserDirectory::passwordMatches(const PendingAuthentication& pending, const std::string& password)
{
    return crypto_pwhash_str_verify(pending.storedHash.c_str(), password.data(), password.size()) == 0;
}

Result<Actor> UserDirectory::finishAuthentication(const PendingAuthentication& pending, bool good, UtcTime at)
{
    const std::string& username = pending.user.username;
    const DbError wrong =
        makeDbRefusal(DbError::Kind::Auth, DbError::Refusal::WrongCredentials, "unknown user or wrong password");
    // Count the attempt inside the write transaction, so two stations failing at once both count.
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.beginError();
    auto current = user(username);
    if (!current)
        return current.error();
    // The password was checked outside any lock: what changed meanwhile (another station locked the account, an
    // administrator deactivated it or set a new password) wins.
    if (current->locked)
        return makeDbRefusal(DbError::Kind::Locked, DbError::Refusal::AccountLocked,
                             "account " + username + " is locked after repeated failures; an admin must unlock it");
    if (!current->active)
        return makeDbRefusal(DbError::Kind::Denied, DbError::Refusal::AccountDeactivated,
                             "account " + username + " is deactivated");
    {
        auto s = m_db.prepare("SELECT password_hash FROM app_user WHERE id = ?");
        if (!s)
            return s.error();
        s->bind(1, current->id);
        auto r = s->step();
        if (!r)
            return r.error();
        if (!*r || sql::Row(*s).text("password_hash") != pending.storedHash)
            return wrong;
    }
    const Actor self = actorOf(*current);
    if (good) {
        if (current->failedAttempts != 0) {
            if (auto r = auditedUpdate(m_db, self, at, "user", current->id, {{"failed_attempts", std::int64_t{0}}},
                                       "successful authentication resets the failure count", "authenticated");
                !r)
                return r.error();
        } else if (auto r = appendAudit(
                       m_db, AuditDraft{at, self.userId, username, "authenticated", "login", username, {}, {}, {}});
                   !r) {
            return r.error();
        }
        if (auto r = tx.commit(); !r)
            return r.error();
        return self;
    }
    const int failures = current->failedAttempts + 1;
    const bool lock = failures >= kMaxFailedAttempts;
    if (auto r = auditedUpdate(m_db, self, at, "user", current->id,
                               {{"failed_attempts", std::int64_t{failures}}, {"locked", std::int64_t{lock}}},
                               lock ? "wrong password; account locked after " + std::to_string(failures) +
                                          " consecutive failures"
                                    : "wrong password",
                               lock ? "account_locked" : "authentication_failed");
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    if (lock)
        return makeDbRefusal(DbError::Kind::Locked, DbError::Refusal::AccountLocked,
                             "wrong password; account " + username + " is now locked after " +
                                 std::to_string(failures) + " consecutive failures");
    return wrong;
}

Result<Ok> UserDirectory::unlock(const Actor& admin, UtcTime at, const std::string& username, const std::string& reason)
{
    if (auto r = requireAdmin(admin); !r)
        return r.error();
    auto u = user(username);
    if (!u)
        return u.error();
    return auditedUpdate(m_db, admin, at, "user", u->id,
                         {{"locked", std::int64_t{0}}, {"failed_attempts", std::int64_t{0}}}, reason, "unlock");
}

Result<Ok> UserDirectory::setActive(const Actor& admin, UtcTime at, const std::string& username, bool active,
                                    const std::string& reason)
{
    if (auto r = requireAdmin(admin); !r)
        return r.error();
    auto u = user(username);
    if (!u)
        return u.error();
    return auditedUpdate(m_db, admin, at, "user", u->id, {{"active", std::int64_t{active}}}, reason,
                         active ? "activate" : "deactivate");
}

Result<Ok> UserDirectory::setPassword(const Actor& admin, UtcTime at, const std::string& username,
                                      const std::string& password, const std::string& reason)
{
    if (auto r = requireAdmin(admin); !r)
        return r.error();
    auto u = user(username);
    if (!u)
        return u.error();
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.beginError();
    if (auto r = auditedUpdate(m_db, admin, at, "user", u->id, {{"password_hash", *hash}}, reason, "set_password"); !r)
        return r.error();
    if (auto r = setPasswordState(admin, at, u->id, true); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return Ok{};
}

} // namespace prep::db
