#include "nodemigrations.h"
#include "support/fakepeer.h"
#include "systemsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace ocpi::test;

// A serving eMSP node is killed with SIGKILL while a partner CPO streams concurrent PUTs of its
// Locations (LOC-03), then restarted on the same database: every PUT the node acknowledged (HTTP 2xx,
// status_code 1000, TF-20) must be there and equal to what was sent, a PUT that was never answered is
// either absent or whole, and after a clean stop the SQLite file passes PRAGMA integrity_check.
// Acknowledgements come after a group commit with synchronous=FULL, so this is the property that
// makes "1000" mean "stored".
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    static constexpr int kLanes = 8;                 // PUTs in flight
    static constexpr int kAcknowledgedBeforeKill = 300;

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_node;
    std::unique_ptr<FakePeer> m_peer;                // the partner CPO's own platform (NL-CPO)
    QString m_tokenC;                                // the partner's token at the node
    QString m_receiver;                              // the node's locations Receiver endpoint
    QHash<QString, QJsonObject> m_acknowledged;      // location id -> the object PUT
    QHash<QString, QJsonObject> m_unanswered;        // sent, but no acknowledgement came back

    QString databasePath() const { return m_dir.filePath(QStringLiteral("node.sqlite")); }
    QStringList options() const { return nodeOptions(databasePath(), m_port, QStringLiteral("DE-EMS:EMSP")); }
    QUrl locationUrl(const QString &id) const { return QUrl(m_receiver + QStringLiteral("/NL/CPO/") + id); }

    bool startNode()
    {
        m_node = serveNode(options());
        return m_node->state() == QProcess::Running && m_node->readLine().contains("/ocpi/versions");
    }

    // GETs every location sent so far through the Receiver interface (as the partner) and lists
    // what differs from what was sent.
    QStringList storedDifferences()
    {
        QStringList problems;
        QStringList ids = m_acknowledged.keys() + m_unanswered.keys();
        qsizetype next = 0;
        RequestLanes lanes(kLanes, tokenHeader(m_tokenC));
        lanes.run([&]() -> std::optional<RequestLanes::Call> {
            if (next >= ids.size())
                return std::nullopt;
            const QString id = ids.at(next++);
            return RequestLanes::Call{"GET", locationUrl(id), {}, [this, id, &problems](const RequestLanes::Answer &answer) {
                const bool acknowledged = m_acknowledged.contains(id);
                const QJsonObject sent = acknowledged ? m_acknowledged.value(id) : m_unanswered.value(id);
                if (!acknowledged && answer.status == 404)
                    return; // never committed: allowed
                if (!answer.acknowledged())
                    problems << QStringLiteral("%1 (%2): HTTP %3 %4").arg(id, acknowledged ? "acknowledged" : "unanswered")
                                    .arg(answer.status).arg(QString::fromUtf8(answer.body.left(200)));
                else if (answer.json().value(QStringLiteral("data")).toObject() != sent)
                    problems << QStringLiteral("%1: stored differs: %2").arg(id, QString::fromUtf8(answer.body.left(300)));
            }};
        });
        if (!lanes.waitIdle(60000))
            problems << QStringLiteral("GETs did not finish");
        return problems;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_port = freePort();
        QVERIFY(startNode());

        const Invitation invitation = invite(options());
        QCOMPARE(invitation.tokenA.size(), 48);
        FakePeer::Script script;
        script.countryCode = QStringLiteral("NL");
        script.partyId = QStringLiteral("CPO");
        script.role = QStringLiteral("CPO");
        m_peer = std::make_unique<FakePeer>(script);
        QString error;
        m_tokenC = postCredentials(invitation.versionsUrl, invitation.tokenA, script.tokenA, m_peer->versionsUrl(),
                                   script.countryCode, script.partyId, script.role, &error);
        QVERIFY2(!m_tokenC.isEmpty(), qPrintable(error));
        m_receiver = endpointUrl(invitation.versionsUrl, m_tokenC, QStringLiteral("locations"), QStringLiteral("RECEIVER"));
        QVERIFY(!m_receiver.isEmpty());
    }

    void killDuringConcurrentPuts_data()
    {
        QTest::addColumn<int>("round");
        for (int round = 1; round <= 3; ++round)
            QTest::addRow("kill -9 and restart, round %d", round) << round;
    }

    void killDuringConcurrentPuts()
    {
        QFETCH(int, round);
        QVERIFY(m_node && m_node->state() == QProcess::Running);
        QElapsedTimer timer;
        timer.start();

        int sent = 0;
        int acknowledged = 0;
        int inFlightAtKill = -1;
        QStringList refused; // answers before the kill that were not acknowledgements
        RequestLanes lanes(kLanes, tokenHeader(m_tokenC));
        lanes.run([&]() -> std::optional<RequestLanes::Call> {
            if (sent >= 20 * kAcknowledgedBeforeKill)
                return std::nullopt; // the node never got to the kill: fails below, does not loop
            const QString id = QStringLiteral("CRASH-R%1-%2").arg(round).arg(sent++, 5, 10, QLatin1Char('0'));
            const QJsonObject location = stationNamed(id, QStringLiteral("Crash round %1, %2").arg(round).arg(id),
                                                      QStringLiteral("2026-11-2%1T10:00:00Z").arg(round));
            m_unanswered.insert(id, location);
            return RequestLanes::Call{"PUT", locationUrl(id), QJsonDocument(location).toJson(QJsonDocument::Compact),
                                      [&, id](const RequestLanes::Answer &answer) {
                if (answer.acknowledged()) {
                    // Also after the kill: an answer the node wrote before it died still counts.
                    m_acknowledged.insert(id, m_unanswered.take(id));
                    ++acknowledged;
                } else if (inFlightAtKill < 0) {
                    refused << QStringLiteral("%1: HTTP %2 %3").arg(id).arg(answer.status).arg(QString::fromUtf8(answer.body));
                }
                if (inFlightAtKill < 0 && acknowledged >= kAcknowledgedBeforeKill) {
                    inFlightAtKill = lanes.inFlight();
                    ::kill(pid_t(m_node->processId()), SIGKILL);
                    lanes.stop();
                }
            }};
        });
        QVERIFY2(QTest::qWaitFor([&] { return inFlightAtKill >= 0; }, 60000), "never reached the acknowledged count");
        QVERIFY(lanes.waitIdle(30000));
        QVERIFY(QTest::qWaitFor([&] { return m_node->state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(m_node->exitStatus(), QProcess::CrashExit);
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QLatin1Char('\n'))));
        QVERIFY2(inFlightAtKill > 0, "the kill must land with PUTs in flight");
        const qint64 streamMs = timer.elapsed();

        QVERIFY(startNode());
        const QStringList problems = storedDifferences();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
        qInfo("round %d: %d PUTs sent, %d acknowledged (%d in flight at the kill) in %lld ms; %lld locations checked after "
              "the restart in %lld ms", round, sent, acknowledged, inFlightAtKill, streamMs,
              qlonglong(m_acknowledged.size() + m_unanswered.size()), timer.elapsed() - streamMs);
    }

    void cleanStopLeavesAnIntactDatabase()
    {
        QVERIFY(m_node && m_node->state() == QProcess::Running);
        QCOMPARE(stopNode(*m_node), 0);
        for (const QString &path : {databasePath(), ocpi::trafficDatabasePath(databasePath())}) {
            const QString name = QStringLiteral("integrity-") + path;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY2(db.open(), qPrintable(path));
                QSqlQuery check(db);
                QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
                QVERIFY(check.next());
                QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            }
            QSqlDatabase::removeDatabase(name);
        }
    }

    void cleanupTestCase()
    {
        if (m_node && m_node->state() != QProcess::NotRunning) {
            m_node->kill();
            m_node->waitForFinished(5000);
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
