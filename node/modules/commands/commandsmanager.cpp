#include "commandsmanager.h"

#include "core/datetime.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"
#include "simulatedbilling.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ocpi {

namespace {

QJsonObject resultOf(const QString &result, const QString &message = QString())
{
    QJsonObject object{{QStringLiteral("result"), result}};
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"),
                      QJsonArray{QJsonObject{{QStringLiteral("language"), QStringLiteral("en")}, {QStringLiteral("text"), message}}});
    return object;
}

std::optional<QJsonObject> ourLocation(ChargePointSite &site, const PartyId &party, const QString &id)
{
    auto found = site.locations.findOwn(ObjectKey::of(party.countryCode, party.partyId, id));
    if (!found || !found->has_value())
        return std::nullopt;
    return QJsonDocument::fromJson((*found)->json).object();
}

// The EVSE the command names, or the first one free when it names none (START_SESSION may leave
// evse_uid out, CMD-07).
QJsonObject pickEvse(const QJsonObject &location, const QString &evseUid)
{
    QJsonObject firstFree;
    for (const QJsonValue &value : location.value(QStringLiteral("evses")).toArray()) {
        const QJsonObject evse = value.toObject();
        const QString uid = evse.value(QStringLiteral("uid")).toString();
        if (!evseUid.isEmpty() && uid.compare(evseUid, Qt::CaseInsensitive) == 0)
            return evse;
        if (evseUid.isEmpty() && firstFree.isEmpty() && evse.value(QStringLiteral("status")).toString() == QLatin1String("AVAILABLE"))
            firstFree = evse;
    }
    if (evseUid.isEmpty() && firstFree.isEmpty() && !location.value(QStringLiteral("evses")).toArray().isEmpty())
        return location.value(QStringLiteral("evses")).toArray().first().toObject();
    return firstFree;
}

// Why an EVSE cannot start or reserve, as a CommandResultType; empty when it can.
QString blockedBecause(const QString &status, bool reservedForThisToken = false)
{
    if (status == QLatin1String("AVAILABLE") || (status == QLatin1String("RESERVED") && reservedForThisToken))
        return QString();
    if (status == QLatin1String("INOPERATIVE") || status == QLatin1String("OUTOFORDER") || status == QLatin1String("REMOVED")
        || status == QLatin1String("UNKNOWN"))
        return QStringLiteral("EVSE_INOPERATIVE");
    return QStringLiteral("EVSE_OCCUPIED");
}

// The location and EVSE a command names (its first free EVSE when it names none).
struct Place
{
    QJsonObject object; // the location
    ObjectKey location;
    QString locationId; // as the location spells it (the key is upper case)
    QJsonObject evse;
};

// Fills `place`; returns the CommandResult that says why the charger cannot act, or nothing.
QJsonObject findPlace(const ReceivedCommand &command, ChargePointSite &site, Place *place)
{
    const auto location = ourLocation(site, command.ourParty, command.body.value(QStringLiteral("location_id")).toString());
    if (!location)
        return resultOf(QStringLiteral("FAILED"), QStringLiteral("the location is gone"));
    place->evse = pickEvse(*location, command.body.value(QStringLiteral("evse_uid")).toString());
    if (place->evse.isEmpty())
        return resultOf(QStringLiteral("EVSE_INOPERATIVE"), QStringLiteral("the location has no EVSE"));
    place->object = *location;
    place->locationId = location->value(QStringLiteral("id")).toString();
    place->location = ObjectKey::of(command.ourParty.countryCode, command.ourParty.partyId, place->locationId);
    return {};
}

