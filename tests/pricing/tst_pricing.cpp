#include "pricing/pricing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ocpi;
using namespace ocpi::pricing;

namespace {

// A tariff is either inline JSON or "spec:<file>", one of the specification's example tariffs read
// in place from ../shared/ocpi/examples (not copied into this repository).
std::optional<Tariff> loadTariff(const QString &source)
{
    QByteArray json = source.toUtf8();
    if (source.startsWith(QLatin1String("spec:"))) {
        QFile file(QStringLiteral(OCPI_SOURCE_DIR "/../shared/ocpi/examples/") + source.mid(5));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        json = file.readAll();
    }
    auto tariff = tariffFromJson(QJsonDocument::fromJson(json).object());
    if (!tariff.ok())
        qFatal("bad test tariff: %s", qPrintable(tariff.error().message));
    return *tariff;
}

// Periods in a short notation: "START DIM=VOLUME DIM=VOLUME; START ...", read through the same
// codec as a ChargingPeriod on the wire.
QList<ChargingPeriod> periods(const QString &text)
{
    QList<ChargingPeriod> result;
    for (const QString &entry : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList words = entry.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QJsonArray dimensions;
        for (const QString &word : words.mid(1)) {
            const QStringList pair = word.split(QLatin1Char('='));
            dimensions.append(QJsonObject{{QStringLiteral("type"), pair.at(0)},
                                          {QStringLiteral("volume"), pair.at(1).toDouble()}});
        }
        auto period = chargingPeriodFromJson(
            {{QStringLiteral("start_date_time"), words.at(0)}, {QStringLiteral("dimensions"), dimensions}});
        if (!period.ok())
            qFatal("bad test period: %s", qPrintable(period.error().message));
        result.append(*period);
    }
    return result;
}

SessionFacts facts(const QByteArray &zone, const QString &periodText, const QString &end,
                   Reservation reservation = Reservation::None)
{
    SessionFacts facts;
    facts.zone = QTimeZone(zone);
    facts.periods = periods(periodText);
    facts.start = facts.periods.first().start;
    facts.end = QDateTime::fromString(end, Qt::ISODate).toUTC();
    facts.reservation = reservation;
    return facts;
}

QString money(const Amount &amount)
{
    return QString::number(double(amount.toTenThousandths()) / 10000.0, 'f', 4);
}

// "total EXCL/INCL | energy EXCL/INCL | ...": total always, the parts that are not zero; "-" is an
// unknown incl_vat.
QString summary(const Costs &costs)
{
    const std::pair<const char *, const Price *> parts[] = {
        {"total", &costs.total},   {"energy", &costs.energy}, {"time", &costs.time},
        {"parking", &costs.parking}, {"fixed", &costs.fixed}, {"reservation", &costs.reservation}};
    QStringList out;
    for (const auto &[name, price] : parts) {
        const bool zero = price->exclVat.isZero() && price->inclVat && price->inclVat->isZero();
        if (zero && out.size() > 0)
            continue;
        out.append(QStringLiteral("%1 %2/%3")
                       .arg(QLatin1String(name), money(price->exclVat),
                            price->inclVat ? money(*price->inclVat) : QStringLiteral("-")));
    }
    return out.join(QLatin1String(" | "));
}

const QString FourFlavours = QStringLiteral(R"({"id":"T","currency":"EUR","elements":[
    {"price_components":[{"type":"ENERGY","price":0.20,"step_size":1}],"restrictions":{"max_kwh":5}},
    {"price_components":[{"type":"ENERGY","price":0.30,"step_size":1}],"restrictions":{"min_kwh":5,"max_kwh":10}},
    {"price_components":[{"type":"ENERGY","price":0.40,"step_size":1}]}]})");

const QString NightEnergy = QStringLiteral(R"({"id":"N","currency":"EUR","elements":[
    {"price_components":[{"type":"ENERGY","price":0.20,"step_size":1}],"restrictions":{"start_time":"22:00","end_time":"06:00"}},
    {"price_components":[{"type":"ENERGY","price":0.30,"step_size":1}]}]})");

const QString DayTime = QStringLiteral(R"({"id":"D","currency":"EUR","elements":[
    {"price_components":[{"type":"TIME","price":1.00,"step_size":1}],"restrictions":{"start_time":"08:00","end_time":"20:00"}},
    {"price_components":[{"type":"TIME","price":0.50,"step_size":1}]}]})");

} // namespace

