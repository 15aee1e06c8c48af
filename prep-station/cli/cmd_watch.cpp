// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl watch / return / care: the PUI's view of what left it (the DispatchWatch: shipments on their way, alarms
// closed only by a pharmacist), the return path (ReturnDesk), and the HAD nurses' care lists (CareListDesk).
#include "prep-station/cli/station_access.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/care_list_desk.h"
#include "prep-station/workflow/dispatch_watch.h"
#include "prep-station/workflow/return_desk.h"

#include "db/return_path_repository.h"

namespace prep::cli {
namespace {

std::string_view stageName(station::JourneyStage stage)
{
    switch (stage) {
    case station::JourneyStage::Packed:
        return "packed";
    case station::JourneyStage::PickedUp:
        return "picked_up";
    case station::JourneyStage::Delivered:
        return "delivered";
    case station::JourneyStage::ProblemDeclared:
        return "problem_declared";
    case station::JourneyStage::ReturnedToPui:
        return "returned";
    }
    return "packed";
}

nlohmann::json timeOrNull(const std::optional<station::UtcTime>& t)
{
    return t ? nlohmann::json(station::formatParisIso(*t)) : nlohmann::json(nullptr);
}

int watch(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"all"})); !unknown.empty())
        return fail(args, "watch: unknown option --" + unknown.front(), 2);
    const bool all = args.flag("all");
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "watch: " + ctx.error().message);
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "watch", who.error());
    auto watched = station::DispatchWatch(**ctx).look(who->actor, (*ctx)->now());
    if (!watched)
        return refuse(args, "watch", watched.error());
    nlohmann::json j{{"at", station::formatParisIso(watched->at)},
                     {"open_alarms", watched->openAlarms()},
                     {"shipments", nlohmann::json::array()},
                     {"alarms", nlohmann::json::array()}};
    std::string text;
    for (const auto& w : watched->shipments) {
        j["shipments"].push_back({{"shipment", w.shipment.number},
                                  {"logger", w.shipment.loggerId},
                                  {"stage", stageName(w.stage)},
                                  {"doses", w.doses},
                                  {"doses_settled", w.dosesSettled},
                                  {"packed_at", station::formatParisIso(w.shipment.createdAt)},
                                  {"picked_up_at", timeOrNull(w.pickedUpAt)},
                                  {"delivered_at", timeOrNull(w.deliveredAt)},
                                  {"problem_at", timeOrNull(w.problemAt)},
                                  {"returned_at", timeOrNull(w.returnedAt)},
                                  {"logger_imported_at", timeOrNull(w.loggerImportedAt)},
                                  {"open_alarms", w.openAlarms}});
        text += w.shipment.number + "  " + std::string(stageName(w.stage)) + "  " + std::to_string(w.doses) +
                " dose(s), " + std::to_string(w.openAlarms) + " open alarm(s)\n";
    }
    for (const auto& a : watched->alarms) {
        if (!a.open() && !all)
            continue;
        nlohmann::json alarm{{"key", a.key},
                             {"kind", station::dispatchAlarmName(a.kind)},
                             {"shipment", a.shipment},
                             {"since", station::formatParisIso(a.since)},
                             {"what", station::englishText(a.what)},
                             {"open", a.open()},
                             {"closed_by_decision_only", a.closedByDecisionOnly}};
        if (!a.preparation.empty())
            alarm["preparation"] = a.preparation;
        if (a.resolution)
            alarm["resolution"] = {{"reason", a.resolution->reason},
                                   {"at", station::formatParisIso(a.resolution->at)},
                                   {"user_id", a.resolution->userId}};
        j["alarms"].push_back(alarm);
        text += std::string(a.open() ? "OPEN   " : "closed ") + a.key + "  " + station::englishText(a.what) + "\n";
    }
    if (text.empty())
        text = "nothing on its way, no alarm\n";
    report(args, j, text);
    return 0;
}

int resolve(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"reason"})); !unknown.empty())
        return fail(args, "resolve: unknown option --" + unknown.front(), 2);
    auto reason = args.option("reason");
    if (args.positional().size() != 1 || !reason)
        return fail(args, "usage: prepctl resolve ALARM-KEY --reason TEXT --as PHARMACIST", 2);
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "resolve: " + ctx.error().message);
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "resolve", who.error());
    auto done = station::DispatchWatch(**ctx).resolve(who->actor, who->password, args.positional()[0], *reason);
    if (!done)
        return refuse(args, "resolve", done.error());
    report(args, {{"alarm", done->alarmKey}, {"reason", done->reason}, {"at", station::formatParisIso(done->at)}},
           "alarm " + done->alarmKey + " closed by " + who->actor.username + ": " + done->reason + "\n");
    return 0;
}

