#pragma once

#include "command.h"
#include "core/clock.h"
#include "runtime/nodeservices.h"

#include <QEventLoop>

#include <memory>
#include <optional>

namespace ocpi::cli {

// What an operator command works with: the node's services over the same database a serving node
// may be using at the same moment (SQLite WAL lets both run).
class OperatorSession
{
public:
    // Loads the configuration and opens the store; prints the problem and returns nullopt on failure.
    static std::unique_ptr<OperatorSession> open(CommandContext &context);

    NodeServices &services() { return m_services; }

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
    explicit OperatorSession(const NodeConfig &config) : m_services(config, m_clock) {}

    SystemClock m_clock;
    NodeServices m_services;
    QEventLoop m_loop;
    bool m_finished = false;
};

// Prints a table with aligned columns.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows);
void printJson(QTextStream &out, const QJsonValue &value);

} // namespace ocpi::cli
