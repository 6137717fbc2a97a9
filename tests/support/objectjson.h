#pragma once

// Objects as JSON for module tests: a valid tariff to play with, compact bytes for a request body,
// and what a node's service stores, ours or a partner's.

#include "sync/objectservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
