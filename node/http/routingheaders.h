#pragma once

#include "core/result.h"
#include "httptypes.h"
#include "ocpi/party.h"

#include <optional>

namespace ocpi {

// OCPI-to-party-id / OCPI-to-country-code / OCPI-from-party-id / OCPI-from-country-code (RT-01).
struct RoutingHeaders
{
    std::optional<PartyId> to;
    std::optional<PartyId> from;

    // Headers come in pairs; a half pair or a malformed value is a 2001.
    static Result<RoutingHeaders> parse(const HttpRequest &request);
    static void set(HttpResponse &response, const std::optional<PartyId> &to,
                    const std::optional<PartyId> &from);
    static void set(HeaderList &headers, const std::optional<PartyId> &to,
                    const std::optional<PartyId> &from);
};

bool isFunctionalModule(const QString &module);

} // namespace ocpi
