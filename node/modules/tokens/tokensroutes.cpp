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
        request.from = call.fromParty;
        if (!call.body.isNull())
            request.locationReferences = objectroutes::bodyValue(call);
        auto info = service.authorize(*call.caller, request);
        return info ? reply::json(*info, call.now) : reply::error(info.error(), call.now);
    });
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
    objectroutes::mountReceiverObject(router, service, objectPath, {"GET", "PUT", "PATCH"});
}

} // namespace ocpi::tokens
