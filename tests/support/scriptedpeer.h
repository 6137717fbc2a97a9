#pragma once

// A scripted OCPI platform for module tests, where a real node cannot misbehave the way a test
// needs (refusals, broken Link headers, invalid objects): each route answers what the test says.

#include "support/testsupport.h"

#include "core/clock.h"
#include "http/dispatcher.h"
#include "http/httpserver.h"
#include "http/responses.h"
#include "http/router.h"
#include "partners/partner.h"

#include <QTest>

#include <memory>

namespace ocpi::test {

// A scripted OCPI platform: routes answer whatever the test says, every request is recorded. It
// does not check tokens; nodes reach it through a Partner inserted into their registry.
class ScriptedPeer
{
public:
    struct Seen
    {
        QByteArray method;
        QString target;      // path?query as received
        QByteArray body;
        HeaderList headers;
    };

    ScriptedPeer()
    {
        m_dispatcher = std::make_unique<Dispatcher>(m_router, nullptr, nullptr, m_clock, DispatchSettings{});
        m_server = std::make_unique<HttpServer>(*m_dispatcher, HttpLimits{});
        if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0))
            qFatal("scripted peer cannot listen");
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1/peer").arg(m_server->port()); }

    // `pattern` below /peer, e.g. "/tariffs/{country_code}/{party_id}/{tariff_id}".
    void on(const QByteArray &method, const QString &pattern, SyncHandler handler)
    {
        Route route;
        route.method = method;
        route.pattern = QStringLiteral("/peer") + pattern;
        route.access = Access::Open;
        m_router.addSync(route, [this, handler = std::move(handler)](const RouteCall &call) {
            m_seen.append({call.request.method, call.request.target(), call.request.body, call.request.headers});
            return handler(call);
        });
    }

    const QList<Seen> &seen() const { return m_seen; }
    QStringList targets(const QByteArray &method = "GET") const
    {
        QStringList list;
        for (const Seen &s : m_seen) {
            if (s.method == method)
                list << s.target;
        }
        return list;
    }
    void clearSeen() { m_seen.clear(); }

    // The partner record a node needs to talk to this peer: registered, the given parties and
    // endpoints (identifier, role, path below /peer).
    Partner partner(const QList<PartyRole> &parties, const QList<QPair<QString, QString>> &endpoints,
                    const QStringList &paths) const
    {
        Partner p;
        p.name = QStringLiteral("scripted-peer");
        p.state = PartnerState::Registered;
        p.versionsUrl = base() + QStringLiteral("/versions");
        p.version = QStringLiteral("2.2.1");
        for (const PartyRole &party : parties)
            p.roles.append({party, {QStringLiteral("Scripted Peer"), QString(), QString()}});
        for (qsizetype i = 0; i < endpoints.size(); ++i)
            p.endpoints.append({endpoints[i].first, endpoints[i].second, base() + paths.value(i)});
        p.outgoingToken = QStringLiteral("scripted-peer-token-0123456789");
        p.encodingSetting = EncodingSetting::Base64;
        p.hasIncomingToken = true;
        return p;
    }

private:
    SystemClock m_clock;
    Router m_router;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<HttpServer> m_server;
    QList<Seen> m_seen;
};

} // namespace ocpi::test
