#include "tariffsroutes.h"

#include "http/objectroutes.h"
#include "http/ocpipaths.h"
#include "http/router.h"
#include "tariffservice.h"

namespace ocpi::tariffs {

void mount(Router &router, TariffService &service, const QList<PartyRole> &ourParties)
{
    const QString identifier = QStringLiteral("tariffs");
    if (findRole(ourParties, Role::CPO)) {
        const QString sender = paths::module(Role::CPO, identifier);
        router.announce({identifier, InterfaceRole::Sender, sender});
        objectroutes::mountSenderList(router, service, sender, QStringLiteral("Our tariffs (Sender interface)"));
    }
    if (findRole(ourParties, Role::EMSP)) {
        const QString receiver = paths::module(Role::EMSP, identifier);
        router.announce({identifier, InterfaceRole::Receiver, receiver});
        objectroutes::mountReceiverObject(router, service, receiver + QStringLiteral("/{country_code}/{party_id}/{tariff_id}"),
                                          {"GET", "PUT", "DELETE"});
    }
}

} // namespace ocpi::tariffs
