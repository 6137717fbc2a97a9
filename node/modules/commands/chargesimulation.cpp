#include "chargesimulation.h"

#include "core/datetime.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ocpi::simulation {

namespace {

constexpr qint64 kMsPerHour = 3600 * 1000;

QJsonObject dimension(const char *type, double volume)
{
    return {{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("volume"), volume}};
}

// Hours with millisecond precision; kWh with Wh precision (what a meter reports).
double hours(qint64 ms)
{
    return std::round(double(ms) / kMsPerHour * 1e6) / 1e6;
}

} // namespace

qint64 Charge::reportMs() const
{
    return std::max<qint64>(1000, 15 * 60 * 1000 / std::max(1, speed));
}

qint64 Charge::powerAt(const QDateTime &at) const
{
    qint64 limit = -1;
    for (const PowerStep &step : limits) {
        if (step.from > at)
            break;
        limit = step.limitW;
    }
    return limit < 0 ? powerW : std::min(powerW, limit);
}

namespace {

// The stretches of constant power from `charge.activeSince` on: each starts at a step after it.
QList<QDateTime> powerChanges(const Charge &charge)
{
    QList<QDateTime> starts{charge.activeSince};
    for (const PowerStep &step : charge.limits) {
        if (step.from > charge.activeSince)
            starts.append(step.from);
    }
    return starts;
}

} // namespace

QDateTime Charge::fullAt() const
{
    const QList<QDateTime> starts = powerChanges(*this);
    qint64 energyWh = 0;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qint64 power = powerAt(starts.at(i)) * std::max(1, speed);
        const bool last = i + 1 == starts.size();
        const qint64 ms = last ? 0 : starts.at(i).msecsTo(starts.at(i + 1));
        if (power > 0 && (last || energyWh + power * ms / kMsPerHour >= batteryWh))
            return starts.at(i).addMSecs((batteryWh - energyWh) * kMsPerHour / power);
        if (!last)
            energyWh += power * ms / kMsPerHour;
    }
    return {};
}

qint64 Charge::energyWhAt(const QDateTime &at) const
{
    // Multiply first: power * speed * ms stays well inside qint64 for any charge that lasts less
    // than centuries.
    const QList<QDateTime> starts = powerChanges(*this);
    qint64 energyWh = 0;
    for (qsizetype i = 0; i < starts.size() && starts.at(i) < at; ++i) {
        const QDateTime end = i + 1 < starts.size() ? std::min(at, starts.at(i + 1)) : at;
        energyWh += powerAt(starts.at(i)) * std::max(1, speed) * starts.at(i).msecsTo(end) / kMsPerHour;
    }
    return std::min(batteryWh, energyWh);
}

QJsonArray Charge::periods(const QDateTime &until, bool includeOpen) const
{
    // Every moment a period starts, up to `until` (a period that ends exactly then is closed).
    QList<QDateTime> boundaries{activeSince};
    for (QDateTime at = activeSince.addMSecs(reportMs()); at <= until; at = at.addMSecs(reportMs()))
        boundaries.append(at);
    QList<QDateTime> changes{fullAt()};
    for (const PowerStep &step : limits)
        changes.append(step.from);
    for (const QDateTime &change : std::as_const(changes)) {
        if (change.isValid() && change > activeSince && change <= until && !boundaries.contains(change))
            boundaries.append(change);
    }
    std::sort(boundaries.begin(), boundaries.end());
    // The running period; a charge stopped the instant it began still has one, of no length.
    if (includeOpen && (boundaries.last() < until || boundaries.size() == 1))
        boundaries.append(until);

    const QDateTime full = fullAt();
    QJsonArray periods;
    if (reservedSince.isValid() && reservedSince < activeSince)
        periods.append(reservationPeriod(reservedSince, activeSince));
    for (qsizetype i = 0; i + 1 < boundaries.size(); ++i) {
        const QDateTime &from = boundaries.at(i);
        const QDateTime &to = boundaries.at(i + 1);
        const bool charging = !full.isValid() || from < full;
        QJsonArray dimensions;
        if (charging) {
            dimensions.append(dimension("ENERGY", double(energyWhAt(to) - energyWhAt(from)) / 1000.0));
            dimensions.append(dimension("TIME", hours(from.msecsTo(to))));
        } else {
            dimensions.append(dimension("PARKING_TIME", hours(from.msecsTo(to))));
        }
        periods.append(QJsonObject{{QStringLiteral("start_date_time"), formatDateTime(from)},
                                   {QStringLiteral("dimensions"), dimensions}});
    }
    return periods;
}

QJsonObject reservationPeriod(const QDateTime &from, const QDateTime &to)
{
    return {{QStringLiteral("start_date_time"), formatDateTime(from)},
            {QStringLiteral("dimensions"), QJsonArray{dimension("RESERVATION_TIME", hours(from.msecsTo(to)))}}};
}

} // namespace ocpi::simulation
