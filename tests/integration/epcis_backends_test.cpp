// SPDX-License-Identifier: GPL-3.0-or-later
// The EPCIS export reads through the repositories only, so it says the same on either backend: the demo's records
// copied into this pass's database (a SQLite file, or PostgreSQL in the "postgres/" pass) export the same events,
// and the copy's document validates against GS1's schema.
#include "db/database_copy.h"
#include "prep-station/workflow/epcis_export.h"
#include "tests/integration/demo_fixture.h"
#include "tests/support/shell_run.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_database.h"

#include <gtest/gtest.h>

#include <fstream>

namespace prep::station {
namespace {

TEST(EpcisBackends, TheDemosRecordsExportTheSameEventsOnThisBackend)
{
    std::string error;
    auto demo = test::demoRun(error);
    ASSERT_TRUE(error.empty()) << error;
    test::TempDir dir;
    test::TestDatabase target(dir, "epcis"); // before the contexts that use it
    EXPECT_EQ(target.location().rfind("postgresql://", 0) == 0, test::onPostgres()) << target.location();
    SystemClock clock;
    auto source = StationContext::open(demo.database.string(), clock);
    ASSERT_TRUE(source) << source.error().message;
    auto copy = StationContext::open(target.location(), clock);
    ASSERT_TRUE(copy) << copy.error().message;
    auto copied = db::copyDatabase((*source)->database(), (*copy)->database());
    ASSERT_TRUE(copied) << copied.error().message;

    const EpcisScope scope{EpcisScope::Kind::Shipment, demo.shipment};
    auto auditor = (*source)->users().find("auditor.demo");
    ASSERT_TRUE(auditor);
    auto original = EpcisExport(**source).document(*auditor, scope);
    ASSERT_TRUE(original) << original.error().message;
    auto fromCopy = EpcisExport(**copy).document(*auditor, scope);
    ASSERT_TRUE(fromCopy) << fromCopy.error().message;
    EXPECT_EQ((*fromCopy)["epcisBody"], (*original)["epcisBody"]);
    EXPECT_EQ((*fromCopy)["epcisBody"]["eventList"].size(), 7u);

    const auto file = dir.file("copy.jsonld");
    std::ofstream(file) << fromCopy->dump(2);
    auto check = test::runShell("/usr/bin/python3 " + test::sourcePath("tests/integration/validate_epcis.py").string() +
                                " " + test::sourcePath("tests/data/epcis/EPCIS-JSON-Schema.json").string() + " " +
                                file.string() + " 2>&1");
    EXPECT_EQ(check.code, 0) << check.out;
}

} // namespace
} // namespace prep::station
