#pragma once

#include "modules/ocpimodule.h"
#include "store/database.h"
#include "sync/objectmodule.h"

#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace ocpi {

// The OCPI modules this node serves, in the order they open and mount: the one list (README,
// "Adding a module"). Each call makes new, unopened modules; a node opens its own. The optional
// reservations module is in the list only when asked for (--reservations on); the schema has its
// tables either way, so switching it on later needs no migration.
std::vector<std::unique_ptr<OcpiModule>> createModules(bool reservations = true);

// The node database's schema: the core's migrations, then every module's.
QList<Migration> nodeMigrations();

// The modules whose objects are owned by one party and copied to partners, without a running
// node (operator commands, console pages).
const QList<ObjectModule> &objectModules();
std::optional<ObjectModule> objectModule(const QString &identifier);

} // namespace ocpi
