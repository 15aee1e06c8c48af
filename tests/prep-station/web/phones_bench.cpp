// SPDX-License-Identifier: GPL-3.0-or-later
// Load bench (not a test): N phones scanning against one station over HTTPS for S seconds, each a courier's
// session on its own keep-alive connection, one scan every `--think` ms (a new scan id each time, 1 in 50 sent
// twice as a phone resends its queue), a shipment list every 10th call. Prints p50/p95/p99/max latency per call,
// the throughput, and "nothing lost": every accepted scan is one field_scan row, every resend is answered as
// recorded and adds none. The baseline of the same run is 1 phone for the first S/10 seconds.
//
//   web_phones_bench [--phones 100] [--seconds 300] [--think 1000]
#include "prep-station/web/site_certificate.h"
#include "prep-station/web/web_server.h"
#include "prep-station/workflow/demo_accounts.h"
#include "prep-station/workflow/demo_scenario.h"
#include "tests/support/temp_dir.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace {

using namespace prep;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

struct Tally
{
    std::mutex mutex;
    std::vector<double> latencyMs, loginMs;
    long sent = 0, answered = 0, failed = 0, accepted = 0, refused = 0, resent = 0, resentAnsweredAsRecorded = 0;
    std::map<std::string, long> failures; // what failed: an HTTP status or the client's error
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

void phone(const std::string& run, int index, int port, const std::string& certificate, const std::string& shipment,
           Clock::time_point start, Clock::time_point until, std::chrono::milliseconds think, Tally& tally)
{
    httplib::SSLClient client("127.0.0.1", port);
    client.set_ca_cert_path(certificate.c_str());
    client.enable_server_certificate_verification(true);
    client.set_keep_alive(std::getenv("BENCH_NO_KEEPALIVE") == nullptr);
    client.set_tcp_nodelay(true); // as browsers do
    client.set_connection_timeout(10);
    client.set_read_timeout(30);
    const auto& courier = station::demoAccount(db::Role::Courier);
    const auto loginStart = Clock::now();
    auto login =
        client.Post("/api/v1/session", json{{"login", courier.username}, {"password", courier.password}}.dump(),
                    "application/json");
    if (!login || login->status != 200) {
        std::lock_guard lock(tally.mutex);
        ++tally.failed;
        ++tally.failures["login: " + (!login ? httplib::to_string(login.error()) : login->body)];
        return;
    }
    {
        std::lock_guard lock(tally.mutex);
        tally.loginMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - loginStart).count());
    }
    const httplib::Headers auth{{"Authorization", "Bearer " + json::parse(login->body)["token"].get<std::string>()}};
    std::mt19937 rng(static_cast<unsigned>(index));
    // Every phone is logged in before the scanning starts: the logins (a password hash each) are measured apart.
    std::this_thread::sleep_until(start);
    std::string last;
    for (long n = 0; Clock::now() < until; ++n) {
        const bool list = n % 10 == 9;
        const bool resend = !last.empty() && rng() % 50 == 0;
        std::string body = last;
        if (!list && !resend)
            body = json{{"kind", n % 2 ? "delivery" : "pickup"},
                        {"code", shipment},
                        {"place", "bench"},
                        {"scan_id", run + "-phone-" + std::to_string(index) + "-" + std::to_string(n)},
                        {"device_time", "2026-12-06T08:00:00Z"}}
                       .dump();
        const auto t0 = Clock::now();
        auto call = [&] {
            return list ? client.Get("/api/v1/shipments", auth)
                        : client.Post("/api/v1/handovers", auth, body, "application/json");
        };
        auto res = call();
        // A kept-alive connection the server closed while the phone was idle fails at the first write: sent again
        // on a new connection, as a browser does (the scan id makes it safe).
        if (!res && res.error() == httplib::Error::Write)
            res = call();
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        {
            std::lock_guard lock(tally.mutex); // not across the think time below
            ++tally.sent;
            if (!res || res->status != 200) {
                ++tally.failed;
                ++tally
                      .failures[!res ? httplib::to_string(res.error()) : std::to_string(res->status) + " " + res->body];
            } else {
                ++tally.answered;
                tally.latencyMs.push_back(ms);
                if (!list) {
                    const auto j = json::parse(res->body, nullptr, false);
                    const bool recordedBefore = j.is_object() && j.value("already_recorded", false);
                    if (resend) {
                        ++tally.resent;
                        tally.resentAnsweredAsRecorded += recordedBefore ? 1 : 0;
                    } else {
                        (j.is_object() && j.value("verdict", "") == "ok" ? tally.accepted : tally.refused) += 1;
                    }
                }
            }
        }
        if (!list && !resend)
            last = body;
        std::this_thread::sleep_for(think);
    }
}

