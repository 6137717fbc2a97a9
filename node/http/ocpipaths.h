#pragma once

#include "ocpi/party.h"
#include "ocpi/versionnumber.h"

#include <QString>

namespace ocpi::paths {

// Where this node serves OCPI (TF-26: the version is in the path; partners discover the URLs
// through version details, so this is the only place they are spelled).
inline QString versions() { return QStringLiteral("/ocpi/versions"); }
inline QString versionDetails() { return QStringLiteral("/ocpi/") + kOcpiVersion; }
inline QString credentials() { return versionDetails() + QStringLiteral("/credentials"); }

// "/ocpi/cpo/2.2.1/locations", "/ocpi/emsp/2.2.1/tokens"
inline QString module(Role ourRole, const QString &identifier)
{
    return QStringLiteral("/ocpi/%1/%2/%3").arg(roleName(ourRole).toLower(), kOcpiVersion, identifier);
}

} // namespace ocpi::paths
