#include "reservationsmodule.h"

#include "modules/cdrs/cdrservice.h"
#include "modules/commands/commandsmodule.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"
#include "modules/tariffs/tariffservice.h"
#include "reservationsroutes.h"

namespace ocpi {

QString ReservationsModule::description() const
{
    return QStringLiteral("Reservations (custom): a time window on an EVSE offered with its price, accepted, "
                          "then held at its start (docs/reservations.md)");
}

Status ReservationsModule::open(const ModuleContext &context)
{
    auto manager = context.managers.make<ReservationsManager, SimulatedReservationsManager>(identifier(), context.database);
    if (!manager)
        return manager.error();
    m_manager = std::move(manager).value();
    auto *locations = qobject_cast<LocationService *>(context.objectService(QStringLiteral("locations")));
    auto *sessions = qobject_cast<SessionService *>(context.objectService(QStringLiteral("sessions")));
    if (locations && sessions) {
        auto *commands = context.module ? dynamic_cast<CommandsModule *>(context.module(QStringLiteral("commands"))) : nullptr;
        m_manager->attach(ReservationSite{
            ChargePointSite{*locations, *sessions, context.clock,
                            qobject_cast<TariffService *>(context.objectService(QStringLiteral("tariffs"))),
                            qobject_cast<CdrService *>(context.objectService(QStringLiteral("cdrs"))),
                            context.simulationSpeed, context.leadership},
            commands ? &commands->manager() : nullptr});
    }
    m_service = std::make_unique<ReservationService>(context.database, *m_manager, context.outbox, context.partners,
                                                     context.client, context.clock, context.ourParties, context.policy);
    m_service->startTicking(context.leadership);
    return Status::success();
}

void ReservationsModule::close()
{
    m_service.reset();
    m_manager.reset();
}

void ReservationsModule::mount(Router &router, const ServedInterface &served, const QString &path)
{
    reservations::mount(router, *m_service, served.role, path);
}

} // namespace ocpi
