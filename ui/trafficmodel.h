#pragma once

#include "traffic/trafficrecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace ocpi {

// The request log as a table, newest first. Holds summaries only (no headers or bodies); details()
// reads one full exchange on demand. New entries are added at the top by refresh(), which the
// console calls whenever the node reports a flushed batch; the model keeps at most maxRows().
class TrafficModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, DirectionColumn, MethodColumn, UrlColumn, PartnerColumn,
                  HttpStatusColumn, OcpiStatusColumn, DurationColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 request log id
        SearchRole,                // "method url partner", for filtering
    };

    // `connection` returns the calling (GUI) thread's connection to the node's database; an
    // invalid QSqlDatabase while there is none.
    using ConnectionProvider = std::function<QSqlDatabase()>;

    explicit TrafficModel(ConnectionProvider connection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows);

    // Summary of a row; ids are stable, rows are not (new entries push rows down).
    const TrafficRecord &record(int row) const { return m_rows.at(row); }
    qint64 lastId() const { return m_lastId; }
    int rowForId(qint64 id) const;

    // The full exchange (headers, bodies) from the store; nullopt once pruned or on a store error.
    std::optional<TrafficRecord> details(qint64 id) const;

public slots:
    // Replaces the rows with the newest maxRows() entries.
    void reload();
    // Adds entries newer than the newest row. `knownLastId` (from the node's trafficRecorded
    // signal) skips the query when nothing new can be there.
    void refresh(qint64 knownLastId = -1);
    void clear();

private:
    void trimToMax();

    ConnectionProvider m_connection;
    QList<TrafficRecord> m_rows; // newest first
    qint64 m_lastId = 0;
    int m_maxRows = 5000;
};

} // namespace ocpi
