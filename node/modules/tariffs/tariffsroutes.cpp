#include "tariffsroutes.h"

#include "http/objectroutes.h"
#include "http/router.h"
#include "tariffservice.h"

namespace ocpi::tariffs {

void mount(Router &router, TariffService &service, InterfaceRole role, const QString &path)
{
    if (role == InterfaceRole::Sender) {
        objectroutes::mountSenderList(router, service, path, QStringLiteral("Our tariffs (Sender interface)"));
        return;
    }
    objectroutes::mountReceiverObject(router, service, path + QStringLiteral("/{country_code}/{party_id}/{tariff_id}"),
                                      {"GET", "PUT", "DELETE"});
}

} // namespace ocpi::tariffs
