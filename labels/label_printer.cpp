// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/label_printer.h"

#include "labels/atomic_file.h"

#include <cups/cups.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

namespace prep::labels {

namespace {

LabelError printError(const std::string& message)
{
    return makeLabelError(LabelError::Kind::Print, message);
}

// Only a PDF goes to the printer: anything else could print as pages of garbage on a cytotoxic bag.
Result<std::string> readPdf(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return printError("cannot read label " + path);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.rfind("%PDF-", 0) != 0)
        return printError(path + " is not a PDF label");
    return bytes;
}

struct HttpCloser
{
    void operator()(http_t* h) const { httpClose(h); }
};
using Http = std::unique_ptr<http_t, HttpCloser>;

Result<Http> connect(const std::string& server)
{
    if (server.empty())
        return Http(nullptr); // CUPS_HTTP_DEFAULT
    std::string host = server;
    int port = ippPort();
    if (const auto colon = server.rfind(':'); colon != std::string::npos && server.front() != '/') {
        host = server.substr(0, colon);
        port = std::stoi(server.substr(colon + 1));
    }
    http_t* http =
        httpConnect2(host.c_str(), port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1, 30000, nullptr);
    if (!http)
        return printError("cannot reach the CUPS server " + server + ": " + cupsLastErrorString());
    return Http(http);
}

} // namespace

CupsLabelPrinter::CupsLabelPrinter(std::string queue, std::string server)
    : m_queue(std::move(queue))
    , m_server(std::move(server))
{}

void CupsLabelPrinter::setMediaMm(double widthMm, double heightMm)
{
    char media[64];
    std::snprintf(media, sizeof media, "Custom.%gx%gmm", widthMm, heightMm);
    m_options["media"] = media;
}

Result<std::string> CupsLabelPrinter::print(const std::string& pdfPath, const std::string& title)
{
    if (m_queue.empty())
        return printError("no CUPS queue configured for labels");
    if (auto pdf = readPdf(pdfPath); !pdf)
        return pdf.error();
    auto http = connect(m_server);
    if (!http)
        return http.error();
    // One IPP Print-Job straight to the queue's resource, so the server named here is the one that prints
    // (cupsPrintFile2 looks the destination up again through the default server).
    const std::string resource = "/printers/" + m_queue;
    char uri[HTTP_MAX_URI];
    httpAssembleURI(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(), resource.c_str());
    ipp_t* request = ippNewRequest(IPP_OP_PRINT_JOB);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, title.c_str());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr, "application/pdf");
    cups_option_t* options = nullptr;
    int count = 0;
    for (const auto& [name, value] : m_options)
        count = cupsAddOption(name.c_str(), value.c_str(), count, &options);
    cupsEncodeOptions2(request, count, options, IPP_TAG_OPERATION);
    cupsEncodeOptions2(request, count, options, IPP_TAG_JOB);
    cupsFreeOptions(count, options);
    ipp_t* response = cupsDoFileRequest(http->get(), request, resource.c_str(), pdfPath.c_str());
    int job = 0;
    if (response && ippGetStatusCode(response) <= IPP_STATUS_OK_CONFLICTING) {
        if (ipp_attribute_t* attr = ippFindAttribute(response, "job-id", IPP_TAG_INTEGER))
            job = ippGetInteger(attr, 0);
    }
    ippDelete(response);
    if (job <= 0)
        return printError("CUPS refused the label for queue " + m_queue + ": " + cupsLastErrorString());
    return "cups://" + m_queue + "/" + std::to_string(job);
}

Result<std::string> CupsLabelPrinter::jobState(int jobId) const
{
    auto http = connect(m_server);
    if (!http)
        return http.error();
    cups_job_t* jobs = nullptr;
    const int n = cupsGetJobs2(http->get(), &jobs, m_queue.c_str(), 0, CUPS_WHICHJOBS_ALL);
    std::string state;
    for (int i = 0; i < n; ++i) {
        if (jobs[i].id != jobId)
            continue;
        switch (jobs[i].state) {
        case IPP_JSTATE_PENDING:
            state = "pending";
            break;
        case IPP_JSTATE_HELD:
            state = "held";
            break;
        case IPP_JSTATE_PROCESSING:
            state = "processing";
            break;
        case IPP_JSTATE_STOPPED:
            state = "stopped";
            break;
        case IPP_JSTATE_CANCELED:
            state = "canceled";
            break;
        case IPP_JSTATE_ABORTED:
            state = "aborted";
            break;
        case IPP_JSTATE_COMPLETED:
            state = "completed";
            break;
        }
    }
    cupsFreeJobs(n, jobs);
    if (state.empty())
        return printError("job " + std::to_string(jobId) + " not found on queue " + m_queue);
    return state;
}

