// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/gs1_datamatrix.h"

#include <zint.h>

#include <cctype>
#include <cstring>
#include <memory>

namespace prep::labels {

namespace {

constexpr char kGroupSeparator = '\x1d';

// Length of the AI that starts with these two digits (GS1 General Specifications, AI table); 0 when unknown.
int aiLength(char a, char b)
{
    const int p = (a - '0') * 10 + (b - '0');
    if (p <= 4 || (p >= 10 && p <= 22) || p == 30 || p == 37 || p >= 90)
        return 2;
    if ((p >= 23 && p <= 25) || (p >= 40 && p <= 42) || p == 71)
        return 3;
    if ((p >= 31 && p <= 36) || p == 39 || p == 43 || p == 70 || p == 72 || (p >= 80 && p <= 82))
        return 4;
    return 0;
}

// Value length of AIs with a predefined length (which never take a separator), or 0 for "up to the next GS".
// Only these prefixes are predefined (reference.md 4.2): 00-04, 11-20, 31-36, 41.
int predefinedValueLength(std::string_view ai)
{
    const int p = (ai[0] - '0') * 10 + (ai[1] - '0');
    switch (p) {
    case 0:
        return 18;
    case 1:
    case 2:
    case 3:
        return 14;
    case 4:
        return 16;
    case 20:
        return 2;
    case 41:
        return 13;
    default:
        break;
    }
    if (p >= 11 && p <= 19)
        return 6;
    if (p >= 31 && p <= 36)
        return 6;
    return 0;
}

struct ZintDeleter
{
    void operator()(zint_symbol* s) const { ZBarcode_Delete(s); }
};

} // namespace

Result<std::string> gs1Bracketed(std::string_view s)
{
    if (!s.empty() && s.front() == '(') {
        std::string out(s);
        for (char& c : out) {
            if (c == '(')
                c = '[';
            else if (c == ')')
                c = ']';
        }
        return out;
    }
    if (!s.empty() && s.front() == '[')
        return std::string(s);
    if (s.empty())
        return makeLabelError(LabelError::Kind::Invalid, "barcode data is empty");

    std::string out;
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] == kGroupSeparator) {
            ++i;
            continue;
        }
        if (i + 2 > s.size() || !std::isdigit(static_cast<unsigned char>(s[i])) ||
            !std::isdigit(static_cast<unsigned char>(s[i + 1])))
            return makeLabelError(LabelError::Kind::Invalid,
                                  "barcode data: expected an application identifier at position " + std::to_string(i));
        const int len = aiLength(s[i], s[i + 1]);
        if (len == 0 || i + size_t(len) > s.size())
            return makeLabelError(LabelError::Kind::Invalid, "barcode data: unknown application identifier \"" +
                                                                 std::string(s.substr(i, 4)) + "\"");
        const std::string_view ai = s.substr(i, size_t(len));
        i += size_t(len);
        size_t end;
        if (const int fixed = predefinedValueLength(ai); fixed > 0) {
            end = i + size_t(fixed);
            if (end > s.size())
                return makeLabelError(LabelError::Kind::Invalid,
                                      "barcode data: AI (" + std::string(ai) + ") is shorter than its fixed length");
        } else {
            end = s.find(kGroupSeparator, i);
            if (end == std::string_view::npos)
                end = s.size();
        }
        out += '[';
        out += ai;
        out += ']';
        out += s.substr(i, end - i);
        i = end;
    }
    return out;
}

Result<std::string> gs1ElementString(std::string_view elementString)
{
    auto bracketed = gs1Bracketed(elementString);
    if (!bracketed)
        return bracketed.error();
    const std::string& b = *bracketed;
    std::string out;
    size_t i = 0;
    while (i < b.size()) {
        const size_t close = b.find(']', i);
        if (b[i] != '[' || close == std::string::npos || close - i < 3)
            return makeLabelError(LabelError::Kind::Invalid,
                                  "barcode data: malformed AI at position " + std::to_string(i) + " of \"" + b + "\"");
        const std::string ai = b.substr(i + 1, close - i - 1);
        const size_t next = b.find('[', close);
        const size_t end = next == std::string::npos ? b.size() : next;
        out += ai;
        out += b.substr(close + 1, end - close - 1);
        if (next != std::string::npos && predefinedValueLength(ai) == 0)
            out += kGroupSeparator;
        i = end;
    }
    return out;
}

Result<DataMatrixSymbol> encodeGs1DataMatrix(std::string_view elementString)
{
    auto bracketed = gs1Bracketed(elementString);
    if (!bracketed)
        return bracketed.error();
    std::unique_ptr<zint_symbol, ZintDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return makeLabelError(LabelError::Kind::Render, "zint: out of memory");
    symbol->symbology = BARCODE_DATAMATRIX;
    symbol->input_mode = GS1_MODE;
    symbol->option_3 = DM_SQUARE; // square symbols: the label reserves a square area
    const int rc = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char*>(bracketed->data()),
                                   static_cast<int>(bracketed->size()));
    // Any warning is a refusal: zint reports an impossible date or a wrong check digit as "non-compliant".
    if (rc != 0)
        return makeLabelError(LabelError::Kind::Invalid,
                              std::string("barcode data \"") + *bracketed + "\" refused: " + symbol->errtxt);
    DataMatrixSymbol out;
    out.rows = symbol->rows;
    out.columns = symbol->width;
    out.modules.resize(size_t(out.rows) * size_t(out.columns));
    for (int r = 0; r < out.rows; ++r)
        for (int c = 0; c < out.columns; ++c)
            out.modules[size_t(r) * size_t(out.columns) + size_t(c)] = (symbol->encoded_data[r][c >> 3] >> (c & 7)) & 1;
    return out;
}

} // namespace prep::labels
