#include "profileschedule.h"

#include "core/datetime.h"
#include "modules/commands/simulatedbilling.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace ocpi::profiles {

namespace {

// The profile's limit at `at` in W (negative: none), its periods counted from `base`.
qint64 limitAt(const QJsonObject &profile, const QDateTime &base, const QDateTime &at, const Connector &connector)
{
    if (profile.contains(QStringLiteral("duration"))
        && at >= base.addSecs(profile.value(QStringLiteral("duration")).toInteger()))
        return -1;
    const bool amperes = profile.value(QStringLiteral("charging_rate_unit")).toString() == QLatin1String("A");
    qint64 limit = -1;
    qint64 latestStart = -1;
    for (const QJsonValue &value : profile.value(QStringLiteral("charging_profile_period")).toArray()) {
        const QJsonObject period = value.toObject();
        const qint64 start = period.value(QStringLiteral("start_period")).toInteger();
        if (base.addSecs(start) > at || start < latestStart)
            continue;
        latestStart = start;
        const double rate = period.value(QStringLiteral("limit")).toDouble();
        limit = std::llround(amperes ? rate * connector.voltage * connector.phases : rate);
    }
    return limit;
}

// Every moment the profile's limit may change.
QList<QDateTime> changesOf(const QJsonObject &profile, const QDateTime &base)
{
    QList<QDateTime> moments;
    for (const QJsonValue &period : profile.value(QStringLiteral("charging_profile_period")).toArray())
        moments.append(base.addSecs(period.toObject().value(QStringLiteral("start_period")).toInteger()));
    if (profile.contains(QStringLiteral("duration")))
        moments.append(base.addSecs(profile.value(QStringLiteral("duration")).toInteger()));
    std::sort(moments.begin(), moments.end());
    return moments;
}

} // namespace

Connector connectorOf(const QJsonObject &location, const QString &evseUid, const QString &connectorId)
{
    Connector result;
    result.maxPowerW = simulation::connectorPowerW(location, evseUid, connectorId);
    for (const QJsonValue &evse : location.value(QStringLiteral("evses")).toArray()) {
        if (evse.toObject().value(QStringLiteral("uid")).toString() != evseUid)
            continue;
        for (const QJsonValue &value : evse.toObject().value(QStringLiteral("connectors")).toArray()) {
            const QJsonObject connector = value.toObject();
            if (connector.value(QStringLiteral("id")).toString() != connectorId)
                continue;
            result.voltage = connector.value(QStringLiteral("max_voltage")).toDouble(230);
            const QString type = connector.value(QStringLiteral("power_type")).toString();
            result.phases = type == QLatin1String("AC_3_PHASE") ? 3 : type == QLatin1String("AC_2_PHASE") ? 2 : 1;
        }
    }
    return result;
}

QList<simulation::PowerStep> powerSteps(const QList<ProfileChange> &changes, const QDateTime &chargingStart,
                                        const Connector &connector)
{
    QList<simulation::PowerStep> steps;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ProfileChange &change = changes.at(i);
        const QDateTime until = i + 1 < changes.size() ? changes.at(i + 1).at : QDateTime();
        if (!change.profile) {
            steps.append({change.at, -1});
            continue;
        }
        const QJsonObject &profile = *change.profile;
        QDateTime base = chargingStart.isValid() ? chargingStart : change.at;
        if (const auto start = parseDateTime(profile.value(QStringLiteral("start_date_time")).toString()))
            base = *start;
        steps.append({change.at, limitAt(profile, base, change.at, connector)});
        for (const QDateTime &moment : changesOf(profile, base)) {
            if (moment > change.at && (!until.isValid() || moment < until))
                steps.append({moment, limitAt(profile, base, moment, connector)});
        }
    }
    return steps;
}

QJsonObject activeProfile(const QList<simulation::PowerStep> &steps, const QDateTime &from, int seconds,
                          const Connector &connector)
{
    simulation::Charge charge;
    charge.powerW = connector.maxPowerW;
    charge.limits = steps;
    QList<QDateTime> moments{from};
    for (const simulation::PowerStep &step : steps) {
        if (step.from > from && step.from < from.addSecs(seconds))
            moments.append(step.from);
    }
    QJsonArray periods;
    double previous = -1;
    for (const QDateTime &moment : std::as_const(moments)) {
        const double limit = double(charge.powerAt(moment));
        if (limit == previous)
            continue;
        previous = limit;
        periods.append(QJsonObject{{QStringLiteral("start_period"), from.secsTo(moment)}, {QStringLiteral("limit"), limit}});
    }
    return {{QStringLiteral("start_date_time"), formatDateTime(from)},
            {QStringLiteral("charging_profile"), QJsonObject{{QStringLiteral("charging_rate_unit"), QStringLiteral("W")},
                                                             {QStringLiteral("duration"), seconds},
                                                             {QStringLiteral("charging_profile_period"), periods}}}};
}

} // namespace ocpi::profiles
