#include "nodeservices.h"

#include "client/ocpiclient.h"
#include "http/ocpipaths.h"
#include "modules/credentials/credentialsservice.h"
#include "modules/credentials/registrationclient.h"
#include "modules/locations/locationservice.h"
#include "modules/locations/locationsmanager.h"
#include "modules/tariffs/tariffsmanager.h"
#include "modules/tariffs/tariffservice.h"
#include "modules/tokens/tokenservice.h"
#include "modules/tokens/tokensmanager.h"
#include "nodemigrations.h"
#include "partners/partnerregistry.h"
#include "store/database.h"
#include "sync/outbox.h"
#include "sync/puller.h"
#include "sync/wholeobject.h"
#include "traffic/requestlog.h"

namespace ocpi {

NodeServices::NodeServices(NodeConfig config, const Clock &clock, ManagerFactories managers)
    : m_config(std::move(config)), m_clock(clock), m_managerFactories(std::move(managers))
{
}

NodeServices::~NodeServices()
{
    close();
}

Status NodeServices::open()
{
    if (m_open)
        return Status::success();
    m_database = std::make_unique<Database>();
    if (Status s = m_database->open(m_config.databasePath, nodeMigrations()); !s)
        return s;
    m_trafficDatabase = std::make_unique<Database>();
    if (Status s = m_trafficDatabase->open(trafficDatabasePath(m_config.databasePath), trafficMigrations()); !s)
        return s;
    RequestLogOptions logOptions;
    logOptions.retentionRows = m_config.logRetentionRows;
    logOptions.bodyLimit = m_config.logBodyBytes;
    m_requestLog = std::make_unique<RequestLog>(*m_trafficDatabase, logOptions);
    m_requestLog->start();
    m_partners = std::make_unique<PartnerRegistry>(*m_database, m_clock, m_config.tokenALifetimeDays);
    m_client = std::make_unique<OcpiClient>(m_requestLog.get(), m_clock, m_config.logBodyBytes);
    m_client->setUrlPolicy(m_config.partnerUrlPolicy);
    m_client->setTimeout(m_config.partnerTimeoutSeconds * 1000);
    const OurIdentity identity{m_config.parties, m_config.publicBase(m_config.port) + paths::versions()};
    m_credentials = std::make_unique<CredentialsService>(*m_partners, *m_client, identity);
    m_registration = std::make_unique<RegistrationClient>(*m_partners, *m_client, identity);
    m_outbox = std::make_unique<Outbox>(*m_database, *m_partners, m_clock);
    // One policy for every object partners send or we store (hardening issue items 3 and 7).
    ValidationPolicy policy;
    policy.limits = m_config.objectLimits;
    policy.clock = &m_clock;
    policy.maxClockSkewSeconds = m_config.maxClockSkewSeconds;
    m_puller = std::make_unique<Puller>(*m_database, *m_partners, *m_client, m_clock, m_config.parties, policy);
    const ManagerFactories &make = m_managerFactories;
    m_locationsManager = make.locations ? make.locations(*m_database) : std::make_unique<SqlLocationsManager>(*m_database);
    m_locations = std::make_unique<LocationService>(*m_database, *m_locationsManager, *m_outbox, m_clock, m_config.parties,
                                                    policy);
    m_tariffsManager = make.tariffs ? make.tariffs(*m_database) : std::make_unique<SqlTariffsManager>(*m_database);
    m_tariffs = std::make_unique<TariffService>(*m_database, *m_tariffsManager, *m_outbox, m_clock, m_config.parties,
                                                policy);
    // Tokens need the manager's decisions too (TokensManager), not only its objects.
    std::unique_ptr<TokensManager> tokensManager =
        make.tokens ? make.tokens(*m_database) : std::make_unique<SqlTokensManager>(*m_database);
    m_tokens = std::make_unique<TokenService>(*m_database, *tokensManager, *m_outbox, m_clock, m_config.parties, policy);
    m_tokensManager = std::move(tokensManager);
    // A refused PATCH of our objects becomes a PUT of the whole object, as the manager has it (TF-11).
    for (ObjectService *service : objectServices())
        m_outbox->setModule(service->module().identifier, RefusalPolicy::ResendWhole, wholeObjectSource(*service));
    m_open = true;
    return Status::success();
}

void NodeServices::setPublicBase(const QString &base)
{
    const QString versionsUrl = base + paths::versions();
    m_credentials->setVersionsUrl(versionsUrl);
    m_registration->setVersionsUrl(versionsUrl);
}

QList<ObjectService *> NodeServices::objectServices() const
{
    return {m_locations.get(), m_tariffs.get(), m_tokens.get()};
}

ObjectService *NodeServices::objectService(const QString &identifier) const
{
    for (ObjectService *service : objectServices()) {
        if (service->module().identifier == identifier)
            return service;
    }
    return nullptr;
}

void NodeServices::close()
{
    if (!m_open)
        return;
    m_open = false;
    // Outgoing calls first (their callbacks use the services), then the services, then the store.
    m_client.reset();
    m_puller.reset();
    m_tokens.reset();
    m_tokensManager.reset();
    m_tariffs.reset();
    m_tariffsManager.reset();
    m_locations.reset();
    m_locationsManager.reset();
    m_outbox.reset();
    m_registration.reset();
    m_credentials.reset();
    m_partners.reset();
    m_requestLog->stop();
    m_requestLog.reset();
    m_trafficDatabase->close();
    m_database->close();
}

} // namespace ocpi
