#include "trafficmodel.h"

#include "traffic/trafficstore.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace ocpi {

namespace {

bool isError(const TrafficRecord &r)
{
    // OCPI 1xxx is success; 2xxx and up are client, server and hub errors.
    return r.httpStatus >= 400 || r.ocpiStatus >= 2000;
}

QString emptyIfZero(int value)
{
    return value ? QString::number(value) : QString();
}

} // namespace

TrafficModel::TrafficModel(ConnectionProvider connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(std::move(connection))
{
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TrafficRecord &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return r.timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case DirectionColumn:
            return r.direction == TrafficRecord::Direction::Incoming ? tr("in") : tr("out");
        case MethodColumn: return r.method;
        case UrlColumn: return r.url;
        case PartnerColumn: return r.partner;
        case HttpStatusColumn: return emptyIfZero(r.httpStatus);
        case OcpiStatusColumn: return emptyIfZero(r.ocpiStatus);
        case DurationColumn: return QString::number(r.durationMs, 'f', 1);
        default: return QVariant();
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: return r.timestamp.toUTC().toString(Qt::ISODateWithMs);
        case DirectionColumn:
            return r.direction == TrafficRecord::Direction::Incoming ? tr("Request from a partner to this node")
                                                                      : tr("Request from this node to a partner");
        case UrlColumn: return r.url;
        default: return QVariant();
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case HttpStatusColumn:
        case OcpiStatusColumn:
        case DurationColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant();
        }
    case Qt::ForegroundRole:
        if (isError(r) && (index.column() == HttpStatusColumn || index.column() == OcpiStatusColumn))
            return QBrush(QColor(0xB0, 0x20, 0x20));
        return QVariant();
    case IdRole:
        return r.id;
    case SearchRole:
        return QStringList{r.method, r.url, r.partner}.join(QLatin1Char(' '));
    default:
        return QVariant();
    }
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("Dir");
    case MethodColumn: return tr("Method");
    case UrlColumn: return tr("URL");
    case PartnerColumn: return tr("Partner");
    case HttpStatusColumn: return tr("HTTP");
    case OcpiStatusColumn: return tr("OCPI");
    case DurationColumn: return tr("ms");
    default: return QVariant();
    }
}

void TrafficModel::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    trimToMax();
}

int TrafficModel::rowForId(qint64 id) const
{
    // Ids descend with the row number.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const TrafficRecord &r, qint64 value) { return r.id > value; });
    return it != m_rows.cend() && it->id == id ? int(it - m_rows.cbegin()) : -1;
}

std::optional<TrafficRecord> TrafficModel::details(qint64 id) const
{
    const QSqlDatabase db = m_connection();
    if (!db.isValid())
        return std::nullopt;
    auto found = TrafficStore::find(db, id);
    if (!found)
        return std::nullopt;
    return *found;
}

void TrafficModel::reload()
{
    const QSqlDatabase db = m_connection();
    if (!db.isValid())
        return;
    auto newest = TrafficStore::recent(db, m_maxRows);
    if (!newest)
        return;
    beginResetModel();
    m_rows = std::move(newest).value();
    if (!m_rows.isEmpty())
        m_lastId = std::max(m_lastId, m_rows.first().id);
    endResetModel();
}

void TrafficModel::refresh(qint64 knownLastId)
{
    if (knownLastId >= 0 && knownLastId <= m_lastId)
        return;
    const QSqlDatabase db = m_connection();
    if (!db.isValid())
        return;
    // One more than fits tells us whether older new entries would be pushed out anyway.
    auto added = TrafficStore::since(db, m_lastId, m_maxRows + 1);
    if (!added || added->isEmpty())
        return;
    if (added->size() > m_maxRows) {
        reload();
        return;
    }
    QList<TrafficRecord> batch = std::move(added).value();
    std::reverse(batch.begin(), batch.end());
    beginInsertRows(QModelIndex(), 0, int(batch.size()) - 1);
    m_lastId = batch.first().id;
    batch.append(std::move(m_rows));
    m_rows = std::move(batch);
    endInsertRows();
    trimToMax();
}

void TrafficModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void TrafficModel::trimToMax()
{
    if (m_rows.size() <= m_maxRows)
        return;
    beginRemoveRows(QModelIndex(), m_maxRows, int(m_rows.size()) - 1);
    m_rows.resize(m_maxRows);
    endRemoveRows();
}

} // namespace ocpi
