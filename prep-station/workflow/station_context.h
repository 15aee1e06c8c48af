// SPDX-License-Identifier: GPL-3.0-or-later
// Everything one station works with: the database and its repositories, the clock, and the clinical data
// loaded at start. The CLI, the GUI and the tests build one and hand it to the workflow desks.
#pragma once

#include "db/alarm_resolution_repository.h"
#include "db/audit_log.h"
#include "db/care_list_repository.h"
#include "db/data_version_repository.h"
#include "db/database.h"
#include "db/delivery_problem_repository.h"
#include "db/deviation_decision_repository.h"
#include "db/dose_not_given_repository.h"
#include "db/field_scan_repository.h"
#include "db/handover_repository.h"
#include "db/home_delivery_repository.h"
#include "db/label_repository.h"
#include "db/logger_repository.h"
#include "db/order_repository.h"
#include "db/patient_repository.h"
#include "db/photo_repository.h"
#include "db/preparation_repository.h"
#include "db/return_path_repository.h"
#include "db/shipment_repository.h"
#include "db/signature_service.h"
#include "db/step_redo_repository.h"
#include "db/trace_queries.h"
#include "db/user_directory.h"
#include "db/vial_scan_repository.h"
#include "db/weighing_repository.h"
#include "devices/error.h"
#include "prep-station/clinical_data.h"
#include "prep-station/config/station_config.h"
#include "prep-station/error.h"
#include "prep-station/gravimetry/gravimetry.h"
#include "prep-station/identity/vial_check.h"
#include "prep-station/time/clock.h"

#include <filesystem>
#include <initializer_list>
#include <memory>
#include <string>

namespace prep::station {

// Site identity printed on labels and reports (fictitious for the demo site).
struct SiteIdentity
{
    std::string puiName;
    std::string puiAddress;
    std::string puiPhone;
    std::string preparationGtin; // (01) on preparation labels: GS1 requires a GTIN with (7003) and (10)
    std::string gln;             // the site's GLN (site.json, replaced by station.json's)
    std::string companyPrefix;   // the site's GS1 Company Prefix: the SSCC of its shipments, the GIAI of its assets
};

class StationContext
{
public:
    // Opens (creating and migrating if needed) the database at `dbPath` and loads the clinical data files.
    static Result<std::unique_ptr<StationContext>> open(const std::string& dbPath, const Clock& clock);

    db::Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    UtcTime now() const { return m_clock.now(); }

    db::UserDirectory& users() { return m_users; }
    db::SignatureService& signatures() { return m_signatures; }
    db::AuditLog& audit() { return m_audit; }
    db::PatientRepository& patients() { return m_patients; }
    db::OrderRepository& orders() { return m_orders; }
    db::PreparationRepository& preparations() { return m_preparations; }
    db::WeighingRepository& weighings() { return m_weighings; }
    db::VialScanRepository& vialScans() { return m_vialScans; }
    db::PhotoRepository& photos() { return m_photos; }
    db::LabelRepository& labels() { return m_labels; }
    db::ShipmentRepository& shipments() { return m_shipments; }
    db::HandoverRepository& handovers() { return m_handovers; }
    db::LoggerRepository& loggers() { return m_loggers; }
    db::TraceQueries& trace() { return m_trace; }
    db::DeviationDecisionRepository& deviationDecisions() { return m_deviationDecisions; }
    db::StepRedoRepository& stepRedos() { return m_stepRedos; }
    db::FieldScanRepository& fieldScans() { return m_fieldScans; }
    db::DeliveryProblemRepository& deliveryProblems() { return m_deliveryProblems; }
    db::DoseNotGivenRepository& dosesNotGiven() { return m_dosesNotGiven; }
    db::ReturnPathRepository& returns() { return m_returns; }
    db::AlarmResolutionRepository& alarmResolutions() { return m_alarmResolutions; }
    db::CareListRepository& careLists() { return m_careLists; }
    db::HomeDeliveryRepository& homeDelivery() { return m_homeDelivery; }
    db::DataVersionRepository& dataVersions() { return m_dataVersions; }
    // Records, once per preparation and version, which clinical data files `step` decided with.
    Result<Ok> recordDataVersions(const db::Actor& who, std::int64_t preparationId, const std::string& step,
                                  std::initializer_list<const char*> files);

