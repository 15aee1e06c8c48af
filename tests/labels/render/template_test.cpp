// SPDX-License-Identifier: GPL-3.0-or-later
// Locked templates: every shipped version loads and is identified by its SHA-256; a layout that would clip is
// refused at load, naming the element.
#include "labels/embedded.h"
#include "labels/label_template.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

#include <string>

using namespace prep::labels;

namespace {

std::string templateJson(const std::string& elements, double width = 100, double height = 60)
{
    return R"({"id": "test", "version": 1, "width_mm": )" + std::to_string(width) + R"(, "height_mm": )" +
           std::to_string(height) + R"(, "font_family": "DejaVu Sans", "elements": [)" + elements + "]}";
}

} // namespace

TEST(LabelTemplates, ShipATransportAndASyringeLabel)
{
    const auto ids = labelTemplateIds();
    EXPECT_NE(std::find(ids.begin(), ids.end(), "transport-100x60"), ids.end());
    EXPECT_NE(std::find(ids.begin(), ids.end(), "syringe-70x50"), ids.end());
    auto t = loadLabelTemplate("transport-100x60");
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->widthMm, 100);
    EXPECT_EQ(t->heightMm, 60);
    EXPECT_GE(t->version, 1);
}

TEST(LabelTemplates, EachIsIdentifiedByTheSha256OfItsLockedFile)
{
    for (const auto& id : labelTemplateIds()) {
        auto t = loadLabelTemplate(id);
        ASSERT_TRUE(t.ok()) << id << ": " << t.error().message;
        const std::string file = id + ".v" + std::to_string(t->version) + ".json";
        const std::string_view bytes = embeddedFile(file);
        ASSERT_FALSE(bytes.empty()) << file;
        const std::string expected =
            QCryptographicHash::hash(QByteArrayView(bytes.data(), qsizetype(bytes.size())), QCryptographicHash::Sha256)
                .toHex()
                .toStdString();
        EXPECT_EQ(t->sha256, expected);
        auto same = loadLabelTemplate(id, t->version);
        ASSERT_TRUE(same.ok());
        EXPECT_EQ(same->sha256, t->sha256);
    }
}

TEST(LabelTemplates, UnknownTemplateOrVersionIsRefused)
{
    EXPECT_FALSE(loadLabelTemplate("free-form").ok());
    auto r = loadLabelTemplate("transport-100x60", 999);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, LabelError::Kind::Template);
}

TEST(LabelTemplates, AValidLayoutParses)
{
    auto t = parseLabelTemplate(templateJson(
        R"({"kind": "text", "field": "patientName", "x": 2, "y": 2, "w": 60, "h": 5, "pt": 10, "min_pt": 7})"));
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->elements.size(), 1u);
    EXPECT_EQ(t->sha256.size(), 64u);
}

TEST(LabelTemplates, AnElementBeyondTheLabelEdgeIsRefused)
{
    auto t = parseLabelTemplate(templateJson(
        R"({"kind": "text", "field": "patientName", "x": 50, "y": 2, "w": 60, "h": 5, "pt": 10, "min_pt": 7})"));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().kind, LabelError::Kind::Template);
    EXPECT_NE(t.error().message.find("patientName"), std::string::npos) << t.error().message;
    EXPECT_NE(t.error().message.find("clipped"), std::string::npos) << t.error().message;
}

TEST(LabelTemplates, ABoxTooLowForOneLineIsRefused)
{
    auto t = parseLabelTemplate(templateJson(
        R"({"kind": "text", "field": "drugInn", "x": 2, "y": 2, "w": 60, "h": 3, "pt": 18, "min_pt": 12})"));
    ASSERT_FALSE(t.ok());
    EXPECT_NE(t.error().message.find("would clip"), std::string::npos) << t.error().message;
    EXPECT_NE(t.error().message.find("drugInn"), std::string::npos) << t.error().message;
}

TEST(LabelTemplates, ALiteralThatDoesNotFitIsRefused)
{
    auto t = parseLabelTemplate(templateJson(
        R"({"kind": "text", "literal": "Ne pas avaler", "x": 2, "y": 2, "w": 8, "h": 4, "pt": 8, "min_pt": 6})"));
    ASSERT_FALSE(t.ok());
    EXPECT_NE(t.error().message.find("Ne pas avaler"), std::string::npos) << t.error().message;
}

