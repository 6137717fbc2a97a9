#include "chargingprofilesmodule.h"

#include "chargingprofilesroutes.h"
#include "modules/commands/commandsmodule.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"

namespace ocpi {

QString ChargingProfilesModule::description() const
{
    return QStringLiteral("Charging profiles: get, set and clear the power limit of a session; results at a response_url (CP)");
}

Status ChargingProfilesModule::open(const ModuleContext &context)
{
    std::optional<ChargingProfileService::Site> site;
    auto *locations = qobject_cast<LocationService *>(context.objectService(QStringLiteral("locations")));
    auto *sessions = qobject_cast<SessionService *>(context.objectService(QStringLiteral("sessions")));
    if (locations && sessions) {
        site.emplace(ChargingProfileService::Site{*sessions, *locations, nullptr});
        // Our charge points take profiles when they are the simulated ones; an integrator's
        // commands manager drives real chargers this module does not reach.
        auto *commands = context.module ? dynamic_cast<CommandsModule *>(context.module(QStringLiteral("commands"))) : nullptr;
        if (auto *simulated = commands ? dynamic_cast<SimulatedCommandsManager *>(&commands->manager()) : nullptr)
            site->chargers = &simulated->chargers();
    }
    m_service = std::make_unique<ChargingProfileService>(context.database, context.outbox, context.partners, context.client,
                                                         context.clock, context.ourParties, context.policy, site);
    m_service->setPublicBase(context.publicBase);
    m_service->setLeadership(context.leadership);
    return Status::success();
}

void ChargingProfilesModule::setPublicBase(const QString &base)
{
    if (m_service)
        m_service->setPublicBase(base);
}

void ChargingProfilesModule::mount(Router &router, const ServedInterface &served, const QString &path)
{
    chargingprofiles::mount(router, *m_service, served.role, path);
}

} // namespace ocpi
