// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl decide PREP --accept|--reject --reason TEXT / release PREP: the pharmacist's decision on an
// out-of-tolerance dose, and pharmaceutical release (review blockers first); both signed, re-authenticated.
#include "prep-station/cli/station_access.h"
#include "prep-station/workflow/deviation_desk.h"
#include "prep-station/workflow/release_desk.h"

namespace prep::cli {
namespace {

int decide(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"accept", "reject", "reason"})); !unknown.empty())
        return fail(args, "decide: unknown option --" + unknown.front(), 2);
    const bool accept = args.flag("accept"), reject = args.flag("reject");
    if (args.positional().size() != 1 || accept == reject)
        return fail(args, "usage: prepctl decide PREP --accept|--reject --reason TEXT --as PHARMACIST", 2);
    auto reason = args.option("reason");
    if (!reason)
        return fail(args, "decide: --reason TEXT is required (it is recorded with the decision)", 2);
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "decide: " + ctx.error().message);
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "decide", who.error());
    auto prep = findPreparation(**ctx, args.positional()[0]);
    if (!prep)
        return refuse(args, "decide", prep.error());
    using Decision = db::DeviationDecisionRecord::Decision;
    auto decided = station::DeviationDesk(**ctx).decide(prep->id, who->actor.username, who->password,
                                                        accept ? Decision::Accepted : Decision::Rejected, *reason);
    if (!decided)
        return refuse(args, "decide", decided.error());
    const std::string what = accept ? "accepted" : "rejected";
    report(args,
           {{"preparation", prep->number},
            {"decision", what},
            {"deviation_pct", decided->deviationPercent},
            {"reason", decided->reason},
            {"by", who->actor.username}},
           prep->number + ": deviation " + what + " by " + who->actor.username +
               (accept ? "; the technician goes on to the label\n" : "; the technician redoes the syringe\n"));
    return 0;
}

int release(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({})); !unknown.empty())
        return fail(args, "release: unknown option --" + unknown.front(), 2);
    if (args.positional().size() != 1)
        return fail(args, "usage: prepctl release PREP --as PHARMACIST", 2);
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "release: " + ctx.error().message);
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "release", who.error());
    auto prep = findPreparation(**ctx, args.positional()[0]);
    if (!prep)
        return refuse(args, "release", prep.error());
    station::ReleaseDesk desk(**ctx);
    auto released = desk.release(prep->id, who->actor.username, who->password);
    if (!released)
        return refuse(args, "release", released.error());
    report(args, {{"preparation", released->number}, {"status", released->status}, {"by", who->actor.username}},
           released->number + ": released by " + who->actor.username + "\n");
    return 0;
}

} // namespace

PREPCTL_COMMAND("decide", "the pharmacist's decision on an out-of-tolerance dose (--accept|--reject --reason)", decide);
PREPCTL_COMMAND("release", "pharmaceutical release of a prepared dose by another pharmacist", release);

} // namespace prep::cli
