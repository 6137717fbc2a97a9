#pragma once

#include "store/objecttable.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ocpi {

// What the node thread hands the console for one module: copies of the stored objects (ours and
// partners') and the names of the partners they came from.
struct ObjectListing
{
    QString module;
    QList<StoredObject> objects;
    QHash<qint64, QString> partnerNames;
    bool truncated = false; // more objects are stored than were read (the page asked for fewer)
    qint64 changeMark = -1; // ObjectService::changeMark, read before the objects
};

// Item data roles shared by the object models, so one filter proxy and one page serve them all.
enum ObjectRole {
    ObjectIdentityRole = Qt::UserRole + 1, // QString, stable across refreshes (selection, "select after save")
    ObjectOwnerRole,                       // QString "NL-TNM" (top-level rows)
    ObjectOursRole,                        // bool: one of our own objects (children: their object's)
    ObjectSearchRole,                      // QString the search box matches (top-level rows)
    ObjectSortRole,                        // column value for sorting (times as QDateTime)
    ObjectJsonRole,                        // QJsonObject shown in the details pane
};

// One stored object as the console shows it, its JSON parsed once.
struct ObjectRow
{
    Q_DECLARE_TR_FUNCTIONS(ObjectRow)

public:
    StoredObject stored;
    QJsonObject json;
    QString source; // "ours" or the partner's name

    static ObjectRow from(const StoredObject &stored, const QHash<qint64, QString> &partnerNames);
    // Rows for a short listing (the object pages hold many: they get ObjectDelta, objectwindow.h).
    static QList<ObjectRow> fromListing(const ObjectListing &listing);

    bool ours() const { return stored.partnerId == 0; }
    QString owner() const { return stored.key.owner.toString(); }
    QString identity() const { return identityOf(stored.key, stored.partnerId); }
    // Same object, same content, same source name: nothing for a view to update.
    bool sameAs(const ObjectRow &other) const;

    static QString identityOf(const ObjectKey &key, qint64 partnerId = 0);
    // "ours" or the name of the partner the object came from.
    static QString sourceOf(const StoredObject &stored, const QHash<qint64, QString> &partnerNames);
    // Local time for the tables; empty for an invalid time.
    static QString formatTime(const QDateTime &time);
    static QString prettyJson(const QJsonObject &object);
};

} // namespace ocpi
