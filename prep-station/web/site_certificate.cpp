// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/web/site_certificate.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <unistd.h>

#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <sys/stat.h>

namespace prep::web {

namespace {

template <class T, void (*F)(T*)> struct Deleter
{
    void operator()(T* p) const { F(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;

station::Error failure(const std::string& what)
{
    return station::makeError(station::Error::Kind::Io, "TLS certificate: " + what);
}

std::string hostName()
{
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0)
        return {};
    return name;
}

bool addExtension(X509* cert, int nid, const std::string& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
    if (!ext)
        return false;
    const bool added = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return added;
}

// Written beside, then renamed: a crash never leaves half a key.
station::Result<station::Ok> writePem(const std::filesystem::path& path, mode_t mode,
                                      const std::function<bool(FILE*)>& write)
{
    const auto part = path.string() + ".part";
    const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC, mode);
    if (fd < 0)
        return failure("cannot write " + part);
    FILE* f = fdopen(fd, "w");
    if (!f) {
        ::close(fd);
        return failure("cannot write " + part);
    }
    const bool ok = write(f) && std::fflush(f) == 0 && fsync(fileno(f)) == 0;
    std::fclose(f);
    std::error_code ec;
    if (!ok) {
        std::filesystem::remove(part, ec);
        return failure("cannot write " + part);
    }
    std::filesystem::rename(part, path, ec);
    if (ec)
        return failure("cannot rename " + part + ": " + ec.message());
    return station::Ok{};
}

std::string fingerprintOf(X509* cert)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (X509_digest(cert, EVP_sha256(), md, &n) != 1)
        return {};
    std::string out;
    char hex[4];
    for (unsigned int i = 0; i < n; ++i) {
        std::snprintf(hex, sizeof hex, i + 1 < n ? "%02X:" : "%02X", md[i]);
        out += hex;
    }
    return out;
}

} // namespace

station::Result<std::string> certificateFingerprint(const std::filesystem::path& pem)
{
    FILE* f = std::fopen(pem.c_str(), "r");
    if (!f)
        return failure("cannot read " + pem.string());
    CertPtr cert(PEM_read_X509(f, nullptr, nullptr, nullptr));
    std::fclose(f);
    if (!cert)
        return failure(pem.string() + " holds no PEM certificate");
    return fingerprintOf(cert.get());
}

station::Result<CertificateFiles> siteCertificate(const std::filesystem::path& dir,
                                                  const std::vector<std::string>& names)
{
    CertificateFiles files{dir / "station-cert.pem", dir / "station-key.pem", false, {}};
    std::error_code ec;
    const bool haveCert = std::filesystem::exists(files.certificate, ec);
    const bool haveKey = std::filesystem::exists(files.key, ec);
    if (haveCert != haveKey)
        return failure("found " + (haveCert ? files.certificate : files.key).string() + " without " +
                       (haveCert ? files.key : files.certificate).string() +
                       ": restore the missing file or remove both to make a new certificate");
    if (haveCert) {
        auto fp = certificateFingerprint(files.certificate);
        if (!fp)
            return fp.error();
        files.sha256Fingerprint = *fp;
        return files;
    }
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return failure("cannot create " + dir.string() + ": " + ec.message());

    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return failure("cannot generate a P-256 key");
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return failure("cannot make a serial number");
    serial[0] &= 0x7f; // a positive INTEGER
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_set_bit(bn, 0);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    // 825 days: the longest validity Apple's phones accept for a TLS server certificate.
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 825L * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    const std::string host = hostName();
    X509_NAME* subject = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("PrepStation"), -1,
                               -1, 0);
    const std::string cn = host.empty() ? "localhost" : host;
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.c_str()), -1, -1,
                               0);
    X509_set_issuer_name(cert.get(), subject);
    std::string san = "DNS:localhost,IP:127.0.0.1,IP:::1";
    if (!host.empty() && host != "localhost")
        san += ",DNS:" + host;
    for (const auto& n : names)
        if (!n.empty() && n.find_first_of(",:") == std::string::npos)
            san += ",DNS:" + n;
    if (!addExtension(cert.get(), NID_subject_alt_name, san) ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth"))
        return failure("cannot set the certificate's extensions");
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return failure("cannot sign the certificate");
    if (auto w = writePem(
            files.key, 0600,
            [&](FILE* f) { return PEM_write_PrivateKey(f, key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1; });
        !w)
        return w.error();
    if (auto w = writePem(files.certificate, 0644, [&](FILE* f) { return PEM_write_X509(f, cert.get()) == 1; }); !w)
        return w.error();
    files.created = true;
    files.sha256Fingerprint = fingerprintOf(cert.get());
    return files;
}

} // namespace prep::web
