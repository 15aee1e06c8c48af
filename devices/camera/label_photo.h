// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic photos of a printed label lying on the bench or stuck on a transport bag, as the station camera sees
// it when the technician presents it for read-back: the real label raster (the printer's page) in a cluttered
// scene, turned and tilted, with the lighting and sensor defects of vial photos (photo_scene.h). The demo shows
// them to the simulated camera; the label read-back tests use them with their known content.
#pragma once

#include "devices/error.h"

#include <opencv2/core.hpp>

namespace prep::devices {

struct LabelPhotoOptions
{
    int width = 1280;
    int height = 960;
    double labelWidthFraction = 0.6; // the label's width in the photo as a fraction of the frame's (distance)
    double rotationDegrees = 0;      // in the image plane, any angle
    double tiltDegrees = 0;          // the label turned away from the camera about its vertical axis
    double pitchDegrees = 0;         // ... and about its horizontal axis
    double blurSigma = 0;            // Gaussian defocus, pixels
    double noiseSigma = 0;           // sensor noise, grey levels
    double brightness = 1.0;         // 1 normal, 0.25 a dim isolator
    double glare = 0;                // 0 none .. 1 a saturated reflection on the label (a glossy bag)
    bool clutter = true;
    double centreX = 0.5; // where the label's centre sits, as a fraction of the frame
    double centreY = 0.5;
    unsigned seed = 1; // clutter and glare position; same seed, same photo
};

// A BGR photo of `printedLabel` (the page as printed: grey or BGR, any resolution, typically 203 or 300 dpi).
Result<cv::Mat> photographLabel(const cv::Mat& printedLabel, const LabelPhotoOptions& options = {});

} // namespace prep::devices