int returned(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"note", "decision", "reason"})); !unknown.empty())
        return fail(args, "return: unknown option --" + unknown.front(), 2);
    const auto& words = args.positional();
    const bool receive = words.size() == 2 && words[0] == "receive";
    const bool decide = words.size() == 2 && words[0] == "decide";
    const std::string decisionText = args.option("decision").value_or("");
    const auto decision = db::returnedDoseDecisionFromText(decisionText);
    if (!receive && !(decide && decision && args.option("reason")))
        return fail(args,
                    "usage: prepctl return receive SHIPMENT [--note TEXT] --as LOGIN | prepctl return decide PREP "
                    "--decision destroy|redispatch --reason TEXT --as PHARMACIST",
                    2);
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "return: " + ctx.error().message);
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "return", who.error());
    station::ReturnDesk desk(**ctx);
    if (receive) {
        auto done = desk.receive(who->actor, words[1], args.option("note").value_or(""));
        if (!done)
            return refuse(args, "return", done.error());
        report(args, {{"shipment", words[1]}, {"returned_at", station::formatParisIso(done->at)}},
               "shipment " + words[1] + " received back at the PUI by " + who->actor.username + "\n");
        return 0;
    }
    auto done = desk.decide(who->actor, who->password, words[1], *decision, *args.option("reason"));
    if (!done)
        return refuse(args, "return", done.error());
    report(args, {{"preparation", words[1]}, {"decision", decisionText}, {"at", station::formatParisIso(done->at)}},
           "preparation " + words[1] + ": " + decisionText + " (" + done->reason + ")\n");
    return 0;
}

int care(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"nurse", "patient"})); !unknown.empty())
        return fail(args, "care: unknown option --" + unknown.front(), 2);
    const auto& words = args.positional();
    const std::string verb = words.size() == 1 ? words[0] : "";
    auto nurse = args.option("nurse");
    auto patient = args.option("patient");
    if (!nurse || (verb != "list" && ((verb != "assign" && verb != "end") || !patient)))
        return fail(args,
                    "usage: prepctl care assign|end --nurse LOGIN --patient IPP --as LOGIN | prepctl care list "
                    "--nurse LOGIN --as LOGIN",
                    2);
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "care: " + ctx.error().message);
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "care", who.error());
    station::CareListDesk desk(**ctx);
    if (verb == "list") {
        auto patients = desk.patientsOf(who->actor, *nurse);
        if (!patients)
            return refuse(args, "care", patients.error());
        nlohmann::json j{{"nurse", *nurse}, {"patients", nlohmann::json::array()}};
        std::string text;
        for (const auto& p : *patients) {
            j["patients"].push_back(p.ipp);
            text += p.ipp + "\n";
        }
        report(args, j, text.empty() ? "no patient in the care of " + *nurse + "\n" : text);
        return 0;
    }
    auto done = verb == "assign" ? desk.assign(who->actor, *nurse, *patient) : desk.end(who->actor, *nurse, *patient);
    if (!done)
        return refuse(args, "care", done.error());
    report(args, {{"nurse", *nurse}, {"patient", *patient}, {"change", verb == "assign" ? "assigned" : "ended"}},
           "patient " + *patient + (verb == "assign" ? " now in the care of " : " no longer in the care of ") + *nurse +
               "\n");
    return 0;
}

} // namespace

PREPCTL_COMMAND("watch", "the PUI's dispatch watch: shipments on their way and open alarms (--all: closed too)", watch);
PREPCTL_COMMAND("resolve", "a pharmacist closes a dispatch alarm with a reason (ALARM-KEY --reason TEXT)", resolve);
PREPCTL_COMMAND("return", "a shipment back at the PUI (receive SHIPMENT) and the decision on a dose (decide PREP)",
                returned);
PREPCTL_COMMAND("care", "HAD nurses' care lists: care assign|end --nurse LOGIN --patient IPP, care list", care);

} // namespace prep::cli
