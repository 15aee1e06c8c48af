// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl serve --listen https://HOST:PORT [--cert F --key F]: the courier and nurse web service over HTTPS.
// Without --cert/--key, the site's certificate in the data directory is used, made at first start.
#include "prep-station/cli/station_access.h"
#include "prep-station/web/site_certificate.h"
#include "prep-station/web/web_server.h"

#include <pthread.h>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <regex>
#include <thread>

namespace prep::cli {
namespace {

int serve(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"listen", "cert", "key", "idle-minutes"})); !unknown.empty())
        return fail(args, "serve: unknown option --" + unknown.front(), 2);
    const std::string listen = args.option("listen").value_or("https://127.0.0.1:8443");
    static const std::regex kListen(R"(https://(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):([0-9]{1,5}))");
    std::smatch m;
    if (!std::regex_match(listen, m, kListen))
        return fail(args, "serve: --listen must be https://HOST:PORT (plain http is not offered), not '" + listen + "'",
                    2);
    web::ServeOptions options;
    options.host = m[1].str();
    if (options.host.front() == '[')
        options.host = options.host.substr(1, options.host.size() - 2);
    options.port = std::stoi(m[2].str());
    if (options.port > 65535)
        return fail(args, "serve: port " + m[2].str() + " is out of range", 2);
    if (auto idle = args.option("idle-minutes")) {
        int minutes = 0;
        if (std::sscanf(idle->c_str(), "%d", &minutes) != 1 || minutes < 1 || minutes > 720)
            return fail(args, "serve: --idle-minutes must be 1 to 720", 2);
        options.sessions.idle = std::chrono::minutes(minutes);
    }
    const auto cert = args.option("cert");
    const auto key = args.option("key");
    if (cert.has_value() != key.has_value())
        return fail(args, "serve: --cert and --key go together", 2);
    std::string fingerprint;
    if (cert) {
        options.certificate = *cert;
        options.key = *key;
        auto fp = web::certificateFingerprint(*cert);
        if (!fp)
            return fail(args, "serve: " + fp.error().message);
        fingerprint = *fp;
    } else {
        auto made = web::siteCertificate(std::filesystem::path(args.dataDir()) / "web",
                                         {options.host == "0.0.0.0" || options.host == "::" ? "" : options.host});
        if (!made)
            return fail(args, "serve: " + made.error().message);
        options.certificate = made->certificate;
        options.key = made->key;
        fingerprint = made->sha256Fingerprint;
        if (made->created)
            std::cerr << "serve: made the site's certificate " << made->certificate.string() << "\n";
    }
    auto ctx = openStation(args);
    if (!ctx)
        return fail(args, "serve: " + ctx.error().message);
    web::WebServer server(**ctx, options);
    if (auto bound = server.bind(); !bound)
        return fail(args, bound.error().message);
    const std::string url = "https://" +
                            (options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host) +
                            ":" + std::to_string(server.port()) + "/";
    report(args, {{"listening", url}, {"certificate", options.certificate.string()}, {"sha256", fingerprint}},
           "serving " + url + " (certificate SHA-256 " + fingerprint + ")\n");
    std::cout.flush();
    // SIGTERM (systemd's stop) and SIGINT end the service cleanly: a thread waits for them, since stopping the
    // server is not safe from a signal handler. Blocked here, before the server's threads inherit the mask.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::thread waiter([&] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        server.stop();
    });
    server.run();
    pthread_kill(waiter.native_handle(), SIGTERM); // wakes the waiter when the server stopped on its own
    waiter.join();
    return 0;
}

} // namespace

PREPCTL_COMMAND("serve", "the courier and nurse web service over HTTPS (--listen https://HOST:PORT)", serve);

} // namespace prep::cli
