#pragma once

#include "core/result.h"
#include "partners/partner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ocpi {

// The Credentials object (CRED-01).
struct Credentials
{
    QString token;
    QString url;                 // the sender's versions endpoint
    QList<PartnerRole> roles;
};

struct VersionEntry
{
    QString version;
    QString url;
};

// Wire names of the credentials and versions objects live only here.
namespace credentialsjson {

// Validated against the specification (token characters, roles unique, ...).
Result<Credentials> read(const QJsonValue &value);
QJsonObject write(const Credentials &credentials);
// Our roles as CredentialsRole entries.
QList<PartnerRole> rolesFor(const QList<PartyRole> &parties);

// Tolerant readers of a partner's versions list and version details (VER-01/02); unknown module
// identifiers are kept (VER-08), broken entries are skipped.
Result<QList<VersionEntry>> readVersions(const QJsonArray &data);
Result<QList<PartnerEndpoint>> readEndpoints(const QJsonObject &details);

} // namespace credentialsjson
} // namespace ocpi
