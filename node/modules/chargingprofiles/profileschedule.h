#pragma once

#include "modules/commands/chargesimulation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ocpi::profiles {

// One charging profile set on a session (or cleared: no profile) at a moment; a session's
// profiles over time are its list of changes, oldest first.
struct ProfileChange
{
    QDateTime at;
    std::optional<QJsonObject> profile; // ChargingProfile; none: cleared
    qint64 partnerId = 0;               // who set or cleared it
};

// What turns a ChargingProfile's amperes into watts on one connector (CP-08: A is per phase),
// and the most it can give.
struct Connector
{
    double voltage = 230;
    int phases = 1;
    qint64 maxPowerW = 0;
};
Connector connectorOf(const QJsonObject &location, const QString &evseUid, const QString &connectorId);

// The power limits `changes` put on a charge that started at `chargingStart` (the base of a
// profile without start_date_time), as steps in time order. Each profile applies from when it
// was set until the next change: one set now does not rewrite the past.
QList<simulation::PowerStep> powerSteps(const QList<ProfileChange> &changes, const QDateTime &chargingStart,
                                        const Connector &connector);

// The ActiveChargingProfile for `seconds` from `from`: in W, one period per change of limit;
// where no limit applies, the connector's full power (CP-07).
QJsonObject activeProfile(const QList<simulation::PowerStep> &steps, const QDateTime &from, int seconds,
                          const Connector &connector);

} // namespace ocpi::profiles
