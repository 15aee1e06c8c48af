// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/label_desk.h"

#include "db/hash.h"
#include "devices/camera/evidence_photo.h"
#include "labels/label_renderer.h"
#include "labels/label_template.h"
#include "prep-station/dosing/protocol.h"
#include "prep-station/stability/expiry.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/file_output.h"
#include "prep-station/workflow/recorded_expiry.h"

#include <opencv2/imgcodecs.hpp>
#include <QProcess>
#include <QStringList>

#include <cmath>
#include <cstdio>

namespace prep::station {

namespace {

// French decimal comma, no trailing zeros beyond what the value needs (2.53 -> "2,53"; 68 -> "68").
std::string frenchNumber(double value, int maxDecimals)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", maxDecimals, value);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0')
            s.pop_back();
        if (!s.empty() && s.back() == '.')
            s.pop_back();
    }
    for (auto& c : s)
        if (c == '.')
            c = ',';
    return s;
}

std::string upper(std::string s)
{
    QString q = QString::fromStdString(s).toUpper();
    return q.toStdString();
}

std::string frenchDate(const std::string& isoDate)
{
    if (isoDate.size() != 10)
        return isoDate;
    return isoDate.substr(8, 2) + "/" + isoDate.substr(5, 2) + "/" + isoDate.substr(0, 4);
}

Error fromLabels(const labels::LabelError& e)
{
    return makeError(Error::Kind::Label, "label: " + e.message);
}

} // namespace

LabelReadBacks labelReadBacks(const std::vector<db::LabelRecord>& labels)
{
    LabelReadBacks r;
    for (const auto& l : labels) {
        r.pdf = r.pdf || (l.format == "readback" && l.readBackOk);
        r.camera = r.camera || (l.format == "readback-photo" && l.readBackOk);
    }
    return r;
}

std::string LabelDesk::barcodeData(const std::string& gtin, const std::string& preparationNumber, UtcTime expiry)
{
    // AI 7003 is the expiry date and time as printed on the label: Europe/Paris local time.
    return "01" + gtin + "7003" + formatParisAi7003(expiry) + "\x1d" + "10" + preparationNumber;
}

std::string LabelDesk::barcodeHri(const std::string& data)
{
    // Layout fixed by barcodeData: 01 + 14 digits, 7003 + 10 digits, GS, 10 + number.
    // Spaces between elements let the label wrap the HRI line between them.
    return "(01)" + data.substr(2, 14) + " (7003)" + data.substr(20, 10) + " (10)" + data.substr(33);
}

Result<labels::LabelContent> LabelDesk::content(std::int64_t preparationId, bool duplicate)
{
    auto prep = m_ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    if (!prep->expiry || !prep->reconstitutedAt)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 has no expiry: no label"), prep->number));
    auto prescribed = m_ctx.prescribedFor(*prep);
    if (!prescribed)
        return prescribed.error();
    const db::OrderRecord* order = &prescribed->order;
    const db::PatientRecord* patient = &prescribed->patient;

    // The storage mention and light protection come from the same stability rule that set the expiry.
    auto recorded = recordedExpiry(m_ctx, *prep);
    if (!recorded)
        return recorded.error();
    const ExpiryDecision& decision = recorded->decision;

    labels::LabelContent c;
    c.patientName = upper(patient->familyName) + " " + patient->givenName;
    c.patientBirthDate = frenchDate(patient->birthDate);
    c.drugInn = upper(prep->drug);
    c.doseText = frenchNumber(prep->targetDoseMg, 1) + " mg";
    c.volumeText = frenchNumber(prep->targetVolumeMl, 2) + " mL";
    c.concentrationText = frenchNumber(prep->concentrationMgPerMl, 2) + " mg/mL";
    c.route = "voie sous-cutanée";
    c.syringeText = "Seringue " + std::to_string(prep->syringeIndex) + "/" + std::to_string(prep->syringeCount);
    c.preparedAt = formatParisDisplay(*prep->reconstitutedAt);
    c.expiresAt = formatParisDisplay(*prep->expiry);
    c.storage = decision.storageLabel;
    c.protectFromLight = decision.protectFromLight;
    // The handling line is the protocol's (protocols.json "label_handling"): a new drug brings its own.
    const DoseProtocol* protocol = m_ctx.protocols().find(order->protocolId);
    c.handling = protocol ? protocol->labelHandling : std::string();
    c.cytotoxicWarning = "CYTOTOXIQUE — manipuler avec gants ; éliminer en filière DASRI cytotoxiques";
    c.preparationNumber = prep->number;
    c.prescriber = order->prescriber;
    c.puiName = m_ctx.site().puiName;
    c.puiAddress = m_ctx.site().puiAddress;
    c.puiPhone = m_ctx.site().puiPhone;
    c.barcodeData = barcodeData(m_ctx.site().preparationGtin, prep->number, *prep->expiry);
    c.barcodeHri = barcodeHri(c.barcodeData);
    c.duplicate = duplicate;
    return c;
}

