#include "nodeservices.h"

#include "client/ocpiclient.h"
#include "http/ocpipaths.h"
#include "modules/credentials/credentialsservice.h"
#include "modules/credentials/registrationclient.h"
#include "nodemigrations.h"
#include "partners/partnerregistry.h"
#include "store/database.h"
#include "traffic/requestlog.h"

namespace ocpi {

NodeServices::NodeServices(NodeConfig config, const Clock &clock) : m_config(std::move(config)), m_clock(clock) {}

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
    RequestLogOptions logOptions;
    logOptions.retentionRows = m_config.logRetentionRows;
    logOptions.bodyLimit = m_config.logBodyBytes;
    m_requestLog = std::make_unique<RequestLog>(*m_database, logOptions);
    m_requestLog->start();
    m_partners = std::make_unique<PartnerRegistry>(*m_database, m_clock, m_config.tokenALifetimeDays);
    m_client = std::make_unique<OcpiClient>(m_requestLog.get(), m_clock, m_config.logBodyBytes);
    const OurIdentity identity{m_config.parties, m_config.publicBase(m_config.port) + paths::versions()};
    m_credentials = std::make_unique<CredentialsService>(*m_partners, *m_client, identity);
    m_registration = std::make_unique<RegistrationClient>(*m_partners, *m_client, identity);
    m_open = true;
    return Status::success();
}

void NodeServices::setPublicBase(const QString &base)
{
    const QString versionsUrl = base + paths::versions();
    m_credentials->setVersionsUrl(versionsUrl);
    m_registration->setVersionsUrl(versionsUrl);
}

void NodeServices::close()
{
    if (!m_open)
        return;
    m_open = false;
    // Outgoing calls first (their callbacks use the services), then the services, then the store.
    m_client.reset();
    m_registration.reset();
    m_credentials.reset();
    m_partners.reset();
    m_requestLog->stop();
    m_requestLog.reset();
    m_database->close();
}

} // namespace ocpi
