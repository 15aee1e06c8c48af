// SPDX-License-Identifier: GPL-3.0-or-later
// What a nurse and a scanner read on the label: each mention in the PDF's text (poppler's pdftotext), the
// DataMatrix decoded by zxing-cpp from the PNG and from the PDF rasterised at printer resolution, the ZPL's
// DataMatrix command, and refusals for incomplete or unprintable labels.
#include "labels/atomic_file.h"
#include "labels/gs1_datamatrix.h"
#include "labels/label_renderer.h"
#include "labels/label_template.h"
#include "sample_content.h"
#include "tests/support/temp_dir.h"

#include <ZXing/ReadBarcode.h>

#include <QImage>

#include "tests/support/shell_run.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace prep::labels;
using prep::test::TempDir;

namespace {

// What a command line printed (tests/support/shell_run.h).
std::string run(const std::string& command)
{
    return prep::test::runShell(command).out;
}

std::string withoutSpaces(const std::string& s)
{
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += c;
    return out;
}

std::string pdfText(const std::filesystem::path& pdf)
{
    return run("pdftotext -enc UTF-8 '" + pdf.string() + "' - 2>&1");
}

std::string readFile(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Decoded
{
    bool found = false;
    std::string text;
    std::string symbology;
};

Decoded decode(const QImage& source)
{
    const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                          int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::DataMatrix);
    // A scanner's full effort, as on a handheld reader aimed at the label (zxing-cpp 1.4's fast path alone misses
    // some symbols on a whole label at 203 dpi).
    hints.setTryHarder(true);
    const ZXing::Result r = ZXing::ReadBarcode(view, hints);
    return {r.isValid(), r.isValid() ? r.text() : std::string(), r.symbologyIdentifier()};
}

// The label as a scanner aimed at its DataMatrix reads it: the whole label first, then the symbol's area of the
// template (with a 3 mm margin), as zxing-cpp 1.4 does not always find a symbol among the label's text.
Decoded decode(const QImage& source, const LabelTemplate& t)
{
    Decoded whole = decode(source);
    if (whole.found)
        return whole;
    for (const auto& e : t.elements) {
        if (e.kind != TemplateElement::Kind::DataMatrix)
            continue;
        const double pxPerMm = source.width() / t.widthMm;
        const QRect area(int((e.xMm - 3) * pxPerMm), int((e.yMm - 3) * pxPerMm), int((e.widthMm + 6) * pxPerMm),
                         int((e.heightMm + 6) * pxPerMm));
        return decode(source.copy(area.intersected(source.rect())));
    }
    return whole;
}

LabelTemplate transport()
{
    auto t = loadLabelTemplate("transport-100x60");
    EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().message);
    return *t;
}

// Every mention the content carries, as the template captions it.
std::vector<std::string> mentions(const LabelContent& c)
{
    return {c.patientName,
            "Né(e) le " + c.patientBirthDate,
            c.drugInn,
            c.doseText,
            c.volumeText,
            c.concentrationText,
            c.route,
            c.syringeText,
            "Préparée le " + c.preparedAt,
            "À utiliser avant le " + c.expiresAt,
            c.storage,
            c.handling,
            c.cytotoxicWarning,
            "N° " + c.preparationNumber,
            "Prescripteur : " + c.prescriber,
            c.puiName,
            c.puiAddress,
            "Tél. 24 h/24 : " + c.puiPhone,
            "Ne pas avaler"};
}

// The HRI's elements, each whole: the text layer may order the wrapped lines of a narrow column differently.
std::vector<std::string> hriElements(const LabelContent& c)
{
    std::vector<std::string> out;
    std::size_t from = 0;
    for (std::size_t space = c.barcodeHri.find(' '); from < c.barcodeHri.size(); space = c.barcodeHri.find(' ', from)) {
        out.push_back(c.barcodeHri.substr(from, space == std::string::npos ? std::string::npos : space - from));
        from = space == std::string::npos ? c.barcodeHri.size() : space + 1;
    }
    return out;
}

} // namespace

