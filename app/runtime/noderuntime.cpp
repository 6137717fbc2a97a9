#include "noderuntime.h"

#include "config/nodeidentity.h"
#include "config/nodeprocesses.h"
#include "core/logging.h"
#include "http/dispatcher.h"
#include "http/httpserver.h"
#include "http/ocpipaths.h"
#include "http/router.h"
#include "http/webroutes.h"
#include "modules/credentials/credentialsroutes.h"
#include "modules/ocpimodule.h"
#include "modules/versions/versionsroutes.h"
#include "nodeservices.h"
#include "partners/partnerregistry.h"
#include "store/database.h"
#include "store/leadership.h"
#include "sync/initialsync.h"
#include "sync/outboxdeliverer.h"
#include "traffic/requestlog.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

#include <sys/resource.h>

namespace ocpi {

namespace {

// Descriptors the node needs besides its connections: databases and their WAL files, the
// listening socket, outgoing calls to partners, the request log, logging.
constexpr rlim_t kReservedDescriptors = 64;

// The usual soft limit of 1,024 descriptors is far below what the kernel allows (the hard limit):
// raise it so the connection cap, not the descriptor table, is what bounds connections.
void raiseOpenFileLimit(int maxConnections)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            getrlimit(RLIMIT_NOFILE, &limit);
    }
    if (limit.rlim_cur != RLIM_INFINITY && rlim_t(maxConnections) + kReservedDescriptors > limit.rlim_cur) {
        qCWarning(lcApp).noquote() << "the open-file limit of" << limit.rlim_cur << "is low for --max-connections"
                                   << maxConnections << "- raise the hard limit (LimitNOFILE= or ulimit -Hn)"
                                   << "or lower --max-connections; when descriptors run out the oldest idle"
                                   << "connections are closed";
    }
}

} // namespace

ServingNodeFactory NodeRuntime::factory()
{
    return [](const NodeConfig &config) -> std::unique_ptr<ServingNode> { return std::make_unique<NodeRuntime>(config); };
}

NodeRuntime::NodeRuntime(NodeConfig config, const Clock *clock, QObject *parent)
    : ServingNode(parent), m_config(std::move(config))
{
    if (!clock) {
        m_ownClock = std::make_unique<SystemClock>();
        clock = m_ownClock.get();
    }
    m_clock = clock;
    // Unique per process and runtime (tests run several in one process): who claims outbox rows,
    // whose heartbeat row is whose.
    m_processId = QStringLiteral("%1:%2:%3")
                      .arg(QSysInfo::machineHostName())
                      .arg(QCoreApplication::applicationPid())
                      .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

NodeRuntime::~NodeRuntime()
{
    stop();
}

Status NodeRuntime::start()
{
    if (m_running)
        return Status::success();
    m_services = std::make_unique<NodeServices>(m_config, *m_clock, m_managerFactories);
    if (Status s = m_services->open(); !s) {
        m_services.reset();
        return s;
    }
    connect(&m_services->requestLog(), &RequestLog::flushed, this, &NodeRuntime::trafficRecorded,
            Qt::DirectConnection);
    m_router = std::make_unique<Router>();
    mountRoutes();

    DispatchSettings settings;
    settings.parties = m_config.parties;
    settings.pageLimit = m_config.pageLimit;
    settings.logBodyLimit = m_config.logBodyBytes;
    m_dispatcher = std::make_unique<Dispatcher>(*m_router, &m_services->partners(), &m_services->requestLog(),
                                                *m_clock, settings);

    HttpLimits limits;
    limits.maxHeaderBytes = m_config.maxHeaderBytes;
    limits.maxBodyBytes = m_config.maxBodyBytes;
    limits.idleTimeoutMs = m_config.idleTimeoutSeconds * 1000;
    limits.headerTimeoutMs = m_config.headerTimeoutSeconds * 1000;
    limits.bodyTimeoutMs = m_config.bodyTimeoutSeconds * 1000;
    limits.maxConnections = m_config.maxConnections;
    limits.maxConnectionsPerClient = m_config.maxConnectionsPerClient;
    raiseOpenFileLimit(limits.maxConnections);
    m_server = std::make_unique<HttpServer>(*m_dispatcher, limits);
    if (Status s = m_server->listen(m_config.listenAddress, m_config.port); !s) {
        m_server.reset();
        m_dispatcher.reset();
        m_services.reset();
        return s;
    }
    m_publicBase = m_config.publicBase(m_server->port());
    m_dispatcher->setPublicBase(m_publicBase);
    m_services->setPublicBase(m_publicBase);
    // Operator commands in other processes read who this node is (the real port above all) from
    // the database rather than guessing it from their own options.
    if (Status s = NodeIdentityStore(m_services->database()).record(NodeIdentity::fromConfig(m_config, m_server->port(), true));
        !s) {
        m_server.reset();
        m_dispatcher.reset();
        m_services.reset();
        return s;
    }
    // A process that alone serves its database (a SQLite file) holds no claim of a process before
    // it: rows a crashed run had claimed go out at once instead of when their lease runs out.
    if (!m_services->database().dialect().sharedByProcesses()) {
        if (Status s = m_services->outbox().releaseClaims(QString()); !s)
            qCWarning(lcApp).noquote() << s.error().message;
    }
    m_deliverer = std::make_unique<OutboxDeliverer>(m_services->outbox(), m_services->partners(), m_services->client(),
                                                    m_services->database(), *m_clock);
    m_deliverer->setOwner(m_processId);
    // A claim outlives any call to the partner (a page pull waits 4x the timeout).
    m_deliverer->setLease(qMax(OutboxDeliverer::kDefaultLeaseMs, qint64(m_config.partnerTimeoutSeconds) * 1000 * 4));
    m_deliverer->setBackoff(OutboxDeliverer::kFirstBackoffMs, qint64(m_config.retryMaxDelaySeconds) * 1000);
    m_deliverer->start();
    // Initial syncs that a restart cut short go on; those other processes start are found too.
    m_services->initialSync().startBackground();
    // Once-only work (command timeouts, simulated charge points) runs in the process that leads;
    // every serving process says it serves, and whether it leads, in its heartbeat row.
    m_services->leadership().start();
    m_heartbeat = std::make_unique<NodeProcesses>(m_services->database(), m_services->leadership());
    connect(m_heartbeat.get(), &NodeProcesses::processesGone, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            qCWarning(lcApp).noquote() << "node process" << id << "is gone; its outbox claims are released";
            if (Status s = m_services->outbox().releaseClaims(id); !s)
                qCWarning(lcApp).noquote() << s.error().message;
        }
    });
    NodeProcess self;
    self.id = m_processId;
    self.host = localHostName();
    self.pid = QCoreApplication::applicationPid();
    self.url = versionsUrl();
    self.startedAt = QDateTime::currentDateTimeUtc();
    m_heartbeat->start(self);
    m_startedAt = m_clock->now();
    m_running = true;
    qCInfo(lcApp).noquote() << "serving OCPI" << kOcpiVersion << "for"
                            << [this] {
                                   QStringList parties;
                                   for (const PartyRole &party : m_config.parties)
                                       parties << party.toString();
                                   return parties.join(QStringLiteral(", "));
                               }();
    emit started(versionsUrl());
    return Status::success();
}