TEST(LabelTemplates, OverlappingBoxesAreRefused)
{
    auto t = parseLabelTemplate(templateJson(
        R"({"kind": "text", "field": "doseText", "x": 2, "y": 2, "w": 30, "h": 6, "pt": 12, "min_pt": 9},
           {"kind": "text", "field": "volumeText", "x": 25, "y": 4, "w": 30, "h": 6, "pt": 12, "min_pt": 9})"));
    ASSERT_FALSE(t.ok());
    EXPECT_NE(t.error().message.find("overlaps"), std::string::npos) << t.error().message;
}

TEST(LabelTemplates, UnknownFieldsAndIllegibleSizesAreRefused)
{
    EXPECT_FALSE(
        parseLabelTemplate(
            templateJson(R"({"kind": "text", "field": "socialSecurityNumber", "x": 2, "y": 2, "w": 30, "h": 6})"))
            .ok());
    EXPECT_FALSE(
        parseLabelTemplate(
            templateJson(
                R"({"kind": "text", "field": "doseText", "x": 2, "y": 2, "w": 30, "h": 6, "pt": 6, "min_pt": 3})"))
            .ok());
    EXPECT_FALSE(parseLabelTemplate("{ not json").ok());
}

TEST(LabelTemplates, ADataMatrixAreaMustBeSquareAndLargeEnough)
{
    EXPECT_FALSE(parseLabelTemplate(templateJson(R"({"kind": "datamatrix", "x": 2, "y": 2, "w": 20, "h": 15})")).ok());
    EXPECT_FALSE(parseLabelTemplate(templateJson(R"({"kind": "datamatrix", "x": 2, "y": 2, "w": 3, "h": 3})")).ok());
}

// Issue 16, part 5 (fuzzing the template parser): nlohmann's get<int>() turned 1e10 into an int with undefined
// behaviour and wrapped 4294967297 to version 1.
TEST(LabelTemplates, AVersionOrLineCountThatIsNotAWholeIntIsRefused)
{
    for (const char* version : {"1e10", "4294967297", "1.5", "\"2\""}) {
        auto t =
            parseLabelTemplate(std::string(R"({"id": "test", "version": )") + version +
                               R"(, "width_mm": 70, "height_mm": 50, "font_family": "DejaVu Sans", "elements": []})");
        ASSERT_FALSE(t.ok()) << version;
        EXPECT_NE(t.error().message.find("\"version\""), std::string::npos) << t.error().message;
    }
    auto t = parseLabelTemplate(templateJson(
        R"({"kind": "text", "field": "patientName", "x": 2, "y": 2, "w": 60, "h": 5, "pt": 10, "min_pt": 7, "lines": 1e10})"));
    ASSERT_FALSE(t.ok());
    EXPECT_NE(t.error().message.find("\"lines\""), std::string::npos) << t.error().message;
}

// Issue 16, part 5: a 1e300 mm label overflowed the int its size was printed as in the error; a 1000 pt preferred
// size took seconds to shrink in 0.25 pt steps.
TEST(LabelTemplates, AModuleBelowOnePrinterDotOrAFrameLineOfNoWidthIsRefused)
{
    for (const char* module : {"0", "-0.38", "0.1"}) {
        auto t =
            parseLabelTemplate(templateJson(std::string(R"({"kind": "datamatrix", "field": "gs1", "x": 2, "y": 2, )") +
                                            R"("w": 12, "h": 12, "min_module_mm": )" + module + "}"));
        ASSERT_FALSE(t.ok()) << module;
        EXPECT_NE(t.error().message.find("min_module_mm must be at least 0.125 mm"), std::string::npos)
            << t.error().message;
    }
    for (const char* line : {"0", "-1", "6"}) {
        auto t = parseLabelTemplate(templateJson(
            std::string(R"({"kind": "frame", "x": 2, "y": 2, "w": 20, "h": 5, "line_mm": )") + line + "}"));
        ASSERT_FALSE(t.ok()) << line;
        EXPECT_NE(t.error().message.find("line_mm must be more than 0"), std::string::npos) << t.error().message;
    }
    // The smallest printable module and a thin frame line are accepted.
    EXPECT_TRUE(parseLabelTemplate(templateJson(R"({"kind": "datamatrix", "field": "gs1", "x": 2, "y": 2, "w": 12, )"
                                                R"("h": 12, "min_module_mm": 0.125})"))
                    .ok());
    EXPECT_TRUE(
        parseLabelTemplate(templateJson(R"({"kind": "frame", "x": 2, "y": 2, "w": 20, "h": 5, "line_mm": 0.2})")).ok());
}

TEST(LabelTemplates, AnAbsurdLabelOrFontSizeIsRefused)
{
    auto huge = parseLabelTemplate(
        R"({"id": "test", "version": 1, "width_mm": 1e300, "height_mm": 50, "font_family": "DejaVu Sans", "elements":
            [{"kind": "frame", "x": 1e300, "y": 2, "w": 1e300, "h": 5}]})");
    ASSERT_FALSE(huge.ok());
    EXPECT_NE(huge.error().message.find("1000 mm"), std::string::npos) << huge.error().message;
    auto big = parseLabelTemplate(
        templateJson(R"({"kind": "text", "literal": "x", "x": 2, "y": 2, "w": 1, "h": 1, "pt": 1000, "min_pt": 4.5})"));
    ASSERT_FALSE(big.ok());
    EXPECT_NE(big.error().message.find("72 pt"), std::string::npos) << big.error().message;
}