// Both label sizes, in their latest version, carry every mention (the syringe label too, small as it is).
TEST(LabelPdf, StatesEveryMandatoryMentionInExtractableText)
{
    for (const char* id : {"transport-100x60", "syringe-70x50"}) {
        auto t = loadLabelTemplate(id);
        ASSERT_TRUE(t.ok()) << t.error().message;
        for (const LabelContent& c : {prep::test::azacitidineLabel(), prep::test::bortezomibLabel()}) {
            TempDir dir;
            const auto pdf = dir.file("label.pdf");
            auto ok = renderLabelPdf(c, *t, pdf.string());
            ASSERT_TRUE(ok.ok()) << id << ": " << ok.error().message;
            const std::string text = withoutSpaces(pdfText(pdf));
            auto expected = mentions(c);
            const auto hri = hriElements(c);
            ASSERT_EQ(hri.size(), 3u) << c.barcodeHri;
            expected.insert(expected.end(), hri.begin(), hri.end());
            for (const std::string& m : expected)
                EXPECT_NE(text.find(withoutSpaces(m)), std::string::npos)
                    << id << " v" << t->version << ": missing on the label: " << m << "\n"
                    << text;
            EXPECT_EQ(text.find(withoutSpaces("l'abri de la lumière")) != std::string::npos, c.protectFromLight) << id;
            EXPECT_EQ(text.find("DUPLICATA"), std::string::npos) << "a first print is not a duplicate";
        }
    }
}

TEST(LabelPdf, IsAOnePageVectorPdfOfTheTemplateSize)
{
    TempDir dir;
    const auto pdf = dir.file("label.pdf");
    ASSERT_TRUE(renderLabelPdf(prep::test::azacitidineLabel(), transport(), pdf.string()).ok());
    const std::string info = run("pdfinfo '" + pdf.string() + "'");
    // pdfinfo prints "Key:   value" lines; read the two we need without std::regex (GCC 12 warns falsely on it
    // under the sanitizers).
    auto field = [&info](const std::string& key) {
        std::istringstream lines(info);
        for (std::string line; std::getline(lines, line);)
            if (line.rfind(key + ":", 0) == 0) {
                const auto value = line.find_first_not_of(' ', key.size() + 1);
                return value == std::string::npos ? std::string() : line.substr(value);
            }
        return std::string();
    };
    EXPECT_EQ(field("Pages"), "1") << info;
    // 100 x 60 mm = 283.46 x 170.08 pt; Qt stores custom page sizes in whole points.
    double widthPt = 0, heightPt = 0;
    char unit[8] = {};
    ASSERT_EQ(std::sscanf(field("Page size").c_str(), "%lf x %lf %7s", &widthPt, &heightPt, unit), 3) << info;
    EXPECT_STREQ(unit, "pts");
    EXPECT_NEAR(widthPt, 283.46, 0.6);
    EXPECT_NEAR(heightPt, 170.08, 0.6);
    // The locked template's identity travels in the file.
    EXPECT_NE(info.find("transport-100x60 v" + std::to_string(transport().version)), std::string::npos) << info;
    // Vector: no raster image inside the PDF.
    EXPECT_EQ(run("pdfimages -list '" + pdf.string() + "' | tail -n +3"), "");
}

TEST(LabelPdf, DuplicateAndLightProtectionAreShownOnlyWhenSet)
{
    TempDir dir;
    LabelContent c = prep::test::azacitidineLabel();
    c.duplicate = true;
    c.protectFromLight = false;
    const auto pdf = dir.file("dup.pdf");
    ASSERT_TRUE(renderLabelPdf(c, transport(), pdf.string()).ok());
    const std::string text = withoutSpaces(pdfText(pdf));
    EXPECT_NE(text.find("DUPLICATA"), std::string::npos);
    EXPECT_EQ(text.find(withoutSpaces("abri de la lumière")), std::string::npos);
}

TEST(LabelPdf, SplitDoseLabelsEachSyringe)
{
    TempDir dir;
    for (const char* n : {"Seringue 1/2", "Seringue 2/2"}) {
        LabelContent c = prep::test::azacitidineLabel();
        c.syringeText = n;
        const auto pdf = dir.file("s.pdf");
        ASSERT_TRUE(renderLabelPdf(c, transport(), pdf.string()).ok());
        EXPECT_NE(withoutSpaces(pdfText(pdf)).find(withoutSpaces(n)), std::string::npos) << n;
    }
}

TEST(LabelPdf, ExpiryIsPrintedExactlyAsTheWorkflowFormattedIt)
{
    // 25/10/2026 is the autumn DST change in Europe/Paris: the workflow formats local time; the label must not
    // re-interpret it.
    TempDir dir;
    LabelContent c = prep::test::azacitidineLabel();
    c.preparedAt = "24/10/2026 10:00";
    c.expiresAt = "26/10/2026 09:00";
    c.barcodeData = std::string("7003") + "2610260900" + "\x1d" + "10" + "P-20261024-0001";
    const auto pdf = dir.file("dst.pdf");
    ASSERT_TRUE(renderLabelPdf(c, transport(), pdf.string()).ok());
    EXPECT_NE(withoutSpaces(pdfText(pdf)).find(withoutSpaces("À utiliser avant le 26/10/2026 09:00")),
              std::string::npos);
}

