#include "cdrdeliverystore.h"

#include "core/datetime.h"

#include <QVariant>

namespace ocpi {

Migration CdrDeliveryStore::migration()
{
    return {QStringLiteral("cdrs: where partners keep our CDRs"),
            {QStringLiteral("CREATE TABLE cdr_deliveries (partner_id BIGINT NOT NULL, object_key TEXT NOT NULL,"
                            " location TEXT NOT NULL, delivered_at TEXT NOT NULL, PRIMARY KEY (partner_id, object_key))")}};
}

Status CdrDeliveryStore::record(const CdrDelivery &delivery)
{
    // A delivery sent again after a crash is answered again: the latest answer wins.
    Statement q(m_database, QStringLiteral(
        "INSERT INTO cdr_deliveries (partner_id, object_key, location, delivered_at) VALUES (?,?,?,?)"
        " ON CONFLICT (partner_id, object_key) DO UPDATE SET location = excluded.location,"
        " delivered_at = excluded.delivered_at"));
    q.bind(delivery.partnerId).bind(delivery.objectKey).bind(delivery.location).bind(formatDateTime(delivery.deliveredAt));
    return q.exec("recording where a partner keeps a CDR");
}

Result<QList<CdrDelivery>> CdrDeliveryStore::list(const QString &objectKey)
{
    Statement q(m_database, objectKey.isEmpty()
                                ? QStringLiteral("SELECT partner_id, object_key, location, delivered_at FROM cdr_deliveries"
                                                 " ORDER BY delivered_at, partner_id, object_key")
                                : QStringLiteral("SELECT partner_id, object_key, location, delivered_at FROM cdr_deliveries"
                                                 " WHERE object_key = ? ORDER BY delivered_at, partner_id"));
    if (!objectKey.isEmpty())
        q.bind(objectKey);
    if (Status s = q.exec("reading where partners keep CDRs"); !s)
        return s.error();
    QList<CdrDelivery> deliveries;
    while (q.next()) {
        deliveries.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           parseDateTime(q.value(3).toString()).value_or(QDateTime())});
    }
    return deliveries;
}

} // namespace ocpi
