#pragma once

#include <functional>
#include <memory>

namespace ocpi {

class Database;
class ObjectsManager;
class TokensManager;

// The pluggable business side of a node (docs/architecture.md): a factory per module manager. An empty
// factory means the SQL-backed default; an integrator sets the ones it replaces, e.g. tokens to
// decide real-time authorization with its customer system, before the node starts.
struct ManagerFactories
{
    std::function<std::unique_ptr<ObjectsManager>(Database &)> locations;
    std::function<std::unique_ptr<ObjectsManager>(Database &)> tariffs;
    std::function<std::unique_ptr<TokensManager>(Database &)> tokens;
};

} // namespace ocpi
