#include "command.h"
#include "commands.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <memory>
#include <vector>

namespace ocpi::cli {

std::optional<NodeConfig> CommandContext::loadConfig()
{
    auto config = NodeConfig::load(parser, QProcessEnvironment::systemEnvironment());
    if (!config) {
        fail(config.error().message);
        return std::nullopt;
    }
    applyLogLevel(config->logLevel);
    return *config;
}

void CommandContext::fail(const QString &message)
{
    err << "ocpi-node: " << message << Qt::endl;
}

namespace {

QString overview(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = QCoreApplication::translate("cli", "OCPI 2.2.1 node. Commands (default: serve):") + QLatin1Char('\n');
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -12).arg(command->summary());
    text += QCoreApplication::translate("cli", "Run 'ocpi-node <command> --help' for a command's options.");
    return text;
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::vector<std::unique_ptr<Command>> commands = allCommands();

    Command *command = commands.front().get(); // serve
    QStringList args = arguments;
    if (args.size() > 1 && !args[1].startsWith(QLatin1Char('-'))) {
        command = nullptr;
        for (const auto &candidate : commands) {
            if (candidate->name() == args[1])
                command = candidate.get();
        }
        if (!command) {
            err << "ocpi-node: " << QCoreApplication::translate("cli", "unknown command '%1'").arg(args[1]) << Qt::endl
                << overview(commands) << Qt::endl;
            return UsageError;
        }
        args.removeAt(1);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->name() == QLatin1String("serve") && arguments.size() > 1
                                             && arguments[1] != QLatin1String("serve")
                                         ? overview(commands)
                                         : command->summary() + QStringLiteral("\n\n") + overview(commands));
    parser.addHelpOption();
    parser.addVersionOption();
    NodeConfig::addOptions(parser);
    if (command->printsResults())
        parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print results as JSON.")});
    command->addOptions(parser);
    if (!command->arguments().isEmpty())
        parser.addPositionalArgument(command->arguments(), command->summary());
    if (!parser.parse(args)) {
        err << "ocpi-node: " << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Success);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    CommandContext context{parser, out, err, parser.positionalArguments(),
                           command->printsResults() && parser.isSet(QStringLiteral("json"))};
    return command->run(context);
}

} // namespace ocpi::cli
