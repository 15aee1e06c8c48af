// SPDX-License-Identifier: GPL-3.0-or-later
// Data files embedded at build time by cmake/PrepEmbed.cmake (the reviewed, versioned copies in this folder).
#pragma once

#include <string_view>

namespace prep::devices {

// The file's bytes, or an empty view when no file of that name was embedded.
std::string_view embeddedFile(std::string_view name);

} // namespace prep::devices
