#include "reservationsmanager.h"

#include "core/datetime.h"
#include "modules/commands/simulatedbilling.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"
#include "modules/tariffs/tariffservice.h"
#include "pricing/pricing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

namespace ocpi {

namespace {

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toString();
}

// An EVSE in one of these states cannot be promised to anyone, whenever the window lies.
bool outOfService(const QString &status)
{
    return status == QLatin1String("INOPERATIVE") || status == QLatin1String("OUTOFORDER")
           || status == QLatin1String("REMOVED") || status == QLatin1String("UNKNOWN");
}

// The EVSE's first connector that fits what the driver asked for (type, at least `power` kW);
// empty when none does.
QJsonObject fittingConnector(const QJsonObject &location, const QJsonObject &evse, const QJsonObject &request)
{
    const QString type = text(request, "connector_type");
    const double powerKw = request.value(QStringLiteral("power")).toDouble(0);
    for (const QJsonValue &value : evse.value(QStringLiteral("connectors")).toArray()) {
        const QJsonObject connector = value.toObject();
        if (!type.isEmpty() && text(connector, "standard") != type)
            continue;
        const qint64 watts = simulation::connectorPowerW(location, text(evse, "uid"), text(connector, "id"));
        if (powerKw > 0 && watts < powerKw * 1000)
            continue;
        return connector;
    }
    return {};
}

// Whether a held reservation keeps `evseUid` during [start, end).
bool overlaps(const QJsonObject &held, const QString &evseUid, const QDateTime &start, const QDateTime &end)
{
    if (text(held, "evse_uid").compare(evseUid, Qt::CaseInsensitive) != 0)
        return false;
    const auto heldStart = parseDateTime(text(held, "start"));
    const auto heldEnd = parseDateTime(text(held, "end"));
    return heldStart && heldEnd && *heldStart < end && start < *heldEnd;
}

ReservationOffer refused(const QString &reason)
{
    ReservationOffer offer;
    offer.reason = reason;
    return offer;
}

} // namespace

std::optional<QJsonObject> SimulatedReservationsManager::location(const PartyId &ourParty, const QString &locationId) const
{
    if (!m_site)
        return std::nullopt;
    auto found = m_site->chargePoints.locations.findOwn(ObjectKey::of(ourParty.countryCode, ourParty.partyId, locationId));
    if (!found || !found->has_value())
        return std::nullopt;
    return QJsonDocument::fromJson((*found)->json).object();
}

std::optional<PartyId> SimulatedReservationsManager::locationOwner(const QString &locationId, const QList<PartyId> &ours)
{
    for (const PartyId &party : ours) {
        if (location(party, locationId))
            return party;
    }
    return std::nullopt;
}

