#include "groupcommit.h"

#include "store/database.h"

#include <QList>
#include <QSqlQuery>

#include <memory>

namespace ocpi {

namespace {

// Enough to absorb a burst; small enough that the first request of a batch is not kept waiting.
constexpr size_t kMaxBatch = 256;

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

} // namespace

GroupCommit::GroupCommit(Database &database, QObject *parent) : QObject(parent), m_database(database) {}

GroupCommit::~GroupCommit()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    // Jobs already queued still run (they were accepted); their answers are dropped with this object.
    if (m_writer.joinable())
        m_writer.join();
}

void GroupCommit::submit(const QString &submitter, Work work, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        std::deque<Job> &queue = m_queues[submitter];
        if (queue.empty())
            m_turns.push_back(submitter);
        queue.push_back({std::move(work), std::move(done)});
        if (!m_writer.joinable())
            m_writer = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

void GroupCommit::run()
{
    for (;;) {
        auto batch = std::make_shared<std::deque<Job>>();
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_turns.empty(); });
            if (m_turns.empty())
                break; // stopping, nothing left
            // Round robin: one job of each submitter in turn; a submitter with more goes to the back.
            while (!m_turns.empty() && batch->size() < kMaxBatch) {
                QString submitter = std::move(m_turns.front());
                m_turns.pop_front();
                const auto queue = m_queues.find(submitter);
                batch->push_back(std::move(queue->front()));
                queue->pop_front();
                if (queue->empty())
                    m_queues.erase(queue);
                else
                    m_turns.push_back(std::move(submitter));
            }
        }
        auto results = std::make_shared<QList<Result<bool>>>();
        results->reserve(qsizetype(batch->size()));
        int written = 0;
        {
            QSqlDatabase db = m_database.connection();
            Transaction transaction(db);
            for (Job &job : *batch) {
                if (!transaction.isActive()) {
                    results->append(Error::internal(QStringLiteral("cannot start a transaction")));
                    continue;
                }
                exec(db, QStringLiteral("SAVEPOINT job"));
                Result<bool> result = job.work();
                if (!result.ok())
                    exec(db, QStringLiteral("ROLLBACK TO job"));
                exec(db, QStringLiteral("RELEASE job"));
                written += result.ok() ? 1 : 0;
                results->append(std::move(result));
            }
            if (transaction.isActive() && written > 0) {
                if (Status s = transaction.commit(); !s) {
                    for (Result<bool> &result : *results) {
                        if (result.ok())
                            result = s.error();
                    }
                    written = 0;
                }
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, batch, results, written] {
                for (size_t i = 0; i < batch->size(); ++i)
                    (*batch)[i].done(results->at(qsizetype(i)));
                if (written > 0)
                    emit committed(written);
            },
            Qt::QueuedConnection);
    }
    m_database.releaseThreadConnection();
}

} // namespace ocpi
