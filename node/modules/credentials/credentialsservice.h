#pragma once

#include "core/caller.h"
#include "core/result.h"
#include "credentialsjson.h"
#include "ouridentity.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>

namespace ocpi {

class OcpiClient;
class PartnerRegistry;

// The server side of the credentials module (CRED-05..16): a partner registers with us, updates its
// credentials or unregisters. Registration and update call the partner back (versions, details)
// before answering, so they answer through a callback.
class CredentialsService : public QObject
{
    Q_OBJECT

public:
    CredentialsService(PartnerRegistry &partners, OcpiClient &client, OurIdentity identity, QObject *parent = nullptr);

    void setVersionsUrl(const QString &url) { m_identity.versionsUrl = url; }
    const OurIdentity &identity() const { return m_identity; }

    using Reply = std::function<void(Result<QJsonObject>)>;

    // GET: our credentials for this caller, with the token it presented (CRED-15).
    QJsonObject credentialsFor(const Caller &caller) const;
    // POST with token A (CRED-08..13).
    void acceptRegistration(const Caller &caller, const QJsonValue &body, const QString &correlationId, Reply done);
    // PUT by a registered partner (CRED-14, CRED-18).
    void acceptUpdate(const Caller &caller, const QJsonValue &body, const QString &correlationId, Reply done);
    // DELETE by a registered partner (CRED-16).
    Status acceptUnregistration(const Caller &caller);

private:
    // POST and PUT share one exchange: validate, call the partner back, store, issue a new token.
    void handshake(const Caller &caller, const QJsonValue &body, const QString &correlationId, bool update, Reply done);
    // Shows the failure on the partner; a registration's failure also counts against its token A
    // (revoked at PartnerRegistry::kMaxFailedHandshakes). Returns the token A's attempts left, -1
    // for an update or when nothing could be recorded.
    int recordFailure(qint64 partnerId, const QString &reason, bool update, const QString &tokenA);

    PartnerRegistry &m_partners;
    OcpiClient &m_client;
    OurIdentity m_identity;
    QSet<qint64> m_inProgress;
};

} // namespace ocpi
