// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl order import and order listen as a prescriber's system uses them: one line per order and the exit code
// for a file; MLLP over a real loopback socket for the listener (two connections, a duplicate, a malformed
// message, a message cut across writes), and the audit trail still verifying afterwards.
#include "db/database.h"
#include "db/user_directory.h"
#include "prep-station/orders/hl7v2_message.h"
#include "prep-station/orders/hl7v2_mllp.h"
#include "tests/support/seed_users.h"
#include "tests/support/shell_run.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <netinet/in.h>
#include <poll.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace prep::station {
namespace {

std::string dataFile(const std::string& name)
{
    std::ifstream in(std::string(PREP_HL7_DATA) + "/" + name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

using CommandRun = test::ShellRun;

std::vector<nlohmann::json> jsonLines(const std::string& out)
{
    std::vector<nlohmann::json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(nlohmann::json::parse(line));
    return lines;
}

class PrepctlOrderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.file("station.sqlite").string();
        ASSERT_TRUE(test::seedUsers(m_db, {{"tech", "Tech (fictif)", db::Role::Technician, "tech-pass-2026"}}));
        setenv("PREP_PASSWORD", "tech-pass-2026", 1);
    }
    void TearDown() override
    {
        if (m_listener > 0) {
            kill(m_listener, SIGKILL);
            waitpid(m_listener, nullptr, 0);
        }
    }

    CommandRun prepctl(const std::string& arguments)
    {
        return test::runShell(std::string(PREPCTL_PATH) + " " + arguments + " --db '" + m_db + "' 2>>'" +
                              m_dir.file("stderr.txt").string() + "'");
    }
    std::string file(const std::string& name, const std::string& content)
    {
        const auto path = m_dir.file(name);
        std::ofstream(path, std::ios::binary) << content;
        return path.string();
    }

    // Starts `prepctl order listen --mllp 127.0.0.1:0` and returns the port it says it listens on.
    int startListener()
    {
        int out[2];
        if (pipe(out) != 0)
            return 0;
        m_listener = fork();
        if (m_listener == 0) {
            dup2(out[1], STDOUT_FILENO);
            const int err = open(m_dir.file("listener-stderr.txt").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            dup2(err, STDERR_FILENO);
            close(out[0]);
            execl(PREPCTL_PATH, PREPCTL_PATH, "order", "listen", "--mllp", "127.0.0.1:0", "--json", "--as", "tech",
                  "--db", m_db.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        close(out[1]);
        m_listenerOut = out[0];
        const std::string first = readLine();
        if (first.empty())
            return 0;
        const std::string where = nlohmann::json::parse(first)["listening"];
        return std::stoi(where.substr(where.rfind(':') + 1));
    }
    // One line of the listener's stdout (up to 20 s: the listener logs each message as it answers it).
    std::string readLine()
    {
        std::string line;
        char c;
        pollfd p{m_listenerOut, POLLIN, 0};
        while (poll(&p, 1, 20000) > 0 && read(m_listenerOut, &c, 1) == 1) {
            if (c == '\n')
                return line;
            line += c;
        }
        return line;
    }
    int stopListener()
    {
        kill(m_listener, SIGTERM);
        int status = 0;
        waitpid(m_listener, &status, 0);
        m_listener = 0;
        close(m_listenerOut);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    static int connectTo(int port)
    {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(uint16_t(port));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            close(fd);
            return -1;
        }
        return fd;
    }
    static void sendAll(int fd, const std::string& bytes)
    {
        for (size_t sent = 0; sent < bytes.size();) {
            const ssize_t n = send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            ASSERT_GT(n, 0);
            sent += size_t(n);
        }
    }
    // The next ACK on `fd`, parsed (an empty message when none came within 20 s).
    static Hl7Message ack(int fd)
    {
        std::string buffer;
        MllpReader reader(1 << 20);
        std::string frame;
        char buf[4096];
        pollfd p{fd, POLLIN, 0};
        while (reader.next(frame) != MllpReader::Status::Frame) {
            if (poll(&p, 1, 20000) <= 0)
                return {};
            const ssize_t n = recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                return {};
            reader.feed(std::string_view(buf, size_t(n)));
        }
        auto parsed = parseHl7Message(frame);
        return std::holds_alternative<Hl7Message>(parsed) ? std::get<Hl7Message>(parsed) : Hl7Message{};
    }
    static std::string field(const Hl7Message& m, const char* segment, int f, int component = 1)
    {
        const Hl7Segment* s = m.first(segment);
        return s ? s->value(f, component) : "(no " + std::string(segment) + ")";
    }

    test::TempDir m_dir;
    std::string m_db;
    pid_t m_listener = 0;
    int m_listenerOut = -1;
};

TEST_F(PrepctlOrderTest, ImportPrintsOneLinePerOrderAndExitsNonZeroWhenOneIsRejected)
{
    const std::string path =
        file("orders.hl7", dataFile("rde-o11-azacitidine-new.hl7") + dataFile("rde-o11-unknown-drug.hl7") + "\n" +
                               dataFile("public/linuxforhealth-rde-o11-ceftriaxone.hl7"));
    auto run = prepctl("order import '" + path + "' --json --as tech");
    EXPECT_EQ(run.code, 3);
    auto lines = jsonLines(run.out);
    ASSERT_EQ(lines.size(), 3u) << run.out;
    EXPECT_EQ(lines[0]["placer"], "DPI-ORD-1001");
    EXPECT_EQ(lines[0]["status"], "accepted");
    EXPECT_TRUE(lines[0]["order"].is_number_integer());
    EXPECT_EQ(lines[1]["status"], "rejected");
    EXPECT_TRUE(lines[1]["order"].is_null());
    EXPECT_NE(lines[1]["reason"].get<std::string>().find("'J01DD04^Ceftriaxone 1 g poudre'"), std::string::npos);
    EXPECT_NE(lines[2]["reason"].get<std::string>().find("cefTRIAXone (ROCEPHIN)"), std::string::npos);

    // The accepted order alone, again: one order, exit 0.
    auto again =
        prepctl("order import '" + file("again.hl7", dataFile("rde-o11-azacitidine-new.hl7")) + "' --json --as tech");
    EXPECT_EQ(again.code, 0) << again.out;
    ASSERT_EQ(jsonLines(again.out).size(), 1u);
    EXPECT_EQ(jsonLines(again.out)[0]["order"], lines[0]["order"]);

    auto csv = prepctl("order import '" + std::string(PREP_HL7_DATA) + "/../orders/orders.csv' --as tech");
    EXPECT_EQ(csv.code, 3);
    EXPECT_NE(csv.out.find("CSV-ORD-3\t-\trejected\tthe site does not prepare 'M\xC3\xA9thotrexate 25 mg/mL'"),
              std::string::npos)
        << csv.out;
    EXPECT_EQ(prepctl("audit verify").code, 0);
}

TEST_F(PrepctlOrderTest, MllpRoundTripOverARealSocket)
{
    const int port = startListener();
    ASSERT_GT(port, 0);
    const int a = connectTo(port);
    const int b = connectTo(port);
    ASSERT_GE(a, 0);
    ASSERT_GE(b, 0);

    const std::string aza = dataFile("rde-o11-azacitidine-new.hl7");
    sendAll(a, mllpFrame(aza));
    auto first = ack(a);
    EXPECT_EQ(field(first, "MSA", 1), "AA");
    EXPECT_EQ(field(first, "MSA", 2), "DEMO-0001");

    // The second connection, its message cut across two writes.
    const std::string btz = mllpFrame(dataFile("rde-o11-bortezomib-new.hl7"));
    sendAll(b, btz.substr(0, 40));
    sendAll(b, btz.substr(40));
    auto second = ack(b);
    EXPECT_EQ(field(second, "MSA", 1), "AA");
    EXPECT_EQ(field(second, "MSA", 2), "DEMO-0002");

    // The same message again: the same answer, no second order.
    sendAll(a, mllpFrame(aza));
    EXPECT_EQ(field(ack(a), "MSA", 1), "AA");

    // A malformed message: AR, MSH-10 still echoed, the segment named.
    sendAll(b, mllpFrame("MSH|^~\\&|DPI|CHU|||20261205||RDE^O11|BAD-1|P|2.5\rpid|lower case\r"));
    auto malformed = ack(b);
    EXPECT_EQ(field(malformed, "MSA", 1), "AR");
    EXPECT_EQ(field(malformed, "MSA", 2), "BAD-1");
    EXPECT_EQ(field(malformed, "ERR", 2, 1), "pid");

    // A public test suite's order for a drug the station does not prepare: AE naming it and RXE-2.
    sendAll(a, mllpFrame(dataFile("public/linuxforhealth-rde-o11-ceftriaxone.hl7")));
    auto refused = ack(a);
    EXPECT_EQ(field(refused, "MSA", 1), "AE");
    EXPECT_EQ(field(refused, "MSA", 2), "MSGID_f209e83f-20db-474d-a7ae-82e5c3894273");
    EXPECT_EQ(field(refused, "ERR", 2, 1), "RXE");
    EXPECT_EQ(field(refused, "ERR", 2, 3), "2");
    EXPECT_NE(field(refused, "ERR", 8).find("cefTRIAXone"), std::string::npos);

    // Bytes before a frame are not HL7: skipped; the frame after them is answered.
    sendAll(b, "noise" + mllpFrame(dataFile("rde-o11-cancel.hl7")));
    auto cancel = ack(b);
    EXPECT_EQ(field(cancel, "MSA", 1), "AA");
    close(a);
    close(b);

    // A sender that sends and closes its side at once still gets its ACK.
    const int c = connectTo(port);
    ASSERT_GE(c, 0);
    sendAll(c, mllpFrame(dataFile("rde-o11-wrong-unit.hl7")));
    shutdown(c, SHUT_WR);
    EXPECT_EQ(field(ack(c), "MSA", 1), "AE");
    close(c);

    // The listener wrote one line per message.
    std::vector<nlohmann::json> log;
    for (int i = 0; i < 7; ++i)
        log.push_back(nlohmann::json::parse(readLine()));
    EXPECT_EQ(log[2]["duplicate"], true);
    EXPECT_EQ(log[3]["ack"], "AR");
    EXPECT_EQ(stopListener(), 0);

    auto verify = prepctl("audit verify");
    EXPECT_EQ(verify.code, 0) << verify.out;
    auto list = prepctl("order list --json --as tech");
    ASSERT_EQ(list.code, 0);
    auto orders = nlohmann::json::parse(list.out);
    ASSERT_EQ(orders.size(), 2u) << list.out; // azacitidine (now cancelled) and bortezomib, once each
}

} // namespace
} // namespace prep::station
