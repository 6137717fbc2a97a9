#include "periods.h"

#include "core/datetime.h"
#include "decimal.h"

#include <QJsonArray>

#include <algorithm>

namespace ocpi::pricing {

namespace {

struct DimensionField
{
    const char *type;
    std::optional<qint64> ChargingPeriod::*member;
    qint64 scale; // integer units per OCPI unit (kWh, hours, A, kW)
};

const DimensionField Dimensions[] = {
    {"ENERGY", &ChargingPeriod::energyMwh, MwhPerKwh},
    {"TIME", &ChargingPeriod::timeMs, MsPerHour},
    {"PARKING_TIME", &ChargingPeriod::parkingMs, MsPerHour},
    {"RESERVATION_TIME", &ChargingPeriod::reservationMs, MsPerHour},
    {"CURRENT", &ChargingPeriod::currentMa, 1000},
    {"MIN_CURRENT", &ChargingPeriod::minCurrentMa, 1000},
    {"MAX_CURRENT", &ChargingPeriod::maxCurrentMa, 1000},
    {"POWER", &ChargingPeriod::powerW, 1000},
    {"MIN_POWER", &ChargingPeriod::minPowerW, 1000},
    {"MAX_POWER", &ChargingPeriod::maxPowerW, 1000},
};

// Volumes are written with at most 6 decimals of their OCPI unit: exact for kWh and A, and
// hours to 3.6 ms.
double volume(qint64 value, qint64 scale)
{
    const qint64 microUnits = scale == MsPerHour ? (value * 10 + 18) / 36 : value * (MicrosPerUnit / scale);
    return double(microUnits) / double(MicrosPerUnit);
}

struct Part
{
    Slice::Kind kind;
    qint64 offsetMs;
    qint64 durationMs;
    qint64 energyMwh;
};

} // namespace

Result<ChargingPeriod> chargingPeriodFromJson(const QJsonObject &json)
{
    ChargingPeriod period;
    const auto start = parseDateTime(json.value(QStringLiteral("start_date_time")).toString());
    if (!start)
        return Error::invalid(QStringLiteral("charging_periods.start_date_time: not a DateTime"));
    period.start = *start;
    period.tariffId = json.value(QStringLiteral("tariff_id")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("dimensions")).toArray()) {
        const QJsonObject dimension = value.toObject();
        const QString type = dimension.value(QStringLiteral("type")).toString();
        for (const DimensionField &field : Dimensions) {
            if (type == QLatin1String(field.type))
                period.*field.member = toScaled(dimension.value(QStringLiteral("volume")).toDouble(), field.scale);
        }
        // Other dimensions (STATE_OF_CHARGE, ENERGY_EXPORT, ...) do not take part in pricing.
    }
    return period;
}

QJsonObject chargingPeriodToJson(const ChargingPeriod &period)
{
    QJsonArray dimensions;
    for (const DimensionField &field : Dimensions) {
        if (const auto &value = period.*field.member) {
            dimensions.append(QJsonObject{{QStringLiteral("type"), QLatin1String(field.type)},
                                          {QStringLiteral("volume"), volume(*value, field.scale)}});
        }
    }
    QJsonObject json{{QStringLiteral("start_date_time"), formatDateTime(period.start)},
                     {QStringLiteral("dimensions"), dimensions}};
    if (!period.tariffId.isEmpty())
        json.insert(QStringLiteral("tariff_id"), period.tariffId);
    return json;
}

Result<SessionFacts> sessionFactsFromJson(const QJsonObject &json, const QTimeZone &zone, const QDateTime &now,
                                          Reservation reservation)
{
    SessionFacts facts;
    facts.zone = zone;
    facts.reservation = reservation;
    const auto start = parseDateTime(json.value(QStringLiteral("start_date_time")).toString());
    if (!start)
        return Error::invalid(QStringLiteral("start_date_time: not a DateTime"));
    facts.start = *start;
    const QJsonValue end = json.value(QStringLiteral("end_date_time"));
    const auto parsedEnd = parseDateTime(end.toString());
    if (!end.isUndefined() && !end.isNull() && !parsedEnd)
        return Error::invalid(QStringLiteral("end_date_time: not a DateTime"));
    facts.end = parsedEnd ? *parsedEnd : now.toUTC();
    for (const QJsonValue &value : json.value(QStringLiteral("charging_periods")).toArray()) {
        auto period = chargingPeriodFromJson(value.toObject());
        if (!period.ok())
            return period.error();
        facts.periods.append(*period);
    }
    std::stable_sort(facts.periods.begin(), facts.periods.end(),
                     [](const ChargingPeriod &a, const ChargingPeriod &b) { return a.start < b.start; });
    return facts;
}

