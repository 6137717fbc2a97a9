#include "testsupport.h"

#include <QJsonArray>

#include "store/databaselocation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

namespace ocpi::test {

namespace {

struct PostgresDatabases
{
    QMutex mutex;
    QHash<QString, QString> byPath; // file path -> URL
    QStringList created;
    int next = 0;
};

PostgresDatabases &postgresDatabases()
{
    static PostgresDatabases databases;
    return databases;
}

// A connection to the server's administrative database (OCPI_TEST_PG_URL's), for CREATE/DROP.
QSqlDatabase adminConnection(const DatabaseLocation &server)
{
    const QString name = QStringLiteral("ocpi-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setUserName(server.user);
    db.setPassword(server.password);
    db.setDatabaseName(server.database);
    if (!db.open())
        qFatal("cannot connect to the test PostgreSQL server %s: %s", qPrintable(server.displayName()),
               qPrintable(db.lastError().text()));
    return db;
}

void dropPostgresDatabases()
{
    PostgresDatabases &databases = postgresDatabases();
    const auto server = DatabaseLocation::parse(qEnvironmentVariable("OCPI_TEST_PG_URL"));
    if (databases.created.isEmpty() || !server)
        return;
    {
        QSqlDatabase db = adminConnection(*server);
        for (const QString &name : std::as_const(databases.created)) {
            QSqlQuery drop(db);
            if (!drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)))
                qWarning("cannot drop test database %s: %s", qPrintable(name), qPrintable(drop.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ocpi-test-admin"));
}

QString postgresDatabaseFor(const QString &path)
{
    const QString serverUrl = qEnvironmentVariable("OCPI_TEST_PG_URL");
    if (serverUrl.isEmpty()) {
        std::fprintf(stderr, "skipped: OCPI_TEST_PG_URL is not set (scripts/test starts a throwaway server with "
                             "scripts/pg-throwaway and sets it)\n");
        std::exit(77);
    }
    const auto server = DatabaseLocation::parse(serverUrl);
    if (!server || !server->isPostgres())
        qFatal("OCPI_TEST_PG_URL is not a postgresql:// URL");
    PostgresDatabases &databases = postgresDatabases();
    QMutexLocker lock(&databases.mutex);
    if (const auto found = databases.byPath.constFind(path); found != databases.byPath.constEnd())
        return *found;
    const QString name = QStringLiteral("ocpi_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++databases.next);
    QSqlQuery create(adminConnection(*server));
    if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
        qFatal("cannot create test database %s: %s", qPrintable(name), qPrintable(create.lastError().text()));
    if (databases.created.isEmpty())
        qAddPostRoutine(dropPostgresDatabases);
    databases.created.append(name);
    QUrl url(serverUrl);
    url.setPath(QLatin1Char('/') + name);
    databases.byPath.insert(path, url.toString());
    return url.toString();
}

} // namespace

QString testDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (qEnvironmentVariable("OCPI_TEST_DATABASE") != QLatin1String("postgresql"))
        return path;
    return postgresDatabaseFor(path);
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);
}

NodeConfig nodeConfig(const QTemporaryDir &dir, const QStringList &parties, const QString &dbName)
{
    NodeConfig config;
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.databasePath = testDatabase(dir, dbName);
    for (const QString &text : parties) {
        if (auto party = PartyRole::parse(text))
            config.parties.append(*party);
    }
    config.logLevel = QStringLiteral("warning");
    return config;
}

QByteArray tokenHeader(const QString &token)
{
    return "Token " + token.toUtf8().toBase64();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

HttpResult request(const QByteArray &method, const QUrl &url, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    QNetworkReply *reply = manager.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    if (!reply->isFinished()) {
        result.error = QStringLiteral("timeout");
        reply->abort();
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        if (reply->error() != QNetworkReply::NoError && result.status == 0)
            result.error = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(timeoutMs))
        return QByteArray();
    socket.write(bytes);
    QByteArray received;
    // The event loop runs meanwhile, so a node in this thread serves the bytes.
    (void)QTest::qWaitFor([&] {
        received += socket.readAll();
        return socket.state() != QAbstractSocket::ConnectedState;
    }, timeoutMs);
    received += socket.readAll();
    return received;
}

QJsonObject withoutTariffIds(QJsonObject location)
{
    QJsonArray evses = location.value(QStringLiteral("evses")).toArray();
    for (QJsonValueRef evseValue : evses) {
        QJsonObject evse = evseValue.toObject();
        QJsonArray connectors = evse.value(QStringLiteral("connectors")).toArray();
        for (QJsonValueRef connector : connectors) {
            QJsonObject edited = connector.toObject();
            edited.remove(QStringLiteral("tariff_ids"));
            connector = edited;
        }
        evse.insert(QStringLiteral("connectors"), connectors);
        evseValue = evse;
    }
    location.insert(QStringLiteral("evses"), evses);
    return location;
}

QByteArray readTestData(const QString &relativePath)
{
    QFile file(QStringLiteral(OCPI_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relativePath));
    return file.readAll();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

std::unique_ptr<QProcess> serveNode(const QStringList &args, const QStringList &launcher)
{
    auto process = std::make_unique<QProcess>();
    const QStringList command = launcher + QStringList{QStringLiteral(OCPI_NODE_BINARY), QStringLiteral("serve")} + args;
    process->start(command.first(), command.mid(1));
    process->waitForStarted();
    (void)QTest::qWaitFor([&] { return process->canReadLine() || process->state() != QProcess::Running; }, 10000);
    return process;
}

NodeRun runNode(const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(OCPI_NODE_BINARY), args);
    (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    process.waitForFinished(1000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace ocpi::test
