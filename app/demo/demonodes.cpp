#include "demonodes.h"

#include "demodata.h"

#include "runtime/noderuntime.h"

namespace ocpi::demo {

DemoNodes::DemoNodes() = default;
DemoNodes::~DemoNodes() = default;

NodeConfig DemoNodes::config(Side side) const
{
    NodeConfig config;
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    const PartyRole party = side == Cpo ? data::cpoParty() : data::emspParty();
    config.databasePath = m_dir.filePath(side == Cpo ? QStringLiteral("cpo.sqlite") : QStringLiteral("emsp.sqlite"));
    config.parties = {party};
    config.businessName = party.businessName;
    config.reservations = true;
    // The transcript is the demo's output; the nodes speak up only when something goes wrong.
    config.logLevel = QStringLiteral("warning");
    return config;
}

std::unique_ptr<NodeRuntime> DemoNodes::makeNode(const NodeConfig &config)
{
    return std::make_unique<NodeRuntime>(config, &m_clock);
}

QString DemoNodes::sideName(Side side)
{
    return side == Cpo ? QStringLiteral("CPO") : QStringLiteral("eMSP");
}

LocalDemoNodes::LocalDemoNodes() = default;

LocalDemoNodes::~LocalDemoNodes()
{
    stop();
}

Status LocalDemoNodes::start()
{
    if (!hasDirectory())
        return Error::internal(QStringLiteral("no temporary directory for the demo's databases"));
    for (Side side : {Cpo, Emsp}) {
        auto node = makeNode(config(side));
        if (Status started = node->start(); !started)
            return Error::internal(QStringLiteral("the %1 node did not start: %2").arg(sideName(side), started.error().message));
        m_nodes[side] = std::move(node);
    }
    return Status::success();
}

void LocalDemoNodes::stop()
{
    m_nodes[Emsp].reset();
    m_nodes[Cpo].reset();
}

ServingNode &LocalDemoNodes::node(Side side)
{
    if (!m_nodes[side])
        qFatal("the demo's %s node is not running", qPrintable(sideName(side)));
    return *m_nodes[side];
}

void LocalDemoNodes::run(Side, const std::function<void()> &work)
{
    work();
}

} // namespace ocpi::demo
