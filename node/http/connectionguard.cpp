#include "connectionguard.h"

#include "core/logging.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace ocpi {

namespace {

constexpr int kLingerMs = 2000;

QByteArray headerValue(const QByteArray &head, QByteArrayView name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        if (name.compare(line.left(colon).trimmed(), Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}

QByteArray statusLine(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::PayloadTooLarge: return "HTTP/1.1 413 Payload Too Large\r\n";
    case ErrorKind::HeadersTooLarge: return "HTTP/1.1 431 Request Header Fields Too Large\r\n";
    default: return "HTTP/1.1 400 Bad Request\r\n";
    }
}

} // namespace

GuardedTcpServer::GuardedTcpServer(HttpLimits limits, RejectionBody rejection, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_rejection(std::move(rejection))
{
    m_clock.start();
    m_sweep.setInterval(qBound(50, m_limits.idleTimeoutMs / 4, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::closeIdleConnections);
    m_sweep.start();
}

GuardedTcpServer::~GuardedTcpServer()
{
    // Sockets still open (a partner's keep-alive connection) are our children, and ~QObject would
    // delete them only after m_guards is gone, while each guard's destructor still calls forget().
    const QSet<ConnectionGuard *> guards = m_guards;
    for (ConnectionGuard *guard : guards)
        delete guard->socket();
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // The guard connects to readyRead before QHttpServer does (in addPendingConnection's signal),
    // so it sees every chunk first.
    m_guards.insert(new ConnectionGuard(socket, this));
    addPendingConnection(socket);
}

static ConnectionGuard *guardOf(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void GuardedTcpServer::requestStarted(QTcpSocket *socket)
{
    if (ConnectionGuard *guard = guardOf(socket))
        guard->beginRequest();
}

void GuardedTcpServer::requestFinished(QTcpSocket *socket)
{
    if (ConnectionGuard *guard = guardOf(socket))
        guard->endRequest();
}

void GuardedTcpServer::closeIdleConnections()
{
    const qint64 now = nowMs();
    const QSet<ConnectionGuard *> guards = m_guards;
    for (ConnectionGuard *guard : guards) {
        if (guard->isBusy() || now - guard->lastActivityMs() < m_limits.idleTimeoutMs)
            continue;
        qCDebug(lcHttp) << "closing idle connection from" << guard->socket()->peerAddress().toString();
        guard->socket()->abort();
    }
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, GuardedTcpServer *server)
    : QObject(socket), m_socket(socket), m_server(server)
{
    touch();
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, [this] { touch(); });
}

ConnectionGuard::~ConnectionGuard()
{
    m_server->forget(this);
}

void ConnectionGuard::resetFrame()
{
    m_phase = Phase::Headers;
    m_head.clear();
    m_bodyExpected = 0;
    m_bodySeen = 0;
}

void ConnectionGuard::onReadyRead()
{
    touch();
    if (m_rejected) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    // Outside a transaction QHttpServer sits at a request boundary: frame from scratch. Inside one
    // it has consumed everything it saw before, so the unread bytes continue the current request.
    if (!m_socket->isTransactionStarted())
        resetFrame();
    scan(m_socket->peek(m_socket->bytesAvailable()));
}

bool ConnectionGuard::headersComplete(const QByteArray &fresh, qsizetype *consumed)
{
    const qsizetype before = m_head.size();
    const qsizetype room = m_server->limits().maxHeaderBytes + 4 - before;
    m_head.append(fresh.left(qMax<qsizetype>(room, 0)));
    const qsizetype from = qMax<qsizetype>(0, before - 3);
    qsizetype end = m_head.indexOf("\r\n\r\n", from);
    qsizetype terminator = 4;
    const qsizetype bare = m_head.indexOf("\n\n", from);
    if (bare >= 0 && (end < 0 || bare < end)) {
        end = bare;
        terminator = 2;
    }
    if (end < 0) {
        *consumed = fresh.size();
        return false;
    }
    const qsizetype headLength = end + terminator;
    *consumed = headLength - before;
    m_head.truncate(headLength);
    return true;
}

void ConnectionGuard::scan(const QByteArray &fresh)
{
    const HttpLimits &limits = m_server->limits();
    qsizetype pos = 0;
    while (pos < fresh.size() && !m_rejected) {
        if (m_phase == Phase::Headers) {
            // Skip blank lines between pipelined requests, as QHttpServer does.
            if (m_head.isEmpty()) {
                while (pos < fresh.size() && (fresh[pos] == '\r' || fresh[pos] == '\n'))
                    ++pos;
                if (pos == fresh.size())
                    return;
            }
            qsizetype consumed = 0;
            const QByteArray rest = fresh.mid(pos);
            if (!headersComplete(rest, &consumed)) {
                if (m_head.size() > limits.maxHeaderBytes) {
                    reject(ErrorKind::HeadersTooLarge,
                           QStringLiteral("request line and headers exceed %1 bytes").arg(limits.maxHeaderBytes));
                }
                return;
            }
            if (m_head.size() > limits.maxHeaderBytes) {
                reject(ErrorKind::HeadersTooLarge,
                       QStringLiteral("request line and headers exceed %1 bytes").arg(limits.maxHeaderBytes));
                return;
            }
            pos += consumed;
            const bool chunked = headerValue(m_head, "transfer-encoding").toLower().contains("chunked");
            bool lengthOk = true;
            const QByteArray lengthText = headerValue(m_head, "content-length");
            const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
            if (!lengthOk || length < 0) {
                reject(ErrorKind::InvalidData, QStringLiteral("Content-Length is not a number"));
                return;
            }
            if (length > limits.maxBodyBytes) {
                reject(ErrorKind::PayloadTooLarge,
                       QStringLiteral("request body of %1 bytes exceeds the limit of %2 bytes")
                           .arg(length)
                           .arg(limits.maxBodyBytes));
                return;
            }
            m_bodyExpected = chunked ? -1 : length;
            m_bodySeen = 0;
            const bool expectsContinue =
                headerValue(m_head, "expect").compare("100-continue", Qt::CaseInsensitive) == 0;
            if (expectsContinue && m_bodyExpected != 0 && pos == fresh.size())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            if (m_bodyExpected == 0) {
                resetFrame();
                continue;
            }
            m_phase = Phase::Body;
        } else {
            const qsizetype available = fresh.size() - pos;
            if (m_bodyExpected < 0) {
                // Chunked: count what arrives; chunk framing overhead is small next to the limit.
                m_bodySeen += available;
                if (m_bodySeen > limits.maxBodyBytes + 64 * 1024) {
                    reject(ErrorKind::PayloadTooLarge,
                           QStringLiteral("chunked request body exceeds the limit of %1 bytes").arg(limits.maxBodyBytes));
                }
                return;
            }
            const qsizetype take = qsizetype(qMin<qint64>(available, m_bodyExpected - m_bodySeen));
            m_bodySeen += take;
            pos += take;
            if (m_bodySeen == m_bodyExpected)
                resetFrame();
        }
    }
}

void ConnectionGuard::reject(ErrorKind kind, const QString &message)
{
    m_rejected = true;
    qCInfo(lcHttp).noquote() << "refused a request from" << m_socket->peerAddress().toString() << ":"
                             << message;
    // Take the socket away from QHttpServer: it must not buffer or parse any more of this request.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    m_socket->skip(m_socket->bytesAvailable());

    const QByteArray body = m_server->rejectionBody(kind, message);
    QByteArray response = statusLine(kind);
    response += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\nConnection: close\r\n\r\n" + body;
    m_socket->write(response);
    connect(m_socket, &QIODevice::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            finishRejection();
    });
    // Close after a while even if the peer keeps sending.
    QTimer::singleShot(kLingerMs, m_socket, &QAbstractSocket::abort);
}

void ConnectionGuard::finishRejection()
{
    // Half-close: the peer reads our answer, then sees EOF. Closing outright while it still sends
    // would reset the connection and could destroy the answer before the peer reads it.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

} // namespace ocpi
