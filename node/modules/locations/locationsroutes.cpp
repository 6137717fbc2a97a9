#include "locationsroutes.h"

#include "http/objectroutes.h"
#include "http/ocpipaths.h"
#include "http/router.h"
#include "locationservice.h"

namespace ocpi::locations {

void mount(Router &router, LocationService &service, const QList<PartyRole> &ourParties)
{
    const QString identifier = QStringLiteral("locations");
    if (findRole(ourParties, Role::CPO)) {
        const QString sender = paths::module(Role::CPO, identifier);
        router.announce({identifier, InterfaceRole::Sender, sender});
        objectroutes::mountSenderList(router, service, sender, QStringLiteral("Our locations (Sender interface)"));
    }
    if (findRole(ourParties, Role::EMSP)) {
        const QString receiver = paths::module(Role::EMSP, identifier);
        router.announce({identifier, InterfaceRole::Receiver, receiver});
        objectroutes::mountReceiverObject(router, service, receiver + QStringLiteral("/{country_code}/{party_id}/{location_id}"),
                                          {"GET", "PUT"});
    }
}

} // namespace ocpi::locations
