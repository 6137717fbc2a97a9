#include "support/objectjson.h"
#include "support/twonodes.h"

#include "config/nodeidentity.h"
#include "config/nodeprocesses.h"
#include "modules/tariffs/tariffservice.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "store/database.h"
#include "store/leadership.h"
#include "sync/outboxdeliverer.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString kReceiverPrefix = QStringLiteral("/ocpi/emsp/2.2.1/tariffs/NL/CPO/");

bool onPostgres()
{
    return qEnvironmentVariable("OCPI_TEST_DATABASE") == QLatin1String("postgresql");
}

// Version v of an object: its last_updated, one minute per version.
QString version(int v)
{
    return QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC).addSecs(60 * v).toString(Qt::ISODate);
}

} // namespace

// Several node processes on one PostgreSQL database (issue 8): two CPO node runtimes in this test
// process, each with its own connections to the same database, as two ocpi-node processes behind a
// load balancer would be. Both pump the same outbox, yet every change reaches the partner exactly
// once and in order per object; one of them leads the once-only work and the other takes over
// within seconds when the leader stops or its session dies; both say so in their heartbeat rows.
// On SQLite (one process per file) every process leads.
class TestMultiProcess : public QObject
{
    Q_OBJECT

private:
    TwoNodes m_nodes;
    std::unique_ptr<NodeRuntime> m_second;   // the CPO's second process

    NodeRuntime &first() { return m_nodes.cpo(); }
    NodeRuntime &second() { return *m_second; }

    void startSecond()
    {
        // Same directory and database name as the CPO's: the same database.
        m_second = m_nodes.startAnother({QStringLiteral("NL-CPO:CPO")}, QStringLiteral("cpo.sqlite"));
        QVERIFY(m_second);
    }

    // What the eMSP accepted per tariff id, in arrival order: the versions' last_updated.
    QMap<QString, QStringList> receivedPerObject()
    {
        QMap<QString, QStringList> perObject;
        for (const TrafficRecord &r : m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("tariffs"))) {
            if (r.httpStatus / 100 != 2 || r.ocpiStatus != 1000 || !r.url.startsWith(kReceiverPrefix))
                continue;
            perObject[r.url.mid(kReceiverPrefix.size())]
                << QJsonDocument::fromJson(r.requestBody).object().value(QStringLiteral("last_updated")).toString();
        }
        return perObject;
    }

    QList<NodeProcess> processes(NodeRuntime &node)
    {
        auto list = node.services().processes();
        if (!list)
            qFatal("cannot list the node processes: %s", qPrintable(list.error().message));
        return *list;
    }