Result<ReservationOffer> SimulatedReservationsManager::offer(const QJsonObject &request, const PartyId &ourParty,
                                                             const QList<QJsonObject> &held)
{
    const auto site = location(ourParty, text(request, "location_id"));
    if (!site)
        return refused(QStringLiteral("location_id: no such location"));
    const QDateTime start = *parseDateTime(text(request, "start"));
    const QDateTime end = *parseDateTime(text(request, "end"));
    const QString wanted = text(request, "evse_uid");
    bool known = wanted.isEmpty();
    // The EVSE asked for, or the first that fits and is free in the window.
    for (const QJsonValue &value : site->value(QStringLiteral("evses")).toArray()) {
        const QJsonObject evse = value.toObject();
        const QString uid = text(evse, "uid");
        if (!wanted.isEmpty() && uid.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        known = true;
        if (outOfService(text(evse, "status")))
            continue;
        const QJsonObject connector = fittingConnector(*site, evse, request);
        if (connector.isEmpty())
            continue;
        if (std::any_of(held.begin(), held.end(), [&](const QJsonObject &h) { return overlaps(h, uid, start, end); }))
            continue;

        ReservationOffer offer;
        offer.offered = true;
        offer.evseUid = uid;
        std::optional<QJsonObject> tariff;
        if (m_site->chargePoints.tariffs) {
            for (const QString &id : simulation::connectorTariffIds(*site, uid, text(connector, "id"))) {
                auto found = m_site->chargePoints.tariffs->findOwn(ObjectKey::of(ourParty.countryCode, ourParty.partyId, id));
                if (found && found->has_value()) {
                    tariff = QJsonDocument::fromJson((*found)->json).object();
                    break;
                }
            }
        }
        // The window priced as reservation time that is used: what the driver pays for holding it.
        pricing::Tariff model;
        model.currency = simulation::currencyOf(tariff);
        if (tariff) {
            auto read = pricing::tariffFromJson(*tariff);
            if (!read)
                return read.error();
            model = *read;
            offer.tariffId = text(*tariff, "id");
        }
        pricing::SessionFacts facts;
        facts.zone = QTimeZone(site->value(QStringLiteral("time_zone")).toString().toLatin1());
        if (!facts.zone.isValid())
            facts.zone = QTimeZone::utc();
        facts.start = start;
        facts.end = end;
        pricing::ChargingPeriod period;
        period.start = start;
        period.reservationMs = start.msecsTo(end);
        facts.periods = {period};
        facts.reservation = pricing::Reservation::Used;
        offer.price = pricing::priceToJson(pricing::priceSession(model, facts).reservation);
        offer.currency = model.currency;
        return offer;
    }
    if (!known)
        return refused(QStringLiteral("evse_uid: no such EVSE at this location"));
    return refused(QStringLiteral("no EVSE that fits is free in the window"));
}

Result<QString> SimulatedReservationsManager::command(const QString &uid, const QString &type, const QJsonObject &body,
                                                      const PartyId &ourParty, qint64 emspPartnerId)
{
    if (!m_site || !m_site->commands)
        return QStringLiteral("the node has no charge points to act on (no commands module)");
    ReceivedCommand command;
    command.uid = uid;
    command.type = type;
    command.body = body;
    command.ourParty = ourParty;
    command.caller.partnerId = emspPartnerId;
    QString outcome;
    m_site->commands->accept(command, m_site->chargePoints, [&outcome](const QJsonObject &result) {
        outcome = result.value(QStringLiteral("result")).toString();
    });
    return outcome;
}

Result<ReservationHold> SimulatedReservationsManager::begin(const QJsonObject &reservation, const PartyId &ourParty,
                                                            qint64 emspPartnerId)
{
    // The RESERVE_NOW the eMSP would have sent at the window's start, expiring at its end.
    QJsonObject reserveNow{{QStringLiteral("token"), reservation.value(QStringLiteral("token"))},
                           {QStringLiteral("expiry_date"), reservation.value(QStringLiteral("end"))},
                           {QStringLiteral("reservation_id"), reservation.value(QStringLiteral("id"))},
                           {QStringLiteral("location_id"), reservation.value(QStringLiteral("location_id"))},
                           {QStringLiteral("evse_uid"), reservation.value(QStringLiteral("evse_uid"))}};
    // The simulated charge points name a new reservation's session after its RESERVE_NOW.
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto result = command(uid, QStringLiteral("RESERVE_NOW"), reserveNow, ourParty, emspPartnerId);
    if (!result)
        return result.error();
    if (*result == QLatin1String("ACCEPTED"))
        return ReservationHold{QString(), uid};
    return ReservationHold{result->isEmpty() ? QStringLiteral("the charge point did not answer")
                                             : QStringLiteral("the charge point answered ") + *result,
                           QString()};
}

Result<bool> SimulatedReservationsManager::used(const QJsonObject &reservation, const PartyId &ourParty)
{
    const QString sessionId = reservation.value(QStringLiteral("session_id")).toString();
    if (!m_site || sessionId.isEmpty())
        return false;
    auto session = m_site->chargePoints.sessions.findOwn(ObjectKey::of(ourParty.countryCode, ourParty.partyId, sessionId));
    if (!session)
        return session.error();
    if (!session->has_value())
        return false;
    // The hold's session carries on into the charge (SES-11); one that ended without energy was
    // only ever a reservation (cancelled or expired at the charge point).
    const QJsonObject json = QJsonDocument::fromJson((*session)->json).object();
    const QString status = json.value(QStringLiteral("status")).toString();
    return status == QLatin1String("PENDING") || status == QLatin1String("ACTIVE")
           || (status == QLatin1String("COMPLETED") && json.value(QStringLiteral("kwh")).toDouble() > 0);
}

Status SimulatedReservationsManager::cancel(const QJsonObject &reservation, const PartyId &ourParty, qint64 emspPartnerId)
{
    auto result = command(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("CANCEL_RESERVATION"),
                          QJsonObject{{QStringLiteral("reservation_id"), reservation.value(QStringLiteral("id"))}}, ourParty,
                          emspPartnerId);
    if (!result)
        return result.error();
    // Already gone (expired at the charge point, or used): nothing left to free.
    if (*result != QLatin1String("ACCEPTED") && *result != QLatin1String("UNKNOWN_RESERVATION"))
        return Error::internal(QStringLiteral("the charge point did not cancel the reservation: ") + *result);
    return Status::success();
}

} // namespace ocpi
