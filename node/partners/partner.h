#pragma once

#include "core/caller.h"
#include "hubparty.h"
#include "ocpi/party.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ocpi {

// A partner's endpoint from its version details (VER-02).
struct PartnerEndpoint
{
    QString identifier;  // ModuleID
    QString role;        // SENDER or RECEIVER
    QString url;
};

// Business details of one of a partner's roles (CRED-01).
struct BusinessDetails
{
    QString name;
    QString website;
    QString logoJson;    // the Image object as JSON, kept as sent
};

struct PartnerRole
{
    PartyRole party;
    BusinessDetails business;
};

// Where a partner stands with us.
enum class PartnerState {
    Invited,       // we issued a token A, nothing happened yet
    Registering,   // a handshake is under way
    Registered,
    Unregistered,
    Failed,        // the last handshake failed; `stateReason` says why
};
QString partnerStateName(PartnerState state);
std::optional<PartnerState> parsePartnerState(const QString &text);

// How we write our token to this partner: decided by the operator or detected.
enum class EncodingSetting { Auto, Base64, Raw };
QString encodingSettingName(EncodingSetting setting);
std::optional<EncodingSetting> parseEncodingSetting(const QString &text);

struct Partner
{
    qint64 id = 0;
    QString name;
    PartnerState state = PartnerState::Invited;
    QString stateReason;
    QString versionsUrl;
    QString version;                       // negotiated
    QList<PartnerRole> roles;
    QList<PartnerEndpoint> endpoints;
    QString outgoingToken;                 // the token we present to the partner, as given
    EncodingSetting encodingSetting = EncodingSetting::Auto;
    std::optional<TokenEncoding> detectedEncoding;
    QDateTime lastContact;
    QDateTime createdAt;
    bool hasIncomingToken = false;         // the partner holds a live token of ours (B or C)
    // When it registers, our current objects of the modules it receives are queued for it
    // (InitialSync); the operator's choice (`ocpi-node set-initial-sync`), off unless asked for.
    bool initialSync = false;
    // Not stored with the partner: what it reported as a hub (hub client info), filled for views.
    QList<HubParty> hubParties;

    QList<PartyRole> partyRoles() const;
    QString label() const;                 // name, else its first party
    bool isHub() const;                    // its credentials hold the HUB role (CRED-04)
    std::optional<PartnerEndpoint> endpoint(const QString &identifier, const QString &role) const;
    TokenEncoding outgoingEncoding() const; // what to try first
};

} // namespace ocpi