// The session a command opens: PENDING for START_SESSION, RESERVATION for RESERVE_NOW (SES-11).
QJsonObject sessionOf(const ReceivedCommand &command, const Place &place, const QString &sessionId, const QString &connectorId,
                      const std::optional<QJsonObject> &tariff, const QString &status, const QString &now)
{
    const QJsonObject token = command.body.value(QStringLiteral("token")).toObject();
    QJsonObject session{
        {QStringLiteral("country_code"), command.ourParty.countryCode},
        {QStringLiteral("party_id"), command.ourParty.partyId},
        {QStringLiteral("id"), sessionId},
        {QStringLiteral("start_date_time"), now},
        {QStringLiteral("kwh"), 0},
        {QStringLiteral("cdr_token"), QJsonObject{{QStringLiteral("country_code"), token.value(QStringLiteral("country_code"))},
                                                  {QStringLiteral("party_id"), token.value(QStringLiteral("party_id"))},
                                                  {QStringLiteral("uid"), token.value(QStringLiteral("uid"))},
                                                  {QStringLiteral("type"), token.value(QStringLiteral("type"))},
                                                  {QStringLiteral("contract_id"), token.value(QStringLiteral("contract_id"))}}},
        {QStringLiteral("auth_method"), QStringLiteral("COMMAND")},
        {QStringLiteral("location_id"), place.locationId},
        {QStringLiteral("evse_uid"), place.evse.value(QStringLiteral("uid")).toString()},
        {QStringLiteral("connector_id"), connectorId},
        {QStringLiteral("currency"), simulation::currencyOf(tariff)},
        {QStringLiteral("status"), status},
        {QStringLiteral("last_updated"), now}};
    // The reference the eMSP gave comes back in the session and the CDR (CMD-07, SES-12).
    if (command.body.contains(QStringLiteral("authorization_reference")))
        session.insert(QStringLiteral("authorization_reference"), command.body.value(QStringLiteral("authorization_reference")));
    return session;
}

// The connector the command names, or the EVSE's first.
QString connectorOf(const ReceivedCommand &command, const QJsonObject &evse)
{
    const QString named = command.body.value(QStringLiteral("connector_id")).toString();
    if (!named.isEmpty())
        return named;
    return evse.value(QStringLiteral("connectors")).toArray().first().toObject().value(QStringLiteral("id")).toString();
}

} // namespace

CommandAnswer SimulatedCommandsManager::accept(const ReceivedCommand &command, ChargePointSite &site, ReportResult report)
{
    QJsonObject result;
    if (command.type == QLatin1String("START_SESSION"))
        result = startSession(command, site);
    else if (command.type == QLatin1String("STOP_SESSION"))
        result = stopSession(command, site);
    else if (command.type == QLatin1String("RESERVE_NOW"))
        result = reserve(command, site);
    else if (command.type == QLatin1String("CANCEL_RESERVATION"))
        result = cancelReservation(command);
    else
        result = resultOf(QStringLiteral("ACCEPTED")); // UNLOCK_CONNECTOR: the latch opens
    // A simulated charger answers at once; the result still travels through the outbox.
    report(result);
    return CommandAnswer{};
}

QJsonObject SimulatedCommandsManager::startSession(const ReceivedCommand &command, ChargePointSite &site)
{
    const QJsonObject &body = command.body;
    Place place;
    if (const QJsonObject failed = findPlace(command, site, &place); !failed.isEmpty())
        return failed;
    const QJsonObject &evse = place.evse;
    const QString evseUid = evse.value(QStringLiteral("uid")).toString();
    const QJsonObject token = body.value(QStringLiteral("token")).toObject();
    auto reservation = m_chargers.reservationOfToken(command.ourParty, token.value(QStringLiteral("uid")).toString());
    if (!reservation)
        return resultOf(QStringLiteral("FAILED"), reservation.error().message);
    const bool reservedForToken = reservation->has_value() && (*reservation)->evseUid.compare(evseUid, Qt::CaseInsensitive) == 0;
    if (const QString blocked = blockedBecause(evse.value(QStringLiteral("status")).toString(), reservedForToken); !blocked.isEmpty())
        return resultOf(blocked);
    const QString connectorId = connectorOf(command, evse);
    const std::optional<QJsonObject> tariff = m_chargers.tariffFor(command.ourParty, place.object, evseUid, connectorId);

    // A reserved charge carries its reservation's session on, from RESERVATION to ACTIVE (SES-11).
    QString sessionId = command.uid;
    QDateTime reservedSince;
    if (reservedForToken) {
        if (!(*reservation)->sessionId.isEmpty()) {
            sessionId = (*reservation)->sessionId;
            reservedSince = (*reservation)->since;
        }
        if (Status s = m_chargers.consume(**reservation); !s)
            return resultOf(QStringLiteral("FAILED"), s.error().message);
    }
    const QJsonObject session = sessionOf(command, place, sessionId, connectorId, tariff, QStringLiteral("PENDING"),
                                          formatDateTime(site.clock.now()));
    if (Status s = m_chargers.begin(session, place.object, tariff, reservedSince); !s)
        return resultOf(QStringLiteral("FAILED"), s.error().message);
    return resultOf(QStringLiteral("ACCEPTED"));
}