// The pricing engine against hand-computed costs (TAR-05, TAR-06, TAR-09, TAR-10, TAR-12, TAR-14,
// CDR-10, CDR-18). Europe/Amsterdam is UTC+1 in December; 2026-12-01 is a Tuesday.
class TestPricing : public QObject
{
    Q_OBJECT

private slots:
    void costs_data()
    {
        QTest::addColumn<QString>("tariff");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("periods");
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("reservation");
        QTest::addColumn<QString>("expected");
        const QByteArray ams = "Europe/Amsterdam";
        const int none = int(Reservation::None), used = int(Reservation::Used), expired = int(Reservation::Expired),
                  cancelled = int(Reservation::Cancelled);

        // 10 kWh x 0.25 = 2.50; incl 10%: 2.75
        QTest::newRow("ENERGY 0.25/kWh (spec tariff 8)")
            << "spec:tariff_8_simple_025kwh.json" << ams << "2026-12-01T10:00:00Z ENERGY=10"
            << "2026-12-01T11:00:00Z" << none << "total 2.5000/2.7500 | energy 2.5000/2.7500";
        // The spec's CDR example: 21:39:09-23:37:32 = 7103 s, up to 300 s steps = 7200 s = 2 h;
        // 2 h x 2.00 = 4.00; incl 10%: 4.40
        QTest::newRow("TIME with 300 s steps (spec CDR example)")
            << R"({"id":"12","currency":"EUR","elements":[{"price_components":[{"type":"TIME","price":2.0,"vat":10.0,"step_size":300}]}]})"
            << ams << "2015-06-29T21:39:09Z" << "2015-06-29T23:37:32Z" << none << "total 4.0000/4.4000 | time 4.0000/4.4000";
        // TIME 1810 s, steps of 60 s -> 1860 s = 31 min; 31/60 h x 3.00 = 1.55; incl 10%: 1.705
        QTest::newRow("TIME rounded up once per session (spec tariff 13)")
            << "spec:tariff_13_simple_3hour_5parking.json" << ams << "2026-12-01T10:00:00Z ENERGY=5"
            << "2026-12-01T10:30:10Z" << none << "total 1.5500/1.7050 | time 1.5500/1.7050";
        // Both TIME and PARKING_TIME used: only parking is rounded (TAR-10).
        // time 1810 s x 3.00/h = 1.508333 (incl 10%: 1.659167); parking 0.1 h = 360 s -> 600 s:
        // 600/3600 x 5.00 = 0.833333 (incl 20%: 1.00); total 2.341667 / 2.659167
        QTest::newRow("TIME + PARKING_TIME: only parking rounded (spec tariff 13)")
            << "spec:tariff_13_simple_3hour_5parking.json" << ams
            << "2026-12-01T10:00:00Z ENERGY=5; 2026-12-01T10:30:10Z PARKING_TIME=0.1" << "2026-12-01T10:36:10Z" << none
            << "total 2.3417/2.6592 | time 1.5083/1.6592 | parking 0.8333/1.0000";
        // FLAT 0.50 (incl 0.60) + 20 kWh x 0.25 = 5.00 (incl 5.50) + parking 0.3 h = 1080 s -> 1800 s
        // (900 s steps) = 0.5 h x 2.00 = 1.00 (incl 1.20); total 6.50 / 7.30
        QTest::newRow("FLAT + ENERGY + PARKING_TIME (spec tariff 10)")
            << "spec:tariff_10_025kwh_parking_start.json" << ams
            << "2026-12-01T10:00:00Z ENERGY=20; 2026-12-01T12:00:00Z PARKING_TIME=0.3" << "2026-12-01T12:18:00Z" << none
            << "total 6.5000/7.3000 | energy 5.0000/5.5000 | parking 1.0000/1.2000 | fixed 0.5000/0.6000";
        // 10.2 kWh up to 500 Wh steps = 10.5 kWh x 0.30 = 3.15; no vat: incl unknown
        QTest::newRow("ENERGY step_size 500 Wh, no VAT")
            << R"({"id":"S","currency":"EUR","elements":[{"price_components":[{"type":"ENERGY","price":0.30,"step_size":500}]}]})"
            << ams << "2026-12-01T10:00:00Z ENERGY=10.2" << "2026-12-01T11:00:00Z" << none << "total 3.1500/- | energy 3.1500/-";
        // Local 16:30-17:10: 1800 s x 1.20/h = 0.60, 600 s x 2.40/h = 0.40; total 2400 s rounded with the
        // last component's 900 s step = 2700 s: 300 s x 2.40/h = 0.20 more; 1.20
        QTest::newRow("TIME steps of the last component (spec tariff 14)")
            << "spec:tariff_14_step_size.json" << ams << "2026-12-01T15:30:00Z ENERGY=3" << "2026-12-01T16:10:00Z" << none
            << "total 1.2000/- | time 1.2000/-";
        // The same plus 0.1 h parking at 17:10 local: 360 s -> 900 s x 1.00/h = 0.25; time unrounded 1.00
        QTest::newRow("TIME steps, then parking: only parking rounded (spec tariff 14)")
            << "spec:tariff_14_step_size.json" << ams
            << "2026-12-01T15:30:00Z ENERGY=3; 2026-12-01T16:10:00Z PARKING_TIME=0.1" << "2026-12-01T16:16:00Z" << none
            << "total 1.2500/- | time 1.0000/- | parking 0.2500/-";
        // Local 20:00-02:00, 2 kWh/h: 20-22 4 kWh x 0.30 = 1.20; 22-02 (wraps) 8 kWh x 0.20 = 1.60; 2.80
        QTest::newRow("start_time/end_time wrapping past midnight")
            << NightEnergy << ams << "2026-12-01T19:00:00Z ENERGY=12" << "2026-12-02T01:00:00Z" << none
            << "total 2.8000/- | energy 2.8000/-";
        // Local 23:00-01:00: 23-24 at 1.00 (18:00-00:00 = to the end of the day), 00-01 at 2.00; 3.00.
        // vat 0.0 is known VAT: incl = excl
        QTest::newRow("end_time 00:00 is the end of the day, price change at midnight")
            << R"({"id":"E","currency":"EUR","elements":[
                {"price_components":[{"type":"TIME","price":1.00,"vat":0.0,"step_size":1}],"restrictions":{"start_time":"18:00","end_time":"00:00"}},
                {"price_components":[{"type":"TIME","price":2.00,"vat":0.0,"step_size":1}]}]})"
            << ams << "2026-12-01T22:00:00Z ENERGY=4" << "2026-12-02T00:00:00Z" << none << "total 3.0000/3.0000 | time 3.0000/3.0000";
        // Local 2026-12-01 23:00 - 12-02 01:00 (all on 12-01 in UTC), 2 kWh/h: Dec 1 2 kWh x 0.40
        // (end_date exclusive) = 0.80; Dec 2 2 kWh x 0.10 (start_date inclusive) = 0.20; 1.00
        QTest::newRow("start_date inclusive, end_date exclusive, local dates")
            << R"({"id":"D","currency":"EUR","elements":[
                {"price_components":[{"type":"ENERGY","price":0.10,"step_size":1}],"restrictions":{"start_date":"2026-12-02"}},
                {"price_components":[{"type":"ENERGY","price":0.40,"step_size":1}],"restrictions":{"end_date":"2026-12-02"}}]})"
            << ams << "2026-12-01T22:00:00Z ENERGY=4" << "2026-12-02T00:00:00Z" << none << "total 1.0000/- | energy 1.0000/-";
        // Fri 2026-12-04 23:00 - Sat 01:00 local at 32 A: max_current 32 is exclusive, min_current 32
        // inclusive: Fri 1 h x 2.00 + Sat 1 h x 1.25 = 3.25 (incl 20%: 3.90), 7200 s is whole 600 s
        // steps; FLAT 2.50 (incl 15%: 2.875); total 5.75 / 6.775
        QTest::newRow("day_of_week, min_current inclusive (spec tariff 4)")
            << "spec:tariff_4_complex.json" << ams << "2026-12-04T22:00:00Z CURRENT=32 ENERGY=20"
            << "2026-12-05T00:00:00Z" << none << "total 5.7500/6.7750 | time 3.2500/3.9000 | fixed 2.5000/2.8750";
        // Wed local 16:25-17:30 charging at 16 A (< max_current 32): 3900 s x 1.00/h = 1.083333 (incl
        // 1.30), not rounded because parking is used; parking 17:30-18:00 x 5.00/h = 2.50 (incl 2.75),
        // 18:00-18:30 no element matches: free; FLAT 2.50 (2.875); total 6.083333 / 6.925
        QTest::newRow("max_current exclusive, parking window, no match is free (spec tariff 4)")
            << "spec:tariff_4_complex.json" << ams
            << "2026-12-02T15:25:00Z CURRENT=16 ENERGY=10; 2026-12-02T16:30:00Z PARKING_TIME=1" << "2026-12-02T17:30:00Z"
            << none << "total 6.0833/6.9250 | time 1.0833/1.3000 | parking 2.5000/2.7500 | fixed 2.5000/2.8750";
        // 12 kWh: 5 x 0.20 (max_kwh exclusive) + 5 x 0.30 (min_kwh inclusive) + 2 x 0.40 = 3.30
        QTest::newRow("min_kwh inclusive, max_kwh exclusive")
            << FourFlavours << ams << "2026-12-01T10:00:00Z ENERGY=12" << "2026-12-01T11:00:00Z" << none
            << "total 3.3000/- | energy 3.3000/-";
        // 10 kW: 10 kWh x 0.20; 16 kW (max_power 16 exclusive): 10 x 0.35; 40 kW: 10 x 0.50;
        // 2 + 3.5 + 5 = 10.50, incl 20%: 12.60
        QTest::newRow("max_power exclusive (spec restriction example)")
            << "spec:tariffrestriction_example_max_power.json" << ams
            << "2026-12-01T10:00:00Z POWER=10 ENERGY=10; 2026-12-01T11:00:00Z POWER=16 ENERGY=10;"
               " 2026-12-01T11:37:30Z POWER=40 ENERGY=10"
            << "2026-12-01T11:52:30Z" << none << "total 10.5000/12.6000 | energy 10.5000/12.6000";
        // MAX_POWER 50 (min_power inclusive): 10 kWh x 0.60 = 6.00; 49.9 kW: 5 kWh x 0.30 = 1.50; 7.50
        QTest::newRow("min_power inclusive, from MAX_POWER")
            << R"({"id":"P","currency":"EUR","elements":[
                {"price_components":[{"type":"ENERGY","price":0.60,"step_size":1}],"restrictions":{"min_power":50}},
                {"price_components":[{"type":"ENERGY","price":0.30,"step_size":1}]}]})"
            << ams << "2026-12-01T10:00:00Z MAX_POWER=50 ENERGY=10; 2026-12-01T10:12:00Z MAX_POWER=49.9 ENERGY=5"
            << "2026-12-01T10:30:00Z" << none << "total 7.5000/- | energy 7.5000/-";
        // 90 min, 3 kWh per half hour: 0-30 min x 0.00, 30-60 min x 0.25 = 0.75, after x 0.40 = 1.20;
        // 1.95, incl 20%: 2.34
        QTest::newRow("max_duration exclusive (spec restriction example)")
            << "spec:tariffrestriction_example_max_duration.json" << ams << "2026-12-01T10:00:00Z ENERGY=9"
            << "2026-12-01T11:30:00Z" << none << "total 1.9500/2.3400 | energy 1.9500/2.3400";
        // TIME from 3600 s on (inclusive): 0.5 h x 1.00 = 0.50; the first hour matches nothing: free
        QTest::newRow("min_duration inclusive")
            << R"({"id":"M","currency":"EUR","elements":[
                {"price_components":[{"type":"TIME","price":1.00,"step_size":1}],"restrictions":{"min_duration":3600}}]})"
            << ams << "2026-12-01T10:00:00Z ENERGY=9" << "2026-12-01T11:30:00Z" << none << "total 0.5000/- | time 0.5000/-";
        // Reservation 0.34 h = 1224 s -> 60 s steps 1260 s = 0.35 h x 5.00 = 1.75 (incl 2.10); then
        // 10 kWh x 0.25 = 2.50 (2.75) and FLAT 0.50 (0.60); total 4.75 / 5.45
        QTest::newRow("RESERVATION time, then charging (spec tariff 15)")
            << "spec:tariff_15_reservation_5_euro_per_hour.json" << ams
            << "2026-12-01T10:00:00Z RESERVATION_TIME=0.34; 2026-12-01T10:20:24Z ENERGY=10" << "2026-12-01T11:20:24Z" << used
            << "total 4.7500/5.4500 | energy 2.5000/2.7500 | fixed 0.5000/0.6000 | reservation 1.7500/2.1000";
        // Expired: 0.4 h = 1440 s -> 600 s steps 1800 s x 2.00/h = 1.00 (1.20) + expiry FLAT 4.00 (4.80);
        // no charging FLAT; 5.00 / 6.00
        QTest::newRow("RESERVATION_EXPIRES fee (spec tariff 17)")
            << "spec:tariff_17_reservation_with_expire_fee.json" << ams << "2026-12-01T10:00:00Z RESERVATION_TIME=0.4"
            << "2026-12-01T10:24:00Z" << expired << "total 5.0000/6.0000 | reservation 5.0000/6.0000";
        // Used: reservation 1.00 (1.20), no expiry fee; 10 kWh 2.50 (2.75) + FLAT 0.50 (0.60); 4.00 / 4.55
        QTest::newRow("RESERVATION used: no expiry fee (spec tariff 17)")
            << "spec:tariff_17_reservation_with_expire_fee.json" << ams
            << "2026-12-01T10:00:00Z RESERVATION_TIME=0.4; 2026-12-01T10:24:00Z ENERGY=10" << "2026-12-01T11:24:00Z" << used
            << "total 4.0000/4.5500 | energy 2.5000/2.7500 | fixed 0.5000/0.6000 | reservation 1.0000/1.2000";
        // Cancelled: reservation time 1800 s x 2.00/h = 1.00 (1.20); neither the expiry fee nor the
        // charging FLAT (nothing was charged)
        QTest::newRow("RESERVATION cancelled: reservation time only (spec tariff 17)")
            << "spec:tariff_17_reservation_with_expire_fee.json" << ams << "2026-12-01T10:00:00Z RESERVATION_TIME=0.4"
            << "2026-12-01T10:24:00Z" << cancelled << "total 1.0000/1.2000 | reservation 1.0000/1.2000";
        // Expired: the RESERVATION_EXPIRES element comes first: 1800 s x 6.00/h = 3.00 (3.60)
        QTest::newRow("RESERVATION_EXPIRES time price (spec tariff 18)")
            << "spec:tariff_18_reservation_with_expire_time.json" << ams << "2026-12-01T10:00:00Z RESERVATION_TIME=0.4"
            << "2026-12-01T10:24:00Z" << expired << "total 3.0000/3.6000 | reservation 3.0000/3.6000";
        // 1 kWh x 0.25 = 0.25 (0.275) raised to min_price 0.50 / 0.55; the part keeps its cost
        QTest::newRow("min_price (spec tariff 12)")
            << "spec:tariff_12_025kwh_min_price.json" << ams << "2026-12-01T10:00:00Z ENERGY=1" << "2026-12-01T10:10:00Z"
            << none << "total 0.5000/0.5500 | energy 0.2500/0.2750";
        // 50 kWh x 0.25 = 12.50 (13.75) + FLAT 0.50 (0.60) = 13.00 / 14.35, capped at 10.00 / 11.00
        QTest::newRow("max_price (spec tariff 6)")
            << "spec:tariff_6_025kwh_start_max_price.json" << ams << "2026-12-01T10:00:00Z ENERGY=50"
            << "2026-12-01T12:00:00Z" << none << "total 10.0000/11.0000 | energy 12.5000/13.7500 | fixed 0.5000/0.6000";
        // 39 kWh x 0.25 = 9.75 (10.725) + FLAT 0.50 (0.60) = 10.25 / 11.325: excl capped at 10.00,
        // incl under its own bound 12.00 stays 11.325 (TAR-12: the bounds apply independently)
        QTest::newRow("max_price bounds excl and incl independently")
            << R"({"id":"X","currency":"EUR","max_price":{"excl_vat":10.0,"incl_vat":12.0},"elements":[{"price_components":[
                {"type":"FLAT","price":0.50,"vat":20.0,"step_size":1},{"type":"ENERGY","price":0.25,"vat":10.0,"step_size":1}]}]})"
            << ams << "2026-12-01T10:00:00Z ENERGY=39" << "2026-12-01T12:00:00Z" << none
            << "total 10.0000/11.3250 | energy 9.7500/10.7250 | fixed 0.5000/0.6000";
        // FLAT 1.00 without vat + 10 kWh x 0.25 = 2.50 (10%: 2.75): total 3.50, incl unknown (TAR-05)
        QTest::newRow("mixed VAT: a component without vat leaves incl_vat unknown")
            << R"({"id":"V","currency":"EUR","elements":[{"price_components":[
                {"type":"FLAT","price":1.00,"step_size":1},{"type":"ENERGY","price":0.25,"vat":10.0,"step_size":1}]}]})"
            << ams << "2026-12-01T10:00:00Z ENERGY=10" << "2026-12-01T11:00:00Z" << none
            << "total 3.5000/- | energy 2.5000/2.7500 | fixed 1.0000/-";
        // 12:00-14:00 UTC is 13:00-15:00 in Amsterdam: 2 h x 1.00 = 2.00
        QTest::newRow("time zone Europe/Amsterdam")
            << DayTime << ams << "2026-12-01T12:00:00Z ENERGY=4" << "2026-12-01T14:00:00Z" << none
            << "total 2.0000/- | time 2.0000/-";
        // ... and 07:00-09:00 in New York (UTC-5): 1 h x 0.50 + 1 h x 1.00 = 1.50
        QTest::newRow("time zone America/New_York")
            << DayTime << QByteArray("America/New_York") << "2026-12-01T12:00:00Z ENERGY=4" << "2026-12-01T14:00:00Z"
            << none << "total 1.5000/- | time 1.5000/-";
        // 2026-10-25 the clocks go back at 03:00 CEST: 00:00-05:00 UTC is 02:00 CEST - 06:00 CET and
        // 04:00 CET is 03:00 UTC: 3 h x 1.00 + 2 h x 2.00 = 7.00 (a fixed +2 h offset would give 8.00)
        QTest::newRow("DST change in Amsterdam")
            << R"({"id":"Z","currency":"EUR","elements":[
                {"price_components":[{"type":"TIME","price":1.00,"step_size":1}],"restrictions":{"end_time":"04:00"}},
                {"price_components":[{"type":"TIME","price":2.00,"step_size":1}]}]})"
            << ams << "2026-10-25T00:00:00Z ENERGY=20" << "2026-10-25T05:00:00Z" << none << "total 7.0000/- | time 7.0000/-";
        // 2026-03-29 the clocks jump from 02:00 CET to 03:00 CEST (01:00 UTC): 02:30 never happens, the
        // 02:30-05:00 element starts at 03:00 CEST. 00:00-01:00 UTC x 2.00 + 01:00-03:00 UTC x 1.00 = 4.00
        QTest::newRow("DST gap skips the start_time")
            << R"({"id":"G","currency":"EUR","elements":[
                {"price_components":[{"type":"TIME","price":1.00,"step_size":1}],"restrictions":{"start_time":"02:30","end_time":"05:00"}},
                {"price_components":[{"type":"TIME","price":2.00,"step_size":1}]}]})"
            << ams << "2026-03-29T00:00:00Z ENERGY=20" << "2026-03-29T03:00:00Z" << none << "total 4.0000/- | time 4.0000/-";
        // 2026-10-25 02:30-02:45 happens twice (CEST, then CET): 00:30-00:45 and 01:30-01:45 UTC at 4.00,
        // the rest of 00:00-02:00 UTC at 1.00: 0.5 h x 4.00 + 1.5 h x 1.00 = 3.50
        QTest::newRow("DST repeats a window")
            << R"({"id":"R","currency":"EUR","elements":[
                {"price_components":[{"type":"TIME","price":4.00,"step_size":1}],"restrictions":{"start_time":"02:30","end_time":"02:45"}},
                {"price_components":[{"type":"TIME","price":1.00,"step_size":1}]}]})"
            << ams << "2026-10-25T00:00:00Z ENERGY=20" << "2026-10-25T02:00:00Z" << none << "total 3.5000/- | time 3.5000/-";
        // One FLAT 0.00: free, and free is known to be free incl. VAT too
        QTest::newRow("free of charge (spec tariff 5)")
            << "spec:tariff_5_free_of_charge.json" << ams << "2026-12-01T10:00:00Z ENERGY=10" << "2026-12-01T11:00:00Z"
            << none << "total 0.0000/0.0000";
    }

    void costs()
    {
        QFETCH(QString, tariff);
        QFETCH(QByteArray, zone);
        QFETCH(QString, periods);
        QFETCH(QString, end);
        QFETCH(int, reservation);
        QFETCH(QString, expected);
        const auto parsed = loadTariff(tariff);
        if (!parsed)
            QSKIP("the specification's examples are not next to this checkout");
        QVERIFY(QTimeZone(zone).isValid()); // tzdata is installed
        const Costs costs = priceSession(*parsed, facts(zone, periods, end, Reservation(reservation)));
        QCOMPARE(summary(costs), expected);
    }

    // CDR-10: a new period wherever another component becomes relevant, each with the tariff id
    // when a component applied; the input periods' boundaries stay.
    void periodsAreSplitWhereAComponentChanges_data()
    {
        QTest::addColumn<QString>("tariff");
        QTest::addColumn<QString>("periods");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QByteArray>("expected");
        // 2 kWh/h; 22:00 local = 21:00 UTC. Midnight also cuts, but the components stay: one period.
        QTest::newRow("22:00 local, wrapping past midnight")
            << NightEnergy << "2026-12-01T19:00:00Z ENERGY=12" << "2026-12-02T01:00:00Z"
            << QByteArray(R"([{"start_date_time":"2026-12-01T19:00:00Z","dimensions":[{"type":"ENERGY","volume":4},{"type":"TIME","volume":2}],"tariff_id":"N"},
                            {"start_date_time":"2026-12-01T21:00:00Z","dimensions":[{"type":"ENERGY","volume":8},{"type":"TIME","volume":4}],"tariff_id":"N"}])");
        // 12 kWh in 60 min: 5 kWh at 25 min, 10 kWh at 50 min
        QTest::newRow("kWh thresholds")
            << FourFlavours << "2026-12-01T10:00:00Z ENERGY=12" << "2026-12-01T11:00:00Z"
            << QByteArray(R"([{"start_date_time":"2026-12-01T10:00:00Z","dimensions":[{"type":"ENERGY","volume":5},{"type":"TIME","volume":0.416667}],"tariff_id":"T"},
                            {"start_date_time":"2026-12-01T10:25:00Z","dimensions":[{"type":"ENERGY","volume":5},{"type":"TIME","volume":0.416667}],"tariff_id":"T"},
                            {"start_date_time":"2026-12-01T10:50:00Z","dimensions":[{"type":"ENERGY","volume":2},{"type":"TIME","volume":0.166667}],"tariff_id":"T"}])");
        // Parking from 17:30 local; the weekday parking window ends at 18:00: the rest is free, no tariff_id
        QTest::newRow("end of a parking window")
            << "spec:tariff_4_complex.json"
            << "2026-12-02T15:25:00Z CURRENT=16 ENERGY=10; 2026-12-02T16:30:00Z PARKING_TIME=1" << "2026-12-02T17:30:00Z"
            << QByteArray(R"([{"start_date_time":"2026-12-02T15:25:00Z","dimensions":[{"type":"ENERGY","volume":10},{"type":"TIME","volume":1.083333},{"type":"CURRENT","volume":16}],"tariff_id":"14"},
                            {"start_date_time":"2026-12-02T16:30:00Z","dimensions":[{"type":"PARKING_TIME","volume":0.5}],"tariff_id":"14"},
                            {"start_date_time":"2026-12-02T17:00:00Z","dimensions":[{"type":"PARKING_TIME","volume":0.5}]}])");
    }

    void periodsAreSplitWhereAComponentChanges()
    {
        QFETCH(QString, tariff);
        QFETCH(QString, periods);
        QFETCH(QString, end);
        QFETCH(QByteArray, expected);
        const auto parsed = loadTariff(tariff);
        if (!parsed)
            QSKIP("the specification's examples are not next to this checkout");
        QJsonArray actual;
        for (const ChargingPeriod &period : splitPeriods(*parsed, facts("Europe/Amsterdam", periods, end)))
            actual.append(chargingPeriodToJson(period));
        QCOMPARE(QJsonDocument(actual).toJson(QJsonDocument::Compact),
                 QJsonDocument::fromJson(expected).toJson(QJsonDocument::Compact));
    }

    // The CDR fields of the specification's CDR example, whole.
    void cdrFields()
    {
        const auto tariff = loadTariff(QStringLiteral(
            R"({"id":"12","currency":"EUR","elements":[{"price_components":[{"type":"TIME","price":2.0,"vat":10.0,"step_size":300}]}]})"));
        const Costs costs = priceSession(*tariff, facts("Europe/Brussels", QStringLiteral("2015-06-29T21:39:09Z"),
                                                        QStringLiteral("2015-06-29T23:37:32Z")));
        const QByteArray expected = R"({"total_cost":{"excl_vat":4,"incl_vat":4.4},"total_energy":0,
            "total_time":1.973056,"total_parking_time":0,"total_energy_cost":{"excl_vat":0,"incl_vat":0},
            "total_time_cost":{"excl_vat":4,"incl_vat":4.4},"total_parking_cost":{"excl_vat":0,"incl_vat":0},
            "total_fixed_cost":{"excl_vat":0,"incl_vat":0},"total_reservation_cost":{"excl_vat":0,"incl_vat":0}})";
        QCOMPARE(QJsonDocument(costs.toCdrFields()).toJson(QJsonDocument::Compact),
                 QJsonDocument::fromJson(expected).toJson(QJsonDocument::Compact));
    }

    // The specification's CDR example, read whole: its own tariff prices its own periods to its
    // own total_cost. TIME 1.973 h = 7102.8 s, up to 300 s steps = 7200 s = 2 h x 2.00 = 4.00; 4.40
    void specCdrPricesToItsOwnTotal()
    {
        QFile file(QStringLiteral(OCPI_SOURCE_DIR "/../shared/ocpi/examples/cdr_example.json"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("the specification's examples are not next to this checkout");
        const QJsonObject cdr = QJsonDocument::fromJson(file.readAll()).object();
        const auto tariff = tariffFromJson(cdr.value(QStringLiteral("tariffs")).toArray().first().toObject());
        QVERIFY(tariff.ok());
        const auto facts = sessionFactsFromJson(cdr, QTimeZone("Europe/Brussels"), QDateTime());
        QVERIFY(facts.ok());
        const Costs costs = priceSession(*tariff, *facts);
        QCOMPARE(priceToJson(costs.total), cdr.value(QStringLiteral("total_cost")).toObject());
        QCOMPARE(priceToJson(costs.time), cdr.value(QStringLiteral("total_time_cost")).toObject());
        QCOMPARE(costs.periods.size(), 1);
        QCOMPARE(costs.periods.first().tariffId, QStringLiteral("12"));
    }

    // A running session has no end_date_time: "now" ends it. 10:00-10:45 at 2.00/h = 1.50.
    void runningSessionEndsNow()
    {
        const auto tariff = loadTariff(QStringLiteral(
            R"({"id":"12","currency":"EUR","elements":[{"price_components":[{"type":"TIME","price":2.0,"step_size":1}]}]})"));
        const QJsonObject session{{QStringLiteral("start_date_time"), QStringLiteral("2026-12-01T10:00:00Z")},
                                  {QStringLiteral("charging_periods"),
                                   QJsonArray{QJsonObject{{QStringLiteral("start_date_time"), QStringLiteral("2026-12-01T10:00:00Z")},
                                                          {QStringLiteral("dimensions"), QJsonArray{QJsonObject{
                                                               {QStringLiteral("type"), QStringLiteral("ENERGY")},
                                                               {QStringLiteral("volume"), 3}}}}}}}};
        const auto facts = sessionFactsFromJson(session, QTimeZone("Europe/Amsterdam"),
                                                QDateTime::fromString(QStringLiteral("2026-12-01T10:45:00Z"), Qt::ISODate));
        QVERIFY(facts.ok());
        QCOMPARE(money(priceSession(*tariff, *facts).total.exclVat), QStringLiteral("1.5000"));
        QVERIFY(!sessionFactsFromJson(QJsonObject{{QStringLiteral("start_date_time"), QStringLiteral("noon")}},
                                      QTimeZone("Europe/Amsterdam"), QDateTime())
                     .ok());
    }

    // TAR-14: exact decimal sums, one rounding (half away from zero) at 4 decimals.
    void decimalArithmetic()
    {
        // 0.1 + 0.2 per kWh of 1 kWh is exactly 0.3 (binary double gives 0.30000000000000004)
        QCOMPARE(Amount::perKwh(100000, MwhPerKwh) + Amount::perKwh(200000, MwhPerKwh), Amount::fromMicros(300000));
        // 1 s at 0.36/h is 0.0001 exactly; 1 s at 0.18/h is 0.00005, rounded up to 0.0001
        QCOMPARE(Amount::perHour(360000, 1000).toTenThousandths(), 1);
        QCOMPARE(Amount::perHour(180000, 1000).toTenThousandths(), 1);
        QCOMPARE(Amount::fromMicros(49).toTenThousandths(), 0);
        QCOMPARE(Amount::fromMicros(-50).toTenThousandths(), -1);
        // 1/3 h x 3.00 = 1.00 exactly, although 1/3 h has no finite decimal
        QCOMPARE(Amount::perHour(3000000, 1200000).toTenThousandths(), 10000);
        // 21% VAT on 0.10: 0.121 exactly
        QCOMPARE(Amount::fromMicros(100000).withVat(21000000), Amount::fromMicros(121000));
    }

    void refusesWhatItCannotInterpret_data()
    {
        QTest::addColumn<QString>("restrictions");
        QTest::newRow("start_time 25:00") << R"({"start_time":"25:00"})";
        QTest::newRow("end_date not a date") << R"({"end_date":"2026-13-01"})";
        QTest::newRow("unknown day") << R"({"day_of_week":["FUNDAY"]})";
        QTest::newRow("unknown reservation") << R"({"reservation":"MAYBE"})";
    }

    void refusesWhatItCannotInterpret()
    {
        QFETCH(QString, restrictions);
        const QByteArray json = R"({"id":"B","currency":"EUR","elements":[{"price_components":[
            {"type":"FLAT","price":1,"step_size":1}],"restrictions":)" + restrictions.toUtf8() + "}]}";
        const auto tariff = tariffFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!tariff.ok());
        QCOMPARE(tariff.error().kind, ErrorKind::InvalidData);
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
