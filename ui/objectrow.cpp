#include "objectrow.h"

#include <QJsonDocument>

namespace ocpi {

QString ObjectRow::sourceOf(const StoredObject &stored, const QHash<qint64, QString> &partnerNames)
{
    if (stored.partnerId == 0)
        return tr("ours");
    return partnerNames.value(stored.partnerId, tr("partner %1").arg(stored.partnerId));
}

ObjectRow ObjectRow::from(const StoredObject &stored, const QHash<qint64, QString> &partnerNames)
{
    ObjectRow row;
    row.stored = stored;
    row.json = QJsonDocument::fromJson(stored.json).object();
    row.source = sourceOf(stored, partnerNames);
    return row;
}

QList<ObjectRow> ObjectRow::fromListing(const ObjectListing &listing)
{
    QList<ObjectRow> rows;
    rows.reserve(listing.objects.size());
    for (const StoredObject &stored : listing.objects)
        rows.append(from(stored, listing.partnerNames));
    return rows;
}

bool ObjectRow::sameAs(const ObjectRow &other) const
{
    return stored.key == other.stored.key && stored.partnerId == other.stored.partnerId
           && stored.lastUpdated == other.stored.lastUpdated && stored.listed == other.stored.listed
           && stored.json == other.stored.json && source == other.source;
}

QString ObjectRow::identityOf(const ObjectKey &key, qint64 partnerId)
{
    // Keys are kept upper case (GEN-03), so this is the same string whatever case a change used.
    return QStringLiteral("%1/%2/%3#%4").arg(key.owner.toString(), key.id, key.subKey).arg(partnerId);
}

QString ObjectRow::formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString ObjectRow::prettyJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace ocpi
