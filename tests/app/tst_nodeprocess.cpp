#include "support/testsupport.h"

#include "store/privatefiles.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace ocpi;

namespace {

const QString kBinary = QStringLiteral(OCPI_NODE_BINARY);
const QRegularExpression kVersionsLine(QStringLiteral("^OCPI versions URL: (http://127\\.0\\.0\\.1:(\\d+)/ocpi/versions)$"));

// The environment without the node's own OCPI_* settings, so only the arguments count.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QLatin1String("OCPI_")))
            environment.remove(name);
    }
    return environment;
}

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;

    // stderr lines that are not timestamped log lines.
    QStringList messages() const
    {
        static const QRegularExpression logLine(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT"));
        QStringList lines;
        for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!logLine.match(line).hasMatch())
                lines.append(line);
        }
        return lines;
    }
};

// Runs ocpi-node to completion (for runs that are expected to end by themselves).
Run runToEnd(const QStringList &arguments, int timeoutMs = 15000)
{
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(kBinary, arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not end within %1 ms").arg(timeoutMs);
        return run;
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

// The ocpi-node binary as an operator runs it: --port 0, versions over HTTP, SIGTERM, failures.
class TestNodeProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Starts `ocpi-node serve` and waits for the versions URL line; empty on failure.
    QString startNode(QProcess &process, const QStringList &extra = {})
    {
        process.setProcessEnvironment(cleanEnvironment());
        process.start(kBinary, QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                                           m_dir.filePath(QStringLiteral("node.sqlite")), QStringLiteral("--party"),
                                           QStringLiteral("NL-TNM:CPO")}
                                   + extra);
        if (!process.waitForStarted(10000))
            return QString();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000 && process.state() == QProcess::Running) {
            if (!process.canReadLine() && !process.waitForReadyRead(200))
                continue;
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                const auto match = kVersionsLine.match(line);
                if (match.hasMatch())
                    return match.captured(1);
            }
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(kBinary).isExecutable(), qPrintable(kBinary));
    }

    void servesUntilSignalled_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void servesUntilSignalled()
    {
        QFETCH(int, signalNumber);
        QProcess process;
        const QString versionsUrl = startNode(process);
        QVERIFY2(!versionsUrl.isEmpty(), process.readAllStandardError().constData());
        const QString base = versionsUrl.left(versionsUrl.size() - int(strlen("/ocpi/versions")));
        QVERIFY(kVersionsLine.match(QStringLiteral("OCPI versions URL: ") + versionsUrl).captured(2).toInt() > 0);

        const auto health = test::request("GET", QUrl(base + QStringLiteral("/health")));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));

        // TF-04: versions need a token.
        const auto versions = test::request("GET", QUrl(versionsUrl));
        QCOMPARE(versions.status, 401);
        QCOMPARE(versions.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(versions.ocpiStatus(), 2000);
        QVERIFY(versions.json().contains(QStringLiteral("timestamp")));
        QVERIFY(!versions.json().contains(QStringLiteral("data")));

        QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        // The port is free again.
        QCOMPARE(test::request("GET", QUrl(base + QStringLiteral("/health")), {}, {}, 2000).status, 0);
    }

    void busyPort_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("onlyLine");   // nothing else on stderr at all
        QTest::newRow("default log level") << QStringList() << false;
        QTest::newRow("--log-level warning") << QStringList{QStringLiteral("--log-level"), QStringLiteral("warning")} << true;
    }

    void busyPort()
    {
        QFETCH(QStringList, extra);
        QFETCH(bool, onlyLine);
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress(QHostAddress::LocalHost), 0));
        const QString port = QString::number(occupant.serverPort());
        const Run run = runToEnd(QStringList{QStringLiteral("--port"), port, QStringLiteral("--db"),
                                             m_dir.filePath(QStringLiteral("busy.sqlite")), QStringLiteral("--party"),
                                             QStringLiteral("NL-TNM:CPO")}
                                 + extra);
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY2(run.exitCode != 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(QLatin1String("OCPI versions URL")), qPrintable(run.out));
        const QStringList messages = run.messages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().startsWith(QStringLiteral("ocpi-node: cannot listen on 127.0.0.1:%1").arg(port)),
                 qPrintable(messages.first()));
        QVERIFY2(messages.first().contains(QLatin1String("in use")), qPrintable(messages.first()));
        if (onlyLine)
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    void unusableDatabase_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("named");
        QTest::newRow("folder cannot be created") << "/proc/ocpi-node-test/node.sqlite" << "/proc/ocpi-node-test";
        QTest::newRow("path is a folder") << "<dir>" << "<dir>";
    }

    void unusableDatabase()
    {
        QFETCH(QString, path);
        QFETCH(QString, named);
        path.replace(QLatin1String("<dir>"), m_dir.path());
        named.replace(QLatin1String("<dir>"), m_dir.path());
        const Run run = runToEnd({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), path,
                                  QStringLiteral("--party"), QStringLiteral("NL-TNM:CPO")});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY2(run.exitCode != 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(QLatin1String("OCPI versions URL")), qPrintable(run.out));
        const QStringList messages = run.messages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().startsWith(QLatin1String("ocpi-node: ")), qPrintable(messages.first()));
        QVERIFY2(messages.first().contains(named), qPrintable(messages.first()));
    }

    // Hardening issue item 4: the databases hold partners' tokens. A fresh folder the node creates
    // is 0700, every database file 0600; the operator's own folder keeps its mode; a database left
    // 0644 by an older release is tightened when the node opens it.
    void databaseFilesArePrivate()
    {
        QTemporaryDir operatorDir;
        QVERIFY(::chmod(QFile::encodeName(operatorDir.path()).constData(), 0755) == 0);
        const QString folder = operatorDir.filePath(QStringLiteral("ocpi/data"));
        const QString db = folder + QStringLiteral("/node.sqlite");
        const QString traffic = folder + QStringLiteral("/node-traffic.sqlite");
        const QStringList files{db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), traffic,
                                traffic + QStringLiteral("-wal"), traffic + QStringLiteral("-shm")};
        const auto mode = [](const QString &path) { return QString::number(privatefiles::modeOf(path), 8); };
        const QString ownerOnlyFile = QStringLiteral("600");
        const QString ownerOnlyFolder = QStringLiteral("700");
        const QString operatorMode = mode(operatorDir.path());

        for (const bool existing : {false, true}) {
            if (existing)
                QVERIFY(::chmod(QFile::encodeName(db).constData(), 0644) == 0);
            QProcess process;
            process.setProcessEnvironment(cleanEnvironment());
            process.start(kBinary, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db,
                                    QStringLiteral("--party"), QStringLiteral("NL-TNM:CPO")});
            QVERIFY(process.waitForStarted(10000));
            QVERIFY(QTest::qWaitFor([&] { return process.canReadLine() || process.state() != QProcess::Running; }, 15000));
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            const QString versionsUrl = kVersionsLine.match(line).captured(1);
            QVERIFY2(!versionsUrl.isEmpty(), qPrintable(line + QString::fromUtf8(process.readAllStandardError())));
            // A request gets written to the request log, so its -wal exists too.
            QCOMPARE(test::request("GET", QUrl(versionsUrl)).status, 401);
            QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(traffic + QStringLiteral("-wal")); }, 5000));
            for (const QString &file : files) {
                QVERIFY2(QFileInfo::exists(file), qPrintable(file));
                QVERIFY2(mode(file) == ownerOnlyFile, qPrintable(file + QStringLiteral(": ") + mode(file)));
            }
            for (const QString &created : {operatorDir.filePath(QStringLiteral("ocpi")), folder})
                QVERIFY2(mode(created) == ownerOnlyFolder, qPrintable(created + QStringLiteral(": ") + mode(created)));
            QCOMPARE(mode(operatorDir.path()), operatorMode);
            QCOMPARE(::kill(pid_t(process.processId()), SIGTERM), 0);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitCode(), 0);
        }
    }

    void help()
    {
        const Run run = runToEnd({QStringLiteral("--help")});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--port", "--db", "--party", "--listen", "--public-url", "--config", "--idle-timeout",
                                   "--max-body-bytes", "--max-header-bytes", "--page-limit", "--log-level",
                                   "--partner-url-policy"}) {
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
        }
        QVERIFY(run.out.contains(QLatin1String("OCPI_PORT"))); // the environment variables too
    }

    void version()
    {
        const Run run = runToEnd({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String(OCPI_NODE_VERSION)), qPrintable(run.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("party id too long") << QStringList{"--party", "NL-TNMX:CPO"} << "--party";
        QTest::newRow("party without role") << QStringList{"--party", "NL-TNM"} << "--party";
        QTest::newRow("role a node cannot host") << QStringList{"--party", "NL-TNM:NAP"} << "--party";
        QTest::newRow("port not a number") << QStringList{"--port", "eighty"} << "--port";
        QTest::newRow("port out of range") << QStringList{"--port", "70000"} << "--port";
        QTest::newRow("unknown option") << QStringList{"--no-such-option"} << "no-such-option";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Run run = runToEnd(arguments + QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("usage.sqlite"))});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 2);
        const QStringList messages = run.messages();
        QVERIFY2(!messages.isEmpty() && messages.first().startsWith(QLatin1String("ocpi-node: ")), qPrintable(run.err));
        QVERIFY2(messages.first().contains(named), qPrintable(run.err));
        QVERIFY(!run.out.contains(QLatin1String("OCPI versions URL")));
    }
};

QTEST_GUILESS_MAIN(TestNodeProcess)
#include "tst_nodeprocess.moc"
