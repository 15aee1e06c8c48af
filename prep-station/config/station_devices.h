// SPDX-License-Identifier: GPL-3.0-or-later
// The devices a station.json names, opened for the workflow: the scale (with its register map and the site's asset
// number), the camera and the label printer. `probe` says, device by device, what is there: connected, serial
// number, one stable reading / one frame / the queue's state, or what failed.
#pragma once

#include "prep-station/message.h"

#include "devices/camera/camera.h"
#include "devices/scale/scale.h"
#include "labels/label_printer.h"
#include "prep-station/config/station_config.h"
#include "prep-station/error.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace prep::station {

// Opens a scale URI; map=NAME (in the URI) or `mapName` may name a register-map file or a reviewed data file
// (prep-station/data/scale-map-*.json, or PREP_DATA_DIR's copy).
Result<std::unique_ptr<devices::Scale>> openScaleWithMap(const std::string& uri, const std::string& mapName = {});

Result<std::unique_ptr<devices::Scale>> openConfiguredScale(const ScaleConfig& config);
Result<std::unique_ptr<devices::Camera>> openConfiguredCamera(const StationConfig& config);
Result<std::unique_ptr<labels::LabelPrinter>> openConfiguredPrinter(const PrinterConfig& config);

struct DeviceProbe
{
    std::string device; // "scale", "camera", "printer", "evidence"
    std::string uri;
    bool ok = false;
    bool simulated = false;
    std::string serial; // the scale's serial number (or asset number)
    std::string found;  // what it found ("stable reading 0.000 g", "frame 1280x960", "queue idle") or what failed
    Message said;       // the same, for a face in another language
};

enum class ProbedDevice { Scale, Camera, Printer, Evidence };

// Probes one device of the configuration: what the admin's "Test" button next to it shows.
DeviceProbe probeDevice(const StationConfig& config, ProbedDevice device, std::chrono::milliseconds scaleTimeout);
// Probes every device of the configuration (the scale waits at most `scaleTimeout` for a stable reading).
std::vector<DeviceProbe> probeStation(const StationConfig& config, std::chrono::milliseconds scaleTimeout);

} // namespace prep::station
