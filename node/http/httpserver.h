#pragma once

#include "connectionguard.h"
#include "core/result.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>

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
    Dispatcher &m_dispatcher;
    HttpLimits m_limits;
    QPointer<GuardedTcpServer> m_tcp;
};

} // namespace ocpi
