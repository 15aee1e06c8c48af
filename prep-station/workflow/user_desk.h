// SPDX-License-Identifier: GPL-3.0-or-later
// User administration for a real station: the first admin, then named accounts with one role each, created,
// disabled, unlocked and given a new password by an admin (every action audited by the db layer). A demo database
// holds only the published demo accounts and a real station never does: the demo accounts' passwords are public.
#pragma once

#include "prep-station/workflow/station_context.h"

#include <string>
#include <vector>

namespace prep::station {

class UserDesk
{
public:
    explicit UserDesk(StationContext& ctx)
        : m_ctx(ctx)
    {}

    // The first account, an admin; refused once anyone exists.
    Result<db::Actor> bootstrap(const std::string& login, const std::string& fullName, const std::string& password);
    Result<db::Actor> add(const db::Actor& admin, const std::string& login, const std::string& fullName, db::Role role,
                          const std::string& password);
    Result<std::vector<db::UserRecord>> list(const db::Actor& admin);
    Result<Ok> disable(const db::Actor& admin, const std::string& login, const std::string& reason);
    Result<Ok> enable(const db::Actor& admin, const std::string& login, const std::string& reason);
    Result<Ok> unlock(const db::Actor& admin, const std::string& login, const std::string& reason);
    Result<Ok> setPassword(const db::Actor& admin, const std::string& login, const std::string& password,
                           const std::string& reason);

private:
    Result<Ok> requireRealStation(const std::string& login);
    StationContext& m_ctx;
};

// Logs a person in to act at the station (prepctl --as, the GUI, the web service): the station's authentication and
// lockout, then refused while their password is one an administrator gave (changed first with changeOwnPassword).
Result<db::Actor> logIn(StationContext& ctx, const std::string& login, const std::string& password);
// The second half of logIn for a face that authenticated in parts (db::UserDirectory::beginAuthentication): the
// authentication's outcome, then the password an administrator gave refused.
Result<db::Actor> admitted(StationContext& ctx, const std::string& login, const db::Result<db::Actor>& actor);
Result<Ok> changeOwnPassword(StationContext& ctx, const std::string& login, const std::string& currentPassword,
                             const std::string& newPassword);

// True for the published demo logins ("tech.demo", ...).
bool isDemoLogin(const std::string& login);
// The demo runs only on a database that holds no one but demo accounts; the error names a real user found.
Result<Ok> requireDemoDatabase(StationContext& ctx);

} // namespace prep::station
