// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/orders/hl7v2_mllp.h"

namespace prep::station {

std::string mllpFrame(std::string_view message)
{
    std::string framed;
    framed.reserve(message.size() + 3);
    framed += kMllpStart;
    framed.append(message);
    framed += kMllpEnd;
    framed += kMllpEndCr;
    return framed;
}

MllpReader::Status MllpReader::next(std::string& frame)
{
    const size_t start = m_buffer.find(kMllpStart);
    if (start == std::string::npos) {
        m_discarded += m_buffer.size();
        m_buffer.clear();
        return Status::NeedMore;
    }
    if (start > 0) {
        m_discarded += start;
        m_buffer.erase(0, start);
    }
    // A <FS> followed by <CR> ends the frame; a lone <FS> at the end of the buffer may still get its <CR>.
    size_t end = 1;
    for (;;) {
        end = m_buffer.find(kMllpEnd, end);
        if (end == std::string::npos || end + 1 >= m_buffer.size())
            break;
        if (m_buffer[end + 1] == kMllpEndCr) {
            frame.assign(m_buffer, 1, end - 1);
            m_buffer.erase(0, end + 2);
            return Status::Frame;
        }
        ++end;
    }
    if (m_buffer.size() > m_max + 3)
        return Status::Oversized;
    return Status::NeedMore;
}

} // namespace prep::station
