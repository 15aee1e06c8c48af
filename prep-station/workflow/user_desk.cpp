// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/user_desk.h"

#include "prep-station/workflow/demo_accounts.h"

namespace prep::station {

bool isDemoLogin(const std::string& login)
{
    for (const auto& a : demoAccounts())
        if (a.username == login)
            return true;
    return false;
}

Result<Ok> requireDemoDatabase(StationContext& ctx)
{
    auto users = ctx.users().list();
    if (!users)
        return fromDb(users.error());
    for (const auto& u : *users)
        if (!isDemoLogin(u.username))
            return makeError(Error::Kind::Refused, "this database holds real users (" + u.username +
                                                       "): the demo and its published accounts run only on a demo "
                                                       "database (give the demo another --db)");
    return Ok{};
}

Result<db::Actor> logIn(StationContext& ctx, const std::string& login, const std::string& password)
{
    return admitted(ctx, login, ctx.users().authenticate(login, password, ctx.now()));
}

Result<db::Actor> admitted(StationContext& ctx, const std::string& login, const db::Result<db::Actor>& actor)
{
    if (!actor)
        return fromDb(actor.error());
    auto mustChange = ctx.users().mustChangePassword(actor->userId);
    if (!mustChange)
        return fromDb(mustChange.error());
    if (*mustChange)
        return makeError(Error::Kind::PasswordChangeRequired,
                         "the password of " + login +
                             " was given by an administrator: change it first (prepctl user "
                             "password " +
                             login + " --as " + login + ")");
    return *actor;
}

Result<Ok> changeOwnPassword(StationContext& ctx, const std::string& login, const std::string& currentPassword,
                             const std::string& newPassword)
{
    auto changed = ctx.users().changeOwnPassword(login, currentPassword, newPassword, ctx.now());
    if (!changed)
        return fromDb(changed.error());
    return Ok{};
}

Result<Ok> UserDesk::requireRealStation(const std::string& login)
{
    if (isDemoLogin(login))
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "'%1' is a published demo login: choose another"), login));
    auto users = m_ctx.users().list();
    if (!users)
        return fromDb(users.error());
    for (const auto& u : *users)
        if (isDemoLogin(u.username))
            return makeError(Error::Kind::Refused,
                             say(QT_TRANSLATE_NOOP(
                                     "Message", "this is a demo database (it holds the demo account %1): real users go "
                                                "in the station's own database"),
                                 u.username));
    return Ok{};
}

Result<db::Actor> UserDesk::bootstrap(const std::string& login, const std::string& fullName,
                                      const std::string& password)
{
    if (auto real = requireRealStation(login); !real)
        return real.error();
    auto admin = m_ctx.users().bootstrapAdmin(login, fullName, password, m_ctx.now());
    if (!admin)
        return fromDb(admin.error());
    return *admin;
}

Result<db::Actor> UserDesk::add(const db::Actor& admin, const std::string& login, const std::string& fullName,
                                db::Role role, const std::string& password)
{
    if (auto real = requireRealStation(login); !real)
        return real.error();
    auto user = m_ctx.users().createUser(admin, m_ctx.now(), login, fullName, role, password);
    if (!user)
        return fromDb(user.error());
    return *user;
}

Result<std::vector<db::UserRecord>> UserDesk::list(const db::Actor& admin)
{
    if (auto allowed =
            requireRole(admin, {db::Role::Admin}, say(QT_TRANSLATE_NOOP("Message", "list the station's users")));
        !allowed)
        return allowed.error();
    auto users = m_ctx.users().list();
    if (!users)
        return fromDb(users.error());
    return *users;
}

Result<Ok> UserDesk::disable(const db::Actor& admin, const std::string& login, const std::string& reason)
{
    if (admin.username == login)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "an admin may not disable their own account")));
    auto r = m_ctx.users().setActive(admin, m_ctx.now(), login, false, reason);
    if (!r)
        return fromDb(r.error());
    return Ok{};
}

Result<Ok> UserDesk::enable(const db::Actor& admin, const std::string& login, const std::string& reason)
{
    auto r = m_ctx.users().setActive(admin, m_ctx.now(), login, true, reason);
    if (!r)
        return fromDb(r.error());
    return Ok{};
}

Result<Ok> UserDesk::unlock(const db::Actor& admin, const std::string& login, const std::string& reason)
{
    auto r = m_ctx.users().unlock(admin, m_ctx.now(), login, reason);
    if (!r)
        return fromDb(r.error());
    return Ok{};
}

Result<Ok> UserDesk::setPassword(const db::Actor& admin, const std::string& login, const std::string& password,
                                 const std::string& reason)
{
    auto r = m_ctx.users().setPassword(admin, m_ctx.now(), login, password, reason);
    if (!r)
        return fromDb(r.error());
    return Ok{};
}

} // namespace prep::station
