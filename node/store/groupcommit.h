#pragma once

#include "core/result.h"

#include <QObject>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ocpi {

class Database;

// Group commit (DESIGN.md §4): the writes of many requests share one transaction, so one disk flush
// acknowledges all of them, and each request is answered only after that commit (durable with
// synchronous=FULL). A single flush costs milliseconds here; one per request caps a node at a few
// hundred writes per second, a shared one does not.
//
// Jobs run in submission order on a writer thread with its own SQL connection; each runs in a
// savepoint, so a job that fails leaves the other jobs' writes in place. While the writer waits for
// the disk, the serving thread keeps parsing and validating the next requests, which form the next
// batch. Results are delivered on the thread this object lives in (the node's), in order.
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

    void submit(Work work, Done done);

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
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::thread m_writer; // started by the first submit
};

} // namespace ocpi
