#pragma once

#include "sync/objectsmanager.h"

namespace ocpi {

// Where our own locations come from; replace SqlLocationsManager to serve them from an asset system.
using LocationsManager = ObjectsManager;

class SqlLocationsManager final : public SqlObjectsManager
{
public:
    explicit SqlLocationsManager(Database &database) : SqlObjectsManager(database, QStringLiteral("locations")) {}
};

} // namespace ocpi
