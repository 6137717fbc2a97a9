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

QDateTime Charge::fullAt() const
{
    if (powerW <= 0)
        return {};
    return activeSince.addMSecs(batteryWh * kMsPerHour / (powerW * std::max(1, speed)));
}

qint64 Charge::energyWhAt(const QDateTime &at) const
{
    const qint64 ms = std::max<qint64>(0, activeSince.msecsTo(at));
    // Multiply first in 128-bit-safe order: power * speed * ms stays well inside qint64 for any
    // charge that lasts less than centuries.
    return std::min(batteryWh, powerW * std::max(1, speed) * ms / kMsPerHour);
}

QJsonArray Charge::periods(const QDateTime &until, bool includeOpen) const
{
    // Every moment a period starts, up to `until` (a period that ends exactly then is closed).
    QList<QDateTime> boundaries{activeSince};
    for (QDateTime at = activeSince.addMSecs(reportMs()); at <= until; at = at.addMSecs(reportMs()))
        boundaries.append(at);
    if (const QDateTime full = fullAt(); full.isValid() && full > activeSince && full <= until && !boundaries.contains(full)) {
        boundaries.append(full);
        std::sort(boundaries.begin(), boundaries.end());
    }
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
