// Transactions (store/database.h): one opened inside another on the same connection is a savepoint,
// so its commit is the outer one's to keep or to undo, and its rollback undoes only its own writes.
// On SQLite and on PostgreSQL (tst_transactions_pg).

#include "support/twonodes.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

class TestTransactions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_database;

    void insert(int value)
    {
        Statement statement(m_database, QStringLiteral("INSERT INTO numbers (value) VALUES (?)"));
        statement.bind(value);
        QVERIFY_STATUS(statement.exec("insert a number"));
    }

    QList<int> numbers()
    {
        Statement select(m_database, QStringLiteral("SELECT value FROM numbers ORDER BY value"));
        if (!select.exec("read the numbers"))
            return {-1};
        QList<int> values;
        while (select.next())
            values.append(select.value(0).toInt());
        return values;
    }

private slots:
    void init()
    {
        QVERIFY_STATUS(m_database.open(test::testDatabase(m_dir, QStringLiteral("transactions")),
                                       {{QStringLiteral("numbers"), {QStringLiteral("CREATE TABLE numbers (value INTEGER NOT NULL)")}}}));
        QSqlQuery clear(m_database.connection());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM numbers")));
    }
    void cleanup() { m_database.close(); }

    void innerCommitIsTheOuterOnesToKeep()
    {
        {
            Transaction outer(m_database.connection());
            QVERIFY(outer.isActive());
            insert(1);
            {
                Transaction inner(m_database.connection());
                QVERIFY(inner.isActive());
                insert(2);
                QVERIFY_STATUS(inner.commit());
            }
            // The outer one ends without a commit: both writes are gone.
        }
        QCOMPARE(numbers(), QList<int>{});

        {
            Transaction outer(m_database.connection());
            insert(1);
            {
                Transaction inner(m_database.connection());
                insert(2);
                QVERIFY_STATUS(inner.commit());
            }
            QVERIFY_STATUS(outer.commit());
        }
        QCOMPARE(numbers(), (QList<int>{1, 2}));
    }

    void innerRollbackUndoesOnlyItsOwn()
    {
        {
            Transaction outer(m_database.connection());
            insert(1);
            {
                Transaction inner(m_database.connection());
                insert(2);
                {
                    Transaction innermost(m_database.connection());
                    insert(3);
                    QVERIFY_STATUS(innermost.commit());
                }
                // inner ends without a commit: 2 and 3 are undone.
            }
            insert(4);
            QVERIFY_STATUS(outer.commit());
        }
        QCOMPARE(numbers(), (QList<int>{1, 4}));

        // Afterwards a transaction is an outer one again (it commits for real).
        {
            Transaction next(m_database.connection());
            insert(5);
            QVERIFY_STATUS(next.commit());
        }
        QCOMPARE(numbers(), (QList<int>{1, 4, 5}));
    }
};

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
