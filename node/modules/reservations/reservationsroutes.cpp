#include "reservationsroutes.h"

#include "http/objectroutes.h"
#include "http/responses.h"
#include "ocpi/validator.h"
#include "reservationservice.h"

namespace ocpi::reservations {

namespace {

const QString kObject = QStringLiteral("Reservation");

Result<ObjectKey> keyOf(const RouteCall &call)
{
    const QString countryCode = call.param(QStringLiteral("country_code"));
    const QString partyId = call.param(QStringLiteral("party_id"));
    const QString id = call.param(QStringLiteral("reservation_id"));
    if (Status s = checkCountryCode(QStringLiteral("country_code"), countryCode); !s)
        return s.error();
    if (Status s = checkPartyId(QStringLiteral("party_id"), partyId); !s)
        return s.error();
    if (Status s = checkCiString(QStringLiteral("reservation_id"), id, 36); !s)
        return s.error();
    return ObjectKey::of(countryCode, partyId, id);
}

Route route(const QByteArray &method, const QString &pattern, Role served, const QString &summary)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.access = Access::PartnerOnly;
    r.module = QString::fromLatin1(ReservationService::kIdentifier);
    r.servedRole = served;
    r.doc.summary = summary;
    r.doc.responseSchema = kObject;
    return r;
}

// A handler on one reservation: the key checked, then `act`, whose answer is the reservation.
template <typename Act>
SyncHandler onKey(Act act)
{
    return [act](const RouteCall &call) {
        auto key = keyOf(call);
        if (!key)
            return reply::error(key.error(), call.now);
        Result<QJsonObject> answer = act(call, *key);
        return answer ? reply::json(*answer, call.now) : reply::error(answer.error(), call.now);
    };
}

void mountSender(Router &router, ReservationService &service, const QString &path)
{
    Route list = route("GET", path, Role::CPO, QStringLiteral("Your reservations here (Sender interface)"));
    list.doc.responseIsList = true;
    list.doc.paginated = true;
    router.addSync(list, [&service](const RouteCall &call) {
        return objectroutes::pageReply(call, ObjectFilter(), [&](const ObjectFilter &filter, qint64 offset, int limit) {
            return service.page(*call.caller, filter, offset, limit);
        });
    });

    const QString one = path + QStringLiteral("/{country_code}/{party_id}/{reservation_id}");
    router.addSync(route("GET", one, Role::CPO, QStringLiteral("One reservation of yours")),
                   onKey([&service](const RouteCall &call, const ObjectKey &key) { return service.find(*call.caller, key); }));

    Route request = route("POST", one, Role::CPO,
                          QStringLiteral("Ask for a reservation (status REQUESTED, under your own party and an id you "
                                         "chose); answered with the offer (OFFERED, with its price) or REJECTED with a reason"));
    request.doc.requestSchema = kObject;
    router.addSync(request, onKey([&service](const RouteCall &call, const ObjectKey &key) {
        std::optional<PartyId> addressed;
        if (call.ourPartyAddressed && call.ourParty)
            addressed = call.ourParty->party;
        return service.request(*call.caller, addressed, key, objectroutes::bodyValue(call));
    }));

    Route decide = route("PATCH", one, Role::CPO,
                         QStringLiteral("Accept an offer ({\"status\": \"ACCEPTED\"}) or cancel a reservation "
                                        "({\"status\": \"CANCELLED\"})"));
    decide.doc.requestSchema = kObject;
    router.addSync(decide, onKey([&service](const RouteCall &call, const ObjectKey &key) {
        return service.decide(*call.caller, key, objectroutes::bodyValue(call));
    }));
}

void mountReceiver(Router &router, ReservationService &service, const QString &path)
{
    const QString one = path + QStringLiteral("/{country_code}/{party_id}/{reservation_id}");
    router.addSync(route("GET", one, Role::EMSP, QStringLiteral("A reservation we asked you for, as stored here")),
                   onKey([&service](const RouteCall &call, const ObjectKey &key) { return service.received(*call.caller, key); }));

    Route put = route("PUT", one, Role::EMSP, QStringLiteral("The whole reservation, as the CPO has it now"));
    put.doc.requestSchema = kObject;
    put.doc.responseSchema.clear();
    put.doc.extraStatuses = {201};
    router.addSync(put, [&service](const RouteCall &call) {
        auto key = keyOf(call);
        if (!key)
            return reply::error(key.error(), call.now);
        auto created = service.receive(*call.caller, *key, objectroutes::bodyValue(call));
        return created ? reply::ok(call.now, *created ? 201 : 200) : reply::error(created.error(), call.now);
    });

    Route patch = route("PATCH", one, Role::EMSP, QStringLiteral("Change part of a reservation; last_updated required"));
    patch.doc.requestSchema = kObject;
    patch.doc.responseSchema.clear();
    router.addSync(patch, [&service](const RouteCall &call) {
        auto key = keyOf(call);
        if (!key)
            return reply::error(key.error(), call.now);
        Status s = service.patchReceived(*call.caller, *key, objectroutes::bodyValue(call));
        return s ? reply::ok(call.now) : reply::error(s.error(), call.now);
    });
}

} // namespace

void mount(Router &router, ReservationService &service, InterfaceRole role, const QString &path)
{
    if (role == InterfaceRole::Sender)
        mountSender(router, service, path);
    else
        mountReceiver(router, service, path);
}

} // namespace ocpi::reservations
