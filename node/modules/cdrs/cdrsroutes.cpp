#include "cdrsroutes.h"

#include "cdrservice.h"
#include "http/objectroutes.h"
#include "http/responses.h"

#include <QUrl>

namespace ocpi::cdrs {

namespace {

constexpr int kCdrIdLength = 39; // credit CDRs (CDR-07)

Route receiverRoute(const QByteArray &method, const QString &pattern, const QString &summary)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.access = Access::PartnerOnly;
    route.module = CdrService::definition().identifier;
    route.servedRole = Role::EMSP;
    route.doc.summary = summary;
    return route;
}

// Where the stored CDR is read back (CDR-03): below our endpoint, its ids as the CDR spells them.
QString locationOf(const QString &endpoint, const CdrService::Posted &posted)
{
    QString url = endpoint;
    for (const QString &segment : {posted.countryCode, posted.partyId, posted.id})
        url += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return url;
}

void mountReceiver(Router &router, CdrService &service, const QString &path)
{
    Route post = receiverRoute("POST", path, QStringLiteral("Store a final CDR of yours; the Location header says where"
                                                            " it is kept (CDR-02)"));
    post.doc.requestSchema = CdrService::definition().objectName;
    post.doc.extraStatuses = {201};
    // Answered once the CDR is durable, after a commit shared with other requests' writes.
    post.handler = [&service, path](const RouteCall &call, Responder respond) {
        // The answer may come after this call is gone: what it needs is copied.
        service.postQueued(*call.caller, objectroutes::bodyValue(call),
                           [respond, now = call.now, base = call.publicBase + path](const Result<CdrService::Posted> &posted) {
                               if (!posted)
                                   return respond(reply::error(posted.error(), now));
                               // ST-04: 201 when stored now, 200 for the identical CDR stored before.
                               HttpResponse response = reply::ok(now, posted->created ? 201 : 200);
                               response.setHeader("Location", locationOf(base, *posted).toUtf8());
                               respond(response);
                           });
    };
    router.add(post);

    Route get = receiverRoute("GET", path + QStringLiteral("/{country_code}/{party_id}/{cdr_id}"),
                              QStringLiteral("A CDR of yours as stored here: the URL of a POST's Location header (CDR-03)"));
    get.doc.responseSchema = CdrService::definition().objectName;
    router.addSync(get, [&service](const RouteCall &call) {
        auto key = objectroutes::urlKey(call, service, QStringLiteral("cdr_id"), QString(), kCdrIdLength);
        if (!key)
            return reply::error(key.error(), call.now);
        auto cdr = service.received(*call.caller, *key);
        return cdr ? reply::data(cdr->json, call.now) : reply::error(cdr.error(), call.now);
    });
}

} // namespace

void mount(Router &router, CdrService &service, InterfaceRole role, const QString &path)
{
    if (role == InterfaceRole::Sender) {
        objectroutes::mountSenderList(router, service, path,
                                      QStringLiteral("Our CDRs of your drivers (Sender interface, CDR-01)"));
        return;
    }
    mountReceiver(router, service, path);
}

} // namespace ocpi::cdrs
