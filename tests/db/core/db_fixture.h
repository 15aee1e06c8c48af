// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh database with one user per role, and a hand-driven clock (the db layer never reads the time itself).
#pragma once

#include "db/database.h"
#include "db/order_repository.h"
#include "db/patient_repository.h"
#include "db/preparation_repository.h"
#include "db/user_directory.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_database.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>

namespace prep::test {

inline const char* kPassword = "correct horse 42";

class DbFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = std::make_unique<TestDatabase>(dir, "station");
        dbPath = store->location();
        auto opened = db::Database::open(dbPath);
        ASSERT_TRUE(opened) << opened.error().message;
        database = std::move(*opened);
        users = std::make_unique<db::UserDirectory>(*database, db::PasswordHashCost::minimal());
        auto a = users->bootstrapAdmin("admin", "Alice Admin", kPassword, tick());
        ASSERT_TRUE(a) << a.error().message;
        admin = *a;
        technician = makeUser("tech", "Thomas Technicien", db::Role::Technician);
        pharmacist = makeUser("pharma", "Paula Pharmacienne", db::Role::Pharmacist);
        pharmacist2 = makeUser("pharma2", "Pierre Pharmacien", db::Role::Pharmacist);
        nurse = makeUser("nurse", "Nina Infirmiere", db::Role::Nurse);
        courier = makeUser("courier", "Carl Coursier", db::Role::Courier);
        auditor = makeUser("auditor", "Aude Auditrice", db::Role::Auditor);
    }

    db::Actor makeUser(const std::string& name, const std::string& fullName, db::Role role)
    {
        auto u = users->createUser(admin, tick(), name, fullName, role, kPassword);
        EXPECT_TRUE(u) << u.error().message;
        return u ? *u : db::Actor{};
    }

    // Each call is one second later than the last: distinct, ordered, reproducible times.
    db::UtcTime tick()
    {
        now += std::chrono::seconds(1);
        return now;
    }

    // A patient, a validated order and one planned preparation.
    db::PreparationRecord makePreparation(const std::string& ipp = "IPP-0001")
    {
        db::PatientRepository patients(*database);
        auto patient = patients.getByIpp(ipp);
        if (!patient)
            patient = patients.create(technician, tick(), db::PatientRecord{0, ipp, "DUPONT", "Jeanne", "1950-03-04"});
        EXPECT_TRUE(patient) << patient.error().message;
        db::OrderRecord order;
        order.patientId = patient->id;
        order.drug = "azacitidine";
        order.protocolId = "AZA-75";
        order.cycleDay = "C1D1";
        order.heightCm = 165;
        order.weightKg = 62;
        order.bsaFormula = "mosteller";
        order.bsaM2 = 1.68;
        order.mgPerM2 = 75;
        order.doseMg = 126;
        order.prescriber = "Dr Martin";
        auto o = db::OrderRepository(*database).create(pharmacist, tick(), order);
        EXPECT_TRUE(o) << o.error().message;
        db::PreparationRecord p;
        p.orderId = o->id;
        p.drug = "azacitidine";
        p.targetDoseMg = 126;
        p.targetVolumeMl = 5.04;
        p.concentrationMgPerMl = 25;
        p.productGtin = "03400930000120";
        auto created = db::PreparationRepository(*database).create(technician, tick(), p);
        EXPECT_TRUE(created) << created.error().message;
        return created ? *created : db::PreparationRecord{};
    }

    // Runs SQL as someone tampering would: the sqlite3 tool on the file, or psql on the server.
    int sqlTool(const std::string& sqlText) { return store->tool(sqlText); }

    TempDir dir;
    std::unique_ptr<TestDatabase> store;
    std::string dbPath; // the database's location: a file, or a PostgreSQL URI
    std::unique_ptr<db::Database> database;
    std::unique_ptr<db::UserDirectory> users;
    db::Actor admin, technician, pharmacist, pharmacist2, nurse, courier, auditor;
    db::UtcTime now = db::UtcTime{std::chrono::sys_days{std::chrono::year{2026} / 11 / 22}} + std::chrono::hours{8};
};

} // namespace prep::test
