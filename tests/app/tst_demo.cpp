// `ocpi-node demo` as an operator runs it (docs/demo.md): the built binary plays the whole story
// between its two nodes, prints one JSON object per step with --json in the documented shape,
// every step succeeds with the figures the receiving node's store showed, and the exit code is 0.
// Bad options are refused before anything starts.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

const QString kBinary = QStringLiteral(OCPI_NODE_BINARY);

// The steps in order, as docs/demo.md lists them: their ids are part of the --json shape.
const QStringList kSteps{
    QStringLiteral("register"),        QStringLiteral("tariffs"),         QStringLiteral("locations"),
    QStringLiteral("tokens"),          QStringLiteral("authorize"),       QStringLiteral("start_session"),
    QStringLiteral("charging"),        QStringLiteral("charging_more"),   QStringLiteral("charging_profile"),
    QStringLiteral("limited"),         QStringLiteral("stop_session"),    QStringLiteral("cdr"),
    QStringLiteral("reservation_offered"), QStringLiteral("reservation_accepted"), QStringLiteral("reservation_active"),
    QStringLiteral("reservation_start"),   QStringLiteral("reservation_used"),     QStringLiteral("reservation_cdr")};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runDemo(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QLatin1String("OCPI_")))
            environment.remove(name);
    }
    process.setProcessEnvironment(environment);
    process.start(kBinary, QStringList{QStringLiteral("demo")} + arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not end within two minutes");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QHash<QString, QJsonObject> byId(const QList<QJsonObject> &steps)
{
    QHash<QString, QJsonObject> found;
    for (const QJsonObject &step : steps)
        found.insert(step.value(QStringLiteral("id")).toString(), step);
    return found;
}

double figure(const QJsonObject &step, const char *name)
{
    return step.value(QStringLiteral("figures")).toObject().value(QLatin1String(name)).toDouble();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void everyStepSucceeds()
    {
        const Run run = runDemo({QStringLiteral("--speed"), QStringLiteral("1000"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2\n%3").arg(run.exitCode).arg(run.err, run.out)));

        QList<QJsonObject> steps;
        for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
            QVERIFY2(document.isObject(), qPrintable(QStringLiteral("not a JSON object: %1 (%2)").arg(line, error.errorString())));
            steps.append(document.object());
        }
        QCOMPARE(steps.size(), kSteps.size());
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject &step = steps.at(i);
            QCOMPARE(step.value(QStringLiteral("step")).toInt(), i + 1);
            QCOMPARE(step.value(QStringLiteral("of")).toInt(), kSteps.size());
            QCOMPARE(step.value(QStringLiteral("id")).toString(), kSteps.at(i));
            QVERIFY2(step.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(step).toJson(QJsonDocument::Compact)));
            QVERIFY(!step.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(!step.value(QStringLiteral("detail")).toString().isEmpty());
            QVERIFY(!step.contains(QStringLiteral("error")));
            QVERIFY(QStringList({QStringLiteral("CPO"), QStringLiteral("eMSP")}).contains(step.value(QStringLiteral("node")).toString()));
            QVERIFY(QStringList({QStringLiteral("CPO"), QStringLiteral("eMSP")}).contains(step.value(QStringLiteral("checked_at")).toString()));
            QVERIFY(step.value(QStringLiteral("figures")).isObject());
            QVERIFY(step.value(QStringLiteral("elapsed_ms")).isDouble());
        }

        // The key figures, as the receiving node's store showed them.
        const QHash<QString, QJsonObject> found = byId(steps);
        QCOMPARE(found[QStringLiteral("register")].value(QStringLiteral("figures")).toObject().value(QStringLiteral("version")).toString(),
                 QStringLiteral("2.2.1"));
        QCOMPARE(figure(found[QStringLiteral("locations")], "locations"), 6.0);
        QCOMPARE(figure(found[QStringLiteral("tokens")], "tokens"), 3.0);
        QCOMPARE(found[QStringLiteral("authorize")].value(QStringLiteral("figures")).toObject().value(QStringLiteral("allowed")).toString(),
                 QStringLiteral("ALLOWED"));
        QVERIFY(figure(found[QStringLiteral("charging")], "kwh") > 0);
        QVERIFY(figure(found[QStringLiteral("charging_more")], "kwh") > figure(found[QStringLiteral("charging")], "kwh"));
        // Under the 3.7 kW profile a quarter hour adds at most 0.925 kWh (22 kW before it).
        QVERIFY(figure(found[QStringLiteral("limited")], "kwh_under_limit") > 0);
        QVERIFY(figure(found[QStringLiteral("limited")], "kwh_under_limit") <= 0.93);
        QVERIFY(figure(found[QStringLiteral("cdr")], "total_cost_excl_vat") > 0);
        QVERIFY(figure(found[QStringLiteral("cdr")], "total_cost_incl_vat") > figure(found[QStringLiteral("cdr")], "total_cost_excl_vat"));
        QCOMPARE(figure(found[QStringLiteral("reservation_offered")], "price_excl_vat"), 1.2);
        QCOMPARE(found[QStringLiteral("reservation_used")].value(QStringLiteral("figures")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("COMPLETED"));
        QVERIFY(figure(found[QStringLiteral("reservation_cdr")], "reservation_cost_excl_vat") > 0);
    }

    // Without --json: one readable line per step, and a last line saying all succeeded.
    void transcript()
    {
        const Run run = runDemo({QStringLiteral("--speed"), QStringLiteral("1000")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kSteps.size() + 3); // the two nodes' URLs, the steps, the summary
        QVERIFY2(lines.at(2).startsWith(QStringLiteral(" 1/18 ok")), qPrintable(lines.at(2)));
        QCOMPARE(lines.last(), QStringLiteral("All 18 steps succeeded."));
    }

    void badSpeedIsRefused_data()
    {
        QTest::addColumn<QString>("speed");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-3");
        QTest::newRow("not a number") << QStringLiteral("fast");
    }

    void badSpeedIsRefused()
    {
        QFETCH(QString, speed);
        const Run run = runDemo({QStringLiteral("--speed"), speed});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--speed must be a whole number of at least 1")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
