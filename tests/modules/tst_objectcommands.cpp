#include "support/testsupport.h"

#include "core/datetime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace ocpi;
using namespace ocpi::test;

namespace {

QJsonObject tariff(const QString &id, const QString &lastUpdated, double price = 0.25)
{
    const QJsonObject component{{QStringLiteral("type"), QStringLiteral("ENERGY")},
                                {QStringLiteral("price"), price},
                                {QStringLiteral("step_size"), 1}};
    return {{QStringLiteral("country_code"), QStringLiteral("NL")},
            {QStringLiteral("party_id"), QStringLiteral("CPO")},
            {QStringLiteral("id"), id},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("elements"), QJsonArray{QJsonObject{{QStringLiteral("price_components"), QJsonArray{component}}}}},
            {QStringLiteral("last_updated"), lastUpdated}};
}

} // namespace

// The object commands against two serving ocpi-node processes (TAR-01/02, TF-24, PG-07): `import`
// (all or nothing, errors naming object and field), `export`, `list`, `outbox` while the partner
// is down and after it is back, and `pull` over HTTP. An import made by a command process is
// pushed by the serving node, which polls the outbox.
class TestObjectCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    quint16 m_cpoPort = 0;
    quint16 m_emspPort = 0;
    std::unique_ptr<QProcess> m_cpo;
    std::unique_ptr<QProcess> m_emsp;

    QStringList cpoArgs() const
    {
        return {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("cpo.sqlite")), QStringLiteral("--port"), QString::number(m_cpoPort),
                QStringLiteral("--party"), QStringLiteral("NL-CPO:CPO"), QStringLiteral("--page-limit"), QStringLiteral("2"),
                QStringLiteral("--log-level"), QStringLiteral("warning"), QStringLiteral("--reservations"), QStringLiteral("on")};
    }

    QStringList emspArgs() const
    {
        return {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("emsp.sqlite")), QStringLiteral("--port"),
                QString::number(m_emspPort), QStringLiteral("--party"), QStringLiteral("DE-EMS:EMSP"), QStringLiteral("--log-level"),
                QStringLiteral("warning"), QStringLiteral("--reservations"), QStringLiteral("on")};
    }

    std::unique_ptr<QProcess> serve(const QStringList &args)
    {
        auto process = serveNode(args);
        if (!process->readLine().contains("/ocpi/versions"))
            qWarning("ocpi-node serve did not start: %s", process->readAllStandardError().constData());
        return process;
    }

    static void stop(std::unique_ptr<QProcess> &process)
    {
        if (!process)
            return;
        ::kill(pid_t(process->processId()), SIGTERM);
        process->waitForFinished(10000);
        process.reset();
    }

    using Run = NodeRun;
    static Run command(const QStringList &args) { return runNode(args); }

    Run atCpo(const QStringList &args) { return command(args + cpoArgs()); }
    Run atEmsp(const QStringList &args) { return command(args + emspArgs()); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(name));
        file.write(content);
        return file.fileName();
    }

    QString writeJson(const QString &name, const QJsonArray &array)
    {
        return writeFile(name, QJsonDocument(array).toJson());
    }

    // What `list tariffs --json` shows for one of the CPO's tariffs held by the eMSP.
    static QJsonObject listed(const QJsonObject &tariff)
    {
        return {{QStringLiteral("owner"), QStringLiteral("NL-CPO")},
                {QStringLiteral("id"), tariff.value(QStringLiteral("id")).toString().toUpper()},
                {QStringLiteral("source"), QStringLiteral("partner")},
                {QStringLiteral("partner"), QStringLiteral("the-cpo")},
                // The connection it came through (the eMSP node's one partner) and no hub (issue 13).
                {QStringLiteral("partner_id"), 1},
                {QStringLiteral("via_hub"), false},
                {QStringLiteral("last_updated"), tariff.value(QStringLiteral("last_updated"))},
                {QStringLiteral("object"), tariff}};
    }

    QJsonArray emspList() { return atEmsp({QStringLiteral("list"), QStringLiteral("tariffs"), QStringLiteral("--json")}).json().array(); }
    QJsonArray cpoOutbox() { return atCpo({QStringLiteral("outbox"), QStringLiteral("--json")}).json().array(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cpoPort = freePort();
        m_emspPort = freePort();
        m_cpo = serve(cpoArgs());
        m_emsp = serve(emspArgs());
        QCOMPARE(m_cpo->state(), QProcess::Running);
        QCOMPARE(m_emsp->state(), QProcess::Running);

        const Run invite = atCpo({QStringLiteral("invite"), QStringLiteral("--name"), QStringLiteral("the-emsp"), QStringLiteral("--json")});
        QCOMPARE(invite.exitCode, 0);
        const QJsonObject invitation = invite.json().object();
        const Run registered = atEmsp({QStringLiteral("register"), QStringLiteral("--versions-url"),
                                       invitation.value(QStringLiteral("versions_url")).toString(), QStringLiteral("--token"),
                                       invitation.value(QStringLiteral("token")).toString(), QStringLiteral("--name"),
                                       QStringLiteral("the-cpo")});
        QVERIFY2(registered.exitCode == 0, registered.err.constData());
    }

    void cleanupTestCase()
    {
        stop(m_emsp);
        stop(m_cpo);
    }

    void importIsAllOrNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");   // the line on stderr

        QJsonObject noCurrency = tariff(QStringLiteral("T2"), QStringLiteral("2026-11-02T00:00:00Z"));
        noCurrency.remove(QStringLiteral("currency"));
        QJsonObject badType = tariff(QStringLiteral("T3"), QStringLiteral("2026-11-03T00:00:00Z"));
        badType[QStringLiteral("elements")] = QJsonArray{QJsonObject{
            {QStringLiteral("price_components"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("kWh")}, {QStringLiteral("price"), 1}, {QStringLiteral("step_size"), 1}}}}}};
        QJsonObject foreign = tariff(QStringLiteral("X9"), QStringLiteral("2026-11-03T00:00:00Z"));
        foreign[QStringLiteral("country_code")] = QStringLiteral("FR");
        foreign[QStringLiteral("party_id")] = QStringLiteral("XXX");
        const QJsonObject t1 = tariff(QStringLiteral("T1"), QStringLiteral("2026-11-01T00:00:00Z"));

        QTest::newRow("TAR-04 second object without currency")
            << QJsonDocument(QJsonArray{t1, noCurrency, tariff(QStringLiteral("T4"), QStringLiteral("2026-11-01T00:00:00Z"))}).toJson()
            << "ocpi-node: Tariff 1 (id T2): currency: required field is missing";
        QTest::newRow("TAR-05 third object with an unknown price component type")
            << QJsonDocument(QJsonArray{t1, tariff(QStringLiteral("T2"), QStringLiteral("2026-11-01T00:00:00Z")), badType}).toJson()
            << "ocpi-node: Tariff 2 (id T3): elements[0].price_components[0].type: ";
        QTest::newRow("object of a party this node does not hold")
            << QJsonDocument(QJsonArray{t1, foreign}).toJson()
            << "ocpi-node: Tariff 1 (id X9): country_code/party_id: FR-XXX is not a CPO party of this node";
        QTest::newRow("an entry that is not an object")
            << QByteArray("[" + QJsonDocument(t1).toJson(QJsonDocument::Compact) + ", 42]") << "ocpi-node: Tariff 1: ";
        QTest::newRow("not JSON") << QByteArray("[{\"id\": ") << "is not valid JSON";
    }

    void importIsAllOrNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString file = writeFile(QStringLiteral("bad.json"), content);
        const Run run = atCpo({QStringLiteral("import"), QStringLiteral("tariffs"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1); // one precise line
        QVERIFY(run.out.isEmpty());

        // Nothing stored, nothing queued.
        const Run exported = atCpo({QStringLiteral("export"), QStringLiteral("tariffs")});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.json().array(), QJsonArray());
        QCOMPARE(cpoOutbox(), QJsonArray());
    }

    // An operator fixes a file once: every problem of every object, each naming object and field.
    void importReportsEveryProblem()
    {
        QJsonObject twoProblems = tariff(QStringLiteral("T2"), QStringLiteral("2026-11-02T00:00:00Z"));
        twoProblems.remove(QStringLiteral("currency"));
        twoProblems[QStringLiteral("elements")] = QJsonArray{QJsonObject{
            {QStringLiteral("price_components"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("kWh")}, {QStringLiteral("price"), 1}, {QStringLiteral("step_size"), 1}}}}}};
        QJsonObject foreign = tariff(QStringLiteral("X9"), QStringLiteral("2026-11-03T00:00:00Z"));
        foreign[QStringLiteral("country_code")] = QStringLiteral("FR");
        foreign[QStringLiteral("party_id")] = QStringLiteral("XXX");
        const QString file = writeJson(QStringLiteral("three.json"),
                                       QJsonArray{tariff(QStringLiteral("T1"), QStringLiteral("2026-11-01T00:00:00Z")), twoProblems, foreign});

        const Run run = atCpo({QStringLiteral("import"), QStringLiteral("tariffs"), file});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = QString::fromUtf8(run.err).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("ocpi-node: 3 problems in 2 of 3 objects; nothing was imported:"));
        QVERIFY2(lines.contains(QStringLiteral("  Tariff 1 (id T2): currency: required field is missing")), run.err.constData());
        QVERIFY2(lines.contains(QStringLiteral("  Tariff 1 (id T2): elements[0].price_components[0].type: \"kWh\" is not a valid TariffDimensionType")),
                 run.err.constData());
        QVERIFY2(lines.contains(QStringLiteral("  Tariff 2 (id X9): country_code/party_id: FR-XXX is not a CPO party of this node")),
                 run.err.constData());

        const Run json = atCpo({QStringLiteral("import"), QStringLiteral("tariffs"), file, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonArray errors = json.json().object().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).toObject(), (QJsonObject{{QStringLiteral("index"), 1}, {QStringLiteral("id"), QStringLiteral("T2")},
                                                       {QStringLiteral("field"), QStringLiteral("currency")},
                                                       {QStringLiteral("message"), QStringLiteral("required field is missing")}}));
        QCOMPARE(errors.at(2).toObject().value(QStringLiteral("index")).toInt(), 2);
        QCOMPARE(atCpo({QStringLiteral("export"), QStringLiteral("tariffs")}).json().array(), QJsonArray());
        QCOMPARE(cpoOutbox(), QJsonArray());
    }

    void importErrorsOfUsage()
    {
        const Run missing = atCpo({QStringLiteral("import"), QStringLiteral("tariffs"), m_dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("cannot read"), missing.err.constData());
        const Run module = atCpo({QStringLiteral("import"), QStringLiteral("tarifs"), m_dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(module.exitCode, 2);
        QVERIFY2(module.err.contains("expected one of locations|tariffs|tokens|sessions|cdrs, not 'tarifs'"), module.err.constData());
    }

    void importPushExportListOutboxPull()
    {
        QJsonArray tariffs{tariff(QStringLiteral("T1"), QStringLiteral("2026-11-01T00:00:00Z")),
                           tariff(QStringLiteral("t2"), QStringLiteral("2026-11-02T00:00:00Z"), 0.3),
                           tariff(QStringLiteral("T3"), QStringLiteral("2026-11-03T00:00:00Z"), 0.4)};
        Run run = atCpo({QStringLiteral("import"), QStringLiteral("tariffs"), writeJson(QStringLiteral("tariffs.json"), tariffs),
                         QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object(), (QJsonObject{{QStringLiteral("module"), QStringLiteral("tariffs")},
                                                   {QStringLiteral("imported"), 3},
                                                   {QStringLiteral("created"), 3},
                                                   {QStringLiteral("updated"), 0},
                                                   {QStringLiteral("unchanged"), 0}}));

        run = atCpo({QStringLiteral("export"), QStringLiteral("tariffs")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().array(), tariffs);
        run = atCpo({QStringLiteral("export"), QStringLiteral("tariffs"), QStringLiteral("--owner"), QStringLiteral("FR-XXX")});
        QCOMPARE(run.json().array(), QJsonArray());

        // The serving CPO node finds the rows the command queued and pushes them.
        QJsonArray expected;
        for (const QJsonValue &t : std::as_const(tariffs))
            expected.append(listed(t.toObject()));
        QTRY_COMPARE_WITH_TIMEOUT(emspList(), expected, 10000);
        QTRY_COMPARE(cpoOutbox(), QJsonArray());
        run = atEmsp({QStringLiteral("list"), QStringLiteral("tariffs")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("NL-CPO") && run.out.contains("T2") && run.out.contains("the-cpo"), run.out.constData());

        // Importing the same ids with a change replaces the changed one only.
        tariffs[1] = tariff(QStringLiteral("T2"), QStringLiteral("2026-11-04T00:00:00Z"), 0.35);
        run = atCpo({QStringLiteral("import"), QStringLiteral("tariffs"), writeJson(QStringLiteral("tariffs.json"), tariffs),
                     QStringLiteral("--json")});
        QCOMPARE(run.json().object().value(QStringLiteral("created")).toInt(), 0);
        QCOMPARE(run.json().object().value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(run.json().object().value(QStringLiteral("unchanged")).toInt(), 2);
        expected[1] = listed(tariffs[1].toObject());
        QTRY_COMPARE_WITH_TIMEOUT(emspList(), expected, 10000);

        // The partner goes down. Importing the same file again changes nothing and queues nothing
        // (a queued push would now wait in the outbox).
        stop(m_emsp);
        run = atCpo({QStringLiteral("import"), QStringLiteral("tariffs"), writeJson(QStringLiteral("again.json"), tariffs)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("imported 3 tariffs (0 new, 0 updated); 3 unchanged, not pushed again"));
        QCOMPARE(cpoOutbox(), QJsonArray());

        // A change waits in the outbox, with the reason.
        tariffs[0] = tariff(QStringLiteral("T1"), QStringLiteral("2026-11-05T00:00:00Z"), 0.21);
        run = atCpo({QStringLiteral("import"), QStringLiteral("tariffs"), writeJson(QStringLiteral("t1.json"), QJsonArray{tariffs[0]})});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("imported 1 tariffs (0 new, 1 updated)"));
        QTRY_VERIFY_WITH_TIMEOUT(cpoOutbox().size() == 1 && cpoOutbox().at(0).toObject().value(QStringLiteral("last_error")).isString(),
                                 10000);
        QJsonObject backlog = cpoOutbox().first().toObject();
        QVERIFY2(backlog.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(backlog.value(QStringLiteral("last_error")).toString()));
        QVERIFY(backlog.value(QStringLiteral("oldest")).isString());
        backlog.remove(QStringLiteral("last_error"));
        backlog.remove(QStringLiteral("oldest"));
        QCOMPARE(backlog, (QJsonObject{{QStringLiteral("partner"), QStringLiteral("the-emsp")},
                                       {QStringLiteral("partner_id"), 1},
                                       {QStringLiteral("pending"), 1},
                                       {QStringLiteral("parked"), 0},
                                       {QStringLiteral("parked_deliveries"), QJsonArray()}}));
        run = atCpo({QStringLiteral("outbox")});
        QVERIFY2(run.out.contains("the-emsp") && run.out.contains("PENDING"), run.out.constData());

        // Back on the same port: delivered (the retry waits at most a few seconds).
        m_emsp = serve(emspArgs());
        QCOMPARE(m_emsp->state(), QProcess::Running);
        QTRY_COMPARE_WITH_TIMEOUT(cpoOutbox(), QJsonArray(), 15000);
        expected[0] = listed(tariffs[0].toObject());
        QCOMPARE(emspList(), expected);

        // Pull over HTTP (page limit 2: two pages), since the last pull unless --full.
        const QJsonObject report{{QStringLiteral("module"), QStringLiteral("tariffs")},
                                 {QStringLiteral("full"), false},
                                 {QStringLiteral("pages"), 2},
                                 {QStringLiteral("received"), 3},
                                 {QStringLiteral("stored"), 3},
                                 {QStringLiteral("skipped"), 0},
                                 {QStringLiteral("removed"), 0},
                                 {QStringLiteral("retries"), 0},
                                 {QStringLiteral("problems"), QJsonArray()},
                                 {QStringLiteral("parties"), QJsonArray{QStringLiteral("NL-CPO")}}};
        run = atEmsp({QStringLiteral("pull"), QStringLiteral("the-cpo"), QStringLiteral("tariffs"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().array(), QJsonArray{report});
        // Without a module: every module the partner has a Sender for (its locations: none yet).
        QJsonObject full = report;
        full[QStringLiteral("full")] = true;
        QJsonObject locations = full;
        locations[QStringLiteral("module")] = QStringLiteral("locations");
        locations[QStringLiteral("pages")] = 1;
        locations[QStringLiteral("received")] = 0;
        locations[QStringLiteral("stored")] = 0;
        QJsonObject sessions = locations;
        sessions[QStringLiteral("module")] = QStringLiteral("sessions");
        QJsonObject cdrs = locations;
        cdrs[QStringLiteral("module")] = QStringLiteral("cdrs");
        run = atEmsp({QStringLiteral("pull"), QStringLiteral("NL-CPO"), QStringLiteral("--full"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().array(), (QJsonArray{locations, full, sessions, cdrs}));
        QCOMPARE(emspList(), expected);
        run = atEmsp({QStringLiteral("pull"), QStringLiteral("NL-CPO"), QStringLiteral("tariffs")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("tariffs: 0 stored, 0 skipped, 0 removed (1 pages)"), run.out.constData());

        run = atEmsp({QStringLiteral("pull"), QStringLiteral("XX-NOPE"), QStringLiteral("tariffs")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("XX-NOPE"), run.err.constData());
    }

    // Issue 13, initial sync by hand and the setting: `push PARTNER [MODULE] --all` queues every
    // current object the partner receives, with progress; `set-initial-sync` is shown by `partners`.
    void pushAllAndTheInitialSyncSetting()
    {
        const auto setting = [this] {
            return atCpo({QStringLiteral("partners"), QStringLiteral("--json")}).json().array().first().toObject().value(
                QStringLiteral("initial_sync"));
        };
        QCOMPARE(setting(), QJsonValue(false));
        Run run = atCpo({QStringLiteral("set-initial-sync"), QStringLiteral("the-emsp"), QStringLiteral("on")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(setting(), QJsonValue(true));
        run = atCpo({QStringLiteral("set-initial-sync"), QStringLiteral("the-emsp"), QStringLiteral("maybe")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("on or off"), run.err.constData());
        QCOMPARE(setting(), QJsonValue(true));

        run = atCpo({QStringLiteral("push"), QStringLiteral("the-emsp"), QStringLiteral("tariffs")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--all"), run.err.constData());
        const qsizetype tariffs = atCpo({QStringLiteral("export"), QStringLiteral("tariffs")}).json().array().size();
        QVERIFY(tariffs >= 3);
        run = atCpo({QStringLiteral("push"), QStringLiteral("the-emsp"), QStringLiteral("tariffs"), QStringLiteral("--all")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray done = QStringLiteral("tariffs: %1 of %1 queued for the-emsp, done").arg(tariffs).toUtf8();
        QVERIFY2(run.out.contains(done), run.out.constData());
        run = atCpo({QStringLiteral("push"), QStringLiteral("the-emsp"), QStringLiteral("tariffs"), QStringLiteral("--all"),
                     QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().array(), (QJsonArray{QJsonObject{{QStringLiteral("partner"), QStringLiteral("the-emsp")},
                                                             {QStringLiteral("module"), QStringLiteral("tariffs")},
                                                             {QStringLiteral("queued"), tariffs},
                                                             {QStringLiteral("total"), tariffs}}}));
        QTRY_COMPARE_WITH_TIMEOUT(cpoOutbox(), QJsonArray(), 15000); // delivered by the serving node

        // Tokens are an eMSP's: the eMSP node has no tokens Receiver to send ours to.
        run = atCpo({QStringLiteral("push"), QStringLiteral("the-emsp"), QStringLiteral("tokens"), QStringLiteral("--all")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("an initial sync sends tokens only to"), run.err.constData());
    }

    // Sessions go through the same commands: imported at the CPO, exported as stored, pushed to the
    // eMSP, listed there and pulled again.
    void sessionsThroughTheSameCommands()
    {
        const QJsonObject token{{QStringLiteral("country_code"), QStringLiteral("DE")}, {QStringLiteral("party_id"), QStringLiteral("EMS")},
                                {QStringLiteral("uid"), QStringLiteral("CARD-1")}, {QStringLiteral("type"), QStringLiteral("RFID")},
                                {QStringLiteral("contract_id"), QStringLiteral("DE-EMS-C00001-1")}};
        const QJsonObject session{{QStringLiteral("country_code"), QStringLiteral("NL")}, {QStringLiteral("party_id"), QStringLiteral("CPO")},
                                  {QStringLiteral("id"), QStringLiteral("SESSION-1")},
                                  {QStringLiteral("start_date_time"), QStringLiteral("2026-11-25T09:00:00Z")},
                                  {QStringLiteral("kwh"), 2.5}, {QStringLiteral("cdr_token"), token},
                                  {QStringLiteral("auth_method"), QStringLiteral("WHITELIST")},
                                  {QStringLiteral("location_id"), QStringLiteral("LOC1")}, {QStringLiteral("evse_uid"), QStringLiteral("EVSE1")},
                                  {QStringLiteral("connector_id"), QStringLiteral("1")}, {QStringLiteral("currency"), QStringLiteral("EUR")},
                                  {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                  {QStringLiteral("last_updated"), QStringLiteral("2026-11-25T09:05:00Z")}};
        Run run = atCpo({QStringLiteral("import"), QStringLiteral("sessions"), writeJson(QStringLiteral("sessions.json"), QJsonArray{session})});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = atCpo({QStringLiteral("export"), QStringLiteral("sessions")});
        QCOMPARE(run.json().array(), QJsonArray{session});

        auto emspSessions = [this] {
            QJsonArray objects;
            for (const QJsonValue &row : atEmsp({QStringLiteral("list"), QStringLiteral("sessions"), QStringLiteral("--json")}).json().array())
                objects.append(row.toObject().value(QStringLiteral("object")));
            return objects;
        };
        QTRY_COMPARE_WITH_TIMEOUT(emspSessions(), QJsonArray{session}, 10000);
        run = atEmsp({QStringLiteral("pull"), QStringLiteral("the-cpo"), QStringLiteral("sessions"), QStringLiteral("--full")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("sessions: 1 stored"), run.out.constData());
    }

    // `command`: the eMSP starts a charge on the CPO's location with one of its own tokens and
    // waits for the result; both nodes list the command's timeline.
    void commandStartsACharge()
    {
        QJsonObject location = QJsonDocument::fromJson(readTestData(QStringLiteral("locations/location_2x2.json"))).object();
        location.insert(QStringLiteral("country_code"), QStringLiteral("NL"));
        location.insert(QStringLiteral("party_id"), QStringLiteral("CPO"));
        // Tariffs are not what this test is about: connectors that name none (LOC-22 needs no tariff then).
        location = withoutTariffIds(location);
        Run run = atCpo({QStringLiteral("import"), QStringLiteral("locations"), writeJson(QStringLiteral("location.json"), QJsonArray{location})});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject token = QJsonDocument::fromJson(readTestData(QStringLiteral("tokens/ems_rfid_card.json"))).object();
        run = atEmsp({QStringLiteral("import"), QStringLiteral("tokens"), writeJson(QStringLiteral("token.json"), QJsonArray{token})});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        run = atEmsp({QStringLiteral("command"), QStringLiteral("the-cpo"), QStringLiteral("START_SESSION"), QStringLiteral("--evse"),
                      QStringLiteral("BER42-AC-1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--location, --token"), run.err.constData());

        run = atEmsp({QStringLiteral("command"), QStringLiteral("the-cpo"), QStringLiteral("START_SESSION"), QStringLiteral("--location"),
                      QStringLiteral("BER-ALX-0042"), QStringLiteral("--evse"), QStringLiteral("BER42-AC-1"), QStringLiteral("--token"),
                      QStringLiteral("0A1B2C3D4E5F60"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject answer = run.json().object();
        QCOMPARE(answer.value(QStringLiteral("state")).toString(), QStringLiteral("ACCEPTED"));
        QCOMPARE(answer.value(QStringLiteral("response")).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("ACCEPTED"));
        QCOMPARE(answer.value(QStringLiteral("result")).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("ACCEPTED"));
        QCOMPARE(answer.value(QStringLiteral("command")).toObject().value(QStringLiteral("token")).toObject(), token);

        const QJsonArray sent = atEmsp({QStringLiteral("list"), QStringLiteral("commands"), QStringLiteral("--json")}).json().array();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("sent"));
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("partner")).toString(), QStringLiteral("the-cpo"));
        const QJsonArray received = atCpo({QStringLiteral("list"), QStringLiteral("commands"), QStringLiteral("--json")}).json().array();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("received"));
        QCOMPARE(received.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ACCEPTED"));
        // The charge the command started, as the eMSP holds it.
        QTRY_VERIFY_WITH_TIMEOUT(atEmsp({QStringLiteral("list"), QStringLiteral("sessions"), QStringLiteral("--json")}).json().array().size() == 2, 10000);
    }

    // `profile`: the eMSP limits the charge the command above started and waits for the result; a
    // second request on the session within the CPO's window is TOO_OFTEN (CP-04).
    void profileLimitsTheCharge()
    {
        QString sessionId;
        for (const QJsonValue &row : atEmsp({QStringLiteral("list"), QStringLiteral("sessions"), QStringLiteral("--json")}).json().array()) {
            const QJsonObject session = row.toObject().value(QStringLiteral("object")).toObject();
            if (session.value(QStringLiteral("auth_method")).toString() == QLatin1String("COMMAND"))
                sessionId = session.value(QStringLiteral("id")).toString();
        }
        QVERIFY(!sessionId.isEmpty());

        Run run = atEmsp({QStringLiteral("profile"), QStringLiteral("the-cpo"), sessionId, QStringLiteral("get")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--duration"), run.err.constData());

        const QJsonObject profile{{QStringLiteral("charging_rate_unit"), QStringLiteral("W")},
                                  {QStringLiteral("charging_profile_period"),
                                   QJsonArray{QJsonObject{{QStringLiteral("start_period"), 0}, {QStringLiteral("limit"), 3700}}}}};
        const QString file = writeFile(QStringLiteral("profile.json"), QJsonDocument(profile).toJson());
        run = atEmsp({QStringLiteral("profile"), QStringLiteral("the-cpo"), sessionId, QStringLiteral("set"), file, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject answer = run.json().object();
        QCOMPARE(answer.value(QStringLiteral("state")).toString(), QStringLiteral("ACCEPTED"));
        QCOMPARE(answer.value(QStringLiteral("response")).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("ACCEPTED"));
        QCOMPARE(answer.value(QStringLiteral("result")).toObject(), (QJsonObject{{QStringLiteral("result"), QStringLiteral("ACCEPTED")}}));
        QCOMPARE(answer.value(QStringLiteral("request")).toObject().value(QStringLiteral("charging_profile")).toObject(), profile);
        QCOMPARE(answer.value(QStringLiteral("request")).toObject().value(QStringLiteral("session_id")).toString(), sessionId);

        run = atEmsp({QStringLiteral("profile"), QStringLiteral("the-cpo"), sessionId, QStringLiteral("clear"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        answer = run.json().object();
        QCOMPARE(answer.value(QStringLiteral("state")).toString(), QStringLiteral("TOO_OFTEN"));
        QVERIFY(answer.value(QStringLiteral("result")).isNull());
    }

    // CDRs too: imported at the CPO, POSTed to the eMSP (CDR-02), listed there and pulled again;
    // importing a changed CDR is refused (CDR-04).
    void cdrsThroughTheSameCommands()
    {
        const QJsonObject token{{QStringLiteral("country_code"), QStringLiteral("DE")}, {QStringLiteral("party_id"), QStringLiteral("EMS")},
                                {QStringLiteral("uid"), QStringLiteral("CARD-1")}, {QStringLiteral("type"), QStringLiteral("RFID")},
                                {QStringLiteral("contract_id"), QStringLiteral("DE-EMS-C00001-1")}};
        const QJsonObject location{
            {QStringLiteral("id"), QStringLiteral("LOC1")}, {QStringLiteral("address"), QStringLiteral("Stationsplein 1")},
            {QStringLiteral("city"), QStringLiteral("Utrecht")}, {QStringLiteral("country"), QStringLiteral("NLD")},
            {QStringLiteral("coordinates"), QJsonObject{{QStringLiteral("latitude"), QStringLiteral("52.089010")},
                                                        {QStringLiteral("longitude"), QStringLiteral("5.110170")}}},
            {QStringLiteral("evse_uid"), QStringLiteral("EVSE1")}, {QStringLiteral("evse_id"), QStringLiteral("NL*CPO*E12345")},
            {QStringLiteral("connector_id"), QStringLiteral("1")}, {QStringLiteral("connector_standard"), QStringLiteral("IEC_62196_T2")},
            {QStringLiteral("connector_format"), QStringLiteral("SOCKET")}, {QStringLiteral("connector_power_type"), QStringLiteral("AC_1_PHASE")}};
        const QJsonObject period{{QStringLiteral("start_date_time"), QStringLiteral("2026-11-25T09:00:00Z")},
                                 {QStringLiteral("dimensions"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TIME")},
                                                                                       {QStringLiteral("volume"), 1.0}}}}};
        QJsonObject cdr{{QStringLiteral("country_code"), QStringLiteral("NL")}, {QStringLiteral("party_id"), QStringLiteral("CPO")},
                        {QStringLiteral("id"), QStringLiteral("CDR-1")},
                        {QStringLiteral("start_date_time"), QStringLiteral("2026-11-25T09:00:00Z")},
                        {QStringLiteral("end_date_time"), QStringLiteral("2026-11-25T10:00:00Z")}, {QStringLiteral("cdr_token"), token},
                        {QStringLiteral("auth_method"), QStringLiteral("WHITELIST")}, {QStringLiteral("cdr_location"), location},
                        {QStringLiteral("currency"), QStringLiteral("EUR")}, {QStringLiteral("charging_periods"), QJsonArray{period}},
                        {QStringLiteral("total_cost"), QJsonObject{{QStringLiteral("excl_vat"), 2.0}}},
                        {QStringLiteral("total_energy"), 7.0}, {QStringLiteral("total_time"), 1.0},
                        {QStringLiteral("last_updated"), QStringLiteral("2026-11-25T10:05:00Z")}};
        Run run = atCpo({QStringLiteral("import"), QStringLiteral("cdrs"), writeJson(QStringLiteral("cdrs.json"), QJsonArray{cdr})});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = atCpo({QStringLiteral("export"), QStringLiteral("cdrs")});
        QCOMPARE(run.json().array(), QJsonArray{cdr});

        auto emspCdrs = [this] {
            QJsonArray objects;
            for (const QJsonValue &row : atEmsp({QStringLiteral("list"), QStringLiteral("cdrs"), QStringLiteral("--json")}).json().array())
                objects.append(row.toObject().value(QStringLiteral("object")));
            return objects;
        };
        QTRY_COMPARE_WITH_TIMEOUT(emspCdrs(), QJsonArray{cdr}, 10000);
        run = atEmsp({QStringLiteral("pull"), QStringLiteral("the-cpo"), QStringLiteral("cdrs"), QStringLiteral("--full")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("cdrs: 1 stored"), run.out.constData());

        QJsonObject changed = cdr;
        changed[QStringLiteral("total_cost")] = QJsonObject{{QStringLiteral("excl_vat"), 3.0}};
        run = atCpo({QStringLiteral("import"), QStringLiteral("cdrs"), writeJson(QStringLiteral("changed.json"), QJsonArray{changed})});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("immutable"), run.err.constData());
        run = atCpo({QStringLiteral("export"), QStringLiteral("cdrs")});
        QCOMPARE(run.json().array(), QJsonArray{cdr});
    }

    // `reserve` (the custom reservations module, on at both nodes): the CPO's offer for a window at
    // the location `commandStartsACharge` imported (no tariffs there: free), then accepted.
    void reserveOffersAndAccepts()
    {
        Run run = atEmsp({QStringLiteral("reserve"), QStringLiteral("the-cpo"), QStringLiteral("--location"), QStringLiteral("BER-ALX-0042"),
                          QStringLiteral("--token"), QStringLiteral("0A1B2C3D4E5F60")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--from, --to"), run.err.constData());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QStringList window{QStringLiteral("--from"), formatDateTime(now.addSecs(3600)), QStringLiteral("--to"),
                                 formatDateTime(now.addSecs(7200))};
        run = atEmsp(QStringList{QStringLiteral("reserve"), QStringLiteral("the-cpo"), QStringLiteral("--location"), QStringLiteral("NOWHERE"),
                                 QStringLiteral("--token"), QStringLiteral("0A1B2C3D4E5F60")} + window);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("REJECTED (location_id: no such location)"), run.out.constData());

        run = atEmsp(QStringList{QStringLiteral("reserve"), QStringLiteral("the-cpo"), QStringLiteral("--location"), QStringLiteral("BER-ALX-0042"),
                                 QStringLiteral("--evse"), QStringLiteral("BER42-AC-1"), QStringLiteral("--token"), QStringLiteral("0A1B2C3D4E5F60"),
                                 QStringLiteral("--accept"), QStringLiteral("--json")} + window);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray answers = run.json().array();
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OFFERED"));
        QCOMPARE(answers.at(0).toObject().value(QStringLiteral("price")).toObject().value(QStringLiteral("excl_vat")).toDouble(-1), 0.0);
        QCOMPARE(answers.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ACCEPTED"));
        QCOMPARE(answers.at(1).toObject().value(QStringLiteral("id")), answers.at(0).toObject().value(QStringLiteral("id")));
    }
};

QTEST_GUILESS_MAIN(TestObjectCommands)
#include "tst_objectcommands.moc"
