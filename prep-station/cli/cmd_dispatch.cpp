// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl ship / handover / logger import|read / administer: from the PUI to the patient's home, one command per
// step, each the DispatchDesk's (the same rules as the GUI and, later, the web service).
#include "prep-station/cli/station_access.h"
#include "prep-station/coldchain/logger_file.h"
#include "prep-station/config/station_devices.h"
#include "prep-station/identity/gs1_keys.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/cooler_label.h"
#include "prep-station/workflow/dispatch_desk.h"
#include "prep-station/workflow/file_output.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace prep::cli {
namespace {

int ship(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"preps", "logger", "window", "label", "print"}));
        !unknown.empty())
        return fail(args, "ship: unknown option --" + unknown.front(), 2);
    auto preps = args.option("preps");
    auto logger = args.option("logger");
    if (!preps || !logger)
        return fail(args,
                    "usage: prepctl ship --preps P1,P2 --logger SERIAL [--window FROM/TO] --as LOGIN "
                    "[--label FILE.{pdf,png,zpl}] [--print]",
                    2);
    // The delivery window agreed with the patient: two ISO 8601 times, Europe/Paris when they carry no offset.
    std::optional<station::DeliveryWindow> window;
    if (auto text = args.option("window")) {
        const auto slash = text->find('/');
        auto from = station::parseIso8601(text->substr(0, slash));
        auto to = slash == std::string::npos ? from : station::parseIso8601(text->substr(slash + 1));
        if (slash == std::string::npos || !from || !to)
            return fail(
                args, "ship: --window must be FROM/TO, e.g. 2026-12-06T14:00/2026-12-06T16:00, not '" + *text + "'", 2);
        window = station::DeliveryWindow{*from, *to};
    }
    // --print sends the cooler label to the station's printer (station.json), as `prep label` does the syringe's.
    std::unique_ptr<labels::LabelPrinter> printer;
    std::filesystem::path printFolder;
    if (args.flag("print")) {
        auto config = loadStationConfig(args);
        if (!config)
            return refuse(args, "ship", config.error());
        auto opened = station::openConfiguredPrinter(config->printer);
        if (!opened)
            return refuse(args, "ship", opened.error());
        printer = std::move(*opened);
        printFolder = config->evidenceDir / "labels";
    }
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "ship: " + ctx.error().message);
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "ship", who.error());
    std::vector<std::int64_t> ids;
    std::istringstream in(*preps);
    for (std::string item; std::getline(in, item, ',');) {
        auto prep = findPreparation(**ctx, item);
        if (!prep)
            return refuse(args, "ship", prep.error());
        ids.push_back(prep->id);
    }
    auto shipment = station::DispatchDesk(**ctx).pack(who->actor, ids, *logger, window);
    if (!shipment)
        return refuse(args, "ship", shipment.error());
    nlohmann::json j{{"shipment", shipment->number}, {"logger", shipment->loggerId}, {"status", shipment->status}};
    std::string text = "shipment " + shipment->number + " packed with logger " + shipment->loggerId + "\n";
    // The cooler's label (the SSCC the courier scans); the shipment is packed whatever becomes of the label.
    station::CoolerLabelDesk coolerLabels(**ctx);
    if (auto path = args.option("label")) {
        auto written = coolerLabels.render(who->actor, shipment->number, *path);
        if (!written)
            return refuse(args, "ship (" + shipment->number + " is packed; its cooler label)", written.error());
        j["cooler_label"] = written->string();
        text += "cooler label " + written->string() + "\n";
    }
    if (printer) {
        auto printed = coolerLabels.print(who->actor, shipment->number, printFolder, *printer);
        if (!printed)
            return refuse(args, "ship (" + shipment->number + " is packed; its cooler label)", printed.error());
        j["cooler_label_job"] = printed->job;
        text += "cooler label printed (" + printed->job + ")\n";
    }
    if (auto sscc = station::shipmentSscc((*ctx)->site().companyPrefix, shipment->number))
        j["sscc"] = *sscc;
    report(args, j, text);
    return 0;
}

