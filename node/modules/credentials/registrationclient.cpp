#include "registrationclient.h"

#include "client/ocpiclient.h"
#include "core/logging.h"
#include "core/secrets.h"
#include "credentialsjson.h"
#include "partnerdiscovery.h"
#include "partners/partnerregistry.h"

#include <QJsonDocument>
#include <QUuid>

namespace ocpi {

namespace {

Error refused(const OcpiReply &reply, const QString &what)
{
    const ErrorKind kind = reply.httpStatus == 0 ? ErrorKind::PartnerUnreachable : ErrorKind::PartnerRejected;
    return {kind, QStringLiteral("%1: %2").arg(what, reply.describe())};
}

QString credentialsUrl(const QList<PartnerEndpoint> &endpoints)
{
    for (const PartnerEndpoint &endpoint : endpoints) {
        if (endpoint.identifier == QLatin1String("credentials"))
            return endpoint.url;
    }
    return QString();
}

OutgoingRequest credentialsCall(const Partner &partner, const QByteArray &method, const QString &url,
                                const QString &token, const QByteArray &body)
{
    OutgoingRequest request;
    request.method = method;
    request.url = url;
    request.token = token;
    request.encoding = partner.outgoingEncoding();
    request.retryOtherEncoding = partner.encodingSetting == EncodingSetting::Auto;
    request.body = body;
    request.partnerId = partner.id;
    request.partner = partner.label();
    return request;
}

QByteArray bodyOf(const Credentials &credentials)
{
    return QJsonDocument(credentialsjson::write(credentials)).toJson(QJsonDocument::Compact);
}

} // namespace

RegistrationClient::RegistrationClient(PartnerRegistry &partners, OcpiClient &client, OurIdentity identity,
                                       QObject *parent)
    : QObject(parent), m_partners(partners), m_client(client), m_identity(std::move(identity))
{
}

void RegistrationClient::fail(qint64 partnerId, const Error &error, Done done)
{
    qCWarning(lcPartners).noquote() << "registration with partner" << partnerId << "failed:" << error.message;
    (void)m_partners.inTransaction([&]() -> Status {
        auto partner = m_partners.get(partnerId);
        if (!partner)
            return partner.error();
        partner->state = PartnerState::Failed;
        partner->stateReason = error.message;
        partner->outgoingToken.clear();
        if (Status s = m_partners.store().update(*partner); !s)
            return s;
        return m_partners.revokeLiveTokens(partnerId);
    });
    done(error);
}

Result<qint64> RegistrationClient::prepareRow(const Registration &registration)
{
    // Retrying after a failure (or after unregistering) reuses the partner's row.
    auto partners = m_partners.list();
    if (!partners)
        return partners.error();
    for (const Partner &partner : *partners) {
        if (partner.versionsUrl != registration.versionsUrl)
            continue;
        if (partner.state == PartnerState::Registered || partner.state == PartnerState::Registering) {
            return Error{ErrorKind::WrongRegistrationState,
                         QStringLiteral("already %1 with %2: update or unregister it instead")
                             .arg(partnerStateName(partner.state), partner.label())};
        }
        Partner reused = partner;
        if (!registration.name.isEmpty())
            reused.name = registration.name;
        reused.encodingSetting = registration.encoding;
        if (registration.initialSync)
            reused.initialSync = *registration.initialSync;
        if (Status s = m_partners.save(reused); !s)
            return s.error();
        return partner.id;
    }
    Partner fresh;
    fresh.name = registration.name;
    fresh.state = PartnerState::Registering;
    fresh.versionsUrl = registration.versionsUrl;
    fresh.encodingSetting = registration.encoding;
    fresh.initialSync = registration.initialSync.value_or(false);
    fresh.createdAt = m_partners.clock().now();
    return m_partners.create(fresh);
}

void RegistrationClient::registerWith(const Registration &registration, Done done)
{
    auto row = prepareRow(registration);
    if (!row) {
        done(row.error());
        return;
    }
    const qint64 partnerId = *row;
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    DiscoveryRequest request{registration.versionsUrl,
                             registration.tokenA,
                             registration.encoding == EncodingSetting::Raw ? TokenEncoding::Raw : TokenEncoding::Base64,
                             registration.encoding == EncodingSetting::Auto,
                             correlationId,
                             partnerId,
                             registration.name.isEmpty() ? registration.versionsUrl : registration.name};
    discoverPartner(m_client, request, [this, partnerId, registration, correlationId, done](Result<Discovery> found) {
        if (!found) {
            fail(partnerId, found.error(), done);
            return;
        }
        const Discovery discovery = *found;
        checkTheirParties(partnerId, discovery, registration.tokenA, correlationId,
                          [this, partnerId, discovery, registration, correlationId, done](const Status &available) {
            if (!available) {
                fail(partnerId, {available.error().kind, available.error().message
                                     + QStringLiteral("; nothing was sent to the partner, and its token A is unspent")},
                     done);
                return;
            }
            post(partnerId, discovery, registration, correlationId, done);
        });
    });
}

void RegistrationClient::checkTheirParties(qint64 partnerId, const Discovery &discovery, const QString &tokenA,
                                           const QString &correlationId, std::function<void(Status)> next)
{
    // Their parties are known for sure only from the answer to our POST, and refusing them then
    // means undoing a registration (withdraw). Many platforms answer GET credentials with token A
    // already (TF-05 allows it): a party conflict found that way costs the partner nothing. Any
    // other answer tells nothing, and the POST goes ahead.
    auto partner = m_partners.get(partnerId);
    if (!partner) {
        next(partner.error());
        return;
    }
    OutgoingRequest get = credentialsCall(*partner, "GET", credentialsUrl(discovery.endpoints), tokenA, QByteArray());
    get.encoding = discovery.encoding;
    get.correlationId = correlationId;
    m_client.send(get, [this, partnerId, next](const OcpiReply &reply) {
        const auto theirs = reply.ok() ? credentialsjson::read(reply.dataAsObject()) : Result<Credentials>(Error::invalid({}));
        if (!theirs) {
            next(Status::success());
            return;
        }
        next(m_partners.checkPartiesAvailable(theirs->roles, partnerId, m_identity.parties));
    });
}

void RegistrationClient::post(qint64 partnerId, const Discovery &discovery, const Registration &registration,
                              const QString &correlationId, Done done)
{
    // Token B must be known before the POST: the partner calls our versions with it (CRED-09).
    QString tokenB;
    const Status prepared = m_partners.inTransaction([&]() -> Status {
        auto partner = m_partners.get(partnerId);
        if (!partner)
            return partner.error();
        partner->state = PartnerState::Registering;
        partner->stateReason.clear();
        partner->detectedEncoding = discovery.encoding;
        if (Status s = m_partners.store().update(*partner); !s)
            return s;
        if (Status s = m_partners.revokeLiveTokens(partnerId); !s)
            return s;
        auto issued = m_partners.issueLiveToken(partnerId);
        if (!issued)
            return issued.error();
        tokenB = *issued;
        return Status::success();
    });
    if (!prepared) {
        fail(partnerId, prepared.error(), done);
        return;
    }
    auto partner = m_partners.get(partnerId);
    if (!partner) {
        fail(partnerId, partner.error(), done);
        return;
    }
    OutgoingRequest request = credentialsCall(*partner, "POST", credentialsUrl(discovery.endpoints), registration.tokenA,
                                              bodyOf({tokenB, m_identity.versionsUrl, credentialsjson::rolesFor(m_identity.parties)}));
    request.correlationId = correlationId;
    m_client.send(request, [this, partnerId, discovery, registration, correlationId, done](const OcpiReply &reply) {
        if (!reply.ok()) {
            fail(partnerId, refused(reply, QStringLiteral("the partner refused our credentials")), done);
            return;
        }
        // From here on the partner holds our registration: any failure withdraws it.
        const Withdrawal undo{partnerId, credentialsUrl(discovery.endpoints), correlationId, done};
        auto theirs = credentialsjson::read(reply.dataAsObject());
        if (!theirs) {
            withdraw(undo, reply.dataAsObject().value(QLatin1String("token")).toString(),
                     {ErrorKind::PartnerRejected,
                      QStringLiteral("the partner answered with invalid credentials: ") + theirs.error().message});
            return;
        }
        if (Status s = m_partners.checkPartiesAvailable(theirs->roles, partnerId, m_identity.parties); !s) {
            withdraw(undo, theirs->token, s.error());
            return;
        }
        const Status stored = m_partners.inTransaction([&]() -> Status {
            // Again under the write lock: a partner registering with us meanwhile may have
            // claimed the same party.
            if (Status s = m_partners.checkPartiesAvailable(theirs->roles, partnerId, m_identity.parties); !s)
                return s;
            auto partner = m_partners.get(partnerId);
            if (!partner)
                return partner.error();
            partner->roles = theirs->roles;
            partner->endpoints = discovery.endpoints;
            partner->version = discovery.version;
            partner->versionsUrl = theirs->url;
            partner->outgoingToken = theirs->token; // token C: from now on we present it (PIT-02)
            partner->detectedEncoding = reply.encodingUsed;
            partner->state = PartnerState::Registered;
            partner->stateReason.clear();
            partner->lastContact = m_partners.clock().now();
            if (partner->name.isEmpty() && !theirs->roles.isEmpty())
                partner->name = theirs->roles.first().business.name;
            return m_partners.completeRegistration(*partner);
        });
        if (!stored) {
            withdraw(undo, theirs->token, stored.error());
            return;
        }
        qCInfo(lcPartners).noquote() << "registered with" << registration.versionsUrl;
        done(m_partners.get(partnerId));
    });
}

void RegistrationClient::withdraw(const Withdrawal &undo, const QString &tokenC, const Error &error)
{
    // The partner answered our POST, so it believes we are registered; we are not. Unregister
    // there (CRED-16) with the token it just gave us, then record why, and what came of the undo.
    auto partner = m_partners.get(undo.partnerId);
    if (!partner || tokenC.isEmpty() || undo.credentialsUrl.isEmpty()) {
        fail(undo.partnerId,
             {error.kind, error.message + QStringLiteral("; the partner may still count us as registered: it gave "
                                                         "no token to unregister with, ask its operator to remove us")},
             undo.done);
        return;
    }
    OutgoingRequest remove = credentialsCall(*partner, "DELETE", undo.credentialsUrl, tokenC, QByteArray());
    remove.correlationId = undo.correlationId;
    m_client.send(remove, [this, undo, error](const OcpiReply &reply) {
        const QString outcome = reply.ok()
                                    ? QStringLiteral("our registration at the partner was withdrawn (DELETE credentials)")
                                    : QStringLiteral("withdrawing our registration at the partner failed (%1): ask its "
                                                     "operator to remove it")
                                          .arg(reply.describe());
        fail(undo.partnerId, {error.kind, error.message + QStringLiteral("; ") + outcome}, undo.done);
    });
}

void RegistrationClient::updateWith(qint64 partnerId, Done done)
{
    auto partner = m_partners.get(partnerId);
    if (!partner) {
        done(partner.error());
        return;
    }
    const QString url = credentialsUrl(partner->endpoints);
    if (partner->state != PartnerState::Registered || url.isEmpty() || partner->outgoingToken.isEmpty()) {
        done(Error{ErrorKind::WrongRegistrationState,
                   QStringLiteral("%1 is not registered (%2)").arg(partner->label(), partnerStateName(partner->state))});
        return;
    }
    QString newB;
    const Status issued = m_partners.inTransaction([&]() -> Status {
        auto token = m_partners.issueLiveToken(partnerId);
        if (!token)
            return token.error();
        newB = *token;
        return Status::success();
    });
    if (!issued) {
        done(issued.error());
        return;
    }
    const OutgoingRequest put = credentialsCall(*partner, "PUT", url, partner->outgoingToken,
                                                bodyOf({newB, m_identity.versionsUrl, credentialsjson::rolesFor(m_identity.parties)}));
    m_client.send(put, [this, partnerId, newB, done](const OcpiReply &reply) {
        auto theirs = reply.ok() ? credentialsjson::read(reply.dataAsObject())
                                 : Result<Credentials>(refused(reply, QStringLiteral("the partner refused the update")));
        if (!theirs) {
            // CRED-18: keep using the old tokens; the new token B never became valid for anyone.
            (void)m_partners.inTransaction([&]() -> Status {
                auto current = m_partners.get(partnerId);
                if (current) {
                    current->stateReason = QStringLiteral("credentials update failed: ") + theirs.error().message;
                    (void)m_partners.store().update(*current);
                }
                return m_partners.revokeToken(newB);
            });
            done(theirs.error());
            return;
        }
        const Status stored = m_partners.inTransaction([&]() -> Status {
            auto current = m_partners.get(partnerId);
            if (!current)
                return current.error();
            current->outgoingToken = theirs->token;
            current->versionsUrl = theirs->url;
            current->stateReason.clear();
            // The new tokens are in use on both sides now, so the update stands; a party another
            // partner holds is not taken over, and the operator is told.
            if (Status s = m_partners.checkPartiesAvailable(theirs->roles, partnerId, m_identity.parties); s)
                current->roles = theirs->roles;
            else
                current->stateReason = QStringLiteral("credentials updated, roles kept: ") + s.error().message;
            current->detectedEncoding = reply.encodingUsed;
            if (Status s = m_partners.store().update(*current); !s)
                return s;
            return m_partners.revokeLiveTokensExcept(partnerId, newB);
        });
        if (!stored) {
            done(stored.error());
            return;
        }
        // Refresh the endpoints with the new token; the update itself already succeeded.
        auto current = m_partners.get(partnerId);
        DiscoveryRequest request{current->versionsUrl, current->outgoingToken, current->outgoingEncoding(),
                                 current->encodingSetting == EncodingSetting::Auto, QString(), partnerId, current->label()};
        discoverPartner(m_client, request, [this, partnerId, done](Result<Discovery> found) {
            if (found) {
                (void)m_partners.inTransaction([&]() -> Status {
                    auto refreshed = m_partners.get(partnerId);
                    if (!refreshed)
                        return refreshed.error();
                    refreshed->endpoints = found->endpoints;
                    refreshed->version = found->version;
                    return m_partners.store().update(*refreshed);
                });
            } else {
                qCWarning(lcPartners).noquote() << "credentials updated, but re-reading the endpoints failed:"
                                                << found.error().message;
            }
            done(m_partners.get(partnerId));
        });
    });
}

void RegistrationClient::unregisterFrom(qint64 partnerId, Done done)
{
    auto partner = m_partners.get(partnerId);
    if (!partner) {
        done(partner.error());
        return;
    }
    auto forget = [this, partnerId, done](const QString &reason) {
        const Status status = m_partners.inTransaction([&]() -> Status {
            auto current = m_partners.get(partnerId);
            if (!current)
                return current.error();
            current->state = PartnerState::Unregistered;
            current->stateReason = reason;
            current->outgoingToken.clear();
            if (Status s = m_partners.store().update(*current); !s)
                return s;
            if (Status s = m_partners.revokeInvitation(partnerId); !s)
                return s;
            return m_partners.revokeLiveTokens(partnerId);
        });
        if (!status) {
            done(status.error());
            return;
        }
        done(m_partners.get(partnerId));
    };
    const QString url = credentialsUrl(partner->endpoints);
    if (partner->state != PartnerState::Registered || url.isEmpty() || partner->outgoingToken.isEmpty()) {
        forget(QStringLiteral("unregistered locally"));
        return;
    }
    m_client.send(credentialsCall(*partner, "DELETE", url, partner->outgoingToken, QByteArray()),
                  [forget](const OcpiReply &reply) {
        forget(reply.ok() ? QStringLiteral("unregistered by this node")
                          : QStringLiteral("unregistered locally; the partner answered %1").arg(reply.describe()));
    });
}

} // namespace ocpi
