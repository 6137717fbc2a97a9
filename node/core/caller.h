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

    QString label() const { return name.isEmpty() ? QStringLiteral("partner %1").arg(partnerId) : name; }
};

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
