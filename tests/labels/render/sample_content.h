// SPDX-License-Identifier: GPL-3.0-or-later
// Fictitious label contents (no real patient data), as the workflow formats them.
#pragma once

#include "labels/label_content.h"

namespace prep::test {

// Azacitidine 68 mg, syringe 1/2 of the worked example (reference.md 9).
labels::LabelContent azacitidineLabel();
// Bortezomib SC 2,5 mg/mL: the route and concentration must stand out (reference.md 5.2).
labels::LabelContent bortezomibLabel();

} // namespace prep::test
