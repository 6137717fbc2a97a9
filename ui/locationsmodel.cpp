#include "locationsmodel.h"

#include "core/datetime.h"
#include "rowmerge.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace ocpi {

struct LocationsModel::Item
{
    Kind kind = LocationKind;
    Item *parent = nullptr; // null for a Location
    int row = 0;            // in the parent's children (or among the locations)
    QString key;            // Location: identity; EVSE: uid; Connector: id
    QJsonObject json;
    ObjectRow object;       // Locations only
    Items children;
};

namespace {

const QString kEvses = QStringLiteral("evses");
const QString kConnectors = QStringLiteral("connectors");
const QString kStatus = QStringLiteral("status");

QString text(const QJsonObject &json, const QString &field)
{
    return json.value(field).toString();
}

QVariant statusColor(const QString &status)
{
    if (status == QLatin1String("AVAILABLE"))
        return QBrush(QColor(0x1E, 0x7D, 0x32));
    if (status == QLatin1String("CHARGING") || status == QLatin1String("RESERVED") || status == QLatin1String("BLOCKED"))
        return QBrush(QColor(0x15, 0x65, 0xC0));
    if (status == QLatin1String("OUTOFORDER") || status == QLatin1String("INOPERATIVE"))
        return QBrush(QColor(0xB0, 0x20, 0x20));
    if (status == QLatin1String("REMOVED") || status == QLatin1String("UNKNOWN"))
        return QBrush(QColor(0x80, 0x80, 0x80));
    return QVariant();
}

} // namespace

LocationsModel::LocationsModel(QObject *parent) : QAbstractItemModel(parent) {}

LocationsModel::~LocationsModel() = default;

LocationsModel::Item *LocationsModel::itemOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : nullptr;
}

const LocationsModel::Items &LocationsModel::childrenOf(const QModelIndex &parent) const
{
    const Item *item = itemOf(parent);
    return item ? item->children : m_locations;
}

QModelIndex LocationsModel::indexOf(const Item *item, int column) const
{
    return item ? createIndex(item->row, column, const_cast<Item *>(item)) : QModelIndex();
}

QModelIndex LocationsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    return indexOf(childrenOf(parent)[size_t(row)].get(), column);
}

QModelIndex LocationsModel::parent(const QModelIndex &index) const
{
    const Item *item = itemOf(index);
    return item ? indexOf(item->parent) : QModelIndex();
}

int LocationsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int LocationsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const ObjectRow *LocationsModel::location(const QModelIndex &index) const
{
    const Item *item = itemOf(index);
    while (item && item->parent)
        item = item->parent;
    return item ? &item->object : nullptr;
}

