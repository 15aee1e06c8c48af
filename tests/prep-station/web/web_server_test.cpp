// SPDX-License-Identifier: GPL-3.0-or-later
// The web service over real HTTPS on loopback: the site's certificate made once and kept, TLS below 1.2 refused,
// the pages served by the station itself with headers that keep them to their origin, the API behind them, and
// `prepctl serve` started and stopped as systemd does.
#include "labels/gs1_datamatrix.h"
#include "prep-station/web/site_certificate.h"
#include "prep-station/web/web_server.h"
#include "prep-station/workflow/demo_accounts.h"
#include "tests/prep-station/web/packed_demo.h"
#include "tests/support/shell_run.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <thread>

namespace prep::test {
namespace {

using nlohmann::json;

// A server on a free loopback port, serving from its own thread.
struct RunningServer
{
    RunningServer(station::StationContext& ctx, const web::CertificateFiles& cert)
        : server(ctx, web::ServeOptions{"127.0.0.1", 0, cert.certificate, cert.key, {}, 4})
    {
        auto bound = server.bind();
        EXPECT_TRUE(bound) << (bound ? "" : bound.error().message);
        thread = std::thread([this] { server.run(); });
    }
    ~RunningServer()
    {
        server.stop();
        thread.join();
    }
    std::unique_ptr<httplib::SSLClient> client(const std::filesystem::path& trusted)
    {
        auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", server.port());
        c->set_ca_cert_path(trusted.c_str());
        c->enable_server_certificate_verification(true);
        c->set_connection_timeout(5);
        c->set_read_timeout(5);
        return c;
    }
    web::WebServer server;
    std::thread thread;
};

// Whether a TLS handshake with at most `version` succeeds.
bool handshakeWith(int port, int version)
{
    SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
    SSL_CTX_set_max_proto_version(ctx, version);
    SSL_CTX_set_security_level(ctx, 0); // let the client offer old versions: the server must refuse them
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool ok = false;
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
        SSL* ssl = SSL_new(ctx);
        SSL_set_fd(ssl, fd);
        ok = SSL_connect(ssl) == 1;
        SSL_free(ssl);
    }
    close(fd);
    SSL_CTX_free(ctx);
    return ok;
}

TEST(SiteCertificate, MadeAtFirstStartThenKeptWithItsKeyPrivate)
{
    TempDir dir;
    auto first = web::siteCertificate(dir.file("web"), {"prep.example.test"});
    ASSERT_TRUE(first) << first.error().message;
    EXPECT_TRUE(first->created);
    struct stat st
    {};
    ASSERT_EQ(stat(first->key.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    auto again = web::siteCertificate(dir.file("web"));
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->created);
    EXPECT_EQ(again->sha256Fingerprint, first->sha256Fingerprint);
    EXPECT_EQ(first->sha256Fingerprint.size(), 32u * 3 - 1);
    // Half a pair is never replaced silently.
    std::filesystem::remove(first->key);
    auto half = web::siteCertificate(dir.file("web"));
    ASSERT_FALSE(half);
    EXPECT_NE(half.error().message.find("without"), std::string::npos) << half.error().message;
}

TEST(SiteCertificate, ACertificateThatIsNotPemIsNamed)
{
    TempDir dir;
    std::ofstream(dir.file("cert.pem")) << "not a certificate\n";
    auto fp = web::certificateFingerprint(dir.file("cert.pem"));
    ASSERT_FALSE(fp);
    EXPECT_NE(fp.error().message.find("cert.pem"), std::string::npos);
}

TEST(WebServer, ServesThePagesAndTheApiOverVerifiedTls)
{
    TempDir dir;
    PackedStation station(dir);
    auto cert = web::siteCertificate(dir.file("web"));
    ASSERT_TRUE(cert) << cert.error().message;
    RunningServer running(*station.ctx, *cert);
    auto owned = running.client(cert->certificate);
    auto& client = *owned;

    auto page = client.Get("/");
    ASSERT_TRUE(page) << httplib::to_string(page.error());
    EXPECT_EQ(page->status, 200);
    EXPECT_NE(page->body.find("name=\"login\""), std::string::npos);
    EXPECT_NE(page->body.find("name=\"password\""), std::string::npos);
    const auto csp = page->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
    EXPECT_EQ(csp.find("http"), std::string::npos) << "no other origin: " << csp;
    EXPECT_EQ(page->get_header_value("X-Frame-Options"), "DENY");
    EXPECT_NE(page->get_header_value("Strict-Transport-Security").find("max-age"), std::string::npos);
    // Every script the page loads is the station's own.
    for (const char* file : {"/app.js", "/sw.js", "/app.css", "/manifest.webmanifest"}) {
        auto r = client.Get(file);
        ASSERT_TRUE(r) << file;
        EXPECT_EQ(r->status, 200) << file;
        EXPECT_EQ(r->body.find("https://"), std::string::npos) << file << " loads from another origin";
    }
    // The camera's reader (zxing-wasm from npm, embedded at build time) is the station's too. Its module names a
    // CDN as the default home of its .wasm; the page overrides that (locateFile), and connect-src 'self' would
    // refuse the CDN anyway.
    auto module = client.Get("/zxing-reader.js");
    ASSERT_TRUE(module);
    EXPECT_EQ(module->status, 200);
    EXPECT_EQ(module->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
    EXPECT_NE(module->body.find("prepareZXingModule"), std::string::npos);
    auto wasm = client.Get("/zxing_reader.wasm");
    ASSERT_TRUE(wasm);
    EXPECT_EQ(wasm->status, 200);
    EXPECT_EQ(wasm->get_header_value("Content-Type"), "application/wasm"); // streaming compilation needs it
    EXPECT_EQ(wasm->body.substr(0, 4), std::string("\0asm", 4));
    EXPECT_GT(wasm->body.size(), 500000u);
    EXPECT_NE(client.Get("/app.js")->body.find("'/zxing_reader.wasm'"), std::string::npos);
    EXPECT_NE(csp.find("connect-src 'self'"), std::string::npos);
    EXPECT_EQ(client.Get("/../etc/passwd")->status, 404);

    const auto& courier = station::demoAccount(db::Role::Courier);
    auto login =
        client.Post("/api/v1/session", json{{"login", courier.username}, {"password", courier.password}}.dump(),
                    "application/json");
    ASSERT_TRUE(login);
    ASSERT_EQ(login->status, 200) << login->body;
    EXPECT_NE(login->get_header_value("Set-Cookie").find("HttpOnly"), std::string::npos);
    const auto token = json::parse(login->body)["token"].get<std::string>();
    httplib::Headers auth{{"Authorization", "Bearer " + token}};
    auto scan = client.Post("/api/v1/handovers", auth,
                            json{{"kind", "pickup"}, {"code", packedDemo().demo.shipment}, {"place", "PUI"}}.dump(),
                            "application/json");
    ASSERT_TRUE(scan);
    EXPECT_EQ(scan->status, 200);
    EXPECT_EQ(json::parse(scan->body)["verdict"], "ok") << scan->body;
    EXPECT_EQ(scan->get_header_value("Cache-Control"), "no-store");
}

// A phone's camera frame of the syringe's label, as PNG: the DataMatrix the label carries, 6 px a module, on white.
std::string labelFrame(const std::string& code)
{
    auto symbol = labels::encodeGs1DataMatrix(code);
    EXPECT_TRUE(symbol);
    if (!symbol)
        return {};
    constexpr int kModule = 6, kQuiet = 60;
    cv::Mat frame(symbol->rows * kModule + 2 * kQuiet, symbol->columns * kModule + 2 * kQuiet, CV_8UC3,
                  cv::Scalar(235, 235, 235));
    for (int r = 0; r < symbol->rows; ++r)
        for (int c = 0; c < symbol->columns; ++c)
            if (symbol->dark(r, c))
                cv::rectangle(frame, cv::Rect(kQuiet + c * kModule, kQuiet + r * kModule, kModule, kModule),
                              cv::Scalar(20, 20, 20), cv::FILLED);
    std::vector<unsigned char> png;
    cv::imencode(".png", frame, png);
    return std::string(png.begin(), png.end());
}

TEST(WebServer, ReadsAPhonesCameraFrameWithTheStationsBarcodeReader)
{
    TempDir dir;
    PackedStation station(dir);
    auto cert = web::siteCertificate(dir.file("web"));
    ASSERT_TRUE(cert);
    RunningServer running(*station.ctx, *cert);
    auto owned = running.client(cert->certificate);
    auto& client = *owned;
    const auto frame = labelFrame(station.syringeCode());
    EXPECT_EQ(client.Post("/api/v1/decode", frame, "image/png")->status, 401);
    const auto& nurse = station::demoAccount(db::Role::Nurse);
    auto login = client.Post("/api/v1/session", json{{"login", nurse.username}, {"password", nurse.password}}.dump(),
                             "application/json");
    ASSERT_TRUE(login && login->status == 200);
    httplib::Headers auth{{"Authorization", "Bearer " + json::parse(login->body)["token"].get<std::string>()}};
    auto read = client.Post("/api/v1/decode", auth, frame, "image/png");
    ASSERT_TRUE(read);
    ASSERT_EQ(read->status, 200) << read->body;
    const auto codes = json::parse(read->body)["codes"];
    ASSERT_EQ(codes.size(), 1u) << read->body;
    EXPECT_EQ(codes[0]["format"], "DataMatrix");
    EXPECT_TRUE(codes[0]["gs1"].get<bool>());
    // What the page puts in the field, and what the station then recognises as the syringe.
    const auto text = codes[0]["text"].get<std::string>();
    EXPECT_NE(text.find("(10)" + packedDemo().demo.preparations[0]), std::string::npos) << text;
    auto check = client.Get("/api/v1/preparations/" + httplib::detail::encode_query_param(text), auth);
    ASSERT_TRUE(check);
    EXPECT_EQ(json::parse(check->body)["preparation"], packedDemo().demo.preparations[0]) << check->body;
    auto notAnImage = client.Post("/api/v1/decode", auth, std::string("not an image"), "image/jpeg");
    ASSERT_TRUE(notAnImage);
    EXPECT_EQ(notAnImage->status, 400);
}

TEST(WebServer, RefusesTlsOlderThan12)
{
    TempDir dir;
    PackedStation station(dir);
    auto cert = web::siteCertificate(dir.file("web"));
    ASSERT_TRUE(cert);
    RunningServer running(*station.ctx, *cert);
    EXPECT_FALSE(handshakeWith(running.server.port(), TLS1_VERSION));
    EXPECT_FALSE(handshakeWith(running.server.port(), TLS1_1_VERSION));
    EXPECT_TRUE(handshakeWith(running.server.port(), TLS1_2_VERSION));
    EXPECT_TRUE(handshakeWith(running.server.port(), TLS1_3_VERSION));
}

TEST(WebServer, AKeyThatDoesNotMatchItsCertificateIsRefusedAtStart)
{
    TempDir dir;
    PackedStation station(dir);
    auto one = web::siteCertificate(dir.file("one"));
    auto two = web::siteCertificate(dir.file("two"));
    ASSERT_TRUE(one && two);
    web::WebServer server(*station.ctx, web::ServeOptions{"127.0.0.1", 0, one->certificate, two->key, {}, 2});
    auto bound = server.bind();
    ASSERT_FALSE(bound);
    EXPECT_NE(bound.error().message.find("not a pair"), std::string::npos) << bound.error().message;
}

TEST(PrepctlServe, StartsWithTheSitesCertificateAndStopsOnSigterm)
{
    TempDir dir;
    PackedStation station(dir);
    const auto db = dir.file("station.sqlite").string();
    station.ctx.reset();
    int out[2];
    ASSERT_EQ(pipe(out), 0);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        dup2(out[1], 1);
        setenv("XDG_DATA_HOME", dir.file("xdg").c_str(), 1);
        execl(PREPCTL_PATH, PREPCTL_PATH, "serve", "--db", db.c_str(), "--listen", "https://127.0.0.1:0", "--json",
              static_cast<char*>(nullptr));
        _exit(127);
    }
    close(out[1]);
    std::string line;
    char c = 0;
    while (read(out[0], &c, 1) == 1) {
        line += c;
        if (c == '}')
            break;
    }
    close(out[0]);
    const auto started = json::parse(line, nullptr, false);
    ASSERT_TRUE(started.is_object()) << line;
    const std::string url = started["listening"].get<std::string>();
    const std::string prefix = "https://127.0.0.1:";
    ASSERT_EQ(url.rfind(prefix, 0), 0u) << url;
    const int port = std::atoi(url.c_str() + prefix.size());
    ASSERT_GT(port, 0) << url;
    EXPECT_TRUE(std::filesystem::exists(dir.file("xdg") / "prepstation" / "web" / "station-cert.pem"));
    httplib::SSLClient client("127.0.0.1", port);
    client.set_ca_cert_path(started["certificate"].get<std::string>().c_str());
    client.enable_server_certificate_verification(true);
    auto page = client.Get("/");
    ASSERT_TRUE(page) << httplib::to_string(page.error());
    EXPECT_EQ(page->status, 200);
    ASSERT_EQ(kill(pid, SIGTERM), 0);
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
}

} // namespace
} // namespace prep::test