TEST(LabelFit, LongNamesWithAccentsShrinkButStayWhole)
{
    TempDir dir;
    LabelContent c = prep::test::azacitidineLabel();
    c.patientName = "DE LA FONTAINE-ÉTIENNE-FRANÇOIS Anaïs Geneviève Weißmüller";
    c.puiName = "PUI du Centre Hospitalier Intercommunal de l'Exemple";
    const auto pdf = dir.file("long.pdf");
    auto ok = renderLabelPdf(c, transport(), pdf.string());
    ASSERT_TRUE(ok.ok()) << ok.error().message;
    const std::string text = withoutSpaces(pdfText(pdf));
    EXPECT_NE(text.find(withoutSpaces(c.patientName)), std::string::npos) << text;
    EXPECT_NE(text.find(withoutSpaces(c.puiName)), std::string::npos) << text;
    for (const char* accent : {"É", "Ç", "ï", "ß", "è", "ü"})
        EXPECT_NE(text.find(accent), std::string::npos) << accent;
}

TEST(LabelFit, ATextThatCannotFitIsRefusedNamingTheField)
{
    LabelContent c = prep::test::azacitidineLabel();
    c.patientName = std::string(6, ' ');
    for (int i = 0; i < 12; ++i)
        c.patientName += "WOLFESCHLEGELSTEINHAUSEN ";
    auto r = renderLabelPdfBytes(c, transport());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, LabelError::Kind::Render);
    EXPECT_NE(r.error().message.find("patientName"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("does not fit"), std::string::npos) << r.error().message;
}

TEST(LabelContentCheck, AMissingMandatoryMentionIsRefused)
{
    for (auto member : {&LabelContent::patientBirthDate, &LabelContent::expiresAt, &LabelContent::route,
                        &LabelContent::puiPhone, &LabelContent::preparationNumber}) {
        LabelContent c = prep::test::azacitidineLabel();
        c.*member = "";
        auto r = checkLabel(c, transport());
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, LabelError::Kind::Invalid);
        EXPECT_NE(r.error().message.find("is empty"), std::string::npos) << r.error().message;
    }
}

TEST(LabelContentCheck, ABarcodeCarryingThePatientNameIsRefused)
{
    LabelContent c = prep::test::azacitidineLabel();
    c.barcodeData = std::string("7003") + "2611242030" + "\x1d" + "91" + "TESTPATIENT";
    auto r = checkLabel(c, transport());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("patient"), std::string::npos) << r.error().message;
}

TEST(LabelContentCheck, InvalidGs1DataIsRefusedBeforeAnythingIsWritten)
{
    TempDir dir;
    LabelContent c = prep::test::azacitidineLabel();
    c.barcodeData = std::string("7003") + "2613452030" + "\x1d" + "10" + "P-1"; // month 13
    const auto pdf = dir.file("bad.pdf");
    auto r = renderLabelPdf(c, transport(), pdf.string());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, LabelError::Kind::Invalid);
    EXPECT_FALSE(std::filesystem::exists(pdf));
}

class LabelPng : public ::testing::TestWithParam<int>
{};

TEST_P(LabelPng, DataMatrixDecodesBackToThePreparationAndExpiry)
{
    const int dpi = GetParam();
    TempDir dir;
    ASSERT_GE(labelTemplateIds().size(), 2u);
    for (const LabelContent& c : {prep::test::azacitidineLabel(), prep::test::bortezomibLabel()}) {
        for (const std::string& id : labelTemplateIds()) {
            auto t = loadLabelTemplate(id);
            ASSERT_TRUE(t.ok()) << t.error().message;
            // A preparation's labels: the cooler's label (GS1-128 of its SSCC) is tested in cooler_label_test.cpp.
            if (std::none_of(t->elements.begin(), t->elements.end(),
                             [](const TemplateElement& e) { return e.kind == TemplateElement::Kind::DataMatrix; }))
                continue;
            const auto png = dir.file(id + ".png");
            auto ok = renderLabelPng(c, *t, dpi, png.string());
            ASSERT_TRUE(ok.ok()) << ok.error().message;
            QImage image(QString::fromStdString(png.string()));
            ASSERT_FALSE(image.isNull());
            EXPECT_EQ(image.width(), int(std::lround(t->widthMm / 25.4 * dpi)));
            EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, dpi, 0.5);
            const Decoded d = decode(image, *t);
            ASSERT_TRUE(d.found) << id << " at " << dpi << " dpi";
            EXPECT_EQ(d.symbology, "]d2") << "must be a GS1 DataMatrix (FNC1 first)";
            EXPECT_EQ(d.text, c.barcodeData) << id << " at " << dpi << " dpi";
        }
    }
}

