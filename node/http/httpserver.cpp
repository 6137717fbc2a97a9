#include "httpserver.h"

#include "core/logging.h"
#include "dispatcher.h"
#include "ocpi/envelope.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QUrl>

namespace ocpi {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

QByteArray serialize(const HttpResponse &response, bool omitBody, bool close)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + httpReasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!omitBody)
        out += response.body;
    return out;
}

} // namespace

HttpServer::HttpServer(Dispatcher &dispatcher, HttpLimits limits, QObject *parent)
    : QAbstractHttpServer(parent), m_dispatcher(dispatcher), m_limits(limits)
{
}

Status HttpServer::listen(const QHostAddress &address, quint16 port)
{
    auto rejection = [](ErrorKind kind, const QString &message) {
        return envelope::error(statusFor(kind).ocpiStatus, message, QDateTime::currentDateTimeUtc());
    };
    auto *tcp = new GuardedTcpServer(m_limits, rejection, this);
    if (!tcp->listenGuarded(address, port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return Error::internal(QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(reason));
    }
    bind(tcp);
    m_tcp = tcp;
    return Status::success();
}

void HttpServer::close()
{
    if (m_tcp)
        m_tcp->stopListening();
}

quint16 HttpServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

int HttpServer::openConnections() const
{
    return m_tcp ? m_tcp->openConnections() : 0;
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest converted;
    converted.method = methodName(request.method());
    const QUrl url = request.url();
    converted.path = url.path(QUrl::FullyEncoded);
    converted.segments = HttpRequest::splitPath(converted.path);
    converted.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    converted.headers = request.headers();
    converted.body = request.body();
    converted.remoteAddress = request.remoteAddress().toString();

    const bool omitBody = request.method() == QHttpServerRequest::Method::Head;
    const bool close = request.value("connection").toLower().contains("close");
    // Answers may come later (a handler waiting for a partner); by then the client may be gone and
    // QHttpServer may have deleted the socket. QPointer + state check make that harmless.
    QPointer<QTcpSocket> target(socket);
    QPointer<HttpServer> self(this);
    auto pipeline = m_pipelines.find(socket);
    if (pipeline == m_pipelines.end()) {
        pipeline = m_pipelines.insert(socket, Pipeline());
        connect(socket, &QObject::destroyed, this, [this, socket] { m_pipelines.remove(socket); });
    }
    const quint64 sequence = pipeline->nextRequest++;
    // While the handler works the connection is busy, not idle (the guard must not close it).
    QPointer<GuardedTcpServer> tcp(m_tcp);
    if (tcp)
        tcp->requestStarted(socket);
    m_dispatcher.dispatch(std::move(converted), [self, target, tcp, sequence, omitBody, close](HttpResponse response) {
        if (!target || !self)
            return;
        if (tcp)
            tcp->requestFinished(target);
        self->deliver(target, sequence, serialize(response, omitBody, close), close);
    });
    return true;
}

void HttpServer::deliver(QTcpSocket *socket, quint64 sequence, QByteArray bytes, bool close)
{
    const auto pipeline = m_pipelines.find(socket);
    if (pipeline == m_pipelines.end())
        return;
    pipeline->ready.emplace(sequence, std::make_pair(std::move(bytes), close));
    QByteArray out;
    bool closeAfter = false;
    while (!pipeline->ready.empty() && pipeline->ready.begin()->first == pipeline->nextToWrite) {
        auto node = pipeline->ready.extract(pipeline->ready.begin());
        ++pipeline->nextToWrite;
        out += node.mapped().first;
        if (node.mapped().second) {
            closeAfter = true;  // nothing after a `Connection: close` answer
            pipeline->ready.clear();
            break;
        }
    }
    if (out.isEmpty() || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(out);
    if (closeAfter)
        socket->disconnectFromHost();
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers everything, including unknown paths (404 envelope).
}

} // namespace ocpi
