#pragma once

#include "core/error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace ocpi {

struct HttpLimits
{
    qint64 maxHeaderBytes = 32 * 1024;       // request line + headers
    qint64 maxBodyBytes = 2 * 1024 * 1024;   // an OCPI object is a few KB
    int idleTimeoutMs = 30000;               // keep-alive sockets with no traffic are closed
};

class ConnectionGuard;

// The TCP server under QHttpServer (DESIGN.md §3): QHttpServer 6.4 has no limits, never closes
// idle sockets and does not answer `Expect: 100-continue`. Every accepted socket gets a guard that
// looks at the bytes before QHttpServer buffers them and enforces all three.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    // `rejection` builds the response body for a refused request (an OCPI envelope).
    using RejectionBody = std::function<QByteArray(ErrorKind, const QString &)>;

    GuardedTcpServer(HttpLimits limits, RejectionBody rejection, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    const HttpLimits &limits() const { return m_limits; }
    int openConnections() const { return int(m_guards.size()); }
    qint64 nowMs() const { return m_clock.elapsed(); }
    QByteArray rejectionBody(ErrorKind kind, const QString &message) const { return m_rejection(kind, message); }

    void forget(ConnectionGuard *guard) { m_guards.remove(guard); }

    // A request read from `socket` is being handled / was answered. A connection with a request in
    // flight is not idle, however long its handler takes.
    void requestStarted(QTcpSocket *socket);
    void requestFinished(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void closeIdleConnections();

    HttpLimits m_limits;
    RejectionBody m_rejection;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QSet<ConnectionGuard *> m_guards;
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

private:
    enum class Phase { Headers, Body };

    void onReadyRead();
    void scan(const QByteArray &fresh);
    bool headersComplete(const QByteArray &fresh, qsizetype *consumed);
    void resetFrame();
    void reject(ErrorKind kind, const QString &message);
    void finishRejection();
    void touch() { m_lastActivityMs = m_server->nowMs(); }

    QTcpSocket *m_socket;
    GuardedTcpServer *m_server;
    qint64 m_lastActivityMs = 0;
    int m_inFlight = 0;            // requests handed to QHttpServer and not answered yet

    Phase m_phase = Phase::Headers;
    QByteArray m_head;             // request line and headers seen so far
    qint64 m_bodyExpected = 0;     // -1: chunked
    qint64 m_bodySeen = 0;
    bool m_rejected = false;
};

} // namespace ocpi
