#pragma once

#include "config/nodeconfig.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace ocpi::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct CommandContext
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QStringList positional;   // after the command name
    bool json = false;

    // The node configuration from options, environment and --config; prints the problem on failure.
    std::optional<NodeConfig> loadConfig();
    void fail(const QString &message); // "ocpi-node: <message>" on stderr
};

// One `ocpi-node <command>`.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual QString arguments() const { return QString(); } // e.g. "PARTNER"
    virtual bool printsResults() const { return false; }    // gets --json
    virtual void addOptions(QCommandLineParser &) {}
    virtual int run(CommandContext &context) = 0;
};

// Parses the arguments, picks the command (default `serve`) and runs it.
int run(const QStringList &arguments);

} // namespace ocpi::cli