void NodeRuntime::mountRoutes()
{
    versions::mount(*m_router);
    credentials::mount(*m_router, m_services->credentials(), *m_clock);
    // Each module serves the interfaces of the roles we hold, announced in version details.
    for (const std::unique_ptr<OcpiModule> &module : m_services->modules()) {
        m_router->describeModule(module->identifier(), module->description());
        for (const ServedInterface &served : module->interfaces()) {
            if (!findRole(m_config.parties, served.ourRole))
                continue;
            const QString path = paths::module(served.ourRole, module->identifier());
            m_router->announce({module->identifier(), served.role, path});
            module->mount(*m_router, served, path);
        }
    }
    web::mount(*m_router, m_config.swaggerUiDir);
}

void NodeRuntime::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_deliverer.reset();
    m_server.reset();
    // Another process takes over the once-only work at its next try.
    m_services->leadership().stop();
    m_heartbeat.reset();
    // The node stopped unless another process still serves the database.
    const auto processes = NodeProcesses::list(m_services->database());
    const bool othersServe = m_services->database().dialect().sharedByProcesses() && processes
                             && std::any_of(processes->cbegin(), processes->cend(), [](const NodeProcess &p) { return p.alive; });
    if (!othersServe) {
        if (Status s = NodeIdentityStore(m_services->database()).recordStopped(QDateTime::currentDateTimeUtc()); !s)
            qCWarning(lcApp).noquote() << s.error().message;
    }
    m_dispatcher.reset();
    m_router.reset();
    m_services.reset();
    emit stopped();
}

quint16 NodeRuntime::port() const
{
    return m_server ? m_server->port() : 0;
}

QString NodeRuntime::versionsUrl() const
{
    return m_publicBase + paths::versions();
}

Database &NodeRuntime::database()
{
    return m_services->database();
}

Database &NodeRuntime::trafficDatabase()
{
    return m_services->trafficDatabase();
}

RequestLog &NodeRuntime::requestLog()
{
    return m_services->requestLog();
}

PartnerRegistry &NodeRuntime::partners()
{
    return m_services->partners();
}

RegistrationClient &NodeRuntime::registration()
{
    return m_services->registration();
}

qint64 NodeRuntime::requestCount() const
{
    return m_dispatcher ? m_dispatcher->handledCount() : 0;
}

} // namespace ocpi
