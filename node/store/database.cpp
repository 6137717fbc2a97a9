#include "database.h"

#include "core/logging.h"
#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace ocpi {

namespace {

// libpq's messages span several lines and tabs; one line reads better in a log and on stderr.
QString oneLine(const QString &text)
{
    return text.simplified();
}

QString connectionNameFor(const void *owner, Qt::HANDLE thread)
{
    return QStringLiteral("ocpi-%1-%2")
        .arg(reinterpret_cast<quintptr>(owner), 0, 16)
        .arg(reinterpret_cast<quintptr>(thread), 0, 16);
}

} // namespace

Status execute(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return Status::success();
    qCWarning(lcStore).noquote() << "SQL failed while" << what << ":" << query.lastError().text()
                                 << "|" << query.lastQuery();
    return Error::internal(QStringLiteral("storage error while %1").arg(QLatin1String(what)));
}

Status executeSql(QSqlDatabase db, const QString &sql, const char *what)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return Status::success();
    qCWarning(lcStore).noquote() << "SQL failed while" << what << ":" << query.lastError().text()
                                 << "|" << sql;
    return Error::internal(QStringLiteral("storage error while %1").arg(QLatin1String(what)));
}

struct Database::StatementCache
{
    QHash<QString, QSqlQuery *> idle;
    ~StatementCache() { qDeleteAll(idle); }
};

QSqlQuery *Database::takeStatement(const QString &sql)
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QSqlDatabase db = connection();
    std::shared_ptr<StatementCache> cache;
    {
        QMutexLocker lock(&m_mutex);
        auto &slot = m_statements[thread];
        if (!slot)
            slot = std::make_shared<StatementCache>();
        cache = slot;
    }
    // Only this thread touches its cache; a statement in use (nested use of the same SQL) is not in
    // `idle`, so the caller gets a fresh one.
    if (QSqlQuery *query = cache->idle.take(sql))
        return query;
    auto *query = new QSqlQuery(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        qCWarning(lcStore).noquote() << "cannot prepare:" << query->lastError().text() << "|" << sql;
    return query;
}

void Database::giveBackStatement(const QString &sql, QSqlQuery *query)
{
    query->finish();
    std::shared_ptr<StatementCache> cache;
    {
        QMutexLocker lock(&m_mutex);
        cache = m_statements.value(QThread::currentThreadId());
    }
    // Statements with a varying number of parameters make many shapes: keep a bounded set.
    constexpr qsizetype kMaxCached = 256;
    if (!cache || cache->idle.contains(sql) || cache->idle.size() >= kMaxCached) {
        delete query;
        return;
    }
    cache->idle.insert(sql, query);
}

void Database::dropStatements(Qt::HANDLE thread)
{
    std::shared_ptr<StatementCache> cache;
    {
        QMutexLocker lock(&m_mutex);
        cache = m_statements.take(thread);
    }
    cache.reset(); // finalizes the statements before their connection closes
}

Statement::Statement(Database &database, const QString &sql)
    : m_database(database), m_sql(sql), m_query(database.takeStatement(sql))
{
}

Statement::~Statement()
{
    m_database.giveBackStatement(m_sql, m_query);
}

Statement &Statement::bind(const QVariant &value)
{
    m_query->bindValue(m_bound++, value);
    return *this;
}

Status Statement::exec(const char *what)
{
    m_bound = 0;
    return execute(*m_query, what);
}

bool Statement::next()
{
    return m_query->next();
}

QVariant Statement::value(int column) const
{
    return m_query->value(column);
}

int Statement::rowsAffected() const
{
    return m_query->numRowsAffected();
}

QVariant Statement::lastInsertId() const
{
    return m_query->lastInsertId();
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("ocpi-node/node.sqlite"));
}

Status Database::open(const QString &path, const QList<Migration> &migrations)
{
    m_path = path;
    auto location = DatabaseLocation::parse(path);
    if (!location)
        return location.error();
    m_location = *location;
    m_dialect = SqlDialect(m_location.isPostgres() ? SqlDialect::Kind::PostgreSQL : SqlDialect::Kind::SQLite);
    QSqlDatabase db;
    if (m_location.isPostgres()) {
        if (Status s = openServer(db); !s)
            return s;
    } else {
        const QFileInfo info(path);
        const QString folder = info.absolutePath();
        bool createdFolder = false;
        if (Status s = privatefiles::makeFolder(folder, &createdFolder); !s)
            return s;
        // An operator's folder (/tmp, /var/lib/...) keeps its permissions; our default one holds
        // nothing but our databases, so an old 0755 one is tightened (hardening issue item 4).
        if (!createdFolder && folder == QFileInfo(defaultPath()).absolutePath()) {
            if (Status s = privatefiles::tightenFolder(folder); !s)
                qCWarning(lcStore).noquote() << s.error().message;
        }
        // Created here 0600 rather than by SQLite under the process umask. Failures are logged
        // only: SQLite's own open error is the clearer message.
        if (Status s = privatefiles::createFile(path); !s)
            qCWarning(lcStore).noquote() << s.error().message;
        db = connection();
        if (!db.isOpen())
            return Error::internal(QStringLiteral("cannot open database %1").arg(path));
    }
    // A read-only file opens fine in SQLite (and a PostgreSQL user may lack CREATE): find out now
    // rather than on the first write.
    if (Status writable = executeSql(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version "
                                                         "(version INTEGER NOT NULL, name TEXT NOT NULL, "
                                                         "applied_at TEXT NOT NULL)"),
                                     "checking that the database is writable");
        !writable) {
        return Error::internal(QStringLiteral("database %1 is not writable").arg(displayName()));
    }
    if (!m_location.isPostgres()) {
        // Only now is it certain that `path` is our database and not a wrong --db: tighten a file
        // from before this release, and the -wal/-shm SQLite just made with that file's mode.
        if (Status s = privatefiles::tightenDatabaseFiles(path); !s)
            qCWarning(lcStore).noquote() << s.error().message;
    }
    m_open = true;
    if (Status s = migrate(migrations); !s)
        return s;
    return trackChanges();
}

