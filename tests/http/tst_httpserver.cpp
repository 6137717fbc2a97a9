#include "httptestserver.h"

#include "http/responses.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace ocpi;
using namespace ocpi::test;

Q_DECLARE_METATYPE(ocpi::HeaderList)

namespace {

class NoCallers final : public CallerDirectory
{
public:
    std::optional<Caller> identify(const QString &) override { return std::nullopt; }
    void noteEncoding(const Caller &, TokenEncoding) override {}
};

Route route(const char *method, const char *pattern, Access access = Access::Open)
{
    Route r;
    r.method = method;
    r.pattern = QString::fromLatin1(pattern);
    r.access = access;
    return r;
}

const QRegularExpression kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

} // namespace

// The HTTP front end over a real socket (docs/architecture.md: QHttpServer 6.4's sharp edges covered by
// the node): TF-03, TF-16, TF-22, ST-01, 404/405 envelopes, HEAD, late answers.
class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    NoCallers m_callers;
    TestServer m_node;
    int m_deferredStarted = 0;   // requests that reached the deferred handler
    int m_deferredAnswered = 0;

    QByteArray helloBody() const
    {
        return envelope::success("{\"hello\":\"world\"}", fixedNow());
    }

private slots:
    void initTestCase()
    {
        Router &router = m_node.router;
        router.addSync(route("GET", "/test/hello"), [](const RouteCall &c) {
            return reply::json(QJsonObject{{QStringLiteral("hello"), QStringLiteral("world")}}, c.now);
        });
        router.addSync(route("GET", "/test/multi"), [](const RouteCall &c) { return reply::ok(c.now); });
        router.addSync(route("PUT", "/test/multi"), [](const RouteCall &c) { return reply::ok(c.now); });
        Route echo = route("PUT", "/test/echo"); // declares a body: parsed before the handler
        echo.doc.requestSchema = QStringLiteral("Location");
        router.addSync(echo, [](const RouteCall &c) { return reply::json(c.body.object(), c.now); });
        router.addSync(route("POST", "/test/plain"), [](const RouteCall &c) { return reply::ok(c.now); });
        router.addSync(route("GET", "/test/token", Access::AnyToken), [](const RouteCall &c) { return reply::ok(c.now); });
        // Answers 300 ms later, like a handler waiting for a partner.
        Route deferred = route("GET", "/test/deferred");
        deferred.handler = [this](const RouteCall &c, Responder respond) {
            ++m_deferredStarted;
            const QDateTime now = c.now;
            QTimer::singleShot(300, this, [this, respond, now] {
                respond(reply::json(QJsonObject{{QStringLiteral("late"), true}}, now));
                ++m_deferredAnswered;
            });
        };
        router.add(deferred);
        const Status started = m_node.start(HttpLimits(), &m_callers);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void unknownPath_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("GET unknown path") << QByteArray("GET") << "/nope";
        QTest::newRow("PUT unknown path") << QByteArray("PUT") << "/ocpi/cpo/2.2.1/nothing/here";
        QTest::newRow("deeper than a known path") << QByteArray("GET") << "/test/hello/extra";
    }

    void unknownPath()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const HttpResult result = request(method, m_node.url(path));
        QCOMPARE(result.status, 404);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(result.body, errorBody(2000, QStringLiteral("no OCPI resource at %1").arg(path)));
    }

    void wrongMethod_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("DELETE on a GET route") << QByteArray("DELETE") << "/test/hello" << QByteArray("GET");
        QTest::newRow("POST on a GET route") << QByteArray("POST") << "/test/hello" << QByteArray("GET");
        QTest::newRow("PATCH on a GET+PUT path") << QByteArray("PATCH") << "/test/multi" << QByteArray("GET, PUT");
        QTest::newRow("GET on a PUT route") << QByteArray("GET") << "/test/echo" << QByteArray("PUT");
    }

    void wrongMethod()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        const HttpResult result = request(method, m_node.url(path));
        QCOMPARE(result.status, 405);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(result.header("Allow"), allow);
        QCOMPARE(result.body, errorBody(2000, QStringLiteral("method %1 is not allowed on %2; allowed: %3")
                                                   .arg(QString::fromLatin1(method), path, QString::fromLatin1(allow))));
    }

    // ST-01: a body that is not JSON -> HTTP 400 with a 2001 envelope that says what is wrong.
    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated object") << QByteArray("{\"id\":");
        QTest::newRow("not JSON at all") << QByteArray("id=1");
        QTest::newRow("trailing comma") << QByteArray("{\"id\":\"1\",}");
        QTest::newRow("single quotes") << QByteArray("{'id':'1'}");
        QTest::newRow("two documents") << QByteArray("{}{}");
    }

    void malformedJson()
    {
        QFETCH(QByteArray, body);
        QJsonParseError expected;
        QJsonDocument::fromJson(body, &expected);
        QVERIFY(expected.error != QJsonParseError::NoError);
        const HttpResult result = request("PUT", m_node.url(QStringLiteral("/test/echo")), body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(result.body, errorBody(2001, QStringLiteral("request body is not valid JSON: %1 at offset %2")
                                                   .arg(expected.errorString())
                                                   .arg(expected.offset)));
    }

    void validJsonReachesTheHandler()
    {
        const HttpResult result = request("PUT", m_node.url(QStringLiteral("/test/echo")), "{\"id\":\"LOC1\",\"n\":[1,2]}");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, envelope::success("{\"id\":\"LOC1\",\"n\":[1,2]}", fixedNow()));
        // A route that declares no body does not parse one.
        QCOMPARE(request("POST", m_node.url(QStringLiteral("/test/plain")), "not json").status, 200);
    }

    void headHasNoBody_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("getLength");
        QTest::newRow("existing resource") << QByteArray("/test/hello") << 200 << int(helloBody().size());
        QTest::newRow("unknown path") << QByteArray("/nope") << 404
                                      << int(errorBody(2000, QStringLiteral("no OCPI resource at /nope")).size());
    }

    void headHasNoBody()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(int, getLength);
        const QByteArray raw = rawExchange(m_node.port(), "HEAD " + path + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        const qsizetype end = raw.indexOf("\r\n\r\n");
        QVERIFY2(end > 0, raw.constData());
        QVERIFY2(raw.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '), raw.constData());
        QVERIFY2(raw.contains("\r\nContent-Length: " + QByteArray::number(getLength) + "\r\n"), raw.constData());
        QVERIFY2(raw.contains("\r\nContent-Type: application/json\r\n"), raw.constData());
        QCOMPARE(raw.mid(end + 4), QByteArray()); // nothing after the headers
    }

    // TF-22: X-Request-ID and X-Correlation-ID are echoed, or generated when missing or unusable.
    void requestIds_data()
    {
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QByteArray>("requestId");       // "uuid": a fresh one
        QTest::addColumn<QByteArray>("correlationId");
        QTest::newRow("both echoed") << HeaderList{{"X-Request-ID", "req-1"}, {"X-Correlation-ID", "corr-1"}}
                                     << QByteArray("req-1") << QByteArray("corr-1");
        QTest::newRow("none: both generated") << HeaderList{} << QByteArray("uuid") << QByteArray("uuid");
        QTest::newRow("only correlation: request id generated")
            << HeaderList{{"X-Correlation-ID", "corr-2"}} << QByteArray("uuid") << QByteArray("corr-2");
        QTest::newRow("TF-03 lower-case names") << HeaderList{{"x-request-id", "req-3"}, {"x-correlation-id", "corr-3"}}
                                                << QByteArray("req-3") << QByteArray("corr-3");
        QTest::newRow("TF-03 upper-case names") << HeaderList{{"X-REQUEST-ID", "req-4"}, {"X-CORRELATION-ID", "corr-4"}}
                                                << QByteArray("req-4") << QByteArray("corr-4");
        QTest::newRow("UUIDs kept as sent")
            << HeaderList{{"X-Request-ID", "12345678-1234-1234-1234-123456789abc"}, {"X-Correlation-ID", "ABC"}}
            << QByteArray("12345678-1234-1234-1234-123456789abc") << QByteArray("ABC");
        QTest::newRow("over-long id replaced") << HeaderList{{"X-Request-ID", QByteArray(300, 'a')}, {"X-Correlation-ID", "c"}}
                                               << QByteArray("uuid") << QByteArray("c");
        QTest::newRow("id with spaces replaced") << HeaderList{{"X-Request-ID", "a b"}, {"X-Correlation-ID", "c d"}}
                                                 << QByteArray("uuid") << QByteArray("uuid");
    }

    void requestIds()
    {
        QFETCH(HeaderList, headers);
        QFETCH(QByteArray, requestId);
        QFETCH(QByteArray, correlationId);
        // Raw, so header names go out exactly as written.
        QByteArray bytes = "GET /test/hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n";
        for (const auto &[name, value] : headers)
            bytes += name + ": " + value + "\r\n";
        QByteArray raw = rawExchange(m_node.port(), bytes + "\r\n");
        const QList<RawResponse> responses = takeResponses(raw);
        QCOMPARE(responses.size(), 1);
        const RawResponse &response = responses.first();
        QCOMPARE(response.status, 200);
        for (const auto &[expected, name] : {qMakePair(requestId, QByteArray("X-Request-ID")),
                                              qMakePair(correlationId, QByteArray("X-Correlation-ID"))}) {
            const QByteArray actual = response.header(name);
            if (expected == "uuid")
                QVERIFY2(kUuid.match(QString::fromLatin1(actual)).hasMatch(), actual.constData());
            else
                QCOMPARE(actual, expected);
        }
        if (requestId == "uuid" && correlationId == "uuid")
            QVERIFY(response.header("X-Request-ID") != response.header("X-Correlation-ID"));
    }

    // TF-16: every answer, success or failure, is application/json holding one envelope.
    void everyResponseIsJson_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("200") << QByteArray("GET") << "/test/hello" << QByteArray() << 200;
        QTest::newRow("200 without data") << QByteArray("GET") << "/test/multi" << QByteArray() << 200;
        QTest::newRow("TF-27 trailing slash") << QByteArray("GET") << "/test/hello/" << QByteArray() << 200;
        QTest::newRow("query string") << QByteArray("GET") << "/test/hello?offset=1" << QByteArray() << 200;
        QTest::newRow("400") << QByteArray("PUT") << "/test/echo" << QByteArray("{") << 400;
        QTest::newRow("401") << QByteArray("GET") << "/test/token" << QByteArray() << 401;
        QTest::newRow("404") << QByteArray("GET") << "/" << QByteArray() << 404;
        QTest::newRow("405") << QByteArray("OPTIONS") << "/test/hello" << QByteArray() << 405;
    }

    void everyResponseIsJson()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const HttpResult result = request(method, m_node.url(path), body);
        QCOMPARE(result.status, status);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!result.body.isEmpty());
        const QJsonObject envelope = jsonObject(result.body);
        QVERIFY2(envelope.value(QStringLiteral("status_code")).isDouble(), result.body.constData());
        QCOMPARE(envelope.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-25T12:00:00Z"));
        QCOMPARE(envelope.value(QStringLiteral("status_code")).toInt() == 1000, status == 200);
    }

    // TF-03: `Connection: close` in any spelling ends the connection after the answer (the idle
    // timeout here is 30 s, so a close within 2 s comes from the header).
    void connectionClose_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("Connection: close") << QByteArray("Connection: close");
        QTest::newRow("lower case") << QByteArray("connection: close");
        QTest::newRow("upper case") << QByteArray("CONNECTION: CLOSE");
        QTest::newRow("in a list") << QByteArray("Connection: keep-alive, close");
    }

    void connectionClose()
    {
        QFETCH(QByteArray, header);
        RawClient client;
        QVERIFY(client.connectTo(m_node.port()));
        client.send("GET /test/hello HTTP/1.1\r\nHost: t\r\n" + header + "\r\n\r\n");
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses().first().status, 200);
        QCOMPARE(client.responses().first().header("Connection").toLower(), QByteArray("close"));
        QVERIFY(client.waitForClose(2000));
    }

    void keepAliveByDefault()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_node.port()));
        for (int i = 1; i <= 3; ++i) {
            client.send("GET /test/hello HTTP/1.1\r\nHost: t\r\n\r\n");
            QVERIFY(client.waitForResponses(i));
            QVERIFY(client.isConnected());
        }
    }

    void deferredAnswer()
    {
        const int before = m_deferredAnswered;
        const HttpResult result = request("GET", m_node.url(QStringLiteral("/test/deferred")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, envelope::success("{\"late\":true}", fixedNow()));
        QCOMPARE(m_deferredAnswered, before + 1);
    }

    // docs/architecture.md: an answer that comes after the client left must not crash the node.
    void deferredAnswerAfterClientLeft_data()
    {
        QTest::addColumn<bool>("abort");
        QTest::newRow("client resets the connection") << true;
        QTest::newRow("client closes the connection") << false;
    }

    void deferredAnswerAfterClientLeft()
    {
        QFETCH(bool, abort);
        const int before = m_deferredAnswered;
        const int started = m_deferredStarted;
        {
            RawClient client;
            QVERIFY(client.connectTo(m_node.port()));
            client.send("GET /test/deferred HTTP/1.1\r\nHost: t\r\n\r\n");
            QTRY_COMPARE(m_deferredStarted, started + 1); // the handler holds the responder
            if (abort)
                client.socket().abort();
            else
                client.socket().disconnectFromHost();
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_deferredAnswered, before + 1, 5000);
        // Still serving: this request is answered after the late answer went nowhere.
        const HttpResult result = request("GET", m_node.url(QStringLiteral("/test/hello")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, helloBody());
    }

    // Several late answers for clients that are all gone, while others are still served.
    void manyDeferredAnswersAfterClientsLeft()
    {
        const int before = m_deferredAnswered;
        const int started = m_deferredStarted;
        for (int i = 0; i < 10; ++i) {
            RawClient client;
            QVERIFY(client.connectTo(m_node.port()));
            client.send("GET /test/deferred HTTP/1.1\r\nHost: t\r\n\r\n");
            QTRY_COMPARE(m_deferredStarted, started + i + 1);
            client.socket().abort();
        }
        QCOMPARE(request("GET", m_node.url(QStringLiteral("/test/hello"))).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_deferredAnswered, before + 10, 5000);
        QCOMPARE(request("GET", m_node.url(QStringLiteral("/test/hello"))).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
