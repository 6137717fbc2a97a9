#include "nodeprocesses.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "store/database.h"
#include "store/leadership.h"

namespace ocpi {

NodeProcesses::NodeProcesses(Database &database, const Leadership &leadership, QObject *parent)
    : QObject(parent), m_database(database), m_leadership(leadership)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (Status s = beat(); !s)
            qCWarning(lcStore).noquote() << "cannot refresh this process's heartbeat:" << s.error().message;
    });
    connect(&m_leadership, &Leadership::leadershipChanged, this, [this] {
        if (!m_registered)
            return;
        if (Status s = beat(); !s)
            qCWarning(lcStore).noquote() << "cannot record the change of leadership:" << s.error().message;
    });
}

NodeProcesses::~NodeProcesses()
{
    stop();
}

Migration NodeProcesses::migration()
{
    return {QStringLiteral("node processes and their heartbeats"),
            {QStringLiteral("CREATE TABLE node_processes ("
                            " id TEXT PRIMARY KEY,"
                            " host TEXT NOT NULL,"
                            " pid BIGINT NOT NULL,"
                            " url TEXT NOT NULL,"
                            " started_at TEXT NOT NULL,"
                            " last_seen_ms BIGINT NOT NULL,"
                            " leader INTEGER NOT NULL DEFAULT 0)")}};
}

void NodeProcesses::start(const NodeProcess &self, int intervalMs)
{
    m_self = self;
    m_registered = true;
    // A file is served by one process: rows of others are of runs that did not stop cleanly.
    if (!m_database.dialect().sharedByProcesses()) {
        Statement q(m_database, QStringLiteral("DELETE FROM node_processes WHERE id <> ?"));
        q.bind(m_self.id);
        if (Status s = q.exec("forgetting earlier runs"); !s)
            qCWarning(lcStore).noquote() << s.error().message;
    }
    if (Status s = beat(); !s)
        qCWarning(lcStore).noquote() << "cannot register this process's heartbeat:" << s.error().message;
    m_timer.start(intervalMs);
}

Status NodeProcesses::beat()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Statement q(m_database, QStringLiteral(
        "INSERT INTO node_processes (id, host, pid, url, started_at, last_seen_ms, leader) VALUES (?,?,?,?,?,?,?)"
        " ON CONFLICT (id) DO UPDATE SET last_seen_ms = excluded.last_seen_ms, leader = excluded.leader,"
        " url = excluded.url"));
    q.bind(m_self.id)
        .bind(notNull(m_self.host))
        .bind(m_self.pid)
        .bind(notNull(m_self.url))
        .bind(formatDateTime(m_self.startedAt))
        .bind(now)
        .bind(m_leadership.isLeader() ? 1 : 0);
    if (Status s = q.exec("refreshing the heartbeat"); !s)
        return s;
    if (!m_leadership.isLeader())
        return Status::success();
    Statement forget(m_database, QStringLiteral("DELETE FROM node_processes WHERE last_seen_ms < ?"));
    forget.bind(now - kForgottenAfterMs);
    if (Status s = forget.exec("forgetting processes gone long ago"); !s)
        return s;
    Statement gone(m_database, QStringLiteral("SELECT id FROM node_processes WHERE last_seen_ms < ?"));
    gone.bind(now - kGoneAfterMs);
    if (Status s = gone.exec("looking for processes gone"); !s)
        return s;
    QStringList fresh;
    while (gone.next()) {
        const QString id = gone.value(0).toString();
        if (!m_reportedGone.contains(id)) {
            m_reportedGone.insert(id);
            fresh << id;
        }
    }
    if (!fresh.isEmpty())
        emit processesGone(fresh);
    return Status::success();
}

void NodeProcesses::stop()
{
    m_timer.stop();
    if (!std::exchange(m_registered, false))
        return;
    Statement q(m_database, QStringLiteral("DELETE FROM node_processes WHERE id = ?"));
    q.bind(m_self.id);
    if (Status s = q.exec("removing this process's heartbeat"); !s)
        qCWarning(lcStore).noquote() << s.error().message;
}

Result<QList<NodeProcess>> NodeProcesses::list(Database &database, qint64 goneAfterMs)
{
    Statement q(database, QStringLiteral(
        "SELECT id, host, pid, url, started_at, last_seen_ms, leader FROM node_processes ORDER BY started_at, id"));
    if (Status s = q.exec("reading the node processes"); !s)
        return s.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<NodeProcess> processes;
    while (q.next()) {
        NodeProcess p;
        p.id = q.value(0).toString();
        p.host = q.value(1).toString();
        p.pid = q.value(2).toLongLong();
        p.url = q.value(3).toString();
        p.startedAt = parseDateTime(q.value(4).toString()).value_or(QDateTime());
        const qint64 lastSeen = q.value(5).toLongLong();
        p.lastSeen = QDateTime::fromMSecsSinceEpoch(lastSeen, Qt::UTC);
        p.alive = now - lastSeen <= goneAfterMs;
        // A gone process leads nothing, whatever its row last said.
        p.leader = p.alive && q.value(6).toInt() != 0;
        processes.append(p);
    }
    // A leader killed moments ago still looks alive until its row is old enough; whoever took over
    // wrote its row when it did, so the latest of the rows that say they lead is the leader.
    QString latest;
    QDateTime latestSeen;
    for (const NodeProcess &p : std::as_const(processes)) {
        if (p.leader && (latest.isEmpty() || p.lastSeen > latestSeen)) {
            latest = p.id;
            latestSeen = p.lastSeen;
        }
    }
    for (NodeProcess &p : processes)
        p.leader = p.leader && p.id == latest;
    return processes;
}

} // namespace ocpi
