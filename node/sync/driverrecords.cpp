#include "driverrecords.h"

#include <QJsonDocument>

namespace ocpi {

std::optional<PartyId> driverEmspOf(const QJsonObject &record)
{
    const QJsonObject token = record.value(QLatin1String("cdr_token")).toObject();
    const QString countryCode = token.value(QLatin1String("country_code")).toString();
    const QString partyId = token.value(QLatin1String("party_id")).toString();
    if (countryCode.isEmpty() || partyId.isEmpty())
        return std::nullopt;
    return PartyId::of(countryCode, partyId);
}

EmspTest readableBy(const Caller &caller)
{
    return [caller](const PartyId &emsp) { return mayActFor(caller, emsp, Role::EMSP); };
}

ObjectPage driverRecordsPage(const QList<StoredObject> &records, const EmspTest &mayRead, qint64 offset, int limit)
{
    ObjectPage page;
    QByteArrayList parts;
    for (const StoredObject &record : records) {
        const auto emsp = driverEmspOf(QJsonDocument::fromJson(record.json).object());
        if (!emsp || !mayRead(*emsp))
            continue;
        // The total counts every match; the page holds those from `offset` on.
        if (page.total++ >= offset && parts.size() < limit)
            parts << record.json;
    }
    page.count = int(parts.size());
    page.json = '[' + parts.join(',') + ']';
    return page;
}

} // namespace ocpi
