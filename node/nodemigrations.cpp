#include "nodemigrations.h"

#include "partners/partnerstore.h"
#include "traffic/trafficstore.h"

namespace ocpi {

QList<Migration> nodeMigrations()
{
    return {
        TrafficStore::migration(),
        PartnerStore::migration(),
    };
}

} // namespace ocpi
