#include "commandsmanager.h"

#include "core/datetime.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"

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
    place->locationId = location->value(QStringLiteral("id")).toString();
    place->location = ObjectKey::of(command.ourParty.countryCode, command.ourParty.partyId, place->locationId);
    return {};
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
        result = cancelReservation(command, site);
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
    const ObjectKey &locationKey = place.location;
    const QString evseUid = evse.value(QStringLiteral("uid")).toString();
    const QJsonObject token = body.value(QStringLiteral("token")).toObject();
    const QString reservedFor = m_reservations.value(QStringLiteral("token:") + token.value(QStringLiteral("uid")).toString()).second;
    if (const QString blocked = blockedBecause(evse.value(QStringLiteral("status")).toString(), reservedFor == evseUid);
        !blocked.isEmpty())
        return resultOf(blocked);
    QString connectorId = body.value(QStringLiteral("connector_id")).toString();
    if (connectorId.isEmpty())
        connectorId = evse.value(QStringLiteral("connectors")).toArray().first().toObject().value(QStringLiteral("id")).toString();

    const QString now = formatDateTime(site.clock.now());
    QJsonObject session{
        {QStringLiteral("country_code"), command.ourParty.countryCode},
        {QStringLiteral("party_id"), command.ourParty.partyId},
        {QStringLiteral("id"), command.uid},
        {QStringLiteral("start_date_time"), now},
        {QStringLiteral("kwh"), 0},
        {QStringLiteral("cdr_token"), QJsonObject{{QStringLiteral("country_code"), token.value(QStringLiteral("country_code"))},
                                                  {QStringLiteral("party_id"), token.value(QStringLiteral("party_id"))},
                                                  {QStringLiteral("uid"), token.value(QStringLiteral("uid"))},
                                                  {QStringLiteral("type"), token.value(QStringLiteral("type"))},
                                                  {QStringLiteral("contract_id"), token.value(QStringLiteral("contract_id"))}}},
        {QStringLiteral("auth_method"), QStringLiteral("COMMAND")},
        {QStringLiteral("location_id"), place.locationId},
        {QStringLiteral("evse_uid"), evseUid},
        {QStringLiteral("connector_id"), connectorId},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("status"), QStringLiteral("ACTIVE")},
        {QStringLiteral("last_updated"), now}};
    // The reference the eMSP gave comes back in the session and the CDR (CMD-07, SES-12).
    if (body.contains(QStringLiteral("authorization_reference")))
        session.insert(QStringLiteral("authorization_reference"), body.value(QStringLiteral("authorization_reference")));
    if (auto stored = site.sessions.putOwn(session); !stored)
        return resultOf(QStringLiteral("FAILED"), stored.error().message);
    if (Status s = site.locations.setEvseStatus(locationKey, evseUid, QStringLiteral("CHARGING")); !s)
        return resultOf(QStringLiteral("FAILED"), s.error().message);
    return resultOf(QStringLiteral("ACCEPTED"));
}

QJsonObject SimulatedCommandsManager::stopSession(const ReceivedCommand &command, ChargePointSite &site)
{
    const ObjectKey key = ObjectKey::of(command.ourParty.countryCode, command.ourParty.partyId,
                                        command.body.value(QStringLiteral("session_id")).toString());
    auto found = site.sessions.findOwn(key);
    if (!found || !found->has_value())
        return resultOf(QStringLiteral("FAILED"), QStringLiteral("the session is gone"));
    const QJsonObject session = QJsonDocument::fromJson((*found)->json).object();
    const QString status = session.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("COMPLETED") || status == QLatin1String("INVALID"))
        return resultOf(QStringLiteral("REJECTED"), QStringLiteral("the session has already ended"));
    const QString now = formatDateTime(site.clock.now());
    if (Status s = site.sessions.patchOwn(key, QJsonObject{{QStringLiteral("status"), QStringLiteral("COMPLETED")},
                                                           {QStringLiteral("end_date_time"), now},
                                                           {QStringLiteral("last_updated"), now}});
        !s)
        return resultOf(QStringLiteral("FAILED"), s.error().message);
    const ObjectKey locationKey = ObjectKey::of(command.ourParty.countryCode, command.ourParty.partyId,
                                                session.value(QStringLiteral("location_id")).toString());
    if (Status s = site.locations.setEvseStatus(locationKey, session.value(QStringLiteral("evse_uid")).toString(),
                                                QStringLiteral("AVAILABLE"));
        !s)
        return resultOf(QStringLiteral("FAILED"), s.error().message);
    return resultOf(QStringLiteral("ACCEPTED"));
}

QJsonObject SimulatedCommandsManager::reserve(const ReceivedCommand &command, ChargePointSite &site)
{
    const QJsonObject &body = command.body;
    Place place;
    if (const QJsonObject failed = findPlace(command, site, &place); !failed.isEmpty())
        return failed;
    const QJsonObject &evse = place.evse;
    const ObjectKey &locationKey = place.location;
    // One eMSP's reservation id never meets another's (CMD-11): the key holds the caller.
    const QString key = QString::number(command.caller.partnerId) + QLatin1Char('/') + body.value(QStringLiteral("reservation_id")).toString();
    const bool replacing = m_reservations.contains(key);
    if (!replacing) {
        if (const QString blocked = blockedBecause(evse.value(QStringLiteral("status")).toString()); !blocked.isEmpty())
            return resultOf(blocked);
    }
    const QString evseUid = evse.value(QStringLiteral("uid")).toString();
    if (Status s = site.locations.setEvseStatus(locationKey, evseUid, QStringLiteral("RESERVED")); !s)
        return resultOf(QStringLiteral("FAILED"), s.error().message);
    m_reservations.insert(key, {locationKey.id, evseUid});
    m_reservations.insert(QStringLiteral("token:") + body.value(QStringLiteral("token")).toObject().value(QStringLiteral("uid")).toString(),
                          {locationKey.id, evseUid});
    return resultOf(QStringLiteral("ACCEPTED"));
}

QJsonObject SimulatedCommandsManager::cancelReservation(const ReceivedCommand &command, ChargePointSite &site)
{
    const QString key = QString::number(command.caller.partnerId) + QLatin1Char('/')
                        + command.body.value(QStringLiteral("reservation_id")).toString();
    const auto found = m_reservations.constFind(key);
    if (found == m_reservations.constEnd())
        return resultOf(QStringLiteral("UNKNOWN_RESERVATION"));
    const ObjectKey locationKey = ObjectKey::of(command.ourParty.countryCode, command.ourParty.partyId, found->first);
    if (Status s = site.locations.setEvseStatus(locationKey, found->second, QStringLiteral("AVAILABLE")); !s)
        return resultOf(QStringLiteral("FAILED"), s.error().message);
    m_reservations.erase(found);
    return resultOf(QStringLiteral("ACCEPTED"));
}

} // namespace ocpi
