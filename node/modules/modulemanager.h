#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace ocpi {

class Database;

// The pluggable business side of a module (docs/architecture.md, "Managers"): where our own
// objects come from and the decisions about them. Every module's manager derives from this, so an
// integrator's factory can be handed over without the node knowing the module's types.
class ModuleManager
{
public:
    virtual ~ModuleManager() = default;
};

// An integrator's managers, by module identifier, set before the node starts. A module without a
// factory here uses its SQL-backed default.
class ManagerFactories
{
public:
    using Factory = std::function<std::unique_ptr<ModuleManager>(Database &)>;

    // `factory(Database &)` returns a std::unique_ptr to the module's manager type (or one derived
    // from it), e.g. set("tokens", [](Database &db) { return std::make_unique<MyTokens>(db); }).
    template <typename MakeManager>
    void set(const QString &module, MakeManager factory)
    {
        m_factories.insert(module, [factory](Database &database) -> std::unique_ptr<ModuleManager> {
            return factory(database);
        });
    }
    bool has(const QString &module) const { return m_factories.contains(module); }

    // The manager `Module` needs: the integrator's, checked to be a `Manager`, or a new `Default`.
    template <typename Manager, typename Default>
    Result<std::unique_ptr<Manager>> make(const QString &module, Database &database) const
    {
        const auto found = m_factories.constFind(module);
        if (found == m_factories.constEnd())
            return std::unique_ptr<Manager>(std::make_unique<Default>(database));
        std::unique_ptr<ModuleManager> custom = (*found)(database);
        auto *typed = dynamic_cast<Manager *>(custom.get());
        if (!typed) {
            return Error::internal(QStringLiteral("the %1 manager set with ManagerFactories::set is not of the "
                                                  "module's manager type; derive it from that type")
                                       .arg(module));
        }
        custom.release();
        return std::unique_ptr<Manager>(typed);
    }

private:
    QHash<QString, Factory> m_factories;
};

} // namespace ocpi
