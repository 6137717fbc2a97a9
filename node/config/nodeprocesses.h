#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace ocpi {

class Database;
class Leadership;
struct Migration;

// One node process serving the database, as its heartbeat row says.
struct NodeProcess
{
    QString id;            // NodeRuntime::processId(): host:pid:random
    QString host;
    qint64 pid = 0;
    QString url;           // the versions URL it serves
    QDateTime startedAt;
    QDateTime lastSeen;
    bool leader = false;   // it does the once-only work (Leadership)
    bool alive = false;    // seen within NodeProcesses::kGoneAfterMs; otherwise gone (killed, cut off)
};

// The heartbeat rows of the processes serving one database (several on PostgreSQL): each serving
// process registers a row, refreshes it every few seconds with whether it leads, and removes it on
// a clean stop. A row not refreshed for kGoneAfterMs belongs to a process that is gone; rows gone
// for a day are removed by the leader. A SQLite file is served by one process: it removes the rows
// of earlier runs when it starts.
class NodeProcesses : public QObject
{
    Q_OBJECT

public:
    NodeProcesses(Database &database, const Leadership &leadership, QObject *parent = nullptr);
    ~NodeProcesses() override;

    static Migration migration();

    // Registers this process and refreshes its row every `intervalMs` (wall time).
    void start(const NodeProcess &self, int intervalMs = kHeartbeatMs);
    // Removes this process's row.
    void stop();
    // Writes the row now (also on a change of leadership).
    Status beat();

signals:
    // The leader found processes gone (killed, cut off) since its last beat: whatever they had
    // claimed can be handed to the living now rather than when the claims' leases run out. Each
    // gone process is reported once.
    void processesGone(const QStringList &ids);
public:

    // Every row, oldest process first, alive or gone as of now.
    static Result<QList<NodeProcess>> list(Database &database, qint64 goneAfterMs = kGoneAfterMs);

    static constexpr int kHeartbeatMs = 3000;
    static constexpr qint64 kGoneAfterMs = 15000;
    static constexpr qint64 kForgottenAfterMs = 24 * 3600 * 1000;

private:
    Database &m_database;
    const Leadership &m_leadership;
    NodeProcess m_self;
    QTimer m_timer;
    bool m_registered = false;
    QSet<QString> m_reportedGone;
};

} // namespace ocpi
