// SPDX-License-Identifier: GPL-3.0-or-later
// The error-injection suite (issue 16): each error injected through the real workflow — the scale simulator over
// Modbus TCP on loopback, the simulated camera showing a rendered GS1 DataMatrix photo, the label as printed, the
// logger as a file — is stopped at its gate with a reason a technician understands, and nothing wrong is recorded
// as good. One station and one bench serve the whole suite (its accounts, migrations and bench are the slow part);
// each test works on preparations of its own. validation/error_injection.csv lists every error with its test.
#include "prep-station/dosing/protocol.h"
#include "prep-station/gravimetry/reconstitution_check.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/care_list_desk.h"
#include "prep-station/workflow/demo_accounts.h"
#include "prep-station/workflow/demo_bench.h"
#include "prep-station/workflow/demo_scenario.h"
#include "prep-station/workflow/dispatch_desk.h"
#include "prep-station/workflow/file_output.h"
#include "prep-station/workflow/label_desk.h"
#include "prep-station/workflow/order_desk.h"
#include "prep-station/workflow/preparation_progress.h"
#include "prep-station/workflow/release_desk.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <map>
#include <random>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace prep::station {
namespace {

using namespace std::chrono_literals;

// A vial's printed expiry: a year ahead, whatever day the suite runs.
std::chrono::year_month_day vialExpiry(UtcTime now)
{
    const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(now));
    return {today.year() + std::chrono::years(1), std::chrono::month(6), std::chrono::day(30)};
}

bool says(const std::string& text, std::initializer_list<const char*> words)
{
    for (const char* w : words)
        if (text.find(w) == std::string::npos)
            return false;
    return true;
}

// `prepctl order add` of a fictitious azacitidine order on `db`, as `user`.
std::vector<std::string> orderAddCommand(const std::string& ipp, const std::string& name, const std::string& user,
                                         const std::string& db)
{
    return {"order",      "add",       "--patient",    ipp,
            "--name",     name,        "--birth",      "1950-02-03",
            "--height",   "165",       "--weight",     "62",
            "--protocol", "AZA-SC-75", "--cycle",      "1",
            "--day",      "1",         "--prescriber", "Dr Test (fictif)",
            "--as",       user,        "--db",         db};
}

