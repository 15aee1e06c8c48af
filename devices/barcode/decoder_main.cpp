// SPDX-License-Identifier: GPL-3.0-or-later
// prep-barcode-decoder: the station's barcode reader in a process of its own (ContainedBarcodeReader). Reads
// frames from the socket on its standard input and answers each with the codes found, until the station closes
// it — which the kernel does when the station ends, however it ends. (Not PR_SET_PDEATHSIG: it fires when the
// *thread* that started the decoder ends, and the station reads codes from worker threads.)
#include "devices/barcode/contained_barcode_reader.h"

#include <unistd.h>

int main()
{
    return prep::devices::serveDecodeRequests(
        STDIN_FILENO, [](const cv::Mat& frame, const prep::devices::BarcodeReaderOptions& options) {
            return prep::devices::BarcodeReader(options).read(frame);
        });
}
