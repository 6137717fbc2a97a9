#include "nodecontroller.h"

#include "runtime/nodeservices.h"
#include "traffic/requestlog.h"

namespace ocpi {

NodeController::NodeController(NodeConfig config, ServingNodeFactory makeNode, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_makeNode(std::move(makeNode))
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

    // Work for the node thread is posted to this context object rather than to the node itself,
    // so the node can be deleted from inside such a call.
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, context, &QObject::deleteLater);

    m_node = m_makeNode(m_config).release();
    m_node->moveToThread(&m_thread);
    // Emitted from the request log's writer thread; re-emitted in the GUI thread.
    connect(m_node, &ServingNode::trafficRecorded, this,
            [this](qint64 lastId) { emit trafficRecorded(lastId); }, Qt::QueuedConnection);
    m_context = context;
    m_thread.start();

    ServingNode *serving = m_node;
    QMetaObject::invokeMethod(
        context,
        [this, serving] {
            if (const Status status = serving->start(); !status) {
                // Whatever the failed start left open (this thread's SQL connection) is closed when
                // stop() deletes the node in this thread.
                const QString message = status.error().message;
                QMetaObject::invokeMethod(this, [this, message] { onFailed(message); }, Qt::QueuedConnection);
                return;
            }
            const QString versionsUrl = serving->versionsUrl();
            const QString publicBase = serving->publicBase();
            const QDateTime startedAt = serving->startedAt();
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
    if (!m_node)
        return;
    const bool wasRunning = m_state == State::Running;
    m_state = State::Stopped;

    ServingNode *serving = m_node;
    m_node = nullptr;
    // Queued behind the start call, so start() has returned by the time this runs. Deleting the
    // node here closes its database, and with it this thread's SQL connection, in the thread that
    // opened it.
    QMetaObject::invokeMethod(
        m_context,
        [serving] {
            serving->stop();
            delete serving;
        },
        Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread.quit();
    m_thread.wait();
    if (wasRunning)
        emit stopped();
}

void NodeController::restart(NodeConfig config)
{
    stop();
    m_config = std::move(config);
    m_state = State::Idle;
    m_errorMessage.clear();
    m_versionsUrl.clear();
    m_publicBase.clear();
    start();
}

qint64 NodeController::uptimeSeconds() const
{
    return isRunning() ? m_uptime.elapsed() / 1000 : 0;
}

qint64 NodeController::requestCount() const
{
    return isRunning() ? m_node->requestCount() : 0;
}

qint64 NodeController::loggedCount() const
{
    return isRunning() ? m_node->services().requestLog().recordedCount() : 0;
}

qint64 NodeController::droppedLogCount() const
{
    return isRunning() ? m_node->services().requestLog().droppedCount() : 0;
}

} // namespace ocpi