QJsonObject SimulatedCommandsManager::stopSession(const ReceivedCommand &command, ChargePointSite &site)
{
    Q_UNUSED(site)
    const ObjectKey key = ObjectKey::of(command.ourParty.countryCode, command.ourParty.partyId,
                                        command.body.value(QStringLiteral("session_id")).toString());
    auto stopped = m_chargers.stop(key);
    if (!stopped)
        return resultOf(QStringLiteral("FAILED"), stopped.error().message);
    if (!stopped->isEmpty())
        return resultOf(QStringLiteral("REJECTED"), *stopped);
    return resultOf(QStringLiteral("ACCEPTED"));
}

QJsonObject SimulatedCommandsManager::reserve(const ReceivedCommand &command, ChargePointSite &site)
{
    const QJsonObject &body = command.body;
    const auto expiry = parseDateTime(body.value(QStringLiteral("expiry_date")).toString());
    if (!expiry || *expiry <= site.clock.now())
        return resultOf(QStringLiteral("REJECTED"), QStringLiteral("expiry_date has already passed"));
    Place place;
    if (const QJsonObject failed = findPlace(command, site, &place); !failed.isEmpty())
        return failed;
    const QString evseUid = place.evse.value(QStringLiteral("uid")).toString();
    const QString reservationId = body.value(QStringLiteral("reservation_id")).toString();
    auto previous = m_chargers.findReservation(command.caller.partnerId, reservationId);
    if (!previous)
        return resultOf(QStringLiteral("FAILED"), previous.error().message);
    // A reservation replacing an earlier one with the same id may keep its own EVSE (CMD-11).
    const bool keepsItsEvse = previous->has_value() && (*previous)->evseUid.compare(evseUid, Qt::CaseInsensitive) == 0;
    if (!keepsItsEvse) {
        if (const QString blocked = blockedBecause(place.evse.value(QStringLiteral("status")).toString()); !blocked.isEmpty())
            return resultOf(blocked);
    }
    SimulatedChargers::Reservation reservation{command.caller.partnerId,
                                               reservationId,
                                               command.ourParty,
                                               place.locationId,
                                               evseUid,
                                               body.value(QStringLiteral("token")).toObject().value(QStringLiteral("uid")).toString(),
                                               *expiry,
                                               command.uid,
                                               site.clock.now()};
    // A replacement keeps the reservation's session and its start (CMD-11).
    if (previous->has_value() && !(*previous)->sessionId.isEmpty() && (*previous)->since.isValid()) {
        reservation.sessionId = (*previous)->sessionId;
        reservation.since = (*previous)->since;
    }
    const QString connectorId = connectorOf(command, place.evse);
    QJsonObject session = sessionOf(command, place, reservation.sessionId, connectorId,
                                    m_chargers.tariffFor(command.ourParty, place.object, evseUid, connectorId),
                                    QStringLiteral("RESERVATION"), formatDateTime(site.clock.now()));
    session.insert(QStringLiteral("start_date_time"), formatDateTime(reservation.since));
    if (Status s = m_chargers.reserve(reservation, session); !s)
        return resultOf(QStringLiteral("FAILED"), s.error().message);
    return resultOf(QStringLiteral("ACCEPTED"));
}

QJsonObject SimulatedCommandsManager::cancelReservation(const ReceivedCommand &command)
{
    auto found = m_chargers.findReservation(command.caller.partnerId, command.body.value(QStringLiteral("reservation_id")).toString());
    if (!found)
        return resultOf(QStringLiteral("FAILED"), found.error().message);
    if (!found->has_value())
        return resultOf(QStringLiteral("UNKNOWN_RESERVATION"));
    if (Status s = m_chargers.release(**found, pricing::Reservation::Cancelled); !s)
        return resultOf(QStringLiteral("FAILED"), s.error().message);
    return resultOf(QStringLiteral("ACCEPTED"));
}

} // namespace ocpi
