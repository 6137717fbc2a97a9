#pragma once

#include "core/clock.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace ocpi::test {

// A scripted OCPI platform for the partner side of a handshake: it serves versions, version
// details and credentials the way a test asks (other versions, no credentials endpoint, raw tokens
// only, trailing slashes), so the node's error paths can be driven.
class FakePeer
{
public:
    struct Script
    {
        QStringList versions{QStringLiteral("2.2.1")};
        bool credentialsEndpoint = true;
        bool rawTokensOnly = false;         // refuses "Token <base64>"
        QString endpointSuffix;             // "/" to announce URLs with a trailing slash
        QString tokenA = QStringLiteral("fake-token-A-0123456789");
        QString tokenC = QStringLiteral("fake-token-C-0123456789");
        QString countryCode = QStringLiteral("FR");
        QString partyId = QStringLiteral("FAK");
        QString role = QStringLiteral("CPO");
        bool holdVersions = false;          // GET versions waits for release() (to interleave handshakes)
        bool answersCredentialsGet = false; // GET credentials with token A tells its roles (else 404)
    };

    explicit FakePeer(Script script);
    ~FakePeer();

    QString versionsUrl() const;
    QString base() const;

    int credentialsPosts() const;
    // GET versions requests waiting (holdVersions), and answering them.
    int heldRequests() const;
    void release();
    // The party its credentials announce from now on (a partner changing its roles in an update).
    void announceParty(const QString &countryCode, const QString &partyId);
    QJsonObject lastPostedCredentials() const;
    // DELETE credentials requests received, and the Authorization header of each.
    QStringList credentialsDeletes() const;
    QStringList authorizationsSeen() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ocpi::test