QVariant LocationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Item *item = itemOf(index);
    const ObjectRow &object = *location(index);
    const QJsonObject &json = item->json;
    const bool isLocation = item->kind == LocationKind;
    switch (role) {
    case Qt::DisplayRole:
    case ObjectSortRole:
        switch (index.column()) {
        case IdColumn: return item->kind == EvseKind ? text(json, QStringLiteral("uid")) : text(json, QStringLiteral("id"));
        case NameColumn:
            switch (item->kind) {
            case LocationKind: return text(json, QStringLiteral("name"));
            case EvseKind: return text(json, QStringLiteral("evse_id"));
            case ConnectorKind:
                return tr("%1 (%2, %3)").arg(text(json, QStringLiteral("standard")), text(json, QStringLiteral("format")),
                                             text(json, QStringLiteral("power_type")));
            }
            return QVariant();
        case StatusColumn:
            if (isLocation)
                return statusSummary(json);
            return item->kind == EvseKind ? text(json, kStatus) : QString();
        case OwnerColumn: return isLocation ? object.owner() : QString();
        case SourceColumn: return isLocation ? object.source : QString();
        case LastUpdatedColumn: {
            const QDateTime time = isLocation ? object.stored.lastUpdated
                                              : parseDateTime(text(json, QStringLiteral("last_updated"))).value_or(QDateTime());
            return role == ObjectSortRole ? QVariant(time) : QVariant(ObjectRow::formatTime(time));
        }
        default: return QVariant();
        }
    case Qt::ForegroundRole:
        return index.column() == StatusColumn && item->kind == EvseKind ? statusColor(text(json, kStatus)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn || index.column() == IdColumn)
            return object.ours() ? tr("One of our locations") : tr("Received from %1 (read-only)").arg(object.source);
        return QVariant();
    case ObjectIdentityRole: return object.identity();
    case ObjectOursRole: return object.ours();
    case ObjectJsonRole: return json;
    case KindRole: return int(item->kind);
    case EvseUidRole:
        if (item->kind == EvseKind)
            return text(json, QStringLiteral("uid"));
        return item->kind == ConnectorKind ? text(item->parent->json, QStringLiteral("uid")) : QString();
    case ObjectOwnerRole: return isLocation ? object.owner() : QVariant();
    case ObjectSearchRole: {
        if (!isLocation)
            return QVariant();
        QStringList words{text(json, QStringLiteral("id")), text(json, QStringLiteral("name")),
                          text(json, QStringLiteral("address")), text(json, QStringLiteral("city")), object.source};
        for (const QJsonValue &evse : json.value(kEvses).toArray())
            words << text(evse.toObject(), QStringLiteral("uid")) << text(evse.toObject(), QStringLiteral("evse_id"));
        return words.join(QLatin1Char(' '));
    }
    default: return QVariant();
    }
}

QVariant LocationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Id / UID");
    case NameColumn: return tr("Name / EVSE ID / Standard");
    case StatusColumn: return tr("Status");
    case OwnerColumn: return tr("Owner");
    case SourceColumn: return tr("Source");
    case LastUpdatedColumn: return tr("Last updated");
    default: return QVariant();
    }
}

QString LocationsModel::statusSummary(const QJsonObject &location)
{
    const QJsonArray evses = location.value(kEvses).toArray();
    if (evses.isEmpty())
        return tr("no EVSEs");
    QMap<QString, int> counts;
    for (const QJsonValue &evse : evses)
        ++counts[text(evse.toObject(), kStatus)];
    QList<QPair<QString, int>> ordered;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ordered.append({it.key(), it.value()});
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[status, count] : ordered)
        parts << tr("%1 %2").arg(count).arg(status);
    return parts.join(QStringLiteral(", "));
}

QModelIndex LocationsModel::locationIndex(const QString &identity) const
{
    for (const auto &item : m_locations) {
        if (item->key == identity)
            return indexOf(item.get());
    }
    return QModelIndex();
}

QModelIndex LocationsModel::evseIndex(const QString &identity, const QString &evseUid) const
{
    const Item *location = itemOf(locationIndex(identity));
    if (!location)
        return QModelIndex();
    for (const auto &evse : location->children) {
        if (evse->key.compare(evseUid, Qt::CaseInsensitive) == 0)
            return indexOf(evse.get());
    }
    return QModelIndex();
}

namespace {

// A fresh item and its subtree from the stored JSON; the children already point at their parent.
template <typename Item>
std::unique_ptr<Item> makeItem(typename LocationsModel::Kind kind, const QString &key, const QJsonObject &json)
{
    auto item = std::make_unique<Item>();
    item->kind = kind;
    item->key = key;
    item->json = json;
    const QString childList = kind == LocationsModel::LocationKind ? kEvses : kConnectors;
    if (kind == LocationsModel::ConnectorKind)
        return item;
    const auto childKind = kind == LocationsModel::LocationKind ? LocationsModel::EvseKind : LocationsModel::ConnectorKind;
    for (const QJsonValue &value : json.value(childList).toArray()) {
        const QJsonObject child = value.toObject();
        // uid and connector id compare case-insensitively (CiString, GEN-03), like the store's keys.
        const QString childKey =
            child.value(childKind == LocationsModel::EvseKind ? QStringLiteral("uid") : QStringLiteral("id")).toString().toUpper();
        auto made = makeItem<Item>(childKind, childKey, child);
        made->parent = item.get();
        made->row = int(item->children.size());
        item->children.push_back(std::move(made));
    }
    return item;
}

} // namespace

