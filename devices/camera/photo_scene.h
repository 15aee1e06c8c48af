// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of a synthetic isolator photo that every subject shares: the cluttered bench, placing a flat or
// wrapped subject in perspective, a specular reflection, and the lens and sensor (defocus, noise). The vial
// photos (vial_photo.h) and the photos of printed labels (label_photo.h) are built from them.
#pragma once

#include <opencv2/core.hpp>

#include <random>

namespace prep::devices::photo {

// The isolator floor (brushed steel) with gloves, tools, paperwork and a keyboard-like grid around.
void drawClutter(cv::Mat& scene, std::mt19937& rng, cv::RNG& pixelNoise);

// Blends `subject` (BGR) into `scene` so its corners land on `corners` (top-left, top-right, bottom-right,
// bottom-left), where `alpha` (8-bit, subject-sized) says which subject pixels are visible. The subject is
// low-passed by `antiAlias` pixels first, as a lens blurs a sharp print before the sensor samples it.
// Returns false when the subject falls wholly outside the frame.
bool blendInPerspective(cv::Mat& scene, const cv::Mat& subject, const cv::Mat& alpha, const cv::Point2f corners[4],
                        double antiAlias);

// A saturating specular highlight: an elliptic Gaussian of `sigmaX` x `sigmaY` pixels turned by `angleRadians`,
// peaking at `strength` x 1.4 x 255 (so strength 1 clips a wide area to white).
void addGlare(cv::Mat& scene, cv::Point2f centre, double sigmaX, double sigmaY, double angleRadians, double strength);

// Defocus (Gaussian, pixels) then sensor noise (grey levels), in place.
void applySensor(cv::Mat& photo, double blurSigma, double noiseSigma, cv::RNG& pixelNoise);

} // namespace prep::devices::photo
