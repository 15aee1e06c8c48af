// SPDX-License-Identifier: GPL-3.0-or-later
// The label goes through a real CUPS daemon to the cups-pdf virtual printer; what comes out must be the label
// (its page size, its DataMatrix) and nothing half-printed. The daemon runs on a private loopback port with its
// own configuration, spool and logs, so it does not touch the machine's CUPS.
#include "labels/label_printer.h"
#include "labels/label_renderer.h"
#include "labels/label_template.h"
#include "sample_content.h"
#include "tests/support/temp_dir.h"

#include <ZXing/ReadBarcode.h>

#include <QImage>

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace prep::labels;
using prep::test::TempDir;
namespace fs = std::filesystem;

namespace {

constexpr const char* kCupsd = "/usr/sbin/cupsd";
constexpr const char* kCupsPdfBackend = "/usr/lib/cups/backend/cups-pdf";
constexpr const char* kCupsPdfPpd = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd";
// Hang guard only: a healthy daemon answers and prints in well under a second.
constexpr auto kHangGuard = std::chrono::seconds(60);

std::string run(const std::string& command)
{
    std::string out;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return out;
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0)
        out.append(buf.data(), n);
    ::pclose(pipe);
    return out;
}

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    const int port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool accepts(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

void writeText(const fs::path& p, const std::string& text)
{
    std::ofstream(p) << text;
}

// A cupsd of our own: private ServerRoot, spool, cache and logs in a temporary folder, loopback port only.
class CupsDaemon : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (const char* skip = std::getenv("PREP_SKIP_CUPS_TEST"); skip && *skip)
            GTEST_SKIP() << "PREP_SKIP_CUPS_TEST is set: the real-CUPS printing test was explicitly opted out";
        for (const char* needed : {kCupsd, kCupsPdfBackend, kCupsPdfPpd})
            ASSERT_TRUE(fs::exists(needed)) << needed << " is missing (Debian: cups-daemon, printer-driver-cups-pdf); "
                                            << "set PREP_SKIP_CUPS_TEST=1 to opt out explicitly";
        // The cups-pdf backend is root-only (mode 0700), so only a root cupsd can run it.
        ASSERT_EQ(::geteuid(), 0u) << "cups-pdf needs a root cupsd; run as root or set PREP_SKIP_CUPS_TEST=1";

        fs::permissions(m_dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                          fs::perms::others_read | fs::perms::others_exec);
        for (const char* sub : {"spool", "cache", "state", "log", "ppd"})
            fs::create_directories(m_dir.file(sub));
        fs::create_directories(m_dir.file("tmp"));
        fs::permissions(m_dir.file("tmp"), fs::perms::all | fs::perms::sticky_bit);
        m_port = freeLoopbackPort();
        const std::string d = m_dir.path().string();
        writeText(m_dir.file("cupsd.conf"), "Listen 127.0.0.1:" + std::to_string(m_port) +
                                                "\nLogLevel info\nBrowsing No\nWebInterface No\n"
                                                "DefaultAuthType None\n<Location />\n  Order allow,deny\n"
                                                "  Allow all\n</Location>\n<Policy default>\n  <Limit All>\n"
                                                "    Order deny,allow\n  </Limit>\n</Policy>\n");
        writeText(m_dir.file("cups-files.conf"), "ServerRoot " + d + "\nRequestRoot " + d + "/spool\nCacheDir " + d +
                                                     "/cache\nStateDir " + d + "/state\nTempDir " + d +
                                                     "/tmp\nAccessLog " + d + "/log/access_log\nErrorLog " + d +
                                                     "/log/error_log\nPageLog " + d + "/log/page_log\nFileDevice No\n");
        m_pid = ::fork();
        ASSERT_GE(m_pid, 0);
        if (m_pid == 0) {
            const std::string c = d + "/cupsd.conf", s = d + "/cups-files.conf";
            ::execl(kCupsd, "cupsd", "-f", "-c", c.c_str(), "-s", s.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        const auto deadline = std::chrono::steady_clock::now() + kHangGuard;
        while (!accepts(m_port)) {
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = -1;
                FAIL() << "cupsd exited at start: " << run("tail -20 '" + d + "/log/error_log'");
            }
            ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "cupsd did not listen on port " << m_port;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        const std::string out = run("lpadmin -h " + server() + " -p " + kQueue + " -E -v cups-pdf:/ -P " + kCupsPdfPpd);
        ASSERT_NE(run("lpstat -h " + server() + " -p " + kQueue).find("enabled"), std::string::npos) << out;
    }

    void TearDown() override
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGTERM);
            ::waitpid(m_pid, nullptr, 0);
        }
        for (const auto& f : m_printed)
            fs::remove(f);
    }

    std::string server() const { return "127.0.0.1:" + std::to_string(m_port); }

    // cups-pdf writes "<title>-job_<id>.pdf" into the submitting user's ~/PDF.
    fs::path outputFolder() const
    {
        const passwd* pw = ::getpwuid(::geteuid());
        return fs::path(pw ? pw->pw_dir : "/root") / "PDF";
    }

    fs::path waitForOutput(CupsLabelPrinter& printer, int job, const std::string& title)
    {
        const auto deadline = std::chrono::steady_clock::now() + kHangGuard;
        std::string state;
        while (std::chrono::steady_clock::now() < deadline) {
            auto s = printer.jobState(job);
            state = s.ok() ? *s : s.error().message;
            if (state == "completed" || state == "aborted" || state == "canceled" || state == "stopped")
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        EXPECT_EQ(state, "completed") << run("tail -20 '" + m_dir.file("log/error_log").string() + "'");
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(outputFolder(), ec)) {
            if (e.path().filename().string().rfind(title, 0) == 0) {
                m_printed.push_back(e.path());
                return e.path();
            }
        }
        return {};
    }

    static constexpr const char* kQueue = "prepstation-labels-test";
    TempDir m_dir;
    int m_port = 0;
    pid_t m_pid = -1;
    std::vector<fs::path> m_printed;
};

