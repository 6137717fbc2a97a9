#pragma once

// Objects as JSON for module tests: a valid tariff, session and CDR to play with, compact bytes for a request body,
// and what a node's service stores, ours or a partner's.

#include "support/testsupport.h"
#include "sync/objectservice.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ocpi::test {

// A valid Tariff (TAR-04) with one ENERGY component.
inline QJsonObject tariff(const QString &id, const QString &lastUpdated, double price = 0.25,
                          const QString &countryCode = QStringLiteral("NL"), const QString &partyId = QStringLiteral("CPO"))
{
    const QJsonObject component{{QStringLiteral("type"), QStringLiteral("ENERGY")},
                                {QStringLiteral("price"), price},
                                {QStringLiteral("step_size"), 1}};
    return {{QStringLiteral("country_code"), countryCode},
            {QStringLiteral("party_id"), partyId},
            {QStringLiteral("id"), id},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("elements"), QJsonArray{QJsonObject{{QStringLiteral("price_components"), QJsonArray{component}}}}},
            {QStringLiteral("last_updated"), lastUpdated}};
}

// The CdrToken (CDR-15) of the card CARD-1 of `tokenOwner` (country and party).
inline QJsonObject cdrToken(const QStringList &tokenOwner)
{
    return {{QStringLiteral("country_code"), tokenOwner.at(0)},
            {QStringLiteral("party_id"), tokenOwner.at(1)},
            {QStringLiteral("uid"), QStringLiteral("CARD-1")},
            {QStringLiteral("type"), QStringLiteral("RFID")},
            {QStringLiteral("contract_id"), QStringLiteral("DE-EMS-C00001-1")}};
}

// A valid Session (SES-09) of NL-CPO, charged with a token of `tokenOwner` (country and party).
inline QJsonObject session(const QString &id, const QString &status, const QString &lastUpdated,
                           const QStringList &tokenOwner = {QStringLiteral("DE"), QStringLiteral("EMS")},
                           const QJsonArray &periods = {})
{
    QJsonObject object{
        {QStringLiteral("country_code"), QStringLiteral("NL")},
        {QStringLiteral("party_id"), QStringLiteral("CPO")},
        {QStringLiteral("id"), id},
        {QStringLiteral("start_date_time"), QStringLiteral("2026-11-25T09:00:00Z")},
        {QStringLiteral("kwh"), 0.0},
        {QStringLiteral("cdr_token"), cdrToken(tokenOwner)},
        {QStringLiteral("auth_method"), QStringLiteral("WHITELIST")},
        {QStringLiteral("location_id"), QStringLiteral("LOC1")},
        {QStringLiteral("evse_uid"), QStringLiteral("EVSE1")},
        {QStringLiteral("connector_id"), QStringLiteral("1")},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("status"), status},
        {QStringLiteral("last_updated"), lastUpdated}};
    if (!periods.isEmpty())
        object.insert(QStringLiteral("charging_periods"), periods);
    return object;
}

// A valid CDR (CDR-06) of `owner` (NL-CPO by default), charged with a card of `tokenOwner`.
inline QJsonObject cdr(const QString &id, const QString &lastUpdated, double cost = 4.5,
                const QStringList &tokenOwner = {QStringLiteral("DE"), QStringLiteral("EMS")},
                const QStringList &owner = {QStringLiteral("NL"), QStringLiteral("CPO")})
{
    const QJsonObject location{{QStringLiteral("id"), QStringLiteral("LOC1")},
                               {QStringLiteral("address"), QStringLiteral("Stationsplein 1")},
                               {QStringLiteral("city"), QStringLiteral("Utrecht")},
                               {QStringLiteral("country"), QStringLiteral("NLD")},
                               {QStringLiteral("coordinates"), QJsonObject{{QStringLiteral("latitude"), QStringLiteral("52.089010")},
                                                                           {QStringLiteral("longitude"), QStringLiteral("5.110170")}}},
                               {QStringLiteral("evse_uid"), QStringLiteral("EVSE1")},
                               {QStringLiteral("evse_id"), QStringLiteral("NL*CPO*E12345")},
                               {QStringLiteral("connector_id"), QStringLiteral("1")},
                               {QStringLiteral("connector_standard"), QStringLiteral("IEC_62196_T2")},
                               {QStringLiteral("connector_format"), QStringLiteral("SOCKET")},
                               {QStringLiteral("connector_power_type"), QStringLiteral("AC_3_PHASE")}};
    const QJsonObject period{{QStringLiteral("start_date_time"), QStringLiteral("2026-11-25T09:00:00Z")},
                             {QStringLiteral("dimensions"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ENERGY")},
                                                                                   {QStringLiteral("volume"), 15.0}}}}};
    return {{QStringLiteral("country_code"), owner.at(0)},
            {QStringLiteral("party_id"), owner.at(1)},
            {QStringLiteral("id"), id},
            {QStringLiteral("start_date_time"), QStringLiteral("2026-11-25T09:00:00Z")},
            {QStringLiteral("end_date_time"), QStringLiteral("2026-11-25T10:30:00Z")},
            {QStringLiteral("cdr_token"), cdrToken(tokenOwner)},
            {QStringLiteral("auth_method"), QStringLiteral("WHITELIST")},
            {QStringLiteral("cdr_location"), location},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("charging_periods"), QJsonArray{period}},
            {QStringLiteral("total_cost"), QJsonObject{{QStringLiteral("excl_vat"), cost}}},
            {QStringLiteral("total_energy"), 15.0},
            {QStringLiteral("total_time"), 1.5},
            {QStringLiteral("last_updated"), lastUpdated}};
}

