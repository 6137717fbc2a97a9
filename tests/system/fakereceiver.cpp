#include "fakereceiver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace ocpi::test {

namespace {

const QString kVersions = QStringLiteral("/emsp/versions");
const QString kDetails = QStringLiteral("/emsp/2.2.1");
const QString kLocations = QStringLiteral("/emsp/2.2.1/locations");

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    default: return "Status";
    }
}

} // namespace

FakeReceiver::FakeReceiver(QString token, QObject *parent)
    : QObject(parent), m_token(std::move(token)), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeReceiver::accept);
}

FakeReceiver::~FakeReceiver()
{
    // The sockets are children of the server; their disconnect handlers must not run half-destroyed.
    for (QTcpSocket *socket : m_server->findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

bool FakeReceiver::listen()
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), m_port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakeReceiver::setMode(Mode mode)
{
    m_mode = mode;
    if (mode != Mode::Refusing) {
        if (!listen())
            qFatal("the fake receiver cannot listen on port %d again", m_port);
        return;
    }
    // Down: nothing listens, and the connections the node keeps alive are cut.
    m_server->close();
    for (QTcpSocket *socket : m_server->findChildren<QTcpSocket *>()) {
        m_hanging.remove(socket);
        socket->abort();
    }
}

QString FakeReceiver::base() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString FakeReceiver::versionsUrl() const
{
    return base() + kVersions;
}

QString FakeReceiver::locationsUrl() const
{
    return base() + kLocations;
}

void FakeReceiver::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(m_server);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_hanging.remove(socket))
                ++m_hungUp;
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeReceiver::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // One request at a time per connection: the node's client does not pipeline.
    while (!m_hanging.contains(socket)) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3) {
            socket->abort();
            return;
        }
        Request request;
        request.method = requestLine[0];
        request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(requestLine[1]));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        handle(socket, request);
    }
}

void FakeReceiver::handle(QTcpSocket *socket, const Request &request)
{
    const bool push = request.path.startsWith(kLocations + QLatin1Char('/'));
    if (push)
        m_pushes.append({request.method, request.path.mid(kLocations.size()), request.body, m_mode});
    if (m_mode == Mode::Hanging) {
        m_hanging.insert(socket);
        return;
    }
    if (m_mode == Mode::Failing) {
        ++m_answered[int(Mode::Failing)];
        answer(socket, 500, envelope(QJsonValue(), 3000, QStringLiteral("fake receiver: failing on purpose")));
        return;
    }
    const QByteArray authorization = request.headers.value("authorization");
    if (authorization != "Token " + m_token.toUtf8().toBase64() && authorization != "Token " + m_token.toUtf8()) {
        ++m_unauthorized;
        if (push)
            m_pushes.last().answeredWith = Mode::Failing;
        answer(socket, 401, envelope(QJsonValue(), 2000, QStringLiteral("unknown token")));
        return;
    }
    if (push && (request.method == "PUT" || request.method == "PATCH")) {
        ++m_answered[int(Mode::Ok)];
        answer(socket, 200, envelope(QJsonValue(), 1000, QStringLiteral("Success")));
    } else if (request.method == "GET" && request.path == kVersions) {
        answer(socket, 200, envelope(QJsonArray{QJsonObject{{QStringLiteral("version"), QStringLiteral("2.2.1")},
                                                            {QStringLiteral("url"), base() + kDetails}}},
                                     1000, QStringLiteral("Success")));
    } else if (request.method == "GET" && request.path == kDetails) {
        const QJsonArray endpoints{
            QJsonObject{{QStringLiteral("identifier"), QStringLiteral("credentials")},
                        {QStringLiteral("role"), QStringLiteral("SENDER")},
                        {QStringLiteral("url"), base() + QStringLiteral("/emsp/2.2.1/credentials")}},
            QJsonObject{{QStringLiteral("identifier"), QStringLiteral("locations")},
                        {QStringLiteral("role"), QStringLiteral("RECEIVER")},
                        {QStringLiteral("url"), locationsUrl()}}};
        answer(socket, 200, envelope(QJsonObject{{QStringLiteral("version"), QStringLiteral("2.2.1")},
                                                 {QStringLiteral("endpoints"), endpoints}},
                                     1000, QStringLiteral("Success")));
    } else {
        answer(socket, 404, envelope(QJsonValue(), 2000, QStringLiteral("not served by the fake receiver")));
    }
}

void FakeReceiver::answer(QTcpSocket *socket, int status, const QByteArray &json)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
                  + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n"
                  + json);
}

QByteArray FakeReceiver::envelope(const QJsonValue &data, int statusCode, const QString &message) const
{
    QJsonObject object{{QStringLiteral("status_code"), statusCode},
                       {QStringLiteral("status_message"), message},
                       {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (!data.isUndefined() && !data.isNull())
        object.insert(QStringLiteral("data"), data);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace ocpi::test
