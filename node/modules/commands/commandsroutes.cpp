#include "commandsroutes.h"

#include "commandservice.h"
#include "http/objectroutes.h"
#include "http/responses.h"
#include "ocpi/envelope.h"

#include <QJsonDocument>

namespace ocpi::commands {

namespace {

void mountReceiver(Router &router, CommandService &service, const QString &path)
{
    Route route;
    route.method = "POST";
    route.pattern = path + QStringLiteral("/{command}");
    route.access = Access::PartnerOnly;
    route.module = QString::fromLatin1(CommandService::kIdentifier);
    route.servedRole = Role::CPO;
    route.doc.summary = QStringLiteral("A command for one of our charge points (START_SESSION, STOP_SESSION, "
                                       "RESERVE_NOW, CANCEL_RESERVATION, UNLOCK_CONNECTOR)");
    route.doc.requestSchema = QStringLiteral("StartSession");
    route.doc.responseSchema = QStringLiteral("CommandResponse");
    router.addSync(route, [&service](const RouteCall &call) {
        std::optional<PartyId> addressed;
        if (call.ourPartyAddressed && call.ourParty)
            addressed = call.ourParty->party;
        auto answer = service.receive(*call.caller, addressed, call.param(QStringLiteral("command")).toUpper(),
                                      objectroutes::bodyValue(call));
        if (!answer)
            return reply::error(answer.error(), call.now);
        HttpResponse response = reply::json(answer->response, call.now);
        if (answer->statusCode != envelope::kSuccess) {
            response.ocpiStatus = answer->statusCode;
            response.body = envelope::build(reply::compactJson(answer->response), answer->statusCode, answer->message, call.now);
        }
        return response;
    });
}

void mountResults(Router &router, CommandService &service, const QString &path)
{
    Route route;
    route.method = "POST";
    route.pattern = path + QStringLiteral("/{command}/{uid}");
    route.access = Access::PartnerOnly;
    route.module = QString::fromLatin1(CommandService::kIdentifier);
    route.servedRole = Role::EMSP;
    route.doc.summary = QStringLiteral("The result of a command we sent (the response_url it carried)");
    route.doc.requestSchema = QStringLiteral("CommandResult");
    router.addSync(route, [&service](const RouteCall &call) {
        Status received = service.receiveResult(*call.caller, call.param(QStringLiteral("command")),
                                                call.param(QStringLiteral("uid")), objectroutes::bodyValue(call));
        return received ? reply::ok(call.now) : reply::error(received.error(), call.now);
    });
}

} // namespace

void mount(Router &router, CommandService &service, InterfaceRole role, const QString &path)
{
    if (role == InterfaceRole::Receiver)
        mountReceiver(router, service, path);
    else
        mountResults(router, service, path);
}

} // namespace ocpi::commands
