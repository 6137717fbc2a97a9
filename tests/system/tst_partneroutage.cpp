#include "fakereceiver.h"
#include "systemsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace ocpi::test;

// A CPO node process pushes changes of its own Locations (imported by the operator while it serves)
// to a registered eMSP that is down for a while: first refusing connections, then answering HTTP 500,
// then taking requests and never answering (past --partner-timeout). Once the partner is back every
// change arrives, and per object in the order it was made: the outbox queues and retries rather than
// dropping pushes (a deliberate choice over TF-25), one object's pushes strictly one after the other.
// --partner-timeout 2 and --retry-max-delay 2 keep the outage short.
class TestPartnerOutage : public QObject
{
    Q_OBJECT

private:
    static constexpr int kObjects = 200;
    static constexpr int kVersions = 3;          // each object is imported kVersions times
    static constexpr int kPerPartnerInFlight = 4; // OutboxDeliverer's calls in flight per partner

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_node;
    std::unique_ptr<FakeReceiver> m_partner;
    const QString m_partnerToken = QStringLiteral("fake-emsp-token-B-0123456789");

    QStringList options() const
    {
        return nodeOptions(m_dir.filePath(QStringLiteral("cpo.sqlite")), m_port, QStringLiteral("NL-CPO:CPO"),
                           {QStringLiteral("--partner-timeout"), QStringLiteral("2"), QStringLiteral("--retry-max-delay"),
                            QStringLiteral("2")});
    }

    static int versionOf(const QByteArray &body) { return stationVersion(body); }

    // `ocpi-node import locations` of every object at `version`, while the node serves.
    NodeRun importVersion(int version) { return importStationVersion(m_dir, options(), QStringLiteral("OUT"), kObjects, version); }

    // The partner's line of `ocpi-node outbox --json`.
    QJsonObject backlog()
    {
        const QJsonArray partners = runNode(QStringList{QStringLiteral("outbox"), QStringLiteral("--json")} + options())
                                        .json().array();
        return partners.size() == 1 ? partners.first().toObject() : QJsonObject();
    }

    // Object path -> the versions acknowledged so far, in arrival order.
    QHash<QString, QList<int>> acknowledgedVersions() const
    {
        QHash<QString, QList<int>> versions;
        for (const FakeReceiver::Push &push : m_partner->pushes()) {
            if (push.answeredWith == FakeReceiver::Mode::Ok)
                versions[push.path].append(versionOf(push.body));
        }
        return versions;
    }

