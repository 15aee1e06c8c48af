// SPDX-License-Identifier: GPL-3.0-or-later
// From the PUI to the patient's home: released doses are packed in a qualified cooler with a temperature
// logger, each handover is one scan signed by the person taking responsibility, the logger file is checked
// against each dose's stability before administration, and the nurse confirms administration.
#pragma once

#include "prep-station/coldchain/cold_chain.h"
#include "prep-station/workflow/station_context.h"

#include <filesystem>
#include <vector>

namespace prep::station {

struct LoggerImportOutcome
{
    db::LoggerImportRecord record;
    std::vector<std::pair<std::string, ColdChainVerdict>> verdicts; // per preparation number
};

class DispatchDesk
{
public:
    explicit DispatchDesk(StationContext& ctx)
        : m_ctx(ctx)
    {}

    Result<db::ShipmentRecord> pack(const db::Actor& who, const std::vector<std::int64_t>& preparationIds,
                                    const std::string& loggerId);
    // scan = the shipment number read from the bag's label; the signer re-authenticates.
    Result<db::HandoverRecord> pickUp(const std::string& scan, const std::string& courier, const std::string& password,
                                      const std::string& location);
    Result<db::HandoverRecord> deliver(const std::string& scan, const std::string& courier, const std::string& password,
                                       const std::string& location);
    Result<LoggerImportOutcome> importLogger(const db::Actor& who, const std::string& shipmentNumber,
                                             const std::filesystem::path& csvFile);
    // The nurse scans the syringe's label (its preparation number), confirms the patient's identity (IPP) and the
    // administration; refused when the dose is another patient's, expired, or the cold chain says do not administer.
    Result<db::HandoverRecord> administer(const std::string& preparationScan, const std::string& patientIpp,
                                          const std::string& nurse, const std::string& password,
                                          const std::string& location);

private:
    Result<db::ShipmentRecord> shipmentByScan(const std::string& scan);
    Result<db::HandoverRecord> handOver(const std::string& scan, const std::string& user, const std::string& password,
                                        const std::string& location, const std::string& kind,
                                        db::ShipmentStatus fromStatus, db::ShipmentStatus toStatus,
                                        db::Role requiredRole, const std::string& meaning);

    StationContext& m_ctx;
};

} // namespace prep::station
