#include "credentialsroutes.h"

#include "core/clock.h"
#include "credentialsservice.h"
#include "http/ocpipaths.h"
#include "http/responses.h"
#include "http/router.h"

namespace ocpi::credentials {

namespace {

Route route(const QByteArray &method, const QString &summary)
{
    Route r;
    r.method = method;
    r.pattern = paths::credentials();
    r.access = Access::AnyToken;
    r.module = QStringLiteral("credentials");
    r.doc.summary = summary;
    return r;
}

QJsonValue bodyValue(const RouteCall &call)
{
    if (call.body.isObject())
        return call.body.object();
    if (call.body.isArray())
        return call.body.array();
    return QJsonValue();
}

} // namespace

void mount(Router &router, CredentialsService &service, const Clock &clock)
{
    router.announce({QStringLiteral("credentials"), InterfaceRole::Sender, paths::credentials()});

    Route get = route("GET", QStringLiteral("This node's credentials for the caller"));
    get.doc.responseSchema = QStringLiteral("Credentials");
    router.addSync(get, [&service](const RouteCall &call) {
        return reply::json(service.credentialsFor(*call.caller), call.now);
    });

    auto answer = [&clock](Responder respond) {
        return [respond, &clock](Result<QJsonObject> result) {
            respond(result ? reply::json(*result, clock.now()) : reply::error(result.error(), clock.now()));
        };
    };

    Route post = route("POST", QStringLiteral("Register with this node (token A), receive token C"));
    post.doc.requestSchema = QStringLiteral("Credentials");
    post.doc.responseSchema = QStringLiteral("Credentials");
    router.add([&] {
        post.handler = [&service, answer](const RouteCall &call, Responder respond) {
            service.acceptRegistration(*call.caller, bodyValue(call), call.correlationId, answer(std::move(respond)));
        };
        return post;
    }());

    Route put = route("PUT", QStringLiteral("Update the credentials (new token B, receive a new token C)"));
    put.doc.requestSchema = QStringLiteral("Credentials");
    put.doc.responseSchema = QStringLiteral("Credentials");
    router.add([&] {
        put.handler = [&service, answer](const RouteCall &call, Responder respond) {
            service.acceptUpdate(*call.caller, bodyValue(call), call.correlationId, answer(std::move(respond)));
        };
        return put;
    }());

    Route remove = route("DELETE", QStringLiteral("Unregister from this node"));
    router.addSync(remove, [&service](const RouteCall &call) {
        const Status status = service.acceptUnregistration(*call.caller);
        return status ? reply::ok(call.now) : reply::error(status.error(), call.now);
    });
}

} // namespace ocpi::credentials
