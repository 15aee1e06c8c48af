// SPDX-License-Identifier: GPL-3.0-or-later
// The generated photo corpus shared by the barcode tests and the benchmark: classes of vial photos (rotated,
// tilted, curved, blurred, noisy, dim, glare, small modules) with the GS1 content each one carries.
#pragma once

#include "devices/camera/vial_photo.h"

#include <string>
#include <vector>

namespace prep::test {

struct CorpusPhoto
{
    std::string elementString; // raw GS1 with GS separators
    std::string hri;           // what a correct read must print
    devices::VialPhotoOptions options;
};

struct CorpusClass
{
    std::string name;
    double floor; // minimum decode rate asserted by the tests
};

const std::vector<CorpusClass>& corpusClasses();
// `count` photos of class `name`; photo i is always the same (seeded by class and index).
std::vector<CorpusPhoto> corpusPhotos(const std::string& name, int count);

} // namespace prep::test
