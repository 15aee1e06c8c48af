// SPDX-License-Identifier: GPL-3.0-or-later
// The signed checkpoints as an inspector would try them: the demo's trail verified with its last signed
// checkpoint; the trail rewritten consistently (an entry changed and every later hash recomputed, as anyone with
// the database and SHA-256 can) passes the plain chain check but not prepctl audit verify; a forged checkpoint, a
// removed one, a private key others can read, a rotation, and verification elsewhere with the exported key.
#include "db/audit_chain.h"
#include "db/audit_log.h"
#include "db/database.h"
#include "tests/support/shell_run.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

using namespace prep;
namespace fs = std::filesystem;

namespace {

struct Outcome
{
    int code = -1;
    std::string output;
};

class AuditKeyTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // One demo (order, two syringes, signatures, release, dispatch, delivery) for the whole suite: the ctest
        // fixture db_cli.audit_key_demo made it once (with its own data directory, so its own station key); run
        // alone, the suite makes its own.
        s_dir = new test::TempDir;
        const fs::path fixture = PREP_AUDIT_KEY_DEMO_DIR;
        if (fs::exists(fixture / "done")) {
            fs::copy(fixture / "xdg", s_dir->file("xdg"), fs::copy_options::recursive);
            fs::copy_file(fixture / "demo.sqlite", s_dir->file("demo.sqlite"));
            return;
        }
        const Outcome demo = run(*s_dir, "demo --db '" + s_dir->file("demo.sqlite").string() + "' --out '" +
                                             s_dir->file("out").string() + "'");
        ASSERT_EQ(demo.code, 0) << demo.output;
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override
    {
        ASSERT_NE(s_dir, nullptr);
        fs::copy(s_dir->file("xdg"), m_dir.file("xdg"), fs::copy_options::recursive);
        fs::copy_file(s_dir->file("demo.sqlite"), m_dir.file("demo.sqlite"));
        m_db = m_dir.file("demo.sqlite").string();
    }

    // prepctl with this test's data directory (and so its station key folder).
    static Outcome run(test::TempDir& dir, const std::string& arguments, const std::string& password = {})
    {
        const test::ShellRun r = test::runShell("XDG_DATA_HOME='" + dir.file("xdg").string() + "' PREP_PASSWORD='" +
                                                password + "' " + PREPCTL_PATH + " " + arguments + " 2>&1 </dev/null");
        return {r.code, r.out};
    }
    Outcome run(const std::string& arguments, const std::string& password = {})
    {
        return run(m_dir, arguments, password);
    }
    Outcome verify(const std::string& extra = {}) { return run("audit verify --db '" + m_db + "' " + extra); }
    fs::path keyDir() { return m_dir.file("xdg") / "prepstation" / "audit-keys"; }
    // The last entry about `entity` ("signature", or "signature', 'shipment" for either).
    std::int64_t lastSeqOf(const std::string& entity)
    {
        auto d = db::Database::openExisting(m_db);
        auto s = (*d)->prepare("SELECT MAX(seq) FROM audit_log WHERE entity IN ('" + entity + "')");
        EXPECT_TRUE(*s->step());
        return s->int64(0);
    }

    // The attack: entry `from`'s reason changed, it and every later entry re-hashed, the chain head moved along.
    void rewriteFrom(std::int64_t from)
    {
        auto d = db::Database::openExisting(m_db);
        ASSERT_TRUE(d);
        db::Database& database = **d;
        ASSERT_TRUE(database.execute("BEGIN"));
        ASSERT_TRUE(database.execute("UPDATE audit_log SET reason = reason || ' (amended)' WHERE seq = " +
                                     std::to_string(from)));
        auto rows = database.prepare("SELECT seq, at, user_id, username, action, entity, entity_id, old_value, "
                                     "new_value, reason FROM audit_log WHERE seq >= ? ORDER BY seq");
        rows->bind(1, from);
        auto prev = database.prepare("SELECT hash FROM audit_log WHERE seq = ?");
        prev->bind(1, from - 1);
        std::string prevHash = *prev->step() ? prev->text(0) : "";
        std::vector<std::pair<std::int64_t, std::string>> hashes;
        while (*rows->step()) {
            prevHash = db::auditEntryHash(prevHash, rows->int64(0), rows->textView(1), rows->int64(2),
                                          rows->textView(3), rows->textView(4), rows->textView(5), rows->textView(6),
                                          rows->textView(7), rows->textView(8), rows->textView(9));
            hashes.emplace_back(rows->int64(0), prevHash);
        }
        rows->reset();
        for (const auto& [seq, hash] : hashes) {
            ASSERT_TRUE(database.execute("UPDATE audit_log SET prev_hash = (SELECT hash FROM audit_log WHERE seq = " +
                                         std::to_string(seq - 1) + ") WHERE seq = " + std::to_string(seq)));
            ASSERT_TRUE(
                database.execute("UPDATE audit_log SET hash = '" + hash + "' WHERE seq = " + std::to_string(seq)));
        }
        ASSERT_TRUE(database.execute("UPDATE chain_head SET hash = '" + hashes.back().second + "' WHERE id = 1"));
        ASSERT_TRUE(database.execute("COMMIT"));
    }
    void sql(const std::string& text)
    {
        auto d = db::Database::openExisting(m_db);
        ASSERT_TRUE(d);
        ASSERT_TRUE((*d)->execute(text)) << text;
    }

    static test::TempDir* s_dir;
    test::TempDir m_dir;
    std::string m_db;
};

test::TempDir* AuditKeyTest::s_dir = nullptr;

} // namespace

