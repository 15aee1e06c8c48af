// SPDX-License-Identifier: GPL-3.0-or-later
// The web service's TLS certificate. A site normally configures its own (issued by the hospital's PKI, trusted by
// its phones); when none is configured, one is made for the site at first start and kept: a self-signed ECDSA
// P-256 certificate for the host's names and loopback, its key readable by the service's user only. A phone
// trusts it once (or the site installs it by its mobile-device management); it is never silently replaced.
#pragma once

#include "prep-station/error.h"

#include <filesystem>
#include <string>
#include <vector>

namespace prep::web {

struct CertificateFiles
{
    std::filesystem::path certificate, key;
    bool created = false;          // made now, at this start
    std::string sha256Fingerprint; // of the certificate (DER), "AB:CD:..." as browsers show it
};

// The certificate and key in `dir` ("station-cert.pem", "station-key.pem"), made when absent. `names` are the DNS
// names it is valid for (localhost and the host name are always added), with 127.0.0.1 and ::1.
station::Result<CertificateFiles> siteCertificate(const std::filesystem::path& dir,
                                                  const std::vector<std::string>& names = {});
// The SHA-256 fingerprint of a PEM certificate file; an error names the file.
station::Result<std::string> certificateFingerprint(const std::filesystem::path& pem);

} // namespace prep::web
