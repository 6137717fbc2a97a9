#pragma once

#include "store/database.h"

namespace ocpi {

// Every module's schema migrations in the one order they were released. Append only: a database's
// schema version is the number of entries applied.
QList<Migration> nodeMigrations();

// The request log lives in a database file of its own (see trafficDatabasePath): its steady stream
// of batch writes then never waits for, or holds up, the node's own writes.
QList<Migration> trafficMigrations();
QString trafficDatabasePath(const QString &nodeDatabasePath);

} // namespace ocpi
