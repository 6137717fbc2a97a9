#include "cdrsmanager.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ocpi {

ObjectPage cdrPageOf(const QList<StoredObject> &cdrs, const QList<PartyId> &tokenOwners, qint64 offset, int limit)
{
    ObjectPage page;
    QByteArrayList parts;
    for (const StoredObject &cdr : cdrs) {
        const QJsonObject token = QJsonDocument::fromJson(cdr.json).object().value(QLatin1String("cdr_token")).toObject();
        const PartyId owner = PartyId::of(token.value(QLatin1String("country_code")).toString(),
                                          token.value(QLatin1String("party_id")).toString());
        if (!tokenOwners.contains(owner))
            continue;
        // The total counts every match; the page holds those from `offset` on.
        if (page.total++ >= offset && parts.size() < limit)
            parts << cdr.json;
    }
    page.count = int(parts.size());
    page.json = '[' + parts.join(',') + ']';
    return page;
}

Result<ObjectPage> SqlCdrsManager::pageFor(const ObjectFilter &filter, const QList<PartyId> &tokenOwners, qint64 offset,
                                           int limit)
{
    if (tokenOwners.isEmpty())
        return ObjectPage{QByteArray("[]"), 0, 0};
    auto cdrs = m_objects.list(filter, -1);
    if (!cdrs)
        return cdrs.error();
    return cdrPageOf(*cdrs, tokenOwners, offset, limit);
}

} // namespace ocpi
