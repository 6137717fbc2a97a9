#include "fakepeer.h"

#include "http/dispatcher.h"
#include "http/httpserver.h"
#include "http/responses.h"
#include "http/router.h"

#include <QJsonArray>

namespace ocpi::test {

struct FakePeer::Impl
{
    Script script;
    SystemClock clock;
    Router router;
    std::unique_ptr<Dispatcher> dispatcher;
    std::unique_ptr<HttpServer> server;
    int posts = 0;
    QJsonObject lastPosted;
    QStringList deletes;
    QStringList authorizations;
    QList<std::pair<Responder, HttpResponse>> held;

    QString base() const { return QStringLiteral("http://127.0.0.1:%1/fake").arg(server->port()); }

    bool authorized(const RouteCall &call)
    {
        const QByteArray header = call.request.header("authorization");
        authorizations << QString::fromLatin1(header);
        const QByteArray raw = "Token " + script.tokenA.toUtf8();
        const QByteArray encoded = "Token " + script.tokenA.toUtf8().toBase64();
        const QByteArray rawC = "Token " + script.tokenC.toUtf8();
        const QByteArray encodedC = "Token " + script.tokenC.toUtf8().toBase64();
        if (header == raw || header == rawC)
            return true;
        return !script.rawTokensOnly && (header == encoded || header == encodedC);
    }

    void add(const QByteArray &method, const QString &path, SyncHandler handler)
    {
        Route route;
        route.method = method;
        route.pattern = path;
        route.access = Access::Open; // the peer checks tokens itself, as scripted
        router.addSync(route, std::move(handler));
    }
};

FakePeer::FakePeer(Script script) : d(std::make_unique<Impl>())
{
    d->script = std::move(script);
    Impl *impl = d.get();
    const auto refuse = [](const RouteCall &call) {
        return reply::error({ErrorKind::Unauthorized, QStringLiteral("fake peer: token refused")}, call.now);
    };
    const auto versions = [impl, refuse](const RouteCall &call) {
        if (!impl->authorized(call))
            return refuse(call);
        QJsonArray versions;
        for (const QString &version : impl->script.versions)
            versions.append(QJsonObject{{QStringLiteral("version"), version},
                                        {QStringLiteral("url"), impl->base() + QStringLiteral("/details/") + version}});
        return reply::json(versions, call.now);
    };
    Route versionsRoute;
    versionsRoute.method = "GET";
    versionsRoute.pattern = QStringLiteral("/fake/versions");
    versionsRoute.access = Access::Open;
    versionsRoute.handler = [impl, versions](const RouteCall &call, Responder respond) {
        HttpResponse response = versions(call);
        if (impl->script.holdVersions)
            impl->held.append({std::move(respond), std::move(response)});
        else
            respond(std::move(response));
    };
    d->router.add(versionsRoute);
    d->add("GET", QStringLiteral("/fake/details/{version}"), [impl, refuse](const RouteCall &call) {
        if (!impl->authorized(call))
            return refuse(call);
        QJsonArray endpoints;
        const QString suffix = impl->script.endpointSuffix;
        if (impl->script.credentialsEndpoint) {
            endpoints.append(QJsonObject{{QStringLiteral("identifier"), QStringLiteral("credentials")},
                                         {QStringLiteral("role"), QStringLiteral("RECEIVER")},
                                         {QStringLiteral("url"), impl->base() + QStringLiteral("/credentials") + suffix}});
        }
        endpoints.append(QJsonObject{{QStringLiteral("identifier"), QStringLiteral("locations")},
                                     {QStringLiteral("role"), QStringLiteral("SENDER")},
                                     {QStringLiteral("url"), impl->base() + QStringLiteral("/locations") + suffix}});
        return reply::json(QJsonObject{{QStringLiteral("version"), call.param(QStringLiteral("version"))},
                                       {QStringLiteral("endpoints"), endpoints}},
                           call.now);
    });
    const auto ours = [impl](const QString &token, const QDateTime &now) {
        const QJsonObject business{{QStringLiteral("name"), QStringLiteral("Fake Peer")}};
        const QJsonArray roles{QJsonObject{{QStringLiteral("role"), impl->script.role},
                                           {QStringLiteral("business_details"), business},
                                           {QStringLiteral("party_id"), impl->script.partyId},
                                           {QStringLiteral("country_code"), impl->script.countryCode}}};
        return reply::json(QJsonObject{{QStringLiteral("token"), token},
                                       {QStringLiteral("url"), impl->base() + QStringLiteral("/versions")},
                                       {QStringLiteral("roles"), roles}},
                           now);
    };
    const auto credentials = [impl, refuse, ours](const RouteCall &call) {
        if (!impl->authorized(call))
            return refuse(call);
        ++impl->posts;
        impl->lastPosted = call.body.object();
        return ours(impl->script.tokenC, call.now);
    };
    d->add("GET", QStringLiteral("/fake/credentials"), [impl, refuse, ours](const RouteCall &call) {
        if (!impl->script.answersCredentialsGet)
            return reply::error(Error::notFound(QStringLiteral("fake peer: no GET credentials")), call.now);
        if (!impl->authorized(call))
            return refuse(call);
        return ours(impl->script.tokenA, call.now);
    });
    d->add("DELETE", QStringLiteral("/fake/credentials"), [impl, refuse](const RouteCall &call) {
        if (!impl->authorized(call))
            return refuse(call);
        impl->deletes << QString::fromLatin1(call.request.header("authorization"));
        return reply::ok(call.now);
    });
    Route post;
    post.method = "POST";
    post.pattern = QStringLiteral("/fake/credentials");
    post.access = Access::Open;
    post.doc.requestSchema = QStringLiteral("Credentials");
    d->router.addSync(post, credentials);
    post.method = "PUT";
    d->router.addSync(post, credentials);

    d->dispatcher = std::make_unique<Dispatcher>(d->router, nullptr, nullptr, d->clock, DispatchSettings{});
    d->server = std::make_unique<HttpServer>(*d->dispatcher, HttpLimits{});
    if (!d->server->listen(QHostAddress(QHostAddress::LocalHost), 0))
        qFatal("fake peer cannot listen");
}

FakePeer::~FakePeer() = default;

QString FakePeer::base() const
{
    return d->base();
}

QString FakePeer::versionsUrl() const
{
    return d->base() + QStringLiteral("/versions");
}

int FakePeer::credentialsPosts() const
{
    return d->posts;
}

int FakePeer::heldRequests() const
{
    return int(d->held.size());
}

void FakePeer::release()
{
    d->script.holdVersions = false;
    const auto held = std::exchange(d->held, {});
    for (const auto &[respond, response] : held)
        respond(response);
}

void FakePeer::announceParty(const QString &countryCode, const QString &partyId)
{
    d->script.countryCode = countryCode;
    d->script.partyId = partyId;
}

QJsonObject FakePeer::lastPostedCredentials() const
{
    return d->lastPosted;
}

QStringList FakePeer::credentialsDeletes() const
{
    return d->deletes;
}

QStringList FakePeer::authorizationsSeen() const
{
    return d->authorizations;
}

} // namespace ocpi::test
