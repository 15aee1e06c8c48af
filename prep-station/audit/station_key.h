// SPDX-License-Identifier: GPL-3.0-or-later
// The station's Ed25519 key for audit checkpoints (db/audit_checkpoint.h), in a folder outside the database:
//   station.key    the private key (the 32-byte seed, hex): mode 0600 in a folder of mode 0700, refused when the
//                  group or others may read either, as ssh refuses a private key others can read
//   <key id>.pub   public keys (hex): this station's, the ones it had before a rotation, and other stations'
//                  copied in. Verification trusts exactly these (and keys given on the command line).
// Rotation writes a new private key, keeps the old public key, and has the old key vouch for the new one in the
// trail before the old private key is overwritten.
#pragma once

#include "db/audit_checkpoint.h"
#include "prep-station/error.h"

#include <array>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace prep::station {

class StationKey : public db::CheckpointSigner
{
public:
    // The key in `dir`, created (with the folder) when there is none yet.
    static Result<std::shared_ptr<StationKey>> loadOrCreate(const std::filesystem::path& dir);
    // A new key pair for `dir`, written beside the current one as station.key.new (promote() makes it current).
    static Result<std::shared_ptr<StationKey>> createPending(const std::filesystem::path& dir);
    // station.key.new becomes station.key (an atomic rename: the old private key is gone).
    static Result<Ok> promotePending(const std::filesystem::path& dir);
    // Every public key the folder holds (*.pub), hex: what verification trusts.
    static std::vector<std::string> trustedPublicKeys(const std::filesystem::path& dir);
    // A public key file (as written here, or exported): its hex, or an error naming the file.
    static Result<std::string> readPublicKeyFile(const std::filesystem::path& file);

    ~StationKey() override;
    const std::string& publicKeyHex() const override { return m_publicHex; }
    std::string signatureHex(std::string_view message) const override;
    std::string keyId() const { return db::auditKeyId(m_publicHex); }

private:
    friend struct StationKeyAccess;
    StationKey() = default;
    std::array<unsigned char, 64> m_secret{}; // libsodium's Ed25519 secret key (seed + public key)
    std::string m_publicHex;
};

// $PREP_AUDIT_KEY_DIR, else the "audit-keys" folder of the station's data directory.
std::filesystem::path auditKeyDir(const std::filesystem::path& dataDir);

} // namespace prep::station
