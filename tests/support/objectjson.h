#pragma once

// Objects as JSON for module tests: a valid tariff to play with, compact bytes for a request body,
// and what a node's service stores, ours or a partner's.

#include "sync/objectservice.h"

#include <QJsonArray>
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
