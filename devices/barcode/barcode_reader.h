// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the barcodes in a camera frame. ZXing-cpp decodes; OpenCV in front of it finds the candidate code
// regions of a cluttered frame, crops and normalises them, and retries variations only when the fast path
// fails; on a still frame, libdmtx is consulted last for DataMatrix. A wrong read is worse than no read: GS1
// content that breaks the GS1 rules is reported as unreadable, and two different contents read at the same place
// are not both reported.
#pragma once

#include <opencv2/core.hpp>

#include "devices/error.h"

#include <string>
#include <vector>

namespace prep::devices {

struct Barcode
{
    std::string format;               // "DataMatrix", "GS1-128", "Code128", "EAN-13", "EAN-8", "QRCode", ...
    std::string text;                 // the raw content, GS1 separators as GS (0x1D), no symbology identifier
    std::string utf8;                 // the content as text, from the symbol's character set (ECI) to UTF-8
    bool gs1 = false;                 // GS1 content that passed the GS1 syntax rules
    std::string hri;                  // GS1 human-readable interpretation when gs1
    std::string symbology;            // the symbology identifier ("]d2", "]C1", "]E0", ...)
    std::vector<cv::Point2f> corners; // where in the frame, clockwise from top-left of the symbol
    std::string step;                 // the reader's step that found it ("region", "glare", "whole-frame", ...)
};

// What a person is shown of a code: the GS1 HRI, else the text, else (an unknown character set) the bytes.
inline const std::string& shownText(const Barcode& b)
{
    return b.gs1 ? b.hri : (b.utf8.empty() ? b.text : b.utf8);
}

// A live preview must keep up with the camera: it gets the fast path only (candidate regions as cropped, at
// most a few ms each). A still frame (the one recorded, or when the technician asks) gets every fallback.
enum class ReadMode { Still, LivePreview };

struct BarcodeReaderOptions
{
    ReadMode mode = ReadMode::Still;
    bool locateCandidates = true; // OpenCV candidate regions before the whole frame
    int maxCandidates = 8;        // regions tried per frame, best first: matrix-like and as many bar-like
    bool retryVariations = true;  // contrast, scale, deskew and binarizer variations on regions that failed
    bool wholeFrame = true;       // also try ZXing on the whole frame when the regions gave nothing
    // The pharmacy's formats (GS1 DataMatrix, GS1-128/Code 128, EAN-13/8, UPC, DataBar, QR) or every format
    // ZXing knows (prepctl decode on arbitrary images). Fewer formats, fewer chances of a false linear read.
    bool allFormats = false;
    // Still frames only: how long libdmtx may search the candidate regions, then the frame, for a DataMatrix
    // that ZXing did not read. 0: never consult it.
    int libdmtxBudgetMs = 1500;
};

class BarcodeReader
{
public:
    BarcodeReader();
    explicit BarcodeReader(BarcodeReaderOptions options);
    // Every distinct code found, 2D codes first. Accepts grey or BGR(A) 8-bit images.
    std::vector<Barcode> read(const cv::Mat& image) const;

private:
    BarcodeReaderOptions m_options;
};

// Candidate code regions of a grey frame, best first, as rotated rectangles (exposed for tests and tuning).
std::vector<cv::RotatedRect> locateCodeCandidates(const cv::Mat& grey, int maxCandidates = 8);

} // namespace prep::devices
