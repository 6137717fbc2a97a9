#include "chargingprofilesroutes.h"

#include "chargingprofileservice.h"
#include "http/objectroutes.h"
#include "http/responses.h"
#include "ocpi/envelope.h"
#include "ocpi/validator.h"

#include <QUrl>
#include <QUrlQuery>

namespace ocpi::chargingprofiles {

namespace {

Route routeOf(const QByteArray &method, const QString &pattern, Role servedRole, const QString &summary)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.access = Access::PartnerOnly;
    route.module = QString::fromLatin1(ChargingProfileService::kIdentifier);
    route.servedRole = servedRole;
    route.doc.summary = summary;
    return route;
}

const ParamDoc kResponseUrlDoc{QStringLiteral("response_url"), QStringLiteral("string"), QStringLiteral("uri"),
                               QStringLiteral("Where the result is POSTed"), true};

// A query parameter the request cannot do without (CP-01, CP-03).
Result<QString> required(const RouteCall &call, const QString &name)
{
    const QString value = call.request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (value.isEmpty())
        return Error::invalid(QStringLiteral("%1: required query parameter").arg(name));
    return value;
}

// The response_url query parameter: an http(s) URL.
Result<QString> responseUrl(const RouteCall &call)
{
    auto url = required(call, QStringLiteral("response_url"));
    if (!url)
        return url;
    const QUrl parsed(*url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        || parsed.host().isEmpty())
        return Error::invalid(QStringLiteral("response_url: '%1' is not an http(s) URL").arg(url->left(80)));
    return url;
}

HttpResponse answer(ChargingProfileService &service, const RouteCall &call, const QString &type, const Result<QJsonObject> &request)
{
    if (!request)
        return reply::error(request.error(), call.now);
    std::optional<PartyId> addressed;
    if (call.ourPartyAddressed && call.ourParty)
        addressed = call.ourParty->party;
    auto response = service.receive(*call.caller, addressed, type, call.param(QStringLiteral("session_id")), *request);
    if (!response)
        return reply::error(response.error(), call.now);
    HttpResponse answered = reply::json(response->response, call.now);
    answered.body = envelope::build(reply::compactJson(response->response), envelope::kSuccess, response->message, call.now);
    return answered;
}

void mountReceiver(Router &router, ChargingProfileService &service, const QString &path)
{
    const QString pattern = path + QStringLiteral("/{session_id}");
    Route get = routeOf("GET", pattern, Role::CPO, QStringLiteral("Ask for the charging profile active on one of our sessions"));
    get.doc.responseSchema = QStringLiteral("ChargingProfileResponse");
    get.doc.query = {{QStringLiteral("duration"), QStringLiteral("integer"), QString(), QStringLiteral("Seconds ahead"), true},
                     kResponseUrlDoc};
    router.addSync(get, [&service](const RouteCall &call) {
        Result<QJsonObject> request = [&call]() -> Result<QJsonObject> {
            auto duration = required(call, QStringLiteral("duration"));
            if (!duration)
                return duration.error();
            bool ok = false;
            const int seconds = duration->toInt(&ok);
            if (!ok || seconds < 0)
                return Error::invalid(QStringLiteral("duration: '%1' is not a whole number of seconds").arg(duration->left(40)));
            auto url = responseUrl(call);
            if (!url)
                return url.error();
            return QJsonObject{{QStringLiteral("duration"), seconds}, {QStringLiteral("response_url"), *url}};
        }();
        return answer(service, call, QStringLiteral("GET"), request);
    });

    Route put = routeOf("PUT", pattern, Role::CPO, QStringLiteral("Set a charging profile on one of our sessions"));
    put.doc.requestSchema = QStringLiteral("SetChargingProfile");
    put.doc.responseSchema = QStringLiteral("ChargingProfileResponse");
    router.addSync(put, [&service](const RouteCall &call) {
        return answer(service, call, QStringLiteral("SET"),
                      validateObject(QStringLiteral("SetChargingProfile"), objectroutes::bodyValue(call), service.policy()));
    });

    Route remove = routeOf("DELETE", pattern, Role::CPO, QStringLiteral("Clear the charging profile of one of our sessions"));
    remove.doc.responseSchema = QStringLiteral("ChargingProfileResponse");
    remove.doc.query = {kResponseUrlDoc};
    router.addSync(remove, [&service](const RouteCall &call) {
        auto url = responseUrl(call);
        Result<QJsonObject> request = url ? Result<QJsonObject>(QJsonObject{{QStringLiteral("response_url"), *url}})
                                          : Result<QJsonObject>(url.error());
        return answer(service, call, QStringLiteral("CLEAR"), request);
    });
}

void mountSender(Router &router, ChargingProfileService &service, const QString &path)
{
    Route results = routeOf("POST", path + QStringLiteral("/{type}/{uid}"), Role::EMSP,
                            QStringLiteral("The result of a request we sent (the response_url it carried): an "
                                           "ActiveChargingProfileResult (GET), ChargingProfileResult (SET) or "
                                           "ClearProfileResult (CLEAR)"));
    results.doc.requestSchema = QStringLiteral("ChargingProfileResult");
    router.addSync(results, [&service](const RouteCall &call) {
        Status received = service.receiveResult(*call.caller, call.param(QStringLiteral("type")), call.param(QStringLiteral("uid")),
                                                objectroutes::bodyValue(call));
        return received ? reply::ok(call.now) : reply::error(received.error(), call.now);
    });

    Route update = routeOf("PUT", path + QStringLiteral("/{session_id}"), Role::EMSP,
                           QStringLiteral("The charging profile now active on a session of ours at the CPO"));
    update.doc.requestSchema = QStringLiteral("ActiveChargingProfile");
    router.addSync(update, [&service](const RouteCall &call) {
        Status received = service.receiveUpdate(*call.caller, call.param(QStringLiteral("session_id")), objectroutes::bodyValue(call));
        return received ? reply::ok(call.now) : reply::error(received.error(), call.now);
    });
}

} // namespace

void mount(Router &router, ChargingProfileService &service, InterfaceRole role, const QString &path)
{
    if (role == InterfaceRole::Receiver)
        mountReceiver(router, service, path);
    else
        mountSender(router, service, path);
}

} // namespace ocpi::chargingprofiles
