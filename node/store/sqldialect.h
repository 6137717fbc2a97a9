#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlDatabase;

namespace ocpi {

// What differs between SQLite and PostgreSQL, in one place. Everything else is portable SQL
// (`INSERT ... ON CONFLICT ... DO UPDATE`, `RETURNING`, `?` placeholders). Store files ask the
// dialect; no other file names one.
//
// Migrations are written once, with two placeholders the Database fills in per dialect:
//   {auto_id}  an id the database assigns (SQLite's rowid alias, a PostgreSQL identity column)
//   {bytes}    a byte string (BLOB, BYTEA)
class SqlDialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    // The dialect of an open connection (for code that is handed a connection, not a Database).
    static SqlDialect of(const QSqlDatabase &db);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::PostgreSQL; }
    const char *driverName() const;

    // A migration statement with its placeholders filled in.
    QString migrationStatement(QString statement) const;

    // Run on every new connection (SQLite's PRAGMAs; PostgreSQL's lock timeout).
    QStringList connectionSetup() const;

    // Starts a write transaction that excludes every other writer of the database until it ends,
    // the guarantee the store's read-check-write code is written for. SQLite: BEGIN IMMEDIATE.
    // PostgreSQL: BEGIN, then a transaction-scoped advisory lock, so other processes' readers
    // are never blocked but their writers take turns.
    QStringList beginWrite() const;

    // UTF-8 bytes bound to a TEXT column: SQLite takes the bytes as they are (no UTF-16 round trip);
    // QPSQL would send a QByteArray as bytea, which a TEXT column keeps as its hex spelling.
    QVariant text(const QByteArray &utf8) const;

    // `column LIKE pattern` ignoring ASCII case (a CiString): SQLite's LIKE does, PostgreSQL's
    // ILIKE does.
    QString caseInsensitiveLike() const;
    // A byte-string column read as UTF-8 text (for LIKE on stored JSON).
    QString bytesAsText(const QString &column) const;

    // Appended to a SELECT whose rows the transaction goes on to claim (the outbox's heads): other
    // processes' claimers skip the rows it locked instead of waiting for them. PostgreSQL: FOR UPDATE
    // SKIP LOCKED. SQLite: nothing (its write transaction already excludes every other writer).
    QString skipLockedRows() const;
    // Whether several node processes may serve one database at the same time (PostgreSQL), or one
    // process serves it (a SQLite file): then that process does all the once-only work and no
    // claim another process made can still be live when it starts.
    bool sharedByProcesses() const { return isPostgres(); }

    // A number that changes whenever any connection, in any process, committed a write: the caches'
    // epoch. SQLite: PRAGMA data_version (which ignores this connection's own writes: the Database
    // counts those). PostgreSQL: the sum of the change counters a trigger bumps (changeTracking()).
    QString changeVersionQuery() const;
    // Makes the planner count `table` again. PostgreSQL: ANALYZE (a plan made on the empty table of
    // a fresh database reads every row to sort them for a page). SQLite: nothing (its pages follow the
    // rowid and it keeps no statistics unless asked to).
    QString refreshStatistics(const QString &table) const;
    // Run after the migrations: on PostgreSQL, creates the counters and puts the trigger on every
    // table that does not have it yet. Nothing on SQLite.
    QStringList changeTracking() const;

private:
    Kind m_kind;
};

} // namespace ocpi
