#pragma once

#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ocpi {

class Database;

// Group commit (docs/architecture.md): the writes of many requests share one transaction, so one disk flush
// acknowledges all of them, and each request is answered only after that commit (durable with
// synchronous=FULL). A single flush costs milliseconds here; one per request caps a node at a few
// hundred writes per second, a shared one does not.
//
// Jobs run on a writer thread with its own SQL connection; each runs in a savepoint, so a job that
// fails leaves the other jobs' writes in place. While the writer waits for the disk, the serving
// thread keeps parsing and validating the next requests, which form the next batch. Results are
// delivered on the thread this object lives in (the node's), in the order the jobs ran.
//
// Fair between submitters (hardening issue item 3): each job names its submitter (a partner), every
// submitter's jobs run in the order submitted, and a batch takes one job from each submitter with
// work queued in turn. A partner with a thousand writes queued delays another's single write by
// one batch at most, where first-come-first-served made it wait for all thousand.
//
class GroupCommit : public QObject
{
    Q_OBJECT

public:
    // Runs inside the batch's transaction; the bool is the job's own answer (e.g. "created").
    using Work = std::function<Result<bool>()>;
    using Done = std::function<void(const Result<bool> &)>;

    explicit GroupCommit(Database &database, QObject *parent = nullptr);
    ~GroupCommit() override;

    // `submitter` is whose work this is, e.g. the partner id.
    void submit(const QString &submitter, Work work, Done done);

signals:
    // A batch was committed with `writes` successful jobs (emitted on this object's thread).
    void committed(int writes);

private:
    struct Job
    {
        Work work;
        Done done;
    };
    void run();

    Database &m_database;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QHash<QString, std::deque<Job>> m_queues; // per submitter, in submission order
    std::deque<QString> m_turns;              // submitters with work queued, next first
    bool m_stopping = false;
    std::thread m_writer; // started by the first submit
};

} // namespace ocpi
