// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/demo_scenario.h"

#include "prep-station/workflow/care_list_desk.h"

#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/cooler_label.h"
#include "prep-station/workflow/demo_accounts.h"
#include "prep-station/workflow/demo_bench.h"
#include "prep-station/workflow/dispatch_desk.h"
#include "prep-station/workflow/file_output.h"
#include "prep-station/workflow/isolator_session.h"
#include "prep-station/workflow/label_desk.h"
#include "prep-station/workflow/order_desk.h"
#include "prep-station/workflow/release_desk.h"
#include "prep-station/workflow/trace_desk.h"

#include <cmath>
#include <random>
#include <sstream>

namespace prep::station {

namespace {

using namespace std::chrono_literals;

// The demo replays a morning that ended an hour ago, so every recorded time is in the past and the dose is still
// valid when the run ends. Each step advances this clock by what it takes at a real station.
class ScenarioClock : public Clock
{
public:
    explicit ScenarioClock(UtcTime start)
        : m_now(start)
    {}
    UtcTime now() const override { return m_now; }
    void advance(std::chrono::milliseconds d) { m_now += d; }

private:
    UtcTime m_now;
};

Error step(const Error& e, const std::string& what)
{
    return makeError(e.kind, what + ": " + e.message);
}

} // namespace

Prescription demoPrescription()
{
    Prescription rx;
    rx.patient.ipp = "FICTIF-000123";
    rx.patient.familyName = "Démo-Dupont";
    rx.patient.givenName = "Jeanne";
    rx.patient.birthDate = "1948-05-17";
    rx.patient.fictitious = true;
    rx.drug = "azacitidine";
    rx.heightCm = 165;
    rx.weightKg = 62;
    rx.mgPerM2 = 75;
    rx.cycleDay = "C1J1";
    rx.prescriber = "Dr M. Prescripteur (fictif)";
    rx.homeAddress = "12 rue des Exemples, 69003 Lyon (adresse fictive)";
    return rx;
}

std::string demoLoggerCsv(const std::string& loggerId, UtcTime from, UtcTime to, std::chrono::minutes stepSize)
{
    std::ostringstream os;
    os << "logger_id," << loggerId << "\n";
    os << "timestamp,temperature_C\n";
    int i = 0;
    for (UtcTime t = from; t <= to; t += stepSize, ++i) {
        // A qualified cooler: 4.0-6.0 °C with a slow swing, never out of 2-8 °C.
        const double celsius = 5.0 + 0.8 * std::sin(i / 5.0);
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.1f", celsius);
        os << formatUtcIso(t) << "," << buf << "\n";
    }
    return os.str();
}

Result<DemoOrder> seedDemoOrder(StationContext& ctx, const std::function<void()>& beforeValidation)
{
    if (auto accounts = ensureDemoAccounts(ctx); !accounts)
        return accounts.error();
    const auto& validator = demoAccount(db::Role::Pharmacist, 0);
    const auto& tech = demoAccount(db::Role::Technician);
    auto pharmacist = ctx.users().authenticate(validator.username, validator.password, ctx.now());
    if (!pharmacist)
        return fromDb(pharmacist.error());
    Prescription rx = demoPrescription();
    std::mt19937_64 rng(std::random_device{}());
    rx.patient.ipp = "FICTIF-" + std::to_string(100000 + rng() % 900000);
    OrderDesk orders(ctx);
    auto order = orders.enterPrescription(*pharmacist, rx);
    if (!order)
        return makeError(order.error().kind, "prescription: " + order.error().message);
    // The HAD coordination puts the patient in the demo nurse's care: she may then check and give their doses.
    if (auto care = CareListDesk(ctx).assign(*pharmacist, demoAccount(db::Role::Nurse).username, rx.patient.ipp); !care)
        return makeError(care.error().kind, "care list: " + care.error().message);
    if (beforeValidation)
        beforeValidation();
    if (auto v = orders.validate(order->id, validator.username, validator.password); !v)
        return makeError(v.error().kind, "order validation: " + v.error().message);
    auto technician = ctx.users().authenticate(tech.username, tech.password, ctx.now());
    if (!technician)
        return fromDb(technician.error());
    auto planned = orders.plan(*technician, order->id);
    if (!planned)
        return makeError(planned.error().kind, "planning: " + planned.error().message);
    return DemoOrder{order->id, rx.patient.ipp, *planned};
}

Result<DemoResult> runDemo(const DemoOptions& options)
{
    auto say = [&](const std::string& s) {
        if (options.progress)
            options.progress(s);
    };
    std::error_code ec;
    std::filesystem::create_directories(options.outDir, ec);
    if (ec)
        return makeError(Error::Kind::Io, "cannot create " + options.outDir.string() + ": " + ec.message());

    const auto wallNow = std::chrono::floor<std::chrono::minutes>(std::chrono::system_clock::now());
    ScenarioClock clock(std::chrono::time_point_cast<std::chrono::milliseconds>(wallNow - 3h));
    auto opened = StationContext::open(options.dbPath, clock);
    if (!opened)
        return step(opened.error(), "opening " + options.dbPath);
    StationContext& ctx = **opened;
    if (!options.auditKeyDir.empty())
        if (auto key = ctx.useAuditKey(options.auditKeyDir); !key)
            return step(key.error(), "the station key in " + options.auditKeyDir.string());
    if (auto accounts = ensureDemoAccounts(ctx); !accounts)
        return accounts.error();
    const auto& tech = demoAccount(db::Role::Technician);
    const auto& validator = demoAccount(db::Role::Pharmacist, 0);
    const auto& releaser = demoAccount(db::Role::Pharmacist, 1);
    const auto& courier = demoAccount(db::Role::Courier);
    const auto& nurse = demoAccount(db::Role::Nurse);
    auto login = [&](const DemoAccount& a) { return ctx.users().authenticate(a.username, a.password, ctx.now()); };

    DemoResult result;
    result.database = db::Database::isServerLocation(options.dbPath) ? std::filesystem::path(options.dbPath)
                                                                     : std::filesystem::absolute(options.dbPath);
    std::mt19937_64 rng(std::random_device{}());

    // A demo run stopped part-way (killed, power cut) left its preparations in progress: they are marked
    // interrupted, with the reason in the audit trail, never left looking active or continued silently. (A real
    // technician resumes their own: IsolatorSession::start.)
    if (auto demoTechnician = ctx.users().find(tech.username); demoTechnician) {
        auto open = ctx.preparations().list(db::PreparationStatus::InProgress);
        if (!open)
            return fromDb(open.error());
        for (auto p : *open) {
            if (p.preparedBy != demoTechnician->userId)
                continue;
            p.status = db::PreparationStatus::Interrupted;
            if (auto r = ctx.preparations().update(*demoTechnician, ctx.now(), p,
                                                   "the demo run was stopped during the preparation");
                !r)
                return fromDb(r.error());
            say(p.number + ": left in progress by an earlier demo run that was stopped; marked interrupted");
        }
    }

    // 1. Prescription entered and validated by a pharmacist, planned into one preparation per syringe.
    auto seeded = seedDemoOrder(ctx, [&] { clock.advance(10min); });
    if (!seeded)
        return seeded.error();
    result.orderId = seeded->orderId;
    say("order " + std::to_string(seeded->orderId) + " for fictitious patient " + seeded->patientIpp +
        " validated by " + validator.username + "; " + std::to_string(seeded->preparations.size()) +
        " syringe(s) planned");
    auto technician = login(tech);
    if (!technician)
        return fromDb(technician.error());
    auto planned = std::optional<std::vector<db::PreparationRecord>>(seeded->preparations);

    // 2. The isolator: simulated scale over Modbus TCP, simulated camera showing a generated vial photo.
    auto bench = DemoBench::start();
    if (!bench)
        return bench.error();
    IsolatorSession session(ctx, *technician, (*bench)->devices(), options.outDir / "evidence");
    session.stableTimeout = 20s;
    session.rules = DemoBench::weighingRules();
    say("scale " + (*bench)->scale().uri() + " (simulator over Modbus TCP), camera " + (*bench)->camera().uri());

    clock.advance(15min);
    (*bench)->placeReferenceWeight();
    if (auto check = session.dailyCheck(DemoBench::kReferenceWeightGrams); !check)
        return step(check.error(), "daily scale check");
    (*bench)->clearPan();
    say("daily check passed with the 10 g reference weight");

    const Product* product = ctx.catalogue().defaultForDrug("azacitidine");
    if (!product)
        return makeError(Error::Kind::Data, "no azacitidine product in the catalogue");
    auto density = ctx.densities().find("azacitidine", planned->front().concentrationMgPerMl);
    if (!density)
        return step(density.error(), "density");
    const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(ctx.now()));
    const auto vialExpiry =
        std::chrono::year_month_day(today.year() + std::chrono::years(1), std::chrono::month(12), std::chrono::day(31));
    const std::string lot = "DEMO" + std::to_string(1000 + rng() % 9000);

