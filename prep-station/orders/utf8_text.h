// SPDX-License-Identifier: GPL-3.0-or-later
// Order messages as text the station can store: UTF-8 as they are when they are UTF-8, else read as ISO-8859-1
// (what French hospital systems send when MSH-18 says 8859/1: every byte is a character), NUL bytes as spaces (no
// text column can hold them). The raw bytes are kept apart, unchanged.
#pragma once

#include <string>
#include <string_view>

namespace prep::station {

bool isUtf8(std::string_view bytes);
std::string asUtf8Text(std::string_view bytes);

} // namespace prep::station
