#include "support/testsupport.h"

#include "store/groupcommit.h"
#include "store/database.h"

#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace ocpi;

// Group commit (docs/architecture.md): jobs submitted while the writer is busy share one transaction;
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
        const Migration table{QStringLiteral("t"), {QStringLiteral("CREATE TABLE t (id {auto_id}, name TEXT)")}};
        QVERIFY(m_db->open(test::testDatabase(*m_dir, QStringLiteral("g.sqlite")), {table}).ok());
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
        commit.submit(QStringLiteral("p"),
            [&]() -> Result<bool> {
                running.release();
                gate.acquire();
                return insert(QStringLiteral("first"))();
            },
            done("first"));
        running.acquire();
        commit.submit(QStringLiteral("p"), insert(QStringLiteral("a")), done("a"));
        commit.submit(QStringLiteral("p"), insert(QStringLiteral("b"), true), done("b"));
        commit.submit(QStringLiteral("p"), insert(QStringLiteral("c")), done("c"));
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
        commit.submit(QStringLiteral("p"), insert(QStringLiteral("x"), true), [&](const Result<bool> &r) { answered += r.ok() ? 100 : 1; });
        QTRY_COMPARE(answered, 1);
        QCOMPARE(rows(), QStringList());
    }

    // Hardening issue item 3: partner A's thousand queued writes do not make partner B's one write
    // wait for all of them (first come, first served put B in the fifth batch); each partner's own
    // writes still run in the order it sent them.
    void submittersTakeTurns_data()
    {
        QTest::addColumn<int>("queuedByA");
        QTest::addColumn<int>("queuedByC");
        QTest::newRow("A 1000, then B 1") << 1000 << 0;
        QTest::newRow("A 1000 and C 300, then B 1") << 1000 << 300;
        QTest::newRow("A 3, then B 1") << 3 << 0;
    }

    void submittersTakeTurns()
    {
        QFETCH(int, queuedByA);
        QFETCH(int, queuedByC);
        GroupCommit commit(*m_db);
        int batches = 0;
        connect(&commit, &GroupCommit::committed, this, [&] { ++batches; });
        QSemaphore running;
        QSemaphore gate;
        commit.submit(QStringLiteral("gate"),
                      [&]() -> Result<bool> {
                          running.release();
                          gate.acquire();
                          return true;
                      },
                      [](const Result<bool> &) {});
        running.acquire(); // the writer is busy: everything below queues up
        QStringList answeredA;
        for (int i = 0; i < queuedByA; ++i) {
            const QString name = QStringLiteral("a%1").arg(i);
            commit.submit(QStringLiteral("A"), insert(name), [&, name](const Result<bool> &) { answeredA << name; });
        }
        for (int i = 0; i < queuedByC; ++i)
            commit.submit(QStringLiteral("C"), insert(QStringLiteral("c%1").arg(i)), [](const Result<bool> &) {});
        int batchOfB = 0;
        int answersBeforeB = -1;
        commit.submit(QStringLiteral("B"), insert(QStringLiteral("b")), [&](const Result<bool> &result) {
            QVERIFY(result.ok());
            batchOfB = batches + 1; // `committed` follows the batch's answers
            answersBeforeB = int(answeredA.size());
        });
        gate.release();
        QTRY_VERIFY_WITH_TIMEOUT(answeredA.size() == queuedByA && batchOfB > 0, 20000);
        QCOMPARE(batchOfB, 2); // the gate's batch, then the first one B could be in
        QVERIFY2(answersBeforeB <= 1, qPrintable(QString::number(answersBeforeB)));
        QStringList expected;
        for (int i = 0; i < queuedByA; ++i)
            expected << QStringLiteral("a%1").arg(i);
        QCOMPARE(answeredA, expected);
        const QStringList written = rows();
        QCOMPARE(written.size(), queuedByA + queuedByC + 1);
        QStringList writtenByA = written.filter(QRegularExpression(QStringLiteral("^a")));
        QCOMPARE(writtenByA, expected); // A's writes in A's order
    }

    void destroyingWaitsForAcceptedJobs()
    {
        {
            GroupCommit commit(*m_db);
            for (int i = 0; i < 20; ++i)
                commit.submit(QStringLiteral("p"), insert(QString::number(i)), [](const Result<bool> &) {});
        }
        QCOMPARE(rows().size(), 20);
    }
};

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
