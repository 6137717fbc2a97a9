#pragma once

#include "config/nodeconfig.h"
#include "runtime/servingnode.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QThread>

namespace ocpi {

class NodeServices;

// Runs a serving node (made by the ServingNodeFactory it is given) in a thread of its own so that a slow request never freezes the window, and
// keeps the GUI side of the conversation in the GUI thread: every signal of this class is emitted
// there. The runtime is created, started, stopped and destroyed in the worker thread, because its
// HTTP server, timers and SQL connection belong to the thread that made them.
class NodeController : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Running, Failed, Stopped };
    Q_ENUM(State)

    // `makeNode` builds the node (NodeRuntime::factory() in the console and the tests).
    NodeController(NodeConfig config, ServingNodeFactory makeNode, QObject *parent = nullptr);
    ~NodeController() override;

    // Starts the node in the background; answers with started() or failed().
    void start();
    // Stops the node and ends the worker thread; blocks until both are done. Idempotent.
    void stop();
    // Stops the node (if it runs) and starts it again on `config`: a new listener, the same window.
    void restart(NodeConfig config);

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

    // The thread the node lives in and the node (null when idle). Work for the node's services is
    // posted to the node object and runs in that thread (nodecall::post); it is never called
    // directly from the GUI thread.
    QThread *workerThread() { return &m_thread; }
    ServingNode *node() const { return m_node; }

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
    ServingNodeFactory m_makeNode;
    QThread m_thread;
    ServingNode *m_node = nullptr; // lives in m_thread, deleted there by stop()
    QObject *m_context = nullptr;     // lives in m_thread: receives the work posted there
    State m_state = State::Idle;
    QString m_errorMessage;
    QString m_versionsUrl;
    QString m_publicBase;
    QDateTime m_startedAt;
    QElapsedTimer m_uptime;
};

} // namespace ocpi
