#include "partner.h"

namespace ocpi {

namespace {

struct StateName
{
    PartnerState state;
    const char *name;
};

constexpr StateName kStates[] = {
    {PartnerState::Invited, "invited"},           {PartnerState::Registering, "registering"},
    {PartnerState::Registered, "registered"},     {PartnerState::Unregistered, "unregistered"},
    {PartnerState::Failed, "failed"},
};

} // namespace

QString partnerStateName(PartnerState state)
{
    for (const StateName &entry : kStates) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<PartnerState> parsePartnerState(const QString &text)
{
    for (const StateName &entry : kStates) {
        if (text == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

QString encodingSettingName(EncodingSetting setting)
{
    switch (setting) {
    case EncodingSetting::Base64: return QStringLiteral("base64");
    case EncodingSetting::Raw: return QStringLiteral("raw");
    case EncodingSetting::Auto: break;
    }
    return QStringLiteral("auto");
}

std::optional<EncodingSetting> parseEncodingSetting(const QString &text)
{
    if (text == QLatin1String("auto"))
        return EncodingSetting::Auto;
    if (text == QLatin1String("base64"))
        return EncodingSetting::Base64;
    if (text == QLatin1String("raw"))
        return EncodingSetting::Raw;
    return std::nullopt;
}

QList<PartyRole> Partner::partyRoles() const
{
    QList<PartyRole> out;
    for (const PartnerRole &role : roles)
        out.append(role.party);
    return out;
}

bool Partner::isHub() const
{
    return findRole(partyRoles(), Role::HUB).has_value();
}

QString Partner::label() const
{
    if (!name.isEmpty())
        return name;
    if (!roles.isEmpty())
        return roles.first().party.party.toString();
    return QStringLiteral("partner %1").arg(id);
}

std::optional<PartnerEndpoint> Partner::endpoint(const QString &identifier, const QString &role) const
{
    for (const PartnerEndpoint &endpoint : endpoints) {
        if (endpoint.identifier == identifier && (role.isEmpty() || endpoint.role == role))
            return endpoint;
    }
    return std::nullopt;
}

TokenEncoding Partner::outgoingEncoding() const
{
    switch (encodingSetting) {
    case EncodingSetting::Base64: return TokenEncoding::Base64;
    case EncodingSetting::Raw: return TokenEncoding::Raw;
    case EncodingSetting::Auto: break;
    }
    return detectedEncoding.value_or(TokenEncoding::Base64);
}

} // namespace ocpi
