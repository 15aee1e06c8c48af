// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's screens, offscreen, driven by object name: trace by lot, patient and preparation; the batch record
// exported as a PDF dossier (read back with pdftotext); the audit trail verified, then tampered with.
#include "tests/ui/ui_station.h"

#include "ui/app/language.h"
#include "ui/app/outcome_line.h"
#include "ui/auditor/audit_verify_screen.h"
#include "ui/auditor/trace_screen.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace prep::test {
namespace {

constexpr const char* kIpp = "FICTIF-AUDIT-0001";
constexpr const char* kLot = "LOT-TRACE-42";

QStringList column(QTableWidget* table, int c)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return out;
}

// The recorded event codes of the history shown (the cells say them in words).
QStringList eventCodes(QTableWidget* table)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << (table->item(r, 1) ? table->item(r, 1)->data(Qt::UserRole).toString() : QString());
    return out;
}

std::string run(const std::string& command)
{
    std::string out;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe))
            out.append(buffer, n);
        pclose(pipe);
    }
    return out;
}

class AuditorScreens : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto orderId = station.enterOrder(true, kIpp);
        const auto ids = station.plan(orderId);
        ASSERT_FALSE(ids.empty());
        preparationId = ids.front();
        auto prep = station.ctx().preparations().get(preparationId);
        ASSERT_TRUE(prep);
        number = QString::fromStdString(prep->number);
        // The records a preparation under way has: a vial scanned, the empty syringe weighed, a photo.
        const db::Actor tech = station.actor(kTechLogin);
        auto& ctx = station.ctx();
        db::VialScanRecord scan;
        scan.preparationId = preparationId;
        scan.gtin = prep->productGtin;
        scan.lot = kLot;
        scan.expiry = "2027-06-30";
        scan.serial = "SN0001";
        scan.rawScan = "test";
        scan.hri = "(01)" + prep->productGtin + "(10)" + kLot;
        scan.source = "test camera";
        ASSERT_TRUE(ctx.vialScans().add(tech, ctx.now(), scan));
        db::WeighingRecord weighing;
        weighing.preparationId = preparationId;
        weighing.step = "tare";
        weighing.grams = 12.3456;
        weighing.stable = true;
        weighing.readabilityG = 0.0001;
        weighing.source = "sim://modbus-tcp/127.0.0.1:1 SIM-0001";
        weighing.raw = "test";
        ASSERT_TRUE(ctx.weighings().add(tech, ctx.now(), weighing));
        QImage photo(64, 48, QImage::Format_RGB32);
        photo.fill(Qt::darkCyan);
        const auto photoPath = station.dir() / "vial.png";
        ASSERT_TRUE(photo.save(QString::fromStdString(photoPath.string())));
        db::PhotoRecord record;
        record.preparationId = preparationId;
        record.step = "vial";
        record.path = photoPath.string();
        record.sha256 = "00";
        ASSERT_TRUE(ctx.photos().add(tech, ctx.now(), record));
    }

    UiStation station;
    std::int64_t preparationId = 0;
    QString number;
};

TEST_F(AuditorScreens, TraceByLotFindsThePreparationAndOpensItsHistory)
{
    ui::TraceScreen screen(station.setup(), station.actor(kAuditLogin));
    child<QComboBox>(&screen, "traceKind")->setCurrentIndex(1);
    child<QLineEdit>(&screen, "traceQuery")->setText(kLot);
    child<QPushButton>(&screen, "traceSearch")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    auto* table = child<QTableWidget>(&screen, "traceResults");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), number);
    EXPECT_TRUE(table->item(0, 2)->text().contains(kIpp));
    EXPECT_FALSE(child<QPushButton>(&screen, "exportPdf")->isEnabled());

    // Opening the row traces the preparation: its history, oldest first, with who did what.
    emit table->cellDoubleClicked(0, 0);
    ASSERT_TRUE(station.runner().waitIdle());
    const QStringList events = eventCodes(table);
    EXPECT_TRUE(column(table, 1).contains("Vial scanned"));
    EXPECT_TRUE(events.contains("vial_scanned")) << events.join(", ").toStdString();
    EXPECT_LT(events.indexOf("order_prescribed"), events.indexOf("vial_scanned"));
    EXPECT_TRUE(column(table, 2).join(" ").contains(kTechLogin));
    EXPECT_TRUE(child<QLabel>(&screen, "traceSummary")->text().contains(number));
    EXPECT_EQ(child<ui::OutcomeLine>(&screen, "traceOutcome")->tone(), ui::OutcomeLine::Tone::Done);
    EXPECT_TRUE(child<QPushButton>(&screen, "exportPdf")->isEnabled());
}

// A trace event's detail is the workflow's sentence, said in the screen's language with the figures in its
// locale (the CLI's history keeps the English).
TEST_F(AuditorScreens, AHistorysDetailsReadInTheScreensLanguage)
{
    ui::LanguageSwitch language;
    language.use(station::Language::French);
    ui::TraceScreen screen(station.setup(), station.actor(kAuditLogin));
    child<QLineEdit>(&screen, "traceQuery")->setText(number);
    child<QPushButton>(&screen, "traceSearch")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    auto* table = child<QTableWidget>(&screen, "traceResults");
    const QStringList details = column(table, 3);
    const QString weighing = details.value(eventCodes(table).indexOf("weighing:tare"));
    EXPECT_TRUE(weighing.startsWith("12,3456 g stable, de sim://")) << weighing.toStdString();
    EXPECT_TRUE(details.join(" ").contains("(GTIN ")) << details.join(" | ").toStdString();
    EXPECT_TRUE(details.join(" ").contains(", série SN0001) par test camera")) << details.join(" | ").toStdString();
    EXPECT_FALSE(details.join(" ").contains(" from ")) << details.join(" | ").toStdString();
    language.use(station::Language::English);
}