// prepctl ARGS as a separate process, its standard error kept; with `fileSizeLimit` > 0 the process may not grow a
// file beyond that many bytes (RLIMIT_FSIZE) and ignores SIGXFSZ, so a write past it fails with EFBIG as a write on
// a full disk fails with ENOSPC: the disk fills in the middle of the command, without a privileged mount.
struct ChildRun
{
    int exitCode = -1;
    std::string err;
};
// prepctl signs and trusts audit checkpoints with the suite station's key (`keyDir`): the same station.
ChildRun runPrepctl(std::vector<std::string> args, const std::string& password, const std::filesystem::path& work,
                    const std::filesystem::path& keyDir, rlim_t fileSizeLimit = 0)
{
    const std::string errPath = (work / "prepctl-stderr.txt").string();
    std::vector<std::string> env{"PREP_PASSWORD=" + password, "XDG_DATA_HOME=" + (work / "xdg").string(),
                                 "PREP_AUDIT_KEY_DIR=" + keyDir.string(), "QT_QPA_PLATFORM=offscreen",
                                 "PATH=/usr/bin:/bin"};
    args.insert(args.begin(), PREPCTL_PATH);
    // Everything the child needs is built before fork(): between fork and exec only async-signal-safe calls.
    std::vector<char*> argv, envp;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (auto& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const int errFd = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (errFd < 0)
        return {};
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int nul = ::open("/dev/null", O_RDWR);
        ::dup2(nul, 0);
        ::dup2(nul, 1);
        ::dup2(errFd, 2);
        if (fileSizeLimit > 0) {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{fileSizeLimit, fileSizeLimit};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(errFd);
    ChildRun r;
    int status = 0;
    if (pid > 0 && ::waitpid(pid, &status, 0) == pid && WIFEXITED(status))
        r.exitCode = WEXITSTATUS(status);
    auto err = readWholeFile(errPath);
    r.err = err ? *err : std::string();
    return r;
}

class ErrorInjection : public ::testing::Test
{
public:
    // One station for the whole binary (a global test environment opens and closes it).
    static void openStation()
    {
        s_dir = std::make_unique<test::TempDir>();
        s_clock =
            std::make_unique<FixedClock>(std::chrono::floor<std::chrono::minutes>(std::chrono::system_clock::now()));
        auto ctx = StationContext::open(s_dir->file("station.sqlite").string(), *s_clock);
        ASSERT_TRUE(ctx) << ctx.error().message;
        s_ctx = std::move(*ctx);
        // Checkpoints signed with a key of the suite's own, which prepctl run by the tests trusts as well.
        auto key = s_ctx->useAuditKey(keyDir());
        ASSERT_TRUE(key) << key.error().message;
        auto bench = DemoBench::start();
        ASSERT_TRUE(bench) << bench.error().message;
        s_bench = std::move(*bench);
        // The simulated balance settles at once; the station's stability window (5 readings over 200 ms) still
        // decides every weight, so a weighing takes a fraction of a second and no test waits on a timer.
        auto& sim = dynamic_cast<devices::SimulatedScale&>(s_bench->scale()).simulator();
        auto dynamics = sim.dynamics();
        dynamics.settle = 0ms;
        sim.setDynamics(dynamics);
        ASSERT_TRUE(ensureDemoAccounts(*s_ctx));
        // Each password check costs an Argon2 hash: log the actors in once.
        auto tech = login(db::Role::Technician);
        auto pharmacist = login(db::Role::Pharmacist, 0);
        auto nurse = login(db::Role::Nurse);
        ASSERT_TRUE(tech && pharmacist && nurse);
        s_tech = *tech;
        s_pharmacist = *pharmacist;
        s_nurse = *nurse;
        s_session = std::make_unique<IsolatorSession>(*s_ctx, *tech, s_bench->devices(), s_dir->path());
        s_session->rules = DemoBench::weighingRules();
        s_bench->placeReferenceWeight();
        auto check = s_session->dailyCheck(DemoBench::kReferenceWeightGrams);
        ASSERT_TRUE(check) << check.error().message;
        s_bench->clearPan();
    }
    static void closeStation()
    {
        s_spare.clear();
        s_session.reset();
        s_bench.reset();
        s_ctx.reset();
        s_clock.reset();
        s_dir.reset();
    }

protected:
    static std::filesystem::path keyDir() { return s_dir->file("audit-keys"); }
    static Result<db::Actor> login(db::Role role, int index = 0)
    {
        const auto& a = demoAccount(role, index);
        auto actor = s_ctx->users().authenticate(a.username, a.password, s_ctx->now());
        if (!actor)
            return fromDb(actor.error());
        return *actor;
    }

    // A validated, planned order for a new fictitious patient: azacitidine 75 mg/m2 (two syringes of 2.528 mL) or
    // bortezomib 1.3 mg/m2 SC (one syringe under 1 mL).
    static std::vector<db::PreparationRecord> planned(const std::string& drug = "azacitidine", bool scanned = true)
    {
        Prescription rx = demoPrescription();
        static std::mt19937_64 rng(std::random_device{}());
        rx.patient.ipp = "FICTIF-" + std::to_string(100000 + rng() % 900000);
        if (drug == "bortezomib") {
            rx.drug = "bortezomib";
            rx.mgPerM2 = 1.3;
            rx.protocolId = "BTZ-SC-1.3";
        }
        const auto& validator = demoAccount(db::Role::Pharmacist, 0);
        OrderDesk orders(*s_ctx);
        auto order = orders.enterPrescription(s_pharmacist, rx);
        if (!order) {
            ADD_FAILURE() << order.error().message;
            return {};
        }
        auto validated = orders.validate(order->id, validator.username, validator.password);
        EXPECT_TRUE(validated) << validated.error().message;
        auto preps = orders.plan(s_tech, order->id);
        if (!preps) {
            ADD_FAILURE() << preps.error().message;
            return {};
        }
        for (const auto& p : *preps) {
            EXPECT_TRUE(s_session->start(p.id));
            // The vial scanned by the keyboard-wedge scanner (the camera path has tests of its own below).
            const auto expiry = vialExpiry(s_ctx->now());
            char exp[16];
            std::snprintf(exp, sizeof exp, "%02d%02u%02u", int(expiry.year()) % 100, unsigned(expiry.month()),
                          unsigned(expiry.day()));
            if (scanned) {
                const std::string code =
                    "01" + p.productGtin + "17" + exp + "10LOTEI\x1d" + "21EI" + std::to_string(++s_serial);
                auto scan = s_session->scanVialCode(p.id, code, "keyboard-wedge://test");
                EXPECT_TRUE(scan) << scan.error().message;
            }
        }
        return *preps;
    }

    // A started, scanned preparation of its own for a test: the second syringe of an azacitidine order serves the
    // next test (each order's validation is an Argon2-checked signature), never the same one twice.
    static db::PreparationRecord one(const std::string& drug = "azacitidine")
    {
        auto& spare = s_spare[drug];
        if (spare.empty())
            spare = planned(drug);
        if (spare.empty())
            return db::PreparationRecord{}; // the failure is reported
        const db::PreparationRecord p = spare.front();
        spare.erase(spare.begin());
        return p;
    }
    static double density(const db::PreparationRecord& p)
    {
        auto d = s_ctx->densities().find(p.drug, p.concentrationMgPerMl);
        EXPECT_TRUE(d);
        return d ? d->gramsPerMl : 1.0;
    }
    static db::PreparationRecord reread(const db::PreparationRecord& p)
    {
        auto r = s_ctx->preparations().get(p.id);
        EXPECT_TRUE(r);
        return r ? *r : p;
    }
    static NextStep next(const db::PreparationRecord& p)
    {
        auto progress = preparationProgress(*s_ctx, p.id);
        EXPECT_TRUE(progress);
        return progress ? progress->next : NextStep::None;
    }
    static std::string blockers(const db::PreparationRecord& p)
    {
        auto b = preparerSignatureBlockers(*s_ctx, reread(p));
        EXPECT_TRUE(b);
        std::string all;
        for (const auto& s : b ? englishTexts(*b) : std::vector<std::string>{})
            all += s + "; ";
        return all;
    }
    // The vial made ready as the protocol says (reconstituted with its diluent, whose weighing after is the vial's
    // mass before the withdrawal; a ready-to-use vial weighed as it is), then the syringe's tare and filled weighings.
    static Result<FilledSyringeOutcome> weighSyringe(const db::PreparationRecord& p, double bias,
                                                     DemoBench::FillFrom from = DemoBench::FillFrom::Vial)
    {
        auto order = s_ctx->orders().get(p.orderId);
        if (!order)
            return fromDb(order.error());
        const DoseProtocol* protocol = s_ctx->protocols().find(order->protocolId);
        s_bench->placeVial();
        if (protocol && protocol->vialDiluentMl > 0) {
            auto diluent = s_ctx->densities().find(diluentDensityName(protocol->diluent), 0.0);
            if (!diluent)
                return diluent.error();
            if (auto v = s_session->weighVialBeforeDiluent(p.id); !v)
                return v.error();
            s_bench->addDiluent(protocol->vialDiluentMl, diluent->gramsPerMl);
            if (auto v = s_session->weighVialAfterDiluent(p.id); !v)
                return v.error();
        } else if (auto v = s_session->weighVialBeforeWithdrawal(p.id); !v) {
            return v.error();
        }
        s_bench->placeEmptySyringe();
        if (auto t = s_session->weighEmptySyringe(p.id); !t)
            return t.error();
        s_bench->fillSyringe(p, density(p), bias, from);
        return s_session->weighFilledSyringe(p.id);
    }
    static void weighVialAfter(const db::PreparationRecord& p)
    {
        s_bench->placeCurrentVial();
        auto after = s_session->weighVialAfterWithdrawal(p.id);
        ASSERT_TRUE(after) << after.error().message;
        EXPECT_TRUE(after->check.passed) << after->check.explanation;
    }
    // A planned preparation taken through the isolator to the preparer's signature as it should be: the vial's
    // photo through the camera, its weighings, the expiry, the label printed and read back (file and camera).
    static void prepareAndSign(const db::PreparationRecord& p, UtcTime reconstitutedAt)
    {
        ASSERT_TRUE(s_bench->presentVial(p.productGtin, "LOTHOME1", vialExpiry(s_ctx->now())));
        ASSERT_TRUE(s_session->scanVial(p.id));
        s_bench->placeVial();
        ASSERT_TRUE(s_session->weighVialBeforeDiluent(p.id));
        auto wfi = s_ctx->densities().find("water for injections", 0.0);
        ASSERT_TRUE(wfi);
        s_bench->addDiluent(4.0, wfi->gramsPerMl);
        ASSERT_TRUE(s_session->weighVialAfterDiluent(p.id));
        s_bench->placeEmptySyringe();
        ASSERT_TRUE(s_session->weighEmptySyringe(p.id));
        s_bench->fillSyringe(p, density(p), 1.0);
        ASSERT_TRUE(s_session->weighFilledSyringe(p.id));
        weighVialAfter(p);
        ASSERT_TRUE(s_session->assignExpiry(p.id, reconstitutedAt, "2-8C", {"2-8C"}));
        LabelDesk labels(*s_ctx);
        ASSERT_TRUE(labels.produce(s_tech, p.id, s_dir->file(p.number + ".pdf")));
        auto printed = labels.readBack(s_tech, p.id, s_bench->reader());
        ASSERT_TRUE(printed) << printed.error().message;
        ASSERT_TRUE(s_bench->presentPrintedLabel(printed->path));
        auto read = labels.readBackFromCamera(s_tech, p.id, s_bench->camera(), s_bench->reader());
        ASSERT_TRUE(read) << read.error().message;
        auto done = s_session->complete(p.id, demoAccount(db::Role::Technician).password);
        ASSERT_TRUE(done) << done.error().message;
    }
    // Out of tolerance: recorded, awaiting a pharmacist, the reason in words, and not signable.
    static void expectStoppedForAPharmacist(const db::PreparationRecord& p, const Result<FilledSyringeOutcome>& filled,
                                            double deviation, const char* tolerance)
    {
        ASSERT_TRUE(filled) << filled.error().message;
        EXPECT_EQ(filled->check.decision, WeighingDecision::AwaitPharmacist);
        EXPECT_NEAR(filled->check.deviationPercent, deviation, 0.3);
        EXPECT_TRUE(says(filled->check.explanation, {"out of tolerance", "awaiting a pharmacist", tolerance}))
            << filled->check.explanation;
        EXPECT_EQ(reread(p).toleranceDecision, db::ToleranceDecision::AwaitingPharmacist);
        weighVialAfter(p);
        EXPECT_EQ(next(p), NextStep::PharmacistDecision);
        EXPECT_TRUE(says(blockers(p), {"no accepted gravimetric control", "awaiting_pharmacist"})) << blockers(p);
    }

    static inline std::unique_ptr<test::TempDir> s_dir;
    static inline std::unique_ptr<FixedClock> s_clock;
    static inline std::unique_ptr<StationContext> s_ctx;
    static inline std::unique_ptr<DemoBench> s_bench;
    static inline std::unique_ptr<IsolatorSession> s_session;
    static inline db::Actor s_tech, s_pharmacist, s_nurse;
    static inline int s_serial = 0;
    static inline std::map<std::string, std::vector<db::PreparationRecord>> s_spare;
};

class SuiteStation : public ::testing::Environment
{
public:
    void SetUp() override { ErrorInjection::openStation(); }
    void TearDown() override { ErrorInjection::closeStation(); }
};
const auto* const kStation = ::testing::AddGlobalTestEnvironment(new SuiteStation);

// Bortezomib reconstituted for IV (3.5 mL: 1 mg/mL) where the SC protocol asks 1.4 mL (2.5 mg/mL): every dose drawn
// from that vial would be 2.5 times too small. Stopped at the reconstitution weighing.
TEST_F(ErrorInjection, WrongStrengthBortezomibAt1MgPerMlIsStoppedAtReconstitution)
{
    const auto preps = planned("bortezomib");
    ASSERT_EQ(preps.size(), 1u);
    const auto& p = preps.front();
    EXPECT_DOUBLE_EQ(p.concentrationMgPerMl, 2.5);
    auto saline = s_ctx->densities().find(diluentDensityName("NaCl 0.9%"), 0.0);
    ASSERT_TRUE(saline) << saline.error().message;
    s_bench->placeVial();
    ASSERT_TRUE(s_session->weighVialBeforeDiluent(p.id));
    s_bench->addDiluent(3.5, saline->gramsPerMl);
    auto reconstituted = s_session->weighVialAfterDiluent(p.id);
    ASSERT_FALSE(reconstituted);
    EXPECT_EQ(reconstituted.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(reconstituted.error().message, {"reconstitution", "1.4 mL expected", "discard the vial"}))
        << reconstituted.error().message;
    EXPECT_TRUE(says(blockers(p), {"reconstitution not accepted"})) << blockers(p);
    EXPECT_EQ(reread(p).toleranceDecision, db::ToleranceDecision::NotWeighed);
}

// A lot under recall, shown to the camera as a photo of its DataMatrix: refused at the scan, nothing recorded.
TEST_F(ErrorInjection, RecalledLotIsRefusedAtTheVialScan)
{
    const auto preps = planned("azacitidine", false);
    ASSERT_FALSE(preps.empty());
    const auto& p = preps.front();
    ASSERT_TRUE(s_bench->presentVial(p.productGtin, "RCL0001", vialExpiry(s_ctx->now())));
    auto scan = s_session->scanVial(p.id);
    ASSERT_FALSE(scan);
    EXPECT_EQ(scan.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(scan.error().message, {"RCL0001", "recall"})) << scan.error().message;
    auto scans = s_ctx->vialScans().listFor(p.id);
    ASSERT_TRUE(scans);
    EXPECT_TRUE(scans->empty());
    EXPECT_EQ(next(p), NextStep::ScanVial);
}

TEST_F(ErrorInjection, DoseSixPercentOverAwaitsAPharmacist)
{
    const auto p = one();
    ASSERT_GT(p.targetVolumeMl, 2.0); // the > 2 mL band: 5 %, pharmacist 10 %
    expectStoppedForAPharmacist(p, weighSyringe(p, 1.06), 6.0, "±5 %");
}

TEST_F(ErrorInjection, DoseSixPercentUnderAwaitsAPharmacist)
{
    const auto p = one();
    expectStoppedForAPharmacist(p, weighSyringe(p, 0.94), -6.0, "±5 %");
}

// Under 2 mL the band is 8 % (tolerances.csv): a bortezomib syringe of 0.88 mL 9 % over is out of its own band and
// waits for a pharmacist; the band is chosen by the prescribed volume, so a wrong fill cannot move itself.
TEST_F(ErrorInjection, SmallVolumeSyringeOutsideItsOwnBandAwaitsAPharmacist)
{
    const auto p = one("bortezomib");
    ASSERT_LE(p.targetVolumeMl, 2.0);
    auto filled = weighSyringe(p, 1.09);
    ASSERT_TRUE(filled) << filled.error().message;
    EXPECT_DOUBLE_EQ(filled->check.tolerancePercent, 8.0);
    expectStoppedForAPharmacist(p, filled, 9.0, "±8 %");
}

// The plunger drawn back on air: a syringe of the right volume and no mass. The net mass is below the scale's
// minimum weight, so no dose is decided; the vial lost nothing and says so too.
TEST_F(ErrorInjection, AirFilledSyringeDecidesNoDoseAndCannotBeSigned)
{
    const auto p = one();
    auto filled = weighSyringe(p, 1.0, DemoBench::FillFrom::Air);
    ASSERT_FALSE(filled);
    EXPECT_EQ(filled.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(filled.error().message, {"no dose decision", "minimum weight"})) << filled.error().message;
    EXPECT_EQ(reread(p).toleranceDecision, db::ToleranceDecision::NotWeighed);
    EXPECT_EQ(reread(p).measuredDoseMg, 0.0);
    EXPECT_EQ(next(p), NextStep::WeighVialAfterWithdrawal);
    weighVialAfter(p);                               // the vial lost nothing, as the syringe gained nothing
    EXPECT_EQ(next(p), NextStep::WeighEmptySyringe); // a new syringe
    EXPECT_TRUE(says(blockers(p), {"no accepted gravimetric control (not weighed)"})) << blockers(p);
}

// A label printer that takes the job and fails in the middle of it (out of labels, a jam, a queue that aborts the
// job): part of the PDF reached its spool, then the job failed. A double of labels::LabelPrinter, as CUPS would
// report it.
class PrinterFailingMidJob : public labels::LabelPrinter
{
public:
    explicit PrinterFailingMidJob(std::filesystem::path spool)
        : m_spool(std::move(spool))
    {}
    labels::Result<std::string> print(const std::string& pdfPath, const std::string& title) override
    {
        ++jobs;
        auto bytes = readWholeFile(pdfPath);
        if (!bytes)
            return labels::makeLabelError(labels::LabelError::Kind::Io, bytes.error().message);
        // The job started: half of it went to the printer before the printer gave up.
        std::filesystem::create_directories(m_spool);
        const std::string half = bytes->substr(0, bytes->size() / 2);
        if (!writeFileAtomically(m_spool / ("job-" + std::to_string(jobs) + ".part"), half))
            return labels::makeLabelError(labels::LabelError::Kind::Io, "cannot write the spool");
        return labels::makeLabelError(labels::LabelError::Kind::Print,
                                      "job " + std::to_string(jobs) + " \"" + title +
                                          "\" aborted by the printer after it started: media out");
    }
    labels::Result<std::string> status() const override { return std::string("idle, accepting jobs"); }
    int jobs = 0;

private:
    std::filesystem::path m_spool;
};

// The printer fails mid-job: no label recorded, no audit entry, the preparation still at "print the label", and the
// technician told the printer failed and to print again; the same print on a working printer then succeeds.
TEST_F(ErrorInjection, LabelPrinterFailingMidJobRecordsNoLabelAndARetryPrints)
{
    const auto p = one();
    auto filled = weighSyringe(p, 1.0);
    ASSERT_TRUE(filled) << filled.error().message;
    weighVialAfter(p);
    auto expiry = s_session->assignExpiry(p.id, s_ctx->now(), "2-8C", {"2-8C"});
    ASSERT_TRUE(expiry) << expiry.error().message;
    ASSERT_EQ(next(p), NextStep::PrintLabel);
    auto auditBefore = s_ctx->audit().all();
    ASSERT_TRUE(auditBefore);

    LabelDesk desk(*s_ctx);
    const auto folder = s_dir->file("labels-" + p.number);
    PrinterFailingMidJob failing(s_dir->file("spool-failing"));
    auto printed = desk.print(s_tech, p.id, folder, failing);
    ASSERT_FALSE(printed);
    EXPECT_EQ(failing.jobs, 1);
    EXPECT_EQ(printed.error().kind, Error::Kind::Label);
    EXPECT_TRUE(
        says(printed.error().message, {"label printer", "aborted", "media out", "nothing recorded", "print again"}))
        << printed.error().message;
    auto labels = s_ctx->labels().listFor(p.id);
    ASSERT_TRUE(labels);
    EXPECT_TRUE(labels->empty());
    auto auditAfter = s_ctx->audit().all();
    ASSERT_TRUE(auditAfter);
    EXPECT_EQ(auditAfter->size(), auditBefore->size());
    EXPECT_EQ(next(p), NextStep::PrintLabel);
    EXPECT_EQ(reread(p).status, db::PreparationStatus::InProgress);

    labels::DirectoryLabelPrinter working(s_dir->file("spool-working").string());
    auto retry = desk.print(s_tech, p.id, folder, working);
    ASSERT_TRUE(retry) << retry.error().message;
    EXPECT_FALSE(retry->label.duplicate); // the failed job printed nothing: this is the first label
    EXPECT_EQ(retry->job.rfind("dir://", 0), 0u) << retry->job;
    labels = s_ctx->labels().listFor(p.id);
    ASSERT_TRUE(labels);
    ASSERT_EQ(labels->size(), 1u);
    EXPECT_EQ(labels->front().fileSha256, retry->label.fileSha256);
    EXPECT_EQ(next(p), NextStep::ReadBackLabelPdf);
}

// An evidence photo altered, truncated or deleted on disk after it was recorded (a disk fault, a restore from the
// wrong backup, a hand that "cleaned up" the evidence folder): the pharmacist's review names it, release is refused,
// and nothing recorded changes; the original file put back, the same dose releases.
TEST_F(ErrorInjection, CorruptEvidencePhotoBlocksTheReleaseAndChangesNothingRecorded)
{
    const auto preps = planned("azacitidine", false);
    ASSERT_FALSE(preps.empty());
    const auto& p = preps.front();
    prepareAndSign(p, s_ctx->now());
    if (HasFatalFailure())
        return;
    ReleaseDesk desk(*s_ctx);
    const auto& releaser = demoAccount(db::Role::Pharmacist, 1);
    auto blockers = [&] {
        auto review = desk.review(p.id);
        EXPECT_TRUE(review) << review.error().message;
        std::string all;
        for (const auto& s : review ? englishTexts(review->blockers) : std::vector<std::string>{})
            all += s + "; ";
        return all;
    };
    ASSERT_EQ(blockers(), "");
    auto contentBefore = desk.review(p.id);
    ASSERT_TRUE(contentBefore);
    auto auditBefore = s_ctx->audit().all();
    ASSERT_TRUE(auditBefore);

    // The vial-scan photo truncated to half, then deleted.
    auto photos = s_ctx->photos().listFor(p.id);
    ASSERT_TRUE(photos);
    ASSERT_EQ(photos->size(), 1u);
    const std::string vialPhoto = photos->front().path;
    auto original = readWholeFile(vialPhoto);
    ASSERT_TRUE(original);
    ASSERT_TRUE(writeFileAtomically(vialPhoto, original->substr(0, original->size() / 2)));
    EXPECT_TRUE(says(blockers(), {"evidence photo", vialPhoto.c_str(), "no longer matches its recorded SHA-256"}))
        << blockers();
    auto refused = desk.release(p.id, releaser.username, releaser.password);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(refused.error().message,
                     {"cannot release", p.number.c_str(), vialPhoto.c_str(), "no longer matches its recorded SHA-256"}))
        << refused.error().message;
    std::filesystem::remove(vialPhoto);
    EXPECT_TRUE(says(blockers(), {"evidence photo", vialPhoto.c_str(), "is missing"})) << blockers();
    EXPECT_FALSE(desk.release(p.id, releaser.username, releaser.password));
    ASSERT_TRUE(writeFileAtomically(vialPhoto, *original)); // restored from the backup

    // One byte of the camera's photo of the printed label changed.
    auto labels = s_ctx->labels().listFor(p.id);
    ASSERT_TRUE(labels);
    std::string labelPhoto;
    for (const auto& l : *labels)
        if (l.format == "readback-photo")
            labelPhoto = l.path;
    ASSERT_FALSE(labelPhoto.empty());
    auto labelBytes = readWholeFile(labelPhoto);
    ASSERT_TRUE(labelBytes);
    std::string altered = *labelBytes;
    altered[altered.size() / 2] ^= 0x01;
    ASSERT_TRUE(writeFileAtomically(labelPhoto, altered));
    const std::string found = blockers();
    EXPECT_TRUE(says(found, {"evidence photo", labelPhoto.c_str(), "no longer matches"})) << found;
    EXPECT_EQ(found.find(vialPhoto), std::string::npos) << found; // the restored one is whole again
    EXPECT_FALSE(desk.release(p.id, releaser.username, releaser.password));

    // Nothing recorded changed: no audit entry, the dose still prepared, the batch record as it was signed.
    auto auditAfter = s_ctx->audit().all();
    ASSERT_TRUE(auditAfter);
    EXPECT_EQ(auditAfter->size(), auditBefore->size());
    EXPECT_EQ(reread(p).status, db::PreparationStatus::Prepared);
    auto contentAfter = desk.review(p.id);
    ASSERT_TRUE(contentAfter);
    EXPECT_EQ(contentAfter->contentSha256, contentBefore->contentSha256);

    // Both photos as recorded again: the review is clear and the dose releases.
    ASSERT_TRUE(writeFileAtomically(labelPhoto, *labelBytes));
    EXPECT_EQ(blockers(), "");
    auto released = desk.release(p.id, releaser.username, releaser.password);
    ASSERT_TRUE(released) << released.error().message;
    EXPECT_EQ(released->status, db::PreparationStatus::Released);
}

// The disk fills while prepctl records a new order: a file size limit on the process (as a full disk, the write
// fails: EFBIG for ENOSPC) lets SQLite open the database and start the write, then refuses the pages of the commit.
// prepctl says which command failed and that the database could not be written, exits non-zero; afterwards, with
// room again, the database opens, its audit trail verifies and every record written before is still there.
TEST_F(ErrorInjection, DiskFullDuringAWriteSaysWhatFailedAndLosesNothingRecorded)
{
    // A standalone copy of the suite's station, with what the tests before wrote in it.
    const auto work = s_dir->file("full-disk");
    std::filesystem::create_directories(work);
    const std::string db = (work / "station.sqlite").string();
    ASSERT_TRUE(s_ctx->database().backupTo(db));
    std::vector<db::AuditEntry> before;
    {
        auto ctx = StationContext::open(db, *s_clock);
        ASSERT_TRUE(ctx) << ctx.error().message;
        auto all = (*ctx)->audit().all();
        ASSERT_TRUE(all);
        before = *all;
    }
    ASSERT_FALSE(before.empty());
    const auto& tech = demoAccount(db::Role::Technician);
    const std::vector<std::string> orderAdd = orderAddCommand("FICTIF-777001", "DISQUE Plein", tech.username, db);

    // 40 KiB per file: the WAL's shared-memory index (32 KiB) fits, the commit's pages do not.
    auto full = runPrepctl(orderAdd, tech.password, work, keyDir(), 40 * 1024);
    EXPECT_NE(full.exitCode, 0);
    EXPECT_TRUE(says(full.err, {"order add", "the database could not be written", "disk full"})) << full.err;

    // Room again: the database opens, nothing before is lost or changed, and the order is not half there.
    auto verify = runPrepctl({"audit", "verify", "--db", db}, "", work, keyDir());
    EXPECT_EQ(verify.exitCode, 0) << verify.err;
    auto ctx = StationContext::open(db, *s_clock);
    ASSERT_TRUE(ctx) << ctx.error().message;
    auto after = (*ctx)->audit().all();
    ASSERT_TRUE(after);
    ASSERT_GE(after->size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ((*after)[i].seq, before[i].seq);
        EXPECT_EQ((*after)[i].hash, before[i].hash);
    }
    // Only what prepctl committed before the order's transaction (the log-in it records, in a transaction of its own
    // that still fitted): no order, no patient, nothing of the write that failed.
    for (size_t i = before.size(); i < after->size(); ++i)
        EXPECT_TRUE((*after)[i].action == "authenticated" || (*after)[i].action == "key_added")
            << (*after)[i].action << " " << (*after)[i].entity;
    auto verified = (*ctx)->audit().verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->intact) << verified->problem;
    ctx->reset();

    // The same command once the disk has room records the order.
    auto retry = runPrepctl(orderAdd, tech.password, work, keyDir());
    EXPECT_EQ(retry.exitCode, 0) << retry.err;
}

