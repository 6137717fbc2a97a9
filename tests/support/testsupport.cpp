#include "testsupport.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

namespace ocpi::test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);
}

NodeConfig nodeConfig(const QTemporaryDir &dir, const QStringList &parties, const QString &dbName)
{
    NodeConfig config;
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.databasePath = dir.filePath(dbName);
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
