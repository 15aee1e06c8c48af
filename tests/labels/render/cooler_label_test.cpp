// SPDX-License-Identifier: GPL-3.0-or-later
// The cooler's label: its GS1-128 read back by zxing-cpp (an independent decoder) as the SSCC's element string,
// from the PNG at label-printer resolutions and from the ZPL's command; the mentions in the PDF's text; no patient
// and no drug; a wrong SSCC check digit refused.
#include "labels/gs1_128.h"
#include "labels/label_renderer.h"
#include "labels/label_template.h"
#include "tests/support/temp_dir.h"

#include <ZXing/ReadBarcode.h>

#include <QImage>

#include "tests/support/shell_run.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>

using namespace prep::labels;
using prep::test::TempDir;

namespace {

// Fictitious site prefix 3012345 (prep-station/data/site.json), shipment S-20261122-0001: day 326 of 2026.
const std::string kElementString = "00030123452632600016";
const std::string kHri = "(00)030123452632600016";

LabelContent coolerContent()
{
    LabelContent c;
    c.puiName = "PUI Centre Hospitalier Démo (fictif)";
    c.shipmentNumber = "S-20261122-0001";
    c.doseCount = std::to_string(2); // (a one-character literal trips GCC 12's -Wrestrict at -O3)
    c.packedAt = "22/11/2026 21:10";
    c.loggerSerial = "LOG-DEMO-4242";
    c.barcodeData = kElementString;
    c.barcodeHri = kHri;
    return c;
}

LabelTemplate cooler()
{
    auto t = loadLabelTemplate("cooler-100x60");
    EXPECT_TRUE(t.ok()) << t.error().message;
    return t.ok() ? *t : LabelTemplate{};
}

// What a command line printed (tests/support/shell_run.h).
std::string run(const std::string& command)
{
    return prep::test::runShell(command).out;
}

} // namespace

TEST(CoolerLabel, Gs1_128ReadsBackAsTheSsccAtPrinterResolutions)
{
    TempDir dir;
    const LabelTemplate t = cooler();
    for (const int dpi : {203, 300}) {
        const auto png = dir.file("cooler-" + std::to_string(dpi) + ".png");
        auto ok = renderLabelPng(coolerContent(), t, dpi, png.string());
        ASSERT_TRUE(ok.ok()) << ok.error().message;
        const QImage gray = QImage(QString::fromStdString(png.string())).convertToFormat(QImage::Format_Grayscale8);
        ASSERT_FALSE(gray.isNull());
        ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                              int(gray.bytesPerLine()));
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::Code128);
        const ZXing::Result r = ZXing::ReadBarcode(view, hints);
        ASSERT_TRUE(r.isValid()) << dpi << " dpi";
        EXPECT_EQ(r.symbologyIdentifier(), "]C1") << "must be GS1-128 (FNC1 first), not plain Code 128";
        EXPECT_EQ(r.text(), kElementString) << dpi << " dpi";
    }
}

TEST(CoolerLabel, PdfStatesTheShipmentAndNoPatientOrDrug)
{
    TempDir dir;
    const auto pdf = dir.file("cooler.pdf");
    auto ok = renderLabelPdf(coolerContent(), cooler(), pdf.string());
    ASSERT_TRUE(ok.ok()) << ok.error().message;
    const std::string text = run("pdftotext -raw '" + pdf.string() + "' - 2>/dev/null");
    for (const char* mention : {"Expédition S-20261122-0001", "Doses : 2", "Emballée le 22/11/2026 21:10",
                                "LOG-DEMO-4242", "CYTOTOXIQUES", "(00)030123452632600016"})
        EXPECT_NE(text.find(mention), std::string::npos) << mention << " missing from:\n" << text;
    // The template names no patient or drug field: a courier's label cannot print one.
    for (const auto& e : cooler().elements)
        for (const char* forbidden : {"patientName", "patientBirthDate", "drugInn", "doseText", "prescriber"})
            EXPECT_NE(e.field, forbidden);
}

TEST(CoolerLabel, ZplSendsTheSsccAsCode128SubsetCWithFnc1)
{
    auto zpl = renderLabelZpl(coolerContent(), cooler());
    ASSERT_TRUE(zpl.ok()) << zpl.error().message;
    EXPECT_NE(zpl->find("^FD>;>8" + kElementString + "^FS"), std::string::npos) << *zpl;
}

TEST(CoolerLabel, AWrongSsccCheckDigitOrAMissingSsccIsRefused)
{
    LabelContent c = coolerContent();
    c.barcodeData = "00030123452632600012"; // check digit 2 instead of 6
    auto bad = checkLabel(c, cooler());
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("[00]030123452632600012"), std::string::npos) << bad.error().message;
    c.barcodeData.clear();
    auto none = checkLabel(c, cooler());
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.error().message.find("GS1-128"), std::string::npos) << none.error().message;
}

TEST(CoolerLabel, ABoxTooNarrowForAnSsccIsRefusedAtLoad)
{
    auto t = parseLabelTemplate(R"({"id":"x","version":1,"width_mm":60,"height_mm":30,"font_family":"DejaVu Sans",
        "elements":[{"kind":"gs1-128","x":1,"y":1,"w":40,"h":15,"min_module_mm":0.33}]})");
    ASSERT_FALSE(t.ok());
    EXPECT_NE(t.error().message.find("gs1-128"), std::string::npos) << t.error().message;
}
