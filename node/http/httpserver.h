#pragma once

#include "connectionguard.h"
#include "core/result.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>

#include <map>

namespace ocpi {

class Dispatcher;

// The only file that sees QHttpServer (its API changed a lot between 6.4 and 6.8). It turns a
// QHttpServerRequest into an HttpRequest, hands it to the Dispatcher, and writes the answer in one
// piece, later if need be, but only while the client is still connected.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpServer(Dispatcher &dispatcher, HttpLimits limits, QObject *parent = nullptr);

    Status listen(const QHostAddress &address, quint16 port);
    void close();
    quint16 port() const;
    int openConnections() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // HTTP/1.1 pipelining: answers go out in the order the requests came, even when a later
    // request is answered first (a deferred handler). One per open socket.
    struct Pipeline
    {
        quint64 nextRequest = 0;
        quint64 nextToWrite = 0;
        std::map<quint64, std::pair<QByteArray, bool>> ready; // sequence -> (bytes, close after)
    };
    void deliver(QTcpSocket *socket, quint64 sequence, QByteArray bytes, bool close);

    Dispatcher &m_dispatcher;
    HttpLimits m_limits;
    QPointer<GuardedTcpServer> m_tcp;
    QHash<QTcpSocket *, Pipeline> m_pipelines;
};

} // namespace ocpi
