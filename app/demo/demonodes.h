#pragma once

#include "democlock.h"

#include "config/nodeconfig.h"
#include "core/result.h"
#include "runtime/servingnode.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace ocpi {
class NodeRuntime;
}

namespace ocpi::demo {

// The two nodes the demo story plays between, wherever they run: both in the calling thread
// (`ocpi-node demo`, LocalDemoNodes) or each in a thread of its own under the console's
// NodeControllers. Owns what both share: the temporary directory of their databases (removed with
// this object) and the demo clock.
class DemoNodes
{
public:
    enum Side { Cpo, Emsp };

    DemoNodes();
    virtual ~DemoNodes();
    DemoNodes(const DemoNodes &) = delete;
    DemoNodes &operator=(const DemoNodes &) = delete;

    // Only while both run.
    virtual ServingNode &node(Side side) = 0;
    // Runs `work` in the thread `side`'s node lives in, and returns once it ran: services, their
    // SQL connections and their timers belong to that thread.
    virtual void run(Side side, const std::function<void()> &work) = 0;

    DemoClock &clock() { return m_clock; }
    // A demo node's configuration: loopback on a free port, its own database in the temporary
    // directory, the demo's party, the reservations module on.
    NodeConfig config(Side side) const;
    bool hasDirectory() const { return m_dir.isValid(); }
    // Makes a node of `config` on the demo clock (not started).
    std::unique_ptr<NodeRuntime> makeNode(const NodeConfig &config);

    static QString sideName(Side side);

private:
    QTemporaryDir m_dir;
    DemoClock m_clock;
};

// Both nodes in the calling thread (`ocpi-node demo`).
class LocalDemoNodes final : public DemoNodes
{
public:
    LocalDemoNodes();
    ~LocalDemoNodes() override;

    Status start();
    void stop();

    ServingNode &node(Side side) override;
    void run(Side side, const std::function<void()> &work) override;

private:
    std::unique_ptr<NodeRuntime> m_nodes[2];
};

} // namespace ocpi::demo
