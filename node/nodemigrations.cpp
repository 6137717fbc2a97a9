#include "nodemigrations.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include "config/nodeidentity.h"
#include "config/nodeprocesses.h"
#include "partners/partnerstore.h"
#include "sync/initialsync.h"
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
        Outbox::claimsMigration(),
        NodeProcesses::migration(),
        PartnerStore::initialSyncMigration(),
        InitialSync::migration(),
        PartnerStore::removedPartnersMigration(),
    };
}

QList<Migration> trafficMigrations()
{
    return {TrafficStore::migration(), TrafficStore::ageMigration(), TrafficStore::warningsMigration(),
            TrafficStore::errorsMigration()};
}

QString trafficDatabasePath(const QString &nodeDatabasePath)
{
    if (DatabaseLocation::looksLikeUrl(nodeDatabasePath)) {
        // On PostgreSQL the log shares the node's database, in a schema of its own: its own
        // migrations, and its own write lock (SqlDialect::beginWrite).
        QUrl url(nodeDatabasePath);
        QUrlQuery query(url);
        const QString nodeSchema = query.queryItemValue(QStringLiteral("schema"));
        query.removeAllQueryItems(QStringLiteral("schema"));
        query.addQueryItem(QStringLiteral("schema"), nodeSchema.isEmpty() ? QStringLiteral("request_log")
                                                                           : nodeSchema + QStringLiteral("_request_log"));
        url.setQuery(query);
        return url.toString();
    }
    const QFileInfo node(nodeDatabasePath);
    return node.dir().filePath(node.completeBaseName() + QStringLiteral("-traffic.sqlite"));
}

} // namespace ocpi
