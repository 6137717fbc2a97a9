#include "nodemigrations.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

namespace {

QList<Migration> twoMigrations()
{
    // No IF NOT EXISTS: running either twice fails, so "applies nothing on reopen" is observable.
    return {{QStringLiteral("first"), {QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY)")}},
            {QStringLiteral("second"),
             {QStringLiteral("CREATE TABLE b (id INTEGER PRIMARY KEY)"),
              QStringLiteral("INSERT INTO a (id) VALUES (1)")}}};
}

int rowCount(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool tableExists(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

} // namespace

// Schema versions and migrations (docs/architecture.md: a database's schema version is the number of
// migrations applied; Mumble-style upgrade tests).
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseReachesLatestVersion_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("the node's migrations") << 0;
        QTest::newRow("two test migrations") << 1;
    }

    void freshDatabaseReachesLatestVersion()
    {
        QFETCH(int, which);
        const QList<Migration> migrations = which == 0 ? nodeMigrations() : twoMigrations();
        QVERIFY(!migrations.isEmpty());
        QTemporaryDir dir;
        Database db;
        const Status status = db.open(dir.filePath(QStringLiteral("fresh.sqlite")), migrations);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(db.schemaVersion(), int(migrations.size()));
        QCOMPARE(rowCount(db, QStringLiteral("schema_version")), int(migrations.size()));
        QSqlQuery names(db.connection());
        QVERIFY(names.exec(QStringLiteral("SELECT version, name FROM schema_version ORDER BY version")));
        for (int i = 0; i < migrations.size(); ++i) {
            QVERIFY(names.next());
            QCOMPARE(names.value(0).toInt(), i + 1);
            QCOMPARE(names.value(1).toString(), migrations[i].name);
        }
    }

    // Tokens A issued before failed handshakes were counted start at zero (hardening issue item 5).
    void tokensFromBeforeTheHandshakeCountStartAtZero()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("node.sqlite"));
        const QList<Migration> all = nodeMigrations();
        // The database as it was just before that migration (later ones are applied on reopening).
        qsizetype before = 0;
        while (before < all.size() && all[before].name != QLatin1String("failed handshakes per token A"))
            ++before;
        QVERIFY(before < all.size());
        {
            Database db;
            QVERIFY(db.open(path, all.mid(0, before)).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO partners (id, name, state, created_at) "
                                          "VALUES (1, 'p', 'invited', '2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO partner_tokens (lookup_key, partner_id, kind, salt, hash, "
                                          "created_at) VALUES ('abcdefgh', 1, 'a', 's', 'h', '2026-01-01T00:00:00Z')")));
        }
        Database db;
        QVERIFY(db.open(path, all).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT failed_handshakes FROM partner_tokens WHERE lookup_key = 'abcdefgh'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void nodeMigrationsCreateTheirTables()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("node.sqlite")), nodeMigrations()).ok());
        for (const char *table : {"partners", "partner_roles", "partner_endpoints", "partner_tokens", "outbox",
                                  "sync_state", "locations", "tariffs", "tokens"})
            QVERIFY2(tableExists(db, QLatin1String(table)), table);
        QVERIFY(!tableExists(db, QStringLiteral("request_log")));
        Database traffic;
        QVERIFY(traffic.open(trafficDatabasePath(dir.filePath(QStringLiteral("node.sqlite"))), trafficMigrations()).ok());
        QVERIFY(tableExists(traffic, QStringLiteral("request_log")));
        QCOMPARE(trafficDatabasePath(QStringLiteral("/data/node.sqlite")), QStringLiteral("/data/node-traffic.sqlite"));
    }

    void reopeningAppliesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, twoMigrations()).ok());
            QCOMPARE(rowCount(db, QStringLiteral("a")), 1);
        }
        Database db;
        const Status status = db.open(path, twoMigrations());
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(db.schemaVersion(), 2);
        QCOMPARE(rowCount(db, QStringLiteral("schema_version")), 2);
        QCOMPARE(rowCount(db, QStringLiteral("a")), 1); // migration 2's INSERT ran once
    }

    void upgradeAppliesOnlyTheNewOnes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("upgrade.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, twoMigrations().mid(0, 1)).ok());
            QCOMPARE(db.schemaVersion(), 1);
            QVERIFY(!tableExists(db, QStringLiteral("b")));
        }
        Database db;
        QVERIFY(db.open(path, twoMigrations()).ok());
        QCOMPARE(db.schemaVersion(), 2);
        QVERIFY(tableExists(db, QStringLiteral("b")));
        QCOMPARE(rowCount(db, QStringLiteral("a")), 1);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, twoMigrations()).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                          "VALUES (7, 'from the future', '2030-01-01T00:00:00Z')")));
        }
        Database db;
        const Status status = db.open(path, twoMigrations());
        QVERIFY(!status.ok());
        const QString message = status.error().message;
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("schema version 7")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("newer")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("(2)")), qPrintable(message)); // what this build knows
        // Nothing was touched.
        QCOMPARE(db.schemaVersion(), 7);
        QCOMPARE(rowCount(db, QStringLiteral("schema_version")), 3);
    }

    void failingMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("failing.sqlite"));
        QList<Migration> migrations = twoMigrations();
        migrations.append({QStringLiteral("broken third"),
                           {QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY)"),
                            QStringLiteral("INSERT INTO a (id) VALUES (2)"),
                            QStringLiteral("THIS IS NOT SQL")}});
        {
            Database db;
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL failed while migrating the schema")));
            const Status status = db.open(path, migrations);
            QVERIFY(!status.ok());
            const QString message = status.error().message;
            QVERIFY2(message.contains(QLatin1String("migration 3")), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("broken third")), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1String("THIS IS NOT SQL")), qPrintable(message)); // no SQL text
            // The earlier migrations stay; the whole failing one is undone.
            QCOMPARE(db.schemaVersion(), 2);
            QVERIFY(tableExists(db, QStringLiteral("b")));
            QVERIFY(!tableExists(db, QStringLiteral("c")));
            QCOMPARE(rowCount(db, QStringLiteral("a")), 1);
        }
        // Fixed in a later build: applies cleanly on top.
        migrations.last().statements.removeLast();
        Database db;
        const Status status = db.open(path, migrations);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(db.schemaVersion(), 3);
        QCOMPARE(rowCount(db, QStringLiteral("a")), 2);
    }

    void unusablePathGivesAnError_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("expected");
        QTest::newRow("parent is a regular file") << "file.txt/node.sqlite" << "cannot create folder";
        QTest::newRow("path is a directory") << "folder" << "folder";
    }

    void unusablePathGivesAnError()
    {
        QFETCH(QString, relative);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));

        Database db;
        const Status status = db.open(dir.filePath(relative), nodeMigrations());
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(expected), qPrintable(status.error().message));
    }

    // A file that is not an SQLite database (a wrong --db) is refused, and left alone.
    void notADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray text = QByteArray("These are my notes, not a database.\n").repeated(200);
        file.write(text);
        file.close();
        Database db;
        const Status status = db.open(path, nodeMigrations());
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(path), qPrintable(status.error().message));
        db.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
    }

    void unwritableLocationGivesAnError()
    {
        // As root file modes do not stop writes; /proc refuses new files for everyone.
        Database db;
        const Status status = db.open(QStringLiteral("/proc/ocpi-node-test/node.sqlite"), nodeMigrations());
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QLatin1String("/proc/ocpi-node-test")),
                 qPrintable(status.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