Result<db::LabelRecord> LabelDesk::produce(const db::Actor& who, std::int64_t preparationId,
                                           const std::filesystem::path& path, const std::string& templateId,
                                           labels::LabelPrinter* printer)
{
    return produce(who, preparationId, path, templateId, printer, nullptr);
}

Result<LabelDesk::Printed> LabelDesk::print(const db::Actor& who, std::int64_t preparationId,
                                            const std::filesystem::path& folder, labels::LabelPrinter& printer,
                                            const std::string& templateId)
{
    auto prep = m_ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    auto previous = m_ctx.labels().listFor(preparationId);
    if (!previous)
        return fromDb(previous.error());
    int prints = 0;
    for (const auto& l : *previous)
        prints += l.format == "pdf";
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        return makeError(Error::Kind::Io, "cannot create the label folder " + folder.string() + ": " + ec.message());
    // A reprint never overwrites the file an earlier print (and its record's SHA-256) came from.
    const auto path = folder / ("label-" + prep->number + (prints ? "-" + std::to_string(prints + 1) : "") + ".pdf");
    Printed printed;
    auto label = produce(who, preparationId, path, templateId, &printer, &printed.job);
    if (!label)
        return label.error();
    printed.label = *label;
    return printed;
}

Result<db::LabelRecord> LabelDesk::produce(const db::Actor& who, std::int64_t preparationId,
                                           const std::filesystem::path& path, const std::string& templateId,
                                           labels::LabelPrinter* printer, std::string* job)
{
    const std::string ext = path.extension().string();
    const std::string format = ext.empty() ? std::string() : ext.substr(1);
    if (format != "pdf" && format != "png" && format != "zpl")
        return makeError(Error::Kind::Invalid, "label format '" + ext + "' is not supported: use .pdf, .png or .zpl");
    auto previous = m_ctx.labels().listFor(preparationId);
    if (!previous)
        return fromDb(previous.error());
    bool duplicate = false;
    for (const auto& l : *previous)
        if (l.format == format)
            duplicate = true;
    auto content = this->content(preparationId, duplicate);
    if (!content)
        return content.error();
    auto tmpl = labels::loadLabelTemplate(templateId);
    if (!tmpl)
        return fromLabels(tmpl.error());
    auto rendered = labels::renderLabel(*content, *tmpl, path.string());
    if (!rendered)
        return fromLabels(rendered.error());
    auto bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    std::string printed; // the printer's job, once it took it
    if (printer) {
        if (format != "pdf")
            return makeError(Error::Kind::Invalid, "the label printer takes the PDF label, not " + format);
        auto sent = printer->print(path.string(), "label " + content->preparationNumber);
        if (!sent)
            return makeError(Error::Kind::Label,
                             say(QT_TRANSLATE_NOOP("Message", "label printer: %1 (nothing recorded; print again)"),
                                 MessageArg::technical(sent.error().message)));
        printed = *sent;
        if (job)
            *job = *sent;
    }
    db::LabelRecord record;
    record.preparationId = preparationId;
    record.path = std::filesystem::absolute(path).string();
    record.format = format;
    record.templateId = tmpl->id;
    record.templateVersion = tmpl->version;
    record.templateSha256 = tmpl->sha256;
    record.fileSha256 = db::sha256Hex(*bytes);
    record.barcodeData = content->barcodeData;
    record.duplicate = duplicate;
    record.at = m_ctx.now();
    record.userId = who.userId;
    auto stored = m_ctx.labels().add(who, record.at, record);
    if (!stored && !printed.empty())
        // A label on paper that no record accounts for: it must not reach a syringe (a reprint would not be marked
        // as a duplicate of it).
        return makeError(Error::Kind::Database,
                         say(QT_TRANSLATE_NOOP("Message", "the label of %1 was printed (%2) but could not be recorded: "
                                                          "%3; destroy that label, then print again"),
                             content->preparationNumber, printed, MessageArg::technical(stored.error().message)));
    if (!stored)
        return fromDb(stored.error());
    return *stored;
}

