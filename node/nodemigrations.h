#pragma once

#include "store/database.h"

namespace ocpi {

// Every module's schema migrations in the one order they were released. Append only: a database's
// schema version is the number of entries applied.
QList<Migration> nodeMigrations();

} // namespace ocpi
