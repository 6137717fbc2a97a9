#include "nodemigrations.h"

#include <QDir>
#include <QFileInfo>

#include "config/nodeidentity.h"
#include "modules/locations/locationstore.h"
#include "partners/partnerstore.h"
#include "store/objecttable.h"
#include "sync/outbox.h"
#include "sync/puller.h"
#include "traffic/trafficstore.h"

namespace ocpi {

QList<Migration> nodeMigrations()
{
    return {
        PartnerStore::migration(),
        Outbox::migration(),
        Puller::migration(),
        {QStringLiteral("locations"), ObjectTable::schema(QStringLiteral("locations"))},
        {QStringLiteral("tariffs"), ObjectTable::schema(QStringLiteral("tariffs"))},
        {QStringLiteral("tokens"), ObjectTable::schema(QStringLiteral("tokens"))},
        LocationStore::migration(),
        PartnerStore::handshakeFailuresMigration(),
        NodeIdentityStore::migration(),
        PartnerStore::partyClaimsMigration(),
    };
}

QList<Migration> trafficMigrations()
{
    return {TrafficStore::migration()};
}

QString trafficDatabasePath(const QString &nodeDatabasePath)
{
    const QFileInfo node(nodeDatabasePath);
    return node.dir().filePath(node.completeBaseName() + QStringLiteral("-traffic.sqlite"));
}

} // namespace ocpi
