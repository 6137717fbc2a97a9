#pragma once

#include "ocpi/party.h"

#include <QList>
#include <QString>

#include <optional>

namespace ocpi {

// How a partner writes its token in the Authorization header (TF-07, PIT-01).
enum class TokenEncoding { Base64, Raw };

// Who is calling, as the credentials token presented to us tells (TF-06).
struct Caller
{
    enum class Kind {
        Invitation,  // a token A: versions, version details and credentials only (TF-05)
        Registering, // a partner's token B while our registration with it is under way: same limits
        Partner,     // a registered partner (its token B or C)
    };

    Kind kind = Kind::Partner;
    qint64 partnerId = 0;
    QString name;
    QList<PartyRole> roles;
    QString token; // exactly as presented (GET credentials answers with it)
    TokenEncoding encoding = TokenEncoding::Base64;

    // Set when the caller is a hub (its credentials hold the HUB role, CRED-04): the parties behind
    // it that it may speak for. See mayActFor().
    struct HubScope
    {
        QList<PartyId> others;                    // ours and directly registered partners': never behind it
        std::optional<QList<PartyRole>> reported; // what its hub client info listed; none: it told nothing yet
    };
    std::optional<HubScope> hub;

    QString label() const { return name.isEmpty() ? QStringLiteral("partner %1").arg(partnerId) : name; }
};

// The one answer to "may this connection speak for party `party` in role `role`" (no role: in any
// role). Every ownership check asks it: object writes and reads, routing headers, token
// authorization, pulled objects. A party the caller's credentials hold may; through a hub
// (docs/routing.md), also any party that is neither ours nor a directly registered partner's, and
// once the hub has reported its parties through hub client info, only those with that role.
bool mayActFor(const Caller &caller, const PartyId &party, std::optional<Role> role = std::nullopt);

// Finds the caller a presented token belongs to. Implemented by the partner registry.
class CallerDirectory
{
public:
    virtual ~CallerDirectory() = default;
    virtual std::optional<Caller> identify(const QString &token) = 0;
    // Records how the caller encoded its token (base64 or raw), for our calls back to it.
    virtual void noteEncoding(const Caller &caller, TokenEncoding encoding) = 0;
};

} // namespace ocpi