private slots:
    void init()
    {
        QVERIFY_STATUS(m_nodes.start());
        startSecond();
    }

    void cleanup()
    {
        m_second.reset();
        m_nodes.stop();
    }

    void everyChangeOnceAndInOrder()
    {
        if (!onPostgres())
            QSKIP("several processes serve one database on PostgreSQL only");
        // The second process looks at the table more often than its default second: both pump all
        // the time, each claiming what the other has not.
        second().deliverer().start(20);
        first().deliverer().start(20);
        QMap<QString, int> deliveredBy;
        connect(&first().deliverer(), &OutboxDeliverer::delivered, this, [&] { ++deliveredBy[QStringLiteral("first")]; });
        connect(&second().deliverer(), &OutboxDeliverer::delivered, this, [&] { ++deliveredBy[QStringLiteral("second")]; });

        constexpr int kObjects = 25;
        constexpr int kVersions = 10;
        QMap<QString, QStringList> expected;
        for (int v = 1; v <= kVersions; ++v) {
            for (int o = 0; o < kObjects; ++o) {
                const QString id = QStringLiteral("T%1").arg(o);
                // Changes are made through both processes, as a load balancer spreads operators' calls.
                NodeRuntime &through = (o + v) % 2 ? first() : second();
                QVERIFY_STATUS(through.services().service<TariffService>().putOwn(tariff(id, version(v), 0.1 * v)));
                expected[id] << version(v);
            }
            QTest::qWait(5); // lets the deliverers run between rounds, so pushes and changes overlap
        }
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo, 60000));
        const QMap<QString, QStringList> received = receivedPerObject();
        QCOMPARE(received.size(), kObjects);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(received.value(it.key()), it.value());
        QCOMPARE(deliveredBy.value(QStringLiteral("first")) + deliveredBy.value(QStringLiteral("second")),
                 kObjects * kVersions);
        qInfo("delivered by the first process: %d, by the second: %d", deliveredBy.value(QStringLiteral("first")),
              deliveredBy.value(QStringLiteral("second")));
        QVERIFY(deliveredBy.value(QStringLiteral("first")) > 0);
        QVERIFY(deliveredBy.value(QStringLiteral("second")) > 0);
    }

    void oneLeaderAndATakeOver()
    {
        if (!onPostgres()) {
            // One process per SQLite file: whoever serves it leads.
            QVERIFY(first().services().leadership().isLeader());
            QVERIFY(second().services().leadership().isLeader());
            return;
        }
        // The first started first and leads; the second follows.
        QTRY_VERIFY(first().services().leadership().isLeader());
        QVERIFY(!second().services().leadership().isLeader());

        // The leader's session dies as when its process is killed (the server drops its lock):
        // the second leads within seconds, and the first finds out it no longer does.
        QSqlQuery kill(second().database().connection());
        QVERIFY2(kill.exec(QStringLiteral(
                     "SELECT pg_terminate_backend(l.pid) FROM pg_locks l, "
                     "(SELECT CAST(hashtext('ocpi-node leader ' || current_schema()) AS BIGINT) AS k) key "
                     "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.database = "
                     "(SELECT oid FROM pg_database WHERE datname = current_database()) "
                     "AND l.objid = CAST(key.k & 4294967295 AS OID) AND l.classid = CAST((key.k >> 32) & 4294967295 AS OID)")),
                 qPrintable(kill.lastError().text()));
        QVERIFY(kill.next());
        kill.finish();
        QElapsedTimer took;
        took.start();
        QTRY_VERIFY_WITH_TIMEOUT(second().services().leadership().isLeader(), 10000);
        qInfo("the second process led %lld ms after the first one's session died", took.elapsed());
        QVERIFY(took.elapsed() < 3 * Leadership::kRetryMs);
        QTRY_VERIFY_WITH_TIMEOUT(!first().services().leadership().isLeader(), 10000);
        // The heartbeat rows name one leader, the second.
        const auto leaders = [&] {
            QStringList ids;
            for (const NodeProcess &p : processes(first()))
                if (p.leader)
                    ids << p.id;
            return ids;
        };
        QTRY_COMPARE(leaders(), QStringList{second().processId()});
        // The first campaigns again, and follows.
        QTest::qWait(2 * Leadership::kRetryMs);
        QVERIFY(!first().services().leadership().isLeader());
        QVERIFY(second().services().leadership().isLeader());

        // The leader stops cleanly: the first takes over at its next try.
        took.restart();
        m_second.reset();
        QTRY_VERIFY_WITH_TIMEOUT(first().services().leadership().isLeader(), 10000);
        qInfo("the first process led %lld ms after the second stopped", took.elapsed());
        QVERIFY(took.elapsed() < 3 * Leadership::kRetryMs);
    }

    void heartbeats()
    {
        if (!onPostgres())
            QSKIP("several processes serve one database on PostgreSQL only (tst_mainwindow shows SQLite's one)");
        // Both processes serve and say so; one leads.
        QTRY_VERIFY(first().services().leadership().isLeader() != second().services().leadership().isLeader());
        const auto byId = [&](NodeRuntime &node) {
            QMap<QString, NodeProcess> map;
            for (const NodeProcess &p : processes(node))
                map.insert(p.id, p);
            return map;
        };
        QTRY_COMPARE(byId(second()).size(), 2);
        QMap<QString, NodeProcess> rows = byId(second());
        QVERIFY(rows.contains(first().processId()));
        QVERIFY(rows.contains(second().processId()));
        for (NodeRuntime *node : {&first(), &second()}) {
            const NodeProcess row = rows.value(node->processId());
            QVERIFY(row.alive);
            QCOMPARE(row.pid, QCoreApplication::applicationPid());
            QCOMPARE(row.host, localHostName());
            QCOMPARE(row.url, node->versionsUrl());
            QTRY_COMPARE(byId(*node).value(node->processId()).leader, node->services().leadership().isLeader());
        }
        // The other node's database has its own process.
        QCOMPARE(processes(m_nodes.emsp()).size(), 1);

        // Rows not refreshed for long enough read as gone, and lead nothing.
        auto stale = NodeProcesses::list(second().database(), -1);
        QVERIFY(stale.ok());
        QVERIFY(std::none_of(stale->cbegin(), stale->cend(), [](const NodeProcess &p) { return p.alive || p.leader; }));

        // A clean stop removes the row.
        const QString gone = second().processId();
        m_second.reset();
        rows = byId(first());
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.contains(gone));
    }

    // A process killed while it held outbox claims: its heartbeat row goes stale, and the leader
    // hands its claims back at its next beat instead of leaving them until their lease runs out.
    void claimsOfAGoneProcessAreReleased()
    {
        Database &db = first().services().database();
        // The partner is down: the change waits in the outbox.
        m_nodes.stopNode(TwoNodes::Emsp);
        QVERIFY_STATUS(first().services().service<TariffService>().putOwn(tariff(QStringLiteral("GHOST-1"), version(1), 0.25)));
        // Last seen a minute ago: gone (NodeProcesses::kGoneAfterMs), not yet forgotten.
        Statement ghost(db, QStringLiteral("INSERT INTO node_processes (id, host, pid, url, started_at, last_seen_ms, leader)"
                                           " VALUES ('ghost:1:x', 'elsewhere', 1, '', '2026-01-01T00:00:00Z', ?, 0)"));
        ghost.bind(QDateTime::currentMSecsSinceEpoch() - 60 * 1000);
        QVERIFY_STATUS(ghost.exec("insert a gone process"));
        const qint64 inAnHour = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        Statement claim(db, QStringLiteral("UPDATE outbox SET claimed_by = 'ghost:1:x', lease_until_ms = ?"));
        claim.bind(inAnHour);
        QVERIFY_STATUS(claim.exec("claim as the gone process"));
        QVERIFY(claim.rowsAffected() >= 1);
        const auto ghostClaims = [&db] {
            Statement count(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE claimed_by = 'ghost:1:x'"));
            if (!count.exec("count the gone process's claims") || !count.next())
                return -1;
            return count.value(0).toInt();
        };
        QVERIFY(ghostClaims() >= 1);
        // One heartbeat (3 s) later, not an hour.
        QTRY_COMPARE_WITH_TIMEOUT(ghostClaims(), 0, 10000);
    }
};

QTEST_GUILESS_MAIN(TestMultiProcess)
#include "tst_multiprocess.moc"
