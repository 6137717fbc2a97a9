#include "nodemigrations.h"
#include "runtime/noderuntime.h"
#include "store/database.h"
#include "support/testsupport.h"
#include "traffic/requestlog.h"
#include "traffic/trafficstore.h"

#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ocpi;

namespace {

TrafficRecord entry(int n)
{
    TrafficRecord r;
    r.timestamp = test::fixedNow().addSecs(n);
    r.method = QStringLiteral("GET");
    r.url = QStringLiteral("/ocpi/versions?n=%1").arg(n);
    r.httpStatus = 200;
    r.ocpiStatus = 1000;
    r.requestId = QStringLiteral("req-%1").arg(n);
    r.correlationId = QStringLiteral("corr-%1").arg(n);
    return r;
}

qint64 storedCount(Database &db)
{
    const auto count = TrafficStore::count(db.connection());
    return count ? *count : -1;
}

// Watches `flushed` from whichever thread emits it.
struct FlushWatcher
{
    QMutex mutex;
    QSet<QThread *> threads;
    int emissions = 0;
    qint64 lastId = 0;

    void attach(RequestLog &log)
    {
        QObject::connect(&log, &RequestLog::flushed, &log, [this](qint64 id) {
            QMutexLocker lock(&mutex);
            threads.insert(QThread::currentThread());
            ++emissions;
            lastId = id;
        }, Qt::DirectConnection);
    }
    int count()
    {
        QMutexLocker lock(&mutex);
        return emissions;
    }
};

} // namespace

// The request log: off the request path, batched, masked, bounded.
class TestRequestLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        auto db = std::make_unique<Database>();
        const Status status = db->open(test::testDatabase(m_dir, QStringLiteral("log-%1.sqlite").arg(++m_dbCounter)), trafficMigrations());
        if (!status)
            qFatal("cannot open test database: %s", qPrintable(status.error().message));
        return db;
    }

