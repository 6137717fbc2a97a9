#include "core/clock.h"
#include "http/authenticator.h"
#include "http/dispatcher.h"
#include "http/responses.h"
#include "modules/versions/versionsroutes.h"
#include "nodemigrations.h"
#include "runtime/modulelist.h"
#include "partners/partnerregistry.h"
#include "store/database.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

Q_DECLARE_METATYPE(ocpi::HeaderList)

// TF-02..07, PIT-01, PIT-02: reading `Authorization: Token ...` against a real partner registry.
class TestAuthenticator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{test::fixedNow()};
    Database m_database;
    std::unique_ptr<PartnerRegistry> m_registry;
    Router m_router;
    std::unique_ptr<Dispatcher> m_dispatcher;
    QString m_tokenA;        // an invitation (CREDENTIALS_TOKEN_A)
    QString m_live;          // a registered partner's token (B or C)
    qint64 m_partnerId = 0;

    // Rows are built after initTestCase() (Qt Test runs it first), so they can use the tokens.
    QByteArray live() const { return m_live.toUtf8(); }
    QByteArray tokenA() const { return m_tokenA.toUtf8(); }

    HttpResponse call(const QString &path, const HeaderList &headers)
    {
        HttpRequest request;
        request.method = "GET";
        request.path = path;
        request.segments = HttpRequest::splitPath(path);
        request.headers = headers;
        std::optional<HttpResponse> answer;
        m_dispatcher->dispatch(request, [&answer](HttpResponse response) { answer = std::move(response); });
        if (!answer)
            qFatal("synchronous route did not answer");
        return *answer;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Status opened = m_database.open(m_dir.filePath(QStringLiteral("auth.sqlite")), nodeMigrations());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_registry = std::make_unique<PartnerRegistry>(m_database, m_clock, 7);

        const auto invitation = m_registry->invite(QStringLiteral("invited partner"));
        QVERIFY2(invitation.ok(), qPrintable(invitation.error().message));
        m_tokenA = invitation->token;

        Partner partner;
        partner.name = QStringLiteral("registered partner");
        partner.state = PartnerState::Registered;
        partner.roles = {PartnerRole{*PartyRole::parse(u"DE-ABC:EMSP"), BusinessDetails{QStringLiteral("ABC"), {}, {}}}};
        partner.createdAt = m_clock.now();
        const auto id = m_registry->create(partner); // runs its own transaction
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        m_partnerId = *id;
        const Status created = m_registry->inTransaction([&]() -> Status {
            auto token = m_registry->issueLiveToken(m_partnerId);
            if (!token)
                return token.error();
            m_live = *token;
            return Status::success();
        });
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QVERIFY(!m_live.isEmpty());
        // TF-07: our tokens are made of base64-alphabet characters and their length is a multiple of
        // four, so the raw token decodes "successfully" as base64 into garbage.
        QVERIFY(QByteArray::fromBase64Encoding(m_live.toUtf8(), QByteArray::AbortOnBase64DecodingErrors));

        versions::mount(m_router);
        Route functional;
        functional.method = "GET";
        functional.pattern = QStringLiteral("/ocpi/cpo/2.2.1/locations");
        functional.access = Access::PartnerOnly;
        functional.module = QStringLiteral("locations");
        functional.servedRole = Role::CPO;
        m_router.addSync(functional, [](const RouteCall &c) { return reply::json(QJsonArray(), c.now); });
        DispatchSettings settings;
        settings.publicBase = QStringLiteral("http://127.0.0.1:1");
        settings.parties = {*PartyRole::parse(u"NL-TNM:CPO")};
        m_dispatcher = std::make_unique<Dispatcher>(m_router, m_registry.get(), nullptr, m_clock, settings);
    }

    void authenticate_data()
    {
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("who");         // "live", "A" or the expected message part
        QTest::addColumn<int>("encoding");        // TokenEncoding when accepted

        const int b64 = int(TokenEncoding::Base64);
        const int raw = int(TokenEncoding::Raw);
        QTest::newRow("TF-02 base64 token") << HeaderList{{"Authorization", "Token " + live().toBase64()}} << true << "live" << b64;
        QTest::newRow("TF-07 raw token (made only of base64-alphabet characters)")
            << HeaderList{{"Authorization", "Token " + live()}} << true << "live" << raw;
        QTest::newRow("PIT-01 base64 with a trailing newline (echo without -n)")
            << HeaderList{{"Authorization", "Token " + (live() + "\n").toBase64()}} << true << "live" << b64;
        QTest::newRow("PIT-01 base64 with a trailing CRLF")
            << HeaderList{{"Authorization", "Token " + (live() + "\r\n").toBase64()}} << true << "live" << b64;
        QTest::newRow("TF-03 header name in lower case") << HeaderList{{"authorization", "Token " + live().toBase64()}} << true << "live" << b64;
        QTest::newRow("TF-03 header name in upper case") << HeaderList{{"AUTHORIZATION", "Token " + live().toBase64()}} << true << "live" << b64;
        QTest::newRow("scheme in lower case") << HeaderList{{"Authorization", "token " + live().toBase64()}} << true << "live" << b64;
        QTest::newRow("extra spaces") << HeaderList{{"Authorization", "  Token   " + live().toBase64() + "  "}} << true << "live" << b64;
        QTest::newRow("VER-07 token A identifies an invitation") << HeaderList{{"Authorization", "Token " + tokenA().toBase64()}} << true << "A" << b64;
        QTest::newRow("raw token A") << HeaderList{{"Authorization", "Token " + tokenA()}} << true << "A" << raw;

        QTest::newRow("TF-04 missing header") << HeaderList{} << false << "missing Authorization header" << 0;
        QTest::newRow("TF-04 empty header") << HeaderList{{"Authorization", ""}} << false << "missing Authorization header" << 0;
        QTest::newRow("TF-04 wrong scheme") << HeaderList{{"Authorization", "Bearer " + live().toBase64()}} << false << "'Token' scheme" << 0;
        QTest::newRow("TF-04 Basic scheme") << HeaderList{{"Authorization", "Basic " + live().toBase64()}} << false << "'Token' scheme" << 0;
        QTest::newRow("TF-04 token without scheme") << HeaderList{{"Authorization", live().toBase64()}} << false << "'Token' scheme" << 0;
        QTest::newRow("TF-04 scheme without token") << HeaderList{{"Authorization", "Token"}} << false << "'Token' scheme" << 0;
        QTest::newRow("TF-04 unknown token")
            << HeaderList{{"Authorization", "Token " + QByteArray("NoSuchToken123456789").toBase64()}}
            << false << "unknown credentials token" << 0;
        QTest::newRow("TF-04 unknown raw token") << HeaderList{{"Authorization", "Token NoSuchToken123456789"}}
                                                 << false << "unknown credentials token" << 0;
        QTest::newRow("known key, wrong secret")
            << HeaderList{{"Authorization", "Token " + live().left(8) + QByteArray(40, 'x')}}
            << false << "unknown credentials token" << 0;
        QTest::newRow("live token plus a character") << HeaderList{{"Authorization", "Token " + live() + "x"}}
                                                     << false << "unknown credentials token" << 0;
        QTest::newRow("double base64") << HeaderList{{"Authorization", "Token " + live().toBase64().toBase64()}}
                                       << false << "unknown credentials token" << 0;
    }

    void authenticate()
    {
        QFETCH(HeaderList, headers);
        QFETCH(bool, accepted);
        QFETCH(QString, who);
        QFETCH(int, encoding);
        HttpRequest request;
        request.headers = headers;
        const auto caller = ocpi::authenticate(request, *m_registry);
        QCOMPARE(caller.ok(), accepted);
        if (!accepted) {
            QCOMPARE(caller.error().kind, ErrorKind::Unauthorized); // -> 401 + 2000
            QVERIFY2(caller.error().message.contains(who), qPrintable(caller.error().message));
            return;
        }
        QCOMPARE(int(caller->encoding), encoding);
        if (who == QLatin1String("live")) {
            QCOMPARE(caller->kind, Caller::Kind::Partner);
            QCOMPARE(caller->partnerId, m_partnerId);
            QCOMPARE(caller->token, m_live);
            QCOMPARE(caller->roles.size(), 1);
            QCOMPARE(caller->roles.first().toString(), QStringLiteral("DE-ABC:EMSP"));
        } else {
            QCOMPARE(caller->kind, Caller::Kind::Invitation);
            QCOMPARE(caller->token, m_tokenA);
        }
    }

    // The whole answer a refused caller gets (TF-04, TF-16).
    void routeAccess_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");   // empty: no header
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QByteArray>("body");            // whole body; empty: only status_code 1000 checked

        const QByteArray at = "\"timestamp\":\"2026-11-25T12:00:00Z\"}";
        QTest::newRow("TF-04 no token on versions -> 401")
            << "/ocpi/versions" << QByteArray() << 401
            << "{\"status_code\":2000,\"status_message\":\"missing Authorization header: expected 'Token <credentials token>'\"," + at;
        QTest::newRow("TF-04 unknown token on versions -> 401")
            << "/ocpi/versions" << "Token " + QByteArray("NoSuchToken123456789").toBase64() << 401
            << "{\"status_code\":2000,\"status_message\":\"unknown credentials token\"," + at;
        QTest::newRow("VER-07 token A on versions") << "/ocpi/versions" << QByteArray("Token " + tokenA().toBase64()) << 200 << QByteArray();
        QTest::newRow("VER-07 token A on version details") << "/ocpi/2.2.1" << QByteArray("Token " + tokenA().toBase64()) << 200 << QByteArray();
        QTest::newRow("TF-05/PIT-02 token A on a functional module -> 401")
            << "/ocpi/cpo/2.2.1/locations" << QByteArray("Token " + tokenA().toBase64()) << 401
            << "{\"status_code\":2000,\"status_message\":\"a registration token (token A) is only valid for versions, "
               "version details and credentials\"," + at;
        QTest::newRow("registered partner on versions") << "/ocpi/versions" << QByteArray("Token " + live().toBase64()) << 200 << QByteArray();
        QTest::newRow("registered partner on a functional module")
            << "/ocpi/cpo/2.2.1/locations" << QByteArray("Token " + live().toBase64()) << 200 << QByteArray();
        QTest::newRow("raw token on a functional module") << "/ocpi/cpo/2.2.1/locations" << QByteArray("Token " + live()) << 200 << QByteArray();
        QTest::newRow("TF-04 no token on a functional module -> 401")
            << "/ocpi/cpo/2.2.1/locations" << QByteArray() << 401
            << "{\"status_code\":2000,\"status_message\":\"missing Authorization header: expected 'Token <credentials token>'\"," + at;
    }

    void routeAccess()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(int, httpStatus);
        QFETCH(QByteArray, body);
        HeaderList headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpResponse response = call(path, headers);
        QCOMPARE(response.status, httpStatus);
        QCOMPARE(response.contentType, QByteArray("application/json"));
        if (!body.isEmpty()) {
            QCOMPARE(response.body, body);
        } else {
            QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QStringLiteral("status_code")).toInt(), 1000);
        }
    }

    // Token A expires (CRED-06: handed over for a limited time).
    void expiredTokenA()
    {
        const auto invitation = m_registry->invite(QStringLiteral("short-lived"));
        QVERIFY(invitation.ok());
        HttpRequest request;
        request.headers = {{"Authorization", test::tokenHeader(invitation->token)}};
        QVERIFY(ocpi::authenticate(request, *m_registry).ok());
        m_clock.advanceSeconds(8 * 24 * 3600);
        const auto refused = ocpi::authenticate(request, *m_registry);
        m_clock.set(test::fixedNow());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Unauthorized);
    }

    // CRED-11/16: a revoked token is unknown at once, cached or not.
    void revokedToken()
    {
        auto token = m_registry->issueLiveToken(m_partnerId);
        QVERIFY(token.ok());
        HttpRequest request;
        request.headers = {{"Authorization", test::tokenHeader(*token)}};
        QVERIFY(ocpi::authenticate(request, *m_registry).ok()); // now cached
        QVERIFY(m_registry->revokeToken(*token).ok());
        QVERIFY(!ocpi::authenticate(request, *m_registry).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "tst_authenticator.moc"
