#pragma once

#include "core/result.h"
#include "ocpi/party.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ocpi {

class Database;
struct Migration;
struct NodeConfig;

// Who the node is, as its database remembers it: `serve` records what it really serves (the bound
// port is only known then), `init` what it was configured with. Operator commands are separate
// processes; without this they would describe the node from their own options and defaults.
struct NodeIdentity
{
    QList<PartyRole> parties;      // with their business names
    QString businessName;          // as configured; empty: the party ids were announced
    QString listenAddress;
    quint16 port = 0;              // bound (serve) or configured (init; 0 = any)
    QString publicBase;            // "http://127.0.0.1:43211"; empty when not known yet (init, --port 0)
    QString versionsUrl;
    QDateTime startedAt;
    QDateTime stoppedAt;           // invalid while serving (or after a crash)
    qint64 pid = 0;                // 0: recorded by `init`, never served
    QString host;

    bool servedOnce() const { return pid != 0; }
    // A node is serving this database right now: it started, did not stop, and its process still
    // lives (a killed node leaves no stop time behind). Another host's process cannot be checked
    // and counts as alive.
    bool isServing() const;
    QString partiesText() const;   // "NL-TNM:CPO, NL-TNM:EMSP"
    // "serving since ... (pid 123 on host)" or "last served ... until ..." for messages.
    QString describe() const;

    // What a configuration would record (init) or serve as once bound to `boundPort`.
    static NodeIdentity fromConfig(const NodeConfig &config, quint16 boundPort, bool serving);
};

// Whether process `pid` on `host` still runs; another host's process cannot be checked and counts
// as running.
bool processRunning(const QString &host, qint64 pid);

// The one-row table behind NodeIdentity.
class NodeIdentityStore
{
public:
    explicit NodeIdentityStore(Database &database) : m_database(database) {}

    static Migration migration();

    Status record(const NodeIdentity &identity);
    Status recordStopped(const QDateTime &when);
    Result<std::optional<NodeIdentity>> recorded();

private:
    Database &m_database;
};

// The local host name as recorded with a serving node.
QString localHostName();

} // namespace ocpi
