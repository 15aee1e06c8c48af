// SPDX-License-Identifier: GPL-3.0-or-later
// Where a rendered label goes: a CUPS queue in production, a folder for the simulator. The workflow prints the
// PDF it rendered, so the paper and the record come from the same file.
#pragma once

#include "labels/error.h"

#include <map>
#include <string>

namespace prep::labels {

class LabelPrinter
{
public:
    virtual ~LabelPrinter() = default;
    // Sends the PDF; returns the job's identity ("cups://queue/42", "sim://...") for the record.
    virtual Result<std::string> print(const std::string& pdfPath, const std::string& title) = 0;
    // What a probe finds, for a person: "queue Zebra: idle, accepting jobs"; an error when it cannot print.
    virtual Result<std::string> status() const = 0;
};

// Prints through CUPS (libcups) to a configured queue.
class CupsLabelPrinter : public LabelPrinter
{
public:
    // `server` is "host:port" or a socket path; empty means the CUPS default (CUPS_SERVER, client.conf).
    explicit CupsLabelPrinter(std::string queue, std::string server = {});
    // IPP job options, e.g. {"media", "om_100x60mm_100x60mm"}.
    void setOption(const std::string& name, const std::string& value) { m_options[name] = value; }
    // Prints on the label stock's size instead of the queue's default paper ("media=Custom.100x60mm").
    void setMediaMm(double widthMm, double heightMm);
    Result<std::string> print(const std::string& pdfPath, const std::string& title) override;
    // The queue's state (idle, processing, stopped) and whether it accepts jobs; an error when it does not exist.
    Result<std::string> status() const override;

    // The state of a job printed here ("pending", "processing", "completed", "canceled", "aborted", ...).
    Result<std::string> jobState(int jobId) const;

    const std::string& queue() const { return m_queue; }

private:
    std::string m_queue;
    std::string m_server;
    std::map<std::string, std::string> m_options;
};

// A folder for PDFs (a spool another system prints from, or the simulator): "prints" by copying the PDF into the
// folder (whole file or nothing), numbered in order after the jobs already there; the job is "dir://PATH".
class DirectoryLabelPrinter : public LabelPrinter
{
public:
    explicit DirectoryLabelPrinter(std::string directory);
    Result<std::string> print(const std::string& pdfPath, const std::string& title) override;
    // The folder exists (or can be made) and a file can be written in it.
    Result<std::string> status() const override;

private:
    std::string m_directory;
};

} // namespace prep::labels
