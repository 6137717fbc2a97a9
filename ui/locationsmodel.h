#pragma once

#include "objectrow.h"
#include "rowmerge.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace ocpi {

// Locations as a tree, Location > EVSE > Connector, ours and partners'. setLocations() merges a
// fresh listing level by level (locations by identity, EVSEs by uid, connectors by id, in the
// stored order), so a refresh keeps the views' selection and expanded rows. Speaks the ObjectRole
// roles: owner and search on locations, ObjectOursRole and ObjectJsonRole (the item's own JSON) on
// every item, ObjectIdentityRole naming the item's Location.
class LocationsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, StatusColumn, OwnerColumn, SourceColumn, LastUpdatedColumn, ColumnCount };
    enum Kind { LocationKind, EvseKind, ConnectorKind };
    enum Role {
        KindRole = ObjectJsonRole + 1, // int Kind
        EvseUidRole,                   // QString: the EVSE of an EVSE or Connector item
    };

    explicit LocationsModel(QObject *parent = nullptr);
    ~LocationsModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLocations(const QList<ObjectRow> &locations);
    // Steps worked out from the locations held (ObjectDelta, in the node thread): the GUI thread
    // builds and merges the subtrees of the locations that changed only.
    void applySteps(RowSteps<ObjectRow> steps);

    // The Location an item belongs to (itself for a Location item); null for an invalid index.
    const ObjectRow *location(const QModelIndex &index) const;
    QModelIndex locationIndex(const QString &identity) const;
    QModelIndex evseIndex(const QString &identity, const QString &evseUid) const;

    // "2 AVAILABLE, 1 CHARGING": the EVSE statuses of a Location, most frequent first.
    static QString statusSummary(const QJsonObject &location);

private:
    struct Item;
    struct Hooks;
    using Items = std::vector<std::unique_ptr<Item>>;
    Item *itemOf(const QModelIndex &index) const;
    const Items &childrenOf(const QModelIndex &parent) const;
    QModelIndex indexOf(const Item *item, int column = 0) const;
    void mergeChildren(Item *parent, Items &rows, Items fresh);
    void changed(Item *item);
    std::unique_ptr<Item> locationItem(const ObjectRow &row, const Item *known) const;

    Items m_locations;
};

} // namespace ocpi