Result<std::string> CupsLabelPrinter::status() const
{
    if (m_queue.empty())
        return printError("no CUPS queue configured for labels");
    auto http = connect(m_server);
    if (!http)
        return http.error();
    char uri[HTTP_MAX_URI];
    const std::string resource = "/printers/" + m_queue;
    httpAssembleURI(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(), resource.c_str());
    ipp_t* request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    static const char* const kWanted[] = {"printer-state", "printer-state-message", "printer-is-accepting-jobs"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, kWanted);
    ipp_t* response = cupsDoRequest(http->get(), request, "/");
    if (!response || ippGetStatusCode(response) > IPP_STATUS_OK_CONFLICTING) {
        const std::string why = cupsLastErrorString();
        ippDelete(response);
        return printError("CUPS queue " + m_queue + ": " + why);
    }
    std::string state = "unknown";
    if (ipp_attribute_t* a = ippFindAttribute(response, "printer-state", IPP_TAG_ENUM)) {
        switch (ippGetInteger(a, 0)) {
        case IPP_PSTATE_IDLE:
            state = "idle";
            break;
        case IPP_PSTATE_PROCESSING:
            state = "processing";
            break;
        case IPP_PSTATE_STOPPED:
            state = "stopped";
            break;
        }
    }
    bool accepting = false;
    if (ipp_attribute_t* a = ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
        accepting = ippGetBoolean(a, 0) != 0;
    std::string message;
    if (ipp_attribute_t* a = ippFindAttribute(response, "printer-state-message", IPP_TAG_TEXT))
        if (const char* m = ippGetString(a, 0, nullptr); m && *m)
            message = std::string(" (") + m + ")";
    ippDelete(response);
    if (state == "stopped" || !accepting)
        return printError("CUPS queue " + m_queue + " is " + state + (accepting ? "" : ", not accepting jobs") +
                          message);
    return "CUPS queue " + m_queue + ": " + state + ", accepting jobs" + message;
}

DirectoryLabelPrinter::DirectoryLabelPrinter(std::string directory)
    : m_directory(std::move(directory))
{}

Result<std::string> DirectoryLabelPrinter::status() const
{
    std::error_code ec;
    std::filesystem::create_directories(m_directory, ec);
    if (ec)
        return printError("label folder " + m_directory + ": " + ec.message());
    const std::string probe = m_directory + "/.prepstation-probe";
    if (auto ok = writeFileAtomically(probe, "probe"); !ok)
        return printError("label folder " + m_directory + " is not writable: " + ok.error().message);
    std::filesystem::remove(probe, ec);
    return "folder " + m_directory + ": writable";
}

Result<std::string> DirectoryLabelPrinter::print(const std::string& pdfPath, const std::string& title)
{
    auto pdf = readPdf(pdfPath);
    if (!pdf)
        return pdf.error();
    std::error_code ec;
    std::filesystem::create_directories(m_directory, ec);
    if (ec)
        return printError("label folder " + m_directory + ": " + ec.message());
    std::string safe;
    for (char c : title)
        safe += (std::isalnum(static_cast<unsigned char>(c)) || c == '-') ? c : '_';
    // Jobs are numbered after those already in the folder (another process may have printed since): a label
    // already printed is never overwritten.
    int job = 1;
    for (const auto& entry : std::filesystem::directory_iterator(m_directory, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("job-", 0) == 0)
            job = std::max(job, std::atoi(name.c_str() + 4) + 1);
    }
    for (;; ++job) {
        const std::string out = m_directory + "/job-" + std::to_string(job) + "-" + safe + ".pdf";
        if (std::filesystem::exists(out, ec))
            continue;
        if (auto ok = writeFileAtomically(out, *pdf); !ok)
            return printError(ok.error().message);
        return "dir://" + out;
    }
}

} // namespace prep::labels