Result<std::filesystem::path> LabelDesk::renderCopy(std::int64_t preparationId, const std::filesystem::path& path,
                                                    const std::string& templateId)
{
    auto content = this->content(preparationId, true);
    if (!content)
        return content.error();
    auto tmpl = labels::loadLabelTemplate(templateId);
    if (!tmpl)
        return fromLabels(tmpl.error());
    auto rendered = labels::renderLabel(*content, *tmpl, path.string());
    if (!rendered)
        return fromLabels(rendered.error());
    return std::filesystem::absolute(path);
}

Result<db::LabelRecord> LabelDesk::recordReadBack(const db::Actor& who, const db::LabelRecord& printed,
                                                  const std::string& format, const std::string& path,
                                                  const std::string& sha256, const std::string& seen, bool ok)
{
    db::LabelRecord record;
    record.preparationId = printed.preparationId;
    record.path = path;
    record.format = format;
    record.templateId = printed.templateId;
    record.templateVersion = printed.templateVersion;
    record.templateSha256 = printed.templateSha256;
    record.fileSha256 = sha256;
    record.barcodeData = seen;
    record.readBackOk = ok;
    record.at = m_ctx.now();
    record.userId = who.userId;
    auto stored = m_ctx.labels().add(who, record.at, record);
    if (!stored)
        return fromDb(stored.error());
    return *stored;
}

Result<db::LabelRecord> LabelDesk::readBack(const db::Actor& who, std::int64_t preparationId,
                                            const devices::ContainedBarcodeReader& reader)
{
    auto prep = m_ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    auto printed = m_ctx.labels().listFor(preparationId);
    if (!printed)
        return fromDb(printed.error());
    const db::LabelRecord* pdf = nullptr;
    for (const auto& l : *printed)
        if (l.format == "pdf")
            pdf = &l;
    if (!pdf)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "no PDF label printed for %1: nothing to read back"), prep->number));
    // Rasterise the very file that goes to the printer, at 300 dpi, with poppler (independent of our painter).
    const std::string rasterBase = pdf->path + ".readback";
    QProcess pdftoppm;
    pdftoppm.start("pdftoppm", QStringList{"-r", "300", "-png", "-singlefile", QString::fromStdString(pdf->path),
                                           QString::fromStdString(rasterBase)});
    if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitStatus() != QProcess::NormalExit || pdftoppm.exitCode() != 0)
        return makeError(Error::Kind::Label, "cannot rasterise " + pdf->path + " with pdftoppm (poppler-utils): " +
                                                 pdftoppm.errorString().toStdString());
    const std::string raster = rasterBase + ".png";
    const cv::Mat image = cv::imread(raster, cv::IMREAD_GRAYSCALE);
    if (image.empty())
        return makeError(Error::Kind::Label, "cannot read the rasterised label " + raster);
    const auto codes = reader.read(image);
    if (!codes)
        return fromDevice(codes.error(),
                          say(QT_TRANSLATE_NOOP("Message", "read-back of the rasterised label %1"), raster));
    bool matches = false;
    std::string seen;
    for (const auto& c : *codes) {
        seen += (seen.empty() ? "" : ", ") + devices::shownText(c);
        if (c.format == "DataMatrix" && c.text == pdf->barcodeData)
            matches = true;
    }
    auto bytes = readWholeFile(raster);
    auto stored =
        recordReadBack(who, *pdf, "readback", raster, bytes ? db::sha256Hex(*bytes) : std::string(), seen, matches);
    if (!stored)
        return stored.error();
    if (!matches)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "label read-back of %1 failed: the DataMatrix read was [%2], expected the "
                                             "preparation's code; reprint the label"),
                prep->number, seen));
    return *stored;
}

