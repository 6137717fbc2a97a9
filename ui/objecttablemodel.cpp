#include "objecttablemodel.h"

namespace ocpi {

ObjectTableModel::ObjectTableModel(QList<Column> columns, QObject *parent)
    : MergingTableModel(parent), m_columns(std::move(columns))
{
}

int ObjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ObjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ObjectRow &row = m_rows.at(size_t(index.row()));
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole: return column.display(row);
    case ObjectSortRole: return column.sort ? column.sort(row) : column.display(row);
    case Qt::ToolTipRole:
        if (column.toolTip) {
            if (QVariant tip = column.toolTip(row); !tip.isNull())
                return tip;
        }
        return row.ours() ? tr("One of our objects") : tr("Received from %1 (read-only)").arg(row.source);
    case ObjectIdentityRole: return row.identity();
    case ObjectOwnerRole: return row.owner();
    case ObjectOursRole: return row.ours();
    case ObjectSearchRole:
        return QStringList{row.stored.key.id, row.owner(), row.source}.join(QLatin1Char(' '));
    case ObjectJsonRole: return row.json;
    default: return QVariant();
    }
}

QVariant ObjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return MergingTableModel::headerData(section, orientation, role);
    return m_columns.at(section).title;
}

int ObjectTableModel::rowOf(const QString &identity) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].identity() == identity)
            return int(row);
    }
    return -1;
}

namespace {

bool sameObject(const ObjectRow &a, const ObjectRow &b)
{
    return a.sameAs(b);
}

} // namespace

void ObjectTableModel::setObjects(const QList<ObjectRow> &objects)
{
    mergeTableRows(m_rows, std::vector<ObjectRow>(objects.cbegin(), objects.cend()),
                   [](const ObjectRow &row) { return row.identity(); }, &sameObject);
}

void ObjectTableModel::applySteps(RowSteps<ObjectRow> steps)
{
    replayTableRows(m_rows, std::move(steps), [](ObjectRow &&row) { return std::move(row); }, &sameObject);
}

ObjectTableModel::Column ObjectTableModel::ownerColumn()
{
    return {tr("Owner"), [](const ObjectRow &row) { return QVariant(row.owner()); }};
}

ObjectTableModel::Column ObjectTableModel::lastUpdatedColumn()
{
    return {tr("Last updated"), [](const ObjectRow &row) { return QVariant(ObjectRow::formatTime(row.stored.lastUpdated)); },
            [](const ObjectRow &row) { return QVariant(row.stored.lastUpdated); }};
}

ObjectTableModel::Column ObjectTableModel::sourceColumn()
{
    return {tr("Source"), [](const ObjectRow &row) { return QVariant(row.source); }};
}

ObjectTableModel::Column ObjectTableModel::fieldColumn(const QString &title, const QString &field)
{
    return {title, [field](const ObjectRow &row) -> QVariant {
                const QJsonValue value = row.json.value(field);
                if (value.isBool())
                    return value.toBool() ? tr("yes") : tr("no");
                return value.toVariant();
            }};
}

} // namespace ocpi
