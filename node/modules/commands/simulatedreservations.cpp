#include "simulatedchargers.h"

#include "commandsmanager.h"
#include "core/datetime.h"
#include "modules/cdrs/cdrservice.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"
#include "pricing/pricing.h"
#include "simulatedbilling.h"

#include <QJsonArray>
#include <QJsonDocument>

// SimulatedChargers, continued: reservations (RESERVE_NOW, CANCEL_RESERVATION, expiry) and the
// session each one is (SES-11).

namespace ocpi {

namespace {

const QString kReservationColumns = QStringLiteral("partner_id, reservation_id, country_code, party_id, location_id, evse_uid,"
                                                   " token_uid, expires_ms, session_id, reserved_ms");

SimulatedChargers::Reservation readReservation(const Statement &row)
{
    SimulatedChargers::Reservation reservation;
    reservation.partnerId = row.value(0).toLongLong();
    reservation.reservationId = row.value(1).toString();
    reservation.ourParty = PartyId{row.value(2).toString(), row.value(3).toString()};
    reservation.locationId = row.value(4).toString();
    reservation.evseUid = row.value(5).toString();
    reservation.tokenUid = row.value(6).toString();
    reservation.expires = QDateTime::fromMSecsSinceEpoch(row.value(7).toLongLong(), Qt::UTC);
    reservation.sessionId = row.value(8).toString();
    if (!row.value(9).isNull())
        reservation.since = QDateTime::fromMSecsSinceEpoch(row.value(9).toLongLong(), Qt::UTC);
    return reservation;
}

} // namespace

Result<std::optional<SimulatedChargers::Reservation>> SimulatedChargers::findReservation(qint64 partnerId,
                                                                                          const QString &reservationId)
{
    Statement select(m_database, QStringLiteral("SELECT ") + kReservationColumns
                                     + QStringLiteral(" FROM simulated_reservations WHERE partner_id = ? AND reservation_id = ?"));
    select.bind(partnerId).bind(reservationId);
    if (Status s = select.exec("read a reservation"); !s)
        return s.error();
    if (!select.next())
        return std::optional<Reservation>();
    return std::optional<Reservation>(readReservation(select));
}

Result<std::optional<SimulatedChargers::Reservation>> SimulatedChargers::reservationOfToken(const PartyId &ourParty,
                                                                                             const QString &tokenUid)
{
    Statement select(m_database, QStringLiteral("SELECT ") + kReservationColumns
                                     + QStringLiteral(" FROM simulated_reservations WHERE country_code = ? AND party_id = ?"
                                                      " AND token_uid = ?"));
    select.bind(ourParty.countryCode).bind(ourParty.partyId).bind(tokenUid);
    if (Status s = select.exec("read a token's reservation"); !s)
        return s.error();
    if (!select.next())
        return std::optional<Reservation>();
    return std::optional<Reservation>(readReservation(select));
}

Status SimulatedChargers::reserve(const Reservation &reservation, const QJsonObject &session)
{
    if (!m_site)
        return Error::internal(QStringLiteral("the simulated charge points are not attached to the node"));
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    // A RESERVE_NOW with a known reservation_id replaces that reservation (CMD-11).
    if (auto previous = findReservation(reservation.partnerId, reservation.reservationId); !previous)
        return previous.error();
    else if (previous->has_value() && (*previous)->evseUid != reservation.evseUid) {
        // The replacement moves the reservation (and its session) to another EVSE.
        if (Status s = freeIfReserved(**previous); !s)
            return s;
    }
    if (auto stored = m_site->sessions.putOwn(session); !stored)
        return stored.error();
    if (Status s = removeRow(reservation.partnerId, reservation.reservationId); !s)
        return s;
    Statement insert(m_database, QStringLiteral("INSERT INTO simulated_reservations (") + kReservationColumns
                                     + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(reservation.partnerId)
        .bind(reservation.reservationId)
        .bind(reservation.ourParty.countryCode)
        .bind(reservation.ourParty.partyId)
        .bind(reservation.locationId)
        .bind(reservation.evseUid)
        .bind(reservation.tokenUid)
        .bind(reservation.expires.toMSecsSinceEpoch())
        .bind(reservation.sessionId)
        .bind(reservation.since.toMSecsSinceEpoch());
    if (Status s = insert.exec("store a reservation"); !s)
        return s;
    m_database.noteLocalWrite();
    if (Status s = m_site->locations.setEvseStatus(
            ObjectKey::of(reservation.ourParty.countryCode, reservation.ourParty.partyId, reservation.locationId),
            reservation.evseUid, QStringLiteral("RESERVED"));
        !s)
        return s;
    return transaction.commit();
}

Status SimulatedChargers::removeRow(qint64 partnerId, const QString &reservationId)
{
    Statement remove(m_database, QStringLiteral("DELETE FROM simulated_reservations WHERE partner_id = ? AND reservation_id = ?"));
    remove.bind(partnerId).bind(reservationId);
    if (Status s = remove.exec("remove a reservation"); !s)
        return s;
    if (remove.rowsAffected() > 0)
        m_database.noteLocalWrite();
    return Status::success();
}

Status SimulatedChargers::release(const Reservation &reservation, pricing::Reservation outcome)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    if (Status s = removeRow(reservation.partnerId, reservation.reservationId); !s)
        return s;
    if (Status s = freeIfReserved(reservation); !s)
        return s;
    if (Status s = completeReservationSession(reservation, outcome); !s)
        return s;
    return transaction.commit();
}

Status SimulatedChargers::completeReservationSession(const Reservation &reservation, pricing::Reservation outcome)
{
    if (!m_site || reservation.sessionId.isEmpty())
        return Status::success();
    const ObjectKey key = ObjectKey::of(reservation.ourParty.countryCode, reservation.ourParty.partyId, reservation.sessionId);
    auto found = m_site->sessions.findOwn(key);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Status::success();
    QJsonObject session = QJsonDocument::fromJson((*found)->json).object();
    if (session.value(QStringLiteral("status")).toString() != QLatin1String("RESERVATION"))
        return Status::success(); // a charge carries it on, or someone ended it already

    const QDateTime now = m_site->clock.now();
    const QString stamp = formatDateTime(now);
    const QDateTime since = reservation.since.isValid() ? reservation.since : now;
    const QJsonArray periods{simulation::reservationPeriod(since, now)};
    session.insert(QStringLiteral("status"), QStringLiteral("COMPLETED"));
    session.insert(QStringLiteral("end_date_time"), stamp);
    session.insert(QStringLiteral("charging_periods"), periods);
    // Priced with the location and tariff as they are now: a reservation is short, and the
    // location may have changed only by its EVSE's status since.
    auto location = m_site->locations.findOwn(
        ObjectKey::of(reservation.ourParty.countryCode, reservation.ourParty.partyId, reservation.locationId));
    if (!location)
        return location.error();
    const QJsonObject place = location->has_value() ? QJsonDocument::fromJson((*location)->json).object() : QJsonObject();
    const QString connectorId = session.value(QStringLiteral("connector_id")).toString();
    const std::optional<QJsonObject> tariff = tariffFor(reservation.ourParty, place, reservation.evseUid, connectorId);
    auto costs = simulation::priceSession(session, place, tariff, now, outcome);
    if (!costs)
        return costs.error();
    if (Status s = m_site->sessions.patchOwn(key, QJsonObject{{QStringLiteral("status"), QStringLiteral("COMPLETED")},
                                                             {QStringLiteral("end_date_time"), stamp},
                                                             {QStringLiteral("charging_periods"), periods},
                                                             {QStringLiteral("total_cost"), pricing::priceToJson(costs->total)},
                                                             {QStringLiteral("last_updated"), stamp}});
        !s)
        return s;
    // An unused reservation may be billed (CMD-10); one that cost nothing leaves no CDR.
    if (!m_site->cdrs || costs->total.exclVat.isZero() || place.isEmpty())
        return Status::success();
    QJsonObject cdr = simulation::cdrOf(session, place, tariff, *costs, now);
    cdr.remove(QStringLiteral("session_id")); // the reservation never became a charging session (CDR-14)
    if (auto sent = m_site->cdrs->putOwn(cdr); !sent)
        return sent.error();
    return Status::success();
}

Status SimulatedChargers::freeIfReserved(const Reservation &reservation)
{
    if (!m_site)
        return Status::success();
    // The EVSE is free again unless something else happened to it meanwhile (a charge started).
    const ObjectKey location = ObjectKey::of(reservation.ourParty.countryCode, reservation.ourParty.partyId, reservation.locationId);
    auto found = m_site->locations.findOwn(location);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Status::success();
    for (const QJsonValue &evse : QJsonDocument::fromJson((*found)->json).object().value(QStringLiteral("evses")).toArray()) {
        if (evse.toObject().value(QStringLiteral("uid")).toString() == reservation.evseUid
            && evse.toObject().value(QStringLiteral("status")).toString() == QLatin1String("RESERVED"))
            return m_site->locations.setEvseStatus(location, reservation.evseUid, QStringLiteral("AVAILABLE"));
    }
    return Status::success();
}

Status SimulatedChargers::expireReservations(const QDateTime &now)
{
    // Runs every tick: a read, and a write only when one has expired.
    Statement select(m_database, QStringLiteral("SELECT ") + kReservationColumns
                                     + QStringLiteral(" FROM simulated_reservations WHERE expires_ms <= ?"));
    select.bind(now.toMSecsSinceEpoch());
    if (Status s = select.exec("look for expired reservations"); !s)
        return s;
    QList<Reservation> expired;
    while (select.next())
        expired.append(readReservation(select));
    for (const Reservation &reservation : expired) {
        if (Status s = release(reservation, pricing::Reservation::Expired); !s)
            return s;
    }
    return Status::success();
}

} // namespace ocpi
