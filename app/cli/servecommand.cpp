#include "commands.h"

#include "core/logging.h"
#include "runtime/noderuntime.h"
#include "runtime/signalwatcher.h"

#include <QCoreApplication>

namespace ocpi::cli {

namespace {

class ServeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cli", "Serve OCPI to partners until SIGTERM/SIGINT.");
    }

    int run(CommandContext &context) override
    {
        auto config = context.loadConfig();
        if (!config)
            return UsageError;
        if (config->partiesDefaulted) {
            qCWarning(lcApp).noquote() << "no --party given: serving as the demo parties ZZ-OCN:CPO and ZZ-OCN:EMSP";
        }
        NodeRuntime runtime(*config);
        if (Status s = runtime.start(); !s) {
            context.fail(s.error().message);
            return Failure;
        }
        SignalWatcher watcher;
        QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [](int number) {
            qCInfo(lcApp) << "signal" << number << "received, stopping";
            QCoreApplication::quit();
        });
        context.out << QCoreApplication::translate("cli", "OCPI versions URL: %1").arg(runtime.versionsUrl())
                    << Qt::endl;
        const int code = QCoreApplication::exec();
        runtime.stop();
        qCInfo(lcApp) << "stopped";
        return code;
    }
};

} // namespace

std::unique_ptr<Command> makeServeCommand()
{
    return std::make_unique<ServeCommand>();
}

} // namespace ocpi::cli
