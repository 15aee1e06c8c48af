// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/station_context.h"

#include "db/audit_checkpoint.h"
#include "prep-station/audit/station_key.h"

#include "prep-station/data_files.h"
#include "prep-station/device_fault.h"

#include <nlohmann/json.hpp>

namespace prep::station {

Error fromDevice(const devices::DeviceError& e, const Message& what)
{
    // The English text keeps the device's own words after the step, as the CLI has always printed it.
    Error error = makeError(Error::Kind::Device, say(QT_TRANSLATE_NOOP("Message", "%1: %2"), what, deviceFault(e)));
    error.message = englishText(what) + ": " + e.message;
    return error;
}

Result<Ok> requireRole(const db::Actor& actor, std::initializer_list<db::Role> roles, const Message& what)
{
    for (auto r : roles)
        if (actor.role == r)
            return Ok{};
    return makeError(Error::Kind::Denied, say(QT_TRANSLATE_NOOP("Message", "%1 (%2) may not %3"), actor.username,
                                              MessageArg::stored(WordKind::Role, db::roleName(actor.role)), what));
}

Error fromDb(const db::DbError& e)
{
    using K = db::DbError::Kind;
    switch (e.kind) {
    case K::Auth:
    case K::Locked:
    case K::Denied: {
        Error denied = makeError(Error::Kind::Denied, e.message);
        using R = db::DbError::Refusal;
        switch (e.refusal) {
        case R::WrongCredentials:
            denied.said = say(QT_TRANSLATE_NOOP("Message", "unknown user or wrong password"));
            break;
        case R::AccountDeactivated:
            denied.said = say(QT_TRANSLATE_NOOP("Message", "this account is deactivated; an administrator can "
                                                           "enable it again"));
            break;
        case R::AccountLocked:
            denied.said = say(QT_TRANSLATE_NOOP("Message", "this account is locked after repeated wrong passwords; "
                                                           "an administrator must unlock it"));
            break;
        case R::OwnWork:
            denied.said = say(QT_TRANSLATE_NOOP("Message", "the preparer may not check, decide on or release their "
                                                           "own preparation (segregation of duties)"));
            break;
        case R::None:
            break;
        }
        return denied;
    }
    case K::NotFound:
        return makeError(Error::Kind::NotFound, e.message);
    case K::Invalid:
    case K::Constraint:
        return makeError(Error::Kind::Invalid, e.message);
    default:
        return makeError(Error::Kind::Database, "database: " + e.message);
    }
}

StationContext::StationContext(std::unique_ptr<db::Database> database, const Clock& clock, ClinicalData data)
    : m_db(std::move(database))
    , m_clock(clock)
    , m_users(*m_db)
    , m_signatures(*m_db, m_users)
    , m_audit(*m_db)
    , m_patients(*m_db)
    , m_orders(*m_db)
    , m_preparations(*m_db)
    , m_weighings(*m_db)
    , m_vialScans(*m_db)
    , m_photos(*m_db)
    , m_labels(*m_db)
    , m_shipments(*m_db)
    , m_handovers(*m_db)
    , m_loggers(*m_db)
    , m_trace(*m_db)
    , m_deviationDecisions(*m_db)
    , m_stepRedos(*m_db)
    , m_fieldScans(*m_db)
    , m_deliveryProblems(*m_db)
    , m_dosesNotGiven(*m_db)
    , m_returns(*m_db)
    , m_alarmResolutions(*m_db)
    , m_careLists(*m_db)
    , m_homeDelivery(*m_db)
    , m_dataVersions(*m_db)
    , m_data(std::move(data))
{}

Result<Ok> StationContext::recordDataVersions(const db::Actor& who, std::int64_t preparationId, const std::string& step,
                                              std::initializer_list<const char*> files)
{
    auto recorded = m_dataVersions.listFor(preparationId);
    if (!recorded)
        return fromDb(recorded.error());
    for (const char* file : files) {
        const DataFileVersion* version = m_data.version(file);
        if (!version)
            return makeError(Error::Kind::Data, std::string("no loaded data file ") + file);
        bool known = false;
        for (const auto& r : *recorded)
            known = known || (r.file == version->name && r.sha256 == version->sha256);
        if (known)
            continue;
        db::DataVersionRecord record;
        record.preparationId = preparationId;
        record.step = step;
        record.file = version->name;
        record.origin = version->origin;
        record.sha256 = version->sha256;
        if (auto added = m_dataVersions.add(who, now(), record); !added)
            return fromDb(added.error());
    }
    return Ok{};
}

Result<StationContext::Prescribed> StationContext::prescribedFor(const db::PreparationRecord& preparation)
{
    auto order = m_orders.get(preparation.orderId);
    if (!order)
        return fromDb(order.error());
    auto patient = m_patients.get(order->patientId);
    if (!patient)
        return fromDb(patient.error());
    return Prescribed{std::move(*order), std::move(*patient)};
}

Result<std::string> StationContext::useAuditKey(const std::filesystem::path& keyDir)
{
    auto key = StationKey::loadOrCreate(keyDir);
    if (!key)
        return key.error();
    if (auto r = db::adoptCheckpointSigner(*m_db, *key, now()); !r)
        return fromDb(r.error());
    return (*key)->keyId();
}

Result<std::string> StationContext::rotateAuditKey(const db::Actor& who, const std::filesystem::path& keyDir)
{
    if (auto allowed =
            requireRole(who, {db::Role::Admin}, say(QT_TRANSLATE_NOOP("Message", "rotate the station's audit key")));
        !allowed)
        return allowed.error();
    if (auto current = useAuditKey(keyDir); !current)
        return current.error();
    auto next = StationKey::createPending(keyDir);
    if (!next)
        return next.error();
    if (auto r = db::rotateCheckpointSigner(*m_db, who, *next, now()); !r)
        return fromDb(r.error());
    if (auto r = StationKey::promotePending(keyDir); !r)
        return r.error();
    return (*next)->keyId();
}

void StationContext::useConfiguredSite(const SiteConfig& site)
{
    m_site.puiName = site.name;
    m_site.puiAddress = site.address;
    m_site.puiPhone = site.phone;
    if (!site.gln.empty())
        m_site.gln = site.gln;
    if (!site.preparationGtin.empty())
        m_site.preparationGtin = site.preparationGtin;
}

static Result<SiteIdentity> loadSite()
{
    auto file = loadDataFile("site.json");
    if (!file)
        return file.error();
    auto j = nlohmann::json::parse(file->content, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return makeError(Error::Kind::Data, file->origin + ": not a JSON object");
    SiteIdentity site;
    site.puiName = j.value("pui_name", "");
    site.puiAddress = j.value("pui_address", "");
    site.puiPhone = j.value("pui_phone", "");
    site.preparationGtin = j.value("preparation_gtin", "");
    site.gln = j.value("gln", "");
    site.companyPrefix = j.value("gs1_company_prefix", "");
    if (site.puiName.empty() || site.puiAddress.empty() || site.puiPhone.empty() || site.preparationGtin.size() != 14)
        return makeError(Error::Kind::Data, file->origin + ": pui_name, pui_address and pui_phone are required");
    return site;
}

Result<std::unique_ptr<StationContext>> StationContext::open(const std::string& dbPath, const Clock& clock)
{
    auto data = ClinicalData::load();
    if (!data)
        return data.error();
    auto site = loadSite();
    if (!site)
        return site.error();
    auto database = db::Database::open(dbPath);
    if (!database)
        return fromDb(database.error());
    std::unique_ptr<StationContext> ctx(new StationContext(std::move(*database), clock, std::move(*data)));
    ctx->m_site = std::move(*site);
    return ctx;
}

} // namespace prep::station
