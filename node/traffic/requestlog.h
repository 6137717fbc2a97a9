#pragma once

#include "trafficrecord.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>

namespace ocpi {

class Database;

struct RequestLogOptions
{
    qint64 retentionRows = 100000;   // older entries are pruned
    int retentionDays = 30;          // and entries older than this many days (0: no age limit)
    qsizetype bodyLimit = 8192;      // bytes kept of each body
    qsizetype queueCapacity = 20000; // entries waiting for the writer; beyond it entries are dropped
    int flushIntervalMs = 200;
};

// The request log: every exchange is queued here from any thread and written in batches by a
// thread of its own, so logging never sits on the request path. When the writer falls behind by
// more than the queue capacity, new entries are dropped and counted rather than slowing requests.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    RequestLog(Database &database, RequestLogOptions options, QObject *parent = nullptr);
    ~RequestLog() override;

    const RequestLogOptions &options() const { return m_options; }

    void start();
    // Writes what is queued and stops the writer thread.
    void stop();

    void record(TrafficRecord record);
    // Writes everything queued so far before returning (tests, shutdown).
    void flush();

    qint64 recordedCount() const { return m_recorded.load(); }
    qint64 droppedCount() const { return m_dropped.load(); }

signals:
    // Emitted from the writer thread after a batch is stored.
    void flushed(qint64 lastId);

private:
    void writeQueued();

    Database &m_database;
    RequestLogOptions m_options;
    QThread m_thread;
    QObject *m_worker = nullptr;
    QMutex m_mutex;
    QList<TrafficRecord> m_queue;
    QMutex m_writeMutex;
    std::atomic<qint64> m_recorded{0};
    std::atomic<qint64> m_dropped{0};
    int m_flushesSincePrune = 0;
};

} // namespace ocpi
