#include "trafficmodel.h"

#include "traffic/trafficstore.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace ocpi {

namespace {

QString shortTime(const QDateTime &timestamp)
{
    // Today's entries need no date; the full UTC time is in the tooltip.
    const QDateTime local = timestamp.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm:ss.zzz"))
                                                : local.toString(QStringLiteral("MM-dd HH:mm:ss"));
}

QString emptyIfZero(int value)
{
    return value ? QString::number(value) : QString();
}

} // namespace

TrafficModel::TrafficModel(TrafficReader reader, QObject *parent)
    : QAbstractTableModel(parent), m_reader(std::move(reader))
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
        case TimeColumn: return shortTime(r.timestamp);
        case DirectionColumn:
            return r.direction == TrafficRecord::Direction::Incoming ? tr("in") : tr("out");
        case MethodColumn: return r.method;
        case UrlColumn: return r.url;
        case PartnerColumn: return r.partner;
        case ObjectColumn: return trafficurl::objectOf(r.url);
        case HttpStatusColumn:
            if (r.isTransportFailure())
                return r.error.isEmpty() ? tr("no answer") : r.error;
            return emptyIfZero(r.httpStatus);
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
        case UrlColumn:
        case ObjectColumn: return r.url;
        case HttpStatusColumn: return r.isTransportFailure() ? data(index, Qt::DisplayRole) : QVariant();
        default: return QVariant();
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case HttpStatusColumn:
            if (r.isTransportFailure())
                return QVariant();
            Q_FALLTHROUGH();
        case OcpiStatusColumn:
        case DurationColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant();
        }
    case Qt::ForegroundRole:
        // A call that never got an answer is red as a whole; otherwise the failing status is.
        if (r.isTransportFailure()
            || (r.isError() && (index.column() == HttpStatusColumn || index.column() == OcpiStatusColumn)))
            return QBrush(QColor(0xB0, 0x20, 0x20));
        return QVariant();
    case IdRole:
        return r.id;
    case SearchRole:
        return QStringList{r.method, r.url, r.partner, r.error}.join(QLatin1Char(' ')).trimmed();
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
    case ObjectColumn: return tr("Object");
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

void TrafficModel::setPageRows(int rows)
{
    m_pageRows = std::max(1, rows);
}

bool TrafficModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_olderLeft && !m_rows.empty() && int(m_rows.size()) < m_maxRows;
}

void TrafficModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_olderWanted = true;
    readNext();
}

int TrafficModel::rowForId(qint64 id) const
{
    // Ids descend with the row number.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const TrafficRecord &r, qint64 value) { return r.id > value; });
    return it != m_rows.cend() && it->id == id ? int(it - m_rows.cbegin()) : -1;
}

void TrafficModel::details(qint64 id, QObject *receiver, std::function<void(std::optional<TrafficRecord>)> done)
{
    m_reader(
        receiver,
        [id](QSqlDatabase db) -> Result<Records> {
            auto found = TrafficStore::find(db, id);
            if (!found)
                return found.error();
            return *found ? Records{**found} : Records{};
        },
        [done = std::move(done)](Result<Records> found) {
            done(found && !found->isEmpty() ? std::optional<TrafficRecord>(found->first()) : std::nullopt);
        });
}

void TrafficModel::detailsOf(const QList<qint64> &ids, QObject *receiver, Answer done)
{
    m_reader(receiver, [ids](QSqlDatabase db) { return TrafficStore::findAll(db, ids); }, std::move(done));
}

void TrafficModel::setFilter(const TrafficFilter &filter)
{
    m_filter = filter;
    // Rows held were chosen by the old filter; the newest id seen stays (it only skips queries).
    reload();
}

void TrafficModel::reload()
{
    // A read still on its way belongs to the previous generation: its answer is ignored.
    ++m_generation;
    m_reading = false;
    m_refreshWanted = m_olderWanted = false;
    m_reloadWanted = true;
    readNext();
}

void TrafficModel::refresh(qint64 knownLastId)
{
    if (knownLastId >= 0 && knownLastId <= m_lastId)
        return;
    m_refreshWanted = true;
    readNext();
}

