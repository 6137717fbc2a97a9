#include "support/fakepeer.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ocpi;
using namespace ocpi::test;

// Operator commands act as the node that serves their database (issue 7): a node started with
// --port 0 and its own parties records who it is, and invite, register and import use that
// instead of their own defaults; options that contradict a serving node are refused; a database
// that does not exist is refused, and `init` creates one deliberately.
class TestOperatorIdentity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString db(const QString &name) const { return m_dir.filePath(name); }

    static QStringList quiet() { return {QStringLiteral("--log-level"), QStringLiteral("warning")}; }

    // utrecht_station.json as a location of NL-ABC, its connectors naming no tariffs (NL-ABC has
    // none, and our locations may only name our own tariffs, LOC-22).
    QString locationsFile()
    {
        QJsonObject station = QJsonDocument::fromJson(readTestData(QStringLiteral("locations/utrecht_station.json"))).object();
        station.insert(QStringLiteral("party_id"), QStringLiteral("ABC"));
        station = withoutTariffIds(station);
        const QString path = m_dir.filePath(QStringLiteral("abc-locations.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QJsonDocument(QJsonArray{station}).toJson());
        return path;
    }

    static QString versionsUrlOf(QProcess &node)
    {
        const QString line = QString::fromUtf8(node.readLine()).trimmed();
        return line.startsWith(QLatin1String("OCPI versions URL: ")) ? line.mid(19) : QString();
    }

    static void stop(QProcess &node)
    {
        ::kill(pid_t(node.processId()), SIGTERM);
        node.waitForFinished(10000);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void missingDatabaseIsRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("invite") << QStringList{QStringLiteral("invite"), QStringLiteral("--json")};
        QTest::newRow("partners") << QStringList{QStringLiteral("partners")};
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("locations")};
        QTest::newRow("outbox") << QStringList{QStringLiteral("outbox")};
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("locations"), QStringLiteral("x.json")};
    }

    void missingDatabaseIsRefused()
    {
        QFETCH(QStringList, command);
        const QString path = db(QStringLiteral("mistyped/nod.sqlite"));
        const NodeRun run = runNode(command + QStringList{QStringLiteral("--db"), path} + quiet());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("ocpi-node: there is no node database at " + path.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("ocpi-node init --db " + path.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
    }

    void commandsUseTheServingNodesIdentity()
    {
        const QString path = db(QStringLiteral("abc.sqlite"));
        auto node = serveNode(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--party"),
                                          QStringLiteral("NL-ABC:CPO"), QStringLiteral("--business-name"),
                                          QStringLiteral("ABC Charging"), QStringLiteral("--db"), path}
                              + quiet());
        const QString versionsUrl = versionsUrlOf(*node);
        QVERIFY2(versionsUrl.startsWith(QLatin1String("http://127.0.0.1:")), node->readAllStandardError().constData());
        QVERIFY(!versionsUrl.contains(QLatin1String(":8180/")));
        const QStringList onDb{QStringLiteral("--db"), path};

        // invite: the real port, and the JSON shape as before.
        const NodeRun invite = runNode(QStringList{QStringLiteral("invite"), QStringLiteral("--json")} + onDb + quiet());
        QVERIFY2(invite.exitCode == 0, invite.err.constData());
        const QJsonObject invitation = invite.json().object();
        QCOMPARE(invitation.keys(), (QStringList{QStringLiteral("expires_at"), QStringLiteral("token"), QStringLiteral("versions_url")}));
        QCOMPARE(invitation.value(QStringLiteral("versions_url")).toString(), versionsUrl);
        // Options that agree with the node are fine (--port 0 is "any port").
        const NodeRun agreeing = runNode(QStringList{QStringLiteral("invite"), QStringLiteral("--json"), QStringLiteral("--party"),
                                                     QStringLiteral("NL-ABC:CPO"), QStringLiteral("--port"), QStringLiteral("0")}
                                         + onDb + quiet());
        QVERIFY2(agreeing.exitCode == 0, agreeing.err.constData());
        QCOMPARE(agreeing.json().object().value(QStringLiteral("versions_url")).toString(), versionsUrl);

        // import: the node's parties, not the demo ones.
        const NodeRun imported = runNode(QStringList{QStringLiteral("import"), QStringLiteral("locations"), locationsFile(),
                                                     QStringLiteral("--json")}
                                         + onDb + quiet());
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(imported.json().object().value(QStringLiteral("created")).toInt(), 1);

        // register: the versions URL and parties the partner is sent are the serving node's.
        FakePeer::Script script;
        FakePeer peer(script);
        const NodeRun registered = runNode(QStringList{QStringLiteral("register"), QStringLiteral("--versions-url"),
                                                       peer.versionsUrl(), QStringLiteral("--token"), script.tokenA,
                                                       QStringLiteral("--json")}
                                           + onDb + quiet());
        QVERIFY2(registered.exitCode == 0, registered.err.constData());
        const QJsonObject sent = peer.lastPostedCredentials();
        QCOMPARE(sent.value(QStringLiteral("url")).toString(), versionsUrl);
        const QJsonArray roles = sent.value(QStringLiteral("roles")).toArray();
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.first().toObject().value(QStringLiteral("party_id")).toString(), QStringLiteral("ABC"));
        QCOMPARE(roles.first().toObject().value(QStringLiteral("business_details")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("ABC Charging"));

        // Contradicting options are refused, naming the option, the node's value and what to do.
        struct Contradiction
        {
            QStringList options;
            QByteArray named;
            QByteArray nodeValue;
        };
        const QString port = QUrl(versionsUrl).port() > 0 ? QString::number(QUrl(versionsUrl).port()) : QString();
        const QList<Contradiction> contradictions{
            {{QStringLiteral("--party"), QStringLiteral("NL-XYZ:CPO")}, "--party NL-XYZ:CPO", "the node is NL-ABC:CPO"},
            {{QStringLiteral("--port"), QStringLiteral("8180")}, "--port 8180", "listens on port " + port.toUtf8()},
            {{QStringLiteral("--public-url"), QStringLiteral("https://ocpi.example.com")}, "--public-url https://ocpi.example.com",
             "answers at http://127.0.0.1:" + port.toUtf8()},
        };
        for (const Contradiction &c : contradictions) {
            for (const QString &command : {QStringLiteral("invite"), QStringLiteral("partners")}) {
                const NodeRun run = runNode(QStringList{command} + c.options + onDb + quiet());
                QVERIFY2(run.exitCode == 2, run.err.constData());
                QVERIFY2(run.err.startsWith("ocpi-node: these options contradict the node serving"), run.err.constData());
                QVERIFY2(run.err.contains(c.named), run.err.constData());
                QVERIFY2(run.err.contains(c.nodeValue), run.err.constData());
                QVERIFY2(run.err.contains("Leave them out"), run.err.constData());
                QVERIFY(run.out.isEmpty());
            }
        }
        // The environment counts as the operator's word too, and is named as such.
        {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("OCPI_PARTY"), QStringLiteral("DE-XYZ:EMSP"));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(OCPI_NODE_BINARY), QStringList{QStringLiteral("invite")} + onDb + quiet());
            QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000));
            const QByteArray err = process.readAllStandardError();
            QCOMPARE(process.exitCode(), 2);
            QVERIFY2(err.contains("DE-XYZ:EMSP from OCPI_PARTY"), err.constData());
        }

        stop(*node);
        // Stopped: register needs a serving node and says so before spending anyone's token.
        FakePeer other(script);
        const NodeRun late = runNode(QStringList{QStringLiteral("register"), QStringLiteral("--versions-url"),
                                                 other.versionsUrl(), QStringLiteral("--token"), script.tokenA}
                                     + onDb + quiet());
        QCOMPARE(late.exitCode, 1);
        QVERIFY2(late.err.contains("no node is serving " + path.toUtf8() + " (last served from"), late.err.constData());
        QVERIFY2(late.err.contains("start `ocpi-node serve --db " + path.toUtf8()), late.err.constData());
        QVERIFY(other.authorizationsSeen().isEmpty());
        // Other options win over a node that is not serving, and the command says what differs.
        const NodeRun changed = runNode(QStringList{QStringLiteral("partners"), QStringLiteral("--party"), QStringLiteral("NL-XYZ:CPO")}
                                        + onDb + quiet());
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QVERIFY2(changed.err.contains("note: " + path.toUtf8() + " was last served"), changed.err.constData());
    }

    // A node killed outside our control leaves no stop time; its dead process says it is not serving.
    void killedNodeIsNotServing()
    {
        const QString path = db(QStringLiteral("killed.sqlite"));
        auto node = serveNode(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--party"),
                                          QStringLiteral("NL-ABC:CPO"), QStringLiteral("--db"), path}
                              + quiet());
        QVERIFY(!versionsUrlOf(*node).isEmpty());
        const qint64 pid = node->processId();
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(node->waitForFinished(10000));
        const NodeRun run = runNode(QStringList{QStringLiteral("register"), QStringLiteral("--versions-url"),
                                                QStringLiteral("http://127.0.0.1:9/versions"), QStringLiteral("--token"),
                                                QStringLiteral("some-token-A")}
                                    + QStringList{QStringLiteral("--db"), path} + quiet());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("as pid %1 on ").arg(pid).toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("which is no longer running"), run.err.constData());
    }

    // `init` creates a database and records the configured identity, so a script can import before
    // the node first serves; a second `init` changes nothing.
    void initCreatesDeliberately()
    {
        const QString path = db(QStringLiteral("fresh/node.sqlite"));
        const QStringList options{QStringLiteral("--db"), path, QStringLiteral("--party"), QStringLiteral("NL-ABC:CPO"),
                                  QStringLiteral("--port"), QStringLiteral("0")};
        const NodeRun created = runNode(QStringList{QStringLiteral("init"), QStringLiteral("--json")} + options + quiet());
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QCOMPARE(created.json().object(),
                 (QJsonObject{{QStringLiteral("db"), path},
                              {QStringLiteral("created"), true},
                              {QStringLiteral("parties"), QJsonArray{QStringLiteral("NL-ABC:CPO")}},
                              {QStringLiteral("versions_url"), QJsonValue()},
                              {QStringLiteral("serving"), false}}));
        QVERIFY(QFileInfo::exists(path));

        // No --party needed any more: the recorded one applies.
        const NodeRun imported = runNode(QStringList{QStringLiteral("import"), QStringLiteral("locations"), locationsFile(),
                                                     QStringLiteral("--db"), path}
                                         + quiet());
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        // With --port 0 there is no URL to invite a partner to before the node serves.
        const NodeRun invite = runNode(QStringList{QStringLiteral("invite"), QStringLiteral("--db"), path} + quiet());
        QCOMPARE(invite.exitCode, 1);
        QVERIFY2(invite.err.contains("its versions URL is not known until it serves"), invite.err.constData());

        const NodeRun again = runNode(QStringList{QStringLiteral("init"), QStringLiteral("--json")} + options + quiet());
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json().object().value(QStringLiteral("created")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestOperatorIdentity)
#include "tst_operatoridentity.moc"
