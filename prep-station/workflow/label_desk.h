// SPDX-License-Identifier: GPL-3.0-or-later
// Labels for a preparation: the content comes only from the recorded batch record (never typed in), the
// rendering from the locked templates of labels/, and before release the printed label is read back by the
// station's own barcode reader and must name the preparation.
#pragma once

#include "devices/barcode/contained_barcode_reader.h"
#include "devices/camera/camera.h"
#include "labels/label_content.h"
#include "labels/label_printer.h"
#include "prep-station/workflow/station_context.h"

#include <filesystem>

namespace prep::station {

// Which read-backs of a preparation's label succeeded: the PDF rasterised at print resolution (the file) and the
// station camera (the paper). Signature and release need both.
struct LabelReadBacks
{
    bool pdf = false;
    bool camera = false;
};
LabelReadBacks labelReadBacks(const std::vector<db::LabelRecord>& labels);

class LabelDesk
{
public:
    explicit LabelDesk(StationContext& ctx)
        : m_ctx(ctx)
    {}

    Result<labels::LabelContent> content(std::int64_t preparationId, bool duplicate = false);
    // Renders the label (format by extension: .pdf, .png, .zpl) and records it; any print after the first of a
    // format is a duplicate, marked on the label and in the record.
    Result<db::LabelRecord> produce(const db::Actor& who, std::int64_t preparationId, const std::filesystem::path& path,
                                    const std::string& templateId = "transport-100x60",
                                    labels::LabelPrinter* printer = nullptr);
    // Renders the PDF label into `folder` (a reprint gets a file of its own) and sends it to the station's printer;
    // recorded only once the printer took the job, so a failed print leaves the record as it was.
    struct Printed
    {
        db::LabelRecord label;
        std::string job; // "cups://QUEUE/42", "dir:///path/job-3-....pdf"
    };
    Result<Printed> print(const db::Actor& who, std::int64_t preparationId, const std::filesystem::path& folder,
                          labels::LabelPrinter& printer, const std::string& templateId = "transport-100x60");
    // Renders a copy for viewing, marked as a duplicate and not recorded as a print.
    Result<std::filesystem::path> renderCopy(std::int64_t preparationId, const std::filesystem::path& path,
                                             const std::string& templateId = "transport-100x60");
    // Rasterises the latest PDF label at print resolution, decodes it, and records whether it names the
    // preparation. Release requires a successful read-back.
    Result<db::LabelRecord> readBack(const db::Actor& who, std::int64_t preparationId,
                                     const devices::ContainedBarcodeReader& reader);
    // Reads the printed label from the station camera (the technician holds up the label, or the bag it is stuck
    // on): up to `frames` frames until one shows the preparation's DataMatrix. The frame is kept as evidence
    // (JPEG, SHA-256 in the record) and the outcome recorded, success or not. A label of another preparation in
    // view is refused at once. Release requires this as well as the PDF read-back: the PDF proves the file, the
    // photo proves the paper that came out of the printer.
    Result<db::LabelRecord> readBackFromCamera(const db::Actor& who, std::int64_t preparationId,
                                               devices::Camera& camera, const devices::ContainedBarcodeReader& reader,
                                               int frames = 5);

    // The GS1 element string on the label: (01) the site's preparation GTIN, (7003) expiry date and time (Paris),
    // (10) the preparation number. No patient data in the barcode.
    static std::string barcodeData(const std::string& gtin, const std::string& preparationNumber, UtcTime expiry);
    static std::string barcodeHri(const std::string& barcodeData);

private:
    // Records a read-back of the printed label `printed` (what was read, and whether it matched), audited.
    Result<db::LabelRecord> produce(const db::Actor& who, std::int64_t preparationId, const std::filesystem::path& path,
                                    const std::string& templateId, labels::LabelPrinter* printer, std::string* job);
    Result<db::LabelRecord> recordReadBack(const db::Actor& who, const db::LabelRecord& printed,
                                           const std::string& format, const std::string& path,
                                           const std::string& sha256, const std::string& seen, bool ok);

    StationContext& m_ctx;
};

} // namespace prep::station
