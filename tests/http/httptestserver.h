#pragma once

// Helpers shared by the HTTP-level tests of this folder: a node front end built by hand around test
// routes, and a raw HTTP/1.1 client for what QNetworkAccessManager cannot do (send headers without
// the body, pipeline, watch a connection close).

#include "core/clock.h"
#include "http/dispatcher.h"
#include "http/httpserver.h"
#include "http/responses.h"
#include "http/router.h"
#include "ocpi/envelope.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace ocpi::test {

// Router + Dispatcher + HttpServer on 127.0.0.1, port 0, fixed clock, no request log.
struct TestServer
{
    FixedClock clock{fixedNow()};
    Router router;
    std::unique_ptr<Dispatcher> dispatcher;
    std::unique_ptr<HttpServer> server;

    Status start(HttpLimits limits = HttpLimits(), CallerDirectory *callers = nullptr)
    {
        DispatchSettings settings;
        settings.parties = {*PartyRole::parse(u"NL-TNM:CPO")};
        dispatcher = std::make_unique<Dispatcher>(router, callers, nullptr, clock, settings);
        server = std::make_unique<HttpServer>(*dispatcher, limits);
        if (Status s = server->listen(QHostAddress(QHostAddress::LocalHost), 0); !s)
            return s;
        dispatcher->setPublicBase(base());
        return Status::success();
    }

    quint16 port() const { return server->port(); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    QUrl url(const QString &pathAndQuery) const { return QUrl(base() + pathAndQuery); }
};

// A route anyone may call (no token), for the tests' own handlers.
inline Route openRoute(const QByteArray &method, const QString &pattern)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.access = Access::Open;
    return route;
}

// GET `pattern` answered after `delayMs`, like a credentials handler waiting for a partner.
// `started` (optional) counts the requests that reached the handler, so a test can wait until its
// connections are busy.
inline void addSlowRoute(Router &router, QObject *context, const QString &pattern, int delayMs, int *started = nullptr)
{
    Route slow = openRoute("GET", pattern);
    slow.handler = [context, delayMs, started](const RouteCall &c, Responder respond) {
        if (started)
            ++*started;
        const QDateTime now = c.now;
        QTimer::singleShot(delayMs, context, [respond, now] { respond(reply::ok(now)); });
    };
    router.add(slow);
}

struct RawResponse
{
    int status = 0;
    HeaderList headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    }
};

// Takes the complete responses off the front of `buffer` (bodies framed by Content-Length; 1xx
// answers have none). Incomplete data stays in the buffer.
inline QList<RawResponse> takeResponses(QByteArray &buffer)
{
    QList<RawResponse> out;
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        RawResponse response;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine[0].startsWith("HTTP/1."))
            break;
        response.status = statusLine[1].toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                response.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        const qsizetype length = response.status >= 200 ? response.header("content-length").toLongLong() : 0;
        if (buffer.size() < end + 4 + length)
            break;
        response.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        out.append(response);
    }
    return out;
}

// A client socket driven from the test's thread: every wait spins the event loop so the server,
// living in the same thread, keeps working.
class RawClient
{
public:
    // `from`: the client's own address (any of 127.0.0.0/8 reaches a node on 127.0.0.1), so one
    // test can be several clients.
    bool connectTo(quint16 port, const QHostAddress &from = QHostAddress())
    {
        if (!from.isNull())
            m_socket.bind(from);
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        return waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // Spins the event loop (the server may be in this thread) until `condition`, reading as it goes.
    bool waitFor(const std::function<bool()> &condition, int timeoutMs)
    {
        return condition() || QTest::qWaitFor([&] {
            m_received += m_socket.readAll();
            return condition();
        }, timeoutMs);
    }

    // Waits for `count` complete responses in all (kept in responses()).
    bool waitForResponses(int count, int timeoutMs = 5000)
    {
        return waitFor([this, count] {
            m_received += m_socket.readAll();
            m_responses += takeResponses(m_received);
            return m_responses.size() >= count;
        }, timeoutMs);
    }

    bool waitForClose(int timeoutMs)
    {
        return waitFor([this] {
            m_received += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        }, timeoutMs);
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    const QList<RawResponse> &responses() const { return m_responses; }
    QByteArray &received() { return m_received; }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    QList<RawResponse> m_responses;
};

// The parsed body, or an empty object when it is not one JSON object.
inline QJsonObject jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError && doc.isObject() ? doc.object() : QJsonObject();
}

// An error envelope as the node writes it at the fixed test clock.
inline QByteArray errorBody(int statusCode, const QString &message)
{
    return envelope::error(statusCode, message, fixedNow());
}

} // namespace ocpi::test
