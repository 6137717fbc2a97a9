#include "credentialsjson.h"

#include "ocpi/validator.h"

#include <QJsonDocument>
#include <QUrl>

namespace ocpi::credentialsjson {

namespace {

bool isHttpUrl(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
           && !url.host().isEmpty();
}

} // namespace

Result<Credentials> read(const QJsonValue &value)
{
    auto valid = validateObject(QStringLiteral("Credentials"), value);
    if (!valid)
        return valid.error();
    const QJsonObject object = *valid;
    Credentials credentials;
    credentials.token = object.value(QLatin1String("token")).toString();
    credentials.url = object.value(QLatin1String("url")).toString();
    if (!isHttpUrl(credentials.url))
        return Error::invalid(QStringLiteral("url: '%1' is not an http(s) URL").arg(credentials.url.left(255)));
    for (const QJsonValue &entry : object.value(QLatin1String("roles")).toArray()) {
        const QJsonObject role = entry.toObject();
        const QJsonObject business = role.value(QLatin1String("business_details")).toObject();
        PartnerRole partnerRole;
        partnerRole.party.party = PartyId::of(role.value(QLatin1String("country_code")).toString(),
                                              role.value(QLatin1String("party_id")).toString());
        partnerRole.party.role = parseRole(role.value(QLatin1String("role")).toString()).value_or(Role::OTHER);
        partnerRole.business.name = business.value(QLatin1String("name")).toString();
        partnerRole.business.website = business.value(QLatin1String("website")).toString();
        if (business.contains(QLatin1String("logo"))) {
            partnerRole.business.logoJson = QString::fromUtf8(
                QJsonDocument(business.value(QLatin1String("logo")).toObject()).toJson(QJsonDocument::Compact));
        }
        partnerRole.party.businessName = partnerRole.business.name;
        credentials.roles.append(partnerRole);
    }
    return credentials;
}

QJsonObject write(const Credentials &credentials)
{
    QJsonArray roles;
    for (const PartnerRole &role : credentials.roles) {
        QJsonObject business{{QStringLiteral("name"), role.business.name}};
        if (!role.business.website.isEmpty())
            business.insert(QStringLiteral("website"), role.business.website);
        if (!role.business.logoJson.isEmpty())
            business.insert(QStringLiteral("logo"), QJsonDocument::fromJson(role.business.logoJson.toUtf8()).object());
        roles.append(QJsonObject{{QStringLiteral("role"), roleName(role.party.role)},
                                 {QStringLiteral("business_details"), business},
                                 {QStringLiteral("party_id"), role.party.party.partyId},
                                 {QStringLiteral("country_code"), role.party.party.countryCode}});
    }
    return {{QStringLiteral("token"), credentials.token},
            {QStringLiteral("url"), credentials.url},
            {QStringLiteral("roles"), roles}};
}

QList<PartnerRole> rolesFor(const QList<PartyRole> &parties)
{
    QList<PartnerRole> roles;
    for (const PartyRole &party : parties) {
        PartnerRole role;
        role.party = party;
        role.business.name = party.businessName.isEmpty() ? party.party.toString() : party.businessName;
        roles.append(role);
    }
    return roles;
}

Result<QList<VersionEntry>> readVersions(const QJsonArray &data)
{
    QList<VersionEntry> versions;
    for (const QJsonValue &entry : data) {
        const QJsonObject object = entry.toObject();
        const QString version = object.value(QLatin1String("version")).toString();
        const QString url = object.value(QLatin1String("url")).toString();
        if (!version.isEmpty() && isHttpUrl(url))
            versions.append({version, url});
    }
    if (versions.isEmpty())
        return Error::invalid(QStringLiteral("the versions list holds no usable entry"));
    return versions;
}

Result<QList<PartnerEndpoint>> readEndpoints(const QJsonObject &details)
{
    QList<PartnerEndpoint> endpoints;
    for (const QJsonValue &entry : details.value(QLatin1String("endpoints")).toArray()) {
        const QJsonObject object = entry.toObject();
        PartnerEndpoint endpoint{object.value(QLatin1String("identifier")).toString(),
                                 object.value(QLatin1String("role")).toString().toUpper(),
                                 object.value(QLatin1String("url")).toString()};
        if (endpoint.identifier.isEmpty() || !isHttpUrl(endpoint.url))
            continue;
        // VER-06 / PIT-15: the role of the credentials endpoint means nothing; peers send either.
        if (endpoint.identifier == QLatin1String("credentials"))
            endpoint.role = QStringLiteral("SENDER");
        else if (endpoint.role != QLatin1String("SENDER") && endpoint.role != QLatin1String("RECEIVER"))
            continue;
        endpoints.append(endpoint);
    }
    if (endpoints.isEmpty())
        return Error::invalid(QStringLiteral("the version details list no usable endpoint"));
    return endpoints;
}

} // namespace ocpi::credentialsjson
