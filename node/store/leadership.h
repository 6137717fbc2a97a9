#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>

namespace ocpi {

class Database;

// Which of the node processes on one database does the work that must happen once (the command
// timeout sweep, the simulated charge points' ticks): the leader.
//
// PostgreSQL: the process that holds a session-level advisory lock on a connection of its own. The
// others try for it every few seconds, so when the leader dies (its connection closes and the
// server drops the lock) or stops, one of them leads within seconds. A leader checks its connection
// as often; should it break, it stops leading at once (the server has dropped the lock by then or
// will when it notices).
// SQLite: one process serves a file, so every process leads (also an operator command, as before).
//
// Only a serving process campaigns (start()); before that, and in operator commands on PostgreSQL,
// isLeader() is false. Lives on the thread that created it (its connection belongs to it).
class Leadership : public QObject
{
    Q_OBJECT

public:
    explicit Leadership(Database &database, QObject *parent = nullptr);
    ~Leadership() override;

    // Tries now and then every `retryMs`.
    void start(int retryMs = kRetryMs);
    // Gives leadership up (another process takes over at its next try).
    void stop();
    bool isLeader() const { return m_leader.load(std::memory_order_relaxed); }
    bool isCampaigning() const { return m_timer.isActive(); }

    static constexpr int kRetryMs = 2000;

signals:
    void leadershipChanged(bool leader);

private:
    void attempt();
    void setLeader(bool leader);
    void dropConnection();

    Database &m_database;
    bool m_shared = false;
    QString m_connection;
    QTimer m_timer;
    std::atomic<bool> m_leader{false};
};

} // namespace ocpi
