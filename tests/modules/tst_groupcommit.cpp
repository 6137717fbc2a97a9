#include "support/testsupport.h"

#include "store/groupcommit.h"
#include "store/database.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace ocpi;

// Group commit (DESIGN.md §4): jobs submitted while the writer is busy share one transaction;
// each runs in a savepoint, so a failing job's writes are undone and the others' kept; answers
// arrive in submission order on the submitting thread, after the commit.
class TestGroupCommit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    QStringList rows()
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT name FROM t ORDER BY id"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

    GroupCommit::Work insert(const QString &name, bool failAfterwards = false)
    {
        return [this, name, failAfterwards]() -> Result<bool> {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("INSERT INTO t (name) VALUES (?)"));
            q.addBindValue(name);
            if (!q.exec())
                return Error::internal(q.lastError().text());
            if (failAfterwards)
                return Error::invalid(name + QStringLiteral(": refused after writing"));
            return true;
        };
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        const Migration table{QStringLiteral("t"), {QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")}};
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("g.sqlite")), {table}).ok());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void failingJobIsUndoneAloneInItsBatch()
    {
        GroupCommit commit(*m_db);
        QList<int> batches;
        connect(&commit, &GroupCommit::committed, this, [&](int writes) { batches << writes; });
        QSemaphore gate;
        QStringList answers;
        QList<Qt::HANDLE> answeredOn;
        auto done = [&](const QString &tag) {
            return [&, tag](const Result<bool> &result) {
                answers << tag + QLatin1Char('=') + (result.ok() ? QStringLiteral("ok") : result.error().message);
                answeredOn << QThread::currentThreadId();
            };
        };
        // The first job holds the writer, so the next three queue up and form one batch.
        QSemaphore running;
        commit.submit(
            [&]() -> Result<bool> {
                running.release();
                gate.acquire();
                return insert(QStringLiteral("first"))();
            },
            done("first"));
        running.acquire();
        commit.submit(insert(QStringLiteral("a")), done("a"));
        commit.submit(insert(QStringLiteral("b"), true), done("b"));
        commit.submit(insert(QStringLiteral("c")), done("c"));
        QCOMPARE(answers, QStringList()); // nothing is answered before its commit
        gate.release();
        QTRY_COMPARE(answers.size(), 4);
        QCOMPARE(answers, (QStringList{"first=ok", "a=ok", "b=b: refused after writing", "c=ok"}));
        QCOMPARE(batches, (QList<int>{1, 2}));
        QCOMPARE(rows(), (QStringList{"first", "a", "c"}));
        for (Qt::HANDLE thread : std::as_const(answeredOn))
            QCOMPARE(thread, QThread::currentThreadId());
    }

    void batchOfFailuresCommitsNothing()
    {
        GroupCommit commit(*m_db);
        int answered = 0;
        commit.submit(insert(QStringLiteral("x"), true), [&](const Result<bool> &r) { answered += r.ok() ? 100 : 1; });
        QTRY_COMPARE(answered, 1);
        QCOMPARE(rows(), QStringList());
    }

    void destroyingWaitsForAcceptedJobs()
    {
        {
            GroupCommit commit(*m_db);
            for (int i = 0; i < 20; ++i)
                commit.submit(insert(QString::number(i)), [](const Result<bool> &) {});
        }
        QCOMPARE(rows().size(), 20);
    }
};

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
