#include "credentialsservice.h"

#include "client/ocpiclient.h"
#include "core/logging.h"
#include "core/secrets.h"
#include "partnerdiscovery.h"
#include "partners/partnerregistry.h"

namespace ocpi {

namespace {

Error wrongState(const QString &message)
{
    return {ErrorKind::WrongRegistrationState, message};
}

} // namespace

CredentialsService::CredentialsService(PartnerRegistry &partners, OcpiClient &client, OurIdentity identity,
                                       QObject *parent)
    : QObject(parent), m_partners(partners), m_client(client), m_identity(std::move(identity))
{
}

QJsonObject CredentialsService::credentialsFor(const Caller &caller) const
{
    return credentialsjson::write({caller.token, m_identity.versionsUrl, credentialsjson::rolesFor(m_identity.parties)});
}

void CredentialsService::recordFailure(qint64 partnerId, const QString &reason, bool keepState)
{
    auto partner = m_partners.get(partnerId);
    if (!partner)
        return;
    if (!keepState)
        partner->state = PartnerState::Failed;
    partner->stateReason = reason;
    (void)m_partners.save(*partner);
}

void CredentialsService::acceptRegistration(const Caller &caller, const QJsonValue &body,
                                            const QString &correlationId, Reply done)
{
    if (caller.kind == Caller::Kind::Partner) {
        done(wrongState(QStringLiteral("already registered: use PUT to update the credentials or DELETE to unregister")));
        return;
    }
    if (caller.kind == Caller::Kind::Registering) {
        done(wrongState(QStringLiteral("this node is registering with you right now; wait for it to finish")));
        return;
    }
    handshake(caller, body, correlationId, false, std::move(done));
}

void CredentialsService::acceptUpdate(const Caller &caller, const QJsonValue &body, const QString &correlationId,
                                      Reply done)
{
    if (caller.kind != Caller::Kind::Partner) {
        done(wrongState(QStringLiteral("not registered: POST the credentials to register first")));
        return;
    }
    handshake(caller, body, correlationId, true, std::move(done));
}

void CredentialsService::handshake(const Caller &caller, const QJsonValue &body, const QString &correlationId,
                                   bool update, Reply done)
{
    auto theirs = credentialsjson::read(body);
    if (!theirs) {
        done(theirs.error());
        return;
    }
    const qint64 partnerId = caller.partnerId;
    if (Status s = m_partners.checkPartiesAvailable(theirs->roles, partnerId, m_identity.parties); !s) {
        done(s.error());
        return;
    }
    if (m_inProgress.contains(partnerId)) {
        done(wrongState(QStringLiteral("a credentials exchange with this token is already in progress")));
        return;
    }
    m_inProgress.insert(partnerId);
    // CRED-09/14: read the partner's versions and details with its new token before answering.
    DiscoveryRequest request{theirs->url, theirs->token, TokenEncoding::Base64, true, correlationId, partnerId,
                             caller.label()};
    const Credentials offered = *theirs;
    const QString presented = caller.token;
    discoverPartner(m_client, request, [this, partnerId, offered, presented, update, done](Result<Discovery> found) {
        m_inProgress.remove(partnerId);
        if (!found) {
            qCWarning(lcPartners).noquote() << "credentials exchange with partner" << partnerId << "failed:"
                                            << found.error().message;
            // A failed update changes nothing: the partner keeps its current token (CRED-18).
            recordFailure(partnerId, update ? QStringLiteral("credentials update failed: ") + found.error().message
                                            : found.error().message,
                          update);
            done(found.error());
            return;
        }
        QString tokenC;
        const Status stored = m_partners.inTransaction([&]() -> Status {
            auto partner = m_partners.get(partnerId);
            if (!partner)
                return partner.error();
            partner->roles = offered.roles;
            partner->endpoints = found->endpoints;
            partner->version = found->version;
            partner->versionsUrl = offered.url;
            partner->outgoingToken = offered.token;
            partner->detectedEncoding = found->encoding;
            partner->state = PartnerState::Registered;
            partner->stateReason.clear();
            partner->lastContact = m_partners.clock().now();
            if (Status s = m_partners.store().update(*partner); !s)
                return s;
            auto issued = m_partners.issueLiveToken(partnerId);
            if (!issued)
                return issued.error();
            tokenC = *issued;
            // The token that was used dies with the commit that creates the new one: token A is
            // single use (CRED-11, PIT-02), an old token C ends when the update succeeds (CRED-18).
            return update ? m_partners.revokeToken(presented) : m_partners.revokeInvitation(partnerId);
        });
        if (!stored) {
            done(stored.error());
            return;
        }
        qCInfo(lcPartners).noquote() << "partner" << partnerId << (update ? "updated its credentials" : "registered")
                                     << "; issued token" << secrets::mask(tokenC);
        done(credentialsjson::write({tokenC, m_identity.versionsUrl, credentialsjson::rolesFor(m_identity.parties)}));
    });
}

Status CredentialsService::acceptUnregistration(const Caller &caller)
{
    if (caller.kind != Caller::Kind::Partner)
        return wrongState(QStringLiteral("not registered: there is nothing to unregister"));
    const Status status = m_partners.inTransaction([&]() -> Status {
        auto partner = m_partners.get(caller.partnerId);
        if (!partner)
            return partner.error();
        partner->state = PartnerState::Unregistered;
        partner->stateReason = QStringLiteral("unregistered by the partner");
        partner->outgoingToken.clear();
        if (Status s = m_partners.store().update(*partner); !s)
            return s;
        return m_partners.revokeLiveTokens(caller.partnerId);
    });
    if (status)
        qCInfo(lcPartners).noquote() << "partner" << caller.label() << "unregistered";
    return status;
}

} // namespace ocpi
