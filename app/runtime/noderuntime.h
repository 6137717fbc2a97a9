#pragma once

#include "config/nodeconfig.h"
#include "core/clock.h"
#include "core/result.h"
#include "modules/modulemanager.h"
#include "servingnode.h"

#include <memory>

namespace ocpi {

class Database;
class Dispatcher;
class HttpServer;
class NodeProcesses;
class NodeServices;
class OutboxDeliverer;
class PartnerRegistry;
class RegistrationClient;
class RequestLog;
class Router;

// The composition root of a serving node: opens the store, builds the services, mounts every
// module's routes and starts HTTP. ocpi-node runs one in its main thread, ocpi-console in a thread of
// its own; tests build as many as they like. No singletons: everything hangs off this object.
class NodeRuntime : public ServingNode
{
    Q_OBJECT

public:
    explicit NodeRuntime(NodeConfig config, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~NodeRuntime() override;

    // Replaces business managers (before start()); unset ones keep the SQL-backed defaults.
    void setManagerFactories(ManagerFactories managers) { m_managerFactories = std::move(managers); }

    // For hosts that take a factory (the console).
    static ServingNodeFactory factory();

    Status start() override;
    void stop() override;
    bool isRunning() const override { return m_running; }

    const NodeConfig &config() const { return m_config; }
    quint16 port() const;
    QString publicBase() const override { return m_publicBase; }
    QString versionsUrl() const override;
    QDateTime startedAt() const override { return m_startedAt; }
    qint64 requestCount() const override;

    NodeServices &services() override { return *m_services; }
    Database &database();
    // The request log's own database (TrafficStore reads it).
    Database &trafficDatabase();
    RequestLog &requestLog();
    PartnerRegistry &partners();
    RegistrationClient &registration();
    OutboxDeliverer &deliverer() { return *m_deliverer; }
    const Router &router() const { return *m_router; }
    const Clock &clock() const { return *m_clock; }
    // host:pid:random, unique per runtime: its outbox claims and its heartbeat row.
    QString processId() const override { return m_processId; }

signals:
    void started(const QString &versionsUrl);
    void stopped();

private:
    void mountRoutes();

    NodeConfig m_config;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    ManagerFactories m_managerFactories;
    std::unique_ptr<NodeServices> m_services;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<OutboxDeliverer> m_deliverer;
    std::unique_ptr<NodeProcesses> m_heartbeat;
    QString m_processId;
    QString m_publicBase;
    QDateTime m_startedAt;
    bool m_running = false;
};

} // namespace ocpi
