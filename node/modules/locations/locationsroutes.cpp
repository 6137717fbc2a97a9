#include "locationsroutes.h"

#include "evseids.h"

#include "http/objectroutes.h"
#include "http/pagination.h"
#include "http/responses.h"
#include "http/router.h"
#include "locationservice.h"
#include "ocpi/validator.h"

namespace ocpi::locations {

namespace {

const QString kLocation = QStringLiteral("/{location_id}");
const QString kEvse = QStringLiteral("/{evse_uid}");
const QString kConnector = QStringLiteral("/{connector_id}");

Route route(const QByteArray &method, const QString &pattern, Role servedRole, const QString &summary)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.access = Access::PartnerOnly;
    r.module = QStringLiteral("locations");
    r.servedRole = servedRole;
    r.doc.summary = summary;
    return r;
}

// A partner's EVSE ids outside the eMI3 format are stored as sent (refusing them would only lose
// the partner's data) and noted in the request log.
QStringList tolerated(const QJsonValue &body)
{
    QStringList warnings;
    for (const QString &deviation : evseids::deviations(body.toObject()))
        warnings << deviation + QStringLiteral(" is not an eMI3 EVSE ID (LOC-14); stored as sent");
    return warnings;
}

// The EVSE and Connector ids of a URL (GEN-03: CiString(36)); empty below the URL's depth.
Result<LocationPart> partOf(const RouteCall &call)
{
    LocationPart part{call.param(QStringLiteral("evse_uid")), call.param(QStringLiteral("connector_id"))};
    if (call.params.contains(QStringLiteral("evse_uid"))) {
        if (Status s = checkCiString(QStringLiteral("evse_uid"), part.evseUid, 36); !s)
            return s.error();
    }
    if (call.params.contains(QStringLiteral("connector_id"))) {
        if (Status s = checkCiString(QStringLiteral("connector_id"), part.connectorId, 36); !s)
            return s.error();
    }
    return part;
}

// RT-04: a request addressed to one of our parties sees only that party's locations.
QList<PartyId> ownersFor(const RouteCall &call, const LocationService &service)
{
    if (call.ourPartyAddressed && call.ourParty)
        return {call.ourParty->party};
    QList<PartyId> owners;
    for (const PartyRole &ours : service.ourParties()) {
        if (ours.role == Role::CPO && !owners.contains(ours.party))
            owners.append(ours.party);
    }
    return owners;
}

void mountSender(Router &router, LocationService &service, const QString &sender)
{
    Route list = route("GET", sender, Role::CPO, QStringLiteral("Our locations (Sender interface)"));
    list.doc.responseSchema = QStringLiteral("Location");
    list.doc.responseIsList = true;
    list.doc.paginated = true;
    router.addSync(list, [&service](const RouteCall &call) {
        auto page = PageRequest::parse(call.request.query, call.pageLimit);
        if (!page)
            return reply::error(page.error(), call.now);
        ObjectFilter filter;
        filter.dateFrom = page->dateFrom;
        filter.dateTo = page->dateTo;
        filter.owners = ownersFor(call, service);
        auto objects = service.senderPageFor(*call.caller, filter, page->offset, page->limit);
        if (!objects)
            return reply::error(objects.error(), call.now);
        HttpResponse response = reply::data(objects->json, call.now);
        addPageHeaders(response, call, *page, objects->count, objects->total, call.pageLimit);
        return response;
    });

    const QList<QPair<QString, QString>> depths = {
        {kLocation, QStringLiteral("Location")},
        {kLocation + kEvse, QStringLiteral("EVSE")},
        {kLocation + kEvse + kConnector, QStringLiteral("Connector")},
    };
    for (const auto &[suffix, object] : depths) {
        Route get = route("GET", sender + suffix, Role::CPO, QStringLiteral("One %1 of our locations").arg(object));
        get.doc.responseSchema = object;
        router.addSync(get, [&service](const RouteCall &call) {
            const QString locationId = call.param(QStringLiteral("location_id"));
            if (Status s = checkCiString(QStringLiteral("location_id"), locationId, 36); !s)
                return reply::error(s.error(), call.now);
            auto part = partOf(call);
            if (!part)
                return reply::error(part.error(), call.now);
            auto json = service.senderPart(*call.caller, ownersFor(call, service), locationId, *part);
            return json ? reply::data(*json, call.now) : reply::error(json.error(), call.now);
        });
    }
}

void mountReceiver(Router &router, LocationService &service, const QString &receiver)
{
    const QString base = receiver + QStringLiteral("/{country_code}/{party_id}") + kLocation;
    const QList<QPair<QString, QString>> depths = {
        {base, QStringLiteral("Location")},
        {base + kEvse, QStringLiteral("EVSE")},
        {base + kEvse + kConnector, QStringLiteral("Connector")},
    };
    for (const auto &[pattern, object] : depths) {
        // The Location the URL names and the part below it, or the 2001 of a bad id.
        auto target = [&service](const RouteCall &call) -> Result<QPair<ObjectKey, LocationPart>> {
            auto key = objectroutes::urlKey(call, service, QStringLiteral("location_id"));
            if (!key)
                return key.error();
            auto part = partOf(call);
            if (!part)
                return part.error();
            return qMakePair(*key, *part);
        };

        Route get = route("GET", pattern, Role::EMSP, QStringLiteral("A %1 of yours as stored here").arg(object));
        get.doc.responseSchema = object;
        router.addSync(get, [&service, target](const RouteCall &call) {
            auto at = target(call);
            if (!at)
                return reply::error(at.error(), call.now);
            auto json = service.receivedPart(*call.caller, at->first, at->second);
            return json ? reply::data(*json, call.now) : reply::error(json.error(), call.now);
        });

        // Writes are answered after a commit shared with other requests (group commit): the
        // handler returns at once, the responder is called on this thread once the data is durable.
        Route put = route("PUT", pattern, Role::EMSP, QStringLiteral("Create or replace a %1 of yours").arg(object));
        put.doc.requestSchema = object;
        put.doc.extraStatuses = {201};
        put.handler = [&service, target](const RouteCall &call, Responder respond) {
            auto at = target(call);
            if (!at)
                return respond(reply::error(at.error(), call.now));
            const QJsonValue body = objectroutes::bodyValue(call);
            service.receivePutQueued(*call.caller, at->first, at->second, body,
                                     [respond, now = call.now, warnings = tolerated(body)](const Result<bool> &created) {
                                         HttpResponse response = created ? reply::ok(now, *created ? 201 : 200)
                                                                         : reply::error(created.error(), now);
                                         if (created)
                                             response.warnings = warnings;
                                         respond(std::move(response));
                                     });
        };
        router.add(put);

        Route patch = route("PATCH", pattern, Role::EMSP,
                            QStringLiteral("Change part of a %1 of yours (last_updated required)").arg(object));
        patch.doc.requestSchema = object;
        patch.handler = [&service, target](const RouteCall &call, Responder respond) {
            auto at = target(call);
            if (!at)
                return respond(reply::error(at.error(), call.now));
            const QJsonValue body = objectroutes::bodyValue(call);
            service.receivePatchQueued(*call.caller, at->first, at->second, body,
                                       [respond, now = call.now, warnings = tolerated(body)](const Result<bool> &patched) {
                                           HttpResponse response = patched ? reply::ok(now) : reply::error(patched.error(), now);
                                           if (patched)
                                               response.warnings = warnings;
                                           respond(std::move(response));
                                       });
        };
        router.add(patch);
    }
}

} // namespace

void mount(Router &router, LocationService &service, InterfaceRole role, const QString &path)
{
    if (role == InterfaceRole::Sender)
        mountSender(router, service, path);
    else
        mountReceiver(router, service, path);
}

} // namespace ocpi::locations
