#pragma once

// Helpers shared by the data-sync tests (tariffs, push, pull, object commands): nodes registered
// with each other in one process, tariffs to play with, the request log as seen by a node, and a
// scripted peer whose answers a test writes route by route.

#include "support/testsupport.h"

#include "core/clock.h"
#include "http/dispatcher.h"
#include "http/httpserver.h"
#include "http/responses.h"
#include "http/router.h"
#include "modules/credentials/registrationclient.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "store/database.h"
#include "sync/objectservice.h"
#include "sync/outbox.h"
#include "sync/outboxdeliverer.h"
#include "sync/puller.h"
#include "traffic/requestlog.h"
#include "traffic/trafficstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

#include <functional>
#include <memory>

namespace ocpi::test {

inline std::unique_ptr<NodeRuntime> startNode(const NodeConfig &config, const Clock *clock = nullptr)
{
    auto node = std::make_unique<NodeRuntime>(config, clock);
    const Status started = node->start();
    if (!started) {
        qWarning("node did not start: %s", qPrintable(started.error().message));
        return nullptr;
    }
    return node;
}

// `registering` registers with `inviting` through the real credentials handshake.
inline Status registerNodes(NodeRuntime &registering, NodeRuntime &inviting)
{
    auto invitation = inviting.partners().invite(QStringLiteral("partner"));
    if (!invitation)
        return invitation.error();
    std::optional<Result<Partner>> outcome;
    registering.registration().registerWith({inviting.versionsUrl(), invitation->token, QString(), EncodingSetting::Auto},
                                            [&](Result<Partner> result) { outcome = std::move(result); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
        return Error::internal(QStringLiteral("registration did not finish"));
    if (!*outcome)
        return outcome->error();
    return Status::success();
}

inline Partner onlyPartner(NodeRuntime &node)
{
    auto partners = node.partners().list();
    if (!partners || partners->size() != 1)
        qFatal("expected exactly one partner");
    return partners->first();
}

// A valid Tariff (TAR-04) with one ENERGY component.
inline QJsonObject tariff(const QString &id, const QString &lastUpdated, double price = 0.25,
                          const QString &countryCode = QStringLiteral("NL"), const QString &partyId = QStringLiteral("CPO"))
{
    const QJsonObject component{{QStringLiteral("type"), QStringLiteral("ENERGY")},
                                {QStringLiteral("price"), price},
                                {QStringLiteral("step_size"), 1}};
    return {{QStringLiteral("country_code"), countryCode},
            {QStringLiteral("party_id"), partyId},
            {QStringLiteral("id"), id},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("elements"), QJsonArray{QJsonObject{{QStringLiteral("price_components"), QJsonArray{component}}}}},
            {QStringLiteral("last_updated"), lastUpdated}};
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Stored objects as JSON, in storage (creation) order.
inline QJsonArray storedJson(ObjectService &service, const ObjectFilter &filter = {})
{
    QJsonArray array;
    auto objects = service.stored(filter);
    if (!objects)
        qFatal("cannot list stored objects: %s", qPrintable(objects.error().message));
    for (const StoredObject &object : *objects)
        array.append(QJsonDocument::fromJson(object.json).object());
    return array;
}

inline QJsonArray ownJson(ObjectService &service)
{
    ObjectFilter ours;
    ours.source = ObjectFilter::Source::Ours;
    return storedJson(service, ours);
}

inline QJsonArray partnersJson(ObjectService &service, qint64 partnerId)
{
    ObjectFilter theirs;
    theirs.source = ObjectFilter::Source::Partner;
    theirs.partnerId = partnerId;
    return storedJson(service, theirs);
}

// Every exchange a node logged so far in one direction, oldest first, with headers and bodies.
inline QList<TrafficRecord> traffic(NodeRuntime &node, TrafficRecord::Direction direction)
{
    node.requestLog().flush();
    auto records = TrafficStore::since(node.trafficDatabase().connection(), 0, 100000);
    if (!records)
        qFatal("cannot read the request log: %s", qPrintable(records.error().message));
    QList<TrafficRecord> matching;
    for (const TrafficRecord &record : *records) {
        if (record.direction != direction)
            continue;
        auto full = TrafficStore::find(node.trafficDatabase().connection(), record.id); // with headers and bodies
        if (!full || !full->has_value())
            qFatal("cannot read request log entry %lld: %s", record.id, full ? "not found" : qPrintable(full.error().message));
        matching.append(**full);
    }
    return matching;
}

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
            m_seen.append({call.request.method, call.request.target(), call.request.body});
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
