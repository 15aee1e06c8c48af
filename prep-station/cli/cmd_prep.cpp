// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl prep start|daily-check|scan|weigh|label|readback|sign|status: a technician's preparation at the isolator,
// one step per command, on the devices station.json names. Each step is the workflow's (IsolatorSession,
// LabelDesk): the same rules and records as at the GUI.
#include "devices/barcode/contained_barcode_reader.h"
#include "prep-station/cli/station_access.h"
#include "prep-station/config/station_devices.h"
#include "prep-station/stability/expiry.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/isolator_session.h"
#include "prep-station/workflow/label_desk.h"
#include "prep-station/workflow/order_desk.h"
#include "prep-station/workflow/preparation_progress.h"
#include "prep-station/workflow/recorded_expiry.h"

#include <cstdio>
#include <filesystem>

namespace prep::cli {
namespace {

const char* kUsage =
    "usage: prepctl prep start ORDER --as TECH\n"
    "       prepctl prep daily-check --as TECH\n"
    "       prepctl prep scan PREP [--image FILE | --code TEXT] --as TECH\n"
    "       prepctl prep weigh PREP --step tare|diluent_before|diluent_after|vial_before|filled|vial_after --as TECH\n"
    "       prepctl prep label PREP [--template ID] [--storage BAND] [--diluent-temp 2-8C|room] --as TECH\n"
    "       prepctl prep readback PREP [--image FILE] --as TECH\n"
    "       prepctl prep sign PREP --as TECH\n"
    "       prepctl prep status PREP\n"
    "PREP is a preparation number (P-...) or id; devices come from station.json (--config FILE)";

// A device this step does not use: starting or signing a preparation must not depend on the scale being on.
class AbsentScale : public devices::Scale
{
public:
    devices::Result<devices::WeightReading> readNow() override { return absent(); }
    devices::Result<devices::WeightReading> readStable(std::chrono::milliseconds) override { return absent(); }
    devices::Result<devices::Ok> tare() override { return absent(); }
    devices::Result<devices::Ok> zero() override { return absent(); }
    std::string uri() const override { return "none"; }
    std::string serialNumber() const override { return ""; }

private:
    static devices::DeviceError absent()
    {
        return devices::makeDeviceError(devices::DeviceError::Kind::Config, "no scale opened for this step");
    }
};

class AbsentCamera : public devices::Camera
{
public:
    devices::Result<cv::Mat> grabFrame() override
    {
        return devices::makeDeviceError(devices::DeviceError::Kind::Config, "no camera opened for this step");
    }
    std::string uri() const override { return "none"; }
};

std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string decisionName(station::WeighingDecision d)
{
    switch (d) {
    case station::WeighingDecision::Accept:
        return "accepted";
    case station::WeighingDecision::AwaitPharmacist:
        return "awaiting_pharmacist";
    case station::WeighingDecision::RejectRedo:
        break;
    }
    return "rejected";
}

// The station, its configuration, the acting technician and the devices one step needs.
struct Bench
{
    std::unique_ptr<station::StationContext> ctx;
    station::StationConfig config;
    ActingUser who;
    std::unique_ptr<devices::Scale> scale = std::make_unique<AbsentScale>();
    std::unique_ptr<devices::Camera> camera = std::make_unique<AbsentCamera>();
    // Held by pointer: a Bench is moved, its decoder process is not.
    std::unique_ptr<devices::ContainedBarcodeReader> reader = std::make_unique<devices::ContainedBarcodeReader>();

