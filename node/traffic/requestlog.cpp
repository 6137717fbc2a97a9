#include "requestlog.h"

#include "core/logging.h"
#include "store/database.h"
#include "trafficstore.h"

#include <QSqlQuery>
#include <QTimer>

namespace ocpi {

RequestLog::RequestLog(Database &database, RequestLogOptions options, QObject *parent)
    : QObject(parent), m_database(database), m_options(options)
{
    m_thread.setObjectName(QStringLiteral("request-log"));
}

RequestLog::~RequestLog()
{
    stop();
}

void RequestLog::start()
{
    if (m_worker)
        return;
    m_worker = new QObject;
    auto *timer = new QTimer(m_worker);
    timer->setInterval(m_options.flushIntervalMs);
    connect(timer, &QTimer::timeout, m_worker, [this] { writeQueued(); });
    connect(&m_thread, &QThread::started, timer, qOverload<>(&QTimer::start));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

void RequestLog::stop()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            writeQueued();
            m_database.releaseThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void RequestLog::record(TrafficRecord record)
{
    QMutexLocker lock(&m_mutex);
    if (m_queue.size() >= m_options.queueCapacity) {
        m_dropped.fetch_add(1);
        return;
    }
    m_queue.append(std::move(record));
}

void RequestLog::flush()
{
    if (m_worker && QThread::currentThread() != &m_thread)
        QMetaObject::invokeMethod(m_worker, [this] { writeQueued(); }, Qt::BlockingQueuedConnection);
    else
        writeQueued();
}

void RequestLog::writeQueued()
{
    QMutexLocker writing(&m_writeMutex);
    QList<TrafficRecord> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_queue);
    }
    if (batch.isEmpty())
        return;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive() || !TrafficStore::insert(db, batch)) {
        qCWarning(lcTraffic) << "dropped" << batch.size() << "request log entries (store error)";
        m_dropped.fetch_add(batch.size());
        return;
    }
    if (++m_flushesSincePrune >= 25) {
        m_flushesSincePrune = 0;
        const QDateTime cutoff = m_options.retentionDays > 0
                                     ? QDateTime::currentDateTimeUtc().addDays(-m_options.retentionDays)
                                     : QDateTime();
        if (!TrafficStore::prune(db, m_options.retentionRows, cutoff))
            qCWarning(lcTraffic) << "could not prune the request log";
    }
    if (!transaction.commit()) {
        m_dropped.fetch_add(batch.size());
        return;
    }
    m_recorded.fetch_add(batch.size());
    QSqlQuery last(db);
    if (last.exec(QStringLiteral("SELECT MAX(id) FROM request_log")) && last.next())
        emit flushed(last.value(0).toLongLong());
}

} // namespace ocpi
