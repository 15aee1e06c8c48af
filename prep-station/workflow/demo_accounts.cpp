// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/demo_accounts.h"

#include "prep-station/workflow/user_desk.h"

namespace prep::station {

const std::vector<DemoAccount>& demoAccounts()
{
    static const std::vector<DemoAccount> accounts{
        {"admin.demo", "Administrateur Démo (fictif)", db::Role::Admin, "demo-admin-2026"},
        {"tech.demo", "Camille Préparateur (fictif)", db::Role::Technician, "demo-tech-2026"},
        {"pharm.demo", "Dr Alice Validante (fictive)", db::Role::Pharmacist, "demo-pharm-2026"},
        {"pharm2.demo", "Dr Bruno Libérateur (fictif)", db::Role::Pharmacist, "demo-pharm2-2026"},
        {"courier.demo", "Chris Coursier (fictif)", db::Role::Courier, "demo-courier-2026"},
        {"nurse.demo", "Dominique Infirmière HAD (fictive)", db::Role::Nurse, "demo-nurse-2026"},
        {"auditor.demo", "Eve Qualité (fictive)", db::Role::Auditor, "demo-auditor-2026"},
    };
    return accounts;
}

const DemoAccount& demoAccount(db::Role role, int index)
{
    for (const auto& a : demoAccounts())
        if (a.role == role && index-- == 0)
            return a;
    return demoAccounts().front();
}

Result<Ok> ensureDemoAccounts(StationContext& ctx)
{
    if (auto demo = requireDemoDatabase(ctx); !demo)
        return demo.error();
    const auto& admin = demoAccounts().front();
    if (ctx.users().empty()) {
        auto boot = ctx.users().bootstrapAdmin(admin.username, admin.fullName, admin.password, ctx.now());
        if (!boot)
            return fromDb(boot.error());
    }
    auto adminActor = ctx.users().authenticate(admin.username, admin.password, ctx.now());
    if (!adminActor)
        return makeError(Error::Kind::Denied, "demo admin cannot log in (" + adminActor.error().message +
                                                  "): this database was not made by the demo");
    for (const auto& a : demoAccounts()) {
        if (ctx.users().find(a.username))
            continue;
        // Published demo passwords are not temporary: the demo runs unattended.
        auto created =
            ctx.users().createUser(*adminActor, ctx.now(), a.username, a.fullName, a.role, a.password, false);
        if (!created)
            return fromDb(created.error());
    }
    return Ok{};
}

} // namespace prep::station
