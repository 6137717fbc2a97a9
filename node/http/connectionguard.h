#pragma once

#include "core/error.h"
#include "requestframer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <tuple>

class QSocketNotifier;
class QTcpSocket;

namespace ocpi {

struct HttpLimits
{
    qint64 maxHeaderBytes = 32 * 1024;       // request line + headers
    qint64 maxBodyBytes = 2 * 1024 * 1024;   // an OCPI object is a few KB
    int idleTimeoutMs = 30000;               // keep-alive sockets with no traffic are closed
    int headerTimeoutMs = 10000;             // from a request's first byte to the end of its head
    int bodyTimeoutMs = 60000;               // from a request's first byte to the end of its body
    int maxConnections = 1024;               // open connections overall
    int maxConnectionsPerClient = 128;       // open connections from one client address
};

class ConnectionGuard;

// The TCP server under QHttpServer (docs/architecture.md): QHttpServer 6.4 has no limits, never closes
// idle sockets and does not answer `Expect: 100-continue`. Every accepted socket gets a guard that
// looks at the bytes before QHttpServer buffers them and enforces the limits. The server keeps
// the number of connections bounded: when full, the oldest idle connection of the client holding
// the most connections makes room; a newcomer nothing can make room for gets 503.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    // `rejection` builds the response body for a refused request (an OCPI envelope).
    using RejectionBody = std::function<QByteArray(ErrorKind, const QString &)>;

    GuardedTcpServer(HttpLimits limits, RejectionBody rejection, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    // listen(), with connections accepted by this class (see acceptPending).
    bool listenGuarded(const QHostAddress &address, quint16 port);
    void stopListening();

    const HttpLimits &limits() const { return m_limits; }
    int openConnections() const { return int(m_guards.size()); }
    qint64 nowMs() const { return m_clock.elapsed(); }
    QByteArray rejectionBody(ErrorKind kind, const QString &message) const { return m_rejection(kind, message); }

    void forget(ConnectionGuard *guard);

    // A request read from `socket` is being handled / was answered. A connection with a request in
    // flight is not idle, however long its handler takes.
    void requestStarted(QTcpSocket *socket);
    void requestFinished(QTcpSocket *socket);

    // The bytes an error answer is made of: status line from the error table, JSON body, close.
    QByteArray rejectionResponse(ErrorKind kind, const QString &message) const;

protected:
    void incomingConnection(qintptr handle) override;

private:
    void sweep();
    bool makeRoom(const QHostAddress *client);
    void acceptPending();
    void onAcceptFailed(int error);

    HttpLimits m_limits;
    RejectionBody m_rejection;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QTimer m_resumeAccepting;
    QSocketNotifier *m_acceptNotifier = nullptr;
    QSet<ConnectionGuard *> m_guards;
    QHash<QHostAddress, int> m_perClient;
};

// Watches one socket. Runs before QHttpServer's own readyRead handler (it is connected first) and
// reads nothing: it peeks at the bytes QHttpServer has not consumed yet and frames requests itself.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket *socket, GuardedTcpServer *server);
    ~ConnectionGuard() override;

    qint64 lastActivityMs() const { return m_lastActivityMs; }
    bool isBusy() const { return m_inFlight > 0; }
    // No request in flight and none partly received: closing it loses nothing.
    bool isIdle() const { return m_inFlight == 0 && m_requestStartedMs < 0; }
    void beginRequest()
    {
        ++m_inFlight;
        touch();
    }
    void endRequest()
    {
        m_inFlight = qMax(0, m_inFlight - 1);
        touch();
    }
    QTcpSocket *socket() const { return m_socket; }
    const QHostAddress &client() const { return m_client; }

    // Refuses the current request: the error answer, then the connection closes.
    void reject(ErrorKind kind, const QString &message);
    // Called by the server's sweep: enforces the head and body deadlines.
    void checkDeadlines(qint64 now);

private:
    void onReadyRead();
    void touch() { m_lastActivityMs = m_server->nowMs(); }

    QTcpSocket *m_socket;
    GuardedTcpServer *m_server;
    QHostAddress m_client;
    qint64 m_lastActivityMs = 0;
    qint64 m_requestStartedMs = -1;  // first byte of the request being received, -1 between requests
    int m_inFlight = 0;              // requests handed to QHttpServer and not answered yet
    RequestFramer m_framer;
    bool m_rejected = false;
};

} // namespace ocpi
