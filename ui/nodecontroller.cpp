#include "nodecontroller.h"

#include "runtime/noderuntime.h"
#include "store/database.h"
#include "traffic/requestlog.h"

namespace ocpi {

NodeController::NodeController(NodeConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    m_thread.setObjectName(QStringLiteral("ocpi-node"));
}

NodeController::~NodeController()
{
    stop();
}

void NodeController::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Starting;

    // Work for the node thread is posted to this context object rather than to the runtime itself,
    // so the runtime can be deleted from inside such a call.
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, context, &QObject::deleteLater);

    m_runtime = new NodeRuntime(m_config);
    m_runtime->moveToThread(&m_thread);
    // Emitted from the request log's writer thread; re-emitted in the GUI thread.
    connect(m_runtime, &NodeRuntime::trafficRecorded, this,
            [this](qint64 lastId) { emit trafficRecorded(lastId); }, Qt::QueuedConnection);
    m_context = context;
    m_thread.start();

    NodeRuntime *runtime = m_runtime;
    QMetaObject::invokeMethod(
        context,
        [this, runtime] {
            if (const Status status = runtime->start(); !status) {
                // Whatever the failed start left open (this thread's SQL connection) is closed when
                // stop() deletes the runtime in this thread.
                const QString message = status.error().message;
                QMetaObject::invokeMethod(this, [this, message] { onFailed(message); }, Qt::QueuedConnection);
                return;
            }
            const QString versionsUrl = runtime->versionsUrl();
            const QString publicBase = runtime->publicBase();
            const QDateTime startedAt = runtime->startedAt();
            QMetaObject::invokeMethod(
                this, [=, this] { onStarted(versionsUrl, publicBase, startedAt); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void NodeController::onStarted(const QString &versionsUrl, const QString &publicBase, const QDateTime &startedAt)
{
    if (m_state != State::Starting) // stopped meanwhile
        return;
    m_versionsUrl = versionsUrl;
    m_publicBase = publicBase;
    m_startedAt = startedAt;
    m_uptime.start();
    m_state = State::Running;
    emit started(versionsUrl);
}

void NodeController::onFailed(const QString &message)
{
    if (m_state != State::Starting)
        return;
    m_errorMessage = message;
    m_state = State::Failed;
    emit failed(message);
}

void NodeController::stop()
{
    if (!m_runtime)
        return;
    const bool wasRunning = m_state == State::Running;
    m_state = State::Stopped;

    // Database::close() in the node thread would otherwise try to close this thread's connection
    // from there.
    if (m_guiConnectionOpened) {
        m_runtime->trafficDatabase().releaseThreadConnection();
        m_guiConnectionOpened = false;
    }
    NodeRuntime *runtime = m_runtime;
    m_runtime = nullptr;
    // Queued behind the start call, so start() has returned by the time this runs. Deleting the
    // runtime here closes its database, and with it this thread's SQL connection, in the thread
    // that opened it; after stop() or a failed start the runtime may hold no database to ask.
    QMetaObject::invokeMethod(
        m_context,
        [runtime] {
            runtime->stop();
            delete runtime;
        },
        Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread.quit();
    m_thread.wait();
    if (wasRunning)
        emit stopped();
}

qint64 NodeController::uptimeSeconds() const
{
    return isRunning() ? m_uptime.elapsed() / 1000 : 0;
}

qint64 NodeController::requestCount() const
{
    return isRunning() ? m_runtime->requestCount() : 0;
}

qint64 NodeController::loggedCount() const
{
    return isRunning() ? m_runtime->requestLog().recordedCount() : 0;
}

qint64 NodeController::droppedLogCount() const
{
    return isRunning() ? m_runtime->requestLog().droppedCount() : 0;
}

QSqlDatabase NodeController::connection()
{
    if (!isRunning())
        return QSqlDatabase();
    Q_ASSERT(QThread::currentThread() == thread());
    m_guiConnectionOpened = true;
    return m_runtime->trafficDatabase().connection();
}

} // namespace ocpi