int handover(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"kind", "place"})); !unknown.empty())
        return fail(args, "handover: unknown option --" + unknown.front(), 2);
    const std::string kind = args.option("kind").value_or("");
    if (args.positional().size() != 1 || (kind != "pickup" && kind != "delivery"))
        return fail(args, "usage: prepctl handover SHIPMENT --kind pickup|delivery [--place TEXT] --as COURIER", 2);
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "handover: " + ctx.error().message);
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "handover", who.error());
    station::DispatchDesk desk(**ctx);
    const std::string& scan = args.positional()[0];
    const std::string place = args.option("place").value_or(kind == "pickup" ? "PUI" : "patient's home");
    auto done = kind == "pickup" ? desk.pickUp(scan, who->actor.username, who->password, place)
                                 : desk.deliver(scan, who->actor.username, who->password, place);
    if (!done)
        return refuse(args, "handover", done.error());
    report(args, {{"shipment", scan}, {"kind", kind}, {"place", place}, {"at", station::formatParisIso(done->at)}},
           "shipment " + scan + ": " + kind + " by " + who->actor.username + " at " + place + "\n");
    return 0;
}

// What a logger file was understood to say (DESIGN.md: prepctl logger read). Minutes the device did not count
// (a summary logger whose alarm was set at another limit) are null, never a guessed number.
nlohmann::json describe(const station::LoggerFile& file, const std::string& path)
{
    const station::LoggerFigures f = station::loggerFigures(file);
    auto minutesOrNull = [](const std::optional<std::chrono::minutes>& m) {
        return m ? nlohmann::json(m->count()) : nlohmann::json(nullptr);
    };
    nlohmann::json j{{"file", path},
                     {"format", station::loggerFormatName(file.format)},
                     {"serial", file.serial},
                     {"history", std::holds_alternative<station::TemperatureLog>(file.history) ? "readings" : "days"},
                     {"readings", f.readings},
                     {"first", f.readings ? station::formatUtcIso(f.first) : ""},
                     {"last", f.readings ? station::formatUtcIso(f.last) : ""},
                     {"min_c", std::round(f.minC * 100) / 100},
                     {"max_c", std::round(f.maxC * 100) / 100},
                     {"minutes_above_8c", minutesOrNull(f.minutesAbove8C)},
                     {"minutes_below_2c", minutesOrNull(f.minutesBelow2C)}};
    // A summary logger's own alarm counts, as it printed them, so they can be checked against its PDF.
    const auto* summary = std::get_if<station::DailySummaryLog>(&file.history);
    if (!summary && file.deviceSummary)
        summary = &*file.deviceSummary;
    if (summary && summary->lowAlarm && summary->highAlarm) {
        long low = 0, high = 0;
        for (const auto& day : summary->days) {
            low += day.minutesBelowLowAlarm.count();
            high += day.minutesAboveHighAlarm.count();
        }
        j["device_alarms"] = {{"low_c", summary->lowAlarm->celsius},
                              {"minutes_below_low", low},
                              {"high_c", summary->highAlarm->celsius},
                              {"minutes_above_high", high},
                              {"days", summary->days.size()}};
    }
    return j;
}

std::string minutesText(const nlohmann::json& value)
{
    return value.is_null() ? std::string("unknown") : std::to_string(value.get<long>());
}

