// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl scale read|tare|zero|simulate: one stable weight from a scale, and the scale simulator.
#include "devices/scale/modbus_map.h"
#include "devices/scale/scale.h"
#include "devices/scale/scale_simulator.h"
#include "prep-station/cli/command.h"
#include "prep-station/config/station_devices.h"

#include <nlohmann/json.hpp>

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <sstream>

namespace {

using namespace prep::cli;
namespace dev = prep::devices;

const char* kUsage = "usage: prepctl scale read --device URI [--timeout-ms N] [--json]\n"
                     "       prepctl scale tare|zero --device URI\n"
                     "       prepctl scale simulate --listen modbus-tcp://127.0.0.1:PORT|sics-tcp://127.0.0.1:PORT|"
                     "sics-pty://|modbus-rtu-pty:// [--load GRAMS] [--fault NAME] [--settle-ms N]\n"
                     "         [--noise-g G] [--stable-noise-g G] [--drift-g-per-min G] [--serial TEXT]\n"
                     "       faults: none disconnect no-answer unstable-forever overload underload negative-weight "
                     "garbage-registers\n"
                     "       stdin while running: \"load GRAMS\" or \"fault NAME\"";

int decimalsOf(double readabilityG)
{
    if (!(readabilityG > 0))
        return 3;
    const int d = static_cast<int>(std::lround(-std::log10(readabilityG)));
    return d < 0 ? 0 : (d > 6 ? 6 : d);
}

std::optional<dev::ScaleFault> faultNamed(const std::string& name)
{
    for (auto f : {dev::ScaleFault::None, dev::ScaleFault::Disconnect, dev::ScaleFault::NoAnswer,
                   dev::ScaleFault::UnstableForever, dev::ScaleFault::Overload, dev::ScaleFault::Underload,
                   dev::ScaleFault::NegativeWeight, dev::ScaleFault::GarbageRegisters})
        if (name == dev::scaleFaultName(f))
            return f;
    return std::nullopt;
}

// map=NAME that is not a file names a reviewed data file (prep-station/data/scale-map-*.json or PREP_DATA_DIR).
prep::station::Result<std::unique_ptr<dev::Scale>> openDevice(const std::string& uri)
{
    return prep::station::openScaleWithMap(uri);
}

int readCommand(Args& args)
{
    auto device = args.option("device");
    if (!device)
        return fail(args, "scale read: --device URI is required");
    long timeoutMs = 15000; // a scale in an isolator may need several seconds to settle
    if (auto t = args.option("timeout-ms")) {
        auto v = parseNumber(*t);
        if (!v || *v < 1 || *v > 600000)
            return fail(args, "scale read: --timeout-ms must be 1-600000");
        timeoutMs = static_cast<long>(*v);
    }
    auto scale = openDevice(*device);
    if (!scale)
        return fail(args, "scale read: " + scale.error().message);
    auto reading = (*scale)->readStable(std::chrono::milliseconds(timeoutMs));
    if (!reading)
        return fail(args, "scale read: " + reading.error().message);
    const dev::WeightReading& r = *reading;
    if (args.json()) {
        nlohmann::json j;
        j["grams"] = r.grams;
        j["stable"] = true;
        j["source"] = r.source;
        j["readability_g"] = r.readabilityG;
        j["raw"] = r.raw;
        j["device"] = (*scale)->uri();
        j["serial"] = (*scale)->serialNumber();
        j["simulated"] = r.source.rfind("sim://", 0) == 0;
        args.out << j.dump() << '\n';
    } else {
        char grams[64];
        std::snprintf(grams, sizeof grams, "%.*f", decimalsOf(r.readabilityG), r.grams);
        args.out << grams << " g  " << r.source << '\n';
    }
    return 0;
}

int tareOrZero(Args& args, bool tare)
{
    auto device = args.option("device");
    if (!device)
        return fail(args, "scale: --device URI is required");
    auto scale = openDevice(*device);
    if (!scale)
        return fail(args, "scale: " + scale.error().message);
    auto done = tare ? (*scale)->tare() : (*scale)->zero();
    if (!done)
        return fail(args, std::string("scale ") + (tare ? "tare" : "zero") + ": " + done.error().message);
    args.out << (tare ? "tared" : "zeroed") << "  " << (*scale)->uri() << '\n';
    return 0;
}

// Runs until SIGINT/SIGTERM. Lines on stdin steer it: "load 12.345", "fault overload", "fault none".
int simulateCommand(Args& args)
{
    auto listen = args.option("listen");
    if (!listen)
        return fail(args, "scale simulate: --listen URI is required");
    // Block the signals before the server thread starts so only sigtimedwait below sees them.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    dev::ScaleSimulator simulator;
    if (auto settle = args.option("settle-ms")) {
        auto v = parseNumber(*settle);
        if (!v || *v < 0 || *v > 60000)
            return fail(args, "scale simulate: --settle-ms must be 0-60000");
        auto d = simulator.dynamics();
        d.settle = std::chrono::milliseconds(static_cast<long>(*v));
        simulator.setDynamics(d);
    }
    for (const auto& [option, field] :
         {std::pair<const char*, double dev::SimulatorDynamics::*>{"noise-g", &dev::SimulatorDynamics::motionNoiseG},
          {"stable-noise-g", &dev::SimulatorDynamics::stableNoiseG},
          {"drift-g-per-min", &dev::SimulatorDynamics::driftGPerMinute}}) {
        if (auto text = args.option(option)) {
            auto v = parseNumber(*text);
            if (!v || std::fabs(*v) > 100)
                return fail(args, std::string("scale simulate: --") + option + " must be a number of grams");
            auto d = simulator.dynamics();
            d.*field = *v;
            simulator.setDynamics(d);
        }
    }
    if (auto serial = args.option("serial"))
        simulator.setSerialNumber(*serial);
    if (auto load = args.option("load")) {
        auto v = parseNumber(*load);
        if (!v)
            return fail(args, "scale simulate: --load must be a number of grams");
        simulator.placeLoad(*v);
    }
    if (auto faultName = args.option("fault")) {
        auto f = faultNamed(*faultName);
        if (!f)
            return fail(args, "scale simulate: unknown fault " + *faultName);
        simulator.setFault(*f);
    }
    auto uri = simulator.start(*listen);
    if (!uri)
        return fail(args, "scale simulate: " + uri.error().message);
    if (args.json())
        args.out << nlohmann::json{{"uri", *uri}, {"serial", simulator.serialNumber()}}.dump() << std::endl;
    else
        args.out << *uri << std::endl;

    bool stdinOpen = true;
    std::string pending;
    for (;;) {
        const timespec none{0, 0};
        if (sigtimedwait(&signals, nullptr, &none) > 0)
            break;
        if (!stdinOpen) {
            const timespec wait{0, 200 * 1000 * 1000};
            if (sigtimedwait(&signals, nullptr, &wait) > 0)
                break;
            continue;
        }
        pollfd pfd{STDIN_FILENO, POLLIN, 0};
        if (::poll(&pfd, 1, 100) <= 0)
            continue;
        char buf[256];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            stdinOpen = false;
            continue;
        }
        pending.append(buf, static_cast<size_t>(n));
        for (auto eol = pending.find('\n'); eol != std::string::npos; eol = pending.find('\n')) {
            std::istringstream line(pending.substr(0, eol));
            pending.erase(0, eol + 1);
            std::string word, value;
            line >> word >> value;
            if (word == "load" && parseNumber(value))
                simulator.placeLoad(*parseNumber(value));
            else if (word == "fault" && faultNamed(value))
                simulator.setFault(*faultNamed(value));
            else if (!word.empty())
                args.err << "prepctl: scale simulate: ignored \"" << word << ' ' << value
                         << "\" (expected load GRAMS or fault NAME)\n";
        }
    }
    simulator.stop();
    return 0;
}

