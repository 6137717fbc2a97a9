#include "sessionsroutes.h"

#include "http/objectroutes.h"
#include "http/responses.h"
#include "http/router.h"
#include "sessionservice.h"

namespace ocpi::sessions {

namespace {

void mountChargingPreferences(Router &router, SessionService &service, const QString &sender)
{
    Route preferences;
    preferences.method = "PUT";
    preferences.pattern = sender + QStringLiteral("/{session_id}/charging_preferences");
    preferences.access = Access::PartnerOnly;
    preferences.module = SessionService::definition().identifier;
    preferences.servedRole = Role::CPO;
    preferences.doc.summary = QStringLiteral("The driver's charging preferences for one of our sessions (SES-02)");
    preferences.doc.requestSchema = QStringLiteral("ChargingPreferences");
    preferences.doc.responseSchema = QStringLiteral("ChargingPreferencesResponse");
    router.addSync(preferences, [&service](const RouteCall &call) {
        std::optional<PartyId> addressed;
        if (call.ourPartyAddressed && call.ourParty)
            addressed = call.ourParty->party;
        auto answer = service.chargingPreferences(*call.caller, addressed, call.param(QStringLiteral("session_id")),
                                                  objectroutes::bodyValue(call));
        return answer ? reply::json(*answer, call.now) : reply::error(answer.error(), call.now);
    });
}

} // namespace

void mount(Router &router, SessionService &service, InterfaceRole role, const QString &path)
{
    if (role == InterfaceRole::Sender) {
        // date_from is optional here although the specification marks it required (SES-03 DECIDE).
        objectroutes::mountSenderList(router, service, path, QStringLiteral("Our sessions (Sender interface)"));
        mountChargingPreferences(router, service, path);
        return;
    }
    // Sessions are never deleted (SES-08): COMPLETED or INVALID is their end.
    objectroutes::mountReceiverObject(router, service, path + QStringLiteral("/{country_code}/{party_id}/{session_id}"),
                                      {"GET", "PUT", "PATCH"});
}

} // namespace ocpi::sessions