    // Both vials are reconstituted together at the start; every syringe's expiry counts from that moment.
    const UtcTime reconstitutedAt = ctx.now() + 5min;
    std::vector<std::int64_t> preparationIds;
    for (const auto& planned1 : *planned) {
        const auto id = planned1.id;
        preparationIds.push_back(id);
        if (auto s = session.start(id); !s)
            return step(s.error(), "start " + planned1.number);
        clock.advance(3min);
        // The vial: a photo of its GS1 DataMatrix, read through the camera pipeline.
        if (auto shown = (*bench)->presentVial(product->gtin, lot, vialExpiry); !shown)
            return shown.error();
        auto scan = session.scanVial(id);
        if (!scan)
            return step(scan.error(), "vial scan of " + planned1.number);
        say(planned1.number + ": vial " + scan->hri);
        clock.advance(4min);
        // Reconstitution: the vial before and after its 4 mL of refrigerated WFI.
        (*bench)->placeVial();
        if (auto before = session.weighVialBeforeDiluent(id); !before)
            return step(before.error(), "vial before diluent of " + planned1.number);
        auto wfi = ctx.densities().find("water for injections", 0.0);
        if (!wfi)
            return step(wfi.error(), "density of WFI");
        (*bench)->addDiluent(4.0, wfi->gramsPerMl, 1.002);
        auto reconstitution = session.weighVialAfterDiluent(id);
        if (!reconstitution)
            return step(reconstitution.error(), "reconstitution of " + planned1.number);
        say(planned1.number + ": " + reconstitution->explanation);
        clock.advance(2min);
        // Tare: the empty syringe with its cap, then the filled syringe (+0.6 % on the target, within tolerance).
        (*bench)->placeEmptySyringe();
        auto tare = session.weighEmptySyringe(id);
        if (!tare)
            return step(tare.error(), "tare of " + planned1.number);
        clock.advance(3min);
        (*bench)->fillSyringe(planned1, density->gramsPerMl);
        auto filled = session.weighFilledSyringe(id);
        if (!filled)
            return step(filled.error(), "filled-syringe weighing of " + planned1.number);
        say(planned1.number + ": tare " + std::to_string(tare->grams) + " g, filled " +
            std::to_string(filled->weighing.grams) + " g -> " + std::to_string(filled->check.doseMg) + " mg (" +
            std::to_string(filled->check.deviationPercent) + " %), " + filled->check.explanation);
        // The vial again: the mass it lost must be the mass the syringe gained.
        (*bench)->placeCurrentVial();
        auto vialAfter = session.weighVialAfterWithdrawal(id);
        if (!vialAfter)
            return step(vialAfter.error(), "vial after the withdrawal of " + planned1.number);
        if (!vialAfter->check.passed)
            return step(makeError(Error::Kind::Refused, vialAfter->check.explanation),
                        "vial/syringe cross-check of " + planned1.number);
        say(planned1.number + ": " + vialAfter->check.explanation);
        (*bench)->clearPan();
        auto expiry = session.assignExpiry(id, reconstitutedAt, "2-8C", {"2-8C"});
        if (!expiry)
            return step(expiry.error(), "expiry of " + planned1.number);
        say(planned1.number + ": expiry " + formatParisIso(expiry->expiry) + " (" + expiry->ruleId + ", " +
            expiry->source + ")");
        clock.advance(2min);
        LabelDesk labels(ctx);
        const auto labelPath = options.outDir / ("label-" + planned1.number + ".pdf");
        auto label = labels.produce(*technician, id, labelPath);
        if (!label)
            return step(label.error(), "label of " + planned1.number);
        auto readBack = labels.readBack(*technician, id, (*bench)->reader());
        if (!readBack)
            return step(readBack.error(), "label read-back of " + planned1.number);
        // The technician holds the printed label up to the isolator camera.
        if (auto shown = (*bench)->presentPrintedLabel(readBack->path); !shown)
            return step(shown.error(), "label photo of " + planned1.number);
        auto cameraReadBack = labels.readBackFromCamera(*technician, id, (*bench)->camera(), (*bench)->reader());
        if (!cameraReadBack)
            return step(cameraReadBack.error(), "camera read-back of the label of " + planned1.number);
        result.labels.push_back(labelPath);
        if (auto done = session.complete(id, tech.password); !done)
            return step(done.error(), "completion of " + planned1.number);
        say(planned1.number + ": label printed and read back, prepared and signed by " + tech.username);
    }

