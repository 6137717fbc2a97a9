#pragma once

#include "sync/objectsmanager.h"

namespace ocpi {

// Where our own tokens come from; replace SqlTokensManager to serve them from a customer system.
using TokensManager = ObjectsManager;

class SqlTokensManager final : public SqlObjectsManager
{
public:
    explicit SqlTokensManager(Database &database) : SqlObjectsManager(database, QStringLiteral("tokens")) {}
};

} // namespace ocpi