    bool allDelivered() const
    {
        const QHash<QString, QList<int>> versions = acknowledgedVersions();
        if (versions.size() < kObjects)
            return false;
        for (const QList<int> &list : versions) {
            if (list.isEmpty() || list.last() != kVersions)
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_partner = std::make_unique<FakeReceiver>(m_partnerToken);
        QVERIFY(m_partner->listen());
        m_port = freePort();
        m_node = serveNode(options());
        QVERIFY(m_node->state() == QProcess::Running && m_node->readLine().contains("/ocpi/versions"));

        // CRED-06..09, PIT-02: token A from the operator, the partner's POST, the node's calls back.
        const Invitation invitation = invite(options());
        QCOMPARE(invitation.tokenA.size(), 48);
        QString error;
        const QString tokenC = postCredentials(invitation.versionsUrl, invitation.tokenA, m_partnerToken,
                                               m_partner->versionsUrl(), QStringLiteral("DE"), QStringLiteral("EMS"),
                                               QStringLiteral("EMSP"), &error);
        QVERIFY2(!tokenC.isEmpty(), qPrintable(error));
        const QJsonArray partners = runNode(QStringList{QStringLiteral("partners"), QStringLiteral("--json")} + options())
                                        .json().array();
        QCOMPARE(partners.size(), 1);
        QCOMPARE(partners.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("registered"));
    }

    void everyChangeArrivesInOrderAfterAnOutage()
    {
        QElapsedTimer timer;
        timer.start();

        // Down, refusing connections: the first version of every object waits in the outbox.
        m_partner->setMode(FakeReceiver::Mode::Refusing);
        NodeRun imported = importVersion(1);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QJsonObject waiting;
        QVERIFY(QTest::qWaitFor([&] {
            waiting = backlog();
            return waiting.value(QStringLiteral("last_error")).toString().contains(QLatin1String("refused"), Qt::CaseInsensitive);
        }, 20000));
        QCOMPARE(waiting.value(QStringLiteral("pending")).toInt(), kObjects);
        QVERIFY(m_partner->pushes().isEmpty());

        // Up but failing with HTTP 500 (retried: not a 2xxx, TF-20); the second version is made meanwhile.
        m_partner->setMode(FakeReceiver::Mode::Failing);
        QVERIFY(QTest::qWaitFor([&] { return m_partner->answered(FakeReceiver::Mode::Failing) >= 20; }, 20000));
        imported = importVersion(2);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const int failedBefore = m_partner->answered(FakeReceiver::Mode::Failing);
        QVERIFY(QTest::qWaitFor([&] { return m_partner->answered(FakeReceiver::Mode::Failing) >= failedBefore + 20; }, 20000));

        // Hanging: requests are read and never answered; the node gives up after 2 s and retries.
        m_partner->setMode(FakeReceiver::Mode::Hanging);
        imported = importVersion(3);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        // Two waves of given-up calls take about 4-6 s with --partner-timeout 2; with the default 15 s
        // they could not both happen before the deadline.
        QVERIFY(QTest::qWaitFor([&] { return m_partner->hungUp() >= 2 * kPerPartnerInFlight; }, 14000));
        const qint64 outageMs = timer.elapsed();

        // Back: everything is delivered.
        m_partner->setMode(FakeReceiver::Mode::Ok);
        QVERIFY2(QTest::qWaitFor([&] { return allDelivered(); }, 60000), "not every change arrived");
        QJsonObject drained;
        QVERIFY(QTest::qWaitFor([&] {
            drained = backlog();
            return drained.value(QStringLiteral("pending")).toInt() == 0;
        }, 10000));
        QCOMPARE(drained.value(QStringLiteral("parked")).toInt(), 0);
        QCOMPARE(m_partner->unauthorized(), 0);

        // Per object: only our Location paths, versions never going back in arrival order (a resend of
        // a push the partner did not answer is fine), each version acknowledged once and in order, and
        // the last one equal to the node's final state.
        QHash<QString, QJsonObject> finalState;
        const QJsonArray exported = runNode(QStringList{QStringLiteral("export"), QStringLiteral("locations")} + options())
                                        .json().array();
        for (const QJsonValue &location : exported)
            finalState.insert(QStringLiteral("/NL/CPO/") + location.toObject().value(QStringLiteral("id")).toString(),
                              location.toObject());
        QCOMPARE(finalState.size(), kObjects);

        QHash<QString, int> latest;
        QHash<QString, QList<int>> acknowledged;
        QHash<QString, QByteArray> lastAcknowledgedBody;
        int hanging = 0;
        for (const FakeReceiver::Push &push : m_partner->pushes()) {
            QVERIFY2(finalState.contains(push.path), qPrintable(push.path));
            QVERIFY2(push.method == "PUT", push.method.constData()); // imports replace whole objects
            const int version = versionOf(push.body);
            QVERIFY2(version >= latest.value(push.path), qPrintable(QStringLiteral("%1: version %2 after version %3")
                                                                        .arg(push.path).arg(version).arg(latest.value(push.path))));
            latest[push.path] = version;
            hanging += push.answeredWith == FakeReceiver::Mode::Hanging ? 1 : 0;
            if (push.answeredWith == FakeReceiver::Mode::Ok) {
                acknowledged[push.path].append(version);
                lastAcknowledgedBody[push.path] = push.body;
            }
        }
        QCOMPARE(acknowledged.size(), kObjects);
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            QVERIFY2(it.value() == (QList<int>{1, 2, 3}), qPrintable(it.key()));
            QCOMPARE(QJsonDocument::fromJson(lastAcknowledgedBody.value(it.key())).object(), finalState.value(it.key()));
        }
        QVERIFY(hanging >= 2 * kPerPartnerInFlight);
        qInfo("%lld pushes received (%d answered 500, %d left hanging), %d acknowledged; outage %lld ms, all delivered "
              "%lld ms after the partner came back",
              qlonglong(m_partner->pushes().size()), m_partner->answered(FakeReceiver::Mode::Failing), hanging,
              m_partner->answered(FakeReceiver::Mode::Ok), outageMs, timer.elapsed() - outageMs);
    }

    void cleanupTestCase()
    {
        if (m_node)
            QCOMPARE(stopNode(*m_node), 0);
    }
};

QTEST_GUILESS_MAIN(TestPartnerOutage)
#include "tst_partneroutage.moc"
