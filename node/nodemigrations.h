#pragma once

#include "store/database.h"

namespace ocpi {

// The node's own tables (partners, outbox, pulls), before every module's (nodeMigrations() in
// app/runtime/modulelist.h joins them). Migrations are applied once each by name; never change or
// rename a released one, add a new one.
QList<Migration> coreMigrations();

// The request log lives in a database file of its own (see trafficDatabasePath): its steady stream
// of batch writes then never waits for, or holds up, the node's own writes. On PostgreSQL it is a
// schema of the node's database.
QList<Migration> trafficMigrations();
QString trafficDatabasePath(const QString &nodeDatabasePath);

} // namespace ocpi