void TrafficModel::readNext()
{
    if (m_reading)
        return;
    // A reload replaces everything, so it goes first; new entries before older ones, so the top
    // of the table (where the operator usually looks) is never behind a long scroll.
    enum class Kind { Newest, Added, Older } kind;
    if (m_reloadWanted)
        kind = Kind::Newest;
    else if (m_refreshWanted)
        kind = Kind::Added;
    else if (m_olderWanted && canFetchMore())
        kind = Kind::Older;
    else {
        m_olderWanted = false;
        return;
    }
    if (kind == Kind::Newest)
        m_reloadWanted = m_refreshWanted = m_olderWanted = false;
    else if (kind == Kind::Added)
        m_refreshWanted = false;
    else
        m_olderWanted = false;

    m_reading = true;
    const int generation = m_generation;
    const TrafficFilter filter = m_filter;
    int asked = 0;
    qint64 before = 0;
    Read read;
    switch (kind) {
    case Kind::Newest:
        asked = std::min(m_pageRows, m_maxRows);
        read = [asked, filter](QSqlDatabase db) { return TrafficStore::recent(db, asked, 0, filter); };
        break;
    case Kind::Added: {
        // One more than fits tells whether the new entries are too many to insert in one go.
        const qint64 after = m_lastId;
        asked = std::min(kNewRowsAtOnce, m_maxRows) + 1;
        read = [after, asked, filter](QSqlDatabase db) { return TrafficStore::since(db, after, asked, filter); };
        break;
    }
    case Kind::Older: {
        before = m_rows.back().id;
        asked = std::min(m_pageRows, m_maxRows - int(m_rows.size()));
        read = [before, asked, filter](QSqlDatabase db) { return TrafficStore::recent(db, asked, before, filter); };
        break;
    }
    }
    m_reader(this, std::move(read), [this, generation, kind, asked, before](Result<Records> rows) {
        if (generation != m_generation)
            return;
        m_reading = false;
        if (rows) {
            switch (kind) {
            case Kind::Newest: applyNewest(std::move(rows).value(), asked); break;
            case Kind::Added: applyAdded(std::move(rows).value()); break;
            case Kind::Older: applyOlder(std::move(rows).value(), asked, before); break;
            }
        }
        emit readFinished();
        readNext();
    });
}

void TrafficModel::applyNewest(Records newest, int asked)
{
    beginResetModel();
    m_olderLeft = newest.size() == asked;
    m_floorId = 0;
    m_rows.assign(std::make_move_iterator(newest.begin()), std::make_move_iterator(newest.end()));
    if (!m_rows.empty())
        m_lastId = std::max(m_lastId, m_rows.front().id);
    endResetModel();
}

void TrafficModel::applyAdded(Records added)
{
    if (added.isEmpty())
        return;
    if (added.size() > std::min(kNewRowsAtOnce, m_maxRows)) {
        m_reloadWanted = true;
        return;
    }
    // Another read may have brought some of these already (a reload answered first).
    added.erase(std::remove_if(added.begin(), added.end(), [this](const TrafficRecord &r) { return r.id <= m_lastId; }),
                added.end());
    if (added.isEmpty())
        return;
    beginInsertRows(QModelIndex(), 0, int(added.size()) - 1);
    m_lastId = added.last().id;
    // Oldest first in `added`: each goes in front of the one before.
    for (TrafficRecord &record : added)
        m_rows.push_front(std::move(record));
    endInsertRows();
    trimToMax();
}

void TrafficModel::applyOlder(Records older, int asked, qint64 before)
{
    // Rows trimmed (or cleared) meanwhile: these would leave a gap below what is left. The next
    // fetchMore reads again from the new end.
    if (m_rows.empty() || m_rows.back().id != before)
        return;
    const qsizetype read = older.size();
    older.erase(std::remove_if(older.begin(), older.end(), [this](const TrafficRecord &r) { return r.id <= m_floorId; }),
                older.end());
    m_olderLeft = read == asked && older.size() == read;
    if (older.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(older.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(older.begin()), std::make_move_iterator(older.end()));
    endInsertRows();
}

void TrafficModel::clear()
{
    m_olderWanted = false;
    m_olderLeft = false;
    m_floorId = m_lastId;
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void TrafficModel::trimToMax()
{
    if (int(m_rows.size()) <= m_maxRows)
        return;
    beginRemoveRows(QModelIndex(), m_maxRows, int(m_rows.size()) - 1);
    m_rows.resize(m_maxRows);
    m_olderLeft = true; // what was cut off is still in the store
    endRemoveRows();
}

} // namespace ocpi
