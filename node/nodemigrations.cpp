#include "nodemigrations.h"

#include "partners/partnerstore.h"
#include "store/objecttable.h"
#include "sync/outbox.h"
#include "sync/puller.h"
#include "traffic/trafficstore.h"

namespace ocpi {

QList<Migration> nodeMigrations()
{
    return {
        TrafficStore::migration(),
        PartnerStore::migration(),
        Outbox::migration(),
        Puller::migration(),
        {QStringLiteral("locations"), ObjectTable::schema(QStringLiteral("locations"))},
        {QStringLiteral("tariffs"), ObjectTable::schema(QStringLiteral("tariffs"))},
        {QStringLiteral("tokens"), ObjectTable::schema(QStringLiteral("tokens"))},
    };
}

} // namespace ocpi