// An auditor's copy of the station's database on read-only storage, opened read-only (an SQLite URI,
// "file:PATH?mode=ro"): everything reads, the audit trail verifies, and every write is refused with "the database
// is read-only", whether through the workflow or prepctl; the file is the same byte for byte afterwards.
TEST_F(ErrorInjection, ReadOnlyDatabaseRefusesEveryWriteAndChangesNothing)
{
    const auto work = s_dir->file("read-only");
    std::filesystem::create_directories(work);
    const std::string file = (work / "auditor-copy.sqlite").string();
    ASSERT_TRUE(s_ctx->database().backupTo(file)); // a standalone file, as a backup is written
    auto bytesBefore = readWholeFile(file);
    ASSERT_TRUE(bytesBefore);
    const std::string readOnly = "file:" + file + "?mode=ro";

    auto ctx = StationContext::open(readOnly, *s_clock);
    ASSERT_TRUE(ctx) << ctx.error().message;
    auto verified = (*ctx)->audit().verify();
    ASSERT_TRUE(verified) << verified.error().message;
    EXPECT_TRUE(verified->intact) << verified->problem;
    auto entries = (*ctx)->audit().all();
    ASSERT_TRUE(entries);
    ASSERT_FALSE(entries->empty());

    // The workflow: a prescription entered on the copy.
    Prescription rx = demoPrescription();
    rx.patient.ipp = "FICTIF-777002";
    auto order = OrderDesk(**ctx).enterPrescription(s_pharmacist, rx);
    ASSERT_FALSE(order);
    EXPECT_TRUE(says(order.error().message, {"the database is read-only", "nothing can be recorded"}))
        << order.error().message;
    // Reads still work after the refused write, and nothing was added.
    auto after = (*ctx)->audit().all();
    ASSERT_TRUE(after);
    EXPECT_EQ(after->size(), entries->size());
    ctx->reset();

    // prepctl: a new order, a password change.
    const auto& tech = demoAccount(db::Role::Technician);
    auto add = runPrepctl(orderAddCommand("FICTIF-777003", "LECTURE Seule", tech.username, readOnly), tech.password,
                          work, keyDir());
    EXPECT_NE(add.exitCode, 0);
    EXPECT_TRUE(says(add.err, {"order", "the database is read-only", "nothing can be recorded"})) << add.err;
    auto verify = runPrepctl({"audit", "verify", "--db", readOnly}, "", work, keyDir());
    EXPECT_EQ(verify.exitCode, 0) << verify.err;

    auto bytesAfter = readWholeFile(file);
    ASSERT_TRUE(bytesAfter);
    EXPECT_TRUE(*bytesAfter == *bytesBefore) << "the read-only database file changed";
}

