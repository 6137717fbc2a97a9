#include "connectionguard.h"

#include "core/logging.h"

#include <QSocketNotifier>
#include <QTcpSocket>

#include <cerrno>

#include <sys/socket.h>
#include <unistd.h>

namespace ocpi {

namespace {

constexpr int kLingerMs = 2000;
constexpr int kResumeAcceptingMs = 100;
constexpr int kConnectionsFreedPerAcceptError = 16;
constexpr int kAcceptsPerWakeup = 64;  // then let the event loop serve the others
// QTcpServer's default is 50. A burst beyond the kernel's accept queue leaves connections the
// client thinks are open waiting for SYN-ACK retransmits (1, 2, 4, 8 s...) before the node even
// sees them; a deep queue lets the node accept them and apply its caps at once. The kernel bounds
// it by net.core.somaxconn (4096 on Debian 12).
constexpr int kListenBacklog = 1024;

ConnectionGuard *guardOf(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

// Writes the answer, half-closes once it is out (the peer reads it, then sees EOF; closing outright
// while it still sends would reset the connection and could destroy the answer before it is read),
// and aborts after a while even if the peer keeps sending.
void answerAndClose(QTcpSocket *socket, const QByteArray &response)
{
    socket->write(response);
    QObject::connect(socket, &QIODevice::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    });
    QTimer::singleShot(kLingerMs, socket, &QAbstractSocket::abort);
}

} // namespace

GuardedTcpServer::GuardedTcpServer(HttpLimits limits, RejectionBody rejection, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_rejection(std::move(rejection))
{
    m_clock.start();
    const int shortest = qMin(m_limits.idleTimeoutMs, qMin(m_limits.headerTimeoutMs, m_limits.bodyTimeoutMs));
    m_sweep.setInterval(qBound(50, shortest / 4, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweep.start();
    m_resumeAccepting.setSingleShot(true);
    m_resumeAccepting.setInterval(kResumeAcceptingMs);
    connect(&m_resumeAccepting, &QTimer::timeout, this, [this] {
        if (m_acceptNotifier)
            m_acceptNotifier->setEnabled(true);
    });
}

bool GuardedTcpServer::listenGuarded(const QHostAddress &address, quint16 port)
{
    setListenBacklogSize(kListenBacklog);
    if (!listen(address, port))
        return false;
    // QTcpServer 6.4 keeps polling a listening socket whose accept() fails with EMFILE, without
    // telling anyone (a core spins, nothing is accepted any more). Accept here instead.
    pauseAccepting();
    m_acceptNotifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &GuardedTcpServer::acceptPending);
    return true;
}

void GuardedTcpServer::stopListening()
{
    // The notifier must go before the descriptor it watches is closed (and maybe reused).
    delete m_acceptNotifier;
    m_acceptNotifier = nullptr;
    m_resumeAccepting.stop();
    close();
}

void GuardedTcpServer::acceptPending()
{
    for (int accepted = 0; accepted < kAcceptsPerWakeup; ++accepted) {
        const int descriptor = ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor >= 0) {
            incomingConnection(descriptor);
            emit newConnection();
            continue;
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        onAcceptFailed(errno);
        return;
    }
}

GuardedTcpServer::~GuardedTcpServer()
{
    stopListening();
    // Sockets still open (a partner's keep-alive connection) are our children, and ~QObject would
    // delete them only after m_guards is gone, while each guard's destructor still calls forget().
    const QSet<ConnectionGuard *> guards = m_guards;
    for (ConnectionGuard *guard : guards)
        delete guard->socket();
}

void GuardedTcpServer::forget(ConnectionGuard *guard)
{
    if (!m_guards.remove(guard))
        return;
    auto count = m_perClient.find(guard->client());
    if (count != m_perClient.end() && --count.value() <= 0)
        m_perClient.erase(count);
}

QByteArray GuardedTcpServer::rejectionResponse(ErrorKind kind, const QString &message) const
{
    const int status = statusFor(kind).httpStatus;
    const QByteArray body = m_rejection(kind, message);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status)
           + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\nConnection: close\r\n\r\n" + body;
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        ::close(int(handle));  // not adopted by the socket: still ours
        return;
    }
    const QHostAddress client = socket->peerAddress();
    const bool clientFull = m_perClient.value(client) >= m_limits.maxConnectionsPerClient;
    const bool serverFull = openConnections() >= m_limits.maxConnections;
    if ((clientFull || serverFull) && !makeRoom(clientFull ? &client : nullptr)) {
        const QString message = clientFull
            ? QStringLiteral("too many connections from %1 (limit %2)").arg(client.toString()).arg(m_limits.maxConnectionsPerClient)
            : QStringLiteral("too many connections (limit %1)").arg(m_limits.maxConnections);
        qCWarning(lcHttp).noquote() << "refused a connection:" << message;
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        answerAndClose(socket, rejectionResponse(ErrorKind::TooManyConnections, message));
        return;
    }
    // The guard connects to readyRead before QHttpServer does (in addPendingConnection's signal),
    // so it sees every chunk first.
    m_guards.insert(new ConnectionGuard(socket, this));
    ++m_perClient[client];
    addPendingConnection(socket);
}

// Closes one connection to make room: an idle one before one that is still sending its request,
// from the client holding the most connections, the oldest first. Connections whose request is
// being handled are never closed. With `client`, only that client's connections are considered.
bool GuardedTcpServer::makeRoom(const QHostAddress *client)
{
    ConnectionGuard *victim = nullptr;
    auto rank = [this](const ConnectionGuard *guard) {
        return std::make_tuple(guard->isIdle(), m_perClient.value(guard->client()), -guard->lastActivityMs());
    };
    for (ConnectionGuard *guard : std::as_const(m_guards)) {
        if (guard->isBusy() || (client && guard->client() != *client))
            continue;
        if (!victim || rank(guard) > rank(victim))
            victim = guard;
    }
    if (!victim)
        return false;
    qCInfo(lcHttp).noquote() << "closing the oldest idle connection from" << victim->client().toString()
                             << "to make room for a new one";
    forget(victim);
    victim->socket()->abort();
    return true;
}

void GuardedTcpServer::onAcceptFailed(int error)
{
    // Out of descriptors (EMFILE/ENFILE) or kernel memory: free a batch of descriptors held by
    // idle connections and go on at once; when nothing can be freed, stop polling for a moment
    // rather than spin on a listening socket that stays readable.
    int freed = 0;
    const bool outOfResources = error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM;
    while (outOfResources && freed < kConnectionsFreedPerAcceptError && makeRoom(nullptr))
        ++freed;
    qCWarning(lcHttp).noquote() << "cannot accept a connection:" << qt_error_string(error) << "- open connections:"
                                << openConnections() << "- closed" << freed << "idle ones";
    if (freed > 0) {
        QMetaObject::invokeMethod(this, &GuardedTcpServer::acceptPending, Qt::QueuedConnection);
        return;
    }
    if (m_acceptNotifier) {
        m_acceptNotifier->setEnabled(false);
        m_resumeAccepting.start();
    }
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

void GuardedTcpServer::sweep()
{
    const qint64 now = nowMs();
    const QSet<ConnectionGuard *> guards = m_guards;
    for (ConnectionGuard *guard : guards) {
        guard->checkDeadlines(now);
        if (!guard->isIdle() || now - guard->lastActivityMs() < m_limits.idleTimeoutMs)
            continue;
        qCDebug(lcHttp) << "closing idle connection from" << guard->client().toString();
        guard->socket()->abort();
    }
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, GuardedTcpServer *server)
    : QObject(socket),
      m_socket(socket),
      m_server(server),
      m_client(socket->peerAddress()),
      m_framer(FramingLimits{server->limits().maxHeaderBytes, server->limits().maxBodyBytes})
{
    touch();
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, [this] { touch(); });
}

ConnectionGuard::~ConnectionGuard()
{
    m_server->forget(this);
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
        m_framer.reset();
    m_framer.feed(m_socket->peek(m_socket->bytesAvailable()));
    if (m_framer.rejected()) {
        reject(m_framer.rejectionKind(), m_framer.rejectionMessage());
        return;
    }
    if (!m_framer.inRequest())
        m_requestStartedMs = -1;
    else if (m_requestStartedMs < 0)
        m_requestStartedMs = m_server->nowMs();
    // Several interim answers for one request are allowed (RFC 9110 §15.2), so a re-framed request
    // that asks again is simply answered again.
    if (m_framer.continueWanted())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void ConnectionGuard::checkDeadlines(qint64 now)
{
    if (m_rejected || m_requestStartedMs < 0)
        return;
    const HttpLimits &limits = m_server->limits();
    const qint64 elapsed = now - m_requestStartedMs;
    if (m_framer.inHead() && elapsed >= limits.headerTimeoutMs) {
        reject(ErrorKind::RequestTimeout,
               QStringLiteral("the request head did not arrive within %1 s").arg(limits.headerTimeoutMs / 1000.0));
    } else if (!m_framer.inHead() && elapsed >= limits.bodyTimeoutMs) {
        reject(ErrorKind::RequestTimeout,
               QStringLiteral("the request body did not arrive within %1 s").arg(limits.bodyTimeoutMs / 1000.0));
    }
}

void ConnectionGuard::reject(ErrorKind kind, const QString &message)
{
    m_rejected = true;
    qCInfo(lcHttp).noquote() << "refused a request from" << m_client.toString() << ":" << message;
    // Take the socket away from QHttpServer: it must not buffer or parse any more of this request.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    m_socket->skip(m_socket->bytesAvailable());
    answerAndClose(m_socket, m_server->rejectionResponse(kind, message));
}

} // namespace ocpi
