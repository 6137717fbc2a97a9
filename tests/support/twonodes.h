#pragma once

// Two OCPI nodes talking to each other, for every module's tests: a CPO node and an eMSP node in
// this process, each on 127.0.0.1 with its database in one temporary directory, the eMSP registered
// with the CPO through the real credentials handshake, so each holds the other as its one partner.
//
//     TwoNodes m_nodes;                                   // a member of the test class
//     void init() { QVERIFY_STATUS(m_nodes.start()); }    // fresh nodes for every test function
//     void cleanup() { m_nodes.stop(); }
//
//     m_nodes.cpo().services().service<TariffService>().putOwn(tariff);      // our object at the CPO
//     QTRY_VERIFY(m_nodes.outboxEmpty(TwoNodes::Cpo));                         // pushed to the eMSP
//     m_nodes.asCpo("GET", m_nodes.emspUrl("tariffs", "/NL/CPO/T1"));          // what the eMSP holds

#include "support/testsupport.h"

#include "core/clock.h"
#include "core/result.h"
#include "modules/modulemanager.h"
#include "partners/partner.h"
#include "traffic/trafficrecord.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace ocpi {
class NodeRuntime;
}

// Fails the test function unless a Status or Result is ok, with its message.
#define QVERIFY_STATUS(expression)                                                                                      \
    do {                                                                                                                \
        const auto &status_ = (expression);                                                                             \
        QVERIFY2(status_.ok(), qPrintable(status_.ok() ? QString() : status_.error().message));                        \
    } while (false)

namespace ocpi::test {

// One node started on `config` (nullptr clock: the system clock); nullptr and a warning when it
// does not start.
std::unique_ptr<NodeRuntime> startNode(const NodeConfig &config, const Clock *clock = nullptr);

// `registering` registers with `inviting` (CRED-06..11): `inviting` issues an invitation named
// `name`, `registering` runs the handshake with it. Returns `registering`'s record of `inviting`;
// its outgoingToken is what `registering` presents from then on.
Result<Partner> registerWith(NodeRuntime &registering, NodeRuntime &inviting,
                             const QString &name = QStringLiteral("partner"));

// The one partner a node has (the test stops when it has none or several).
Partner onlyPartner(NodeRuntime &node);

// Every exchange a node logged so far in one direction, oldest first, with headers and bodies.
QList<TrafficRecord> traffic(NodeRuntime &node, TrafficRecord::Direction direction);

class TwoNodes
{
public:
    enum Side { Cpo, Emsp };
    enum class Time { Fixed, Real };

    struct Options
    {
        QStringList cpoParties{QStringLiteral("NL-CPO:CPO")};
        QStringList emspParties{QStringLiteral("DE-EMS:EMSP")};
        // Changes to a node's configuration before it starts (page size, object limits, ...); also
        // applied when the node restarts.
        std::function<void(NodeConfig &)> cpoConfig;
        std::function<void(NodeConfig &)> emspConfig;
        // An integrator's managers on the CPO node (unset modules keep the SQL defaults).
        ManagerFactories cpoManagers;
        // false: the CPO does not push (its outbox deliverer is stopped), so the eMSP holds only what
        // a test gives it or pulls.
        bool cpoPushes = true;
        // false: the nodes start without knowing each other (tests of the handshake itself).
        bool registered = true;
        // The time each node reads: clock() (fixed at fixedNow(), moved only by the test) or the
        // real time (for the outbox's retries, which are due in real time).
        Time cpoTime = Time::Fixed;
        Time emspTime = Time::Fixed;
        // With real time: the CPO's outbox retries within tens of milliseconds (backoff 50 .. 400 ms,
        // polled every 100 ms) instead of production's 1 s .. 5 min.
        bool fastRetries = false;
    };

    TwoNodes();
    ~TwoNodes();
    TwoNodes(const TwoNodes &) = delete;
    TwoNodes &operator=(const TwoNodes &) = delete;

    // Starts both nodes in a new temporary directory and registers the eMSP with the CPO (the CPO's
    // invitation, and so its name for the eMSP, is "emsp"), unless options.registered is false.
    Status start();
    Status start(Options options);
    // Stops both nodes and removes their files.
    void stop();

    NodeRuntime &cpo() { return node(Cpo); }
    NodeRuntime &emsp() { return node(Emsp); }
    NodeRuntime &node(Side side);
    FixedClock &clock() { return m_clock; }
    // Changes made here apply when a node restarts (restartNode).
    Options &options() { return m_options; }
    // A file in the nodes' temporary directory.
    QString filePath(const QString &name) const;
    // A database of its own for the test, beside the nodes' (testDatabase: a file, or on PostgreSQL).
    QString database(const QString &name) const;

    // Each side's record of the other, as it is now.
    Partner emspAtCpo() { return onlyPartner(cpo()); }
    Partner cpoAtEmsp() { return onlyPartner(emsp()); }
    // The token the CPO presents to the eMSP, and the other way round.
    QString cpoToken() { return emspAtCpo().outgoingToken; }
    QString emspToken() { return cpoAtEmsp().outgoingToken; }

    // A module's interface on one node, in that node's role: emspUrl("tariffs", "/NL/CPO/T1") is
    // http://127.0.0.1:<port>/ocpi/emsp/2.2.1/tariffs/NL/CPO/T1.
    QString cpoUrl(const QString &module, const QString &rest = QString());
    QString emspUrl(const QString &module, const QString &rest = QString());
    // A request as one node makes it to the other: with its token (TF-02).
    HttpResult asCpo(const QByteArray &method, const QString &url, const QByteArray &body = QByteArray());
    HttpResult asEmsp(const QByteArray &method, const QString &url, const QByteArray &body = QByteArray());

    // A node goes down; started again, it has the same port and database as before.
    void stopNode(Side side);
    Status restartNode(Side side);

    // A third node in the same directory on the eMSP's clock (it registers with whom the test says).
    std::unique_ptr<NodeRuntime> startAnother(const QStringList &parties, const QString &dbName,
                                              const std::function<void(NodeConfig &)> &configure = {});

    // Nothing left in a node's outbox: every push was delivered or given up (parked rows stay, so
    // this stays false while any is parked).
    bool outboxEmpty(Side side = Cpo);
    // Spins the event loop until outboxEmpty(side); false after `timeoutMs`.
    bool waitForOutboxDrained(Side side = Cpo, int timeoutMs = 15000);
    // The pushes a node received at its interface for `module` (PUT, PATCH, DELETE, POST), oldest
    // first, with the answers it gave.
    QList<TrafficRecord> pushesReceived(Side side, const QString &module);

private:
    Status startNodeOf(Side side);
    const Clock *clockOf(Side side) const;
    NodeConfig configOf(Side side) const;

    Options m_options;
    FixedClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeRuntime> m_nodes[2];
    quint16 m_ports[2] = {0, 0};
};

} // namespace ocpi::test
