#include "nodemigrations.h"
#include "runtime/modulelist.h"
#include "store/database.h"
#include "store/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ocpi;

namespace {

bool setMode(const QString &path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

bool writeFile(const QString &path, int mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.close();
    return setMode(path, mode);
}

QString octal(int mode)
{
    return QLatin1Char('0') + QString::number(mode, 8);
}

} // namespace

// Database files hold partners' tokens: 0600 files in a 0700 folder the node made, whatever the
// umask (hardening issue item 4). This process keeps the permissive umask 022 on purpose, so
// the results come from Database::open itself and not from the umask ocpi-node sets.
class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ::umask(0022);
    }

    void freshFolderAndFilesAreOwnerOnly()
    {
        QTemporaryDir dir;
        QVERIFY(setMode(dir.path(), 0755)); // an operator's folder
        const QString folder = dir.filePath(QStringLiteral("data/ocpi"));
        const QString path = folder + QStringLiteral("/node.sqlite");
        Database node;
        QVERIFY(node.open(path, nodeMigrations()).ok());
        Database traffic;
        QVERIFY(traffic.open(trafficDatabasePath(path), trafficMigrations()).ok());

        for (const QString &created : {dir.filePath(QStringLiteral("data")), folder})
            QCOMPARE(octal(privatefiles::modeOf(created)), octal(0700));
        QCOMPARE(octal(privatefiles::modeOf(dir.path())), octal(0755)); // not ours: untouched
        const QString trafficPath = trafficDatabasePath(path);
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), trafficPath,
                                    trafficPath + QStringLiteral("-wal"), trafficPath + QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QCOMPARE(octal(privatefiles::modeOf(file)), octal(0600));
        }
    }

    void existingFilesAreTightenedOnOpen_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::newRow("0644 -> 0600") << 0644 << 0600;
        QTest::newRow("0666 -> 0600") << 0666 << 0600;
        QTest::newRow("0640 -> 0600") << 0640 << 0600;
        QTest::newRow("0600 stays") << 0600 << 0600;
    }

    void existingFilesAreTightenedOnOpen()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        QTemporaryDir dir;
        QVERIFY(setMode(dir.path(), 0755));
        const QString path = dir.filePath(QStringLiteral("node.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, nodeMigrations()).ok());
        }
        // A database from before this release, with a -wal left behind by a crash.
        QVERIFY(setMode(path, before));
        QVERIFY(writeFile(path + QStringLiteral("-wal"), before));
        Database db;
        QVERIFY(db.open(path, nodeMigrations()).ok());
        QCOMPARE(octal(privatefiles::modeOf(path)), octal(after));
        QCOMPARE(octal(privatefiles::modeOf(path + QStringLiteral("-wal"))), octal(after));
        QCOMPARE(octal(privatefiles::modeOf(dir.path())), octal(0755)); // the operator's folder
    }

    // The default data folder holds only the node's files, so an old 0755 one is tightened.
    void defaultFolderIsTightened()
    {
        QTemporaryDir home;
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
        const QString path = Database::defaultPath();
        const QString folder = QFileInfo(path).absolutePath();
        QVERIFY2(folder.startsWith(home.path()), qPrintable(folder));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(setMode(folder, 0755));
        {
            Database db;
            QVERIFY(db.open(path, nodeMigrations()).ok());
        }
        if (saved.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", saved);
        QCOMPARE(octal(privatefiles::modeOf(folder)), octal(0700));
        QCOMPARE(octal(privatefiles::modeOf(path)), octal(0600));
    }

    void folderThatCannotBeCreatedIsAnError()
    {
        bool created = true;
        const Status status = privatefiles::makeFolder(QStringLiteral("/proc/ocpi-node-test/a"), &created);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("/proc/ocpi-node-test")), qPrintable(status.error().message));
        QVERIFY(!created);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
