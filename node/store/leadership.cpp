#include "leadership.h"

#include "core/logging.h"
#include "database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ocpi {

namespace {

// One lock per schema, like the writer's lock (SqlDialect::beginWrite): two nodes in two schemas
// of one database each have their leader.
const QString kTryLock = QStringLiteral("SELECT pg_try_advisory_lock(hashtext('ocpi-node leader ' || current_schema()))");
const QString kUnlock = QStringLiteral("SELECT pg_advisory_unlock(hashtext('ocpi-node leader ' || current_schema()))");

} // namespace

Leadership::Leadership(Database &database, QObject *parent)
    : QObject(parent), m_database(database), m_shared(database.dialect().sharedByProcesses())
{
    m_leader = !m_shared;
    connect(&m_timer, &QTimer::timeout, this, &Leadership::attempt);
}

Leadership::~Leadership()
{
    stop();
}

void Leadership::start(int retryMs)
{
    if (!m_shared)
        return;
    m_timer.start(qMax(50, retryMs));
    attempt();
}

void Leadership::stop()
{
    m_timer.stop();
    if (!m_shared)
        return;
    if (isLeader() && !m_connection.isEmpty()) {
        QSqlQuery unlock(QSqlDatabase::database(m_connection, false));
        unlock.exec(kUnlock);
    }
    dropConnection();
    setLeader(false);
}

void Leadership::dropConnection()
{
    if (m_connection.isEmpty())
        return;
    m_database.closeSeparateConnection(m_connection);
    m_connection.clear();
}

void Leadership::setLeader(bool leader)
{
    if (m_leader.exchange(leader) == leader)
        return;
    qCInfo(lcStore).noquote() << (leader ? "this process leads the node's once-only work"
                                         : "this process no longer leads the node's once-only work");
    emit leadershipChanged(leader);
}

void Leadership::attempt()
{
    if (m_connection.isEmpty()) {
        QSqlDatabase db = m_database.openSeparateConnection(QStringLiteral("leadership"));
        m_connection = db.connectionName();
        if (!db.isOpen()) {
            dropConnection();
            setLeader(false);
            return;
        }
    }
    enum class Outcome { Leads, Follows, Broken } outcome;
    QString error;
    {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        if (isLeader()) {
            // Still ours as long as the session lives.
            outcome = query.exec(QStringLiteral("SELECT 1")) ? Outcome::Leads : Outcome::Broken;
        } else if (query.exec(kTryLock) && query.next()) {
            outcome = query.value(0).toBool() ? Outcome::Leads : Outcome::Follows;
        } else {
            outcome = Outcome::Broken;
        }
        if (outcome == Outcome::Broken)
            error = query.lastError().text().simplified();
    }
    if (outcome == Outcome::Broken) {
        qCWarning(lcStore).noquote() << (isLeader() ? "lost the leadership connection:" : "cannot ask for leadership:") << error;
        dropConnection();
        setLeader(false);
        return;
    }
    setLeader(outcome == Outcome::Leads);
}

} // namespace ocpi
