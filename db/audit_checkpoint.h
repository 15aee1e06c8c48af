// SPDX-License-Identifier: GPL-3.0-or-later
// Signed checkpoints of the audit chain. The hash chain shows that entries were not changed one by one, but anyone
// who can write the database and compute SHA-256 can rewrite an entry and every later hash consistently. A
// checkpoint is an entry's seq and hash signed with the station's Ed25519 key (libsodium), whose private half is
// kept outside the database; since each hash covers every entry before it, a checkpoint at seq N vouches for the
// whole chain up to N. Checkpoints are written with every electronic signature (preparer's, pharmacist's
// validation and release: entity "signature"), every shipment change (dispatch), every handover (pickup, delivery,
// administration at home), every temperature-logger import and every key change. Verification trusts only public keys
// given from outside (the station's key folder, an exported key): a key recorded in the database proves nothing on its
// own.
//
// Signed message (ASCII): "PrepStation audit checkpoint v1\n<seq>\n<entry hash, 64 lowercase hex>\n".
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/time.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace prep::db {

// What signs checkpoints: the station's key (prep-station/identity/station_key.h), or a test's.
class CheckpointSigner
{
public:
    virtual ~CheckpointSigner() = default;
    virtual const std::string& publicKeyHex() const = 0;                  // 32 bytes, lowercase hex
    virtual std::string signatureHex(std::string_view message) const = 0; // detached Ed25519, 64 bytes as hex
};

std::string checkpointMessage(std::int64_t seq, std::string_view entryHash);
// The first 16 hex digits of SHA-256 of the public key's bytes: how keys are named in reports.
std::string auditKeyId(std::string_view publicKeyHex);
bool checkpointSignatureValid(std::string_view publicKeyHex, std::string_view message, std::string_view signatureHex);
// Whether an entry gets a checkpoint when it is written.
bool isCheckpointEntry(std::string_view entity, std::string_view action);

// Makes `signer` sign this database's checkpoints from now on. A key new to the database is recorded and
// announced by an audit entry ("key_added", by "station"), itself signed: that checkpoint vouches for the whole
// chain so far.
Result<Ok> adoptCheckpointSigner(Database& db, std::shared_ptr<const CheckpointSigner> signer, UtcTime at);
// A new key takes over: a "key_rotated" entry by `who`, signed by the current signer (the old key vouches for the
// new one), then the new key is adopted as above. One transaction.
Result<Ok> rotateCheckpointSigner(Database& db, const Actor& who, std::shared_ptr<const CheckpointSigner> next,
                                  UtcTime at);
// Signs entry `seq` (hash `hash`) with the database's signer, if it has one; inside the entry's transaction.
Result<Ok> signCheckpoint(Database& db, std::int64_t seq, std::string_view hash);

struct CheckpointVerification
{
    bool intact = true;
    std::string problem;                  // the first checkpoint or entry found wrong, named
    std::int64_t checkpointsVerified = 0; // signatures checked against a trusted key
    std::int64_t lastSignedSeq = 0;       // the last entry vouched for by a trusted key (0: none)
    std::string lastSignedKeyId;
    std::int64_t entriesAfterLastSigned = 0;  // entries no checkpoint covers yet
    std::vector<std::string> untrustedKeyIds; // keys that signed here but were not given as trusted
};

// Checks every checkpoint against the chain as stored (each checkpoint's hash must be its entry's hash) and its
// signature against the trusted keys (`trusted`: public keys, hex); and that every entry that must have a
// checkpoint has one from a trusted key. Call after the chain itself verified: it does not re-hash entries.
Result<CheckpointVerification> verifyCheckpoints(Database& db, const std::vector<std::string>& trusted);

} // namespace prep::db
