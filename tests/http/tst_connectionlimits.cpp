#include "httptestserver.h"

#include "http/responses.h"

#include <QElapsedTimer>

#include <QTest>
#include <QTimer>

#include <memory>

using namespace ocpi;
using namespace ocpi::test;

namespace {

constexpr int kHeaderTimeoutMs = 600;
constexpr int kBodyTimeoutMs = 1200;
constexpr int kSlowHandlerMs = 1500;
constexpr int kMaxConnections = 6;
constexpr int kMaxPerClient = 3;

QHostAddress clientAddress(int last)
{
    return QHostAddress(QStringLiteral("127.0.0.%1").arg(last));
}

} // namespace

// Hardening issue item 2: slow clients cannot hold connections open forever (head and body
// deadlines), and the number of connections is bounded overall and per client address, the
// oldest idle connection making room first.
class TestConnectionLimits : public QObject
{
    Q_OBJECT

private:
    TestServer m_node;
    int m_slowStarted = 0; // requests that reached /test/slow's handler

    // An established, idle connection from `from` (one request answered).
    std::unique_ptr<RawClient> idleConnection(const QHostAddress &from)
    {
        auto client = std::make_unique<RawClient>();
        if (!client->connectTo(m_node.port(), from))
            return nullptr;
        client->send("GET /test/hello HTTP/1.1\r\nHost: t\r\n\r\n");
        if (!client->waitForResponses(1))
            return nullptr;
        // The guard ranks idle connections by their last activity in whole milliseconds of its own
        // wall clock (there is no clock to inject): let the clock move on, so the next connection's
        // activity is later and "oldest" is well defined. Time passing, not waiting for an outcome.
        QElapsedTimer answered;
        answered.start();
        (void)QTest::qWaitFor([&] { return answered.elapsed() >= 2; }, 1000);
        return client;
    }

private slots:
    void initTestCase()
    {
        m_node.router.addSync(openRoute("GET", QStringLiteral("/test/hello")), [](const RouteCall &c) { return reply::ok(c.now); });
        m_node.router.addSync(openRoute("PUT", QStringLiteral("/test/upload")), [](const RouteCall &c) { return reply::ok(c.now); });
        addSlowRoute(m_node.router, this, QStringLiteral("/test/slow"), kSlowHandlerMs, &m_slowStarted);
        HttpLimits limits;
        limits.idleTimeoutMs = 20000;
        limits.headerTimeoutMs = kHeaderTimeoutMs;
        limits.bodyTimeoutMs = kBodyTimeoutMs;
        limits.maxConnections = kMaxConnections;
        limits.maxConnectionsPerClient = kMaxPerClient;
        const Status started = m_node.start(limits);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void init()
    {
        QTRY_COMPARE(m_node.server->openConnections(), 0);
    }

    // A byte now and then keeps a connection active but never completes the head: 408, closed.
    void slowHeadTimesOut()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_node.port()));
        QElapsedTimer elapsed;
        elapsed.start();
        const QByteArray request = "GET /test/hello HTTP/1.1\r\nHost: t\r\nX-Slow: " + QByteArray(200, 's');
        for (int i = 0; i < request.size() && client.isConnected() && client.responses().isEmpty(); ++i) {
            client.send(QByteArray(1, request[i]));
            client.waitForResponses(1, 50);
        }
        QVERIFY2(client.waitForResponses(1, 3000), "a slow head was never cut off");
        QCOMPARE(client.responses().first().status, 408);
        QVERIFY(jsonObject(client.responses().first().body)
                    .value(QStringLiteral("status_message")).toString().contains(QStringLiteral("request head did not arrive")));
        QVERIFY2(elapsed.elapsed() >= kHeaderTimeoutMs - 50, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(client.waitForClose(3000));
    }

    void slowBodyTimesOut()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_node.port()));
        client.send("PUT /test/upload HTTP/1.1\r\nHost: t\r\nContent-Length: 1000\r\n\r\n");
        QElapsedTimer elapsed;
        elapsed.start();
        for (int i = 0; i < 1000 && client.isConnected() && client.responses().isEmpty(); ++i) {
            client.send("x");
            client.waitForResponses(1, 50);
        }
        QVERIFY2(client.waitForResponses(1, 3000), "a slow body was never cut off");
        QCOMPARE(client.responses().first().status, 408);
        QVERIFY(jsonObject(client.responses().first().body)
                    .value(QStringLiteral("status_message")).toString().contains(QStringLiteral("request body did not arrive")));
        QVERIFY2(elapsed.elapsed() >= kBodyTimeoutMs - 100, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(client.waitForClose(3000));
    }

    // A handler that takes longer than both deadlines is not a slow client.
    void slowHandlerIsNotASlowClient()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_node.port()));
        client.send("GET /test/slow HTTP/1.1\r\nHost: t\r\n\r\n");
        QVERIFY(client.waitForResponses(1, kSlowHandlerMs * 3));
        QCOMPARE(client.responses().first().status, 200);
    }

    void perClientCapClosesTheOldestIdle()
    {
        const QHostAddress from = clientAddress(2);
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < kMaxPerClient; ++i) {
            clients.push_back(idleConnection(from));
            QVERIFY(clients.back());
        }
        auto newcomer = idleConnection(from);
        QVERIFY2(newcomer, "the newcomer was not served");
        QVERIFY2(clients[0]->waitForClose(3000), "the oldest idle connection was not closed");
        for (int i = 1; i < kMaxPerClient; ++i)
            QVERIFY(clients[size_t(i)]->isConnected());
        QCOMPARE(m_node.server->openConnections(), kMaxPerClient);
    }

    // Connections whose requests are being handled are never closed to make room: the newcomer
    // is told to come back (503) instead.
    void perClientCapWithEveryConnectionBusy()
    {
        const QHostAddress from = clientAddress(3);
        std::vector<std::unique_ptr<RawClient>> busy;
        const int started = m_slowStarted;
        for (int i = 0; i < kMaxPerClient; ++i) {
            busy.push_back(std::make_unique<RawClient>());
            QVERIFY(busy.back()->connectTo(m_node.port(), from));
            busy.back()->send("GET /test/slow HTTP/1.1\r\nHost: t\r\n\r\n");
        }
        QTRY_COMPARE(m_slowStarted, started + kMaxPerClient); // every connection has a request in its handler
        RawClient newcomer;
        newcomer.connectTo(m_node.port(), from);  // may be answered and closed before it looks
        QVERIFY(newcomer.waitForResponses(1, 3000));
        QCOMPARE(newcomer.responses().first().status, 503);
        QVERIFY(jsonObject(newcomer.responses().first().body)
                    .value(QStringLiteral("status_message")).toString().contains(QStringLiteral("too many connections from 127.0.0.3")));
        QVERIFY(newcomer.waitForClose(3000));
        for (auto &client : busy) {
            QVERIFY(client->waitForResponses(1, kSlowHandlerMs * 3));
            QCOMPARE(client->responses().first().status, 200);
        }
        // A different client is not affected by this one's cap.
        QVERIFY(idleConnection(clientAddress(9)));
    }

    // When the node is full, the client holding the most connections gives up its oldest idle one.
    void serverCapTakesFromTheBusiestClient()
    {
        std::vector<std::unique_ptr<RawClient>> heavy;
        for (int i = 0; i < 3; ++i)
            heavy.push_back(idleConnection(clientAddress(4)));
        std::vector<std::unique_ptr<RawClient>> light;
        for (int i = 0; i < 2; ++i)
            light.push_back(idleConnection(clientAddress(5)));
        auto third = idleConnection(clientAddress(6));
        for (const auto &client : heavy)
            QVERIFY(client);
        for (const auto &client : light)
            QVERIFY(client);
        QVERIFY(third);
        QCOMPARE(m_node.server->openConnections(), kMaxConnections);

        auto newcomer = idleConnection(clientAddress(6));
        QVERIFY2(newcomer, "the newcomer was not served");
        QVERIFY2(heavy[0]->waitForClose(3000), "the busiest client's oldest idle connection stayed open");
        for (const auto &client : light)
            QVERIFY(client->isConnected());
        QVERIFY(third->isConnected());
        QVERIFY(heavy[1]->isConnected());
        QCOMPARE(m_node.server->openConnections(), kMaxConnections);
    }
};

QTEST_GUILESS_MAIN(TestConnectionLimits)
#include "tst_connectionlimits.moc"