    station::IsolatorSession session()
    {
        station::IsolatorSession s(*ctx, who.actor, station::IsolatorDevices{*scale, *camera, *reader},
                                   config.evidenceDir);
        s.stableTimeout = std::chrono::seconds(config.scale.stableTimeoutS);
        // A simulated scale (sim://) is allowed only because the configuration says so, and its source says sim://.
        s.rules.allowSimulatedScale = config.simulatedScale();
        return s;
    }
};

enum Needs { kNoDevice = 0, kScale = 1, kCamera = 2 };

station::Result<Bench> openBench(Args& args, int needs)
{
    auto config = loadStationConfig(args);
    if (!config)
        return config.error();
    auto ctx = openStation(args);
    if (!ctx)
        return ctx.error();
    auto who = actingUser(args, **ctx);
    if (!who)
        return who.error();
    Bench bench;
    bench.ctx = std::move(*ctx);
    bench.config = std::move(*config);
    bench.who = std::move(*who);
    if (needs & kScale) {
        auto scale = station::openConfiguredScale(bench.config.scale);
        if (!scale)
            return scale.error();
        bench.scale = std::move(*scale);
    }
    if (needs & kCamera) {
        auto image = args.option("image");
        auto camera = image ? [&]() -> station::Result<std::unique_ptr<devices::Camera>> {
            auto c = devices::openCamera("image://" + std::filesystem::absolute(*image).string());
            if (!c)
                return station::makeError(station::Error::Kind::Device, c.error().message);
            return std::move(*c);
        }()
            : station::openConfiguredCamera(bench.config);
        if (!camera)
            return camera.error();
        bench.camera = std::move(*camera);
    }
    return bench;
}

station::Result<db::PreparationRecord> preparationArg(Args& args, station::StationContext& ctx)
{
    if (args.positional().size() != 2)
        return station::makeError(station::Error::Kind::Invalid, "name one preparation (PREP)");
    return findPreparation(ctx, args.positional()[1]);
}

int start(Args& args)
{
    if (args.positional().size() != 2)
        return fail(args, "prep start: name one ORDER\n" + std::string(kUsage), 2);
    const auto order = parseNumber(args.positional()[1]);
    if (!order || *order < 1 || *order != static_cast<double>(static_cast<std::int64_t>(*order)))
        return fail(args, "prep start: '" + args.positional()[1] + "' is not an order number", 2);
    const auto orderId = static_cast<std::int64_t>(*order);
    auto bench = openBench(args, kNoDevice);
    if (!bench)
        return refuse(args, "prep start", bench.error());
    auto planned = station::OrderDesk(*bench->ctx).plan(bench->who.actor, orderId);
    if (!planned)
        return refuse(args, "prep start", planned.error());
    const db::PreparationRecord* next = nullptr;
    for (const auto& p : *planned)
        if (!next && p.status == db::PreparationStatus::Planned)
            next = &p;
    if (!next)
        return fail(args, "prep start: every preparation of order " + std::to_string(orderId) + " is already started",
                    3);
    auto started = bench->session().start(next->id);
    if (!started)
        return refuse(args, "prep start", started.error());
    nlohmann::json j{{"preparation", started->number}, {"id", started->id}, {"preparations", nlohmann::json::array()}};
    for (const auto& p : *planned)
        j["preparations"].push_back(p.number);
    report(args, j,
           "preparation " + started->number + " started (" + std::to_string(started->syringeIndex) + "/" +
               std::to_string(started->syringeCount) + ", " + fixed(started->targetDoseMg, 2) + " mg " + started->drug +
               ")\n");
    return 0;
}

int dailyCheck(Args& args)
{
    auto bench = openBench(args, kScale);
    if (!bench)
        return refuse(args, "prep daily-check", bench.error());
    auto check = bench->session().dailyCheck(bench->config.scale.referenceWeightG);
    if (!check)
        return refuse(args, "prep daily-check", check.error());
    report(args,
           {{"passed", check->passed},
            {"reference_g", check->referenceGrams},
            {"grams", check->measuredGrams},
            {"deviation_pct", check->deviationPercent},
            {"source", check->scaleSource}},
           "daily check passed: " + fixed(check->measuredGrams, 4) + " g for the " + fixed(check->referenceGrams, 4) +
               " g reference (" + fixed(check->deviationPercent, 3) + " %), " + check->scaleSource + "\n");
    return 0;
}

int scan(Args& args)
{
    auto code = args.option("code");
    if (code && args.option("image"))
        return fail(args, "prep scan: give --image or --code, not both", 2);
    auto bench = openBench(args, code ? kNoDevice : kCamera);
    if (!bench)
        return refuse(args, "prep scan", bench.error());
    auto prep = preparationArg(args, *bench->ctx);
    if (!prep)
        return refuse(args, "prep scan", prep.error());
    auto session = bench->session();
    auto scanned =
        code ? session.scanVialCode(prep->id, *code, "keyboard-wedge (typed by " + bench->who.actor.username + ")")
             : session.scanVial(prep->id);
    if (!scanned)
        return refuse(args, "prep scan", scanned.error());
    report(args,
           {{"preparation", prep->number},
            {"gtin", scanned->gtin},
            {"lot", scanned->lot},
            {"expiry", scanned->expiry},
            {"serial", scanned->serial},
            {"hri", scanned->hri},
            {"source", scanned->source}},
           prep->number + ": vial " + scanned->hri + " accepted\n");
    return 0;
}

int weigh(Args& args)
{
    const std::string step = args.option("step").value_or("");
    if (step != "tare" && step != "diluent_before" && step != "diluent_after" && step != "vial_before" &&
        step != "filled" && step != "vial_after")
        return fail(
            args, "prep weigh: --step tare|diluent_before|diluent_after|vial_before|filled|vial_after is required", 2);
    auto bench = openBench(args, kScale);
    if (!bench)
        return refuse(args, "prep weigh", bench.error());
    auto prep = preparationArg(args, *bench->ctx);
    if (!prep)
        return refuse(args, "prep weigh", prep.error());
    auto session = bench->session();
    nlohmann::json j{{"preparation", prep->number}, {"step", step}};
    if (step == "tare" || step == "diluent_before" || step == "vial_before") {
        auto w = step == "tare"             ? session.weighEmptySyringe(prep->id)
                 : step == "diluent_before" ? session.weighVialBeforeDiluent(prep->id)
                                            : session.weighVialBeforeWithdrawal(prep->id);
        if (!w)
            return refuse(args, "prep weigh", w.error());
        j["grams"] = w->grams;
        j["source"] = w->source;
        report(args, j, prep->number + ": " + step + " " + fixed(w->grams, 4) + " g  " + w->source + "\n");
        return 0;
    }
    if (step == "diluent_after") {
        auto check = session.weighVialAfterDiluent(prep->id);
        if (!check)
            return refuse(args, "prep weigh", check.error());
        j["grams"] = check->vialAfterGrams;
        j["diluent_ml"] = check->diluentMl;
        j["deviation_pct"] = check->deviationPercent;
        j["decision"] = decisionName(check->decision);
        report(args, j, prep->number + ": " + check->explanation + "\n");
        return 0;
    }
    if (step == "vial_after") {
        auto after = session.weighVialAfterWithdrawal(prep->id);
        if (!after)
            return refuse(args, "prep weigh", after.error());
        const auto& c = after->check;
        j["grams"] = after->weighing.grams;
        j["source"] = after->weighing.source;
        j["vial_lost_g"] = c.vialLostGrams;
        j["syringe_gained_g"] = c.syringeGainedGrams;
        j["difference_g"] = c.differenceGrams;
        j["decision"] = c.passed ? "accepted" : "awaiting_pharmacist";
        j["explanation"] = c.explanation;
        report(args, j, prep->number + ": vial " + fixed(after->weighing.grams, 4) + " g: " + c.explanation + "\n");
        if (!c.passed)
            return fail(args,
                        "prep weigh: " + prep->number + ": " + c.explanation +
                            " (recorded; prepctl decide when the preparation awaits a pharmacist)",
                        3);
        return 0;
    }
    auto filled = session.weighFilledSyringe(prep->id);
    if (!filled)
        return refuse(args, "prep weigh", filled.error());
    const auto& c = filled->check;
    j["grams"] = filled->weighing.grams;
    j["source"] = filled->weighing.source;
    j["net_g"] = c.netGrams;
    j["dose_mg"] = c.doseMg;
    j["target_mg"] = c.targetDoseMg;
    j["deviation_pct"] = c.deviationPercent;
    j["decision"] = decisionName(c.decision);
    j["explanation"] = c.explanation;
    report(args, j,
           prep->number + ": filled " + fixed(filled->weighing.grams, 4) + " g -> " + fixed(c.doseMg, 2) + " mg (" +
               fixed(c.deviationPercent, 2) + " %): " + c.explanation + "\n");
    if (c.decision == station::WeighingDecision::AwaitPharmacist)
        return fail(args,
                    "prep weigh: " + prep->number + " is out of tolerance (" + fixed(c.deviationPercent, 2) +
                        " %): recorded, awaiting a pharmacist's decision (prepctl decide)",
                    3);
    if (c.decision == station::WeighingDecision::RejectRedo)
        return fail(args,
                    "prep weigh: " + prep->number + " rejected (" + fixed(c.deviationPercent, 2) +
                        " %): recorded; weigh a new empty syringe and redo the withdrawal",
                    3);
    return 0;
}

int label(Args& args)
{
    auto bench = openBench(args, kNoDevice);
    if (!bench)
        return refuse(args, "prep label", bench.error());
    auto prep = preparationArg(args, *bench->ctx);
    if (!prep)
        return refuse(args, "prep label", prep.error());
    station::StationContext& ctx = *bench->ctx;
    // The expiry is computed once, from the start of reconstitution (the vial weighed after its diluent; for a
    // ready-to-use vial, its scan) and the storage the label will state.
    if (!prep->expiry) {
        auto reconstitutedAt = station::reconstitutionStart(ctx, *prep);
        if (!reconstitutedAt)
            return refuse(args, "prep label", reconstitutedAt.error());
        if (!*reconstitutedAt)
            return fail(args, "prep label: " + prep->number + " has no vial scan: nothing to date the expiry from", 3);
        auto expiry =
            bench->session().assignExpiry(prep->id, **reconstitutedAt, args.option("diluent-temp").value_or(""),
                                          station::splitStorage(args.option("storage").value_or("2-8C")));
        if (!expiry)
            return refuse(args, "prep label", expiry.error());
    }
    auto printer = station::openConfiguredPrinter(bench->config.printer);
    if (!printer)
        return refuse(args, "prep label", printer.error());
    station::LabelDesk labels(ctx);
    auto printed = labels.print(bench->who.actor, prep->id, bench->config.evidenceDir / "labels", **printer,
                                args.option("template").value_or("transport-100x60"));
    if (!printed)
        return refuse(args, "prep label", printed.error());
    auto updated = ctx.preparations().get(prep->id);
    const std::string expiry = updated && updated->expiry ? station::formatParisIso(*updated->expiry) : "";
    report(args,
           {{"preparation", prep->number},
            {"label", printed->label.path},
            {"job", printed->job},
            {"expiry", expiry},
            {"duplicate", printed->label.duplicate}},
           prep->number + ": label " + printed->label.path + " printed (" + printed->job + "), expiry " + expiry +
               "\n");
    return 0;
}

int readback(Args& args)
{
    auto bench = openBench(args, kCamera);
    if (!bench)
        return refuse(args, "prep readback", bench.error());
    auto prep = preparationArg(args, *bench->ctx);
    if (!prep)
        return refuse(args, "prep readback", prep.error());
    station::LabelDesk labels(*bench->ctx);
    auto records = bench->ctx->labels().listFor(prep->id);
    if (!records)
        return fail(args, "prep readback: " + records.error().message);
    // First the file as printed (rasterised at print resolution), then the paper in front of the camera.
    if (!station::labelReadBacks(*records).pdf) {
        auto pdf = labels.readBack(bench->who.actor, prep->id, *bench->reader);
        if (!pdf)
            return refuse(args, "prep readback", pdf.error());
    }
    auto photo = labels.readBackFromCamera(bench->who.actor, prep->id, *bench->camera, *bench->reader);
    if (!photo)
        return refuse(args, "prep readback", photo.error());
    report(args, {{"preparation", prep->number}, {"pdf", true}, {"camera", true}, {"photo", photo->path}},
           prep->number + ": label read back from its PDF and by the camera (" + photo->path + ")\n");
    return 0;
}

int sign(Args& args)
{
    auto bench = openBench(args, kNoDevice);
    if (!bench)
        return refuse(args, "prep sign", bench.error());
    auto prep = preparationArg(args, *bench->ctx);
    if (!prep)
        return refuse(args, "prep sign", prep.error());
    auto signedPrep = bench->session().complete(prep->id, bench->who.password);
    if (!signedPrep)
        return refuse(args, "prep sign", signedPrep.error());
    report(args, {{"preparation", signedPrep->number}, {"status", signedPrep->status}},
           signedPrep->number + ": prepared and signed by " + bench->who.actor.username +
               "; a pharmacist who did not prepare it releases it next\n");
    return 0;
}

int status(Args& args)
{
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "prep status: " + ctx.error().message);
    auto prep = preparationArg(args, **ctx);
    if (!prep)
        return refuse(args, "prep status", prep.error());
    auto progress = station::preparationProgress(**ctx, prep->id);
    if (!progress)
        return fail(args, "prep status: " + progress.error().message);
    const auto& p = progress->preparation;
    nlohmann::json j{{"preparation", p.number},
                     {"id", p.id},
                     {"status", p.status},
                     {"next", std::string(station::nextStepName(progress->next))},
                     {"instruction", std::string(station::nextStepInstruction(progress->next))},
                     {"blockers", station::englishTexts(progress->blockers)},
                     {"drug", p.drug},
                     {"target_mg", p.targetDoseMg},
                     {"tolerance_decision", p.toleranceDecision},
                     {"deviation_pct", p.deviationPercent},
                     {"expiry", p.expiry ? station::formatParisIso(*p.expiry) : ""}};
    // The clinical data versions that decided it (file, SHA-256 of its content, where it came from).
    j["data_versions"] = nlohmann::json::array();
    if (auto versions = (*ctx)->dataVersions().listFor(p.id))
        for (const auto& v : *versions)
            j["data_versions"].push_back(
                {{"step", v.step}, {"file", v.file}, {"sha256", v.sha256}, {"origin", v.origin}});
    std::string text = p.number + "  " + std::string(db::toText(p.status)) +
                       "  next: " + std::string(station::nextStepInstruction(progress->next)) + "\n";
    for (const auto& b : progress->blockers)
        text += "  blocker: " + station::englishText(b) + "\n";
    report(args, j, text);
    return 0;
}

int run(Args& args)
{
    if (auto unknown =
            args.unknownOptions(withCommon({"image", "code", "step", "template", "storage", "diluent-temp"}));
        !unknown.empty())
        return fail(args, "prep: unknown option --" + unknown.front() + "\n" + kUsage, 2);
    const auto& words = args.positional();
    const std::string sub = words.empty() ? "" : words[0];
    if (sub == "start")
        return start(args);
    if (sub == "daily-check")
        return dailyCheck(args);
    if (sub == "scan")
        return scan(args);
    if (sub == "weigh")
        return weigh(args);
    if (sub == "label")
        return label(args);
    if (sub == "readback")
        return readback(args);
    if (sub == "sign")
        return sign(args);
    if (sub == "status")
        return status(args);
    return fail(args, kUsage, 2);
}

} // namespace

PREPCTL_COMMAND("prep", "a preparation step by step: start, daily-check, scan, weigh, label, readback, sign, status",
                run);

} // namespace prep::cli
