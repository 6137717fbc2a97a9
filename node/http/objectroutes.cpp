#include "objectroutes.h"

#include "ocpi/validator.h"

#include <QJsonArray>
#include "pagination.h"
#include "responses.h"
#include "sync/objectservice.h"

namespace ocpi::objectroutes {

QJsonValue bodyValue(const RouteCall &call)
{
    if (call.body.isObject())
        return call.body.object();
    if (call.body.isArray())
        return call.body.array();
    return QJsonValue();
}

Result<PartyId> urlParty(const RouteCall &call)
{
    const QString countryCode = call.param(QStringLiteral("country_code"));
    const QString partyId = call.param(QStringLiteral("party_id"));
    if (Status s = checkCountryCode(QStringLiteral("country_code"), countryCode); !s)
        return s.error();
    if (Status s = checkPartyId(QStringLiteral("party_id"), partyId); !s)
        return s.error();
    return PartyId::of(countryCode, partyId);
}

Result<ObjectKey> urlKey(const RouteCall &call, const ObjectService &service, const QString &idParam, const QString &type,
                         int idLength)
{
    auto party = urlParty(call);
    if (!party)
        return party.error();
    const QString id = call.param(idParam);
    if (Status s = checkCiString(idParam, id, idLength); !s)
        return s.error();
    return ObjectKey::of(party->countryCode, party->partyId, id, service.module().keyHasType ? type : QString());
}

Result<QString> keyType(const RouteCall &call, const ObjectService &service)
{
    if (!service.module().keyHasType)
        return QString();
    // `?type=` with nothing after it is read as left out (tolerant reader, GEN-10).
    const QString type = call.request.query.queryItemValue(QStringLiteral("type"), QUrl::FullyDecoded);
    if (type.isEmpty())
        return QStringLiteral("RFID");
    // keyHasType is the tokens' key; no other module has one.
    if (Status s = checkEnumValue(QStringLiteral("type"), QStringLiteral("TokenType"), type); !s)
        return s.error();
    return type;
}

HttpResponse pageReply(const RouteCall &call, ObjectFilter filter, const PageSource &source)
{
    auto page = PageRequest::parse(call.request.query, call.pageLimit);
    if (!page)
        return reply::error(page.error(), call.now);
    filter.dateFrom = page->dateFrom;
    filter.dateTo = page->dateTo;
    auto objects = source(filter, page->offset, page->limit);
    if (!objects)
        return reply::error(objects.error(), call.now);
    HttpResponse response = reply::data(objects->json, call.now);
    addPageHeaders(response, call, *page, objects->count, objects->total, call.pageLimit);
    return response;
}

void mountSenderList(Router &router, ObjectService &service, const QString &path, const QString &summary)
{
    const ObjectModule &module = service.module();
    Route list;
    list.method = "GET";
    list.pattern = path;
    list.access = Access::PartnerOnly;
    list.module = module.identifier;
    list.servedRole = module.ownerRole;
    list.doc.summary = summary;
    list.doc.responseSchema = module.objectName;
    list.doc.responseIsList = true;
    list.doc.paginated = true;
    router.addSync(list, [&service](const RouteCall &call) {
        ObjectFilter filter;
        filter.listedOnly = true;
        // RT-04: a request addressed to one of our parties sees only that party's objects.
        if (call.ourPartyAddressed && call.ourParty) {
            filter.owners = {call.ourParty->party};
        } else {
            for (const PartyRole &ours : service.ourParties()) {
                if (ours.role == service.module().ownerRole && !filter.owners.contains(ours.party))
                    filter.owners.append(ours.party);
            }
        }
        return pageReply(call, filter, [&](const ObjectFilter &page, qint64 offset, int limit) {
            return service.senderPageFor(*call.caller, page, offset, limit);
        });
    });
}

void mountReceiverObject(Router &router, ObjectService &service, const QString &path, const QList<QByteArray> &methods)
{
    const ObjectModule &module = service.module();
    const QString idParam = path.section(QLatin1Char('/'), -1).mid(1).chopped(1);
    auto route = [&](const QByteArray &method, const QString &summary) {
        Route r;
        r.method = method;
        r.pattern = path;
        r.access = Access::PartnerOnly;
        r.module = module.identifier;
        r.servedRole = module.receiverRole;
        r.doc.summary = summary;
        return r;
    };
    const QString typeNote = module.keyHasType ? QStringLiteral(" (type defaults to RFID)") : QString();
    // The object a Receiver URL names, or the 2001 of a bad part (id, owner or ?type=).
    auto keyOf = [&service, idParam](const RouteCall &call) -> Result<ObjectKey> {
        auto type = keyType(call, service);
        if (!type)
            return type.error();
        return urlKey(call, service, idParam, *type);
    };
    const QList<ParamDoc> typeParam = module.keyHasType
                                          ? QList<ParamDoc>{{QStringLiteral("type"), QStringLiteral("string"), QString(),
                                                             QStringLiteral("TokenType, default RFID"), false}}
                                          : QList<ParamDoc>{};

    if (methods.contains("GET")) {
        Route get = route("GET", QStringLiteral("A %1 of yours as stored here%2").arg(module.objectName, typeNote));
        get.doc.responseSchema = module.objectName;
        get.doc.query = typeParam;
        router.addSync(get, [&service, keyOf](const RouteCall &call) {
            auto key = keyOf(call);
            if (!key)
                return reply::error(key.error(), call.now);
            auto object = service.received(*call.caller, *key);
            return object ? reply::data(object->json, call.now) : reply::error(object.error(), call.now);
        });
    }
    if (methods.contains("PUT")) {
        Route put = route("PUT", QStringLiteral("Create or replace a %1 of yours%2").arg(module.objectName, typeNote));
        put.doc.requestSchema = module.objectName;
        put.doc.query = typeParam;
        put.doc.extraStatuses = {201};
        // Answered once the object is durable, after a commit shared with other requests' writes.
        put.handler = [&service, keyOf](const RouteCall &call, Responder respond) {
            auto key = keyOf(call);
            if (!key)
                return respond(reply::error(key.error(), call.now));
            service.receiveQueued(*call.caller, *key, bodyValue(call), [respond, now = call.now](const Result<bool> &created) {
                respond(created ? reply::ok(now, *created ? 201 : 200) : reply::error(created.error(), now));
            });
        };
        router.add(put);
    }
    if (methods.contains("PATCH")) {
        Route patch = route("PATCH", QStringLiteral("Change part of a %1 of yours; last_updated required%2")
                                         .arg(module.objectName, typeNote));
        patch.doc.requestSchema = module.objectName;
        patch.doc.query = typeParam;
        // Answered once the change is durable, after a commit shared with other requests' writes.
        patch.handler = [&service, keyOf](const RouteCall &call, Responder respond) {
            auto key = keyOf(call);
            if (!key)
                return respond(reply::error(key.error(), call.now));
            service.patchReceivedQueued(*call.caller, *key, bodyValue(call), [respond, now = call.now](const Result<bool> &patched) {
                respond(patched ? reply::ok(now) : reply::error(patched.error(), now));
            });
        };
        router.add(patch);
    }
    if (methods.contains("DELETE")) {
        Route remove = route("DELETE", QStringLiteral("Remove a %1 of yours").arg(module.objectName));
        router.addSync(remove, [&service, keyOf](const RouteCall &call) {
            auto key = keyOf(call);
            if (!key)
                return reply::error(key.error(), call.now);
            const Status removed = service.removeReceived(*call.caller, *key);
            return removed ? reply::ok(call.now) : reply::error(removed.error(), call.now);
        });
    }
}

} // namespace ocpi::objectroutes