int logger(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"shipment"})); !unknown.empty())
        return fail(args, "logger: unknown option --" + unknown.front(), 2);
    const auto& words = args.positional();
    if (words.size() != 2 || (words[0] != "import" && words[0] != "read"))
        return fail(args, "usage: prepctl logger read FILE | logger import FILE --shipment S --as LOGIN", 2);
    if (words[0] == "read") {
        auto content = station::readWholeFile(words[1]);
        if (!content)
            return fail(args, "logger read: " + content.error().message);
        auto file = station::parseLoggerFile(*content);
        if (!file)
            return fail(args, "logger read: " + words[1] + ": " + file.error().message);
        const auto j = describe(*file, words[1]);
        char range[96];
        std::snprintf(range, sizeof range, "%.1f to %.1f °C", j["min_c"].get<double>(), j["max_c"].get<double>());
        std::string text = words[1] + ": " + j["format"].get<std::string>() + ", logger " + file->serial + ", " +
                           std::to_string(j["readings"].get<size_t>()) + " " + j["history"].get<std::string>() +
                           " from " + j["first"].get<std::string>() + " to " + j["last"].get<std::string>() + ", " +
                           range + ", " + minutesText(j["minutes_above_8c"]) + " min above 8 °C, " +
                           minutesText(j["minutes_below_2c"]) + " min below 2 °C\n";
        if (j.contains("device_alarms")) {
            const auto& a = j["device_alarms"];
            char device[160];
            std::snprintf(device, sizeof device,
                          "  the device counted %ld min below %.1f °C and %ld min above %.1f °C over %zu days\n",
                          a["minutes_below_low"].get<long>(), a["low_c"].get<double>(),
                          a["minutes_above_high"].get<long>(), a["high_c"].get<double>(), a["days"].get<size_t>());
            text += device;
        }
        report(args, j, text);
        return 0;
    }
    auto shipment = args.option("shipment");
    if (!shipment)
        return fail(args, "logger import: --shipment S is required", 2);
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "logger import: " + ctx.error().message);
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "logger import", who.error());
    auto imported = station::DispatchDesk(**ctx).importLogger(who->actor, *shipment, words[1]);
    if (!imported)
        return refuse(args, "logger import", imported.error());
    nlohmann::json j{{"shipment", *shipment},
                     {"format", imported->record.format},
                     {"readings", imported->record.readingCount},
                     {"verdict", imported->record.verdict},
                     {"reason", imported->record.reason},
                     {"mkt_c", imported->record.mktC},
                     {"preparations", nlohmann::json::array()}};
    std::string text = "shipment " + *shipment + ": " + std::to_string(imported->record.readingCount) + " readings, " +
                       imported->record.verdict + "\n";
    for (const auto& [number, verdict] : imported->verdicts) {
        j["preparations"].push_back(
            {{"preparation", number}, {"administrable", verdict.administrable}, {"reason", verdict.reason}});
        text += "  " + number + ": " +
                (verdict.administrable ? "may be given" : "DO NOT ADMINISTER: " + verdict.reason) + "\n";
    }
    report(args, j, text);
    return 0;
}

int administer(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"patient", "place"})); !unknown.empty())
        return fail(args, "administer: unknown option --" + unknown.front(), 2);
    auto patient = args.option("patient");
    if (args.positional().size() != 1 || !patient)
        return fail(args, "usage: prepctl administer PREP --patient IPP [--place TEXT] --as NURSE", 2);
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "administer: " + ctx.error().message);
    auto who = actingUser(args, **ctx);
    if (!who)
        return refuse(args, "administer", who.error());
    const std::string place = args.option("place").value_or("patient's home");
    auto given = station::DispatchDesk(**ctx).administer(args.positional()[0], *patient, who->actor.username,
                                                         who->password, place);
    if (!given)
        return refuse(args, "administer", given.error());
    report(args, {{"preparation", args.positional()[0]}, {"administered", true}, {"by", who->actor.username}},
           args.positional()[0] + ": administration confirmed by " + who->actor.username + "\n");
    return 0;
}

} // namespace

PREPCTL_COMMAND(
    "ship",
    "pack released doses in a cooler with a temperature logger (--preps P1,P2 --logger S [--label F] [--print])", ship);
PREPCTL_COMMAND("handover", "the courier's pickup or delivery scan of a shipment (--kind pickup|delivery)", handover);
PREPCTL_COMMAND("logger", "temperature-logger files: logger read FILE, logger import FILE --shipment S", logger);
PREPCTL_COMMAND("administer", "the nurse's check and confirmation of a dose (--patient IPP)", administer);

} // namespace prep::cli