    // 3. Release by another pharmacist.
    clock.advance(15min);
    ReleaseDesk release(ctx);
    for (auto id : preparationIds)
        if (auto r = release.release(id, releaser.username, releaser.password); !r)
            return step(r.error(), "release");
    say("released by " + releaser.username);

    // 4. Dispatch, courier, logger, administration.
    clock.advance(20min);
    DispatchDesk dispatch(ctx);
    const std::string loggerId = "LOG-DEMO-" + std::to_string(1000 + rng() % 9000);
    // The delivery window agreed with the patient: within the next three hours.
    auto shipment =
        dispatch.pack(*technician, preparationIds, loggerId, DeliveryWindow{ctx.now() + 30min, ctx.now() + 3h});
    if (!shipment)
        return step(shipment.error(), "packing");
    result.shipment = shipment->number;
    result.coolerLabel = options.outDir / ("cooler-" + shipment->number + ".pdf");
    if (auto cooler = CoolerLabelDesk(ctx).render(*technician, shipment->number, result.coolerLabel); !cooler)
        return step(cooler.error(), "cooler label");
    const UtcTime packedAt = ctx.now();
    result.patientIpp = seeded->patientIpp;
    result.loggerId = loggerId;
    result.packedAt = packedAt;
    if (options.stopWhenPacked) {
        for (auto id : preparationIds)
            if (auto prep = ctx.preparations().get(id); prep)
                result.preparations.push_back(prep->number);
        say("packed in " + shipment->number + "; the courier's and nurse's steps are left to the caller");
        return result;
    }
    clock.advance(10min);
    if (auto p = dispatch.pickUp(shipment->number, courier.username, courier.password, "PUI, quai d'expédition"); !p)
        return step(p.error(), "pickup");
    say("shipment " + shipment->number + " picked up by " + courier.username);
    clock.advance(70min);
    if (auto d = dispatch.deliver(shipment->number, courier.username, courier.password, "domicile du patient (fictif)");
        !d)
        return step(d.error(), "delivery");
    say("delivered to the patient's home");
    result.loggerFile = options.outDir / ("logger-" + loggerId + ".csv");
    if (auto w = writeFileAtomically(result.loggerFile, demoLoggerCsv(loggerId, packedAt, ctx.now(), 5min)); !w)
        return w.error();
    clock.advance(5min);
    auto nurseActor = login(nurse);
    if (!nurseActor)
        return fromDb(nurseActor.error());
    auto imported = dispatch.importLogger(*nurseActor, shipment->number, result.loggerFile);
    if (!imported)
        return step(imported.error(), "logger import");
    say("logger " + loggerId + ": " + std::to_string(imported->record.readingCount) + " readings, " +
        imported->record.verdict);
    clock.advance(5min);
    for (auto id : preparationIds) {
        auto prep = ctx.preparations().get(id);
        if (!prep)
            return fromDb(prep.error());
        auto given =
            dispatch.administer(LabelDesk::barcodeData(ctx.site().preparationGtin, prep->number, *prep->expiry),
                                seeded->patientIpp, nurse.username, nurse.password, "domicile du patient (fictif)");
        if (!given)
            return step(given.error(), "administration of " + prep->number);
        clock.advance(2min);
    }
    say("administration confirmed by " + nurse.username);

    // 5. Trace report.
    TraceDesk trace(ctx);
    for (auto id : preparationIds) {
        auto prep = ctx.preparations().get(id);
        if (!prep)
            return fromDb(prep.error());
        result.preparations.push_back(prep->number);
    }
    result.traceReport = options.outDir / ("trace-" + result.preparations.front() + ".txt");
    if (auto t = trace.writeReport(result.preparations.front(), result.traceReport); !t)
        return t.error();
    say("trace report " + result.traceReport.string());
    return result;
}

} // namespace prep::station
