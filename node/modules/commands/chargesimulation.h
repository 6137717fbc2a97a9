#pragma once

#include <QDateTime>
#include <QJsonArray>

namespace ocpi::simulation {

// From `from` on (until the next step), the charge point may draw at most `limitW` (a charging
// profile, CP); a negative limit: no limit.
struct PowerStep
{
    QDateTime from;
    qint64 limitW = -1;
};

// A charge on a simulated charge point, as a pure function of time: the car draws the connector's
// full power, or less while a power limit applies, until its battery is full, then stays plugged
// in (parking, CDR-12). Everything is computed from the moment the session became ACTIVE and the
// limits' history, so a tick that runs twice, late, or in another process on the same database
// reports the same values.
struct Charge
{
    QDateTime activeSince;        // SES-10: the session's start_date_time once ACTIVE
    qint64 powerW = 0;            // the connector's power
    int speed = 1;                // --sim-speed: the car draws energy this many times faster
    qint64 batteryWh = 60000;     // room in the car's battery
    QDateTime reservedSince;      // when the EVSE was reserved for this charge (invalid: it was not)
    QList<PowerStep> limits;      // in time order; none: the full power throughout

    // What the car draws at `at`: the connector's power, or the limit in force then if lower.
    qint64 powerAt(const QDateTime &at) const;

    // When the battery is full (invalid: never, with no power).
    QDateTime fullAt() const;
    qint64 energyWhAt(const QDateTime &at) const;
    // The charging periods from activeSince up to `until`, in time order, as OCPI ChargingPeriods:
    // one every reportMs() (SES-14: a sensible rate), one when the battery is full and one when
    // a power limit changes (a new period when what is measured changes, CDR-10). ENERGY (kWh)
    // and TIME (hours) while charging, PARKING_TIME (hours) after. A reserved charge begins with
    // its reservation's period. The last period ends at `until` when `includeOpen`; otherwise
    // only periods that have ended by `until` are returned.
    QJsonArray periods(const QDateTime &until, bool includeOpen) const;
    // Real time between two regular periods: 15 minutes, shortened by the speed (at least 1 s).
    qint64 reportMs() const;
};

// The period in which an EVSE was reserved and not yet used: RESERVATION_TIME (hours).
QJsonObject reservationPeriod(const QDateTime &from, const QDateTime &to);

} // namespace ocpi::simulation
