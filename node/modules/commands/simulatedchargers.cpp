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

} // namespace ocpi
