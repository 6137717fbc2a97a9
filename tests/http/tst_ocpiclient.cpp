#include "support/scriptedpeer.h"

#include "client/ocpiclient.h"

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString kToken = QStringLiteral("client-test-token-0123456789");

// An answer that sends the caller to `location`.
HttpResponse redirect(int status, const QString &location)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html";
    response.body = "<a href=\"" + location.toUtf8() + "\">moved</a>";
    response.setHeader("Location", location.toUtf8());
    return response;
}

QByteArray headerOf(const ScriptedPeer::Seen &seen, QByteArrayView name)
{
    for (const auto &[key, value] : seen.headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

OcpiReply replyWith(int httpStatus, const QByteArray &retryAfter = QByteArray())
{
    OcpiReply reply;
    reply.httpStatus = httpStatus;
    if (!retryAfter.isNull())
        reply.headers.append({"Retry-After", retryAfter});
    return reply;
}

} // namespace

// The client as partners built on common web frameworks need it (issue 13, "a tolerant client"):
// 307/308 redirects to the same origin are followed with method, body and token; a redirect to
// another origin never gets our token; an honest User-Agent; Retry-After read in both forms.
class TestOcpiClient : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;

    OcpiReply call(OcpiClient &client, const QByteArray &method, const QString &url, const QByteArray &body = {})
    {
        OutgoingRequest request;
        request.method = method;
        request.url = url;
        request.body = body;
        request.token = kToken;
        request.partner = QStringLiteral("framework-peer");
        std::optional<OcpiReply> reply;
        client.send(request, [&reply](const OcpiReply &r) { reply = r; });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000))
            qFatal("no reply from the client");
        return *reply;
    }

