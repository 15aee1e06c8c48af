// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic photos of vial labels carrying a GS1 DataMatrix, as the isolator camera sees them: a cluttered
// scene, the label rotated, tilted, curved around the vial, blurred, noisy, dim or with glare. The demo shows
// them to the simulated camera; the barcode tests and the benchmark use them as a corpus with known content.
#pragma once

#include "devices/error.h"

#include <opencv2/core.hpp>

#include <string>

namespace prep::devices {

struct VialPhotoOptions
{
    int width = 1280;
    int height = 960;
    double modulePixels = 6.0;  // size of one DataMatrix module in the photo, before perspective
    double rotationDegrees = 0; // in the image plane, any angle
    double tiltDegrees = 0;     // perspective: the label turned away from the camera about its vertical axis
    double curvature = 0;       // 0 flat; 1: the code spans 90 degrees of the vial (a 10 mm code on a 2 mL vial)
    double blurSigma = 0;       // Gaussian defocus, pixels
    double noiseSigma = 0;      // sensor noise, grey levels
    double brightness = 1.0;    // 1 normal, 0.25 a dim isolator
    double glare = 0;           // 0 none .. 1 a saturated reflection across the code
    bool clutter = true;        // gloves, tools, other labels and printed text around the vial
    double centreX = 0.5;       // where the code sits, as a fraction of the frame
    double centreY = 0.5;
    unsigned seed = 1; // the scene's random clutter; same seed, same photo
};

// A GS1 DataMatrix for `gs1ElementString` (raw with GS, "<GS>", or bracketed HRI), rendered by zint as a
// grey image with a quiet zone of `quietModules`, `modulePixels` per module (integer, nearest neighbour).
Result<cv::Mat> renderGs1DataMatrix(const std::string& gs1ElementString, int modulePixels = 1, int quietModules = 2);

// A realistic BGR photo (default 1280x960) of a vial label carrying the code, in a cluttered scene.
Result<cv::Mat> renderVialPhoto(const std::string& gs1ElementString, const VialPhotoOptions& options = {});

} // namespace prep::devices