Status Database::openServer(QSqlDatabase &db)
{
    const QString name = displayName();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error::internal(QStringLiteral("cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed; install it "
                                              "(Debian: apt-get install libqt6sql6-psql) or give --db a SQLite file")
                                   .arg(name));
    }
    db = connection();
    if (!db.isOpen()) {
        QString where = m_location.host.isEmpty() ? QStringLiteral("the local socket") : m_location.host;
        if (m_location.port > 0)
            where += QStringLiteral(" port %1").arg(m_location.port);
        return Error::internal(QStringLiteral("cannot connect to PostgreSQL database %1: %2 -- check that the server runs and "
                                              "accepts connections at %3, that database \"%4\" exists and that user \"%5\" may "
                                              "log in (a password in the URL, in PGPASSWORD or in ~/.pgpass)")
                                   .arg(name, oneLine(db.lastError().text()), where, m_location.database,
                                        m_location.user.isEmpty() ? QStringLiteral("(the login name)") : m_location.user));
    }
    if (!m_location.schema.isEmpty()) {
        // The URL's search_path names it; it must exist before the first table goes in.
        if (Status s = executeSql(db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(m_location.schema),
                                  "creating the schema");
            !s) {
            return Error::internal(QStringLiteral("cannot create schema %1 in %2").arg(m_location.schema, name));
        }
    }
    return Status::success();
}

Status Database::trackChanges()
{
    const QStringList statements = m_dialect.changeTracking();
    if (statements.isEmpty())
        return Status::success();
    QSqlDatabase db = connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction in %1").arg(displayName()));
    for (const QString &statement : statements) {
        if (Status s = executeSql(db, statement, "setting up change tracking"); !s)
            return Error::internal(QStringLiteral("cannot set up change tracking in %1").arg(displayName()));
    }
    return transaction.commit();
}

qint64 Database::changeVersion()
{
    Statement q(*this, m_dialect.changeVersionQuery());
    if (q.exec("reading the data version") && q.next())
        return q.value(0).toLongLong();
    return -1;
}

Status Database::refreshStatistics(const QString &table)
{
    const QString sql = m_dialect.refreshStatistics(table);
    if (sql.isEmpty())
        return Status::success();
    return executeSql(connection(), sql, "refreshing the planner's statistics");
}

void Database::close()
{
    QMutexLocker lock(&m_mutex);
    m_statements.clear();
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    for (const QString &name : std::as_const(m_separateConnections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_separateConnections.clear();
    m_open = false;
}

QSqlDatabase Database::connection()
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    {
        QMutexLocker lock(&m_mutex);
        const auto found = m_connections.constFind(thread);
        if (found != m_connections.constEnd())
            return QSqlDatabase::database(*found, false);
    }
    const QString name = connectionNameFor(this, thread);
    QSqlDatabase db = addConnection(name);
    if (!openConnection(db)) {
        qCCritical(lcStore).noquote() << "cannot open" << displayName() << ":" << oneLine(db.lastError().text());
    }
    QMutexLocker lock(&m_mutex);
    m_connections.insert(thread, name);
    return db;
}

QSqlDatabase Database::openSeparateConnection(const QString &purpose)
{
    static std::atomic<quint64> next{0};
    const QString name = QStringLiteral("ocpi-%1-%2-%3")
                             .arg(reinterpret_cast<quintptr>(this), 0, 16)
                             .arg(purpose)
                             .arg(next.fetch_add(1));
    QSqlDatabase db = addConnection(name);
    if (!openConnection(db))
        qCWarning(lcStore).noquote() << "cannot open a connection to" << displayName() << "for" << purpose << ":"
                                     << oneLine(db.lastError().text());
    QMutexLocker lock(&m_mutex);
    m_separateConnections.append(name);
    return db;
}

void Database::closeSeparateConnection(const QString &connectionName)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_separateConnections.removeOne(connectionName))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QSqlDatabase Database::addConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(m_dialect.driverName()), name);
    if (m_location.isPostgres()) {
        // An empty user or password is left to libpq: the login name, PGPASSWORD, ~/.pgpass.
        if (!m_location.host.isEmpty())
            db.setHostName(m_location.host);
        if (m_location.port > 0)
            db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.database);
        db.setConnectOptions(m_location.connectOptions);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    return db;
}

