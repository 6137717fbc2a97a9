#include "tokensroutes.h"

#include "http/objectroutes.h"
#include "http/ocpipaths.h"
#include "http/router.h"
#include "tokenservice.h"

namespace ocpi::tokens {

void mount(Router &router, TokenService &service, const QList<PartyRole> &ourParties)
{
    const QString identifier = QStringLiteral("tokens");
    if (findRole(ourParties, Role::EMSP)) {
        const QString sender = paths::module(Role::EMSP, identifier);
        router.announce({identifier, InterfaceRole::Sender, sender});
        objectroutes::mountSenderList(router, service, sender, QStringLiteral("Our tokens (Sender interface)"));
    }
    if (findRole(ourParties, Role::CPO)) {
        const QString receiver = paths::module(Role::CPO, identifier);
        router.announce({identifier, InterfaceRole::Receiver, receiver});
        objectroutes::mountReceiverObject(router, service, receiver + QStringLiteral("/{country_code}/{party_id}/{token_uid}"),
                                          {"GET", "PUT"});
    }
}

} // namespace ocpi::tokens
