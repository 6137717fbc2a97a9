#pragma once

#include "core/result.h"
#include "traffic/trafficfilter.h"
#include "traffic/trafficrecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

#include <deque>
#include <functional>
#include <optional>

namespace ocpi {

// The request log as a table, newest first. Holds summaries only (no headers or bodies); details()
// reads one full exchange on demand. A reload reads the newest pageRows() entries; older ones are
// read a page at a time as the view scrolls to the end (canFetchMore/fetchMore, by id: keyset, so
// entries arriving meanwhile neither repeat nor skip rows). New entries are added at the top by
// refresh(), which the console calls whenever the node reports a flushed batch. The model keeps at
// most maxRows(): new entries push the oldest out, and those can be read again by scrolling.
//
// The model never reads the store in the GUI thread: every read goes through the TrafficReader it
// is given (the console's runs in the node thread) and its rows arrive later. At most one read of
// rows is on its way; asks made meanwhile are remembered and made when it answers.
class TrafficModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The URL comes last and takes the remaining width; the object id it ends in has a column of
    // its own so that it is never the part cut off.
    enum Column { TimeColumn, DirectionColumn, MethodColumn, PartnerColumn, ObjectColumn,
                  HttpStatusColumn, OcpiStatusColumn, DurationColumn, UrlColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 request log id
        SearchRole,                // "method url partner", for filtering
    };

    using Records = QList<TrafficRecord>;
    using Read = std::function<Result<Records>(QSqlDatabase)>;
    using Answer = std::function<void(Result<Records>)>;
    // Runs `read` on a connection to the request log's database, away from the GUI thread, and
    // hands its result to `answer` in the GUI thread while `receiver` exists.
    using TrafficReader = std::function<void(QObject *receiver, Read read, Answer answer)>;

    explicit TrafficModel(TrafficReader reader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int maxRows() const { return m_maxRows; }
    int pageRows() const { return m_pageRows; }
    // Narrows the rows to `filter`, in the store (so over the whole log, not only the rows held),
    // and reloads.
    const TrafficFilter &filter() const { return m_filter; }
    void setFilter(const TrafficFilter &filter);
    void setMaxRows(int rows);
    void setPageRows(int rows);

    // Older entries than the oldest row may be in the store (a view asks when it shows the end).
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    // Reads the next older page, later; asked while another read is on its way, right after it.
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;
    // Summary of a row; ids are stable, rows are not (new entries push rows down).
    const TrafficRecord &record(int row) const { return m_rows.at(row); }
    qint64 lastId() const { return m_lastId; }
    int rowForId(qint64 id) const;

    // The full exchange (headers, bodies) from the store, answered later to `done` while
    // `receiver` exists; nullopt once pruned or on a store error.
    void details(qint64 id, QObject *receiver, std::function<void(std::optional<TrafficRecord>)> done);
    // Full exchanges of `ids` (those still stored, oldest first), answered later like details().
    void detailsOf(const QList<qint64> &ids, QObject *receiver, Answer done);

    // No read on its way (tests wait for this).
    bool isIdle() const { return !m_reading; }

public slots:
    // Replaces the rows with the newest pageRows() entries. Forgets reads on their way (after a node
    // restart their answers never come).
    void reload();
    // Adds entries newer than the newest row. `knownLastId` (from the node's trafficRecorded
    // signal) skips the query when nothing new can be there. More than kNewRowsAtOnce new entries
    // (after a long pause) reload instead: the GUI thread never inserts more in one go.
    void refresh(qint64 knownLastId = -1);
    // Empties the table; entries logged before stay out of it (scrolling does not bring them back)
    // until the next reload.
    void clear();

signals:
    // A read answered and its rows are in (or it failed).
    void readFinished();

private:
    void readNext();
    void applyNewest(Records newest, int asked);
    void applyAdded(Records added);
    void applyOlder(Records older, int asked, qint64 before);
    void trimToMax();

    static constexpr int kNewRowsAtOnce = 5000;

    TrafficReader m_reader;
    // Newest first. A deque: new entries go in at the front and older pages at the back without
    // moving the rows held (a list would move up to 100,000 records for each batch at the top).
    std::deque<TrafficRecord> m_rows;
    qint64 m_lastId = 0;
    int m_maxRows = 100000; // the request log's own default retention
    int m_pageRows = 500;
    bool m_olderLeft = false; // the store may hold entries older than the oldest row
    qint64 m_floorId = 0;     // set by clear(): entries up to it are not read as older rows
    TrafficFilter m_filter;
    bool m_reading = false;
    bool m_reloadWanted = false;
    bool m_refreshWanted = false;
    bool m_olderWanted = false;
    int m_generation = 0; // answers of an older generation are ignored
};

} // namespace ocpi
