#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void stallProbeWritesItsFigures();

private:
    static void startConsole(QProcess &process, const QStringList &arguments);
};

void TstConsole::startConsole(QProcess &process, const QStringList &arguments)
{
    // A test may have set variables of its own on the process.
    QProcessEnvironment env = process.processEnvironment().isEmpty() ? QProcessEnvironment::systemEnvironment()
                                                                     : process.processEnvironment();
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
    QTest::newRow("bad --quit-after") << QStringLiteral("quit") << 2
                                      << QStringLiteral("ocpi-console: --quit-after wants a number of seconds, not '-1'");
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
    else if (problem == QLatin1String("option"))
        port = QStringLiteral("eighty");
    QStringList arguments{QStringLiteral("serve"), QStringLiteral("--port"), port, QStringLiteral("--db"), db,
                          QStringLiteral("--party"), QStringLiteral("NL-TNM:CPO")};
    if (problem == QLatin1String("quit"))
        arguments << QStringLiteral("--quit-after") << QStringLiteral("-1");

    QProcess console;
    startConsole(console, arguments);
    QVERIFY(console.waitForFinished(15000));
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QCOMPARE(console.exitCode(), exitCode);
    QVERIFY(console.readAllStandardOutput().isEmpty());
    const QString err = QString::fromUtf8(console.readAllStandardError());
    QVERIFY2(err.contains(QRegularExpression(QStringLiteral("(^|\n)") + QRegularExpression::escape(stderrStart))),
             qPrintable(err));
}

// bench/console's instruments: --stall-probe writes the event loop's figures when --quit-after ends
// the console, with --tour paging through the window meanwhile.
void TstConsole::stallProbeWritesItsFigures()
{
    QTemporaryDir dir;
    const QString probe = dir.filePath(QStringLiteral("probe.json"));
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))); // never the user's layout
    console.setProcessEnvironment(env);
    startConsole(console, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                           dir.filePath(QStringLiteral("node.sqlite")), QStringLiteral("--party"), QStringLiteral("NL-TNM:CPO"),
                           QStringLiteral("--log-level"), QStringLiteral("warning"), QStringLiteral("--stall-probe"), probe,
                           QStringLiteral("--quit-after"), QStringLiteral("2"), QStringLiteral("--tour"), QStringLiteral("0.2")});
    QVERIFY(console.waitForFinished(30000));
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QCOMPARE(console.exitCode(), 0);
    QFile file(probe);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(console.readAllStandardError()));
    const QJsonObject figures = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(figures.value(QStringLiteral("interval_ms")).toInt(), 10);
    // The window showed some time into the two seconds; the timer ticked from then on.
    QVERIFY2(figures.value(QStringLiteral("ticks")).toInt() > 20, qPrintable(QJsonDocument(figures).toJson()));
    const double p50 = figures.value(QStringLiteral("p50_gap_ms")).toDouble();
    const double p99 = figures.value(QStringLiteral("p99_gap_ms")).toDouble();
    const double max = figures.value(QStringLiteral("max_gap_ms")).toDouble();
    QVERIFY2(p50 >= 9 && p50 <= p99 && p99 <= max, qPrintable(QJsonDocument(figures).toJson()));
    QVERIFY(figures.value(QStringLiteral("stalls")).isArray());
    QCOMPARE(figures.value(QStringLiteral("gaps_over_100ms")).toInt() > 0, max > 100);
}

QTEST_MAIN(TstConsole)
#include "tst_console.moc"