// The printer took the job but the database refuses its record (here a read-only copy; a full disk ends the same
// way): a label exists on paper that no record accounts for. The technician is told to destroy it and print again.
TEST_F(ErrorInjection, ALabelPrintedButNotRecordedIsToBeDestroyed)
{
    const auto p = one();
    auto filled = weighSyringe(p, 1.0);
    ASSERT_TRUE(filled) << filled.error().message;
    weighVialAfter(p);
    ASSERT_TRUE(s_session->assignExpiry(p.id, s_ctx->now(), "2-8C", {"2-8C"}));
    ASSERT_EQ(next(p), NextStep::PrintLabel);
    const auto work = s_dir->file("printed-not-recorded");
    std::filesystem::create_directories(work);
    const std::string file = (work / "station.sqlite").string();
    ASSERT_TRUE(s_ctx->database().backupTo(file));
    auto ctx = StationContext::open("file:" + file + "?mode=ro", *s_clock);
    ASSERT_TRUE(ctx) << ctx.error().message;

    labels::DirectoryLabelPrinter printer((work / "spool").string());
    auto printed = LabelDesk(**ctx).print(s_tech, p.id, work / "labels", printer);
    ASSERT_FALSE(printed);
    EXPECT_TRUE(says(printed.error().message, {p.number.c_str(), "was printed (dir://", "could not be recorded",
                                               "read-only", "destroy that label, then print again"}))
        << printed.error().message;
    auto labels = (*ctx)->labels().listFor(p.id);
    ASSERT_TRUE(labels);
    EXPECT_TRUE(labels->empty());
}

