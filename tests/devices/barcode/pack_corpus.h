// SPDX-License-Identifier: GPL-3.0-or-later
// A second photo generator, made on purpose unlike the vial corpus (vial_corpus.h) the reader was tuned on:
// several label layouts (carton face, vial label, code on a white patch of a coloured pack, small sticker), quiet
// zones of 1-6 modules, modules of 2-12 px (and codes filling a quarter of the frame), any rotation combined with
// tilt and curvature, shot noise and JPEG at phone qualities (40-85), uneven light, motion blur, highlights of
// several shapes and a gloved finger over part of the label.
//
// Two disjoint seed ranges: the tuning split may be looked at while changing the reader; the held-out split is
// only ever measured (tests and BENCHMARKS.md report both), never inspected photo by photo.
#pragma once

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace prep::test {

enum class PackSplit { Tuning, HeldOut };

struct PackPhoto
{
    std::string name; // "<class>-<split>-<index>", e.g. "noisy-tuning-3"
    std::string hri;  // the GS1 content as a correct read prints it
    cv::Mat image;    // BGR, 1280x960
};

// clean, rotated, tilted, curved, blurred, noisy, dim, glare, small, large, occluded, combined.
const std::vector<std::string>& packClasses();
// Photo `index` of `cls` in `split`: always the same image.
PackPhoto packPhoto(const std::string& cls, PackSplit split, int index);
// How many photos per class a test run takes: PREP_BARCODE_TEST_PHOTOS, else `fallback`.
int testPhotosPerClass(int fallback);

} // namespace prep::test
