#pragma once

#include "core/result.h"
#include "ouridentity.h"
#include "partners/partner.h"

#include <QObject>

#include <functional>
#include <optional>

namespace ocpi {

class OcpiClient;
class PartnerRegistry;
struct Discovery;

// The client side of the credentials module: this node registers with a partner (CRED-06..11 from
// the Sender's seat), updates its credentials there (CRED-14, CRED-17) or unregisters (CRED-16).
// A failed handshake leaves no live token behind; the registry shows the failure and the reason.
// Nor does it leave a registration at the partner: a party conflict is looked for before the POST
// where the partner lets us (GET credentials with token A), and a failure after the partner
// accepted our POST is undone there with DELETE (issue 13, registration hygiene).
class RegistrationClient : public QObject
{
    Q_OBJECT

public:
    RegistrationClient(PartnerRegistry &partners, OcpiClient &client, OurIdentity identity, QObject *parent = nullptr);

    void setVersionsUrl(const QString &url) { m_identity.versionsUrl = url; }

    using Done = std::function<void(Result<Partner>)>;

    struct Registration
    {
        QString versionsUrl;   // the partner's
        QString tokenA;        // the token it gave us out of band
        QString name;          // optional; else from its business details
        EncodingSetting encoding = EncodingSetting::Auto;
        // Send it our current objects once registered (Partner::initialSync); none: as it was.
        std::optional<bool> initialSync;
    };
    void registerWith(const Registration &registration, Done done);
    // New token B for the partner and a new token C from it; old tokens stay valid until it worked.
    void updateWith(qint64 partnerId, Done done);
    // Tells the partner, then forgets every token either way (both sides stop talking).
    void unregisterFrom(qint64 partnerId, Done done);

private:
    Result<qint64> prepareRow(const Registration &registration);
    void fail(qint64 partnerId, const Error &error, Done done);
    // Their parties, when the partner tells them before the POST; success when it does not.
    void checkTheirParties(qint64 partnerId, const Discovery &discovery, const QString &tokenA,
                           const QString &correlationId, std::function<void(Status)> next);
    void post(qint64 partnerId, const Discovery &discovery, const Registration &registration,
              const QString &correlationId, Done done);
    // What undoing a registration the partner accepted needs.
    struct Withdrawal
    {
        qint64 partnerId = 0;
        QString credentialsUrl;
        QString correlationId;
        Done done;
    };
    void withdraw(const Withdrawal &undo, const QString &tokenC, const Error &error);

    PartnerRegistry &m_partners;
    OcpiClient &m_client;
    OurIdentity m_identity;
};

} // namespace ocpi
