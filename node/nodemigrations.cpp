#include "nodemigrations.h"

#include <QDir>
#include <QFileInfo>

#include "config/nodeidentity.h"
#include "partners/partnerstore.h"
#include "sync/outbox.h"
#include "sync/puller.h"
#include "traffic/trafficstore.h"

namespace ocpi {

QList<Migration> coreMigrations()
{
    return {
        PartnerStore::migration(),
        Outbox::migration(),
        Puller::migration(),
        PartnerStore::handshakeFailuresMigration(),
        Outbox::generalMigration(),
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
