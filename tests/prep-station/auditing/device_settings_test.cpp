// SPDX-License-Identifier: GPL-3.0-or-later
// station.json edited through the device form's settings: validated as a whole, the refusal naming the field, the
// file untouched on refusal, the site and comments kept on save, the previous file kept as .bak.
#include "prep-station/workflow/device_settings.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace prep::station {
namespace {

std::string slurp(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class DeviceSettingsFile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        file = dir.file("station.json");
        std::ofstream(file) << StationConfig::simulatedTemplate(dir.path());
        original = slurp(file);
        auto config = StationConfig::load(file);
        ASSERT_TRUE(config) << config.error().message;
        settings = deviceSettingsOf(*config);
    }

    void expectRefusedNaming(const std::string& field)
    {
        auto saved = saveDeviceSettings(file, settings);
        ASSERT_FALSE(saved) << field;
        EXPECT_NE(saved.error().message.find(field), std::string::npos) << saved.error().message;
        EXPECT_EQ(slurp(file), original);
        EXPECT_FALSE(std::filesystem::exists(dir.file("station.json.bak")));
    }

    test::TempDir dir;
    std::filesystem::path file;
    std::string original;
    DeviceSettings settings;
};

TEST_F(DeviceSettingsFile, TheLoadedFormSavesToAnEquivalentConfiguration)
{
    auto saved = saveDeviceSettings(file, settings);
    ASSERT_TRUE(saved) << saved.error().message;
    EXPECT_EQ(saved->scale.uri, "sim://");
    EXPECT_DOUBLE_EQ(saved->scale.referenceWeightG, 10.0);
    EXPECT_EQ(slurp(dir.file("station.json.bak")), original);
    // The site and the comment are not in the form: kept as they were.
    EXPECT_NE(slurp(file).find("_comment"), std::string::npos);
    EXPECT_EQ(saved->site.gln, "3012345000017");
}

TEST_F(DeviceSettingsFile, EachBadFieldIsRefusedByNameAndTheFileKept)
{
    struct Case
    {
        std::string field;
        std::string DeviceSettings::*member;
        std::string typed;
    };
    const std::vector<Case> cases{{"scale.reference_weight_g", &DeviceSettings::referenceWeightG, "ten"},
                                  {"scale.stable_timeout_s", &DeviceSettings::stableTimeoutS, "0"},
                                  {"scale.uri", &DeviceSettings::scaleUri, "http://scale"},
                                  {"camera.uri", &DeviceSettings::cameraUri, "ftp://camera"},
                                  {"printer.uri", &DeviceSettings::printerUri, "lpr://office"},
                                  {"language", &DeviceSettings::language, "de"},
                                  {"evidence_dir", &DeviceSettings::evidenceDir, ""}};
    const DeviceSettings good = settings;
    for (const auto& c : cases) {
        settings = good;
        settings.*c.member = c.typed;
        expectRefusedNaming(c.field);
    }
}

TEST_F(DeviceSettingsFile, EmptyOptionalFieldsAreLeftOutAndAStationWithoutAFileIsRefused)
{
    settings.scaleAsset = "BAL-07";
    ASSERT_TRUE(saveDeviceSettings(file, settings));
    settings.scaleAsset.clear();
    settings.stableTimeoutS.clear();
    auto saved = saveDeviceSettings(file, settings);
    ASSERT_TRUE(saved) << saved.error().message;
    EXPECT_TRUE(saved->scale.asset.empty());
    EXPECT_EQ(saved->scale.stableTimeoutS, 15) << "the default";
    EXPECT_EQ(slurp(file).find("asset"), std::string::npos);

    auto none = saveDeviceSettings({}, settings);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().kind, Error::Kind::Refused);
}

} // namespace
} // namespace prep::station