std::unique_ptr<LocationsModel::Item> LocationsModel::locationItem(const ObjectRow &row, const Item *known) const
{
    const QString identity = row.identity();
    // An unchanged Location needs no subtree: the merge keeps the one it has.
    auto item = known && known->object.sameAs(row) ? std::make_unique<Item>() : makeItem<Item>(LocationKind, identity, row.json);
    item->key = identity;
    item->json = row.json;
    item->object = row;
    return item;
}

void LocationsModel::setLocations(const QList<ObjectRow> &locations)
{
    QHash<QString, const Item *> current;
    current.reserve(qsizetype(m_locations.size()));
    for (const auto &item : m_locations)
        current.insert(item->key, item.get());
    Items fresh;
    fresh.reserve(size_t(locations.size()));
    for (const ObjectRow &row : locations)
        fresh.push_back(locationItem(row, current.value(row.identity())));
    mergeChildren(nullptr, m_locations, std::move(fresh));
}

void LocationsModel::changed(Item *item)
{
    emit dataChanged(indexOf(item, 0), indexOf(item, ColumnCount - 1));
}

// How mergeRows() and replayRows() tell the views, for the rows under one parent (a nested class
// may call the protected begin*/end*).
struct LocationsModel::Hooks
{
    LocationsModel *m;
    Item *parent;
    Items &rows;
    QModelIndex parentIndex() const { return m->indexOf(parent); }
    // Before any end*(): views ask parent() of the new rows at once. From `from` on: rows before
    // a change keep their numbers.
    void renumber(size_t from)
    {
        for (size_t i = from; i < rows.size(); ++i) {
            rows[i]->row = int(i);
            rows[i]->parent = parent;
        }
    }
    size_t changedFrom = 0;
    void beginRemove(int first, int last)
    {
        changedFrom = size_t(first);
        m->beginRemoveRows(parentIndex(), first, last);
    }
    void endRemove() { renumber(changedFrom); m->endRemoveRows(); }
    void beginInsert(int first, int last)
    {
        changedFrom = size_t(first);
        m->beginInsertRows(parentIndex(), first, last);
    }
    void endInsert() { renumber(changedFrom); m->endInsertRows(); }
    void beginMove(int from, int to)
    {
        changedFrom = size_t(std::min(from, to));
        m->beginMoveRows(parentIndex(), from, from, parentIndex(), to);
    }
    void endMove() { renumber(changedFrom); m->endMoveRows(); }
    void update(int, std::unique_ptr<Item> &current, std::unique_ptr<Item> &&fresh)
    {
        if (current->kind == LocationKind ? current->object.sameAs(fresh->object) : current->json == fresh->json)
            return;
        current->json = fresh->json;
        current->object = fresh->object;
        m->changed(current.get());
        m->mergeChildren(current.get(), current->children, std::move(fresh->children));
    }
};

void LocationsModel::mergeChildren(Item *parent, Items &rows, Items fresh)
{
    Hooks hooks{this, parent, rows};
    mergeRows(rows, std::move(fresh), [](const std::unique_ptr<Item> &item) { return item->key; }, hooks);
}

void LocationsModel::applySteps(RowSteps<ObjectRow> steps)
{
    Hooks hooks{this, nullptr, m_locations};
    // Every row the steps carry is new or changed: its subtree is built afresh.
    replayRows(m_locations, std::move(steps), [this](ObjectRow &&row) { return locationItem(row, nullptr); }, hooks);
}

} // namespace ocpi
