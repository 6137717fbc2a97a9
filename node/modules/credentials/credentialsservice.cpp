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
    auto theirs = credentialsjson::read(body);
    if (!theirs) {
        done(theirs.error());
        return;
    }
    if (Status s = m_partners.checkPartiesAvailable(theirs->roles, caller.partnerId, m_identity.parties); !s) {
        done(s.error());
        return;
    }
    const qint64 partnerId = caller.partnerId;
    if (m_inProgress.contains(partnerId)) {
        done(wrongState(QStringLiteral("a registration with this token is already in progress")));
        return;
    }
    m_inProgress.insert(partnerId);
    DiscoveryRequest request{theirs->url, theirs->token, TokenEncoding::Base64, true, correlationId, partnerId,
                             caller.label()};
    const Credentials offered = *theirs;
    discoverPartner(m_client, request, [this, partnerId, offered, done](Result<Discovery> found) {
        m_inProgress.remove(partnerId);
        if (!found) {
            qCWarning(lcPartners).noquote() << "registration of partner" << partnerId << "failed:" << found.error().message;
            recordFailure(partnerId, found.error().message, false);
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
            // Token A is single use (CRED-11, PIT-02).
            if (Status s = m_partners.revokeInvitation(partnerId); !s)
                return s;
            auto issued = m_partners.issueLiveToken(partnerId);
            if (!issued)
                return issued.error();
            tokenC = *issued;
            return Status::success();
        });
        if (!stored) {
            done(stored.error());
            return;
        }
        qCInfo(lcPartners).noquote() << "partner" << partnerId << "registered; issued token" << secrets::mask(tokenC);
        done(credentialsjson::write({tokenC, m_identity.versionsUrl, credentialsjson::rolesFor(m_identity.parties)}));
    });
}

void CredentialsService::acceptUpdate(const Caller &caller, const QJsonValue &body, const QString &correlationId,
                                      Reply done)
{
    if (caller.kind != Caller::Kind::Partner) {
        done(wrongState(QStringLiteral("not registered: POST the credentials to register first")));
        return;
    }
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
        done(wrongState(QStringLiteral("an update of these credentials is already in progress")));
        return;
    }
    m_inProgress.insert(partnerId);
    DiscoveryRequest request{theirs->url, theirs->token, TokenEncoding::Base64, true, correlationId, partnerId,
                             caller.label()};
    const Credentials offered = *theirs;
    const QString oldToken = caller.token;
    discoverPartner(m_client, request, [this, partnerId, offered, oldToken, done](Result<Discovery> found) {
        m_inProgress.remove(partnerId);
        if (!found) {
            // CRED-18: nothing changes; the partner keeps its current token.
            recordFailure(partnerId, QStringLiteral("credentials update failed: ") + found.error().message, true);
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
            partner->stateReason.clear();
            if (Status s = m_partners.store().update(*partner); !s)
                return s;
            auto issued = m_partners.issueLiveToken(partnerId);
            if (!issued)
                return issued.error();
            tokenC = *issued;
            // The old token dies with the commit that creates the new one (CRED-18).
            return m_partners.revokeToken(oldToken);
        });
        if (!stored) {
            done(stored.error());
            return;
        }
        qCInfo(lcPartners).noquote() << "partner" << partnerId << "updated its credentials; issued token"
                                     << secrets::mask(tokenC);
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
