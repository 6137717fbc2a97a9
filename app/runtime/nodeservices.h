#pragma once

#include "config/nodeconfig.h"
#include "core/clock.h"
#include "core/result.h"
#include "modules/modulemanager.h"
#include "modules/ocpimodule.h"
#include "sync/objectservice.h"

#include <memory>
#include <vector>

namespace ocpi {

class CredentialsService;
class InitialSync;
class Database;
class Leadership;
struct NodeProcess;
class ObjectService;
class OcpiClient;
class OcpiModule;
class Outbox;
class PartnerRegistry;
class Puller;
class RegistrationClient;
class RequestLog;

// Everything of a node but HTTP serving: the store, the request log, the partner registry, the
// client to partners and the modules (app/runtime/modulelist.cpp), opened in list order. A serving node (NodeRuntime) and every operator
// command (`ocpi-node register`, ...) build one over the same database.
class NodeServices
{
public:
    NodeServices(NodeConfig config, const Clock &clock, ManagerFactories managers = {});
    ~NodeServices();
    NodeServices(const NodeServices &) = delete;
    NodeServices &operator=(const NodeServices &) = delete;

    Status open();
    void close();

    // Tells every service our versions URL once the port is known.
    void setPublicBase(const QString &base);

    const NodeConfig &config() const { return m_config; }
    const Clock &clock() const { return m_clock; }
    Database &database() { return *m_database; }
    Database &trafficDatabase() { return *m_trafficDatabase; }
    RequestLog &requestLog() { return *m_requestLog; }
    PartnerRegistry &partners() { return *m_partners; }
    OcpiClient &client() { return *m_client; }
    CredentialsService &credentials() { return *m_credentials; }
    RegistrationClient &registration() { return *m_registration; }
    Outbox &outbox() { return *m_outbox; }
    Puller &puller() { return *m_puller; }
    // Sends a partner our objects that exist already (`ocpi-node push --all`, on registration).
    InitialSync &initialSync() { return *m_initialSync; }
    // Which process on the database does the once-only work; a serving node campaigns for it
    // (NodeRuntime), an operator command does not (on PostgreSQL it never leads).
    Leadership &leadership() { return *m_leadership; }
    // The processes serving the database (their heartbeat rows), which of them are alive and which
    // one leads.
    Result<QList<NodeProcess>> processes();
    // The open modules, in list order.
    const std::vector<std::unique_ptr<OcpiModule>> &modules() const { return m_modules; }
    // The owned-object modules' services, for generic operator commands and console pages.
    QList<ObjectService *> objectServices() const;
    ObjectService *objectService(const QString &identifier) const;
    // One module's service by its type, e.g. service<LocationService>() (module-specific callers:
    // its console page, its tests). The module must be in the list.
    template <typename Service>
    Service &service() const
    {
        for (ObjectService *candidate : objectServices()) {
            if (auto *typed = qobject_cast<Service *>(candidate))
                return *typed;
        }
        qFatal("no module of this node has the service asked for");
    }

    // One module by its type, e.g. module<CommandsModule>() (for modules that are not owned-object
    // services). The module must be in the list.
    template <typename Module>
    Module &module() const
    {
        if (Module *found = findModule<Module>())
            return *found;
        qFatal("no module of this node is of the type asked for");
    }
    // The same for a module that may be off (reservations); null when it is not in the list.
    template <typename Module>
    Module *findModule() const
    {
        for (const std::unique_ptr<OcpiModule> &candidate : m_modules) {
            if (auto *typed = dynamic_cast<Module *>(candidate.get()))
                return typed;
        }
        return nullptr;
    }

private:
    void closeModules();

    NodeConfig m_config;
    const Clock &m_clock;
    ManagerFactories m_managerFactories;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Database> m_trafficDatabase;
    std::unique_ptr<Leadership> m_leadership;
    std::unique_ptr<RequestLog> m_requestLog;
    std::unique_ptr<PartnerRegistry> m_partners;
    std::unique_ptr<OcpiClient> m_client;
    std::unique_ptr<CredentialsService> m_credentials;
    std::unique_ptr<RegistrationClient> m_registration;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Puller> m_puller;
    std::unique_ptr<InitialSync> m_initialSync;
    std::vector<std::unique_ptr<OcpiModule>> m_modules;
    bool m_open = false;
};

} // namespace ocpi