Result<db::LabelRecord> LabelDesk::readBackFromCamera(const db::Actor& who, std::int64_t preparationId,
                                                      devices::Camera& camera,
                                                      const devices::ContainedBarcodeReader& reader, int frames)
{
    auto prep = m_ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    auto printed = m_ctx.labels().listFor(preparationId);
    if (!printed)
        return fromDb(printed.error());
    // The label on paper is the latest print (PDF sent to the printer, or PNG/ZPL), not a read-back record.
    const db::LabelRecord* label = nullptr;
    int cameraReadBacks = 0;
    for (const auto& l : *printed) {
        if (l.format == "pdf" || l.format == "png" || l.format == "zpl")
            label = &l;
        cameraReadBacks += l.format == "readback-photo";
    }
    if (!label)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "no label printed for %1: nothing to read back"), prep->number));

    cv::Mat frame;
    std::string seen;
    bool matches = false, otherPreparation = false;
    for (int attempt = 0; attempt < std::max(1, frames) && !matches && !otherPreparation; ++attempt) {
        auto grabbed = camera.grabFrame();
        if (!grabbed)
            return fromDevice(grabbed.error(), say(QT_TRANSLATE_NOOP("Message", "camera %1"), camera.uri()));
        frame = *grabbed;
        seen.clear();
        const auto codes = reader.read(frame);
        if (!codes)
            return fromDevice(codes.error(),
                              say(QT_TRANSLATE_NOOP("Message", "read-back photo of the label of %1"), prep->number));
        for (const auto& c : *codes) {
            seen += (seen.empty() ? "" : ", ") + devices::shownText(c);
            if (c.format != "DataMatrix")
                continue;
            if (c.text == label->barcodeData)
                matches = true;
            else if (c.gs1 && c.text.rfind("01" + m_ctx.site().preparationGtin, 0) == 0)
                otherPreparation = true; // one of our labels, but not this preparation's
        }
    }
    if (otherPreparation && matches)
        otherPreparation = false; // both in view: the right one was read; the other is a neighbouring bag
    auto evidence = devices::makeEvidencePhoto(frame, camera.uri());
    if (!evidence)
        return fromDevice(evidence.error(),
                          say(QT_TRANSLATE_NOOP("Message", "photo of the label of %1"), prep->number));
    const std::filesystem::path photoPath = label->path + ".camera-" + std::to_string(cameraReadBacks + 1) + ".jpg";
    if (auto written = writeFileAtomically(
            photoPath, std::string_view(reinterpret_cast<const char*>(evidence->jpeg.data()), evidence->jpeg.size()));
        !written)
        return written.error();

    auto stored = recordReadBack(who, *label, "readback-photo", photoPath.string(), evidence->sha256,
                                 seen.empty() ? std::string("nothing read") : seen, matches);
    if (!stored)
        return stored.error();
    if (otherPreparation)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message",
                                  "the label in front of the camera is not the label of %1 (read [%2]): check "
                                  "the bag"),
                prep->number, seen));
    if (!matches)
        return makeError(
            Error::Kind::Refused,
            seen.empty()
                ? say(QT_TRANSLATE_NOOP("Message",
                                        "label read-back of %1 by the camera failed after %2 frames (nothing "
                                        "read): hold the label flat in front of the camera, "
                                        "or reprint it"),
                      prep->number, std::max(1, frames))
                : say(QT_TRANSLATE_NOOP("Message", "label read-back of %1 by the camera failed after %2 frames (read "
                                                   "[%3]): hold the label flat in front of the camera, or "
                                                   "reprint it"),
                      prep->number, std::max(1, frames), seen));
    return *stored;
}

} // namespace prep::station
