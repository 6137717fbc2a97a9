#include "locationsmodule.h"

#include "locationsroutes.h"

namespace ocpi {

QString LocationsModule::description() const
{
    return QStringLiteral("Charging locations, their EVSEs and connectors (LOC)");
}

QList<Migration> LocationsModule::migrations() const
{
    return OwnedObjectsModule::migrations() << LocationStore::migration();
}

void LocationsModule::mount(Router &router, const ServedInterface &served, const QString &path)
{
    locations::mount(router, service(), served.role, path);
}

} // namespace ocpi
