// SPDX-License-Identifier: GPL-3.0-or-later
// The cooler's (bag's) label, printed at packing: what the courier carries and scans at the PUI and at the door.
// Its GS1-128 is the shipment's SSCC (00), made from the site's GS1 company prefix as the EPCIS export names the
// shipment; DispatchDesk::shipmentByScan reads it back. It states the PUI, the shipment, the number of doses, the
// packing time and the logger's serial — never the patient or the drug (the courier sees neither).
#pragma once

#include "labels/label_content.h"
#include "labels/label_printer.h"
#include "prep-station/workflow/station_context.h"

#include <filesystem>
#include <string>

namespace prep::station {

inline constexpr const char* kCoolerLabelTemplate = "cooler-100x60";

class CoolerLabelDesk
{
public:
    explicit CoolerLabelDesk(StationContext& ctx)
        : m_ctx(ctx)
    {}

    // The label's content, from the recorded shipment only.
    Result<labels::LabelContent> content(const std::string& shipmentNumber);
    // Renders the label (format by extension: .pdf, .png, .zpl); the print is an entry of the audit trail.
    Result<std::filesystem::path> render(const db::Actor& who, const std::string& shipmentNumber,
                                         const std::filesystem::path& path);
    // Renders the PDF into `folder` and sends it to the station's label printer; audited once the printer took it.
    struct Printed
    {
        std::filesystem::path file;
        std::string job; // "cups://QUEUE/42", "dir:///path/job-3-....pdf"
    };
    Result<Printed> print(const db::Actor& who, const std::string& shipmentNumber, const std::filesystem::path& folder,
                          labels::LabelPrinter& printer);

private:
    Result<std::filesystem::path> renderAudited(const db::Actor& who, const std::string& shipmentNumber,
                                                const std::filesystem::path& path, labels::LabelPrinter* printer,
                                                std::string* job);

    StationContext& m_ctx;
};

} // namespace prep::station
