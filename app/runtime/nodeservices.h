#pragma once

#include "config/nodeconfig.h"
#include "core/clock.h"
#include "core/result.h"
#include "managerfactories.h"

#include <memory>

namespace ocpi {

class CredentialsService;
class Database;
class ObjectService;
class ObjectsManager;
class OcpiClient;
class Outbox;
class PartnerRegistry;
class Puller;
class RegistrationClient;
class RequestLog;
class LocationService;
class TariffService;
class TokenService;

// Everything of a node but HTTP serving: the store, the request log, the partner registry, the
// client to partners and the module services. A serving node (NodeRuntime) and every operator
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
    LocationService &locations() { return *m_locations; }
    TariffService &tariffs() { return *m_tariffs; }
    TokenService &tokens() { return *m_tokens; }

    // The owned-object modules (locations, tariffs, tokens) for generic operator commands.
    QList<ObjectService *> objectServices() const;
    ObjectService *objectService(const QString &identifier) const;

private:
    NodeConfig m_config;
    const Clock &m_clock;
    ManagerFactories m_managerFactories;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Database> m_trafficDatabase;
    std::unique_ptr<RequestLog> m_requestLog;
    std::unique_ptr<PartnerRegistry> m_partners;
    std::unique_ptr<OcpiClient> m_client;
    std::unique_ptr<CredentialsService> m_credentials;
    std::unique_ptr<RegistrationClient> m_registration;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Puller> m_puller;
    // Each module: the manager (pluggable source of our objects) and the service.
    std::unique_ptr<ObjectsManager> m_locationsManager;
    std::unique_ptr<LocationService> m_locations;
    std::unique_ptr<ObjectsManager> m_tariffsManager;
    std::unique_ptr<TariffService> m_tariffs;
    std::unique_ptr<ObjectsManager> m_tokensManager;
    std::unique_ptr<TokenService> m_tokens;
    bool m_open = false;
};

} // namespace ocpi
