// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/audit_log.h"
#include "db/hash.h"
#include "db/signature_service.h"
#include "tests/db/core/db_fixture.h"

using namespace prep;

class UserTest : public test::DbFixture
{};

TEST_F(UserTest, BootstrapOnlyOnEmptyDatabase)
{
    EXPECT_FALSE(users->empty());
    auto second = users->bootstrapAdmin("root", "Rob Root", test::kPassword, tick());
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().kind, db::DbError::Kind::Denied);
}

TEST_F(UserTest, PasswordsAreStoredAsArgon2idOnly)
{
    auto s = database->prepare("SELECT password_hash FROM app_user WHERE username = 'tech'");
    ASSERT_TRUE(s && s->step().value());
    const std::string stored = s->text(0);
    EXPECT_EQ(stored.rfind("$argon2id$", 0), 0u) << stored;
    EXPECT_EQ(stored.find(test::kPassword), std::string::npos);
    // The audit trail never shows the hash itself.
    const auto trail = db::AuditLog(*database).all().value();
    for (const auto& e : trail)
        EXPECT_EQ(e.newValue.find("$argon2id$"), std::string::npos) << e.seq;
}

TEST_F(UserTest, OnlyAnAdminCreatesUsers)
{
    auto r = users->createUser(pharmacist, tick(), "x", "X", db::Role::Technician, test::kPassword);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, db::DbError::Kind::Denied);
    // A forged Actor claiming the admin role does not pass either: the directory checks the stored account.
    db::Actor forged = technician;
    forged.role = db::Role::Admin;
    EXPECT_FALSE(users->createUser(forged, tick(), "y", "Y", db::Role::Technician, test::kPassword));
    auto dup = users->createUser(admin, tick(), "tech", "Again", db::Role::Technician, test::kPassword);
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().kind, db::DbError::Kind::Constraint);
    auto weak = users->createUser(admin, tick(), "z", "Z", db::Role::Technician, "short");
    ASSERT_FALSE(weak);
    EXPECT_EQ(weak.error().kind, db::DbError::Kind::Invalid);
}

TEST_F(UserTest, AuthenticationChecksPasswordAndAuditsFailures)
{
    auto ok = users->authenticate("tech", test::kPassword, tick());
    ASSERT_TRUE(ok) << ok.error().message;
    EXPECT_EQ(ok->userId, technician.userId);
    EXPECT_EQ(ok->role, db::Role::Technician);
    auto wrong = users->authenticate("tech", "not the password", tick());
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().kind, db::DbError::Kind::Auth);
    auto unknown = users->authenticate("nobody", "whatever1", tick());
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().message, wrong.error().message); // no hint which part was wrong
    auto trail = db::AuditLog(*database).all().value();
    int failures = 0;
    for (const auto& e : trail)
        failures += e.action == "authentication_failed";
    EXPECT_EQ(failures, 2);
    EXPECT_EQ(users->user("tech")->failedAttempts, 1);
    ASSERT_TRUE(users->authenticate("tech", test::kPassword, tick()));
    EXPECT_EQ(users->user("tech")->failedAttempts, 0); // consecutive failures only
}

TEST_F(UserTest, FiveConsecutiveFailuresLockUntilAnAdminUnlocks)
{
    for (int i = 1; i < db::UserDirectory::kMaxFailedAttempts; ++i)
        EXPECT_EQ(users->authenticate("tech", "wrong password", tick()).error().kind, db::DbError::Kind::Auth);
    EXPECT_EQ(users->authenticate("tech", "wrong password", tick()).error().kind, db::DbError::Kind::Locked);
    // Even the right password is refused now.
    auto refused = users->authenticate("tech", test::kPassword, tick());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, db::DbError::Kind::Locked);
    EXPECT_TRUE(users->user("tech")->locked);
    EXPECT_FALSE(users->unlock(pharmacist, tick(), "tech", "not an admin"));
    ASSERT_TRUE(users->unlock(admin, tick(), "tech", "identity confirmed by phone"));
    EXPECT_TRUE(users->authenticate("tech", test::kPassword, tick()));
    auto verified = db::AuditLog(*database).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->intact) << verified->problem;
}

TEST_F(UserTest, DeactivatedAccountCannotLogIn)
{
    ASSERT_TRUE(users->setActive(admin, tick(), "courier", false, "left the company"));
    auto r = users->authenticate("courier", test::kPassword, tick());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, db::DbError::Kind::Denied);
}

