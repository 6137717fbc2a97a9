#include "simulatedchargers.h"

#include "commandsmanager.h"
#include "core/datetime.h"
#include "modules/cdrs/cdrservice.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"
#include "modules/tariffs/tariffservice.h"
#include "pricing/pricing.h"
#include "simulatedbilling.h"
#include "store/leadership.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace ocpi {

Q_LOGGING_CATEGORY(lcSimulator, "ocpi.simulator")

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

std::optional<QJsonObject> optionalJson(const QVariant &text)
{
    if (text.isNull())
        return std::nullopt;
    return jsonObject(text);
}

QVariant nullableText(const std::optional<QJsonObject> &object)
{
    return object ? QVariant(jsonText(*object)) : QVariant(QMetaType::fromType<QString>());
}

bool isFinal(const QString &status)
{
    return status == QLatin1String("COMPLETED") || status == QLatin1String("INVALID");
}

// A reserved charge is billed from its reservation's start (the CDR's start_date_time then too),
// its first period being the reservation's time; the session's own start stays the moment it
// became ACTIVE (SES-10).
QJsonObject billedFrom(QJsonObject session, const QDateTime &reservedSince)
{
    if (reservedSince.isValid())
        session.insert(QStringLiteral("start_date_time"), formatDateTime(reservedSince));
    return session;
}

pricing::Reservation reservationOutcome(const QDateTime &reservedSince)
{
    return reservedSince.isValid() ? pricing::Reservation::Used : pricing::Reservation::None;
}

} // namespace

SimulatedChargers::SimulatedChargers(Database &database, QObject *parent) : QObject(parent), m_database(database)
{
    connect(&m_ticks, &QTimer::timeout, this, [this] {
        if (m_site && m_site->leadership && !m_site->leadership->isLeader())
            return; // another node process on the database runs the simulated charge points
        if (auto changed = tick(); !changed)
            qCWarning(lcSimulator) << "simulated charge points: could not update the running charges:"
                                   << changed.error().message;
    });
}

QList<Migration> SimulatedChargers::migrations()
{
    // The location and the tariff are copied when the charge starts: the CDR describes them as they
    // were then (CDR-09).
    return {{QStringLiteral("simulated_charge_points"),
            {QStringLiteral("CREATE TABLE simulated_charges (country_code TEXT NOT NULL, party_id TEXT NOT NULL,"
                            " session_id TEXT NOT NULL, location TEXT NOT NULL, tariff TEXT, evse_uid TEXT NOT NULL,"
                            " connector_id TEXT NOT NULL, power_w BIGINT NOT NULL, active_ms BIGINT,"
                            " periods_sent INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (country_code, party_id, session_id))"),
             QStringLiteral("CREATE TABLE simulated_reservations (partner_id BIGINT NOT NULL, reservation_id TEXT NOT NULL,"
                            " country_code TEXT NOT NULL, party_id TEXT NOT NULL, location_id TEXT NOT NULL,"
                            " evse_uid TEXT NOT NULL, token_uid TEXT NOT NULL, expires_ms BIGINT NOT NULL,"
                            " PRIMARY KEY (partner_id, reservation_id))")}},
            // A reservation is a session too (SES-11), and its time is the first period of the
            // charge that uses it.
            {QStringLiteral("simulated_reservation_sessions"),
             {QStringLiteral("ALTER TABLE simulated_reservations ADD COLUMN session_id TEXT"),
              QStringLiteral("ALTER TABLE simulated_reservations ADD COLUMN reserved_ms BIGINT"),
              QStringLiteral("ALTER TABLE simulated_charges ADD COLUMN reserved_ms BIGINT")}}};
}

void SimulatedChargers::attach(const ChargePointSite &site)
{
    m_ownSite = std::make_unique<ChargePointSite>(site);
    m_site = m_ownSite.get();
    m_ticks.setInterval(std::max(1000, 60000 / std::max(1, site.speed)));
    m_ticks.start();
}

std::optional<QJsonObject> SimulatedChargers::tariffFor(const PartyId &ourParty, const QJsonObject &location,
                                                        const QString &evseUid, const QString &connectorId)
{
    if (!m_site || !m_site->tariffs)
        return std::nullopt;
    for (const QString &id : simulation::connectorTariffIds(location, evseUid, connectorId)) {
        auto found = m_site->tariffs->findOwn(ObjectKey::of(ourParty.countryCode, ourParty.partyId, id));
        if (found && found->has_value())
            return QJsonDocument::fromJson((*found)->json).object();
    }
    return std::nullopt;
}

