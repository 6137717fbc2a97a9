#include "twonodes.h"

#include "http/ocpipaths.h"
#include "modules/credentials/registrationclient.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/outbox.h"
#include "sync/outboxdeliverer.h"
#include "traffic/requestlog.h"
#include "traffic/trafficstore.h"

#include <QTest>

namespace ocpi::test {

std::unique_ptr<NodeRuntime> startNode(const NodeConfig &config, const Clock *clock)
{
    auto node = std::make_unique<NodeRuntime>(config, clock);
    const Status started = node->start();
    if (!started) {
        qWarning("node did not start: %s", qPrintable(started.error().message));
        return nullptr;
    }
    return node;
}

Result<Partner> registerWith(NodeRuntime &registering, NodeRuntime &inviting, const QString &name)
{
    auto invitation = inviting.partners().invite(name);
    if (!invitation)
        return invitation.error();
    std::optional<Result<Partner>> outcome;
    registering.registration().registerWith({inviting.versionsUrl(), invitation->token, QString(), EncodingSetting::Auto},
                                            [&](Result<Partner> result) { outcome = std::move(result); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
        return Error::internal(QStringLiteral("registration did not finish"));
    return *outcome;
}

Partner onlyPartner(NodeRuntime &node)
{
    auto partners = node.partners().list();
    if (!partners || partners->size() != 1)
        qFatal("expected exactly one partner");
    return partners->first();
}

QList<TrafficRecord> traffic(NodeRuntime &node, TrafficRecord::Direction direction)
{
    node.requestLog().flush();
    auto records = TrafficStore::since(node.trafficDatabase().connection(), 0, 100000);
    if (!records)
        qFatal("cannot read the request log: %s", qPrintable(records.error().message));
    QList<TrafficRecord> matching;
    for (const TrafficRecord &record : *records) {
        if (record.direction != direction)
            continue;
        auto full = TrafficStore::find(node.trafficDatabase().connection(), record.id); // with headers and bodies
        if (!full || !full->has_value())
            qFatal("cannot read request log entry %lld: %s", record.id, full ? "not found" : qPrintable(full.error().message));
        matching.append(**full);
    }
    return matching;
}

TwoNodes::TwoNodes() : m_clock(fixedNow()) {}

TwoNodes::~TwoNodes()
{
    stop();
}

Status TwoNodes::start()
{
    return start(Options());
}

Status TwoNodes::start(Options options)
{
    stop();
    m_options = std::move(options);
    m_clock.set(fixedNow());
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return Error::internal(QStringLiteral("no temporary directory"));
    for (Side side : {Cpo, Emsp}) {
        if (Status started = startNodeOf(side); !started)
            return started;
    }
    if (!m_options.registered)
        return Status::success();
    auto registered = registerWith(emsp(), cpo(), QStringLiteral("emsp"));
    if (!registered)
        return registered.error();
    return Status::success();
}

void TwoNodes::stop()
{
    // The eMSP first, as a partner leaving; then the CPO, then their files.
    m_nodes[Emsp].reset();
    m_nodes[Cpo].reset();
    m_ports[Cpo] = m_ports[Emsp] = 0;
    m_dir.reset();
}

NodeRuntime &TwoNodes::node(Side side)
{
    if (!m_nodes[side])
        qFatal("the %s node is not running", side == Cpo ? "CPO" : "eMSP");
    return *m_nodes[side];
}

QString TwoNodes::filePath(const QString &name) const
{
    return m_dir->filePath(name);
}

QString TwoNodes::database(const QString &name) const
{
    return testDatabase(*m_dir, name);
}

NodeConfig TwoNodes::configOf(Side side) const
{
    const bool isCpo = side == Cpo;
    NodeConfig config = nodeConfig(*m_dir, isCpo ? m_options.cpoParties : m_options.emspParties,
                                   isCpo ? QStringLiteral("cpo.sqlite") : QStringLiteral("emsp.sqlite"));
    config.port = m_ports[side]; // 0 the first time; then the port partners know it by
    const auto &configure = isCpo ? m_options.cpoConfig : m_options.emspConfig;
    if (configure)
        configure(config);
    return config;
}

const Clock *TwoNodes::clockOf(Side side) const
{
    const Time time = side == Cpo ? m_options.cpoTime : m_options.emspTime;
    return time == Time::Fixed ? &m_clock : nullptr; // nullptr: the node's own system clock
}

Status TwoNodes::startNodeOf(Side side)
{
    auto node = std::make_unique<NodeRuntime>(configOf(side), clockOf(side));
    if (side == Cpo)
        node->setManagerFactories(m_options.cpoManagers);
    if (Status started = node->start(); !started)
        return started;
    if (side == Cpo && !m_options.cpoPushes) {
        node->deliverer().stop();
    } else if (side == Cpo && m_options.fastRetries) {
        node->deliverer().setBackoff(50, 400);
        node->deliverer().start(100);
    }
    m_ports[side] = node->port();
    m_nodes[side] = std::move(node);
    return Status::success();
}

void TwoNodes::stopNode(Side side)
{
    m_nodes[side].reset();
}

Status TwoNodes::restartNode(Side side)
{
    m_nodes[side].reset();
    return startNodeOf(side);
}

std::unique_ptr<NodeRuntime> TwoNodes::startAnother(const QStringList &parties, const QString &dbName,
                                                    const std::function<void(NodeConfig &)> &configure)
{
    NodeConfig config = nodeConfig(*m_dir, parties, dbName);
    if (configure)
        configure(config);
    return startNode(config, clockOf(Emsp));
}

QString TwoNodes::cpoUrl(const QString &module, const QString &rest)
{
    return cpo().publicBase() + paths::module(Role::CPO, module) + rest;
}

QString TwoNodes::emspUrl(const QString &module, const QString &rest)
{
    return emsp().publicBase() + paths::module(Role::EMSP, module) + rest;
}

HttpResult TwoNodes::asCpo(const QByteArray &method, const QString &url, const QByteArray &body)
{
    return request(method, QUrl(url), body, {{"Authorization", tokenHeader(cpoToken())}});
}

HttpResult TwoNodes::asEmsp(const QByteArray &method, const QString &url, const QByteArray &body)
{
    return request(method, QUrl(url), body, {{"Authorization", tokenHeader(emspToken())}});
}

bool TwoNodes::outboxEmpty(Side side)
{
    auto backlog = node(side).services().outbox().backlog();
    return backlog && backlog->isEmpty();
}

bool TwoNodes::waitForOutboxDrained(Side side, int timeoutMs)
{
    return QTest::qWaitFor([&] { return outboxEmpty(side); }, timeoutMs);
}

QList<TrafficRecord> TwoNodes::pushesReceived(Side side, const QString &module)
{
    const QString prefix = paths::module(side == Cpo ? Role::CPO : Role::EMSP, module);
    QList<TrafficRecord> pushes;
    for (const TrafficRecord &record : traffic(node(side), TrafficRecord::Direction::Incoming)) {
        if (record.url.startsWith(prefix) && record.method != QLatin1String("GET"))
            pushes.append(record);
    }
    return pushes;
}

} // namespace ocpi::test
