#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace ocpi::test;

namespace {

const QString kMarker = QStringLiteral("<!-- walkthrough:");

// The fenced block after the walkthrough marker in README.md, as written there.
QString walkthroughBlock(QString *problem)
{
    QFile readme(QStringLiteral(OCPI_SOURCE_DIR "/README.md"));
    if (!readme.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read README.md");
        return QString();
    }
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype marker = text.indexOf(kMarker);
    const QString fence = QStringLiteral("```sh\n");
    const qsizetype start = marker < 0 ? -1 : text.indexOf(fence, marker);
    const qsizetype end = start < 0 ? -1 : text.indexOf(QStringLiteral("\n```"), start + fence.size());
    if (end < 0) {
        *problem = QStringLiteral("README.md has no ```sh block after the walkthrough marker");
        return QString();
    }
    return text.mid(start + fence.size(), end + 1 - (start + fence.size()));
}

} // namespace

// The README's two-node walkthrough, run with bash exactly as written (issue 7): it starts two
// ocpi-node processes, registers them with each other, imports, waits for the push, pulls and
// stops them. The walkthrough cannot rot without this test failing.
class TestReadmeWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void walkthroughRunsAsWritten()
    {
        QString problem;
        const QString block = walkthroughBlock(&problem);
        QVERIFY2(!block.isEmpty(), qPrintable(problem));
        for (const char *tool : {"bash", "jq"}) {
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                     qPrintable(QStringLiteral("the walkthrough needs %1 (Debian: apt-get install %1; scripts/test "
                                               "installs it)")
                                    .arg(QLatin1String(tool))));
        }

        QTemporaryDir scratch; // the block's mktemp -d lands here (TMPDIR) and goes with it
        QVERIFY(scratch.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : environment.keys()) {
            if (name.startsWith(QLatin1String("OCPI_")))
                environment.remove(name);
        }
        const QString binaries = QFileInfo(QStringLiteral(OCPI_NODE_BINARY)).absolutePath();
        environment.insert(QStringLiteral("PATH"), binaries + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
        environment.insert(QStringLiteral("TMPDIR"), scratch.path());

        QProcess shell;
        shell.setProcessEnvironment(environment);
        shell.setWorkingDirectory(QStringLiteral(OCPI_SOURCE_DIR));
        shell.setProcessChannelMode(QProcess::MergedChannels);
        // A group of its own, so the nodes it starts in the background go with it whatever happens.
        shell.setChildProcessModifier([] { ::setsid(); });
        shell.start(QStringLiteral("bash"), {QStringLiteral("-euo"), QStringLiteral("pipefail"), QStringLiteral("-c"), block});
        QVERIFY(shell.waitForStarted(10000));
        const pid_t group = pid_t(shell.processId());
        const bool ended = QTest::qWaitFor([&] { return shell.state() == QProcess::NotRunning; }, 120000);
        ::kill(-group, SIGKILL); // whatever the block left running
        if (!ended)
            shell.waitForFinished(5000);
        const QString output = QString::fromUtf8(shell.readAll());
        QVERIFY2(ended, qPrintable(QStringLiteral("the walkthrough did not finish within 120 s:\n") + output));
        QVERIFY2(shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0,
                 qPrintable(QStringLiteral("the walkthrough failed (exit %1):\n%2").arg(shell.exitCode()).arg(output)));

        // What each step shows the operator.
        for (const char *expected : {"\"versions_url\": \"http://127.0.0.1:", "demo-cpo: registered",
                                     "demo-emsp  DE-EMS   EMSP   registered", "imported 1 locations (1 new, 0 updated)",
                                     "NL-CPO  UTR-STATION-01  demo-cpo", "locations: 1 stored, 0 skipped, 0 removed (1 pages)"}) {
            QVERIFY2(output.contains(QLatin1String(expected)), qPrintable(QStringLiteral("missing '%1' in:\n%2")
                                                                             .arg(QLatin1String(expected), output)));
        }
        QVERIFY2(!output.contains(QLatin1String(":8180/")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("ocpi-node: ")), qPrintable(output)); // no command complained
    }
};

QTEST_GUILESS_MAIN(TestReadmeWalkthrough)
#include "tst_readmewalkthrough.moc"
