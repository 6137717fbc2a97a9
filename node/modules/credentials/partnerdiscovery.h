#pragma once

#include "core/caller.h"
#include "core/result.h"
#include "partners/partner.h"

#include <QString>

#include <functional>

namespace ocpi {

class OcpiClient;

// What a partner offers: the version we will speak and its endpoints for that version.
struct Discovery
{
    QString version;
    QList<PartnerEndpoint> endpoints;
    TokenEncoding encoding = TokenEncoding::Base64; // the one the partner accepted
};

struct DiscoveryRequest
{
    QString versionsUrl;
    QString token;
    TokenEncoding encoding = TokenEncoding::Base64;
    bool tryOtherEncoding = true;
    QString correlationId;
    qint64 partnerId = 0;
    QString partner;
};

// GET versions, choose the highest mutual version (VER-10), GET its details (CRED-07/09).
// Errors: 3001 when the partner cannot be read or the client's URL policy refuses one of its URLs
// (the versions and details URLs and every announced endpoint), 3002 without a mutual version,
// 3003 when the mandatory credentials endpoint is missing.
void discoverPartner(OcpiClient &client, const DiscoveryRequest &request,
                     std::function<void(Result<Discovery>)> done);

} // namespace ocpi