void Database::releaseThreadConnection()
{
    dropStatements(QThread::currentThreadId());
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.take(QThread::currentThreadId());
    }
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status Database::openConnection(QSqlDatabase &db)
{
    if (!db.open())
        return Error::internal(db.lastError().text());
    for (const QString &setup : m_dialect.connectionSetup()) {
        QSqlQuery query(db);
        if (!query.exec(setup))
            qCWarning(lcStore) << setup << "failed:" << query.lastError().text();
    }
    return Status::success();
}

int Database::schemaVersion()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status Database::migrate(const QList<Migration> &migrations)
{
    // Migrations are known by name, not by position: the node's own and each module's come from
    // different lists (docs/architecture.md, the module seam), so a new one may sit anywhere in the
    // combined list. Each name is applied once, in list order, and numbered as it is applied.
    QSqlDatabase db = connection();
    QSqlQuery applied(db);
    if (!applied.exec(QStringLiteral("SELECT name, version FROM schema_version")))
        return Error::internal(QStringLiteral("cannot read the schema version of %1").arg(displayName()));
    QSet<QString> done;
    int version = 0;
    while (applied.next()) {
        done.insert(applied.value(0).toString());
        version = qMax(version, applied.value(1).toInt());
    }
    applied.finish();
    QSet<QString> known;
    for (const Migration &migration : migrations)
        known.insert(migration.name);
    for (const QString &name : std::as_const(done)) {
        if (!known.contains(name)) {
            return Error::internal(
                QStringLiteral("database %1 has schema version %2, newer than this ocpi-node knows (%3): its "
                               "change \"%4\" is not one of this build's; use a newer ocpi-node or another --db")
                    .arg(displayName())
                    .arg(version)
                    .arg(migrations.size())
                    .arg(name));
        }
    }
    for (const Migration &migration : migrations) {
        if (done.contains(migration.name))
            continue;
        Transaction transaction(db);
        if (!transaction.isActive())
            return Error::internal(QStringLiteral("cannot start a migration transaction"));
        // Another process on the same PostgreSQL database may have applied it while this one waited
        // for the write lock.
        QSqlQuery again(db);
        again.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM schema_version WHERE name = ?), "
                                     "(SELECT COALESCE(MAX(version), 0) FROM schema_version)"));
        again.addBindValue(migration.name);
        if (Status status = execute(again, "reading the schema version"); !status || !again.next())
            return Error::internal(QStringLiteral("cannot read the schema version of %1").arg(displayName()));
        const bool appliedMeanwhile = again.value(0).toLongLong() > 0;
        version = again.value(1).toInt() + 1;
        again.finish();
        if (appliedMeanwhile) {
            done.insert(migration.name);
            continue;
        }
        for (const QString &statement : migration.statements) {
            if (Status status = executeSql(db, m_dialect.migrationStatement(statement), "migrating the schema"); !status) {
                return Error::internal(
                    QStringLiteral("migration %1 (%2) failed").arg(version).arg(migration.name));
            }
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(version);
        record.addBindValue(migration.name);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (Status status = execute(record, "recording a migration"); !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
        done.insert(migration.name);
        qCInfo(lcStore).noquote() << "applied migration" << version << migration.name;
    }
    return Status::success();
}

namespace {

// Transactions open per connection (a connection is used by one thread only).
thread_local QHash<QString, int> t_openTransactions;

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    int &open = t_openTransactions[m_db.connectionName()];
    if (open > 0) {
        m_savepoint = QStringLiteral("nested_%1").arg(open);
        QSqlQuery savepoint(m_db);
        if (!savepoint.exec(QStringLiteral("SAVEPOINT ") + m_savepoint)) {
            qCWarning(lcStore) << "cannot begin a nested transaction:" << savepoint.lastError().text();
            return;
        }
        m_active = true;
        ++open;
        return;
    }
    for (const QString &statement : SqlDialect::of(m_db).beginWrite()) {
        QSqlQuery begin(m_db);
        if (!begin.exec(statement)) {
            qCWarning(lcStore) << "cannot begin a transaction:" << begin.lastError().text();
            if (m_active) {
                QSqlQuery rollback(m_db);
                rollback.exec(QStringLiteral("ROLLBACK"));
            }
            m_active = false;
            return;
        }
        m_active = true;
    }
    if (m_active)
        ++open;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery rollback(m_db);
    if (m_savepoint.isEmpty()) {
        rollback.exec(QStringLiteral("ROLLBACK"));
    } else {
        rollback.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        rollback.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    }
    finish();
}

void Transaction::finish()
{
    m_active = false;
    const QString name = m_db.connectionName();
    if (--t_openTransactions[name] <= 0)
        t_openTransactions.remove(name);
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::internal(QStringLiteral("no active transaction"));
    QSqlQuery commit(m_db);
    if (!commit.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint)) {
        qCWarning(lcStore) << "commit failed:" << commit.lastError().text();
        return Error::internal(QStringLiteral("storage error while committing"));
    }
    finish();
    return Status::success();
}

} // namespace ocpi
