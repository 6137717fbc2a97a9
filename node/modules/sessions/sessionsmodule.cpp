#include "sessionsmodule.h"

#include "sessionsroutes.h"

namespace ocpi {

QString SessionsModule::description() const
{
    return QStringLiteral("Sessions: charging as it happens, and the driver's charging preferences (SES)");
}

void SessionsModule::mount(Router &router, const ServedInterface &served, const QString &path)
{
    sessions::mount(router, service(), served.role, path);
}

} // namespace ocpi
