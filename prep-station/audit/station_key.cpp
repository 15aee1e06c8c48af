// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/audit/station_key.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace prep::station {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPrivateFile = "station.key";
constexpr const char* kPendingFile = "station.key.new";

std::string hexOf(const unsigned char* bytes, size_t size)
{
    std::string hex(2 * size + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

bool bytesOf(std::string_view hex, unsigned char* out, size_t size)
{
    size_t written = 0;
    return hex.size() == 2 * size &&
           sodium_hex2bin(out, size, hex.data(), hex.size(), nullptr, &written, nullptr) == 0 && written == size;
}

Error keyError(const std::string& what)
{
    return makeError(Error::Kind::Io, "station audit key: " + what);
}

// Group or others may read or write it: the key is no longer the station's alone.
bool exposed(const fs::path& path)
{
    struct stat st
    {};
    return ::stat(path.c_str(), &st) != 0 || (st.st_mode & 077) != 0;
}

Result<Ok> ensureFolder(const fs::path& dir)
{
    std::error_code ec;
    if (!fs::exists(dir, ec)) {
        fs::create_directories(dir, ec);
        if (ec)
            return keyError("cannot create " + dir.string() + ": " + ec.message());
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
        if (ec)
            return keyError("cannot restrict " + dir.string() + " to its owner: " + ec.message());
    }
    if (exposed(dir))
        return keyError(dir.string() + " may be read by others than its owner (chmod 700 it)");
    return Ok{};
}

// Written under a temporary name with mode 0600 from the start, then renamed: never readable by others, never
// half-written under its own name.
Result<Ok> writePrivate(const fs::path& file, const std::string& text)
{
    const fs::path temporary = file.string() + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return keyError("cannot write " + temporary.string());
    const bool written = ::write(fd, text.data(), text.size()) == ssize_t(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || ::rename(temporary.c_str(), file.c_str()) != 0)
        return keyError("cannot write " + file.string());
    return Ok{};
}

Result<Ok> writePublic(const fs::path& dir, const std::string& publicHex)
{
    std::ofstream out(dir / (db::auditKeyId(publicHex) + ".pub"), std::ios::trunc);
    out << publicHex << '\n';
    if (!out.flush())
        return keyError("cannot write the public key into " + dir.string());
    return Ok{};
}

Result<std::shared_ptr<StationKey>> generate(const fs::path& file);

} // namespace

struct StationKeyAccess
{
    static std::shared_ptr<StationKey> make() { return std::shared_ptr<StationKey>(new StationKey()); }
    static std::array<unsigned char, 64>& secret(StationKey& k) { return k.m_secret; }
    static std::string& publicHex(StationKey& k) { return k.m_publicHex; }
};

namespace {

Result<std::shared_ptr<StationKey>> fromSeed(const unsigned char seed[crypto_sign_SEEDBYTES])
{
    auto key = StationKeyAccess::make();
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    if (crypto_sign_seed_keypair(publicKey, StationKeyAccess::secret(*key).data(), seed) != 0)
        return keyError("libsodium could not derive the key pair");
    StationKeyAccess::publicHex(*key) = hexOf(publicKey, sizeof publicKey);
    return key;
}

Result<std::shared_ptr<StationKey>> generate(const fs::path& file)
{
    unsigned char seed[crypto_sign_SEEDBYTES];
    randombytes_buf(seed, sizeof seed);
    auto key = fromSeed(seed);
    const std::string text = hexOf(seed, sizeof seed) + "\n";
    sodium_memzero(seed, sizeof seed);
    if (!key)
        return key.error();
    if (auto w = writePrivate(file, text); !w)
        return w.error();
    if (auto w = writePublic(file.parent_path(), (*key)->publicKeyHex()); !w)
        return w.error();
    return key;
}

} // namespace

Result<std::shared_ptr<StationKey>> StationKey::loadOrCreate(const fs::path& dir)
{
    if (sodium_init() < 0)
        return keyError("libsodium could not start");
    if (auto f = ensureFolder(dir); !f)
        return f.error();
    const fs::path file = dir / kPrivateFile;
    std::error_code ec;
    if (!fs::exists(file, ec))
        return generate(file);
    if (exposed(file))
        return keyError(file.string() + " may be read by others than its owner (chmod 600 it, then rotate the key)");
    std::ifstream in(file);
    std::string hex;
    in >> hex;
    unsigned char seed[crypto_sign_SEEDBYTES];
    if (!bytesOf(hex, seed, sizeof seed))
        return keyError(file.string() + " is not a station key (32 bytes of hex expected)");
    auto key = fromSeed(seed);
    sodium_memzero(seed, sizeof seed);
    sodium_memzero(hex.data(), hex.size());
    if (key)
        if (auto w = writePublic(dir, (*key)->publicKeyHex()); !w) // a deleted .pub comes back
            return w.error();
    return key;
}

Result<std::shared_ptr<StationKey>> StationKey::createPending(const fs::path& dir)
{
    if (sodium_init() < 0)
        return keyError("libsodium could not start");
    if (auto f = ensureFolder(dir); !f)
        return f.error();
    return generate(dir / kPendingFile);
}

Result<Ok> StationKey::promotePending(const fs::path& dir)
{
    if (::rename((dir / kPendingFile).c_str(), (dir / kPrivateFile).c_str()) != 0)
        return keyError("cannot make " + (dir / kPendingFile).string() + " the station key");
    return Ok{};
}

std::vector<std::string> StationKey::trustedPublicKeys(const fs::path& dir)
{
    std::vector<std::string> keys;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".pub")
            if (auto k = readPublicKeyFile(e.path()))
                keys.push_back(*k);
    return keys;
}

Result<std::string> StationKey::readPublicKeyFile(const fs::path& file)
{
    std::ifstream in(file);
    std::string hex;
    in >> hex;
    unsigned char key[crypto_sign_PUBLICKEYBYTES];
    if (!in && hex.empty())
        return makeError(Error::Kind::NotFound, "cannot read the public key file " + file.string());
    if (!bytesOf(hex, key, sizeof key))
        return makeError(Error::Kind::Invalid,
                         file.string() + " is not an Ed25519 public key (64 hex digits expected)");
    return hex;
}

StationKey::~StationKey()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

std::string StationKey::signatureHex(std::string_view message) const
{
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         m_secret.data());
    return hexOf(signature, sizeof signature);
}

fs::path auditKeyDir(const fs::path& dataDir)
{
    if (const char* dir = std::getenv("PREP_AUDIT_KEY_DIR"); dir && *dir)
        return dir;
    return dataDir / "audit-keys";
}

} // namespace prep::station
