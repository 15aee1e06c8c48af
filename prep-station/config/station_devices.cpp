// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/config/station_devices.h"

#include "devices/scale/modbus_map.h"
#include "prep-station/data_files.h"
#include "prep-station/device_fault.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace prep::station {

namespace {

Error fromDevices(const devices::DeviceError& e)
{
    return makeError(Error::Kind::Device, e.message);
}

// The site's asset number stands in for a serial number the instrument cannot report, and is recorded with every
// reading either way (the instrument on the bench is the one the site's metrology file names).
class AssetTaggedScale : public devices::Scale
{
public:
    AssetTaggedScale(std::unique_ptr<devices::Scale> scale, std::string asset)
        : m_scale(std::move(scale))
        , m_asset(std::move(asset))
    {}
    devices::Result<devices::WeightReading> readNow() override { return tagged(m_scale->readNow()); }
    devices::Result<devices::WeightReading> readStable(std::chrono::milliseconds timeout) override
    {
        return tagged(m_scale->readStable(timeout));
    }
    devices::Result<devices::Ok> tare() override { return m_scale->tare(); }
    devices::Result<devices::Ok> zero() override { return m_scale->zero(); }
    std::string uri() const override { return m_scale->uri(); }
    // The wait runs in the wrapped driver: the gauge watches it there (readings shown untagged) and cancels it there.
    void watchReadings(ReadingWatcher watcher) override { m_scale->watchReadings(std::move(watcher)); }
    void cancelStableWait() override { m_scale->cancelStableWait(); }
    std::string serialNumber() const override
    {
        const std::string serial = m_scale->serialNumber();
        if (serial.empty() || serial == "unknown")
            return "asset:" + m_asset;
        return serial;
    }

private:
    devices::Result<devices::WeightReading> tagged(devices::Result<devices::WeightReading> reading) const
    {
        if (reading)
            reading->source += " asset=" + m_asset;
        return reading;
    }
    std::unique_ptr<devices::Scale> m_scale;
    std::string m_asset;
};

} // namespace

