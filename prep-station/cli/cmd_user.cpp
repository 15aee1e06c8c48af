// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl user bootstrap|add|list|disable|enable|unlock|password: the station's named users (admin only, except the
// first admin). Passwords come from PREP_PASSWORD (the acting admin) and PREP_NEW_PASSWORD (the account's), or
// no-echo prompts; never from the command line.
#include "prep-station/cli/station_access.h"
#include "prep-station/workflow/user_desk.h"

namespace prep::cli {
namespace {

const char* kUsage = "usage: prepctl user bootstrap --login L --name \"Full Name\"\n"
                     "       prepctl user add --login L --name \"Full Name\" --role ROLE --as ADMIN\n"
                     "       prepctl user list --as ADMIN\n"
                     "       prepctl user disable|enable|unlock|password LOGIN [--reason TEXT] --as ADMIN\n"
                     "       prepctl user password LOGIN --as LOGIN   (one's own: PREP_PASSWORD current, "
                     "PREP_NEW_PASSWORD new)\n"
                     "roles: technician, pharmacist, courier, nurse, auditor, admin";

nlohmann::json toJson(const db::UserRecord& u)
{
    return {{"login", u.username}, {"name", u.fullName}, {"role", std::string(db::roleName(u.role))},
            {"active", u.active},  {"locked", u.locked}, {"failed_attempts", u.failedAttempts}};
}

int bootstrap(Args& args, station::StationContext& ctx)
{
    auto login = args.option("login");
    auto name = args.option("name");
    if (!login || !name)
        return fail(args, "user bootstrap: --login and --name are required", 2);
    auto password = readPassword("PREP_NEW_PASSWORD", "password for " + *login + ": ", true);
    if (!password)
        return fail(args, "user bootstrap: " + password.error().message);
    auto admin = station::UserDesk(ctx).bootstrap(*login, *name, *password);
    if (!admin)
        return refuse(args, "user bootstrap", admin.error());
    report(args, {{"login", admin->username}, {"role", "admin"}, {"id", admin->userId}},
           "first admin " + admin->username + " created\n");
    return 0;
}

int run(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"login", "name", "role", "reason"})); !unknown.empty())
        return fail(args, "user: unknown option --" + unknown.front() + "\n" + kUsage, 2);
    const auto& words = args.positional();
    if (words.empty())
        return fail(args, kUsage, 2);
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "user: " + ctx.error().message);
    const std::string sub = words[0];
    if (sub == "bootstrap")
        return bootstrap(args, **ctx);
    station::UserDesk desk(**ctx);
    // A user changes their own password (a temporary one first of all) with the current one, before acting.
    if (sub == "password" && words.size() == 2 && args.option("as") == words[1]) {
        auto current = readPassword("PREP_PASSWORD", "current password for " + words[1] + ": ");
        if (!current)
            return fail(args, "user password: " + current.error().message);
        auto chosen = readPassword("PREP_NEW_PASSWORD", "new password for " + words[1] + ": ", true);
        if (!chosen)
            return fail(args, "user password: " + chosen.error().message);
        if (auto changed = station::changeOwnPassword(**ctx, words[1], *current, *chosen); !changed)
            return refuse(args, "user password", changed.error());
        report(args, {{"login", words[1]}, {"action", "password"}}, "password of " + words[1] + " changed\n");
        return 0;
    }
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "user " + sub, who.error());
    if (sub == "add") {
        auto login = args.option("login");
        auto name = args.option("name");
        auto roleName = args.option("role");
        if (!login || !name || !roleName)
            return fail(args, "user add: --login, --name and --role are required", 2);
        auto role = db::roleFromName(*roleName);
        if (!role)
            return fail(args, "user add: unknown role '" + *roleName + "'\n" + kUsage, 2);
        auto password = readPassword("PREP_NEW_PASSWORD", "first password for " + *login + ": ", true);
        if (!password)
            return fail(args, "user add: " + password.error().message);
        auto user = desk.add(who->actor, *login, *name, *role, *password);
        if (!user)
            return refuse(args, "user add", user.error());
        report(args, {{"login", user->username}, {"role", *roleName}, {"id", user->userId}},
               "user " + user->username + " (" + *roleName + ") created\n");
        return 0;
    }
    if (sub == "list") {
        auto users = desk.list(who->actor);
        if (!users)
            return refuse(args, "user list", users.error());
        nlohmann::json j = nlohmann::json::array();
        std::string text;
        for (const auto& u : *users) {
            j.push_back(toJson(u));
            text += u.username + "\t" + std::string(db::roleName(u.role)) + "\t" + u.fullName +
                    (u.active ? "" : "\tdisabled") + (u.locked ? "\tlocked" : "") + "\n";
        }
        report(args, j, text);
        return 0;
    }
    if (words.size() != 2)
        return fail(args, "user " + sub + ": name one LOGIN\n" + kUsage, 2);
    const std::string& login = words[1];
    const std::string reason = args.option("reason").value_or("administrator action: user " + sub);
    station::Result<station::Ok> done = station::Ok{};
    if (sub == "disable")
        done = desk.disable(who->actor, login, reason);
    else if (sub == "enable")
        done = desk.enable(who->actor, login, reason);
    else if (sub == "unlock")
        done = desk.unlock(who->actor, login, reason);
    else if (sub == "password") {
        auto password = readPassword("PREP_NEW_PASSWORD", "new password for " + login + ": ", true);
        if (!password)
            return fail(args, "user password: " + password.error().message);
        done = desk.setPassword(who->actor, login, *password, reason);
    } else
        return fail(args, "user: unknown subcommand " + sub + "\n" + kUsage, 2);
    if (!done)
        return refuse(args, "user " + sub, done.error());
    report(args, {{"login", login}, {"action", sub}}, "user " + login + ": " + sub + " done\n");
    return 0;
}

} // namespace

PREPCTL_COMMAND("user", "user administration: bootstrap, add, list, disable, enable, unlock, password", run);

} // namespace prep::cli
