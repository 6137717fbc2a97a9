#pragma once

#include "core/result.h"
#include "ouridentity.h"
#include "partners/partner.h"

#include <QObject>

#include <functional>

namespace ocpi {

class OcpiClient;
class PartnerRegistry;

// The client side of the credentials module: this node registers with a partner (CRED-06..11 from
// the Sender's seat), updates its credentials there (CRED-14, CRED-17) or unregisters (CRED-16).
// A failed handshake leaves no live token behind; the registry shows the failure and the reason.
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
    };
    void registerWith(const Registration &registration, Done done);
    // New token B for the partner and a new token C from it; old tokens stay valid until it worked.
    void updateWith(qint64 partnerId, Done done);
    // Tells the partner, then forgets every token either way (both sides stop talking).
    void unregisterFrom(qint64 partnerId, Done done);

private:
    Result<qint64> prepareRow(const Registration &registration);
    void fail(qint64 partnerId, const Error &error, Done done);

    PartnerRegistry &m_partners;
    OcpiClient &m_client;
    OurIdentity m_identity;
};

} // namespace ocpi
