#include "party.h"

namespace ocpi {

namespace {

struct RoleName
{
    Role role;
    const char *name;
};

constexpr RoleName kRoles[] = {
    {Role::CPO, "CPO"}, {Role::EMSP, "EMSP"}, {Role::HUB, "HUB"},   {Role::NAP, "NAP"},
    {Role::NSP, "NSP"}, {Role::OTHER, "OTHER"}, {Role::SCSP, "SCSP"},
};

bool isCode(QStringView text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80))
            return false;
    }
    return true;
}

} // namespace

QString roleName(Role role)
{
    for (const RoleName &entry : kRoles) {
        if (entry.role == role)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<Role> parseRole(QStringView text)
{
    for (const RoleName &entry : kRoles) {
        if (text == QLatin1String(entry.name))
            return entry.role;
    }
    return std::nullopt;
}

bool PartyId::isValid() const
{
    return isCode(countryCode, 2) && isCode(partyId, 3);
}

PartyId PartyId::of(const QString &countryCode, const QString &partyId)
{
    return {countryCode.toUpper(), partyId.toUpper()};
}

std::optional<PartyId> PartyId::parse(QStringView text)
{
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0)
        return std::nullopt;
    PartyId id = of(text.left(dash).toString(), text.mid(dash + 1).toString());
    if (!id.isValid())
        return std::nullopt;
    return id;
}

std::optional<PartyRole> PartyRole::parse(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const auto party = PartyId::parse(text.left(colon));
    const auto role = parseRole(text.mid(colon + 1).toString().toUpper());
    if (!party || !role)
        return std::nullopt;
    return PartyRole{*party, *role, party->toString()};
}

std::optional<PartyRole> findRole(const QList<PartyRole> &roles, Role role)
{
    for (const PartyRole &entry : roles) {
        if (entry.role == role)
            return entry;
    }
    return std::nullopt;
}

bool holdsParty(const QList<PartyRole> &roles, const PartyId &party)
{
    for (const PartyRole &entry : roles) {
        if (entry.party == party)
            return true;
    }
    return false;
}

bool holdsParty(const QList<PartyRole> &roles, const PartyId &party, Role role)
{
    for (const PartyRole &entry : roles) {
        if (entry.party == party && entry.role == role)
            return true;
    }
    return false;
}

} // namespace ocpi