TEST_F(AuditKeyTest, TheDemoTrailIsSignedAtEverySignatureAndShipmentChange)
{
    const Outcome r = verify();
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("last signed checkpoint: entry " +
                            std::to_string(lastSeqOf("signature', 'shipment', 'handover"))),
              std::string::npos)
        << r.output;
    // Every signature, shipment change, handover and logger import has its checkpoint.
    auto d = db::Database::openExisting(m_db);
    auto missing = (*d)->prepare("SELECT COUNT(*) FROM audit_log WHERE entity IN ('signature', 'shipment', "
                                 "'handover', 'logger_import') AND seq NOT IN (SELECT seq FROM audit_checkpoint)");
    ASSERT_TRUE(*missing->step());
    EXPECT_EQ(missing->int64(0), 0);
    // The private key is the owner's alone, in a folder that is the owner's alone.
    struct stat key
    {
    }, folder{};
    ASSERT_EQ(::stat((keyDir() / "station.key").c_str(), &key), 0);
    ASSERT_EQ(::stat(keyDir().c_str(), &folder), 0);
    EXPECT_EQ(key.st_mode & 0777, 0600u);
    EXPECT_EQ(folder.st_mode & 0777, 0700u);
}

TEST_F(AuditKeyTest, AConsistentRewriteFoolsTheChainButNotTheCheckpoints)
{
    // Rewrite from the first signature on: a signed checkpoint follows.
    const std::int64_t from = lastSeqOf("signature") - 3;
    rewriteFrom(from);
    // The hash chain alone is satisfied: that is the attack.
    auto d = db::Database::openExisting(m_db);
    auto chain = db::AuditLog(**d).verify();
    ASSERT_TRUE(chain);
    EXPECT_TRUE(chain->intact) << chain->problem;
    const Outcome r = verify();
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_NE(r.output.find("audit trail rewritten"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("rewritten at or before entry"), std::string::npos) << r.output;
}

TEST_F(AuditKeyTest, ACheckpointForgedWithoutTheKeyOrRemovedIsFound)
{
    const std::int64_t from = lastSeqOf("signature") - 3;
    rewriteFrom(from);
    // The forger also copies the new hashes into the checkpoints: the signatures no longer match.
    sql("UPDATE audit_checkpoint SET hash = (SELECT hash FROM audit_log WHERE audit_log.seq = audit_checkpoint.seq)");
    Outcome r = verify();
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_NE(r.output.find("does not verify with key"), std::string::npos) << r.output;
    // Or removes every checkpoint after the rewrite: the signatures and shipment changes there lack theirs.
    sql("DELETE FROM audit_checkpoint WHERE seq >= " + std::to_string(from));
    r = verify();
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_NE(r.output.find("has no checkpoint from a trusted key"), std::string::npos) << r.output;
}

TEST_F(AuditKeyTest, APrivateKeyOthersCanReadIsRefused)
{
    fs::permissions(keyDir() / "station.key", fs::perms::others_read, fs::perm_options::add);
    const Outcome r = run("order list --db '" + m_db + "' --as pharm.demo", "demo-pharm-2026");
    EXPECT_NE(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("may be read by others than its owner (chmod 600 it"), std::string::npos) << r.output;
}

TEST_F(AuditKeyTest, RotationKeepsTheOldKeyTrustedAndTheNewOneSigns)
{
    const Outcome before = run("audit key show --db '" + m_db + "'");
    ASSERT_EQ(before.code, 0) << before.output;
    const std::string oldId = before.output.substr(0, 16);
    // Only an administrator rotates.
    const Outcome denied = run("audit key rotate --db '" + m_db + "' --as pharm.demo", "demo-pharm-2026");
    EXPECT_NE(denied.code, 0) << denied.output;
    EXPECT_NE(denied.output.find("may not rotate"), std::string::npos) << denied.output;
    const Outcome r = run("audit key rotate --db '" + m_db + "' --as admin.demo", "demo-admin-2026");
    ASSERT_EQ(r.code, 0) << r.output;
    const Outcome after = run("audit key show --db '" + m_db + "'");
    const std::string newId = after.output.substr(0, 16);
    EXPECT_NE(newId, oldId);
    EXPECT_TRUE(fs::exists(keyDir() / (oldId + ".pub")));
    EXPECT_TRUE(fs::exists(keyDir() / (newId + ".pub")));
    const Outcome v = verify();
    ASSERT_EQ(v.code, 0) << v.output;
    EXPECT_NE(v.output.find("key " + newId), std::string::npos) << v.output;
}

TEST_F(AuditKeyTest, AnAuditorElsewhereVerifiesWithTheExportedKey)
{
    const fs::path exported = m_dir.file("station.pub");
    ASSERT_EQ(run("audit key export --out '" + exported.string() + "' --db '" + m_db + "'").code, 0);
    // Another machine: no station key folder, only the exported public key.
    test::TempDir auditor;
    const std::string copy = auditor.file("copy.sqlite").string();
    fs::copy_file(m_db, copy);
    Outcome r = run(auditor, "audit verify --db '" + copy + "' --trusted-key '" + exported.string() + "'");
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("last signed checkpoint"), std::string::npos) << r.output;
    // Without it, nothing vouches for the chain, and the report says so.
    r = run(auditor, "audit verify --db '" + copy + "'");
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("not among the trusted keys"), std::string::npos) << r.output;
    // A file that is not a key is named.
    std::ofstream(auditor.file("bad.pub")) << "not a key\n";
    r = run(auditor, "audit verify --db '" + copy + "' --trusted-key '" + auditor.file("bad.pub").string() + "'");
    EXPECT_EQ(r.code, 2) << r.output;
    EXPECT_NE(r.output.find("is not an Ed25519 public key"), std::string::npos) << r.output;
}
