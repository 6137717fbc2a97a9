#include "tariffsmodule.h"

#include "tariffsroutes.h"

namespace ocpi {

QString TariffsModule::description() const
{
    return QStringLiteral("Tariffs: what charging costs (TAR)");
}

void TariffsModule::mount(Router &router, const ServedInterface &served, const QString &path)
{
    tariffs::mount(router, service(), served.role, path);
}

} // namespace ocpi
