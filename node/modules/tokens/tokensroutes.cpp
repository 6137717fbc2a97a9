#include "tokensroutes.h"

#include "http/objectroutes.h"
#include "http/responses.h"
#include "http/router.h"
#include "tokenservice.h"

namespace ocpi::tokens {

namespace {

const QString kIdentifier = QStringLiteral("tokens");

ParamDoc typeParam()
{
    return {QStringLiteral("type"), QStringLiteral("string"), QString(), QStringLiteral("TokenType, default RFID"), false};
}

void mountAuthorize(Router &router, TokenService &service, const QString &sender)
{
    Route authorize;
    authorize.method = "POST";
    // More literal segments than the Receiver's {cc}/{pid}/{uid}: the router prefers this one.
    authorize.pattern = sender + QStringLiteral("/{token_uid}/authorize");
    authorize.access = Access::PartnerOnly;
    authorize.module = kIdentifier;
    authorize.servedRole = Role::EMSP;
    authorize.doc.summary = QStringLiteral("Real-time authorization of one of our tokens (type defaults to RFID)");
    authorize.doc.requestSchema = QStringLiteral("LocationReferences");
    authorize.doc.requestOptional = true;
    authorize.doc.responseSchema = QStringLiteral("AuthorizationInfo");
    authorize.doc.query = {typeParam()};
    router.addSync(authorize, [&service](const RouteCall &call) {
        auto type = objectroutes::keyType(call, service);
        if (!type)
            return reply::error(type.error(), call.now);
        AuthorizationRequest request;
        request.uid = call.param(QStringLiteral("token_uid"));
        request.type = *type;
        if (call.ourPartyAddressed && call.ourParty)
            request.addressed = call.ourParty->party;
        if (!call.body.isNull())
            request.locationReferences = objectroutes::bodyValue(call);
        auto info = service.authorize(*call.caller, request);
        return info ? reply::json(*info, call.now) : reply::error(info.error(), call.now);
    });
}

void mountReceiverPatch(Router &router, TokenService &service, const QString &objectPath)
{
    Route patch;
    patch.method = "PATCH";
    patch.pattern = objectPath;
    patch.access = Access::PartnerOnly;
    patch.module = kIdentifier;
    patch.servedRole = Role::CPO;
    patch.doc.summary = QStringLiteral("Change part of a Token of yours; last_updated required (type defaults to RFID)");
    patch.doc.requestSchema = QStringLiteral("Token");
    patch.doc.query = {typeParam()};
    // Answered once the change is durable, after a commit shared with other requests' writes.
    patch.handler = [&service](const RouteCall &call, Responder respond) {
        auto type = objectroutes::keyType(call, service);
        if (!type)
            return respond(reply::error(type.error(), call.now));
        auto key = objectroutes::urlKey(call, service, QStringLiteral("token_uid"), *type);
        if (!key)
            return respond(reply::error(key.error(), call.now));
        service.patchReceivedQueued(*call.caller, *key, objectroutes::bodyValue(call),
                                    [respond, now = call.now](const Result<bool> &patched) {
                                        respond(patched ? reply::ok(now) : reply::error(patched.error(), now));
                                    });
    };
    router.add(patch);
}

} // namespace

void mount(Router &router, TokenService &service, InterfaceRole role, const QString &path)
{
    if (role == InterfaceRole::Sender) {
        objectroutes::mountSenderList(router, service, path, QStringLiteral("Our tokens (Sender interface)"));
        mountAuthorize(router, service, path);
        return;
    }
    const QString objectPath = path + QStringLiteral("/{country_code}/{party_id}/{token_uid}");
    objectroutes::mountReceiverObject(router, service, objectPath, {"GET", "PUT"});
    mountReceiverPatch(router, service, objectPath);
}

} // namespace ocpi::tokens
