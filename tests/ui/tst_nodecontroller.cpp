#include "nodecontroller.h"

#include "runtime/noderuntime.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

// The node thread: start and stop from the GUI thread, failures reported back, no SQL connection
// left behind.
class TstNodeController : public QObject
{
    Q_OBJECT

private slots:
    void startsInItsOwnThread();
    void failsClearly_data();
    void failsClearly();
    void stopBeforeStartedIsClean();
    void stopIsIdempotent();
};

void TstNodeController::startsInItsOwnThread()
{
    QTemporaryDir dir;
    NodeController controller(test::nodeConfig(dir), NodeRuntime::factory());
    QSignalSpy started(&controller, &NodeController::started);
    QSignalSpy traffic(&controller, &NodeController::trafficRecorded);
    controller.start();
    QCOMPARE(controller.state(), NodeController::State::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    QVERIFY(controller.isRunning());
    QVERIFY(controller.node());
    QCOMPARE(controller.node()->thread(), controller.workerThread());
    QVERIFY(controller.workerThread() != QThread::currentThread());
    QVERIFY(controller.workerThread()->isRunning());

    const QString url = started.first().first().toString();
    QCOMPARE(url, controller.versionsUrl());
    QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")) && url.endsWith(QStringLiteral("/ocpi/versions")),
             qPrintable(url));
    QCOMPARE(controller.publicBase() + QStringLiteral("/ocpi/versions"), url);

    const test::HttpResult answer = test::request("GET", QUrl(url));
    QCOMPARE(answer.status, 401);
    QCOMPARE(controller.requestCount(), 1);
    // Announced in the GUI thread (the signal comes from the log's writer thread).
    QTRY_VERIFY_WITH_TIMEOUT(!traffic.isEmpty(), 5000);
    QVERIFY(traffic.last().first().toLongLong() >= 1);
    QTRY_COMPARE(controller.loggedCount(), 1);

    QSignalSpy stopped(&controller, &NodeController::stopped);
    controller.stop();
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(controller.state(), NodeController::State::Stopped);
    QVERIFY(!controller.node());
    QVERIFY(!controller.workerThread()->isRunning());
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
    // The port is closed.
    QCOMPARE(test::request("GET", QUrl(url), {}, {}, 2000).status, 0);
}

void TstNodeController::failsClearly_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("port in use") << QStringLiteral("port") << QStringLiteral("cannot listen on 127.0.0.1:");
    QTest::newRow("database folder cannot be created") << QStringLiteral("db")
                                                        << QStringLiteral("cannot create folder /proc/");
}

void TstNodeController::failsClearly()
{
    QFETCH(QString, problem);
    QFETCH(QString, messageStart);
    QTemporaryDir dir;
    NodeConfig config = test::nodeConfig(dir);
    QTcpServer occupant;
    if (problem == QLatin1String("port")) {
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        config.port = occupant.serverPort();
    } else {
        // /proc refuses new folders, even to root.
        config.databasePath = QStringLiteral("/proc/ocpi-console-test/node.sqlite");
    }
    NodeController controller(config, NodeRuntime::factory());
    QSignalSpy started(&controller, &NodeController::started);
    QSignalSpy failed(&controller, &NodeController::failed);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(started.count(), 0);
    QCOMPARE(controller.state(), NodeController::State::Failed);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(messageStart), qPrintable(message));
    QCOMPARE(controller.errorMessage(), message);
    QCOMPARE(controller.requestCount(), 0);
    controller.stop();
    QVERIFY(!controller.workerThread()->isRunning());
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

void TstNodeController::stopBeforeStartedIsClean()
{
    QTemporaryDir dir;
    NodeController controller(test::nodeConfig(dir), NodeRuntime::factory());
    QSignalSpy started(&controller, &NodeController::started);
    QSignalSpy stopped(&controller, &NodeController::stopped);
    controller.start();
    controller.stop(); // the start call runs first in the node thread, then the stop
    // Its "started" answer is already queued here by now; it must be ignored, not delivered.
    QCoreApplication::processEvents();
    QCOMPARE(started.count(), 0);
    QCOMPARE(stopped.count(), 0);
    QCOMPARE(controller.state(), NodeController::State::Stopped);
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

void TstNodeController::stopIsIdempotent()
{
    QTemporaryDir dir;
    {
        NodeController idle(test::nodeConfig(dir), NodeRuntime::factory());
        idle.stop(); // never started
        QCOMPARE(idle.state(), NodeController::State::Idle);
    }
    NodeController controller(test::nodeConfig(dir), NodeRuntime::factory());
    QSignalSpy started(&controller, &NodeController::started);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    controller.stop();
    controller.stop();
    QCOMPARE(controller.state(), NodeController::State::Stopped);
    // The destructor stops too; a second controller can then open the same database.
    NodeController again(test::nodeConfig(dir), NodeRuntime::factory());
    QSignalSpy startedAgain(&again, &NodeController::started);
    again.start();
    QTRY_COMPARE_WITH_TIMEOUT(startedAgain.count(), 1, 10000);
}

QTEST_MAIN(TstNodeController)
#include "tst_nodecontroller.moc"