// After the isolator: one dose prepared, released and delivered through the real workflow, then given at home
// with an error. The administration gate checks patient, expiry, then the logger.
class HomeErrorInjection : public ErrorInjection
{
protected:
    struct Delivered
    {
        db::PreparationRecord prep;
        std::string shipment;
        std::string scan; // the syringe label's DataMatrix content
        std::string patientIpp;
        std::string loggerId;
    };

    // Both syringes of one azacitidine order, each in its own cooler: the first's logger never comes back, the
    // second's shows a broken cold chain.
    static void SetUpTestSuite()
    {
        auto preps = planned("azacitidine", false);
        ASSERT_EQ(preps.size(), 2u);
        auto order = s_ctx->orders().get(preps.front().orderId);
        ASSERT_TRUE(order);
        auto prescribed = s_ctx->prescribedFor(preps.front());
        ASSERT_TRUE(prescribed);
        // The HAD coordination puts the patient in the nurse's care (else every administration is refused first).
        if (auto care = CareListDesk(*s_ctx).assign(s_pharmacist, demoAccount(db::Role::Nurse).username,
                                                    prescribed->patient.ipp);
            !care) {
            ASSERT_NE(care.error().message.find("already in the care"), std::string::npos) << care.error().message;
        }
        const db::Actor* tech = &s_tech;
        const UtcTime reconstitutedAt = s_ctx->now();
        for (auto& p : preps) {
            prepareAndSign(p, reconstitutedAt);
            if (HasFatalFailure())
                return;
        }
        s_clock->advance(15min);
        const auto& releaser = demoAccount(db::Role::Pharmacist, 1);
        const auto& courier = demoAccount(db::Role::Courier);
        DispatchDesk dispatch(*s_ctx);
        int n = 0;
        for (auto& p : preps) {
            ASSERT_TRUE(ReleaseDesk(*s_ctx).release(p.id, releaser.username, releaser.password));
            const std::string loggerId = "LOG-EI-" + std::to_string(++n);
            auto shipment = dispatch.pack(*tech, {p.id}, loggerId);
            ASSERT_TRUE(shipment) << shipment.error().message;
            s_clock->advance(10min);
            ASSERT_TRUE(dispatch.pickUp(shipment->number, courier.username, courier.password, "PUI"));
            s_clock->advance(60min);
            ASSERT_TRUE(dispatch.deliver(shipment->number, courier.username, courier.password, "domicile (fictif)"));
            auto fresh = s_ctx->preparations().get(p.id);
            ASSERT_TRUE(fresh);
            s_doses.push_back(
                Delivered{*fresh, shipment->number,
                          LabelDesk::barcodeData(s_ctx->site().preparationGtin, fresh->number, *fresh->expiry),
                          prescribed->patient.ipp, loggerId});
        }
        s_packedAt = s_ctx->now() - 70min;
    }
    static void TearDownTestSuite() { s_doses.clear(); }

