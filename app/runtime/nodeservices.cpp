#include "nodeservices.h"

#include "client/ocpiclient.h"
#include "config/nodeprocesses.h"
#include "http/ocpipaths.h"
#include "modules/credentials/credentialsservice.h"
#include "modules/credentials/registrationclient.h"
#include "modulelist.h"
#include "nodemigrations.h"
#include "partners/partnerregistry.h"
#include "store/database.h"
#include "store/leadership.h"
#include "sync/initialsync.h"
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
    m_leadership = std::make_unique<Leadership>(*m_database);
    m_trafficDatabase = std::make_unique<Database>();
    if (Status s = m_trafficDatabase->open(trafficDatabasePath(m_config.databasePath), trafficMigrations()); !s)
        return s;
    RequestLogOptions logOptions;
    logOptions.retentionRows = m_config.logRetentionRows;
    logOptions.retentionDays = m_config.logRetentionDays;
    logOptions.bodyLimit = m_config.logBodyBytes;
    m_requestLog = std::make_unique<RequestLog>(*m_trafficDatabase, logOptions);
    m_requestLog->start();
    m_partners = std::make_unique<PartnerRegistry>(*m_database, m_clock, m_config.tokenALifetimeDays);
    // Never spoken for by a hub partner (mayActFor).
    m_partners->setOurParties(m_config.parties);
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
    const ModuleContext context{*m_database,
                                *m_outbox,
                                *m_partners,
                                *m_client,
                                m_clock,
                                m_config.parties,
                                policy,
                                m_managerFactories,
                                m_config.publicBase(m_config.port),
                                [this](const QString &identifier) { return objectService(identifier); },
                                m_config.simSpeed,
                                m_leadership.get(),
                                [this](const QString &identifier) -> OcpiModule * {
                                    for (const std::unique_ptr<OcpiModule> &module : m_modules) {
                                        if (module->identifier() == identifier)
                                            return module.get();
                                    }
                                    return nullptr;
                                }};
    m_modules = createModules(m_config.reservations);
    for (const std::unique_ptr<OcpiModule> &module : m_modules) {
        if (Status s = module->open(context); !s) {
            closeModules();
            return s;
        }
        // How the outbox treats a refused push of the module's objects, and where it finds the
        // whole object, as the module's manager has it (TF-11).
        if (ObjectService *objects = module->objects())
            m_outbox->setModule(module->identifier(), module->refusalPolicy(), wholeObjectSource(*objects));
    }
    // Every module is open: the ones whose objects name another module's objects find it now.
    const QList<ObjectService *> services = objectServices();
    for (ObjectService *service : services)
        service->linkModules(services);
    m_initialSync = std::make_unique<InitialSync>(*m_database, *m_partners, *m_outbox, [this] { return objectServices(); });
    // A partner that registers, on either side of the handshake, gets its initial sync started in
    // the same transaction when its setting asks for one.
    m_partners->setRegistrationHook([this](qint64 partnerId) { return m_initialSync->startOnRegistration(partnerId); });
    // A removed partner takes its queued deliveries and sync state with it; objects received from
    // it stay (they belong to its parties, docs/partners.md).
    m_partners->addRemovalHook([this](qint64 partnerId) -> Status {
        auto dropped = m_outbox->forgetPartner(partnerId);
        return dropped ? Status::success() : Status(dropped.error());
    });
    m_partners->addRemovalHook([this](qint64 partnerId) { return m_puller->forgetPartner(partnerId); });
    m_partners->addRemovalHook([this](qint64 partnerId) { return m_initialSync->forgetPartner(partnerId); });
    m_open = true;
    return Status::success();
}

void NodeServices::setPublicBase(const QString &base)
{
    const QString versionsUrl = base + paths::versions();
    m_credentials->setVersionsUrl(versionsUrl);
    m_registration->setVersionsUrl(versionsUrl);
    for (const std::unique_ptr<OcpiModule> &module : m_modules)
        module->setPublicBase(base);
}

Result<QList<NodeProcess>> NodeServices::processes()
{
    return NodeProcesses::list(*m_database);
}

QList<ObjectService *> NodeServices::objectServices() const
{
    QList<ObjectService *> services;
    for (const std::unique_ptr<OcpiModule> &module : m_modules) {
        if (ObjectService *objects = module->objects())
            services.append(objects);
    }
    return services;
}

void NodeServices::closeModules()
{
    // In reverse: a later module may use an earlier one's service.
    for (auto module = m_modules.rbegin(); module != m_modules.rend(); ++module)
        (*module)->close();
    m_modules.clear();
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
    m_partners->setRegistrationHook({});
    m_partners->clearRemovalHooks();
    m_initialSync.reset();
    closeModules();
    m_outbox.reset();
    m_registration.reset();
    m_credentials.reset();
    m_partners.reset();
    m_leadership.reset();
    m_requestLog->stop();
    m_requestLog.reset();
    m_trafficDatabase->close();
    m_database->close();
}

} // namespace ocpi