private slots:
    void writtenInOneBatchOffTheCallingThread()
    {
        auto db = freshDatabase();
        RequestLogOptions options;
        options.flushIntervalMs = 60000; // only flush() writes
        RequestLog log(*db, options);
        FlushWatcher watcher;
        watcher.attach(log);
        log.start();
        for (int i = 1; i <= 50; ++i)
            log.record(entry(i));
        QCOMPARE(storedCount(*db), 0); // record() only queues
        log.flush();
        QCOMPARE(storedCount(*db), 50);
        QCOMPARE(watcher.count(), 1);   // one batch, one transaction
        QCOMPARE(watcher.threads.size(), 1);
        QVERIFY(!watcher.threads.contains(QThread::currentThread()));
        QCOMPARE(log.recordedCount(), 50);
        QCOMPARE(log.droppedCount(), 0);

        const auto records = TrafficStore::since(db->connection(), 0, 100);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 50);
        QCOMPARE(records->first().requestId, QStringLiteral("req-1")); // in the order recorded
        QCOMPARE(records->last().url, QStringLiteral("/ocpi/versions?n=50"));
        QCOMPARE(watcher.lastId, records->last().id);
        log.stop();
    }

    void writerThreadWritesWithoutFlush()
    {
        auto db = freshDatabase();
        RequestLogOptions options;
        options.flushIntervalMs = 50;
        RequestLog log(*db, options);
        FlushWatcher watcher;
        watcher.attach(log);
        log.start();
        for (int i = 1; i <= 10; ++i)
            log.record(entry(i));
        QTRY_COMPARE_WITH_TIMEOUT(log.recordedCount(), 10, 5000);
        QCOMPARE(storedCount(*db), 10);
        QVERIFY(!watcher.threads.contains(QThread::currentThread()));
        log.stop();
    }

    void flushWithoutWriterThread()
    {
        auto db = freshDatabase();
        RequestLog log(*db, RequestLogOptions());
        log.record(entry(1));
        log.record(entry(2));
        log.flush();
        QCOMPARE(storedCount(*db), 2);
    }

    void stopWritesWhatIsQueued()
    {
        auto db = freshDatabase();
        RequestLogOptions options;
        options.flushIntervalMs = 60000;
        RequestLog log(*db, options);
        log.start();
        for (int i = 1; i <= 5; ++i)
            log.record(entry(i));
        log.stop();
        QCOMPARE(storedCount(*db), 5);
    }

    void queueOverflowIsCountedAsDropped()
    {
        auto db = freshDatabase();
        RequestLogOptions options;
        options.queueCapacity = 5;
        options.flushIntervalMs = 60000;
        RequestLog log(*db, options);
        log.start();
        for (int i = 1; i <= 8; ++i)
            log.record(entry(i));
        QCOMPARE(log.droppedCount(), 3);
        log.flush();
        QCOMPARE(storedCount(*db), 5);
        QCOMPARE(log.recordedCount(), 5);
        // The queue has room again.
        log.record(entry(9));
        log.flush();
        QCOMPARE(storedCount(*db), 6);
        QCOMPARE(log.droppedCount(), 3);
        log.stop();
    }

    // Entries older than the retention in days go, however few there are.
    void retentionByAge()
    {
        auto db = freshDatabase();
        RequestLogOptions options;
        options.retentionDays = 30;
        RequestLog log(*db, options);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int flushes = 0; flushes < 25; ++flushes) {
            TrafficRecord old = entry(flushes);
            old.timestamp = now.addDays(-31).addSecs(flushes);
            TrafficRecord recent = entry(100 + flushes);
            recent.timestamp = now.addDays(-29).addSecs(flushes);
            log.record(old);
            log.record(recent);
            log.flush();
        }
        const auto all = TrafficStore::since(db->connection(), 0, 1000);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 25); // the 25 recent ones; pruned at the 25th flush
        for (const TrafficRecord &r : *all)
            QVERIFY2(r.timestamp > now.addDays(-30), qPrintable(r.requestId));
    }

    void retentionPrunesTheOldest()
    {
        auto db = freshDatabase();
        RequestLogOptions options;
        options.retentionRows = 10;
        RequestLog log(*db, options);
        int n = 0;
        qint64 largest = 0;
        for (int flushes = 0; flushes < 60; ++flushes) {
            for (int i = 0; i < 3; ++i)
                log.record(entry(++n));
            log.flush();
            largest = qMax(largest, storedCount(*db));
        }
        QCOMPARE(log.recordedCount(), 180);
        // Bounded: never far above the retention, however long the node runs.
        QVERIFY2(largest < 180 * 2 / 3, qPrintable(QString::number(largest)));
        const auto all = TrafficStore::since(db->connection(), 0, 1000);
        QVERIFY(all.ok());
        QVERIFY(all->size() >= 10);
        QVERIFY(all->size() < 180);
        // The oldest went first; the newest ten are all there.
        QVERIFY(all->first().requestId != QStringLiteral("req-1"));
        QCOMPARE(all->last().requestId, QStringLiteral("req-180"));
        for (qsizetype i = 1; i < all->size(); ++i)
            QCOMPARE(all->at(i).id, all->at(i - 1).id + 1);
    }

    // TF-07, CRED-19: the log never holds a whole token.
    void authorizationMasked_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray b64 = QByteArray("AbCdEfGh23456789jkmnpqrstuvwxyzABCDEFGHJKLMNPQRS").toBase64();
        QTest::newRow("base64 token") << QByteArray("Authorization") << QByteArray("Token " + b64)
                                      << QByteArray("Authorization: Token QWJD\xe2\x80\xa6(64 chars)\n");
        QTest::newRow("raw token") << QByteArray("Authorization") << QByteArray("Token AbCdEfGh23456789jkmnpqrstuvwxyz")
                                   << QByteArray("Authorization: Token AbCd\xe2\x80\xa6(31 chars)\n");
        QTest::newRow("TF-03 lower-case header name") << QByteArray("authorization") << QByteArray("Token " + b64)
                                                      << QByteArray("authorization: Token QWJD\xe2\x80\xa6(64 chars)\n");
        QTest::newRow("upper-case header name") << QByteArray("AUTHORIZATION") << QByteArray("Token " + b64)
                                                << QByteArray("AUTHORIZATION: Token QWJD\xe2\x80\xa6(64 chars)\n");
        QTest::newRow("other scheme") << QByteArray("Authorization") << QByteArray("Bearer abcdefghijklmnop")
                                      << QByteArray("Authorization: Bearer abcd\xe2\x80\xa6(16 chars)\n");
        QTest::newRow("no scheme") << QByteArray("Authorization") << QByteArray("abcdefghijklmnop")
                                   << QByteArray("Authorization: abcd\xe2\x80\xa6(16 chars)\n");
        QTest::newRow("other headers untouched") << QByteArray("X-Request-ID") << QByteArray("abc-123")
                                                 << QByteArray("X-Request-ID: abc-123\n");
    }

    void authorizationMasked()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(masking::headersText({{name, value}}), expected);
    }

    void tokenValuesMasked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("credentials object")
            << QByteArray("{\"token\":\"AbCdEfGh23456789jkmnpq\",\"url\":\"https://x/versions\"}")
            << QByteArray("{\"token\":\"AbCd\xe2\x80\xa6(22 chars)\",\"url\":\"https://x/versions\"}")
            << QByteArray("AbCdEfGh23456789jkmnpq");
        QTest::newRow("spaces around the colon")
            << QByteArray("{\n  \"token\" :  \"AbCdEfGh23456789jkmnpq\"\n}")
            << QByteArray("{\n  \"token\" :  \"AbCd\xe2\x80\xa6(22 chars)\"\n}")
            << QByteArray("AbCdEfGh23456789jkmnpq");
        QTest::newRow("several tokens")
            << QByteArray("{\"data\":{\"token\":\"first-token-1234\"},\"x\":[{\"token\":\"second-token-5678\"}]}")
            << QByteArray("{\"data\":{\"token\":\"firs\xe2\x80\xa6(16 chars)\"},\"x\":[{\"token\":\"seco\xe2\x80\xa6(17 chars)\"}]}")
            << QByteArray("token-1234");
        QTest::newRow("CRED-02 token with an escaped quote")
            << QByteArray("{\"token\":\"ab\\\"cdefghijklmnopqrst\"}")
            << QByteArray("{\"token\":\"ab\\\"c\xe2\x80\xa6(21 chars)\"}")
            << QByteArray("cdefghijklmnopqrst");
        QTest::newRow("CRED-02 token with a backslash")
            << QByteArray("{\"token\":\"ab\\\\cdefghijklmnopqrst\"}")
            << QByteArray("{\"token\":\"ab\\\\c\xe2\x80\xa6(21 chars)\"}")
            << QByteArray("cdefghijklmnopqrst");
        QTest::newRow("CRED-02 escape at the cut stays valid JSON")
            << QByteArray("{\"token\":\"abc\\\"defghijklmnopqrst\"}")
            << QByteArray("{\"token\":\"abc\\\"\xe2\x80\xa6(21 chars)\"}")
            << QByteArray("defghijklmnopqrst");
        QTest::newRow("other fields untouched")
            << QByteArray("{\"uid\":\"012345678\",\"type\":\"RFID\"}") << QByteArray("{\"uid\":\"012345678\",\"type\":\"RFID\"}")
            << QByteArray();
        QTest::newRow("not JSON") << QByteArray("token=abc") << QByteArray("token=abc") << QByteArray();
    }

    void tokenValuesMasked()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        QFETCH(QByteArray, secret);
        const QByteArray masked = masking::body(body, 8192);
        QCOMPARE(masked, expected);
        if (!secret.isEmpty())
            QVERIFY(!masked.contains(secret));
        // What was JSON stays JSON (the console shows it parsed).
        QJsonParseError before;
        QJsonDocument::fromJson(body, &before);
        if (before.error == QJsonParseError::NoError) {
            QJsonParseError after;
            QJsonDocument::fromJson(masked, &after);
            QCOMPARE(after.errorString(), before.errorString());
        }
    }

    void bodiesTruncated_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray hundred(100, 'x');
        QTest::newRow("under the limit") << QByteArray("{\"a\":1}") << 10 << QByteArray("{\"a\":1}");
        QTest::newRow("exactly the limit") << QByteArray(10, 'y') << 10 << QByteArray(10, 'y');
        QTest::newRow("over the limit") << hundred << 10
                                        << QByteArray(10, 'x') + "\n\xe2\x80\xa6(truncated, 100 bytes in all)";
        QTest::newRow("limit zero keeps nothing") << hundred << 0
                                                  << QByteArray("\n\xe2\x80\xa6(truncated, 100 bytes in all)");
        QTest::newRow("empty body") << QByteArray() << 10 << QByteArray();
        // Masking comes first, so a cut never leaves part of a token behind.
        QTest::newRow("token masked before the cut; the size is what was sent")
            << QByteArray("{\"token\":\"AbCdEfGh23456789jkmnpq\"}") << 20
            << QByteArray("{\"token\":\"AbCd\xe2\x80\xa6(22") + "\n\xe2\x80\xa6(truncated, 34 bytes in all)";
    }

    void bodiesTruncated()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, limit);
        QFETCH(QByteArray, expected);
        QCOMPARE(masking::body(body, limit), expected);
    }

    // End to end: what the dispatcher hands the log is masked and cut to --log-body-bytes.
    void nodeLogsMaskedExchanges()
    {
        QTemporaryDir dir;
        NodeConfig config = test::nodeConfig(dir);
        config.logBodyBytes = 64;
        NodeRuntime node(config);
        QVERIFY(node.start().ok());
        // Health probes are kept out of the log (they would drown the partners' traffic).
        QCOMPARE(test::request("GET", QUrl(node.publicBase() + QStringLiteral("/health"))).status, 200);
        const QString token = QStringLiteral("Secret9876543210TokenValueNeverLogged");
        const QUrl url(node.publicBase() + QStringLiteral("/ocpi/2.2.1/nowhere"));
        const QByteArray body = "{\"token\":\"InBodySecret1234567890\",\"padding\":\"" + QByteArray(200, 'p') + "\"}";
        const auto result = test::request("POST", url, body, {{"Authorization", test::tokenHeader(token)},
                                                               {"X-Request-ID", "log-me-1"}});
        QCOMPARE(result.status, 404);
        node.requestLog().flush();

        const auto recent = TrafficStore::recent(node.trafficDatabase().connection(), 10);
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 1);
        const auto found = TrafficStore::find(node.trafficDatabase().connection(), recent->first().id);
        QVERIFY(found.ok() && found->has_value());
        const TrafficRecord &r = **found;
        QCOMPARE(r.method, QStringLiteral("POST"));
        QCOMPARE(r.url, QStringLiteral("/ocpi/2.2.1/nowhere"));
        QCOMPARE(r.httpStatus, 404);
        QCOMPARE(r.ocpiStatus, 2000);
        QCOMPARE(r.requestId, QStringLiteral("log-me-1"));
        const QByteArray b64 = token.toUtf8().toBase64();
        QVERIFY2(!r.requestHeaders.contains(b64), r.requestHeaders.constData());
        QVERIFY2(!r.requestHeaders.contains(token.toUtf8()), r.requestHeaders.constData());
        QVERIFY2(r.requestHeaders.contains("Token " + b64.left(4) + "\xe2\x80\xa6(" + QByteArray::number(b64.size()) + " chars)"),
                 r.requestHeaders.constData());
        QVERIFY2(!r.requestBody.contains("InBodySecret1234567890"), r.requestBody.constData());
        QVERIFY2(r.requestBody.startsWith("{\"token\":\"InBo\xe2\x80\xa6(22 chars)\""), r.requestBody.constData());
        QVERIFY2(r.requestBody.contains("(truncated, "), r.requestBody.constData());
        QVERIFY(r.responseHeaders.contains("Content-Type: application/json"));
        QVERIFY(r.responseBody.contains("\"status_code\":2000"));
        node.stop();
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
