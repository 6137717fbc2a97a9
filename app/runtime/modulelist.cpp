#include "modulelist.h"

#include "modules/cdrs/cdrsmodule.h"
#include "modules/chargingprofiles/chargingprofilesmodule.h"
#include "modules/commands/commandsmodule.h"
#include "modules/hubclientinfo/hubclientinfomodule.h"
#include "modules/locations/locationsmodule.h"
#include "modules/reservations/reservationsmodule.h"
#include "modules/sessions/sessionsmodule.h"
#include "modules/tariffs/tariffsmodule.h"
#include "modules/tokens/tokensmodule.h"
#include "nodemigrations.h"

namespace ocpi {

std::vector<std::unique_ptr<OcpiModule>> createModules(bool reservations)
{
    std::vector<std::unique_ptr<OcpiModule>> modules;
    modules.push_back(std::make_unique<LocationsModule>());
    modules.push_back(std::make_unique<TariffsModule>());
    modules.push_back(std::make_unique<TokensModule>());
    modules.push_back(std::make_unique<SessionsModule>());
    modules.push_back(std::make_unique<CdrsModule>());
    modules.push_back(std::make_unique<CommandsModule>());
    // After sessions (CP-10) and commands (whose simulated charge points follow the profiles).
    modules.push_back(std::make_unique<ChargingProfilesModule>());
    // After commands: an accepted reservation is carried out by its manager (RESERVE_NOW).
    if (reservations)
        modules.push_back(std::make_unique<ReservationsModule>());
    // Last: its table came last, and no module opens on it (the partner registry reads it).
    modules.push_back(std::make_unique<HubClientInfoModule>());
    return modules;
}

QList<Migration> nodeMigrations()
{
    QList<Migration> migrations = coreMigrations();
    for (const std::unique_ptr<OcpiModule> &module : createModules())
        migrations += module->migrations();
    return migrations;
}

const QList<ObjectModule> &objectModules()
{
    static const QList<ObjectModule> definitions = [] {
        QList<ObjectModule> list;
        for (const std::unique_ptr<OcpiModule> &module : createModules()) {
            if (const ObjectModule *objects = module->objectModule())
                list.append(*objects);
        }
        return list;
    }();
    return definitions;
}

std::optional<ObjectModule> objectModule(const QString &identifier)
{
    for (const ObjectModule &module : objectModules()) {
        if (module.identifier == identifier)
            return module;
    }
    return std::nullopt;
}

} // namespace ocpi
