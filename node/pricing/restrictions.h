#pragma once

#include "tariffmodel.h"

#include <QDateTime>
#include <QTimeZone>

namespace ocpi::pricing {

// What happened to a reservation ahead of the session (RESERVATION restrictions, TAR-09).
enum class Reservation {
    None,    // no reservation
    Used,    // reserved, then charged with the same token
    Expired, // reserved, never used before the reservation expired
    Cancelled, // reserved, then cancelled before it expired or was used
};

// The facts a restriction is evaluated against at one moment of the session (TAR-09: restrictions
// are evaluated continuously; the slicing in periods.cpp makes every slice homogeneous, so the
// facts at a slice's start hold for the whole slice).
struct Moment
{
    QDateTime local;                  // the moment in the location's time zone
    qint64 durationMs = 0;            // since the session start
    qint64 energyMwh = 0;             // consumed in the session before this moment
    std::optional<qint64> milliamp;   // instantaneous, summed over phases
    std::optional<qint64> watt;
    bool inReservation = false;       // the moment lies in reservation time
    Reservation reservation = Reservation::None;
};

bool matches(const TariffRestrictions &restrictions, const Moment &moment);

// TAR-06: the component of the first element (list order) that has one for the dimension and whose
// restrictions all match; nullptr (free) when none does. *elementIndex receives its element.
const PriceComponent *applicableComponent(const Tariff &tariff, Dimension dimension, const Moment &moment,
                                          int *elementIndex = nullptr);

// The instants in (from, to) at which a time of day, date, day of week, UTC offset or duration
// restriction may change its answer: local midnights, every start_time/end_time of the tariff, the
// zone's offset transitions, session start + min/max_duration. Sorted, without duplicates.
QList<QDateTime> timeBoundaries(const Tariff &tariff, const QTimeZone &zone, const QDateTime &sessionStart,
                                const QDateTime &from, const QDateTime &to);

// Every min_kwh/max_kwh of the tariff, in mWh, sorted.
QList<qint64> energyThresholds(const Tariff &tariff);

} // namespace ocpi::pricing