Result<std::unique_ptr<devices::Scale>> openScaleWithMap(const std::string& uri, const std::string& mapName)
{
    std::string name = mapName;
    if (name.empty()) {
        const auto at = uri.find("map=");
        if (at != std::string::npos && at > 0 && (uri[at - 1] == '?' || uri[at - 1] == '&')) {
            const auto end = uri.find('&', at);
            name = uri.substr(at + 4, end == std::string::npos ? std::string::npos : end - at - 4);
            if (std::filesystem::exists(name)) // the driver reads a map file itself
                name.clear();
        }
    }
    if (name.empty()) {
        auto scale = devices::openScale(uri);
        if (!scale)
            return fromDevices(scale.error());
        return std::move(*scale);
    }
    std::string content, origin;
    if (std::filesystem::exists(name)) {
        std::ifstream in(name, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        content = text.str();
        origin = name;
    } else {
        auto file = loadDataFile(name);
        if (!file)
            return makeError(Error::Kind::Invalid, "register map " + name + ": no such file or data file");
        content = file->content;
        origin = file->origin;
    }
    auto map = devices::parseModbusMap(content);
    if (!map)
        return makeError(Error::Kind::Invalid, origin + ": " + map.error().message);
    auto scale = devices::openScale(uri, *map);
    if (!scale)
        return fromDevices(scale.error());
    return std::move(*scale);
}

Result<std::unique_ptr<devices::Scale>> openConfiguredScale(const ScaleConfig& config)
{
    auto scale = openScaleWithMap(config.uri, config.map);
    if (!scale)
        return makeError(scale.error().kind, "scale " + config.uri + ": " + scale.error().message);
    if (config.asset.empty())
        return std::move(*scale);
    return std::unique_ptr<devices::Scale>(std::make_unique<AssetTaggedScale>(std::move(*scale), config.asset));
}

Result<std::unique_ptr<devices::Camera>> openConfiguredCamera(const StationConfig& config)
{
    auto camera = devices::openCamera(config.cameraUri);
    if (!camera)
        return makeError(Error::Kind::Device, "camera: " + camera.error().message);
    return std::move(*camera);
}

Result<std::unique_ptr<labels::LabelPrinter>> openConfiguredPrinter(const PrinterConfig& config)
{
    if (config.kind == PrinterConfig::Kind::Cups)
        return std::unique_ptr<labels::LabelPrinter>(
            std::make_unique<labels::CupsLabelPrinter>(config.queue, config.server));
    return std::unique_ptr<labels::LabelPrinter>(std::make_unique<labels::DirectoryLabelPrinter>(config.directory));
}

DeviceProbe probeDevice(const StationConfig& config, ProbedDevice device, std::chrono::milliseconds scaleTimeout)
{
    switch (device) {
    case ProbedDevice::Scale: {
        DeviceProbe probe{"scale", config.scale.uri, false, config.simulatedScale(), {}, {}, {}};
        if (auto scale = openConfiguredScale(config.scale); !scale) {
            probe.said = say(QT_TRANSLATE_NOOP("Message", "the scale cannot be used: %1"), reasonOf(scale.error()));
        } else if (auto reading = (*scale)->readStable(scaleTimeout); !reading) {
            probe.serial = (*scale)->serialNumber();
            probe.said =
                say(QT_TRANSLATE_NOOP("Message", "connected, but no stable reading: %1"), deviceFault(reading.error()));
        } else {
            probe.ok = true;
            probe.serial = (*scale)->serialNumber();
            probe.said = say(QT_TRANSLATE_NOOP("Message", "connected, stable reading %1 g (%2)"),
                             MessageArg::decimal(reading->grams, 4), reading->source);
        }
        probe.found = englishText(probe.said);
        return probe;
    }
    case ProbedDevice::Camera: {
        DeviceProbe probe{"camera", config.cameraUri, false, config.simulatedCamera(), {}, {}, {}};
        if (config.simulatedCamera()) {
            // Nothing is in front of a simulated camera until the simulated bench presents a vial or a label.
            probe.ok = true;
            probe.said = say(QT_TRANSLATE_NOOP("Message", "simulated camera: shows what the simulated bench presents"));
        } else if (auto camera = openConfiguredCamera(config); !camera) {
            probe.said = say(QT_TRANSLATE_NOOP("Message", "the camera cannot be used: %1"), reasonOf(camera.error()));
        } else if (auto frame = (*camera)->grabFrame(); !frame) {
            probe.said = say(QT_TRANSLATE_NOOP("Message", "opened, but no frame: %1"), deviceFault(frame.error()));
        } else {
            probe.ok = true;
            probe.said = say(QT_TRANSLATE_NOOP("Message", "frame %1x%2"), frame->cols, frame->rows);
        }
        probe.found = englishText(probe.said);
        return probe;
    }
    case ProbedDevice::Printer: {
        DeviceProbe probe{"printer", config.printer.uri, false, false, {}, {}, {}};
        if (auto printer = openConfiguredPrinter(config.printer); !printer) {
            probe.said = say(QT_TRANSLATE_NOOP("Message", "the printer cannot be used: %1"),
                             MessageArg::technical(printer.error().message));
        } else if (auto status = (*printer)->status(); !status) {
            probe.said = say(QT_TRANSLATE_NOOP("Message", "the printer cannot be used: %1"),
                             MessageArg::technical(status.error().message));
        } else {
            probe.ok = true;
            probe.said = say(QT_TRANSLATE_NOOP("Message", "the printer answers: %1"), MessageArg::technical(*status));
        }
        probe.found = englishText(probe.said);
        return probe;
    }
    case ProbedDevice::Evidence:
        break;
    }
    DeviceProbe evidence{"evidence", config.evidenceDir.string(), false, false, {}, {}, {}};
    std::error_code ec;
    std::filesystem::create_directories(config.evidenceDir, ec);
    const auto probeFile = config.evidenceDir / ".prepstation-probe";
    {
        std::ofstream out(probeFile);
        evidence.ok = !ec && out.good() && bool(out << "probe");
    }
    std::filesystem::remove(probeFile, ec);
    evidence.said = evidence.ok ? say(QT_TRANSLATE_NOOP("Message", "writable"))
                                : say(QT_TRANSLATE_NOOP("Message", "cannot write in %1"), config.evidenceDir.string());
    evidence.found = englishText(evidence.said);
    return evidence;
}

std::vector<DeviceProbe> probeStation(const StationConfig& config, std::chrono::milliseconds scaleTimeout)
{
    std::vector<DeviceProbe> probes;
    for (const ProbedDevice device :
         {ProbedDevice::Scale, ProbedDevice::Camera, ProbedDevice::Printer, ProbedDevice::Evidence})
        probes.push_back(probeDevice(config, device, scaleTimeout));
    return probes;
}

} // namespace prep::station
