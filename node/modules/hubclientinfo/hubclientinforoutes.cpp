#include "hubclientinforoutes.h"

#include "http/objectroutes.h"
#include "http/responses.h"
#include "hubclientinfoservice.h"

namespace ocpi::hubclientinfo {

void mount(Router &router, HubClientInfoService &service, const QString &path)
{
    const QString pattern = path + QStringLiteral("/{country_code}/{party_id}");
    auto route = [&](const QByteArray &method, const QString &summary) {
        Route r;
        r.method = method;
        r.pattern = pattern;
        r.access = Access::PartnerOnly;
        r.module = QString::fromLatin1(HubClientInfoService::kIdentifier);
        r.doc.summary = summary;
        return r;
    };

    Route get = route("GET", QStringLiteral("The ClientInfo of a party behind you, as you sent it (hubs only)"));
    get.doc.responseSchema = QStringLiteral("ClientInfo");
    router.addSync(get, [&service](const RouteCall &call) {
        auto party = objectroutes::urlParty(call);
        if (!party)
            return reply::error(party.error(), call.now);
        auto found = service.find(*call.caller, *party);
        return found ? reply::data(*found, call.now) : reply::error(found.error(), call.now);
    });

    Route put = route("PUT", QStringLiteral("A party behind you connected, went offline, is planned or suspended (hubs only)"));
    put.doc.requestSchema = QStringLiteral("ClientInfo");
    put.doc.extraStatuses = {201};
    router.addSync(put, [&service](const RouteCall &call) {
        auto party = objectroutes::urlParty(call);
        if (!party)
            return reply::error(party.error(), call.now);
        auto created = service.receive(*call.caller, *party, objectroutes::bodyValue(call));
        return created ? reply::ok(call.now, *created ? 201 : 200) : reply::error(created.error(), call.now);
    });
}

} // namespace ocpi::hubclientinfo
