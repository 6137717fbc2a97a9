// `ocpi-console --demo`, offscreen: both nodes start, the story plays to its last step (the
// transcript on stdout is the same as `ocpi-node demo`'s), and SIGTERM ends the console cleanly.

#include <QProcess>
#include <QTest>

#include <algorithm>
#include <QTest>

namespace {

void startConsole(QProcess &console, const QString &speed)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(OCPI_CONSOLE_BINARY), {QStringLiteral("--demo"), QStringLiteral("--speed"), speed});
}

} // namespace

class TstConsoleDemo : public QObject
{
    Q_OBJECT

private slots:
    void reachesTheLastStep()
    {
        QProcess console;
        startConsole(console, QStringLiteral("1000"));
        QVERIFY(console.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += console.readAllStandardOutput()).contains("All 18 steps succeeded."), 90000);

        const QList<QByteArray> lines = out.split('\n');
        // The two nodes start in threads of their own, in either order.
        QList<QByteArray> urls{lines.at(0).left(lines.at(0).indexOf(':')), lines.at(1).left(lines.at(1).indexOf(':'))};
        std::sort(urls.begin(), urls.end());
        QCOMPARE(urls, (QList<QByteArray>{"CPO versions URL", "eMSP versions URL"}));
        QVERIFY2(lines.at(0).contains(": http://127.0.0.1:") && lines.at(1).contains(": http://127.0.0.1:"), out.constData());
        int steps = 0;
        for (const QByteArray &line : lines) {
            if (line.contains("/18 ")) {
                ++steps;
                QVERIFY2(line.contains("/18 ok"), line.constData());
            }
        }
        QCOMPARE(steps, 18);

        console.terminate();
        QVERIFY(console.waitForFinished(15000));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);
    }

    void badSpeedIsRefused()
    {
        QProcess console;
        startConsole(console, QStringLiteral("0"));
        QVERIFY(console.waitForFinished(15000));
        QCOMPARE(console.exitCode(), 2);
        QVERIFY(console.readAllStandardError().contains("--speed must be a whole number of at least 1"));
    }
};

QTEST_GUILESS_MAIN(TstConsoleDemo)
#include "tst_consoledemo.moc"
