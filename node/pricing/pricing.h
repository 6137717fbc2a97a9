#pragma once

#include "decimal.h"
#include "periods.h"
#include "tariffmodel.h"

#include <QJsonObject>

namespace ocpi::pricing {

// What a session costs under one tariff, as the CDR reports it (CDR-06, CDR-18).
struct Costs
{
    Price total;        // total_cost: the sum, then min_price/max_price (TAR-12)
    Price energy;       // total_energy_cost
    Price time;         // total_time_cost (charging time)
    Price parking;      // total_parking_cost
    Price fixed;        // total_fixed_cost: the charging FLAT
    Price reservation;  // total_reservation_cost: reservation FLAT and reservation time

    // Measured quantities; step_size rounding changes costs, never these.
    qint64 energyMwh = 0;       // total_energy
    qint64 timeMs = 0;          // total_time: charging + parking
    qint64 parkingMs = 0;       // total_parking_time
    qint64 reservationMs = 0;

    // The periods split wherever another price component becomes relevant (CDR-10), each
    // carrying the tariff id when a component of the tariff applied in it.
    QList<ChargingPeriod> periods;

    // total_cost, total_energy, total_time, total_parking_time and the total_*_cost fields.
    QJsonObject toCdrFields() const;
};

// The pricing engine: a pure function of the tariff and the session's facts.
Costs priceSession(const Tariff &tariff, const SessionFacts &facts);

// CDR-10 on its own: the session's periods split at restriction boundaries, annotated.
QList<ChargingPeriod> splitPeriods(const Tariff &tariff, const SessionFacts &facts);

QJsonObject priceToJson(const Price &price);

} // namespace ocpi::pricing
