#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ocpi {

// OCPI Role (GEN-12).
enum class Role { CPO, EMSP, HUB, NAP, NSP, OTHER, SCSP };

QString roleName(Role role);
std::optional<Role> parseRole(QStringView text);

// A party as OCPI addresses it: country_code + party_id (CiStrings, kept upper case).
struct PartyId
{
    QString countryCode;
    QString partyId;

    // "NL-TNM"
    QString toString() const { return countryCode + QLatin1Char('-') + partyId; }
    bool isValid() const;
    static std::optional<PartyId> parse(QStringView text);
    static PartyId of(const QString &countryCode, const QString &partyId);

    friend bool operator==(const PartyId &a, const PartyId &b)
    {
        return a.countryCode == b.countryCode && a.partyId == b.partyId;
    }
};

// One entry of a credentials `roles` list, also how this node describes the parties it hosts.
struct PartyRole
{
    PartyId party;
    Role role = Role::CPO;
    QString businessName;

    // "NL-TNM:CPO"
    QString toString() const { return party.toString() + QLatin1Char(':') + roleName(role); }
    static std::optional<PartyRole> parse(QStringView text);

    friend bool operator==(const PartyRole &a, const PartyRole &b)
    {
        return a.party == b.party && a.role == b.role;
    }
};

// The first party in `roles` holding `role`, if any.
std::optional<PartyRole> findRole(const QList<PartyRole> &roles, Role role);
bool holdsParty(const QList<PartyRole> &roles, const PartyId &party);
bool holdsParty(const QList<PartyRole> &roles, const PartyId &party, Role role);

} // namespace ocpi