Status SimulatedChargers::begin(const QJsonObject &session, const QJsonObject &location,
                                const std::optional<QJsonObject> &tariff, const QDateTime &reservedSince)
{
    if (!m_site)
        return Error::internal(QStringLiteral("the simulated charge points are not attached to the node"));
    const QString evseUid = session.value(QStringLiteral("evse_uid")).toString();
    const QString connectorId = session.value(QStringLiteral("connector_id")).toString();
    // All or nothing: no session without its charge, no charging EVSE without its session.
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    if (auto stored = m_site->sessions.putOwn(session); !stored)
        return stored.error();
    Statement insert(m_database, QStringLiteral("INSERT INTO simulated_charges (country_code, party_id, session_id, location,"
                                                " tariff, evse_uid, connector_id, power_w, reserved_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // Keys as the object store spells them (ObjectKey: upper case).
    const ObjectKey key = ObjectKey::of(session.value(QStringLiteral("country_code")).toString(),
                                        session.value(QStringLiteral("party_id")).toString(),
                                        session.value(QStringLiteral("id")).toString());
    insert.bind(key.owner.countryCode)
        .bind(key.owner.partyId)
        .bind(key.id)
        .bind(jsonText(location))
        .bind(nullableText(tariff))
        .bind(evseUid)
        .bind(connectorId)
        .bind(simulation::connectorPowerW(location, evseUid, connectorId))
        .bind(reservedSince.isValid() ? QVariant(reservedSince.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()));
    if (Status s = insert.exec("remember a simulated charge"); !s)
        return s;
    m_database.noteLocalWrite();
    if (Status s = m_site->locations.setEvseStatus(ObjectKey::of(key.owner.countryCode, key.owner.partyId,
                                                                 location.value(QStringLiteral("id")).toString()),
                                                   evseUid, QStringLiteral("CHARGING"));
        !s)
        return s;
    return transaction.commit();
}

Result<QList<SimulatedChargers::Running>> SimulatedChargers::running(const std::optional<ObjectKey> &only)
{
    QString sql = QStringLiteral("SELECT country_code, party_id, session_id, location, tariff, evse_uid, connector_id, power_w,"
                                 " active_ms, periods_sent, reserved_ms FROM simulated_charges");
    if (only)
        sql += QStringLiteral(" WHERE country_code = ? AND party_id = ? AND session_id = ?");
    Statement select(m_database, sql);
    if (only)
        select.bind(only->owner.countryCode).bind(only->owner.partyId).bind(only->id);
    if (Status s = select.exec("read the simulated charges"); !s)
        return s.error();
    QList<Running> charges;
    while (select.next()) {
        Running charge;
        charge.session = ObjectKey::of(select.value(0).toString(), select.value(1).toString(), select.value(2).toString());
        charge.location = jsonObject(select.value(3));
        charge.tariff = optionalJson(select.value(4));
        charge.evseUid = select.value(5).toString();
        charge.connectorId = select.value(6).toString();
        charge.powerW = select.value(7).toLongLong();
        if (!select.value(8).isNull())
            charge.activeSince = QDateTime::fromMSecsSinceEpoch(select.value(8).toLongLong(), Qt::UTC);
        charge.periodsSent = select.value(9).toInt();
        if (!select.value(10).isNull())
            charge.reservedSince = QDateTime::fromMSecsSinceEpoch(select.value(10).toLongLong(), Qt::UTC);
        charges.append(charge);
    }
    return charges;
}

simulation::Charge SimulatedChargers::chargeOf(const Running &running) const
{
    simulation::Charge charge;
    charge.activeSince = running.activeSince;
    charge.reservedSince = running.reservedSince;
    charge.powerW = running.powerW;
    charge.speed = m_site ? m_site->speed : 1;
    if (m_powerLimits && running.activeSince.isValid())
        charge.limits = m_powerLimits(running.session, running.activeSince);
    return charge;
}

Result<int> SimulatedChargers::tick()
{
    if (!m_site)
        return 0;
    const QDateTime now = m_site->clock.now();
    auto charges = running();
    if (!charges)
        return charges.error();
    if (charges->isEmpty()) {
        // A quiet node only reads (on PostgreSQL even an empty write transaction would be felt).
        if (Status s = expireReservations(now); !s)
            return s.error();
        return 0;
    }
    // Every charge's update in one commit: one wait for the disk per tick, not one per session.
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    int changed = 0;
    for (const Running &charge : *charges) {
        auto advanced = advance(charge, now);
        if (!advanced)
            return advanced.error();
        changed += *advanced ? 1 : 0;
    }
    if (Status s = expireReservations(now); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return changed;
}

Result<std::optional<QJsonObject>> SimulatedChargers::currentSession(const Running &charge)
{
    auto found = m_site->sessions.findOwn(charge.session);
    if (!found)
        return found.error();
    if (!found->has_value() || isFinal(QJsonDocument::fromJson((*found)->json).object().value(QStringLiteral("status")).toString())) {
        // Stopped or removed by someone else (the operator, an integrator): nothing left to simulate.
        if (auto removed = forget(charge.session); !removed)
            return removed.error();
        return std::optional<QJsonObject>();
    }
    return std::optional<QJsonObject>(QJsonDocument::fromJson((*found)->json).object());
}

Result<bool> SimulatedChargers::claimPeriods(const Running &charge, const QDateTime &activeSince, int periodsSent)
{
    // Compare-and-set: when two node processes tick the same charge, one of them reports it.
    Statement update(m_database, QStringLiteral("UPDATE simulated_charges SET active_ms = ?, periods_sent = ?"
                                                " WHERE country_code = ? AND party_id = ? AND session_id = ?"
                                                " AND periods_sent = ? AND ") +
                                     (charge.activeSince.isValid() ? QStringLiteral("active_ms = ?") : QStringLiteral("active_ms IS NULL")));
    update.bind(activeSince.toMSecsSinceEpoch())
        .bind(periodsSent)
        .bind(charge.session.owner.countryCode)
        .bind(charge.session.owner.partyId)
        .bind(charge.session.id)
        .bind(charge.periodsSent);
    if (charge.activeSince.isValid())
        update.bind(charge.activeSince.toMSecsSinceEpoch());
    if (Status s = update.exec("claim a simulated charge's update"); !s)
        return s.error();
    m_database.noteLocalWrite();
    return update.rowsAffected() > 0;
}

Result<bool> SimulatedChargers::advance(const Running &charge, const QDateTime &now)
{
    auto current = currentSession(charge);
    if (!current)
        return current.error();
    if (!current->has_value())
        return false;
    QJsonObject session = **current;
    const QString stamp = formatDateTime(now);

    if (!charge.activeSince.isValid()) {
        // PENDING -> ACTIVE: the car draws power from now on (SES-10).
        auto claimed = claimPeriods(charge, now, 0);
        if (!claimed || !*claimed)
            return claimed ? Result<bool>(false) : Result<bool>(claimed.error());
        if (Status s = m_site->sessions.patchOwn(charge.session, QJsonObject{{QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                                                            {QStringLiteral("start_date_time"), stamp},
                                                                            {QStringLiteral("last_updated"), stamp}});
            !s)
            return s.error();
        return true;
    }

    const simulation::Charge model = chargeOf(charge);
    const QJsonArray closed = model.periods(now, false);
    QJsonArray fresh;
    for (qsizetype i = charge.periodsSent; i < closed.size(); ++i)
        fresh.append(closed.at(i));
    const double kwh = double(model.energyWhAt(now)) / 1000.0;

    // The cost so far: the periods reported plus the one still running.
    QJsonObject priced = billedFrom(session, charge.reservedSince);
    priced.insert(QStringLiteral("charging_periods"), model.periods(now, true));
    auto costs = simulation::priceSession(priced, charge.location, charge.tariff, now, reservationOutcome(charge.reservedSince));
    if (!costs)
        return costs.error();
    const QJsonObject totalCost = pricing::priceToJson(costs->total);

    if (fresh.isEmpty() && session.value(QStringLiteral("kwh")).toDouble() == kwh
        && session.value(QStringLiteral("total_cost")).toObject() == totalCost)
        return false;
    auto claimed = claimPeriods(charge, charge.activeSince, int(closed.size()));
    if (!claimed || !*claimed)
        return claimed ? Result<bool>(false) : Result<bool>(claimed.error());
    QJsonObject patch{{QStringLiteral("kwh"), kwh}, {QStringLiteral("total_cost"), totalCost}, {QStringLiteral("last_updated"), stamp}};
    if (!fresh.isEmpty())
        patch.insert(QStringLiteral("charging_periods"), fresh); // appended (SES-07)
    if (Status s = m_site->sessions.patchOwn(charge.session, patch); !s)
        return s.error();
    return true;
}

Result<QString> SimulatedChargers::stop(const ObjectKey &sessionKey)
{
    if (!m_site)
        return Error::internal(QStringLiteral("the simulated charge points are not attached to the node"));
    auto found = running(sessionKey);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return QStringLiteral("no charge is running for this session");
    Running charge = found->first();
    auto current = currentSession(charge);
    if (!current)
        return current.error();
    if (!current->has_value())
        return QStringLiteral("the session has already ended");
    // All or nothing: a charge half stopped (its row gone, its session still ACTIVE) would never end.
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    // Whoever deletes the row stops the charge (another process may be stopping it too).
    auto removed = forget(charge.session);
    if (!removed)
        return removed.error();
    if (!*removed)
        return QStringLiteral("the session has already ended");

    const QDateTime now = m_site->clock.now();
    const QString stamp = formatDateTime(now);
    QJsonObject session = **current;
    // Stopped while PENDING: it never drew power; it became ACTIVE and ended in the same instant.
    if (!charge.activeSince.isValid()) {
        charge.activeSince = now;
        session.insert(QStringLiteral("start_date_time"), stamp);
    }
    const simulation::Charge model = chargeOf(charge);
    const QJsonArray all = model.periods(now, true);
    QJsonArray fresh;
    for (qsizetype i = charge.periodsSent; i < all.size(); ++i)
        fresh.append(all.at(i));

    session.insert(QStringLiteral("status"), QStringLiteral("COMPLETED"));
    session.insert(QStringLiteral("end_date_time"), stamp);
    session.insert(QStringLiteral("charging_periods"), all);
    session.insert(QStringLiteral("kwh"), double(model.energyWhAt(now)) / 1000.0);
    const QJsonObject billed = billedFrom(session, charge.reservedSince);
    auto costs = simulation::priceSession(billed, charge.location, charge.tariff, now, reservationOutcome(charge.reservedSince));
    if (!costs)
        return costs.error();
    QJsonObject patch{{QStringLiteral("status"), QStringLiteral("COMPLETED")},
                      {QStringLiteral("start_date_time"), session.value(QStringLiteral("start_date_time"))},
                      {QStringLiteral("end_date_time"), stamp},
                      {QStringLiteral("kwh"), session.value(QStringLiteral("kwh"))},
                      {QStringLiteral("total_cost"), pricing::priceToJson(costs->total)},
                      {QStringLiteral("last_updated"), stamp}};
    if (!fresh.isEmpty())
        patch.insert(QStringLiteral("charging_periods"), fresh);
    if (Status s = m_site->sessions.patchOwn(charge.session, patch); !s)
        return s.error();
    const ObjectKey locationKey = ObjectKey::of(charge.session.owner.countryCode, charge.session.owner.partyId,
                                                charge.location.value(QStringLiteral("id")).toString());
    if (Status s = m_site->locations.setEvseStatus(locationKey, charge.evseUid, QStringLiteral("AVAILABLE")); !s)
        return s.error();
    if (m_site->cdrs) {
        if (auto sent = m_site->cdrs->putOwn(simulation::cdrOf(billed, charge.location, charge.tariff, *costs, now)); !sent)
            return sent.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return QString();
}

Result<bool> SimulatedChargers::forget(const ObjectKey &session)
{
    Statement remove(m_database, QStringLiteral("DELETE FROM simulated_charges WHERE country_code = ? AND party_id = ?"
                                                " AND session_id = ?"));
    remove.bind(session.owner.countryCode).bind(session.owner.partyId).bind(session.id);
    if (Status s = remove.exec("forget a simulated charge"); !s)
        return s.error();
    m_database.noteLocalWrite();
    return remove.rowsAffected() > 0;
}

// ---- reservations ----

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
