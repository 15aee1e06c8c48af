// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/cooler_label.h"

#include "labels/label_renderer.h"
#include "labels/label_template.h"
#include "prep-station/identity/gs1_keys.h"
#include "prep-station/time/paris_time.h"

namespace prep::station {

Result<labels::LabelContent> CoolerLabelDesk::content(const std::string& shipmentNumber)
{
    auto shipment = m_ctx.shipments().getByNumber(shipmentNumber);
    if (!shipment)
        return makeError(Error::Kind::NotFound, "shipment '" + shipmentNumber + "' is not a known shipment");
    auto sscc = shipmentSscc(m_ctx.site().companyPrefix, shipment->number);
    if (!sscc)
        return makeError(sscc.error().kind, "cooler label of " + shipment->number + ": " + sscc.error().message);
    labels::LabelContent c;
    c.puiName = m_ctx.site().puiName;
    c.shipmentNumber = shipment->number;
    c.doseCount = std::to_string(shipment->preparationIds.size());
    c.packedAt = formatParisDisplay(shipment->createdAt);
    c.loggerSerial = shipment->loggerId;
    c.barcodeData = "00" + *sscc;
    c.barcodeHri = "(00)" + *sscc;
    return c;
}

Result<std::filesystem::path> CoolerLabelDesk::renderAudited(const db::Actor& who, const std::string& shipmentNumber,
                                                             const std::filesystem::path& path,
                                                             labels::LabelPrinter* printer, std::string* job)
{
    auto c = content(shipmentNumber);
    if (!c)
        return c.error();
    auto tmpl = labels::loadLabelTemplate(kCoolerLabelTemplate);
    if (!tmpl)
        return makeError(Error::Kind::Label, "label: " + tmpl.error().message);
    auto format = labels::renderLabel(*c, *tmpl, path.string());
    if (!format)
        return makeError(Error::Kind::Label, "label: " + format.error().message);
    std::string sent;
    if (printer) {
        if (*format != "pdf")
            return makeError(Error::Kind::Invalid, "the label printer takes the PDF label, not " + *format);
        auto printed = printer->print(path.string(), "cooler " + c->shipmentNumber);
        if (!printed)
            return makeError(Error::Kind::Label, "label printer: " + printed.error().message);
        sent = *printed;
        if (job)
            *job = sent;
    }
    // Which layout, which SSCC, and where it went: the trail says which cooler label exists for the shipment.
    const std::string detail = tmpl->id + " v" + std::to_string(tmpl->version) + " " + c->barcodeHri + " " +
                               (sent.empty() ? std::filesystem::absolute(path).string() : sent);
    if (auto audited =
            m_ctx.audit().recordEvent(who, m_ctx.now(), "cooler_label_printed", "cooler_label", shipmentNumber, detail);
        !audited)
        return fromDb(audited.error());
    return std::filesystem::absolute(path);
}

Result<std::filesystem::path> CoolerLabelDesk::render(const db::Actor& who, const std::string& shipmentNumber,
                                                      const std::filesystem::path& path)
{
    return renderAudited(who, shipmentNumber, path, nullptr, nullptr);
}

Result<CoolerLabelDesk::Printed> CoolerLabelDesk::print(const db::Actor& who, const std::string& shipmentNumber,
                                                        const std::filesystem::path& folder,
                                                        labels::LabelPrinter& printer)
{
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        return makeError(Error::Kind::Io, "cannot create " + folder.string() + ": " + ec.message());
    Printed out;
    auto file = renderAudited(who, shipmentNumber, folder / ("cooler-" + shipmentNumber + ".pdf"), &printer, &out.job);
    if (!file)
        return file.error();
    out.file = *file;
    return out;
}

} // namespace prep::station
