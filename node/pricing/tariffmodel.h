#pragma once

#include "core/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ocpi::pricing {

// The parts of an OCPI Tariff the pricing needs, in the integer units of decimal.h.

enum class Dimension { Energy, Flat, ParkingTime, Time };

enum class ReservationRestriction { Reservation, ReservationExpires };

struct PriceComponent
{
    Dimension type = Dimension::Flat;
    qint64 priceMicros = 0;            // per kWh, per hour, or once (FLAT); excl. VAT
    std::optional<qint64> vatMicroPercent; // omitted: no VAT known for this component (TAR-05)
    qint64 stepSize = 1;               // Wh for ENERGY, seconds for TIME and PARKING_TIME
};

struct TariffRestrictions
{
    std::optional<int> startMinute;    // local time of day, minutes since midnight
    std::optional<int> endMinute;      // 0 ("00:00") means the end of the day
    std::optional<QDate> startDate;    // local, inclusive
    std::optional<QDate> endDate;      // local, exclusive
    std::optional<qint64> minMwh, maxMwh;         // inclusive, exclusive
    std::optional<qint64> minMilliamp, maxMilliamp; // inclusive, exclusive
    std::optional<qint64> minWatt, maxWatt;       // inclusive, exclusive
    std::optional<qint64> minDurationMs, maxDurationMs; // inclusive, exclusive
    QList<int> daysOfWeek;             // Qt numbering, 1 = Monday; empty = every day
    std::optional<ReservationRestriction> reservation;
};

struct TariffElement
{
    QList<PriceComponent> components;
    TariffRestrictions restrictions;

    const PriceComponent *component(Dimension type) const;
};

struct PriceBound
{
    qint64 exclMicros = 0;
    std::optional<qint64> inclMicros;
};

struct Tariff
{
    QString id;
    QString currency;
    QList<TariffElement> elements;
    std::optional<PriceBound> minPrice;
    std::optional<PriceBound> maxPrice;
};

// Reads a Tariff the validator has accepted; refuses what pricing cannot interpret.
Result<Tariff> tariffFromJson(const QJsonObject &json);

} // namespace ocpi::pricing