    static Result<db::HandoverRecord> administer(const Delivered& d, const std::string& ipp,
                                                 StationContext* ctx = nullptr)
    {
        const auto& nurse = demoAccount(db::Role::Nurse);
        return DispatchDesk(ctx ? *ctx : *s_ctx).administer(d.scan, ipp, nurse.username, nurse.password, "domicile");
    }
    static void expectNotAdministered(const Delivered& d)
    {
        auto prep = s_ctx->preparations().get(d.prep.id);
        ASSERT_TRUE(prep);
        EXPECT_EQ(prep->status, db::PreparationStatus::Delivered);
    }

    static inline std::vector<Delivered> s_doses;
    static inline UtcTime s_packedAt{};
};

// The label scanned at another patient's home (or another patient's syringe at this one).
TEST_F(HomeErrorInjection, WrongPatientAtHomeIsRefused)
{
    ASSERT_EQ(s_doses.size(), 2u);
    auto given = administer(s_doses[0], "FICTIF-999999");
    ASSERT_FALSE(given);
    EXPECT_EQ(given.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(says(given.error().message, {"do not administer", "not for patient FICTIF-999999", "identity"}))
        << given.error().message;
    expectNotAdministered(s_doses[0]);
}

// The same dose a day later, on the station's clock: past its expiry.
TEST_F(HomeErrorInjection, AdministrationAfterExpiryIsRefused)
{
    ASSERT_EQ(s_doses.size(), 2u);
    FixedClock later(*s_doses[0].prep.expiry + 1min);
    auto ctx = StationContext::open(s_dir->file("station.sqlite").string(), later);
    ASSERT_TRUE(ctx) << ctx.error().message;
    auto given = administer(s_doses[0], s_doses[0].patientIpp, ctx->get());
    ASSERT_FALSE(given);
    EXPECT_TRUE(says(given.error().message, {"do not administer", "expired"})) << given.error().message;
    expectNotAdministered(s_doses[0]);
}

// The cooler came back without its logger: nothing tells the nurse the dose stayed cold.
TEST_F(HomeErrorInjection, AShipmentWhoseLoggerNeverCameBackIsNotAdministered)
{
    ASSERT_EQ(s_doses.size(), 2u);
    auto given = administer(s_doses[0], s_doses[0].patientIpp);
    ASSERT_FALSE(given);
    EXPECT_TRUE(says(given.error().message, {"do not administer", "logger", "not been imported"}))
        << given.error().message;
    expectNotAdministered(s_doses[0]);
}

// An hour at 25 °C in the courier's car: the logger file, as the logger writes it, shows it.
TEST_F(HomeErrorInjection, ColdChainBrokenInTransitIsNotAdministered)
{
    ASSERT_EQ(s_doses.size(), 2u);
    const Delivered& d = s_doses[1];
    std::istringstream good(demoLoggerCsv(d.loggerId, s_packedAt, s_ctx->now(), 5min));
    std::string line, csv;
    int row = 0;
    while (std::getline(good, line)) {
        // Header lines kept; from the third reading on, 25.0 °C (the timestamp stays as the logger wrote it).
        if (++row > 4 && line.find(',') != std::string::npos && line.rfind("logger_id", 0) != 0)
            line = line.substr(0, line.find(',')) + ",25.0";
        csv += line + "\n";
    }
    const auto file = s_dir->file("logger-broken.csv");
    ASSERT_TRUE(writeFileAtomically(file, csv));
    auto imported = DispatchDesk(*s_ctx).importLogger(s_nurse, d.shipment, file);
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_NE(imported->record.verdict, "valid");
    auto given = administer(d, d.patientIpp);
    ASSERT_FALSE(given);
    EXPECT_TRUE(says(given.error().message, {"do not administer", "cold chain"})) << given.error().message;
    expectNotAdministered(d);
}

} // namespace
// The cooler held a Berlinger Fridge-tag 2, a summary logger: per day a minimum, a maximum and the minutes
// beyond its alarms, not when. 45 min above 8 C on the day of preparation, hour unknown: charged in full to the
// dose's 30 min room-temperature budget, so it is not given; the report's days are recorded as the device said.
TEST_F(HomeErrorInjection, FridgeTagSummaryOverTheBudgetIsNotAdministered)
{
    ASSERT_EQ(s_doses.size(), 2u);
    const Delivered& d = s_doses[0];
    const UtcTime activated = s_packedAt - 2h;
    const UtcTime reported = s_ctx->now();
    auto local = [](UtcTime at) { return formatParisIso(at); }; // "2026-11-22T20:30:00+01:00"
    const std::string first = local(activated).substr(0, 10), last = local(reported).substr(0, 10);
    std::vector<std::string> dates{first};
    for (UtcTime at = activated; dates.back() != last;) {
        at += 24h;
        const std::string date = local(at).substr(0, 10);
        dates.push_back(date <= last ? date : last);
    }
    std::string report = "Device: Q-tag Fridge-tag 2\r\nConf:\r\n Serial: " + d.loggerId +
                         "\r\n Temp unit: C\r\n Alarm:\r\n  0:\r\n   T AL: +2.0, t AL: 60\r\n  1:\r\n"
                         "   T AL: +8.0, t AL: 600\r\nHist:\r\n TS Actv: " +
                         first + " " + local(activated).substr(11, 5) + "\r\n TS Report Creation: " + last + " " +
                         local(reported).substr(11, 5) + "\r\n";
    int n = 0;
    for (auto it = dates.rbegin(); it != dates.rend(); ++it) // newest first, as the device writes it
        report += " " + std::to_string(++n) + ":\r\n  Date: " + *it +
                  "\r\n  Min T: +4.1, TS Min T: 03:10\r\n  Max T: +12.0, TS Max T: 14:00\r\n  Alarm:\r\n   0:\r\n"
                  "    t Acc: 0\r\n   1:\r\n    t Acc: 45\r\n  Int Sensor timeout:\r\n   t AccST: 0\r\n";
    const auto file = s_dir->file("130400000001_report.txt");
    ASSERT_TRUE(writeFileAtomically(file, report));
    auto imported = DispatchDesk(*s_ctx).importLogger(s_nurse, d.shipment, file);
    ASSERT_TRUE(imported) << imported.error().message << "\n" << report;
    EXPECT_EQ(imported->record.format, "fridge-tag-2");
    EXPECT_EQ(imported->record.verdict, "do not administer");
    ASSERT_EQ(imported->verdicts.size(), 1u);
    EXPECT_TRUE(says(imported->verdicts[0].second.reason, {"daily summaries", "room-temperature budget of 30 min"}))
        << imported->verdicts[0].second.reason;
    auto days = s_ctx->loggers().days(imported->record.id);
    ASSERT_TRUE(days);
    EXPECT_EQ(days->size(), dates.size());
    EXPECT_EQ(days->front().minutesAboveHigh, 45);
    auto given = administer(d, d.patientIpp);
    ASSERT_FALSE(given);
    expectNotAdministered(d);
}

} // namespace prep::station
