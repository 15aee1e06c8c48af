// SPDX-License-Identifier: GPL-3.0-or-later
// The station's barcode reader, run in a decoder process of its own. Debian's ZXing 1.4 keeps its assertions: an
// abort inside a decoder, a crash or a decoder that never returns must end that process, not the station. The
// process is started with posix_spawn (safe from a multithreaded program, unlike fork without exec), kept for
// the next frames, and started again after it died; the frame it was reading comes back as an error that names
// what happened.
#pragma once

#include "devices/barcode/barcode_reader.h"

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace prep::devices {

// The decoder program and its arguments. By default prep-barcode-decoder: $PREP_BARCODE_DECODER, else beside the
// running program, else where this build put it.
struct DecoderCommand
{
    std::string program;
    std::vector<std::string> arguments;
};
DecoderCommand defaultDecoderCommand();

class ContainedBarcodeReader
{
public:
    explicit ContainedBarcodeReader(BarcodeReaderOptions options = {}, DecoderCommand command = defaultDecoderCommand(),
                                    int limitMs = 30000);
    ~ContainedBarcodeReader();
    ContainedBarcodeReader(const ContainedBarcodeReader&) = delete;
    ContainedBarcodeReader& operator=(const ContainedBarcodeReader&) = delete;

    // Every distinct code found (BarcodeReader::read), or why the frame could not be read. Thread-safe: frames
    // from several threads are read one after the other.
    Result<std::vector<Barcode>> read(const cv::Mat& image) const;
    Result<std::vector<Barcode>> read(const cv::Mat& image, ReadMode mode) const;
    const BarcodeReaderOptions& options() const { return m_options; }

private:
    struct Process;
    Result<std::vector<Barcode>> readWith(const cv::Mat& image, const BarcodeReaderOptions& options) const;

    BarcodeReaderOptions m_options;
    DecoderCommand m_command;
    int m_limitMs;
    mutable std::mutex m_mutex;
    mutable std::unique_ptr<Process> m_process;
};

// The decoder process's side: answers each frame read from `fd` with what `decode` found, until the station
// closes the socket (then returns 0) or sends what is not a frame (returns 2).
int serveDecodeRequests(int fd,
                        const std::function<std::vector<Barcode>(const cv::Mat&, const BarcodeReaderOptions&)>& decode);

} // namespace prep::devices