std::string decodeDataMatrix(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                          int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::DataMatrix);
    hints.setTryHarder(true);
    const auto r = ZXing::ReadBarcode(view, hints);
    return r.isValid() ? r.text() : std::string();
}

// As a scanner aimed at the symbol reads it: the whole page, then the template's DataMatrix area (3 mm margin).
std::string decodeDataMatrix(const fs::path& file, const LabelTemplate& t)
{
    const QImage image(QString::fromStdString(file.string()));
    std::string text = decodeDataMatrix(image);
    for (const auto& e : t.elements)
        if (text.empty() && e.kind == TemplateElement::Kind::DataMatrix) {
            const double pxPerMm = image.width() / t.widthMm;
            const QRect area(int((e.xMm - 3) * pxPerMm), int((e.yMm - 3) * pxPerMm), int((e.widthMm + 6) * pxPerMm),
                             int((e.heightMm + 6) * pxPerMm));
            text = decodeDataMatrix(image.copy(area.intersected(image.rect())));
        }
    return text;
}

} // namespace

TEST_F(CupsDaemon, PrintsTheLabelThroughCupsAndItsDataMatrixReadsBack)
{
    auto tmpl = loadLabelTemplate("transport-100x60");
    ASSERT_TRUE(tmpl.ok()) << tmpl.error().message;
    const LabelContent c = prep::test::azacitidineLabel();
    const auto pdf = m_dir.file("label.pdf");
    ASSERT_TRUE(renderLabelPdf(c, *tmpl, pdf.string()).ok());

    CupsLabelPrinter printer(kQueue, server());
    printer.setMediaMm(tmpl->widthMm, tmpl->heightMm);
    const std::string title = "prepstation-test-" + std::to_string(::getpid()) + "-" + c.preparationNumber;
    auto job = printer.print(pdf.string(), title);
    ASSERT_TRUE(job.ok()) << job.error().message;
    EXPECT_EQ(job->rfind(std::string("cups://") + kQueue + "/", 0), 0u) << *job;
    const int id = std::stoi(job->substr(job->rfind('/') + 1));

    const fs::path out = waitForOutput(printer, id, title);
    ASSERT_FALSE(out.empty()) << "cups-pdf wrote nothing into " << outputFolder();
    const std::string info = run("pdfinfo '" + out.string() + "'");
    EXPECT_NE(info.find("Page size:       283 x 170 pts"), std::string::npos) << "printed on the label's size\n"
                                                                              << info;
    // The printed page, rasterised at a label printer's 203 dpi, still carries the preparation's DataMatrix.
    run("pdftoppm -r 203 -gray -png -singlefile '" + out.string() + "' '" + m_dir.file("printed").string() + "'");
    EXPECT_EQ(decodeDataMatrix(m_dir.file("printed.png"), *tmpl), c.barcodeData);
}

TEST_F(CupsDaemon, AnUnknownQueueIsANamedPrintError)
{
    const auto pdf = m_dir.file("label.pdf");
    auto tmpl = loadLabelTemplate("transport-100x60");
    ASSERT_TRUE(tmpl.ok());
    ASSERT_TRUE(renderLabelPdf(prep::test::azacitidineLabel(), *tmpl, pdf.string()).ok());
    CupsLabelPrinter printer("no-such-queue", server());
    auto job = printer.print(pdf.string(), "x");
    ASSERT_FALSE(job.ok());
    EXPECT_EQ(job.error().kind, LabelError::Kind::Print);
    EXPECT_NE(job.error().message.find("no-such-queue"), std::string::npos) << job.error().message;
}

TEST(LabelPrinters, OnlyAPdfIsSentToAPrinter)
{
    TempDir dir;
    std::ofstream(dir.file("notes.txt")) << "not a label";
    CupsLabelPrinter cups("any", "127.0.0.1:1");
    auto r = cups.print(dir.file("notes.txt").string(), "x");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("not a PDF"), std::string::npos) << r.error().message;
    DirectoryLabelPrinter sim(dir.file("out").string());
    EXPECT_FALSE(sim.print(dir.file("notes.txt").string(), "x").ok());
}

TEST(LabelPrinters, TheSimulatorKeepsEachPrintedLabelInOrder)
{
    TempDir dir;
    auto tmpl = loadLabelTemplate("syringe-70x50");
    ASSERT_TRUE(tmpl.ok()) << tmpl.error().message;
    const auto pdf = dir.file("label.pdf");
    ASSERT_TRUE(renderLabelPdf(prep::test::azacitidineLabel(), *tmpl, pdf.string()).ok());
    DirectoryLabelPrinter sim(dir.file("printed").string());
    auto first = sim.print(pdf.string(), "P-1");
    auto second = sim.print(pdf.string(), "P-1 duplicata");
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_NE(*first, *second);
    EXPECT_EQ(first->rfind("dir://", 0), 0u);
    EXPECT_TRUE(fs::exists(first->substr(6)));
    EXPECT_EQ(fs::file_size(first->substr(6)), fs::file_size(pdf));
    // Another process printing into the same folder never overwrites a label already there.
    DirectoryLabelPrinter again(dir.file("printed").string());
    auto third = again.print(pdf.string(), "P-1");
    ASSERT_TRUE(third.ok()) << third.error().message;
    EXPECT_NE(*third, *first);
    EXPECT_TRUE(fs::exists(first->substr(6)));
    EXPECT_TRUE(again.status().ok());
}
