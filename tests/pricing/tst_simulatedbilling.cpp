// The simulated charge points' arithmetic, hand-computed: how a charge grows and is cut into
// charging periods (simulation::Charge), what a connector delivers, and the CDR of a completed
// session priced from its tariff (simulation::cdrOf).

#include "support/testsupport.h"

#include "core/datetime.h"
#include "modules/commands/chargesimulation.h"
#include "modules/commands/simulatedbilling.h"
#include "ocpi/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ocpi;
using namespace ocpi::simulation;
using ocpi::test::readTestData;

namespace {

const QDateTime kActive = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC); // 10:00 in Berlin

QDateTime after(int minutes, int seconds = 0)
{
    return kActive.addSecs(minutes * 60 + seconds);
}

// "ENERGY=5.52 TIME=0.25" for one period.
QString dimensions(const QJsonValue &period)
{
    QStringList words;
    for (const QJsonValue &dimension : period.toObject().value(QStringLiteral("dimensions")).toArray()) {
        words.append(dimension.toObject().value(QStringLiteral("type")).toString() + QLatin1Char('=')
                     + QString::number(dimension.toObject().value(QStringLiteral("volume")).toDouble()));
    }
    return words.join(QLatin1Char(' '));
}

QJsonObject location()
{
    QJsonObject location = QJsonDocument::fromJson(readTestData(QStringLiteral("locations/location_2x2.json"))).object();
    location.insert(QStringLiteral("country_code"), QStringLiteral("NL"));
    location.insert(QStringLiteral("party_id"), QStringLiteral("CPO"));
    return location;
}

// 1.00 EUR a charge, 0.30 EUR/kWh, 2.00 EUR/h charging, 19 % VAT on each.
QJsonObject tariff()
{
    auto component = [](const char *type, double price) {
        return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("price"), price},
                           {QStringLiteral("vat"), 19}, {QStringLiteral("step_size"), 1}};
    };
    return {{QStringLiteral("country_code"), QStringLiteral("NL")},
            {QStringLiteral("party_id"), QStringLiteral("CPO")},
            {QStringLiteral("id"), QStringLiteral("AC-STANDARD")},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("elements"), QJsonArray{QJsonObject{{QStringLiteral("price_components"),
                                                                 QJsonArray{component("FLAT", 1.00), component("ENERGY", 0.30),
                                                                            component("TIME", 2.00)}}}}},
            {QStringLiteral("last_updated"), QStringLiteral("2026-01-01T00:00:00Z")}};
}

} // namespace

class TestSimulatedBilling : public QObject
{
    Q_OBJECT

private slots:
    // 22.08 kW for 15 minutes is 5.52 kWh; a period ends every quarter hour (SES-14).
    void quarterHourPeriods()
    {
        const Charge charge{kActive, 22080};
        QCOMPARE(charge.energyWhAt(after(45)), 16560);
        const QJsonArray closed = charge.periods(after(40), false);
        QCOMPARE(closed.size(), 2);
        QCOMPARE(closed.at(1).toObject().value(QStringLiteral("start_date_time")).toString(), formatDateTime(after(15)));
        QCOMPARE(dimensions(closed.at(0)), QStringLiteral("ENERGY=5.52 TIME=0.25"));

        const QJsonArray all = charge.periods(after(40), true);
        QCOMPARE(all.size(), 3);
        QCOMPARE(dimensions(all.at(2)), QStringLiteral("ENERGY=3.68 TIME=0.166667"));
        // A period that ends exactly now is closed, and no empty one follows it.
        QCOMPARE(charge.periods(after(45), false).size(), 3);
        QCOMPARE(charge.periods(after(45), true).size(), 3);
    }

    // What a tick reported is never contradicted later: the closed periods at any moment are the
    // start of every later list (ticks append, the stop appends the rest).
    void periodsOnlyGrow()
    {
        const Charge charge{kActive, 20000, 1, 60000};
        for (int minute = 0; minute < 240; minute += 7) {
            const QJsonArray early = charge.periods(after(minute), false);
            const QJsonArray late = charge.periods(after(minute + 20), true);
            QVERIFY2(early.size() <= late.size(), qPrintable(QString::number(minute)));
            for (qsizetype i = 0; i < early.size(); ++i)
                QCOMPARE(late.at(i), early.at(i));
        }
    }

