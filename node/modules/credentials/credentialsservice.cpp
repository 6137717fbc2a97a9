#include "credentialsservice.h"

#include "client/ocpiclient.h"
#include "core/logging.h"
#include "core/secrets.h"
#include "ocpi/versionnumber.h"
#include "partnerdiscovery.h"
#include "partners/partnerregistry.h"

namespace ocpi {

namespace {

Error wrongState(const QString &message)
{
    return {ErrorKind::WrongRegistrationState, message};
}

// What the partner is told when we could not use what its URL led to: the status code of what
// went wrong (CRED-12) and nothing of what we found there, no "Connection refused", HTTP status or
// body. Otherwise a token A holder could map the operator's network through us (hardening issue
// item 5). The detail goes to our log and to the partner's state reason. `attemptsLeft` < 0: an
// update, which no token A pays for.
Error forPartner(const Error &detail, int attemptsLeft)
{
    QString message;
    switch (detail.kind) {
    case ErrorKind::UnsupportedVersion:
        message = QStringLiteral("could not complete the handshake: no mutual OCPI version (this node speaks %1)")
                      .arg(kOcpiVersion);
        break;
    case ErrorKind::MissingEndpoints:
        message = QStringLiteral("could not complete the handshake: your version details list no credentials endpoint");
        break;
    default:
        message = QStringLiteral("could not complete the handshake with the versions URL you gave");
        break;
    }
    if (attemptsLeft == 0)
        message += QStringLiteral("; this registration token is no longer valid, ask for a new one");
    else if (attemptsLeft == 1)
        message += QStringLiteral("; 1 attempt left");
    else if (attemptsLeft > 1)
        message += QStringLiteral("; %1 attempts left").arg(attemptsLeft);
    return {detail.kind, message};
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

int CredentialsService::recordFailure(qint64 partnerId, const QString &reason, bool update, const QString &tokenA)
{
    int left = -1;
    const Status recorded = m_partners.inTransaction([&]() -> Status {
        auto partner = m_partners.get(partnerId);
        if (!partner)
            return partner.error();
        if (update) {
            // A failed update changes nothing: the partner keeps its current token (CRED-18).
            partner->stateReason = QStringLiteral("credentials update failed: ") + reason;
        } else {
            auto counted = m_partners.countFailedHandshake(tokenA);
            if (!counted)
                return counted.error();
            left = *counted;
            partner->state = PartnerState::Failed;
            partner->stateReason = left > 0 ? reason
                                            : QStringLiteral("registration token revoked after %1 failed handshakes; "
                                                             "the last: %2")
                                                  .arg(PartnerRegistry::kMaxFailedHandshakes)
                                                  .arg(reason);
        }
        return m_partners.store().update(*partner);
    });
    if (!recorded) {
        qCWarning(lcPartners).noquote() << "cannot record the failed handshake of partner" << partnerId << ":"
                                        << recorded.error().message;
        return -1; // rolled back: nothing was counted
    }
    if (left == 0)
        qCWarning(lcPartners).noquote() << "revoked registration token" << secrets::mask(tokenA) << "of partner"
                                        << partnerId << "after" << PartnerRegistry::kMaxFailedHandshakes
                                        << "failed handshakes";
    return left;
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
            qCWarning(lcPartners).noquote() << "credentials" << (update ? "update" : "registration") << "of partner"
                                            << partnerId << "with token" << secrets::mask(presented)
                                            << "failed:" << found.error().message;
            const int left = recordFailure(partnerId, found.error().message, update, presented);
            done(forPartner(found.error(), left));
            return;
        }
        QString tokenC;
        const Status stored = m_partners.inTransaction([&]() -> Status {
            // Checked again where it counts: another partner may have claimed the party while this
            // one was being called back. The transaction holds the write lock, so nobody can claim
            // it between this read and the write below (the unique index backs it anyway).
            if (Status s = m_partners.checkPartiesAvailable(offered.roles, partnerId, m_identity.parties); !s)
                return s;
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
            if (Status s = update ? m_partners.store().update(*partner) : m_partners.completeRegistration(*partner); !s)
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
            // Nothing changed (a registering partner keeps its token A, an updating one its token);
            // the operator sees why on the partner.
            if (stored.error().kind == ErrorKind::InvalidData) {
                (void)m_partners.inTransaction([&]() -> Status {
                    auto partner = m_partners.get(partnerId);
                    if (!partner)
                        return partner.error();
                    partner->stateReason = (update ? QStringLiteral("credentials update refused: ")
                                                   : QStringLiteral("registration refused: "))
                                           + stored.error().message;
                    return m_partners.store().update(*partner);
                });
            }
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