struct RunResult
{
    int phones;
    double seconds;
    Tally tally;
};

void runPhones(const std::string& run, int phones, double seconds, std::chrono::milliseconds think, int port,
               const std::string& cert, const std::string& shipment, Tally& tally)
{
    const auto start = Clock::now() + std::chrono::milliseconds(2000 + 400 * phones);
    const auto until = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    std::vector<std::thread> threads;
    for (int i = 0; i < phones; ++i)
        threads.emplace_back(phone, run, i, port, cert, shipment, start, until, think, std::ref(tally));
    for (auto& t : threads)
        t.join();
}

void report(const char* name, int phones, double seconds, Tally& t)
{
    std::printf("%-10s phones %3d  %6.0f s  calls %7ld  answered %7ld  failed %ld  %6.1f calls/s  p50 %6.1f ms  p95 "
                "%6.1f ms  p99 %6.1f ms  max %7.1f ms\n",
                name, phones, seconds, t.sent, t.answered, t.failed, static_cast<double>(t.answered) / seconds,
                percentile(t.latencyMs, 0.50), percentile(t.latencyMs, 0.95), percentile(t.latencyMs, 0.99),
                t.latencyMs.empty() ? 0 : *std::max_element(t.latencyMs.begin(), t.latencyMs.end()));
    std::printf("%-10s logins %3zu  p50 %6.1f ms  max %7.1f ms\n", name, t.loginMs.size(), percentile(t.loginMs, 0.5),
                percentile(t.loginMs, 1.0));
}

long countRows(station::StationContext& ctx, const char* sql)
{
    auto s = ctx.database().prepare(sql);
    if (!s || !s->step())
        return -1;
    return static_cast<long>(s->int64(0));
}

} // namespace

int main(int argc, char** argv)
{
    int phones = 100;
    double seconds = 300;
    long thinkMs = 1000;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--phones"))
            phones = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--seconds"))
            seconds = std::atof(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--think"))
            thinkMs = std::atol(argv[i + 1]);
    }
    test::TempDir dir;
    station::DemoOptions options;
    options.outDir = dir.file("out");
    options.dbPath = dir.file("station.sqlite").string();
    options.stopWhenPacked = true;
    auto demo = station::runDemo(options);
    if (!demo) {
        std::cerr << "packed demo: " << demo.error().message << "\n";
        return 1;
    }
    station::SystemClock clock;
    auto ctx = station::StationContext::open(options.dbPath, clock);
    auto cert = web::siteCertificate(dir.file("web"));
    if (!ctx || !cert) {
        std::cerr << "station or certificate failed\n";
        return 1;
    }
    web::WebServer server(**ctx, web::ServeOptions{"127.0.0.1", 0, cert->certificate, cert->key, {}, 128});
    if (auto bound = server.bind(); !bound) {
        std::cerr << bound.error().message << "\n";
        return 1;
    }
    std::thread serving([&] { server.run(); });
    const auto think = std::chrono::milliseconds(thinkMs);
    const long rowsBefore = countRows(**ctx, "SELECT COUNT(*) FROM field_scan");

    Tally baseline, load;
    runPhones("baseline", 1, seconds / 10, think, server.port(), cert->certificate.string(), demo->shipment, baseline);
    const long rowsAfterBaseline = countRows(**ctx, "SELECT COUNT(*) FROM field_scan");
    runPhones("load", phones, seconds, think, server.port(), cert->certificate.string(), demo->shipment, load);
    server.stop();
    serving.join();
    const long rowsAfter = countRows(**ctx, "SELECT COUNT(*) FROM field_scan");

    std::printf("web_phones_bench: think %ld ms, TLS keep-alive, one station (SQLite, WAL) and the phones on 2 cores\n",
                thinkMs);
    report("baseline", 1, seconds / 10, baseline);
    report("load", phones, seconds, load);
    const long expected = load.accepted + load.refused;
    std::printf("nothing lost: %ld scans recorded for %ld new scans answered (%s); %ld resends, %ld answered as "
                "already recorded; %ld calls failed\n",
                rowsAfter - rowsAfterBaseline, expected, rowsAfter - rowsAfterBaseline == expected ? "equal" : "DIFFER",
                load.resent, load.resentAnsweredAsRecorded, load.failed);
    for (const auto& [what, n] : load.failures)
        std::printf("  failed %ld x: %s\n", n, what.c_str());
    (void)rowsBefore;
    return rowsAfter - rowsAfterBaseline == expected && load.failed == 0 && load.resent == load.resentAnsweredAsRecorded
               ? 0
               : 2;
}
