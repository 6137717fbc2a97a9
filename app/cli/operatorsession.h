#pragma once

#include "partners/partner.h"

#include "command.h"
#include "config/nodeidentity.h"
#include "core/clock.h"
#include "runtime/nodeservices.h"

#include <QEventLoop>

#include <memory>
#include <optional>

namespace ocpi::cli {

// What an operator command works with: the node's services over the same database a serving node
// may be using at the same moment (SQLite WAL lets both run), acting as the node that database
// belongs to (its recorded identity), not as the command's own options and defaults would have it.
class OperatorSession
{
public:
    // Loads the configuration, refuses a database that does not exist (a mistyped --db must not
    // turn into an empty node), opens the store and takes the recorded identity. Prints the
    // problem and returns nullptr on failure.
    static std::unique_ptr<OperatorSession> open(CommandContext &context);
    // The same for `init`, which may create the database.
    static std::unique_ptr<OperatorSession> create(CommandContext &context, bool *created);

    NodeServices &services() { return *m_services; }
    const NodeConfig &config() const { return m_services->config(); }
    // What `serve` or `init` recorded; nullopt for a database no node has used yet.
    const std::optional<NodeIdentity> &identity() const { return m_identity; }
    // A node process serves the database: the one the identity names, or (several processes on
    // PostgreSQL, where the identity names the last one started) any other with a fresh heartbeat.
    bool serving() const { return (m_identity && m_identity->isServing()) || m_otherProcessServes; }
    // "no node is serving DB (...)" for commands that need a serving node.
    QString notServingReason() const;
    // The partner the command's first argument names (a name, CC-PID or id); nullopt after
    // printing why there is none.
    std::optional<Partner> partnerArgument(CommandContext &context);

    // Runs the event loop until `finished()` is called (asynchronous calls to partners). A call that
    // already finished (it failed before going out) does not wait at all.
    void wait()
    {
        if (!m_finished)
            m_loop.exec();
        m_finished = false;
    }
    void finished()
    {
        m_finished = true;
        m_loop.quit();
    }

private:
    OperatorSession() = default;
    static std::unique_ptr<OperatorSession> start(CommandContext &context, bool mayCreate, bool *created);

    SystemClock m_clock;
    std::unique_ptr<NodeServices> m_services;
    std::optional<NodeIdentity> m_identity;
    bool m_otherProcessServes = false;
    QEventLoop m_loop;
    bool m_finished = false;
};

// The configuration an operator command acts with on a database whose node recorded `identity`:
// the recorded parties, business name and address, unless the command's own options say
// otherwise. Options that contradict a serving node are refused (the command would act as a node
// that does not exist); for a node that is not serving they win, and `note` says what differs.
Result<NodeConfig> reconcile(const NodeConfig &config, const NodeIdentity &identity, QString *note);

// Prints a table with aligned columns.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows);
void printJson(QTextStream &out, const QJsonValue &value);

} // namespace ocpi::cli
