#include "nodemigrations.h"
#include "runtime/modulelist.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "support/testsupport.h"

#include <QSqlDatabase>
#include <QTest>

using namespace ocpi;

// --db selects the store: a file path keeps SQLite, a postgresql:// URL selects QPSQL (issue 8). A
// password never reaches a message.
class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("shown");
        auto row = [](const char *tag, const char *text, bool postgres, const char *host, int port, const char *user,
                      const char *password, const char *database, const char *options, const char *shown) {
            QTest::newRow(tag) << QString::fromUtf8(text) << postgres << QString::fromUtf8(host) << port
                               << QString::fromUtf8(user) << QString::fromUtf8(password) << QString::fromUtf8(database)
                               << QString::fromUtf8(options) << QString::fromUtf8(shown);
        };
        row("a file path keeps SQLite", "/var/lib/ocpi/node.sqlite", false, "", -1, "", "", "", "", "/var/lib/ocpi/node.sqlite");
        row("a relative path too", "node.sqlite", false, "", -1, "", "", "", "", "node.sqlite");
        row("full URL, password masked", "postgresql://ocpi:s%40cret@db.example.com:5433/ocpi?sslmode=require", true,
            "db.example.com", 5433, "ocpi", "s@cret", "ocpi", "sslmode=require;connect_timeout=10;options='-cclient_min_messages=warning'",
            "postgresql://ocpi:***@db.example.com:5433/ocpi");
        row("no password: PGPASSWORD or ~/.pgpass", "postgres://ocpi@localhost/node", true, "localhost", -1, "ocpi", "",
            "node", "connect_timeout=10;options='-cclient_min_messages=warning'", "postgresql://ocpi@localhost/node");
        row("unix socket and a schema", "postgresql://ocpi@/node?host=/run/postgresql&schema=cpo&connect_timeout=3", true,
            "/run/postgresql", -1, "ocpi", "", "node", "connect_timeout=3;options='-cclient_min_messages=warning -csearch_path=cpo'",
            "postgresql://ocpi@/node?host=/run/postgresql&schema=cpo");
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(bool, postgres);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, database);
        QFETCH(QString, options);
        QFETCH(QString, shown);
        auto location = DatabaseLocation::parse(text);
        QVERIFY2(location.ok(), qPrintable(location.error().message));
        QCOMPARE(location->isPostgres(), postgres);
        if (location->isPostgres()) {
            QCOMPARE(location->host, host);
            QCOMPARE(location->port, port);
            QCOMPARE(location->user, user);
            QCOMPARE(location->password, password);
            QCOMPARE(location->database, database);
            QCOMPARE(location->connectOptions, options);
        } else {
            QCOMPARE(location->path, text);
        }
        QCOMPARE(location->displayName(), shown);
        QCOMPARE(displayDatabase(text), shown);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no database") << QStringLiteral("postgresql://ocpi:pw@host/") << QStringLiteral("names no database");
        QTest::newRow("a value that would add libpq parameters")
            << QStringLiteral("postgresql://ocpi:pw@host/db?sslmode=require%20password=x") << QStringLiteral("not allowed");
        QTest::newRow("the password as a parameter") << QStringLiteral("postgresql://ocpi@host/db?password=pw")
                                                     << QStringLiteral("in the URL itself");
        QTest::newRow("a schema that is no plain name") << QStringLiteral("postgresql://ocpi:pw@host/db?schema=A-B")
                                                        << QStringLiteral("lower-case SQL name");
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto location = DatabaseLocation::parse(text);
        QVERIFY(!location.ok());
        QVERIFY2(location.error().message.contains(message), qPrintable(location.error().message));
        QVERIFY(!location.error().message.contains(QLatin1String("pw")));
    }

    // The request log shares a PostgreSQL database in a schema of its own.
    void trafficLocation()
    {
        QCOMPARE(trafficDatabasePath(QStringLiteral("/data/node.sqlite")), QStringLiteral("/data/node-traffic.sqlite"));
        auto plain = DatabaseLocation::parse(trafficDatabasePath(QStringLiteral("postgresql://u:pw@h:5/db")));
        QVERIFY(plain.ok());
        QCOMPARE(plain->schema, QStringLiteral("request_log"));
        QCOMPARE(plain->password, QStringLiteral("pw"));
        auto named = DatabaseLocation::parse(trafficDatabasePath(QStringLiteral("postgresql://u@h/db?schema=cpo&sslmode=disable")));
        QVERIFY(named.ok());
        QCOMPARE(named->schema, QStringLiteral("cpo_request_log"));
        QVERIFY(named->connectOptions.contains(QLatin1String("sslmode=disable")));
    }

    // Nobody listens: the message says what failed, where, and what to check, without the password.
    void unreachableServer()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("the QPSQL driver is not installed");
        const QString url = QStringLiteral("postgresql://ocpi:topsecret@127.0.0.1:%1/node?connect_timeout=2").arg(test::freePort());
        Database db;
        const Status status = db.open(url, nodeMigrations());
        QVERIFY(!status.ok());
        const QString message = status.error().message;
        QVERIFY2(message.contains(QLatin1String("cannot connect to PostgreSQL database postgresql://ocpi:***@127.0.0.1:")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("check that the server runs")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("topsecret")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