TEST(RoleTest, NamesRoundTrip)
{
    for (auto role : {db::Role::Technician, db::Role::Pharmacist, db::Role::Courier, db::Role::Nurse, db::Role::Auditor,
                      db::Role::Admin})
        EXPECT_EQ(db::roleFromName(db::roleName(role)), role);
    EXPECT_FALSE(db::roleFromName("superuser"));
}

class SignatureTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        test::DbFixture::SetUp();
        signatures = std::make_unique<db::SignatureService>(*database, *users);
        prep = makePreparation();
        id = std::to_string(prep.id);
        content = db::AuditLog(*database).contentSha256("preparation", prep.id).value();
    }
    std::unique_ptr<db::SignatureService> signatures;
    db::PreparationRecord prep;
    std::string id, content;
};

TEST_F(SignatureTest, SignatureNeedsThePasswordAndRecordsMeaningAndContentHash)
{
    auto bad = signatures->sign("tech", "wrong password", "prepared", "preparation", id, content, tick());
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, db::DbError::Kind::Auth);
    const auto at = tick();
    auto good = signatures->sign("tech", test::kPassword, "prepared", "preparation", id, content, at);
    ASSERT_TRUE(good) << good.error().message;
    auto list = signatures->listFor("preparation", id);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->front().meaning, "prepared");
    EXPECT_EQ(list->front().fullName, "Thomas Technicien"); // printed name for the manifestation
    EXPECT_EQ(list->front().at, at);
    EXPECT_EQ(list->front().contentSha256, content);
}

TEST_F(SignatureTest, LaterChangeOfTheSignedContentShows)
{
    ASSERT_TRUE(signatures->sign("tech", test::kPassword, "prepared", "preparation", id, content, tick()));
    auto p = prep;
    p.targetDoseMg = 130;
    ASSERT_TRUE(db::PreparationRepository(*database).update(pharmacist, tick(), p, "dose corrected"));
    const auto current = db::AuditLog(*database).contentSha256("preparation", prep.id).value();
    EXPECT_NE(current, signatures->listFor("preparation", id)->front().contentSha256);
}

TEST_F(SignatureTest, PreparerCannotReleaseAndOnlyAPharmacistReleases)
{
    ASSERT_TRUE(signatures->sign("pharma", test::kPassword, "prepared", "preparation", id, content, tick()));
    auto self = signatures->sign("pharma", test::kPassword, "released", "preparation", id, content, tick());
    ASSERT_FALSE(self);
    EXPECT_EQ(self.error().kind, db::DbError::Kind::Denied);
    auto tech = signatures->sign("tech", test::kPassword, "released", "preparation", id, content, tick());
    ASSERT_FALSE(tech);
    EXPECT_EQ(tech.error().kind, db::DbError::Kind::Denied);
    auto other = signatures->sign("pharma2", test::kPassword, "released", "preparation", id, content, tick());
    ASSERT_TRUE(other) << other.error().message;
    // Refusals are in the trail, and no refused signature was stored.
    EXPECT_EQ(signatures->listFor("preparation", id)->size(), 2u);
    int refusals = 0;
    const auto trail = db::AuditLog(*database).all().value();
    for (const auto& e : trail)
        refusals += e.action == "signature_refused";
    EXPECT_EQ(refusals, 2);
}

TEST_F(SignatureTest, PreparedByColumnAlsoBlocksSelfRelease)
{
    auto p = prep;
    p.preparedBy = pharmacist.userId;
    p.status = db::PreparationStatus::Prepared;
    ASSERT_TRUE(db::PreparationRepository(*database).update(pharmacist, tick(), p, "prepared"));
    auto self = signatures->sign("pharma", test::kPassword, "released", "preparation", id, content, tick());
    ASSERT_FALSE(self);
    EXPECT_EQ(self.error().kind, db::DbError::Kind::Denied);
}

TEST_F(SignatureTest, AuditorsSignNothingAndMeaningsAreChecked)
{
    EXPECT_EQ(signatures->sign("auditor", test::kPassword, "checked", "preparation", id, content, tick()).error().kind,
              db::DbError::Kind::Denied);
    EXPECT_EQ(signatures->sign("nurse", test::kPassword, "approved", "preparation", id, content, tick()).error().kind,
              db::DbError::Kind::Invalid);
    EXPECT_EQ(signatures->sign("nurse", test::kPassword, "administered", "preparation", id, "abc", tick()).error().kind,
              db::DbError::Kind::Invalid);
    EXPECT_TRUE(signatures->sign("nurse", test::kPassword, "administered", "preparation", id, content, tick()));
}