TEST_P(LabelPng, PdfRasterisedAtPrinterResolutionDecodes)
{
    const int dpi = GetParam();
    TempDir dir;
    const LabelContent c = prep::test::azacitidineLabel();
    const auto pdf = dir.file("label.pdf");
    ASSERT_TRUE(renderLabelPdf(c, transport(), pdf.string()).ok());
    run("pdftoppm -r " + std::to_string(dpi) + " -gray -png -singlefile '" + pdf.string() + "' '" +
        dir.file("raster").string() + "'");
    QImage image(QString::fromStdString(dir.file("raster.png").string()));
    ASSERT_FALSE(image.isNull()) << "pdftoppm produced nothing";
    const Decoded d = decode(image, transport());
    ASSERT_TRUE(d.found);
    EXPECT_EQ(d.text, c.barcodeData);
}

INSTANTIATE_TEST_SUITE_P(PrinterResolutions, LabelPng, ::testing::Values(203, 300));

TEST(LabelZpl, CarriesAGs1DataMatrixAndEveryText)
{
    const LabelContent c = prep::test::azacitidineLabel();
    auto zpl = renderLabelZpl(c, transport(), 203);
    ASSERT_TRUE(zpl.ok()) << zpl.error().message;
    const std::string& z = *zpl;
    EXPECT_EQ(z.rfind("^XA", 0), 0u);
    EXPECT_NE(z.find("^XZ"), std::string::npos);
    EXPECT_NE(z.find("^CI28"), std::string::npos) << "UTF-8 for accents";
    EXPECT_NE(z.find("^PW800"), std::string::npos) << "100 mm at 8 dots/mm";
    EXPECT_NE(z.find("^LL480"), std::string::npos) << "60 mm at 8 dots/mm";
    // ECC 200, '_' escape, FNC1 first and as the separator after the non-predefined-length AI 7003.
    EXPECT_NE(z.find(",200,"), std::string::npos);
    EXPECT_NE(z.find("^BXN,"), std::string::npos);
    EXPECT_NE(z.find("^FD_10103012345000093"
                     "70032611242030_110P-20261122-0001^FS"),
              std::string::npos)
        << z;
    // Accented text goes as hex-escaped UTF-8: "sous-cutanée" -> "sous-cutan_C3_A9e".
    EXPECT_NE(z.find("sous-cutan_C3_A9e"), std::string::npos);
    EXPECT_NE(z.find("TESTPATIENT Marie"), std::string::npos);
}

TEST(LabelFiles, FormatFollowsTheExtension)
{
    TempDir dir;
    const LabelContent c = prep::test::azacitidineLabel();
    for (const std::string ext : {"pdf", "png", "zpl"}) {
        const auto path = dir.file("label." + ext);
        auto r = renderLabel(c, transport(), path.string());
        ASSERT_TRUE(r.ok()) << r.error().message;
        EXPECT_EQ(*r, ext);
        const std::string bytes = readFile(path);
        const std::string magic = ext == "pdf" ? "%PDF-" : ext == "png" ? "\x89PNG" : "^XA";
        EXPECT_EQ(bytes.rfind(magic, 0), 0u) << ext;
    }
    auto bad = renderLabel(c, transport(), dir.file("label.docx").string());
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find(".pdf, .png or .zpl"), std::string::npos);
}

TEST(LabelFiles, AFailedWriteLeavesThePreviousLabelIntactAndNoTemporary)
{
    TempDir dir;
    const auto path = dir.file("label.pdf");
    ASSERT_TRUE(writeFileAtomically(path.string(), "previous label").ok());
    auto r = writeFileAtomically(path.string(), std::string(10000, 'x'), 4096);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, LabelError::Kind::Io);
    EXPECT_EQ(readFile(path), "previous label");
    int files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path()))
        ++files;
    EXPECT_EQ(files, 1) << "the temporary file must be removed";
}

TEST(LabelFiles, AnUnwritableFolderIsANamedError)
{
    auto r = renderLabelPdf(prep::test::azacitidineLabel(), transport(), "/nonexistent-folder/label.pdf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, LabelError::Kind::Io);
    EXPECT_NE(r.error().message.find("/nonexistent-folder/label.pdf"), std::string::npos);
}

TEST(Gs1ElementString, SeparatorsOnlyWhereGs1RequiresThem)
{
    auto s = gs1ElementString("(01)03400930000007(17)260531(10)AB1234(21)K7Z9Q2X4M1");
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(*s, std::string("01034009300000071726053110AB1234") + "\x1d" + "21K7Z9Q2X4M1");
    auto p = gs1ElementString(std::string("70032606141530") + "\x1d" + "10PREP250613-0042" + "\x1d" + "91HAD-BOURG");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(*p, std::string("70032606141530") + "\x1d" + "10PREP250613-0042" + "\x1d" + "91HAD-BOURG");
    EXPECT_FALSE(gs1ElementString("7A").ok());
}
