#include "tokenservice.h"

namespace ocpi {

TokenService::TokenService(Database &database, ObjectsManager &manager, Outbox &outbox, const Clock &clock,
                           QList<PartyRole> ourParties, QObject *parent)
    : ObjectService(*objectModule(QStringLiteral("tokens")), database, manager, outbox, clock, std::move(ourParties), parent)
{
}

} // namespace ocpi
