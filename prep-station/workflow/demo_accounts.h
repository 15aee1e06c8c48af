// SPDX-License-Identifier: GPL-3.0-or-later
// The demo site's people: one personal account per role (no shared accounts, in the demo either). Names are
// fictitious and the passwords are published demo passwords: never use them on a real station.
#pragma once

#include "prep-station/workflow/station_context.h"

#include <string>
#include <vector>

namespace prep::station {

struct DemoAccount
{
    std::string username;
    std::string fullName;
    db::Role role;
    std::string password;
};

const std::vector<DemoAccount>& demoAccounts();
const DemoAccount& demoAccount(db::Role role, int index = 0);

// Creates the demo accounts that do not exist yet (the first one, the admin, bootstraps an empty database).
Result<Ok> ensureDemoAccounts(StationContext& ctx);

} // namespace prep::station
