#include "commandsmodule.h"

#include "commandsroutes.h"
#include "modules/cdrs/cdrservice.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"
#include "modules/tariffs/tariffservice.h"

namespace ocpi {

QString CommandsModule::description() const
{
    return QStringLiteral("Commands: start and stop a charge, reserve, cancel, unlock; results at a response_url (CMD)");
}

Status CommandsModule::open(const ModuleContext &context)
{
    auto manager = context.managers.make<CommandsManager, SimulatedCommandsManager>(identifier(), context.database);
    if (!manager)
        return manager.error();
    m_manager = std::move(manager).value();
    std::optional<ChargePointSite> site;
    auto *locations = qobject_cast<LocationService *>(context.objectService(QStringLiteral("locations")));
    auto *sessions = qobject_cast<SessionService *>(context.objectService(QStringLiteral("sessions")));
    if (locations && sessions) {
        site.emplace(ChargePointSite{*locations, *sessions, context.clock,
                                     qobject_cast<TariffService *>(context.objectService(QStringLiteral("tariffs"))),
                                     qobject_cast<CdrService *>(context.objectService(QStringLiteral("cdrs"))),
                                     context.simulationSpeed, context.leadership});
        m_manager->attach(*site);
    }
    m_service = std::make_unique<CommandService>(context.database, *m_manager, context.outbox, context.partners,
                                                 context.client, context.clock, context.ourParties, context.policy, site);
    m_service->setPublicBase(context.publicBase);
    m_service->setLeadership(context.leadership);
    return Status::success();
}

void CommandsModule::close()
{
    m_service.reset();
    m_manager.reset();
}

void CommandsModule::setPublicBase(const QString &base)
{
    if (m_service)
        m_service->setPublicBase(base);
}

void CommandsModule::mount(Router &router, const ServedInterface &served, const QString &path)
{
    commands::mount(router, *m_service, served.role, path);
}

} // namespace ocpi
