#include "support/fakepeer.h"
#include "support/twonodes.h"

#include "modules/credentials/registrationclient.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

Q_DECLARE_METATYPE(ocpi::ErrorKind)

// The credentials handshake in both directions between two nodes in one process, and against a
// scripted peer for the error paths (CRED-05..18, PIT-01, PIT-02, TF-27).
class TestCredentials : public QObject
{
    Q_OBJECT

private:
    TwoNodes m_nodes; // not registered: the tests run the handshake themselves

    QString invite(NodeRuntime &node, const QString &name = QStringLiteral("partner"))
    {
        auto invitation = node.partners().invite(name);
        return invitation ? invitation->token : QString();
    }

    Result<Partner> registerWith(NodeRuntime &node, const QString &versionsUrl, const QString &tokenA,
                                 EncodingSetting encoding = EncodingSetting::Auto)
    {
        std::optional<Result<Partner>> outcome;
        node.registration().registerWith({versionsUrl, tokenA, QString(), encoding},
                                         [&](Result<Partner> result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
            return Error::internal(QStringLiteral("registration did not finish"));
        return *outcome;
    }

    Result<Partner> waitFor(const std::function<void(RegistrationClient::Done)> &action)
    {
        std::optional<Result<Partner>> outcome;
        action([&](Result<Partner> result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
            return Error::internal(QStringLiteral("did not finish"));
        return *outcome;
    }

    int statusWith(const QString &url, const QString &token)
    {
        return request("GET", QUrl(url), {}, {{"Authorization", tokenHeader(token)}}).status;
    }

    QByteArray credentialsBody(const QString &token, const QString &url, const QString &cc, const QString &pid,
                               const QString &role)
    {
        const QJsonObject body{{QStringLiteral("token"), token},
                               {QStringLiteral("url"), url},
                               {QStringLiteral("roles"),
                                QJsonArray{QJsonObject{{QStringLiteral("role"), role},
                                                       {QStringLiteral("business_details"),
                                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Peer")}}},
                                                       {QStringLiteral("party_id"), pid},
                                                       {QStringLiteral("country_code"), cc}}}}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    QString credentialsUrl(NodeRuntime &node) { return node.publicBase() + QStringLiteral("/ocpi/2.2.1/credentials"); }

private slots:
    void init()
    {
        TwoNodes::Options options;
        options.registered = false;
        options.cpoTime = options.emspTime = TwoNodes::Time::Real;
        QVERIFY_STATUS(m_nodes.start(options));
    }

    void cleanup() { m_nodes.stop(); }

    void registrationLeavesBothSidesRegistered()
    {
        const QString tokenA = invite(m_nodes.cpo(), QStringLiteral("emsp"));
        QCOMPARE(tokenA.size(), 48);
        auto registered = registerWith(m_nodes.emsp(), m_nodes.cpo().versionsUrl(), tokenA);
        QVERIFY2(registered.ok(), qPrintable(registered.error().message));

        const Partner cpoSeenByEmsp = onlyPartner(m_nodes.emsp());
        QCOMPARE(cpoSeenByEmsp.state, PartnerState::Registered);
        QCOMPARE(cpoSeenByEmsp.version, QStringLiteral("2.2.1"));
        QCOMPARE(cpoSeenByEmsp.partyRoles(), (QList<PartyRole>{*PartyRole::parse(u"NL-CPO:CPO")}));
        QVERIFY(cpoSeenByEmsp.endpoint(QStringLiteral("credentials"), QString()).has_value());
        QVERIFY(cpoSeenByEmsp.hasIncomingToken);

        const Partner emspSeenByCpo = onlyPartner(m_nodes.cpo());
        QCOMPARE(emspSeenByCpo.state, PartnerState::Registered);
        QCOMPARE(emspSeenByCpo.name, QStringLiteral("emsp"));
        QCOMPARE(emspSeenByCpo.partyRoles(), (QList<PartyRole>{*PartyRole::parse(u"DE-EMS:EMSP")}));
        QCOMPARE(emspSeenByCpo.versionsUrl, m_nodes.emsp().versionsUrl());
        QVERIFY(emspSeenByCpo.endpoint(QStringLiteral("credentials"), QString()).has_value());
        QVERIFY(emspSeenByCpo.hasIncomingToken);
        QVERIFY(!emspSeenByCpo.outgoingToken.isEmpty());

        // PIT-02: token A is dead, token C works, token B works the other way.
        QCOMPARE(statusWith(m_nodes.cpo().versionsUrl(), tokenA), 401);
        QCOMPARE(statusWith(m_nodes.cpo().versionsUrl(), cpoSeenByEmsp.outgoingToken), 200);
        QCOMPARE(statusWith(m_nodes.emsp().versionsUrl(), emspSeenByCpo.outgoingToken), 200);
    }

    void getCredentialsAnswersWithTheCallersToken()
    {
        QVERIFY(registerWith(m_nodes.emsp(), m_nodes.cpo().versionsUrl(), invite(m_nodes.cpo())).ok());
        const QString tokenC = onlyPartner(m_nodes.emsp()).outgoingToken;
        const HttpResult got = request("GET", QUrl(credentialsUrl(m_nodes.cpo())), {}, {{"Authorization", tokenHeader(tokenC)}});
        QCOMPARE(got.status, 200);
        const QJsonObject data = got.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("token")).toString(), tokenC);
        QCOMPARE(data.value(QStringLiteral("url")).toString(), m_nodes.cpo().versionsUrl());
        const QJsonObject role = data.value(QStringLiteral("roles")).toArray().first().toObject();
        QCOMPARE(role.value(QStringLiteral("country_code")).toString(), QStringLiteral("NL"));
        QCOMPARE(role.value(QStringLiteral("party_id")).toString(), QStringLiteral("CPO"));
        QCOMPARE(role.value(QStringLiteral("role")).toString(), QStringLiteral("CPO"));
    }

    void secondPostIs405()
    {
        QVERIFY(registerWith(m_nodes.emsp(), m_nodes.cpo().versionsUrl(), invite(m_nodes.cpo())).ok());
        const QString tokenC = onlyPartner(m_nodes.emsp()).outgoingToken;
        const HttpResult again = request("POST", QUrl(credentialsUrl(m_nodes.cpo())),
                                         credentialsBody(QStringLiteral("another-token-0123"), m_nodes.emsp().versionsUrl(),
                                                         QStringLiteral("DE"), QStringLiteral("EMS"), QStringLiteral("EMSP")),
                                         {{"Authorization", tokenHeader(tokenC)}});
        QCOMPARE(again.status, 405); // CRED-13
        QCOMPARE(again.ocpiStatus(), 2000);
        QCOMPARE(onlyPartner(m_nodes.cpo()).state, PartnerState::Registered);
    }

    void putRotatesTokensBothWays()
    {
        QVERIFY(registerWith(m_nodes.emsp(), m_nodes.cpo().versionsUrl(), invite(m_nodes.cpo())).ok());
        const QString oldC = onlyPartner(m_nodes.emsp()).outgoingToken;
        const QString oldB = onlyPartner(m_nodes.cpo()).outgoingToken;
        auto updated = waitFor([&](RegistrationClient::Done done) {
            m_nodes.emsp().registration().updateWith(onlyPartner(m_nodes.emsp()).id, std::move(done));
        });
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        const QString newC = onlyPartner(m_nodes.emsp()).outgoingToken;
        const QString newB = onlyPartner(m_nodes.cpo()).outgoingToken;
        QVERIFY(newC != oldC);
        QVERIFY(newB != oldB);
        QCOMPARE(onlyPartner(m_nodes.emsp()).state, PartnerState::Registered);
        QCOMPARE(statusWith(m_nodes.cpo().versionsUrl(), oldC), 401);
        QCOMPARE(statusWith(m_nodes.cpo().versionsUrl(), newC), 200);
        QCOMPARE(statusWith(m_nodes.emsp().versionsUrl(), oldB), 401);
        QCOMPARE(statusWith(m_nodes.emsp().versionsUrl(), newB), 200);
    }

    void deleteFromTheRegisteringSide()
    {
        QVERIFY(registerWith(m_nodes.emsp(), m_nodes.cpo().versionsUrl(), invite(m_nodes.cpo())).ok());
        const QString tokenC = onlyPartner(m_nodes.emsp()).outgoingToken;
        auto gone = waitFor([&](RegistrationClient::Done done) {
            m_nodes.emsp().registration().unregisterFrom(onlyPartner(m_nodes.emsp()).id, std::move(done));
        });
        QVERIFY(gone.ok());
        QCOMPARE(gone->state, PartnerState::Unregistered);
        QCOMPARE(gone->stateReason, QStringLiteral("unregistered by this node"));
        QCOMPARE(onlyPartner(m_nodes.cpo()).state, PartnerState::Unregistered);
        QCOMPARE(onlyPartner(m_nodes.cpo()).stateReason, QStringLiteral("unregistered by the partner"));
        QCOMPARE(statusWith(m_nodes.cpo().versionsUrl(), tokenC), 401);
        QVERIFY(!onlyPartner(m_nodes.emsp()).hasIncomingToken);
    }

    void deleteFromTheInvitingSide()
    {
        QVERIFY(registerWith(m_nodes.emsp(), m_nodes.cpo().versionsUrl(), invite(m_nodes.cpo())).ok());
        const QString tokenB = onlyPartner(m_nodes.cpo()).outgoingToken;
        const QString tokenC = onlyPartner(m_nodes.emsp()).outgoingToken;
        auto gone = waitFor([&](RegistrationClient::Done done) {
            m_nodes.cpo().registration().unregisterFrom(onlyPartner(m_nodes.cpo()).id, std::move(done));
        });
        QVERIFY(gone.ok());
        QCOMPARE(onlyPartner(m_nodes.cpo()).state, PartnerState::Unregistered);
        QCOMPARE(onlyPartner(m_nodes.emsp()).state, PartnerState::Unregistered);
        QCOMPARE(statusWith(m_nodes.emsp().versionsUrl(), tokenB), 401);
        QCOMPARE(statusWith(m_nodes.cpo().versionsUrl(), tokenC), 401);
    }

    void unreachablePartnerIs3001AndLeavesNothingHalfRegistered()
    {
        // The eMSP announces a versions URL nobody answers at, so the CPO cannot call back.
        m_nodes.options().emspConfig = [](NodeConfig &config) { config.publicUrl = QStringLiteral("http://127.0.0.1:1"); };
        QVERIFY_STATUS(m_nodes.restartNode(TwoNodes::Emsp));
        const QString tokenA = invite(m_nodes.cpo());
        auto registered = registerWith(m_nodes.emsp(), m_nodes.cpo().versionsUrl(), tokenA);
        QVERIFY(!registered.ok());
        QVERIFY2(registered.error().message.contains(QStringLiteral("OCPI 3001")), qPrintable(registered.error().message));

        const Partner failedAtEmsp = onlyPartner(m_nodes.emsp());
        QCOMPARE(failedAtEmsp.state, PartnerState::Failed);
        QVERIFY(failedAtEmsp.stateReason.contains(QStringLiteral("3001")));
        QVERIFY(!failedAtEmsp.hasIncomingToken);
        QVERIFY(failedAtEmsp.outgoingToken.isEmpty());

        const Partner failedAtCpo = onlyPartner(m_nodes.cpo());
        QCOMPARE(failedAtCpo.state, PartnerState::Failed);
        QVERIFY(failedAtCpo.stateReason.contains(QStringLiteral("cannot read versions")));
        QVERIFY(!failedAtCpo.hasIncomingToken);
        // The invitation survives a failed attempt, so the partner can retry.
        QCOMPARE(statusWith(m_nodes.cpo().versionsUrl(), tokenA), 200);
    }

    void serverSideErrors_data()
    {
        QTest::addColumn<QStringList>("versions");
        QTest::addColumn<bool>("credentialsEndpoint");
        QTest::addColumn<int>("expectedStatus");
        QTest::newRow("no mutual version -> 3002") << QStringList{QStringLiteral("2.1.1"), QStringLiteral("2.2")} << true << 3002;
        QTest::newRow("no credentials endpoint -> 3003") << QStringList{QStringLiteral("2.2.1")} << false << 3003;
    }

    void serverSideErrors()
    {
        QFETCH(QStringList, versions);
        QFETCH(bool, credentialsEndpoint);
        QFETCH(int, expectedStatus);
        FakePeer::Script script;
        script.versions = versions;
        script.credentialsEndpoint = credentialsEndpoint;
        FakePeer peer(script);
        const QString tokenA = invite(m_nodes.cpo());
        const HttpResult posted = request("POST", QUrl(credentialsUrl(m_nodes.cpo())),
                                          credentialsBody(script.tokenA, peer.versionsUrl(), QStringLiteral("FR"),
                                                          QStringLiteral("FAK"), QStringLiteral("EMSP")),
                                          {{"Authorization", tokenHeader(tokenA)}});
        QCOMPARE(posted.status, 200);
        QCOMPARE(posted.ocpiStatus(), expectedStatus);
        QVERIFY(!posted.json().contains(QStringLiteral("data")));
        QCOMPARE(onlyPartner(m_nodes.cpo()).state, PartnerState::Failed);
        QVERIFY(!onlyPartner(m_nodes.cpo()).hasIncomingToken);
    }

    void clientSideErrors_data()
    {
        QTest::addColumn<QStringList>("versions");
        QTest::addColumn<bool>("credentialsEndpoint");
        QTest::addColumn<ErrorKind>("expected");
        QTest::newRow("no mutual version") << QStringList{QStringLiteral("2.1.1")} << true << ErrorKind::UnsupportedVersion;
        QTest::newRow("no credentials endpoint") << QStringList{QStringLiteral("2.2.1")} << false << ErrorKind::MissingEndpoints;
    }

    void clientSideErrors()
    {
        QFETCH(QStringList, versions);
        QFETCH(bool, credentialsEndpoint);
        QFETCH(ErrorKind, expected);
        FakePeer::Script script;
        script.versions = versions;
        script.credentialsEndpoint = credentialsEndpoint;
        FakePeer peer(script);
        auto registered = registerWith(m_nodes.emsp(), peer.versionsUrl(), script.tokenA);
        QVERIFY(!registered.ok());
        QCOMPARE(registered.error().kind, expected);
        QCOMPARE(peer.credentialsPosts(), 0); // CRED-12: no POST when expectations are not met
        QCOMPARE(onlyPartner(m_nodes.emsp()).state, PartnerState::Failed);
        QVERIFY(!onlyPartner(m_nodes.emsp()).hasIncomingToken);
    }

    void rawTokenPeerWorks()
    {
        FakePeer::Script script;
        script.rawTokensOnly = true;
        FakePeer peer(script);
        auto registered = registerWith(m_nodes.emsp(), peer.versionsUrl(), script.tokenA);
        QVERIFY2(registered.ok(), qPrintable(registered.error().message));
        QCOMPARE(registered->detectedEncoding, std::optional<TokenEncoding>(TokenEncoding::Raw));
        QCOMPARE(registered->outgoingToken, script.tokenC);
        // First the base64 form was refused, then the raw form accepted (TF-07).
        QCOMPARE(peer.authorizationsSeen().first(), QString::fromLatin1(tokenHeader(script.tokenA)));
        QVERIFY(peer.authorizationsSeen().contains(QStringLiteral("Token ") + script.tokenA));
        // Our server accepts a raw token as well.
        const QString tokenB = peer.lastPostedCredentials().value(QStringLiteral("token")).toString();
        QCOMPARE(request("GET", QUrl(m_nodes.emsp().versionsUrl()), {}, {{"Authorization", "Token " + tokenB.toUtf8()}}).status, 200);
    }

    void trailingSlashEndpointsWork_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("no trailing slash") << QString();
        QTest::newRow("trailing slash") << QStringLiteral("/");
    }

    void trailingSlashEndpointsWork()
    {
        QFETCH(QString, suffix);
        FakePeer::Script script;
        script.endpointSuffix = suffix;
        FakePeer peer(script);
        auto registered = registerWith(m_nodes.emsp(), peer.versionsUrl(), script.tokenA);
        QVERIFY2(registered.ok(), qPrintable(registered.error().message));
        QCOMPARE(peer.credentialsPosts(), 1);
        // And our own endpoints answer with or without the slash (TF-27).
        const QString tokenB = peer.lastPostedCredentials().value(QStringLiteral("token")).toString();
        QCOMPARE(statusWith(m_nodes.emsp().versionsUrl() + suffix, tokenB), 200);
        QCOMPARE(statusWith(credentialsUrl(m_nodes.emsp()) + suffix, tokenB), 200);
    }

    void invalidBodyIs2001AndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("roles missing") << QByteArray("{\"token\":\"abc-token-123456\",\"url\":\"http://127.0.0.1:1/v\"}") << 200
                                       << QStringLiteral("roles");
        QTest::newRow("token with a space") << QByteArray("{\"token\":\"abc def\",\"url\":\"http://127.0.0.1:1/v\",\"roles\":[{\"role\":\"EMSP\",\"business_details\":{\"name\":\"X\"},\"party_id\":\"ABC\",\"country_code\":\"DE\"}]}")
                                            << 200 << QStringLiteral("token");
        QTest::newRow("not JSON") << QByteArray("{\"token\": ") << 400 << QStringLiteral("not valid JSON");
    }

    void invalidBodyIs2001AndChangesNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, httpStatus);
        QFETCH(QString, messagePart);
        const QString tokenA = invite(m_nodes.cpo());
        const HttpResult posted = request("POST", QUrl(credentialsUrl(m_nodes.cpo())), body, {{"Authorization", tokenHeader(tokenA)}});
        QCOMPARE(posted.status, httpStatus);
        QCOMPARE(posted.ocpiStatus(), 2001);
        const QString message = posted.json().value(QStringLiteral("status_message")).toString();
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        QCOMPARE(onlyPartner(m_nodes.cpo()).state, PartnerState::Invited);
        QCOMPARE(statusWith(m_nodes.cpo().versionsUrl(), tokenA), 200);
    }

    void tokenAReachesOnlyVersionsAndCredentials()
    {
        const QString tokenA = invite(m_nodes.cpo());
        QCOMPARE(statusWith(m_nodes.cpo().versionsUrl(), tokenA), 200);
        QCOMPARE(statusWith(m_nodes.cpo().publicBase() + QStringLiteral("/ocpi/2.2.1"), tokenA), 200);
        QCOMPARE(statusWith(credentialsUrl(m_nodes.cpo()), tokenA), 200);
        // PUT and DELETE need a registration first (CRED-13).
        QCOMPARE(request("DELETE", QUrl(credentialsUrl(m_nodes.cpo())), {}, {{"Authorization", tokenHeader(tokenA)}}).status, 405);
    }

    void expiredTokenAIsRefused()
    {
        const QString tokenA = invite(m_nodes.cpo());
        auto partner = onlyPartner(m_nodes.cpo());
        // Expire it by hand: the lifetime is configurable, default 7 days.
        QSqlQuery expire(m_nodes.cpo().database().connection());
        QVERIFY(expire.exec(QStringLiteral("UPDATE partner_tokens SET expires_at = '2000-01-01T00:00:00Z'")));
        QCOMPARE(statusWith(m_nodes.cpo().versionsUrl(), tokenA), 401);
        QCOMPARE(partner.state, PartnerState::Invited);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
