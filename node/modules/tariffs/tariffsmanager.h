#pragma once

#include "sync/objectsmanager.h"

namespace ocpi {

// Where our own tariffs come from. Tariffs carry no decision beyond storage, so the manager is the
// plain ObjectsManager; replace SqlTariffsManager to serve tariffs from a pricing system.
using TariffsManager = ObjectsManager;

class SqlTariffsManager final : public SqlObjectsManager
{
public:
    explicit SqlTariffsManager(Database &database) : SqlObjectsManager(database, QStringLiteral("tariffs")) {}
};

} // namespace ocpi
