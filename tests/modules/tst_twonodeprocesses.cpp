#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace ocpi::test;

// Two real ocpi-node processes register with each other through the operator commands (invite,
// register, partners, update, unregister), while both serve (PIT-02, CRED-06..16).
class TestTwoNodeProcesses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    quint16 m_cpoPort = 0;
    quint16 m_emspPort = 0;
    std::unique_ptr<QProcess> m_cpo;
    std::unique_ptr<QProcess> m_emsp;

    QStringList nodeArgs(const QString &db, quint16 port, const QString &party) const
    {
        return {QStringLiteral("--db"), m_dir.filePath(db), QStringLiteral("--port"), QString::number(port),
                QStringLiteral("--party"), party, QStringLiteral("--log-level"), QStringLiteral("warning")};
    }

    using Run = NodeRun;
    static std::unique_ptr<QProcess> serve(const QStringList &args) { return serveNode(args); }
    static Run command(const QStringList &args) { return runNode(args); }

    QJsonArray partners(const QString &db, quint16 port, const QString &party)
    {
        const Run run = command(QStringList{QStringLiteral("partners"), QStringLiteral("--json")} + nodeArgs(db, port, party));
        return QJsonDocument::fromJson(run.out).array();
    }

private slots:
    void initTestCase()
    {
        m_cpoPort = freePort();
        m_emspPort = freePort();
        m_cpo = serve(nodeArgs(QStringLiteral("cpo.sqlite"), m_cpoPort, QStringLiteral("NL-CPO:CPO")));
        m_emsp = serve(nodeArgs(QStringLiteral("emsp.sqlite"), m_emspPort, QStringLiteral("DE-EMS:EMSP")));
        QVERIFY(m_cpo->readLine().contains("/ocpi/versions"));
        QVERIFY(m_emsp->readLine().contains("/ocpi/versions"));
    }

    void cleanupTestCase()
    {
        for (QProcess *process : {m_cpo.get(), m_emsp.get()}) {
            ::kill(pid_t(process->processId()), SIGTERM);
            QVERIFY(process->waitForFinished(10000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
        }
    }

    void inviteRegisterUpdateUnregister()
    {
        const Run invite = command(QStringList{QStringLiteral("invite"), QStringLiteral("--name"), QStringLiteral("the-emsp"),
                                               QStringLiteral("--json")}
                                   + nodeArgs(QStringLiteral("cpo.sqlite"), m_cpoPort, QStringLiteral("NL-CPO:CPO")));
        QCOMPARE(invite.exitCode, 0);
        const QJsonObject invitation = QJsonDocument::fromJson(invite.out).object();
        const QString tokenA = invitation.value(QStringLiteral("token")).toString();
        const QString versionsUrl = invitation.value(QStringLiteral("versions_url")).toString();
        QCOMPARE(tokenA.size(), 48);
        QCOMPARE(versionsUrl, QStringLiteral("http://127.0.0.1:%1/ocpi/versions").arg(m_cpoPort));

        const Run registered = command(QStringList{QStringLiteral("register"), QStringLiteral("--versions-url"), versionsUrl,
                                                   QStringLiteral("--token"), tokenA, QStringLiteral("--json")}
                                       + nodeArgs(QStringLiteral("emsp.sqlite"), m_emspPort, QStringLiteral("DE-EMS:EMSP")));
        QVERIFY2(registered.exitCode == 0, registered.err.constData());
        QCOMPARE(QJsonDocument::fromJson(registered.out).object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("registered"));

        const QJsonArray atCpo = partners(QStringLiteral("cpo.sqlite"), m_cpoPort, QStringLiteral("NL-CPO:CPO"));
        QCOMPARE(atCpo.size(), 1);
        const QJsonObject emsp = atCpo.first().toObject();
        QCOMPARE(emsp.value(QStringLiteral("name")).toString(), QStringLiteral("the-emsp"));
        QCOMPARE(emsp.value(QStringLiteral("state")).toString(), QStringLiteral("registered"));
        QCOMPARE(emsp.value(QStringLiteral("version")).toString(), QStringLiteral("2.2.1"));
        QCOMPARE(emsp.value(QStringLiteral("parties")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("country_code"), QStringLiteral("DE")},
                                         {QStringLiteral("party_id"), QStringLiteral("EMS")},
                                         {QStringLiteral("role"), QStringLiteral("EMSP")}}}));
        QVERIFY(emsp.value(QStringLiteral("last_contact")).isString());

        const QJsonArray atEmsp = partners(QStringLiteral("emsp.sqlite"), m_emspPort, QStringLiteral("DE-EMS:EMSP"));
        QCOMPARE(atEmsp.size(), 1);
        QCOMPARE(atEmsp.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("registered"));

        // Refused before any call goes out: the command answers at once instead of waiting.
        const Run again = command(QStringList{QStringLiteral("register"), QStringLiteral("--versions-url"), versionsUrl,
                                              QStringLiteral("--token"), tokenA}
                                  + nodeArgs(QStringLiteral("emsp.sqlite"), m_emspPort, QStringLiteral("DE-EMS:EMSP")));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already registered"), again.err.constData());

        // Token A is dead now (PIT-02).
        QCOMPARE(request("GET", QUrl(versionsUrl), {}, {{"Authorization", tokenHeader(tokenA)}}).status, 401);

        // The table form names the partner and its state.
        const Run table = command(QStringList{QStringLiteral("partners")}
                                  + nodeArgs(QStringLiteral("cpo.sqlite"), m_cpoPort, QStringLiteral("NL-CPO:CPO")));
        QVERIFY(table.out.contains("the-emsp"));
        QVERIFY(table.out.contains("DE-EMS"));
        QVERIFY(table.out.contains("registered"));

        const Run update = command(QStringList{QStringLiteral("update"), QStringLiteral("NL-CPO")}
                                   + nodeArgs(QStringLiteral("emsp.sqlite"), m_emspPort, QStringLiteral("DE-EMS:EMSP")));
        QVERIFY2(update.exitCode == 0, update.err.constData());

        const Run unregister = command(QStringList{QStringLiteral("unregister"), QStringLiteral("NL-CPO"), QStringLiteral("--json")}
                                       + nodeArgs(QStringLiteral("emsp.sqlite"), m_emspPort, QStringLiteral("DE-EMS:EMSP")));
        QVERIFY2(unregister.exitCode == 0, unregister.err.constData());
        QCOMPARE(partners(QStringLiteral("cpo.sqlite"), m_cpoPort, QStringLiteral("NL-CPO:CPO")).first().toObject()
                     .value(QStringLiteral("state")).toString(),
                 QStringLiteral("unregistered"));
        QCOMPARE(partners(QStringLiteral("emsp.sqlite"), m_emspPort, QStringLiteral("DE-EMS:EMSP")).first().toObject()
                     .value(QStringLiteral("state")).toString(),
                 QStringLiteral("unregistered"));
    }

    void unknownPartnerIsAClearFailure()
    {
        const Run run = command(QStringList{QStringLiteral("unregister"), QStringLiteral("XX-NOPE")}
                                + nodeArgs(QStringLiteral("emsp.sqlite"), m_emspPort, QStringLiteral("DE-EMS:EMSP")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("no partner named 'XX-NOPE'"));
    }
};

QTEST_GUILESS_MAIN(TestTwoNodeProcesses)
#include "tst_twonodeprocesses.moc"
