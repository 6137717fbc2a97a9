#pragma once

#include "config/nodeconfig.h"
#include "core/clock.h"
#include "core/result.h"

#include <memory>

namespace ocpi {

class CredentialsService;
class Database;
class OcpiClient;
class PartnerRegistry;
class RegistrationClient;
class RequestLog;

// Everything of a node but HTTP serving: the store, the request log, the partner registry, the
// client to partners and the module services. A serving node (NodeRuntime) and every operator
// command (`ocpi-node register`, ...) build one over the same database.
class NodeServices
{
public:
    NodeServices(NodeConfig config, const Clock &clock);
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
    RequestLog &requestLog() { return *m_requestLog; }
    PartnerRegistry &partners() { return *m_partners; }
    OcpiClient &client() { return *m_client; }
    CredentialsService &credentials() { return *m_credentials; }
    RegistrationClient &registration() { return *m_registration; }

private:
    NodeConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RequestLog> m_requestLog;
    std::unique_ptr<PartnerRegistry> m_partners;
    std::unique_ptr<OcpiClient> m_client;
    std::unique_ptr<CredentialsService> m_credentials;
    std::unique_ptr<RegistrationClient> m_registration;
    bool m_open = false;
};

} // namespace ocpi