    // 60 kWh at 20 kW: full after 3 hours; then the car is parked (CDR-12), in periods of its own.
    void fullBatteryParks()
    {
        const Charge charge{kActive, 20000, 1, 60000};
        QCOMPARE(charge.fullAt(), after(180));
        QCOMPARE(charge.energyWhAt(after(240)), 60000);
        const QJsonArray periods = charge.periods(after(200), true);
        QCOMPARE(periods.size(), 14);
        QCOMPARE(dimensions(periods.at(11)), QStringLiteral("ENERGY=5 TIME=0.25"));
        QCOMPARE(dimensions(periods.at(12)), QStringLiteral("PARKING_TIME=0.25"));
        QCOMPARE(dimensions(periods.at(13)), QStringLiteral("PARKING_TIME=0.083333"));

        // Full between two quarter hours: the period is cut there.
        const Charge odd{kActive, 24000, 1, 10000}; // full after 25 minutes
        const QJsonArray cut = odd.periods(after(30), true);
        QCOMPARE(cut.size(), 3);
        QCOMPARE(cut.at(2).toObject().value(QStringLiteral("start_date_time")).toString(), formatDateTime(after(25)));
        QCOMPARE(dimensions(cut.at(1)), QStringLiteral("ENERGY=4 TIME=0.166667"));
    }

    // --sim-speed 60: an hour's energy in a minute, reported every 15 s.
    void speed()
    {
        const Charge charge{kActive, 22080, 60};
        QCOMPARE(charge.reportMs(), 15000);
        QCOMPARE(charge.energyWhAt(after(1)), 22080);
        QCOMPARE(charge.periods(after(1), false).size(), 4);
    }

    // A charge stopped the instant it began: one period, of nothing (a CDR needs one, CDR-06).
    void stoppedAtOnce()
    {
        const QJsonArray periods = Charge{kActive, 22080}.periods(kActive, true);
        QCOMPARE(periods.size(), 1);
        QCOMPARE(dimensions(periods.at(0)), QStringLiteral("ENERGY=0 TIME=0"));
    }

    void connectorPower()
    {
        const QJsonObject berlin = location();
        QCOMPARE(connectorPowerW(berlin, QStringLiteral("BER42-AC-1"), QStringLiteral("1")), 22080);
        // Without max_electric_power: 230 V x 16 A x 3 phases.
        QJsonObject withoutPower = berlin;
        QJsonArray evses = withoutPower.value(QStringLiteral("evses")).toArray();
        QJsonObject evse = evses.at(0).toObject();
        QJsonArray connectors = evse.value(QStringLiteral("connectors")).toArray();
        QJsonObject connector = connectors.at(1).toObject();
        connector.remove(QStringLiteral("max_electric_power"));
        connectors[1] = connector;
        evse.insert(QStringLiteral("connectors"), connectors);
        evses[0] = evse;
        withoutPower.insert(QStringLiteral("evses"), evses);
        QCOMPARE(connectorPowerW(withoutPower, QStringLiteral("BER42-AC-1"), QStringLiteral("2")), 11040);
        QCOMPARE(connectorTariffIds(berlin, QStringLiteral("BER42-AC-1"), QStringLiteral("1")), QStringList{QStringLiteral("AC-STANDARD")});
    }

