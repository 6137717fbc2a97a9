#pragma once

#include "core/result.h"
#include "databaselocation.h"
#include "sqldialect.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace ocpi {

struct Migration
{
    QString name;
    QStringList statements;
};

// The SQL store: one SQLite file (the default) or one PostgreSQL database (--db postgresql://...),
// one QSqlDatabase connection per thread (Qt's connections must not cross threads), schema
// migrations with a version table. What differs between the two is asked of dialect().
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating the file and its folder if needed) and applies the migrations. Refuses a
    // database whose schema is newer than `migrations`. `path` is a file or a postgresql:// URL
    // (DatabaseLocation).
    Status open(const QString &path, const QList<Migration> &migrations);
    void close();

    // As given to open(): a URL may hold a password, so messages use displayName().
    const QString &path() const { return m_path; }
    QString displayName() const { return m_location.displayName(); }
    const SqlDialect &dialect() const { return m_dialect; }

    // This thread's connection; opened on first use.
    QSqlDatabase connection();
    // A connection of its own, apart from the threads' ones (a session-level lock lives as long as
    // it does: Leadership); opened now, or not open with lastError() set. Use it on one thread, and
    // close it with closeSeparateConnection(), also before close().
    QSqlDatabase openSeparateConnection(const QString &purpose);
    void closeSeparateConnection(const QString &connectionName);
    // Closes this thread's connection; call before a worker thread ends.
    void releaseThreadConnection();

    int schemaVersion();

    // Counts writes made through this process's connections. Caches combine it with
    // changeVersion() (on SQLite, data_version only reports other connections' commits) to know
    // when data changed.
    void noteLocalWrite() { m_localWrites.fetch_add(1, std::memory_order_relaxed); }
    qint64 localWrites() const { return m_localWrites.load(std::memory_order_relaxed); }
    // Changes when any other connection, in this or another process, committed a write
    // (SqlDialect::changeVersionQuery); -1 when it cannot be read.
    qint64 changeVersion();
    // After a bulk write (an import, a large pull) to `table`: PostgreSQL's planner then knows how
    // many rows there are now instead of waiting for autovacuum (measured: a page of 50 locations
    // took 196 ms right after importing 10,000, 4 ms once analyzed). Outside any transaction.
    Status refreshStatistics(const QString &table);
    // How many rows a write must touch to be a bulk write.
    static constexpr int kBulkRows = 500;

    static QString defaultPath();

    // Prepared statements cached per thread (see Statement): taken and given back.
    class QSqlQuery *takeStatement(const QString &sql);
    void giveBackStatement(const QString &sql, class QSqlQuery *query);

private:
    struct StatementCache;
    void dropStatements(Qt::HANDLE thread);

    Status openConnection(QSqlDatabase &db);
    QSqlDatabase addConnection(const QString &name);
    Status openServer(QSqlDatabase &db);
    Status migrate(const QList<Migration> &migrations);
    Status trackChanges();

    QString m_path;
    DatabaseLocation m_location;
    SqlDialect m_dialect{SqlDialect::Kind::SQLite};
    QMutex m_mutex;
    QHash<Qt::HANDLE, QString> m_connections;
    QStringList m_separateConnections;
    QHash<Qt::HANDLE, std::shared_ptr<StatementCache>> m_statements;
    bool m_open = false;
    std::atomic<qint64> m_localWrites{0};
};

// A write transaction. It takes the database's write lock up front (SqlDialect::beginWrite): on
// SQLite two writers then wait for each other instead of failing on a lock upgrade, and on
// PostgreSQL writers in several processes take turns as they would on SQLite. Rolls back unless
// committed. One opened while another is open on the same connection is a savepoint inside it:
// its commit keeps its writes for the outer one to commit or roll back, so a caller can make
// several services' writes one durable commit (a received command and all it sets off).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    void finish();

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_savepoint; // empty: the outermost transaction
};

// Qt binds a null QString as SQL NULL; NOT NULL text columns need "" instead.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A prepared statement from this thread's cache: SQLite parses and plans it once per connection
// instead of once per request. Bind the values in order, exec, read the rows; the statement is reset
// when this object goes away, so it never keeps a read snapshot open.
class Statement
{
public:
    Statement(Database &database, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(const QVariant &value);
    Status exec(const char *what);
    bool next();
    QVariant value(int column) const;
    int rowsAffected() const;
    QVariant lastInsertId() const;

private:
    Database &m_database;
    QString m_sql;
    class QSqlQuery *m_query;
    int m_bound = 0;
};

// Runs a prepared statement, logging SQL errors in full; callers get a generic Internal error that
// never carries SQL text to partners.
Status execute(class QSqlQuery &query, const char *what);
Status executeSql(QSqlDatabase db, const QString &sql, const char *what);

} // namespace ocpi
