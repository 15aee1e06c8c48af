// SPDX-License-Identifier: GPL-3.0-or-later
// `prepctl gs1 parse` against GS1's Barcode Syntax Engine, on the engine's element-string test vectors (the linter
// vectors, below the level of a command line, are run through the parser in tests/devices/gs1). Each input goes
// to prepctl as one argument, with no shell in between, as a script's exec would pass a scan.
#include "devices/gs1/gs1.h"
#include "devices/gs1/gs1_linters.h"
#include "tests/devices/gs1/gs1_engine_vectors.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>

extern char** environ;

namespace prep::test {
namespace {

struct CommandRun
{
    int exitCode = -1;
    std::string err;
};

CommandRun prepctl(const std::vector<std::string>& args, const TempDir& dir)
{
    std::vector<std::string> words = {PREPCTL_PATH};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    const std::string errFile = dir.file("stderr.txt").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    CommandRun run;
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        waitpid(pid, &status, 0);
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    posix_spawn_file_actions_destroy(&actions);
    std::ifstream in(errFile);
    std::stringstream ss;
    ss << in.rdbuf();
    run.err = ss.str();
    return run;
}

bool endsWith(const std::string& s, const std::string& tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The text prepctl prints for the engine's linter error of that name.
std::string lintText(const std::string& engineName)
{
    using prep::devices::Gs1LintError;
    for (int e = 1; e < int(Gs1LintError::Count); ++e)
        if (prep::devices::gs1LintErrorName(Gs1LintError(e)) == engineName)
            return std::string(prep::devices::gs1LintErrorText(Gs1LintError(e)));
    return "(unknown linter error " + engineName + ")";
}

} // namespace

TEST(PrepctlGs1Vectors, AgreesWithGs1SyntaxEngineOnElementStrings)
{
    TempDir dir;
    size_t compared = 0, agreed = 0, setAside = 0;
    for (const auto& v : loadEngineVectors(GS1_ENGINE_VECTORS)) {
        if (v.verdict == "n/a" || v.check.rfind("lint:", 0) == 0)
            continue;
        const bool parseLevel = endsWith(v.check, "-syntax") || v.check == "hri-lint";
        const bool wholeMessage = endsWith(v.check, "-full");
        // A vector of one association rule says only that this rule is broken; that the whole message is
        // accepted is checked by the parser-level test, which can ask about one rule.
        if (!parseLevel && !wholeMessage && v.verdict == "pass")
            continue;
        // The engine's parse-level tests leave out the message rules that prepctl always applies (one value per
        // AI, excluded pairs); a vector that passes only without them is compared in tests/devices/gs1.
        if (parseLevel && v.verdict == "pass" && !prep::devices::examineGs1(parserInput(v), false).problems.empty()) {
            ++setAside;
            continue;
        }
        std::vector<std::string> args = {"gs1", "parse", parserInput(v)};
        if (parseLevel)
            args.push_back("--no-req"); // the engine's parse-level tests do not check req=
        const CommandRun run = prepctl(args, dir);
        ++compared;
        bool ok = run.exitCode == (v.verdict == "pass" ? 0 : 1);
        // A linter error is reported in the linter's words.
        if (ok && v.check == "hri-lint" && v.verdict == "fail")
            ok = run.err.find(lintText(v.error)) != std::string::npos;
        if (ok)
            ++agreed;
        else
            ADD_FAILURE() << v.source << " " << v.check << " '" << v.input << "': engine " << v.verdict
                          << ", prepctl exit " << run.exitCode << ": " << run.err;
    }
    std::printf("prepctl gs1 parse vs GS1 Syntax Engine: agreement %zu/%zu (%zu set aside)\n", agreed, compared,
                setAside);
    EXPECT_LE(setAside, 2u);
    EXPECT_GT(compared, 150u);
    EXPECT_EQ(agreed, compared);
}

} // namespace prep::test
