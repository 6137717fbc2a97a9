// Charging profiles as the simulated charge points follow them, hand-computed: a charge limited
// over time (simulation::Charge with power steps), a session's profiles turned into those steps
// (profiles::powerSteps: relative or absolute start, periods, duration, amperes, a later change
// cutting an earlier profile short) and the ActiveChargingProfile reported (profiles::activeProfile).

#include "core/datetime.h"
#include "modules/chargingprofiles/profileschedule.h"
#include "modules/commands/chargesimulation.h"

#include <QJsonArray>
#include <QTest>

using namespace ocpi;
using namespace ocpi::simulation;
using namespace ocpi::profiles;

namespace {

const QDateTime kActive = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

QDateTime after(int minutes, int seconds = 0)
{
    return kActive.addSecs(minutes * 60 + seconds);
}

QJsonObject period(int startSeconds, double limit)
{
    return {{QStringLiteral("start_period"), startSeconds}, {QStringLiteral("limit"), limit}};
}

QJsonObject profile(const char *unit, const QJsonArray &periods)
{
    return {{QStringLiteral("charging_rate_unit"), QLatin1String(unit)}, {QStringLiteral("charging_profile_period"), periods}};
}

QString describe(const QList<PowerStep> &steps)
{
    QStringList words;
    for (const PowerStep &step : steps)
        words.append(QStringLiteral("+%1s:%2").arg(kActive.secsTo(step.from)).arg(step.limitW));
    return words.join(QLatin1Char(' '));
}

double energyOf(const QJsonValue &chargingPeriod)
{
    return chargingPeriod.toObject().value(QStringLiteral("dimensions")).toArray().first().toObject().value(QStringLiteral("volume")).toDouble();
}

const Connector kThreePhase{230, 3, 22080};

} // namespace

class TestProfileSchedule : public QObject
{
    Q_OBJECT

private slots:
    // 22.08 kW, limited to 3.7 kW from 15 to 30 min: 5520 + 925 + 5520 Wh, a period where each limit begins.
    void limitedCharge()
    {
        Charge charge{kActive, 22080};
        charge.limits = {{after(15), 3700}, {after(30), -1}};
        QCOMPARE(charge.powerAt(after(20)), qint64(3700));
        QCOMPARE(charge.powerAt(after(30)), qint64(22080));
        QCOMPARE(charge.energyWhAt(after(45)), qint64(11965));
        const QJsonArray periods = charge.periods(after(45), false);
        QCOMPARE(periods.size(), 3);
        QCOMPARE(energyOf(periods.at(1)), 0.925);
        QCOMPARE(energyOf(periods.at(2)), 5.52);

        // Off the quarter hours: a period ends where the limit changes.
        charge.limits = {{after(10), 3700}};
        QCOMPARE(charge.periods(after(15), false).size(), 2);
        QCOMPARE(energyOf(charge.periods(after(15), false).at(1)), 0.308); // 3700 W x 5 min = 308.3 Wh
    }

    // A limit above the connector's power changes nothing; one set before the charge began holds from its start.
    void limitsBeyondTheCharge()
    {
        Charge charge{kActive, 11040};
        charge.limits = {{kActive.addSecs(-3600), 50000}};
        QCOMPARE(charge.energyWhAt(after(60)), qint64(11040));
        charge.limits = {{kActive.addSecs(-3600), 7000}};
        QCOMPARE(charge.energyWhAt(after(60)), qint64(7000));
    }

    // 10 kWh of room at 20 kW for 15 min (5 kWh), then 4 kW: full 75 min later.
    void fullLaterUnderALimit()
    {
        Charge charge{kActive, 20000, 1, 10000};
        charge.limits = {{after(15), 4000}};
        QCOMPARE(charge.fullAt(), after(90));
        QCOMPARE(charge.energyWhAt(after(120)), qint64(10000));
        // No power at all: never full.
        charge.limits = {{kActive, 0}};
        QVERIFY(!charge.fullAt().isValid());
    }

    void steps_data()
    {
        QTest::addColumn<QList<ProfileChange>>("changes");
        QTest::addColumn<QString>("steps");

        QJsonObject relative = profile("W", {period(0, 11000), period(600, 7000)});
        relative.insert(QStringLiteral("duration"), 1800);
        QTest::newRow("relative to charging start, set 5 min in, ends after its duration")
            << QList<ProfileChange>{{after(5), relative, 1}} << "+300s:11000 +600s:7000 +1800s:-1";
        QTest::newRow("cleared at 20 min: the rest of it never applies")
            << QList<ProfileChange>{{after(5), relative, 1}, {after(20), std::nullopt, 1}} << "+300s:11000 +600s:7000 +1200s:-1";
        QTest::newRow("replaced at 12 min by another")
            << QList<ProfileChange>{{after(5), relative, 1}, {after(12), profile("W", {period(0, 3000)}), 1}}
            << "+300s:11000 +600s:7000 +720s:3000";

        QJsonObject absolute = profile("A", {period(0, 16)});
        absolute.insert(QStringLiteral("start_date_time"), formatDateTime(after(30)));
        QTest::newRow("absolute start, in amperes per phase (16 A x 230 V x 3)")
            << QList<ProfileChange>{{after(5), absolute, 1}} << "+300s:-1 +1800s:11040";
    }

    void steps()
    {
        QFETCH(QList<ProfileChange>, changes);
        QFETCH(QString, steps);
        QCOMPARE(describe(powerSteps(changes, kActive, kThreePhase)), steps);
    }

    // From 15 min on, for an hour: 7 kW until the profile ends at 30 min, then the connector's full power.
    void activeProfileReported()
    {
        QJsonObject relative = profile("W", {period(0, 11000), period(600, 7000)});
        relative.insert(QStringLiteral("duration"), 1800);
        const QList<PowerStep> steps = powerSteps({{after(5), relative, 1}}, kActive, kThreePhase);
        const QJsonObject active = activeProfile(steps, after(15), 3600, kThreePhase);
        QCOMPARE(active.value(QStringLiteral("start_date_time")).toString(), formatDateTime(after(15)));
        QCOMPARE(active.value(QStringLiteral("charging_profile")).toObject(),
                 (QJsonObject{{QStringLiteral("charging_rate_unit"), QStringLiteral("W")},
                              {QStringLiteral("duration"), 3600},
                              {QStringLiteral("charging_profile_period"), QJsonArray{period(0, 7000), period(900, 22080)}}}));
        // No profile: the connector's full power throughout.
        QCOMPARE(activeProfile({}, after(15), 600, kThreePhase).value(QStringLiteral("charging_profile")).toObject()
                     .value(QStringLiteral("charging_profile_period")).toArray(),
                 (QJsonArray{period(0, 22080)}));
    }

    void connectorFromTheLocation()
    {
        const QJsonObject location{
            {QStringLiteral("evses"),
             QJsonArray{QJsonObject{{QStringLiteral("uid"), QStringLiteral("E1")},
                                    {QStringLiteral("connectors"),
                                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                                            {QStringLiteral("power_type"), QStringLiteral("AC_1_PHASE")},
                                                            {QStringLiteral("max_voltage"), 230},
                                                            {QStringLiteral("max_amperage"), 16}}}}}}}};
        const Connector connector = connectorOf(location, QStringLiteral("E1"), QStringLiteral("1"));
        QCOMPARE(connector.phases, 1);
        QCOMPARE(connector.voltage, 230.0);
        QCOMPARE(connector.maxPowerW, qint64(3680));
    }
};

QTEST_MAIN(TestProfileSchedule)
#include "tst_profileschedule.moc"
