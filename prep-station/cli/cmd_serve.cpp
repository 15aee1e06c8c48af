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
#include <string_view>
#include <thread>

namespace prep::cli {
namespace {

int serve(Args& args)
{
    if (auto unknown = args.unknownOptions(withCommon({"listen", "cert", "key", "idle-minutes"})); !unknown.empty())
        return fail(args, "serve: unknown option --" + unknown.front(), 2);
    const std::string listen = args.option("listen").value_or("https://127.0.0.1:8443");
    // https://HOST:PORT, HOST a name, an IPv4 address or [an IPv6 address]. Parsed by hand: std::regex trips
    // GCC 12's -Wmaybe-uninitialized in the sanitizer build.
    const std::string_view scheme = "https://";
    const auto colon = listen.rfind(':');
    const std::string portText = colon == std::string::npos ? std::string() : listen.substr(colon + 1);
    web::ServeOptions options;
    options.host = colon == std::string::npos || colon < scheme.size()
                       ? std::string()
                       : listen.substr(scheme.size(), colon - scheme.size());
    const bool portDigits =
        !portText.empty() && portText.size() <= 5 && portText.find_first_not_of("0123456789") == std::string::npos;
    const bool bracketed = options.host.size() > 2 && options.host.front() == '[' && options.host.back() == ']';
    if (bracketed)
        options.host = options.host.substr(1, options.host.size() - 2);
    const char* allowed = bracketed ? "0123456789abcdefABCDEF:." // an IPv6 address
                                    : "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-";
    const bool hostOk = !options.host.empty() && options.host.find_first_not_of(allowed) == std::string::npos;
    if (listen.rfind(scheme, 0) != 0 || !portDigits || !hostOk)
        return fail(args, "serve: --listen must be https://HOST:PORT (plain http is not offered), not '" + listen + "'",
                    2);
    options.port = std::stoi(portText);
    if (options.port > 65535)
        return fail(args, "serve: port " + portText + " is out of range", 2);
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
