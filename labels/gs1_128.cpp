// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/gs1_128.h"

#include "labels/gs1_datamatrix.h"

#include <zint.h>

#include <memory>
#include <string>

namespace prep::labels {

namespace {

struct ZintDeleter
{
    void operator()(zint_symbol* s) const { ZBarcode_Delete(s); }
};

} // namespace

Result<LinearSymbol> encodeGs1_128(std::string_view elementString)
{
    auto bracketed = gs1Bracketed(elementString);
    if (!bracketed)
        return bracketed.error();
    std::unique_ptr<zint_symbol, ZintDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return makeLabelError(LabelError::Kind::Render, "zint: out of memory");
    symbol->symbology = BARCODE_GS1_128;
    symbol->input_mode = GS1_MODE;
    const int rc = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char*>(bracketed->data()),
                                   static_cast<int>(bracketed->size()));
    // Any warning is a refusal, as for the DataMatrix: a wrong SSCC check digit is "non-compliant" to zint.
    if (rc != 0)
        return makeLabelError(LabelError::Kind::Invalid,
                              std::string("GS1-128 data \"") + *bracketed + "\" refused: " + symbol->errtxt);
    LinearSymbol out;
    out.bars.resize(size_t(symbol->width));
    for (int c = 0; c < symbol->width; ++c)
        out.bars[size_t(c)] = (symbol->encoded_data[0][c >> 3] >> (c & 7)) & 1;
    return out;
}

} // namespace prep::labels
