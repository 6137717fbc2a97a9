#include "simulatedbilling.h"

#include "core/datetime.h"

#include <QJsonArray>
#include <QTimeZone>

namespace ocpi::simulation {

namespace {

QJsonObject findById(const QJsonArray &items, const char *field, const QString &id)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QLatin1String(field)).toString().compare(id, Qt::CaseInsensitive) == 0)
            return item.toObject();
    }
    return {};
}

QJsonObject evseOf(const QJsonObject &location, const QString &evseUid)
{
    return findById(location.value(QStringLiteral("evses")).toArray(), "uid", evseUid);
}

QJsonObject connectorOf(const QJsonObject &location, const QString &evseUid, const QString &connectorId)
{
    return findById(evseOf(location, evseUid).value(QStringLiteral("connectors")).toArray(), "id", connectorId);
}

// CdrLocation's address and city are shorter than the Location's (CDR-16).
QString fitted(const QJsonObject &object, const char *field, int length)
{
    return object.value(QLatin1String(field)).toString().left(length);
}

} // namespace

qint64 connectorPowerW(const QJsonObject &location, const QString &evseUid, const QString &connectorId)
{
    const QJsonObject connector = connectorOf(location, evseUid, connectorId);
    if (const qint64 power = connector.value(QStringLiteral("max_electric_power")).toInteger(); power > 0)
        return power;
    const qint64 phases = connector.value(QStringLiteral("power_type")).toString() == QLatin1String("AC_3_PHASE") ? 3 : 1;
    return connector.value(QStringLiteral("max_voltage")).toInteger() * connector.value(QStringLiteral("max_amperage")).toInteger()
           * phases;
}

QStringList connectorTariffIds(const QJsonObject &location, const QString &evseUid, const QString &connectorId)
{
    QStringList ids;
    for (const QJsonValue &id : connectorOf(location, evseUid, connectorId).value(QStringLiteral("tariff_ids")).toArray())
        ids.append(id.toString());
    return ids;
}

QString currencyOf(const std::optional<QJsonObject> &tariff)
{
    return tariff ? tariff->value(QStringLiteral("currency")).toString() : QStringLiteral("EUR");
}

Result<pricing::Costs> priceSession(const QJsonObject &session, const QJsonObject &location,
                                    const std::optional<QJsonObject> &tariff, const QDateTime &now,
                                    pricing::Reservation reservation)
{
    pricing::Tariff model;
    model.currency = currencyOf(tariff);
    if (tariff) {
        auto read = pricing::tariffFromJson(*tariff);
        if (!read)
            return read.error();
        model = *read;
    }
    QTimeZone zone(location.value(QStringLiteral("time_zone")).toString().toLatin1());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    auto facts = pricing::sessionFactsFromJson(session, zone, now, reservation);
    if (!facts)
        return facts.error();
    return pricing::priceSession(model, *facts);
}

QJsonObject cdrOf(const QJsonObject &session, const QJsonObject &location, const std::optional<QJsonObject> &tariff,
                  const pricing::Costs &costs, const QDateTime &now)
{
    const QString evseUid = session.value(QStringLiteral("evse_uid")).toString();
    const QString connectorId = session.value(QStringLiteral("connector_id")).toString();
    const QJsonObject evse = evseOf(location, evseUid);
    const QJsonObject connector = connectorOf(location, evseUid, connectorId);
    QJsonObject cdrLocation{{QStringLiteral("id"), location.value(QStringLiteral("id"))},
                            {QStringLiteral("address"), fitted(location, "address", 45)},
                            {QStringLiteral("city"), fitted(location, "city", 45)},
                            {QStringLiteral("country"), location.value(QStringLiteral("country"))},
                            {QStringLiteral("coordinates"), location.value(QStringLiteral("coordinates"))},
                            {QStringLiteral("evse_uid"), evseUid},
                            // evse_id is optional on an EVSE but required here: the uid stands in.
                            {QStringLiteral("evse_id"), evse.value(QStringLiteral("evse_id")).toString(evseUid)},
                            {QStringLiteral("connector_id"), connectorId},
                            {QStringLiteral("connector_standard"), connector.value(QStringLiteral("standard"))},
                            {QStringLiteral("connector_format"), connector.value(QStringLiteral("format"))},
                            {QStringLiteral("connector_power_type"), connector.value(QStringLiteral("power_type"))}};
    for (const char *optional : {"name", "postal_code", "state"}) {
        if (location.contains(QLatin1String(optional)))
            cdrLocation.insert(QLatin1String(optional), location.value(QLatin1String(optional)));
    }

    QJsonArray periods;
    for (const pricing::ChargingPeriod &period : costs.periods)
        periods.append(pricing::chargingPeriodToJson(period));
    // A charge stopped the instant it began has nothing to price, but a CDR still needs a period.
    if (periods.isEmpty())
        periods = session.value(QStringLiteral("charging_periods")).toArray();

    QJsonObject cdr{{QStringLiteral("country_code"), session.value(QStringLiteral("country_code"))},
                    {QStringLiteral("party_id"), session.value(QStringLiteral("party_id"))},
                    {QStringLiteral("id"), session.value(QStringLiteral("id"))},
                    {QStringLiteral("start_date_time"), session.value(QStringLiteral("start_date_time"))},
                    {QStringLiteral("end_date_time"), session.value(QStringLiteral("end_date_time"))},
                    {QStringLiteral("session_id"), session.value(QStringLiteral("id"))},
                    {QStringLiteral("cdr_token"), session.value(QStringLiteral("cdr_token"))},
                    {QStringLiteral("auth_method"), session.value(QStringLiteral("auth_method"))},
                    {QStringLiteral("cdr_location"), cdrLocation},
                    {QStringLiteral("currency"), currencyOf(tariff)},
                    {QStringLiteral("charging_periods"), periods},
                    {QStringLiteral("last_updated"), formatDateTime(now)}};
    if (session.contains(QStringLiteral("authorization_reference")))
        cdr.insert(QStringLiteral("authorization_reference"), session.value(QStringLiteral("authorization_reference")));
    if (tariff)
        cdr.insert(QStringLiteral("tariffs"), QJsonArray{*tariff});
    const QJsonObject totals = costs.toCdrFields();
    for (auto it = totals.begin(); it != totals.end(); ++it)
        cdr.insert(it.key(), it.value());
    return cdr;
}

} // namespace ocpi::simulation