int scaleCommand(Args& args)
{
    const auto& words = args.positional();
    if (words.empty())
        return fail(args, std::string("scale: missing subcommand\n") + kUsage, 2);
    const std::string& sub = words[0];
    if (sub == "read") {
        if (auto unknown = args.unknownOptions({"device", "timeout-ms"}); !unknown.empty())
            return fail(args, "scale read: unknown option --" + unknown[0], 2);
        return readCommand(args);
    }
    if (sub == "tare" || sub == "zero") {
        if (auto unknown = args.unknownOptions({"device"}); !unknown.empty())
            return fail(args, "scale " + sub + ": unknown option --" + unknown[0], 2);
        return tareOrZero(args, sub == "tare");
    }
    if (sub == "simulate") {
        if (auto unknown = args.unknownOptions(
                {"listen", "load", "fault", "settle-ms", "serial", "noise-g", "stable-noise-g", "drift-g-per-min"});
            !unknown.empty())
            return fail(args, "scale simulate: unknown option --" + unknown[0], 2);
        return simulateCommand(args);
    }
    return fail(args, "scale: unknown subcommand " + sub + "\n" + kUsage, 2);
}

} // namespace

PREPCTL_COMMAND("scale", "read a stable weight from a scale, tare/zero it, or run the scale simulator", scaleCommand);