// One tariff (as tariff() makes it) for every id the connectors of `locations` name in tariff_ids,
// owned by the naming location's party, each once: store these first, our own locations must name
// our own tariffs (LOC-22).
inline QJsonArray tariffsNamedBy(const QJsonArray &locations, const QString &lastUpdated = QStringLiteral("2026-01-01T00:00:00Z"))
{
    QJsonArray tariffs;
    QStringList seen;
    for (const QJsonValue &location : locations) {
        const QString cc = location.toObject().value(QStringLiteral("country_code")).toString();
        const QString pid = location.toObject().value(QStringLiteral("party_id")).toString();
        for (const QJsonValue &evse : location.toObject().value(QStringLiteral("evses")).toArray()) {
            for (const QJsonValue &connector : evse.toObject().value(QStringLiteral("connectors")).toArray()) {
                for (const QJsonValue &id : connector.toObject().value(QStringLiteral("tariff_ids")).toArray()) {
                    const QString key = (cc + QLatin1Char('/') + pid + QLatin1Char('/') + id.toString()).toUpper();
                    if (seen.contains(key))
                        continue;
                    seen.append(key);
                    tariffs.append(tariff(id.toString(), lastUpdated, 0.25, cc, pid));
                }
            }
        }
    }
    return tariffs;
}

inline QJsonArray tariffsNamedBy(const QJsonObject &location)
{
    return tariffsNamedBy(QJsonArray{location});
}

// tests/data/locations/location_2x2.json owned by NL-CPO: BER-ALX-0042, whose EVSE BER42-AC-1 is
// AVAILABLE (connector 1: tariff AC-STANDARD) and BER42-DC-2 CHARGING (tariff DC-FAST).
inline QJsonObject cpoLocation2x2()
{
    QJsonObject location = QJsonDocument::fromJson(readTestData(QStringLiteral("locations/location_2x2.json"))).object();
    location.insert(QStringLiteral("country_code"), QStringLiteral("NL"));
    location.insert(QStringLiteral("party_id"), QStringLiteral("CPO"));
    return location;
}

// tests/data/tokens/ems_rfid_card.json owned by DE-EMS, with this uid.
inline QJsonObject emspDriverToken(const QString &uid = QStringLiteral("012345678"))
{
    QJsonObject token = QJsonDocument::fromJson(readTestData(QStringLiteral("tokens/ems_rfid_card.json"))).object();
    token.insert(QStringLiteral("country_code"), QStringLiteral("DE"));
    token.insert(QStringLiteral("party_id"), QStringLiteral("EMS"));
    token.insert(QStringLiteral("uid"), uid);
    return token;
}

// A valid RFID token of NL-CPO (a node hosting NL-CPO:EMSP owns it), the n-th of a batch.
inline QJsonObject cpoOwnToken(const QString &uid, int n)
{
    return QJsonObject{{QStringLiteral("country_code"), QStringLiteral("NL")},
                       {QStringLiteral("party_id"), QStringLiteral("CPO")},
                       {QStringLiteral("uid"), uid},
                       {QStringLiteral("type"), QStringLiteral("RFID")},
                       {QStringLiteral("contract_id"), QStringLiteral("NL-CPO-C%1").arg(n)},
                       {QStringLiteral("issuer"), QStringLiteral("CPO")},
                       {QStringLiteral("valid"), true},
                       {QStringLiteral("whitelist"), QStringLiteral("ALLOWED")},
                       {QStringLiteral("last_updated"), QStringLiteral("2026-11-01T00:00:00Z")}};
}

// A PriceComponent with 19 % VAT and a step size of 1.
inline QJsonObject priceComponent(const char *type, double price)
{
    return {{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("price"), price},
            {QStringLiteral("vat"), 19}, {QStringLiteral("step_size"), 1}};
}

// A TariffElement of one component restricted to reservations (RESERVATION or RESERVATION_EXPIRES).
inline QJsonObject reservationElement(const QJsonObject &component, const char *reservation)
{
    return {{QStringLiteral("price_components"), QJsonArray{component}},
            {QStringLiteral("restrictions"), QJsonObject{{QStringLiteral("reservation"), QLatin1String(reservation)}}}};
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Stored objects as JSON, in storage (creation) order.
inline QJsonArray storedJson(ObjectService &service, const ObjectFilter &filter = {})
{
    QJsonArray array;
    auto objects = service.stored(filter);
    if (!objects)
        qFatal("cannot list stored objects: %s", qPrintable(objects.error().message));
    for (const StoredObject &object : *objects)
        array.append(QJsonDocument::fromJson(object.json).object());
    return array;
}

// The same objects ordered by id: for comparing what arrived over calls sent several at once,
// whose storage order at the receiver is the order they happened to arrive in.
inline QJsonArray sortedById(const QJsonArray &objects)
{
    QList<QJsonValue> values(objects.begin(), objects.end());
    std::stable_sort(values.begin(), values.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a[QStringLiteral("id")].toString() < b[QStringLiteral("id")].toString();
    });
    QJsonArray sorted;
    for (const QJsonValue &value : values)
        sorted.append(value);
    return sorted;
}

inline QJsonArray ownJson(ObjectService &service)
{
    ObjectFilter ours;
    ours.source = ObjectFilter::Source::Ours;
    return storedJson(service, ours);
}

inline QJsonArray partnersJson(ObjectService &service, qint64 partnerId)
{
    ObjectFilter theirs;
    theirs.source = ObjectFilter::Source::Partner;
    theirs.partnerId = partnerId;
    return storedJson(service, theirs);
}

} // namespace ocpi::test
