// SPDX-License-Identifier: GPL-3.0-or-later
// The cooler's label closes the loop the courier depends on: the PDF printed at packing, rasterised and read by
// the station's own barcode reader (the one behind POST /api/v1/decode), gives the SSCC's HRI, which finds the
// shipment and records the courier's pickup; an SSCC that is not this site's, or misread, is refused by name.
#include "devices/barcode/contained_barcode_reader.h"
#include "prep-station/identity/gs1_keys.h"
#include "prep-station/web/web_api.h"
#include "prep-station/workflow/cooler_label.h"
#include "prep-station/workflow/demo_accounts.h"
#include "prep-station/workflow/dispatch_desk.h"
#include "tests/prep-station/web/packed_demo.h"
#include "tests/support/shell_run.h"

#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace prep::test {
namespace {

using nlohmann::json;

class CoolerLabelTest : public ::testing::Test
{
protected:
    TempDir dir;
    PackedStation station{dir};

    const std::string& shipment() const { return packedDemo().demo.shipment; }

    db::Actor technician()
    {
        const auto& account = station::demoAccount(db::Role::Technician);
        auto who = station.ctx->users().authenticate(account.username, account.password, station.clock.now());
        EXPECT_TRUE(who) << who.error().message;
        return who ? *who : db::Actor{};
    }

    std::string sscc() { return *station::shipmentSscc(station.ctx->site().companyPrefix, shipment()); }
};

TEST_F(CoolerLabelTest, PrintedSsccReadByTheStationsReaderFindsTheShipmentAndRecordsThePickup)
{
    const auto pdf = station.dir / "cooler.pdf";
    auto written = station::CoolerLabelDesk(*station.ctx).render(technician(), shipment(), pdf);
    ASSERT_TRUE(written) << written.error().message;
    // Each print is in the audit trail with the SSCC it carries (the demo printed the first at packing).
    auto audit = station.ctx->audit().listFor("cooler_label", shipment());
    ASSERT_TRUE(audit && audit->size() == 2u);
    EXPECT_EQ(audit->back().action, "cooler_label_printed");
    EXPECT_NE(audit->back().reason.find("(00)" + sscc()), std::string::npos) << audit->back().reason;

    // The paper as a scanner sees it: the PDF at 200 dpi (poppler, independent of our painter).
    const auto png = station.dir / "cooler";
    ASSERT_EQ(runShell("pdftoppm -r 200 -png -singlefile '" + pdf.string() + "' '" + png.string() + "'").code, 0);
    const cv::Mat image = cv::imread(png.string() + ".png", cv::IMREAD_GRAYSCALE);
    ASSERT_FALSE(image.empty());
    const devices::ContainedBarcodeReader reader;
    auto codes = reader.read(image);
    ASSERT_TRUE(codes) << codes.error().message;
    ASSERT_EQ(codes->size(), 1u);
    EXPECT_EQ(codes->front().format, "GS1-128");
    const std::string read = devices::shownText(codes->front());
    EXPECT_EQ(read, "(00)" + sscc());

    station::DispatchDesk dispatch(*station.ctx);
    for (const std::string& scan : {read, "00" + sscc(), "]C100" + sscc()}) {
        auto found = dispatch.shipmentByScan(scan);
        ASSERT_TRUE(found) << scan << ": " << found.error().message;
        EXPECT_EQ(found->number, shipment());
    }

    // The courier's phone sends what it read: the pickup is recorded on the shipment.
    web::WebSessions sessions;
    const auto& courier = station::demoAccount(db::Role::Courier);
    auto login = web::WebApi(*station.ctx, sessions)
                     .handle({"POST",
                              "/api/v1/session",
                              {},
                              json{{"login", courier.username}, {"password", courier.password}}.dump()});
    ASSERT_EQ(login.status, 200) << login.body;
    web::ApiRequest pickup{"POST",
                           "/api/v1/handovers",
                           {},
                           json{{"kind", "pickup"}, {"code", read}, {"place", "PUI"}, {"scan_id", "cooler-1"}}.dump()};
    pickup.headers["authorization"] = "Bearer " + json::parse(login.body)["token"].get<std::string>();
    auto answer = web::WebApi(*station.ctx, sessions).handle(pickup);
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(json::parse(answer.body)["verdict"], "ok") << answer.body;
    EXPECT_EQ(json::parse(answer.body)["shipment"], shipment()) << answer.body;
    EXPECT_EQ(station.ctx->shipments().getByNumber(shipment())->status, db::ShipmentStatus::PickedUp);
}

TEST_F(CoolerLabelTest, AForeignMisreadOrUnknownSsccIsRefusedNamingIt)
{
    station::DispatchDesk dispatch(*station.ctx);
    // GS1's example SSCC: a valid SSCC of another company.
    auto foreign = dispatch.shipmentByScan("(00)106141412345678908");
    ASSERT_FALSE(foreign);
    EXPECT_NE(foreign.error().message.find("SSCC 106141412345678908"), std::string::npos) << foreign.error().message;
    EXPECT_NE(foreign.error().message.find("not one of this site's"), std::string::npos) << foreign.error().message;
    // Ours, one digit misread.
    std::string misread = sscc();
    misread[12] = misread[12] == '9' ? '0' : char(misread[12] + 1);
    auto wrong = dispatch.shipmentByScan("00" + misread);
    ASSERT_FALSE(wrong);
    EXPECT_NE(wrong.error().message.find("SSCC " + misread), std::string::npos) << wrong.error().message;
    // Ours and well formed, but no such shipment was packed.
    const std::string never = *station::shipmentSscc(station.ctx->site().companyPrefix, "S-20260101-0999");
    auto unknown = dispatch.shipmentByScan("(00)" + never);
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.error().message.find("SSCC " + never + " is shipment S-20260101-0999"), std::string::npos)
        << unknown.error().message;
    // Nothing was handed over.
    EXPECT_EQ(station.ctx->shipments().getByNumber(shipment())->status, db::ShipmentStatus::Packed);
}

} // namespace
} // namespace prep::test
