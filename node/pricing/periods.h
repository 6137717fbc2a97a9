#pragma once

#include "core/result.h"
#include "restrictions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace ocpi::pricing {

// An OCPI ChargingPeriod in integer units: the period runs from `start` to the next period's start
// (the last one to the session end). Absent dimensions stay absent.
struct ChargingPeriod
{
    QDateTime start;
    std::optional<qint64> energyMwh;       // ENERGY
    std::optional<qint64> timeMs;          // TIME (charging)
    std::optional<qint64> parkingMs;       // PARKING_TIME
    std::optional<qint64> reservationMs;   // RESERVATION_TIME
    std::optional<qint64> currentMa, minCurrentMa, maxCurrentMa; // CURRENT, MIN_/MAX_CURRENT
    std::optional<qint64> powerW, minPowerW, maxPowerW;          // POWER, MIN_/MAX_POWER
    QString tariffId;
};

Result<ChargingPeriod> chargingPeriodFromJson(const QJsonObject &json);
QJsonObject chargingPeriodToJson(const ChargingPeriod &period);

// Everything about the session that pricing needs besides the tariff.
struct SessionFacts
{
    QTimeZone zone;                // the Location's time_zone
    QDateTime start;               // session (or reservation) start: durations count from here
    QDateTime end;                 // session end, or "now" for a running session
    QList<ChargingPeriod> periods; // in time order
    Reservation reservation = Reservation::None;
};

// The facts of an OCPI Session or CDR: start_date_time, end_date_time (absent while the session runs:
// `now` stands in) and charging_periods, put in time order.
Result<SessionFacts> sessionFactsFromJson(const QJsonObject &sessionOrCdr, const QTimeZone &zone,
                                          const QDateTime &now, Reservation reservation = Reservation::None);

// A stretch of a period in which every restriction of the tariff keeps its answer.
struct Slice
{
    enum class Kind { Reservation, Charging, Parking };
    Kind kind = Kind::Charging;
    QDateTime start;
    qint64 durationMs = 0;
    qint64 energyMwh = 0;
    qint64 energyBeforeMwh = 0; // consumed in the session before this slice
    int period = 0;             // index into SessionFacts::periods
};

// Cuts the periods into slices at every boundary where a restriction of the tariff may change:
// times of day, dates, offset changes, duration and kWh thresholds (CDR-10). Within a period the
// layout is: RESERVATION_TIME first, then charging (TIME, or the rest of the period when TIME is
// absent), then PARKING_TIME; energy is spread evenly over the charging time.
QList<Slice> slicePeriods(const Tariff &tariff, const SessionFacts &facts);

// The instantaneous current and power of a period: CURRENT/POWER, else MAX_CURRENT/MAX_POWER
// (a CDR carries only the extremes; the CPO splits periods at thresholds, so both lie on one side).
std::optional<qint64> periodMilliamp(const ChargingPeriod &period);
std::optional<qint64> periodWatt(const ChargingPeriod &period);

} // namespace ocpi::pricing