    // The clinical data, loaded once at open; every decision of this station reads it from here.
    const ClinicalData& data() const { return m_data; }
    const ProductCatalogue& catalogue() const { return m_data.catalogue; }
    const RecallList& recalls() const { return m_data.recalls; }
    const DensityTable& densities() const { return m_data.densities; }
    const TolerancePolicy& tolerances() const { return m_data.tolerances; }
    const ProtocolTable& protocols() const { return m_data.protocols; }
    const StabilityTable& stability() const { return m_data.stability; }
    const SitePolicy& sitePolicy() const { return m_data.sitePolicy; }
    const CrossCheckPolicy& crossCheck() const { return m_data.crossCheck; }
    const SiteIdentity& site() const { return m_site; }
    // The order a preparation was planned from, and its patient.
    struct Prescribed
    {
        db::OrderRecord order;
        db::PatientRecord patient;
    };
    Result<Prescribed> prescribedFor(const db::PreparationRecord& preparation);

    // A station's configuration names its site; it replaces the data file's identity on labels and reports (the
    // preparation GTIN only when the configuration gives one).
    void useConfiguredSite(const SiteConfig& site);
    // Audit checkpoints are signed with the station key in `keyDir` from now on (created there when absent;
    // prep-station/audit/station_key.h). Returns the key's id.
    Result<std::string> useAuditKey(const std::filesystem::path& keyDir);
    // A new station key (administrator only): the current one vouches for it in the trail, then it signs.
    // Returns the new key's id.
    Result<std::string> rotateAuditKey(const db::Actor& who, const std::filesystem::path& keyDir);

private:
    StationContext(std::unique_ptr<db::Database> db, const Clock& clock, ClinicalData data);

    std::unique_ptr<db::Database> m_db;
    const Clock& m_clock;
    db::UserDirectory m_users;
    db::SignatureService m_signatures;
    db::AuditLog m_audit;
    db::PatientRepository m_patients;
    db::OrderRepository m_orders;
    db::PreparationRepository m_preparations;
    db::WeighingRepository m_weighings;
    db::VialScanRepository m_vialScans;
    db::PhotoRepository m_photos;
    db::LabelRepository m_labels;
    db::ShipmentRepository m_shipments;
    db::HandoverRepository m_handovers;
    db::LoggerRepository m_loggers;
    db::TraceQueries m_trace;
    db::DeviationDecisionRepository m_deviationDecisions;
    db::StepRedoRepository m_stepRedos;
    db::FieldScanRepository m_fieldScans;
    db::DeliveryProblemRepository m_deliveryProblems;
    db::DoseNotGivenRepository m_dosesNotGiven;
    db::ReturnPathRepository m_returns;
    db::AlarmResolutionRepository m_alarmResolutions;
    db::CareListRepository m_careLists;
    db::HomeDeliveryRepository m_homeDelivery;
    db::DataVersionRepository m_dataVersions;
    ClinicalData m_data;
    SiteIdentity m_site;
};

// Refuses an actor whose role is not among `roles`: "tech.b (courier) may not pack shipments".
// `what` is what they may not do, as a verb phrase: say(QT_TRANSLATE_NOOP("Message", "pack shipments")).
Result<Ok> requireRole(const db::Actor& actor, std::initializer_list<db::Role> roles, const Message& what);

// Converts a lower layer's error into the workflow's, keeping its message and saying where it came from.
Error fromDb(const db::DbError& e);
// A device fault, saying which device and step (the camera, the scale) it interrupted.
// `what` names the step: say(QT_TRANSLATE_NOOP("Message", "vial photo")).
Error fromDevice(const devices::DeviceError& e, const Message& what);

} // namespace prep::station
