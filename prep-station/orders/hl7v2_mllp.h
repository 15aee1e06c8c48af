// SPDX-License-Identifier: GPL-3.0-or-later
// MLLP framing (HL7 v2 Minimal Lower Layer Protocol, release 2): <VT> message <FS><CR>. Pure: the listener's
// socket loop feeds what it receives and sends what mllpFrame() returns.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace prep::station {

inline constexpr char kMllpStart = '\x0B';
inline constexpr char kMllpEnd = '\x1C';
inline constexpr char kMllpEndCr = '\x0D';

std::string mllpFrame(std::string_view message);

// Pulls whole frames out of one connection's byte stream, however it was cut into reads.
class MllpReader
{
public:
    enum class Status { NeedMore, Frame, Oversized };
    explicit MllpReader(std::size_t maxFrameBytes)
        : m_max(maxFrameBytes)
    {}
    void feed(std::string_view bytes) { m_buffer.append(bytes); }
    // Frame: `frame` holds the message between <VT> and <FS><CR>. Bytes before a <VT> are not HL7 and are
    // skipped (counted in discarded()). Oversized: a frame longer than the limit; the connection should close.
    Status next(std::string& frame);
    std::size_t discarded() const { return m_discarded; }
    // What is buffered (an oversized frame's beginning), taken out of the reader.
    std::string takePending() { return std::exchange(m_buffer, std::string()); }

private:
    std::string m_buffer;
    std::size_t m_max;
    std::size_t m_discarded = 0;
};

} // namespace prep::station
