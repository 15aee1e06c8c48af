// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl audit verify [--trusted-key FILE[,FILE...]] [--json]: re-hashes the whole audit chain, compares every
// audited record with its last audited value, and checks the signed checkpoints against the trusted station keys
// (the key folder's public keys and the files given). Exit 0 when intact; exit 1 naming the first finding.
// prepctl audit list [--entity E --id N] [--json]: the trail, oldest first (Annex 11 §9: reviewable, intelligible).
// prepctl audit key show|export [--out FILE]: the station's public key. prepctl audit key rotate --as ADMIN.
#include "db/audit_checkpoint.h"
#include "db/audit_log.h"
#include "db/database.h"
#include "prep-station/audit/station_key.h"
#include "prep-station/cli/command.h"
#include "prep-station/cli/station_access.h"
#include "prep-station/workflow/audit_verification.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>

namespace {

using namespace prep;

// The trusted public keys: the key folder's, and those named by --trusted-key (comma-separated files).
station::Result<std::vector<std::string>> trustedKeys(cli::Args& args)
{
    auto keys = station::trustedStationKeys(station::auditKeyDir(args.dataDir()));
    if (auto files = args.option("trusted-key")) {
        std::stringstream list(*files);
        std::string file;
        while (std::getline(list, file, ','))
            if (!file.empty()) {
                auto key = station::StationKey::readPublicKeyFile(file);
                if (!key)
                    return key.error();
                keys.push_back(*key);
            }
    }
    return keys;
}

int verify(cli::Args& args, db::Database& database)
{
    auto keys = trustedKeys(args);
    if (!keys)
        return cli::fail(args, keys.error().message, 2);
    auto verified = station::verifyAuditTrail(database, *keys);
    if (!verified)
        return cli::fail(args, verified.error().message);
    const db::AuditVerification& v = verified->chain;
    const std::optional<db::CheckpointVerification>& c = verified->checkpoints;
    const bool intact = verified->intact();
    if (args.json()) {
        nlohmann::json j{{"intact", intact},
                         {"entries_checked", v.entriesChecked},
                         {"records_checked", v.recordsChecked},
                         {"database", database.path()}};
        if (!v.intact) {
            j["first_broken_seq"] = v.firstBrokenSeq;
            j["problem"] = v.problem;
        }
        if (c) {
            j["checkpoints_verified"] = c->checkpointsVerified;
            j["last_signed_seq"] = c->lastSignedSeq;
            j["last_signed_key"] = c->lastSignedKeyId;
            j["entries_after_last_signed"] = c->entriesAfterLastSigned;
            j["untrusted_keys"] = c->untrustedKeyIds;
            if (!c->intact)
                j["problem"] = c->problem;
        }
        args.out << j.dump(2) << '\n';
    } else if (intact) {
        args.out << "audit trail intact: " << v.entriesChecked << " entries, " << v.recordsChecked
                 << " records match their last audited value\n";
        if (c->lastSignedSeq > 0)
            args.out << "last signed checkpoint: entry " << c->lastSignedSeq << " (key " << c->lastSignedKeyId << ", "
                     << c->checkpointsVerified << " checkpoints verified); " << c->entriesAfterLastSigned
                     << " later entries not yet signed\n";
        else
            args.out << "no checkpoint signed by a trusted station key: the chain is not vouched for by a key\n";
        for (const auto& k : c->untrustedKeyIds)
            args.out << "checkpoints by key " << k
                     << " were not checked: it is not among the trusted keys (--trusted-key FILE)\n";
    }
    if (!intact)
        return cli::fail(args, station::englishText(verified->finding()));
    return 0;
}

int key(cli::Args& args, const std::string& what)
{
    const auto dir = station::auditKeyDir(args.dataDir());
    if (what == "rotate") {
        auto ctx = cli::openStation(args);
        if (!ctx)
            return cli::refuse(args, "audit key rotate", ctx.error());
        auto who = cli::actingUser(args, **ctx);
        if (!who)
            return cli::refuse(args, "audit key rotate", who.error());
        auto id = (*ctx)->rotateAuditKey(who->actor, dir);
        if (!id)
            return cli::refuse(args, "audit key rotate", id.error());
        if (args.json())
            args.out << nlohmann::json{{"key", *id}, {"folder", dir.string()}}.dump(2) << '\n';
        else
            args.out << "station key rotated: " << *id << " signs from now on; the previous public key stays in "
                     << dir.string() << '\n';
        return 0;
    }
    auto k = station::StationKey::loadOrCreate(dir);
    if (!k)
        return cli::fail(args, k.error().message);
    if (what == "export") {
        const auto out = args.option("out");
        if (!out)
            return cli::fail(args, "usage: prepctl audit key export --out FILE", 2);
        std::ofstream file(*out, std::ios::trunc);
        file << (*k)->publicKeyHex() << '\n';
        if (!file.flush())
            return cli::fail(args, "cannot write " + *out);
    }
    if (args.json())
        args.out << nlohmann::json{{"key", (*k)->keyId()},
                                   {"public_key", (*k)->publicKeyHex()},
                                   {"folder", dir.string()}}
                        .dump(2)
                 << '\n';
    else
        args.out << (*k)->keyId() << '\t' << (*k)->publicKeyHex() << '\t' << dir.string() << '\n';
    return 0;
}

int list(cli::Args& args, db::Database& database)
{
    db::AuditLog log(database);
    const auto entity = args.option("entity");
    const auto id = args.option("id");
    if (entity.has_value() != id.has_value())
        return cli::fail(args, "--entity and --id go together");
    auto entries = entity ? log.listFor(*entity, *id) : log.all();
    if (!entries)
        return cli::fail(args, entries.error().message);
    nlohmann::json j = nlohmann::json::array();
    for (const auto& e : *entries) {
        if (args.json()) {
            j.push_back({{"seq", e.seq},
                         {"at", db::formatUtc(e.at)},
                         {"user", e.username},
                         {"action", e.action},
                         {"entity", e.entity},
                         {"entity_id", e.entityId},
                         {"old", e.oldValue},
                         {"new", e.newValue},
                         {"reason", e.reason},
                         {"hash", e.hash}});
        } else {
            args.out << e.seq << '\t' << db::formatUtc(e.at) << '\t' << e.username << '\t' << e.action << '\t'
                     << e.entity << ' ' << e.entityId << '\t' << e.reason << '\n';
        }
    }
    if (args.json())
        args.out << j.dump(2) << '\n';
    return 0;
}

int audit(cli::Args& args)
{
    if (auto unknown = args.unknownOptions({"entity", "id", "trusted-key", "out", "as"}); !unknown.empty())
        return cli::fail(args, "unknown option --" + unknown.front(), 2);
    const auto& words = args.positional();
    const char* usage = "usage: prepctl audit verify [--trusted-key FILE[,FILE...]] | list [--entity E --id N] | "
                        "key show|export --out FILE|rotate --as ADMIN   [--db PATH] [--json]";
    if (words.size() == 2 && words[0] == "key" && (words[1] == "show" || words[1] == "export" || words[1] == "rotate"))
        return key(args, words[1]);
    if (words.size() != 1 || (words[0] != "verify" && words[0] != "list"))
        return cli::fail(args, usage, 2);
    const std::string path = args.dbPath();
    // Never create an empty database while checking one: a missing one is an error.
    auto database = db::Database::openExisting(path);
    if (!database)
        return cli::fail(args, database.error().message);
    return words[0] == "verify" ? verify(args, **database) : list(args, **database);
}

} // namespace

PREPCTL_COMMAND(
    "audit",
    "verify the audit trail and its signed checkpoints (audit verify), list it, or manage the station key (audit key)",
    audit);