TEST_F(AuditorScreens, TraceByPatientListsOrdersAndPreparations)
{
    ui::TraceScreen screen(station.setup(), station.actor(kAuditLogin));
    child<QComboBox>(&screen, "traceKind")->setCurrentIndex(2);
    child<QLineEdit>(&screen, "traceQuery")->setText(kIpp);
    child<QPushButton>(&screen, "traceSearch")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    auto* table = child<QTableWidget>(&screen, "traceResults");
    ASSERT_GE(table->rowCount(), 1);
    EXPECT_TRUE(column(table, 4).contains(number));

    // An unknown patient is refused in words, the table left as it was.
    child<QLineEdit>(&screen, "traceQuery")->setText("FICTIF-NOBODY");
    child<QPushButton>(&screen, "traceSearch")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    auto* outcome = child<ui::OutcomeLine>(&screen, "traceOutcome");
    EXPECT_EQ(outcome->tone(), ui::OutcomeLine::Tone::Refused);
    EXPECT_TRUE(outcome->text().contains("FICTIF-NOBODY"));
}

TEST_F(AuditorScreens, BatchRecordExportsAsAPdfDossier)
{
    ui::TraceScreen screen(station.setup(), station.actor(kAuditLogin));
    screen.trace(ui::TraceScreen::Kind::Preparation, number);
    ASSERT_TRUE(station.runner().waitIdle());
    const auto pdf = station.dir() / "dossier.pdf";
    screen.exportTo(QString::fromStdString(pdf.string()));
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_EQ(child<ui::OutcomeLine>(&screen, "traceOutcome")->tone(), ui::OutcomeLine::Tone::Done);
    std::ifstream in(pdf, std::ios::binary);
    ASSERT_TRUE(in) << pdf;
    char head[5] = {};
    in.read(head, 4);
    EXPECT_STREQ(head, "%PDF");
    const std::string text = run("pdftotext -layout '" + pdf.string() + "' -");
    EXPECT_NE(text.find(number.toStdString()), std::string::npos) << text;
    EXPECT_NE(text.find("12.3456 g"), std::string::npos) << "the weighing";
    EXPECT_NE(text.find("sim://modbus-tcp"), std::string::npos) << "the weighing's source";
    EXPECT_NE(text.find(kLot), std::string::npos) << "the vial scan";
    EXPECT_NE(text.find("order_validated"), std::string::npos) << "the order's signature";
    EXPECT_NE(text.find("DURAND Paul"), std::string::npos) << "the signer's printed name";
    EXPECT_NE(text.find("Evidence photos"), std::string::npos);
    EXPECT_EQ(text.find("image not readable"), std::string::npos) << "the photo is drawn";
}

TEST_F(AuditorScreens, VerificationNamesTheLastCheckpointSignedByATrustedKey)
{
    // The station signs with its key from now on; the screen trusts the key folder the station was opened with.
    const auto keys = station.dir() / "audit-keys";
    ASSERT_TRUE(station.ctx().useAuditKey(keys));
    station.setup().auditKeyDir = keys;
    station.enterOrder(true, "FICTIF-AUDIT-0002");
    ui::AuditVerifyScreen screen(station.setup(), station.actor(kAuditLogin));
    child<QPushButton>(&screen, "verifyAudit")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_EQ(child<ui::OutcomeLine>(&screen, "auditOutcome")->tone(), ui::OutcomeLine::Tone::Done);
    const QString checkpoint = child<QLabel>(&screen, "auditCheckpoint")->text();
    EXPECT_TRUE(checkpoint.startsWith("Last signed checkpoint: entry")) << checkpoint.toStdString();
}

TEST_F(AuditorScreens, VerificationReportsIntactThenTheTamperedRecord)
{
    ui::AuditVerifyScreen screen(station.setup(), station.actor(kAuditLogin));
    child<QPushButton>(&screen, "verifyAudit")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    auto* outcome = child<ui::OutcomeLine>(&screen, "auditOutcome");
    EXPECT_EQ(outcome->tone(), ui::OutcomeLine::Tone::Done) << outcome->text().toStdString();
    EXPECT_TRUE(child<QLabel>(&screen, "auditEntries")->text().contains("entries checked"));
    EXPECT_FALSE(child<QLabel>(&screen, "auditCheckpoint")->text().isEmpty());

    // Someone with direct access changes a dose without going through the station.
    ASSERT_EQ(
        station.store().tool("UPDATE preparation SET target_dose_mg = 1 WHERE id = " + std::to_string(preparationId)),
        0);
    child<QPushButton>(&screen, "verifyAudit")->click();
    ASSERT_TRUE(station.runner().waitIdle());
    EXPECT_EQ(outcome->tone(), ui::OutcomeLine::Tone::Refused);
    EXPECT_TRUE(outcome->text().contains("preparation")) << outcome->text().toStdString();
}

} // namespace
} // namespace prep::test
