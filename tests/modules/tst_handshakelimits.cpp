#include "support/fakepeer.h"
#include "support/testsupport.h"

#include "modules/credentials/registrationclient.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

// Every log line while it lives (the node runs in this thread, so its warnings arrive here).
class LogCapture
{
public:
    LogCapture() { s_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(s_previous); }

    static QStringList lines()
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }
    static void clear()
    {
        QMutexLocker lock(&s_mutex);
        s_lines.clear();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_lines << message;
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};

} // namespace

// Hardening issue item 5: a token A holder makes this node call a URL of its choosing. It gets
// three tries per token A, learns nothing from the answer about what the URL led to, and with
// --partner-url-policy public-only cannot point the node at internal addresses at all
// (CRED-09, CRED-11, CRED-12, CRED-14, CRED-18).
class TestHandshakeLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeRuntime> m_node;
    std::unique_ptr<LogCapture> m_log;

    std::unique_ptr<NodeRuntime> startNode(PartnerUrlPolicy policy = PartnerUrlPolicy::Any)
    {
        NodeConfig config = nodeConfig(*m_dir, {QStringLiteral("NL-CPO:CPO")});
        config.partnerUrlPolicy = policy;
        auto node = std::make_unique<NodeRuntime>(config);
        const Status started = node->start();
        if (!started)
            qFatal("node did not start: %s", qPrintable(started.error().message));
        return node;
    }

    QString invite()
    {
        auto invitation = m_node->partners().invite(QStringLiteral("prober"));
        return invitation ? invitation->token : QString();
    }

    static QByteArray credentialsBody(const QString &token, const QString &url)
    {
        const QJsonObject role{{QStringLiteral("role"), QStringLiteral("EMSP")},
                               {QStringLiteral("business_details"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Peer")}}},
                               {QStringLiteral("party_id"), QStringLiteral("FAK")},
                               {QStringLiteral("country_code"), QStringLiteral("FR")}};
        const QJsonObject body{{QStringLiteral("token"), token},
                               {QStringLiteral("url"), url},
                               {QStringLiteral("roles"), QJsonArray{role}}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    HttpResult post(const QString &token, const QString &versionsUrl, const QString &peerToken = QStringLiteral("fake-token-A-0123456789"),
                    const QByteArray &method = "POST")
    {
        return request(method, QUrl(m_node->publicBase() + QStringLiteral("/ocpi/2.2.1/credentials")),
                       credentialsBody(peerToken, versionsUrl), {{"Authorization", tokenHeader(token)}});
    }

    int statusWith(const QString &token)
    {
        return request("GET", QUrl(m_node->versionsUrl()), {}, {{"Authorization", tokenHeader(token)}}).status;
    }

    int tokenARows()
    {
        QSqlQuery q(m_node->database().connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM partner_tokens WHERE kind = 'a'")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    Partner onlyPartner()
    {
        auto partners = m_node->partners().list();
        if (!partners || partners->size() != 1)
            qFatal("expected exactly one partner");
        return partners->first();
    }

    static QString messageOf(const HttpResult &result)
    {
        return result.json().value(QStringLiteral("status_message")).toString();
    }

    static bool logged(const QString &part)
    {
        const QStringList lines = LogCapture::lines();
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return line.contains(part); });
    }

private slots:
    void init()
    {
        m_log = std::make_unique<LogCapture>();
        LogCapture::clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_node = startNode();
    }

    void cleanup()
    {
        m_node.reset();
        m_dir.reset();
        m_log.reset();
    }

    void tokenADiesAfterThreeFailedHandshakes_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QString>("detail"); // what our log and the partner's state reason tell
        QTest::newRow("nobody listens -> 3001") << "closed port" << 3001 << "Connection refused";
        QTest::newRow("the URL answers 401 -> 3001") << "token refused" << 3001 << "fake peer: token refused";
        QTest::newRow("no mutual version -> 3002") << "old versions" << 3002 << "2.1.1";
        QTest::newRow("no credentials endpoint -> 3003") << "no credentials" << 3003 << "the version details at http";
    }

    void tokenADiesAfterThreeFailedHandshakes()
    {
        QFETCH(QString, failure);
        QFETCH(int, ocpiStatus);
        QFETCH(QString, detail);
        FakePeer::Script script;
        if (failure == QLatin1String("old versions"))
            script.versions = {QStringLiteral("2.1.1"), QStringLiteral("2.0")};
        script.credentialsEndpoint = failure != QLatin1String("no credentials");
        FakePeer peer(script);
        const QString port = QString::number(failure == QLatin1String("closed port") ? freePort()
                                                                                      : QUrl(peer.versionsUrl()).port());
        const QString versionsUrl = QStringLiteral("http://127.0.0.1:%1/fake/versions").arg(port);
        const QString peerToken = failure == QLatin1String("token refused") ? QStringLiteral("not-what-the-peer-takes-0123")
                                                                            : script.tokenA;
        const QString tokenA = invite();
        const QStringList left{QStringLiteral("; 2 attempts left"), QStringLiteral("; 1 attempt left"),
                               QStringLiteral("; this registration token is no longer valid, ask for a new one")};
        for (const QString &expectedEnd : left) {
            const HttpResult posted = post(tokenA, versionsUrl, peerToken);
            QCOMPARE(posted.status, 200);
            QCOMPARE(posted.ocpiStatus(), ocpiStatus); // CRED-12
            const QString message = messageOf(posted);
            QVERIFY2(message.startsWith(QStringLiteral("could not complete the handshake")), qPrintable(message));
            QVERIFY2(message.endsWith(expectedEnd), qPrintable(message));
            // Nothing about what the URL led to.
            for (const QString &secret : {detail, QStringLiteral("Connection"), QStringLiteral("refused"),
                                          QStringLiteral("HTTP"), QStringLiteral("401"), QStringLiteral("127.0.0.1"), port,
                                          QStringLiteral("fake"), QStringLiteral("2.1.1"), QStringLiteral("2.0")})
                QVERIFY2(!message.contains(secret, Qt::CaseInsensitive), qPrintable(secret + QStringLiteral(" in: ") + message));
        }
        // The fourth try: token A is unknown now, like any other (CRED-11).
        const HttpResult fourth = post(tokenA, versionsUrl, peerToken);
        QCOMPARE(fourth.status, 401);
        QCOMPARE(statusWith(tokenA), 401);
        QCOMPARE(tokenARows(), 0);
        // The operator sees why; our log has the detail, never the whole token.
        const Partner partner = onlyPartner();
        QCOMPARE(partner.state, PartnerState::Failed);
        QVERIFY2(partner.stateReason.startsWith(QStringLiteral("registration token revoked after 3 failed handshakes")),
                 qPrintable(partner.stateReason));
        QVERIFY2(partner.stateReason.contains(detail), qPrintable(partner.stateReason));
        QVERIFY(logged(detail));
        QVERIFY(logged(QStringLiteral("revoked registration token")));
        QVERIFY(!logged(tokenA));
    }

    void failuresSurviveARestart()
    {
        const QString closed = QStringLiteral("http://127.0.0.1:%1/versions").arg(freePort());
        const QString tokenA = invite();
        QVERIFY(messageOf(post(tokenA, closed)).endsWith(QStringLiteral("2 attempts left")));
        QVERIFY(messageOf(post(tokenA, closed)).endsWith(QStringLiteral("1 attempt left")));
        m_node.reset();
        m_node = startNode();
        QCOMPARE(statusWith(tokenA), 200); // still valid: two failures only
        QVERIFY(messageOf(post(tokenA, closed)).contains(QStringLiteral("no longer valid")));
        QCOMPARE(statusWith(tokenA), 401);
    }

    void successAfterFailuresConsumesTokenA()
    {
        FakePeer::Script script;
        FakePeer peer(script);
        const QString tokenA = invite();
        QCOMPARE(post(tokenA, QStringLiteral("http://127.0.0.1:%1/versions").arg(freePort())).ocpiStatus(), 3001);
        QCOMPARE(post(tokenA, QStringLiteral("http://127.0.0.1:%1/versions").arg(freePort())).ocpiStatus(), 3001);
        const HttpResult registered = post(tokenA, peer.versionsUrl());
        QCOMPARE(registered.ocpiStatus(), 1000);
        const QString tokenC = registered.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
        QCOMPARE(onlyPartner().state, PartnerState::Registered);
        QCOMPARE(onlyPartner().stateReason, QString());
        QCOMPARE(statusWith(tokenA), 401); // PIT-02: single use
        QCOMPARE(statusWith(tokenC), 200);
    }

    // A registered partner's PUT gets the same generic answer, and its token C is not at stake:
    // a failed update changes nothing (CRED-18).
    void failedUpdatesAreGenericAndKeepTheToken()
    {
        FakePeer::Script script;
        FakePeer peer(script);
        const HttpResult registered = post(invite(), peer.versionsUrl());
        QCOMPARE(registered.ocpiStatus(), 1000);
        const QString tokenC = registered.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
        const QString closed = QStringLiteral("http://127.0.0.1:%1/versions").arg(freePort());
        for (int i = 0; i < 4; ++i) {
            const HttpResult put = post(tokenC, closed, script.tokenA, "PUT");
            QCOMPARE(put.status, 200);
            QCOMPARE(put.ocpiStatus(), 3001);
            QCOMPARE(messageOf(put), QStringLiteral("could not complete the handshake with the versions URL you gave"));
        }
        QCOMPARE(statusWith(tokenC), 200);
        QCOMPARE(onlyPartner().state, PartnerState::Registered);
        QVERIFY2(onlyPartner().stateReason.contains(QStringLiteral("Connection refused")), qPrintable(onlyPartner().stateReason));
    }

    void partnerUrlPolicy_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<bool>("peerCalled");
        QTest::newRow("any: a loopback partner registers") << int(PartnerUrlPolicy::Any) << 1000 << true;
        QTest::newRow("public-only: refused before any call") << int(PartnerUrlPolicy::PublicOnly) << 3001 << false;
    }

    void partnerUrlPolicy()
    {
        QFETCH(int, policy);
        QFETCH(int, ocpiStatus);
        QFETCH(bool, peerCalled);
        m_node.reset();
        m_node = startNode(PartnerUrlPolicy(policy));
        FakePeer::Script script;
        FakePeer peer(script);
        const QString tokenA = invite();
        const HttpResult posted = post(tokenA, peer.versionsUrl());
        QCOMPARE(posted.status, 200);
        QCOMPARE(posted.ocpiStatus(), ocpiStatus);
        QCOMPARE(!peer.authorizationsSeen().isEmpty(), peerCalled);
        if (peerCalled)
            return;
        // The refusal is a failed handshake like any other, and just as quiet towards the partner.
        QCOMPARE(messageOf(posted), QStringLiteral("could not complete the handshake with the versions URL you gave; "
                                                   "2 attempts left"));
        QVERIFY(logged(QStringLiteral("refused by --partner-url-policy public-only")));
        QVERIFY2(onlyPartner().stateReason.contains(QStringLiteral("(loopback)")), qPrintable(onlyPartner().stateReason));
        QCOMPARE(statusWith(tokenA), 200);
    }

    // `ocpi-node register` goes through the same client: under public-only it does not call a
    // partner at a loopback address either.
    void registeringWithAPartnerFollowsThePolicy()
    {
        m_node.reset();
        m_node = startNode(PartnerUrlPolicy::PublicOnly);
        FakePeer::Script script;
        FakePeer peer(script);
        std::optional<Result<Partner>> outcome;
        m_node->registration().registerWith({peer.versionsUrl(), script.tokenA, QString(), EncodingSetting::Auto},
                                            [&](Result<Partner> result) { outcome = std::move(result); });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 15000));
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ErrorKind::PartnerUnreachable);
        QVERIFY2(outcome->error().message.contains(QStringLiteral("--partner-url-policy public-only")),
                 qPrintable(outcome->error().message));
        QVERIFY(peer.authorizationsSeen().isEmpty());
        QCOMPARE(peer.credentialsPosts(), 0);
        QCOMPARE(onlyPartner().state, PartnerState::Failed);
    }
};

QTEST_GUILESS_MAIN(TestHandshakeLimits)
#include "tst_handshakelimits.moc"
