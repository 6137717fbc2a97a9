#include "locationservice.h"

namespace ocpi {

LocationService::LocationService(Database &database, ObjectsManager &manager, Outbox &outbox, const Clock &clock,
                                 QList<PartyRole> ourParties, QObject *parent)
    : ObjectService(*objectModule(QStringLiteral("locations")), database, manager, outbox, clock, std::move(ourParties), parent)
{
}

bool LocationService::isListed(const QJsonObject &object) const
{
    return object.value(QLatin1String("publish")).toBool(true);
}

} // namespace ocpi
