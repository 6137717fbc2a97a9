#pragma once

#include "config/nodeconfig.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>

namespace ocpi {

class NodeRuntime;

// Runs a NodeRuntime in a thread of its own so that a slow request never freezes the window, and
// keeps the GUI side of the conversation in the GUI thread: every signal of this class is emitted
// there. The runtime is created, started, stopped and destroyed in the worker thread, because its
// HTTP server, timers and SQL connection belong to the thread that made them.
class NodeController : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Running, Failed, Stopped };
    Q_ENUM(State)

    explicit NodeController(NodeConfig config, QObject *parent = nullptr);
    ~NodeController() override;

    // Starts the node in the background; answers with started() or failed().
    void start();
    // Stops the node and ends the worker thread; blocks until both are done. Idempotent.
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    const NodeConfig &config() const { return m_config; }
    QString errorMessage() const { return m_errorMessage; }

    // Known once running.
    QString versionsUrl() const { return m_versionsUrl; }
    QString publicBase() const { return m_publicBase; }
    QDateTime startedAt() const { return m_startedAt; }
    qint64 uptimeSeconds() const;
    qint64 requestCount() const;
    qint64 loggedCount() const;
    qint64 droppedLogCount() const;

    // The GUI thread's own connection to the node's database (SQL connections are per thread).
    // Only while running; an invalid QSqlDatabase otherwise.
    QSqlDatabase connection();

    // The thread the node lives in and the runtime (null when idle). Work for the node's services
    // is posted to the runtime and runs in that thread (see PartnerController); it is never called
    // directly from the GUI thread.
    QThread *workerThread() { return &m_thread; }
    NodeRuntime *runtime() const { return m_runtime; }

signals:
    void started(const QString &versionsUrl);
    void failed(const QString &message);
    void stopped();
    // New request log entries up to `lastId` are readable.
    void trafficRecorded(qint64 lastId);

private:
    void onStarted(const QString &versionsUrl, const QString &publicBase, const QDateTime &startedAt);
    void onFailed(const QString &message);

    NodeConfig m_config;
    QThread m_thread;
    NodeRuntime *m_runtime = nullptr; // lives in m_thread, deleted there by stop()
    QObject *m_context = nullptr;     // lives in m_thread: receives the work posted there
    State m_state = State::Idle;
    QString m_errorMessage;
    QString m_versionsUrl;
    QString m_publicBase;
    QDateTime m_startedAt;
    QElapsedTimer m_uptime;
    bool m_guiConnectionOpened = false;
};

} // namespace ocpi
