// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/barcode/decoder_protocol.h"

#include <opencv2/core.hpp>

#include <cstring>

namespace prep::devices::decoder {

namespace {

void putString(std::string& out, const std::string& s)
{
    const auto n = uint32_t(s.size());
    out.append(reinterpret_cast<const char*>(&n), sizeof n);
    out += s;
}

void putFloat(std::string& out, float f)
{
    out.append(reinterpret_cast<const char*>(&f), sizeof f);
}

class Reader
{
public:
    explicit Reader(const std::string& bytes)
        : m_bytes(bytes)
    {}
    bool atEnd() const { return m_pos == m_bytes.size(); }
    bool string(std::string& s)
    {
        uint32_t n = 0;
        if (!raw(&n, sizeof n) || m_bytes.size() - m_pos < n)
            return false;
        s = m_bytes.substr(m_pos, n);
        m_pos += n;
        return true;
    }
    bool raw(void* p, size_t n)
    {
        if (m_bytes.size() - m_pos < n)
            return false;
        std::memcpy(p, m_bytes.data() + m_pos, n);
        m_pos += n;
        return true;
    }

private:
    const std::string& m_bytes;
    size_t m_pos = 0;
};

} // namespace

RequestHead headFor(const cv::Mat& frame, const BarcodeReaderOptions& options)
{
    RequestHead head;
    head.mode = uint32_t(options.mode);
    head.allFormats = options.allFormats ? 1 : 0;
    head.libdmtxBudgetMs = options.libdmtxBudgetMs;
    head.rows = frame.rows;
    head.cols = frame.cols;
    head.type = frame.type();
    return head;
}

std::optional<size_t> frameBytes(const RequestHead& head)
{
    if (head.magic != RequestHead{}.magic || head.rows <= 0 || head.cols <= 0)
        return std::nullopt;
    if (head.type != CV_8UC1 && head.type != CV_8UC3 && head.type != CV_8UC4)
        return std::nullopt;
    const size_t bytes = size_t(head.rows) * size_t(head.cols) * size_t(CV_ELEM_SIZE(head.type));
    if (bytes > kMaxFrameBytes)
        return std::nullopt;
    return bytes;
}

BarcodeReaderOptions optionsOf(const RequestHead& head)
{
    BarcodeReaderOptions options;
    options.mode = head.mode == uint32_t(ReadMode::LivePreview) ? ReadMode::LivePreview : ReadMode::Still;
    options.allFormats = head.allFormats != 0;
    options.libdmtxBudgetMs = head.libdmtxBudgetMs;
    return options;
}

std::string serialiseCodes(const std::vector<Barcode>& codes)
{
    std::string out;
    for (const auto& c : codes) {
        for (const std::string* s : {&c.format, &c.text, &c.utf8, &c.hri, &c.symbology, &c.step})
            putString(out, *s);
        out += char(c.gs1);
        out += char(c.corners.size());
        for (const auto& p : c.corners) {
            putFloat(out, p.x);
            putFloat(out, p.y);
        }
    }
    return out;
}

bool deserialiseCodes(const std::string& bytes, std::vector<Barcode>& codes)
{
    Reader in(bytes);
    while (!in.atEnd()) {
        Barcode c;
        for (std::string* s : {&c.format, &c.text, &c.utf8, &c.hri, &c.symbology, &c.step})
            if (!in.string(*s))
                return false;
        unsigned char gs1 = 0, corners = 0;
        if (!in.raw(&gs1, 1) || !in.raw(&corners, 1))
            return false;
        c.gs1 = gs1 != 0;
        for (int i = 0; i < corners; ++i) {
            cv::Point2f p;
            if (!in.raw(&p.x, sizeof p.x) || !in.raw(&p.y, sizeof p.y))
                return false;
            c.corners.push_back(p);
        }
        codes.push_back(std::move(c));
    }
    return true;
}

} // namespace prep::devices::decoder