std::optional<qint64> periodMilliamp(const ChargingPeriod &period)
{
    return period.currentMa ? period.currentMa : period.maxCurrentMa;
}

std::optional<qint64> periodWatt(const ChargingPeriod &period)
{
    return period.powerW ? period.powerW : period.maxPowerW;
}

QList<Slice> slicePeriods(const Tariff &tariff, const SessionFacts &facts)
{
    const QList<qint64> thresholds = energyThresholds(tariff);
    QList<Slice> slices;
    qint64 energySoFar = 0;
    for (int i = 0; i < facts.periods.size(); ++i) {
        const ChargingPeriod &period = facts.periods.at(i);
        const QDateTime periodEnd = i + 1 < facts.periods.size() ? facts.periods.at(i + 1).start : facts.end;
        const qint64 wallMs = qMax<qint64>(0, period.start.msecsTo(periodEnd));
        qint64 reservationMs = period.reservationMs.value_or(0);
        qint64 parkingMs = period.parkingMs.value_or(0);
        qint64 chargingMs = period.timeMs.value_or(qMax<qint64>(0, wallMs - reservationMs - parkingMs));
        // Hours travel with about six decimals (3.6 ms): time volumes that fill the period but for
        // that rounding are read as filling it exactly, so that a step_size never rounds a
        // rounding error up to a whole step (10 minutes are 0.166667 h, 1.2 ms too many).
        const int timeDimensions = int(period.reservationMs.has_value()) + int(period.timeMs.has_value())
                                   + int(period.parkingMs.has_value());
        if (const qint64 gap = wallMs - reservationMs - chargingMs - parkingMs; gap != 0 && qAbs(gap) <= 2 * timeDimensions) {
            qint64 &last = period.parkingMs ? parkingMs : period.timeMs ? chargingMs : reservationMs;
            last = qMax<qint64>(0, last + gap);
        }
        const Part parts[] = {{Slice::Kind::Reservation, 0, reservationMs, 0},
                              {Slice::Kind::Charging, reservationMs, chargingMs, period.energyMwh.value_or(0)},
                              {Slice::Kind::Parking, reservationMs + chargingMs, parkingMs, 0}};
        for (const Part &part : parts) {
            if (part.durationMs == 0 && part.energyMwh == 0)
                continue;
            const QDateTime partStart = period.start.addMSecs(part.offsetMs);
            QList<qint64> cuts{0, part.durationMs};
            if (part.durationMs > 0) {
                for (const QDateTime &at : timeBoundaries(tariff, facts.zone, facts.start, partStart,
                                                          partStart.addMSecs(part.durationMs)))
                    cuts.append(partStart.msecsTo(at));
                // The first millisecond at which the energy so far reaches a threshold: there a
                // min_kwh starts to hold and a max_kwh stops (energy() below rounds down alike).
                for (qint64 threshold : thresholds) {
                    if (threshold <= energySoFar || threshold >= energySoFar + part.energyMwh)
                        continue;
                    const Int128 scaled = Int128(threshold - energySoFar) * part.durationMs;
                    cuts.append(qint64((scaled + part.energyMwh - 1) / part.energyMwh));
                }
            }
            std::sort(cuts.begin(), cuts.end());
            cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
            const auto energyAt = [&](qint64 offset) {
                return part.durationMs == 0 ? part.energyMwh
                                            : qint64(Int128(part.energyMwh) * offset / part.durationMs);
            };
            // A charging part of no duration still carries its energy, in one slice.
            const qsizetype count = qMax<qsizetype>(1, cuts.size() - 1);
            for (qsizetype c = 0; c < count; ++c) {
                const qint64 from = cuts.at(c);
                const qint64 to = cuts.size() > 1 ? cuts.at(c + 1) : from;
                Slice slice;
                slice.kind = part.kind;
                slice.start = partStart.addMSecs(from);
                slice.durationMs = to - from;
                slice.energyMwh = part.durationMs == 0 ? part.energyMwh : energyAt(to) - energyAt(from);
                slice.energyBeforeMwh = energySoFar;
                slice.period = i;
                energySoFar += slice.energyMwh;
                slices.append(slice);
            }
        }
    }
    return slices;
}

} // namespace ocpi::pricing