    // 45 minutes at 22.08 kW under tariff(): 16.56 kWh x 0.30 = 4.968, 0.75 h x 2.00 = 1.50, plus
    // 1.00: 7.468 excl. VAT, x 1.19 = 8.88692 -> 8.8869 incl. VAT.
    void pricedCdr()
    {
        const Charge charge{kActive, 22080};
        QJsonObject session{{QStringLiteral("country_code"), QStringLiteral("NL")},
                            {QStringLiteral("party_id"), QStringLiteral("CPO")},
                            {QStringLiteral("id"), QStringLiteral("S1")},
                            {QStringLiteral("start_date_time"), formatDateTime(kActive)},
                            {QStringLiteral("end_date_time"), formatDateTime(after(45))},
                            {QStringLiteral("kwh"), 16.56},
                            {QStringLiteral("cdr_token"), QJsonObject{{QStringLiteral("country_code"), QStringLiteral("DE")},
                                                                      {QStringLiteral("party_id"), QStringLiteral("EMS")},
                                                                      {QStringLiteral("uid"), QStringLiteral("012345678")},
                                                                      {QStringLiteral("type"), QStringLiteral("RFID")},
                                                                      {QStringLiteral("contract_id"), QStringLiteral("DE-EMS-C12345678-X")}}},
                            {QStringLiteral("auth_method"), QStringLiteral("COMMAND")},
                            {QStringLiteral("authorization_reference"), QStringLiteral("REF-1")},
                            {QStringLiteral("location_id"), QStringLiteral("BER-ALX-0042")},
                            {QStringLiteral("evse_uid"), QStringLiteral("BER42-AC-1")},
                            {QStringLiteral("connector_id"), QStringLiteral("1")},
                            {QStringLiteral("currency"), QStringLiteral("EUR")},
                            {QStringLiteral("charging_periods"), charge.periods(after(45), true)},
                            {QStringLiteral("status"), QStringLiteral("COMPLETED")},
                            {QStringLiteral("last_updated"), formatDateTime(after(45))}};
        auto costs = priceSession(session, location(), tariff(), after(45));
        QVERIFY2(costs.ok(), qPrintable(costs.ok() ? QString() : costs.error().message));
        const QJsonObject cdr = cdrOf(session, location(), tariff(), *costs, after(45));

        QCOMPARE(cdr.value(QStringLiteral("total_cost")).toObject(),
                 (QJsonObject{{QStringLiteral("excl_vat"), 7.468}, {QStringLiteral("incl_vat"), 8.8869}}));
        QCOMPARE(cdr.value(QStringLiteral("total_energy")).toDouble(), 16.56);
        QCOMPARE(cdr.value(QStringLiteral("total_time")).toDouble(), 0.75);
        QCOMPARE(cdr.value(QStringLiteral("total_energy_cost")).toObject().value(QStringLiteral("excl_vat")).toDouble(), 4.968);
        QCOMPARE(cdr.value(QStringLiteral("total_time_cost")).toObject().value(QStringLiteral("excl_vat")).toDouble(), 1.5);
        QCOMPARE(cdr.value(QStringLiteral("total_fixed_cost")).toObject().value(QStringLiteral("excl_vat")).toDouble(), 1.0);
        QCOMPARE(cdr.value(QStringLiteral("authorization_reference")).toString(), QStringLiteral("REF-1"));
        QCOMPARE(cdr.value(QStringLiteral("tariffs")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("AC-STANDARD"));
        const QJsonObject cdrLocation = cdr.value(QStringLiteral("cdr_location")).toObject();
        QCOMPARE(cdrLocation.value(QStringLiteral("evse_id")).toString(), QStringLiteral("DE*EXC*E0042*1"));
        QCOMPARE(cdrLocation.value(QStringLiteral("connector_power_type")).toString(), QStringLiteral("AC_3_PHASE"));
        for (const QJsonValue &period : cdr.value(QStringLiteral("charging_periods")).toArray())
            QCOMPARE(period.toObject().value(QStringLiteral("tariff_id")).toString(), QStringLiteral("AC-STANDARD"));
        // Every field the specification requires, in its types and lengths.
        auto valid = validateObject(QStringLiteral("CDR"), cdr);
        QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message));
    }

    // No tariff: free, in EUR, still a complete CDR (SES-13: 0.00 means free).
    void freeCharge()
    {
        const Charge charge{kActive, 11040};
        QJsonObject session{{QStringLiteral("start_date_time"), formatDateTime(kActive)},
                            {QStringLiteral("end_date_time"), formatDateTime(after(30))},
                            {QStringLiteral("charging_periods"), charge.periods(after(30), true)}};
        auto costs = priceSession(session, location(), std::nullopt, after(30));
        QVERIFY(costs.ok());
        QCOMPARE(priceToJson(costs->total).value(QStringLiteral("excl_vat")).toDouble(), 0.0);
        QCOMPARE(currencyOf(std::nullopt), QStringLiteral("EUR"));
        QCOMPARE(costs->toCdrFields().value(QStringLiteral("total_energy")).toDouble(), 5.52);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedBilling)
#include "tst_simulatedbilling.moc"
