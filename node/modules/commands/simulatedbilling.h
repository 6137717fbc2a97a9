#pragma once

#include "core/result.h"
#include "pricing/pricing.h"

#include <QJsonObject>

#include <optional>

namespace ocpi::simulation {

// What the simulated charge points read off our own objects and how they bill: pure functions of
// the location, the session and the tariff, so tests can check each against hand-computed values.

// The connector's power in W: max_electric_power, else voltage x amperage (x 3 on AC_3_PHASE).
qint64 connectorPowerW(const QJsonObject &location, const QString &evseUid, const QString &connectorId);
// The connector's tariff ids, in the order the location names them.
QStringList connectorTariffIds(const QJsonObject &location, const QString &evseUid, const QString &connectorId);

// What the session costs at `now` under `tariff` (none: the charge is free, in EUR): the session's
// start and end (or `now`) and its charging periods, in the location's time zone. `reservation`
// says what became of a reservation ahead of it (its RESERVATION_TIME period comes first).
Result<pricing::Costs> priceSession(const QJsonObject &session, const QJsonObject &location,
                                    const std::optional<QJsonObject> &tariff, const QDateTime &now,
                                    pricing::Reservation reservation = pricing::Reservation::None);
QString currencyOf(const std::optional<QJsonObject> &tariff);

// The CDR of a completed session (CDR-06): sealed copies of the location's EVSE and connector
// (CDR-09, CDR-16) and of the tariff (`tariffs`), the periods split where another price
// component applies (CDR-10), the costs broken down (CDR-18), the session's token, auth method
// and authorization reference (CDR-13).
QJsonObject cdrOf(const QJsonObject &session, const QJsonObject &location, const std::optional<QJsonObject> &tariff,
                  const pricing::Costs &costs, const QDateTime &now);

} // namespace ocpi::simulation