private slots:
    // A framework that wants its trailing slash: the 307/308 is followed once, to the same origin,
    // with the same method, body and Authorization; 301/302/303 only for GET.
    void sameOriginRedirects_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("followed");
        QTest::newRow("307 GET") << 307 << QByteArray("GET") << true;
        QTest::newRow("307 PUT keeps method and body") << 307 << QByteArray("PUT") << true;
        QTest::newRow("308 POST keeps method and body") << 308 << QByteArray("POST") << true;
        QTest::newRow("302 GET") << 302 << QByteArray("GET") << true;
        QTest::newRow("301 PATCH is not turned into a GET") << 301 << QByteArray("PATCH") << false;
        QTest::newRow("303 PUT is not turned into a GET") << 303 << QByteArray("PUT") << false;
    }

    void sameOriginRedirects()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        QFETCH(bool, followed);
        ScriptedPeer peer;
        const QString base = peer.base();
        peer.on(method, QStringLiteral("/things"), [status, base](const RouteCall &call) {
            if (!call.request.path.endsWith(QLatin1Char('/')))
                return redirect(status, base + QStringLiteral("/things/")); // absolute
            return reply::json(QJsonObject{{QStringLiteral("echo"), QString::fromUtf8(call.request.body)}}, call.now);
        });
        OcpiClient client(nullptr, m_clock);
        const QByteArray body = method == "GET" ? QByteArray() : QByteArray(R"({"id":"T1"})");
        const OcpiReply reply = call(client, method, base + QStringLiteral("/things"), body);

        if (!followed) {
            QVERIFY(!reply.ok());
            QCOMPARE(reply.httpStatus, status);
            QVERIFY2(reply.describe().contains(QStringLiteral("would turn into a GET")), qPrintable(reply.describe()));
            QCOMPARE(peer.targets(method), QStringList{QStringLiteral("/peer/things")});
            return;
        }
        QVERIFY2(reply.ok(), qPrintable(reply.describe()));
        QCOMPARE(reply.dataAsObject().value(QStringLiteral("echo")).toString(), QString::fromUtf8(body));
        QCOMPARE(peer.targets(method), (QStringList{QStringLiteral("/peer/things"), QStringLiteral("/peer/things/")}));
        for (const ScriptedPeer::Seen &seen : peer.seen())
            QCOMPARE(headerOf(seen, "Authorization"), QByteArray("Token ") + kToken.toUtf8().toBase64());
    }

    void relativeRedirectAndTooManyHops()
    {
        ScriptedPeer peer;
        peer.on("GET", QStringLiteral("/hop/{n}"), [](const RouteCall &call) {
            const int n = call.param(QStringLiteral("n")).toInt();
            return n == 3 ? reply::ok(call.now) : redirect(307, QStringLiteral("/peer/hop/%1").arg(n + 1));
        });
        peer.on("GET", QStringLiteral("/loop"), [](const RouteCall &) { return redirect(308, QStringLiteral("loop")); });
        OcpiClient client(nullptr, m_clock);
        const OcpiReply hops = call(client, "GET", peer.base() + QStringLiteral("/hop/0"));
        QVERIFY2(hops.ok(), qPrintable(hops.describe()));
        QCOMPARE(peer.targets().size(), 4);

        peer.clearSeen();
        const OcpiReply loop = call(client, "GET", peer.base() + QStringLiteral("/loop"));
        QVERIFY(!loop.ok());
        QVERIFY2(loop.describe().contains(QStringLiteral("more than 5 redirects")), qPrintable(loop.describe()));
        QCOMPARE(peer.targets().size(), OcpiClient::kMaxRedirects + 1);
    }

    // Another port is another origin: our token stays with the partner it was issued to.
    void redirectToAnotherOriginIsRefused()
    {
        ScriptedPeer partner;
        ScriptedPeer elsewhere;
        elsewhere.on("PUT", QStringLiteral("/things"), [](const RouteCall &call) { return reply::ok(call.now); });
        const QString target = elsewhere.base() + QStringLiteral("/things");
        partner.on("PUT", QStringLiteral("/things"), [target](const RouteCall &) { return redirect(307, target); });
        OcpiClient client(nullptr, m_clock);
        const OcpiReply reply = call(client, "PUT", partner.base() + QStringLiteral("/things"), R"({"id":"T1"})");
        QVERIFY(!reply.ok());
        QCOMPARE(reply.httpStatus, 307);
        const QString origin = elsewhere.base().section(QLatin1Char('/'), 0, 2);
        QCOMPARE(reply.describe(), QStringLiteral("HTTP 307: framework-peer redirected to another origin %1; our token "
                                                  "is not sent there").arg(origin));
        QCOMPARE(partner.targets("PUT").size(), 1);
        QVERIFY(elsewhere.seen().isEmpty());
        for (const ScriptedPeer::Seen &seen : elsewhere.seen())
            QVERIFY(headerOf(seen, "Authorization").isEmpty());
    }

    void userAgentIsOurs()
    {
        ScriptedPeer peer;
        peer.on("GET", QStringLiteral("/versions"), [](const RouteCall &call) { return reply::ok(call.now); });
        OcpiClient client(nullptr, m_clock);
        QVERIFY(call(client, "GET", peer.base() + QStringLiteral("/versions")).ok());
        QCOMPARE(headerOf(peer.seen().first(), "User-Agent"), QByteArray("ocpi-node/" OCPI_NODE_VERSION));
    }

    // RFC 9110: delay-seconds or an HTTP date; only 429 and 503 make the wait longer.
    void retryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("asked");   // -1: none
        QTest::addColumn<qint64>("delay");   // backoff 1000, cap 60000
        QTest::newRow("seconds") << 429 << QByteArray("7") << qint64(7000) << qint64(7000);
        QTest::newRow("seconds, capped") << 503 << QByteArray("86400") << qint64(86400000) << qint64(60000);
        QTest::newRow("shorter than the backoff") << 429 << QByteArray("0") << qint64(0) << qint64(1000);
        QTest::newRow("HTTP date") << 503 << QByteArray("Wed, 25 Nov 2026 12:00:30 GMT") << qint64(30000) << qint64(30000);
        QTest::newRow("HTTP date in the past") << 429 << QByteArray("Wed, 25 Nov 2026 11:00:00 GMT") << qint64(0) << qint64(1000);
        QTest::newRow("garbage") << 429 << QByteArray("soon") << qint64(-1) << qint64(1000);
        QTest::newRow("negative") << 429 << QByteArray("-5") << qint64(-1) << qint64(1000);
        QTest::newRow("none") << 429 << QByteArray() << qint64(-1) << qint64(1000);
        QTest::newRow("ignored on a 500") << 500 << QByteArray("30") << qint64(30000) << qint64(1000);
    }

    void retryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(qint64, asked);
        QFETCH(qint64, delay);
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        const OcpiReply reply = replyWith(status, header);
        QCOMPARE(reply.retryAfterMs(now).value_or(-1), asked);
        QCOMPARE(reply.retryDelayMs(1000, 60000, now), delay);
    }

    // Which answers a push may expect to heal by waiting, and which are the partner's "no".
    void refusalOrTransient_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("ocpiStatus"); // 0: no envelope
        QTest::addColumn<bool>("refusal");
        QTest::addColumn<bool>("transient");
        QTest::newRow("no answer") << 0 << 0 << false << true;
        QTest::newRow("422 without an envelope") << 422 << 0 << true << false;
        QTest::newRow("400 + 2001") << 400 << 2001 << true << false;
        QTest::newRow("200 + 2001") << 200 << 2001 << true << false;
        QTest::newRow("404 without an envelope") << 404 << 0 << true << false;
        QTest::newRow("401 (the token)") << 401 << 0 << false << false;
        QTest::newRow("403 + 2000 (the token)") << 403 << 2000 << false << false;
        QTest::newRow("408") << 408 << 0 << false << true;
        QTest::newRow("425") << 425 << 0 << false << true;
        QTest::newRow("429") << 429 << 0 << false << true;
        QTest::newRow("500") << 500 << 0 << false << true;
        QTest::newRow("503 + 3000") << 503 << 3000 << false << true;
        QTest::newRow("200 + 3001") << 200 << 3001 << false << true;
        QTest::newRow("307 not followed") << 307 << 0 << false << false;
    }

    void refusalOrTransient()
    {
        QFETCH(int, status);
        QFETCH(int, ocpiStatus);
        QFETCH(bool, refusal);
        QFETCH(bool, transient);
        OcpiReply reply = replyWith(status);
        reply.isEnvelope = ocpiStatus != 0;
        reply.ocpiStatus = ocpiStatus;
        QCOMPARE(reply.isRefusal(), refusal);
        QCOMPARE(reply.isTransient(), transient);
    }

    // What a framework's own validation answers is kept for the operator, in a bounded excerpt.
    void describeKeepsABodyExcerpt()
    {
        OcpiReply reply = replyWith(422);
        reply.body = R"({"detail": [{"loc": ["body", "id"],)" "\n" R"( "msg": "field required"}]})";
        QCOMPARE(reply.describe(), QStringLiteral(R"(HTTP 422 without an OCPI response envelope: {"detail": [{"loc": ["body", "id"], "msg": "field required"}]})"));
        reply.body = QByteArray(1000, 'x');
        QCOMPARE(reply.describe(), QStringLiteral("HTTP 422 without an OCPI response envelope: ") + QString(200, QLatin1Char('x'))
                                       + QStringLiteral("..."));
    }
};

QTEST_GUILESS_MAIN(TestOcpiClient)
#include "tst_ocpiclient.moc"
