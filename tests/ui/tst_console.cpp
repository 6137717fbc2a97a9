#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

// The ocpi-console executable, offscreen: the line scripts wait for, clean SIGTERM, and clear
// failures that exit instead of waiting for someone to close a dialog.
class TstConsole : public QObject
{
    Q_OBJECT

private slots:
    void servesAndStopsOnSigterm();
    void failsWithoutBlocking_data();
    void failsWithoutBlocking();

private:
    static void startConsole(QProcess &process, const QStringList &arguments);
};

void TstConsole::startConsole(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("OCPI_CONFIG"));
    env.remove(QStringLiteral("OCPI_PORT"));
    env.remove(QStringLiteral("OCPI_DB"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OCPI_CONSOLE_BINARY), arguments);
}

void TstConsole::servesAndStopsOnSigterm()
{
    QTemporaryDir dir;
    QProcess console;
    startConsole(console, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                           dir.filePath(QStringLiteral("node.sqlite")), QStringLiteral("--party"),
                           QStringLiteral("NL-TNM:CPO"), QStringLiteral("--log-level"), QStringLiteral("warning")});
    QVERIFY(console.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += console.readAllStandardOutput()).contains('\n'), 15000);
    const QRegularExpression line(QStringLiteral("^OCPI versions URL: (http://127\\.0\\.0\\.1:\\d+/ocpi/versions)\n$"));
    const auto match = line.match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());

    // A real node answers at that URL.
    const test::HttpResult answer = test::request("GET", QUrl(match.captured(1)));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.ocpiStatus(), 2000);

    console.terminate();
    QVERIFY(console.waitForFinished(15000));
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QCOMPARE(console.exitCode(), 0);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("node.sqlite"))));
}

void TstConsole::failsWithoutBlocking_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrStart");
    QTest::newRow("port in use") << QStringLiteral("port") << 1 << QStringLiteral("ocpi-console: cannot listen on 127.0.0.1:");
    QTest::newRow("database cannot be created") << QStringLiteral("db") << 1
                                                << QStringLiteral("ocpi-console: cannot create folder /proc/");
    QTest::newRow("bad option value") << QStringLiteral("option") << 2
                                      << QStringLiteral("ocpi-console: --port must be a number from 0 to 65535");
}

void TstConsole::failsWithoutBlocking()
{
    QFETCH(QString, problem);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrStart);
    QTemporaryDir dir;
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    QString port = QStringLiteral("0");
    QString db = dir.filePath(QStringLiteral("node.sqlite"));
    if (problem == QLatin1String("port"))
        port = QString::number(occupant.serverPort());
    else if (problem == QLatin1String("db"))
        db = QStringLiteral("/proc/ocpi-console-test/node.sqlite");
    else
        port = QStringLiteral("eighty");

    QProcess console;
    startConsole(console, {QStringLiteral("serve"), QStringLiteral("--port"), port, QStringLiteral("--db"), db,
                           QStringLiteral("--party"), QStringLiteral("NL-TNM:CPO")});
    QVERIFY(console.waitForFinished(15000));
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QCOMPARE(console.exitCode(), exitCode);
    QVERIFY(console.readAllStandardOutput().isEmpty());
    const QString err = QString::fromUtf8(console.readAllStandardError());
    QVERIFY2(err.contains(QRegularExpression(QStringLiteral("(^|\n)") + QRegularExpression::escape(stderrStart))),
             qPrintable(err));
}

QTEST_MAIN(TstConsole)
#include "tst_console.moc"
