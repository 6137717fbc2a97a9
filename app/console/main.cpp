#include "consoledemo.h"
#include "pagetour.h"
#include "stallprobe.h"
#include "demo/demodriver.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "nodecontroller.h"
#include "settingspage.h"
#include "translations.h"

#include "config/nodeconfig.h"
#include "core/logging.h"
#include "runtime/noderuntime.h"
#include "runtime/processsetup.h"
#include "runtime/signalwatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

namespace {

constexpr int kFailure = 1;
constexpr int kUsageError = 2;

// Offscreen and minimal platforms (tests, CI) have nobody to click a dialog away.
bool hasInteractiveDisplay()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

} // namespace

// ocpi-console: the node of `ocpi-node serve` (same options) in a thread of its own, with the
// operator console around it.
int main(int argc, char *argv[])
{
    ocpi::setUpProcess(); // before anything creates a file
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ocpi-console"));
    QApplication::setOrganizationName(QStringLiteral("ocpi-node-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("OCPI Node Console"));
    QApplication::setApplicationVersion(QStringLiteral(OCPI_NODE_VERSION));
    ocpi::installTranslations(app, ocpi::chosenLanguage());
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/ocpi-console-64.png"));
    icon.addFile(QStringLiteral(":/icons/ocpi-console-256.png"));
    QApplication::setWindowIcon(icon);

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("console", "OCPI 2.2.1 node with its operator console. Takes the options of 'ocpi-node serve'."));
    parser.addHelpOption();
    parser.addVersionOption();
    ocpi::NodeConfig::addOptions(parser);
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("console", "Start a CPO and an eMSP node with temporary databases and play the "
                                                             "whole OCPI story between them (node options are ignored).")});
    parser.addOption({QStringLiteral("speed"), QCoreApplication::translate("console", "With --demo: divide the pause between steps by N."),
                      QStringLiteral("N"), QStringLiteral("1")});
    // scripts/screenshots: with --demo, pictures of every page once the story is over, then exit.
    QCommandLineOption screenshotDir(QStringLiteral("screenshot-dir"), QString(), QStringLiteral("DIR"));
    screenshotDir.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotDir);
    // bench/console: how long the window's event loop stalls under load (docs/console.md).
    parser.addOption({QStringLiteral("stall-probe"),
                      QCoreApplication::translate("console", "Measure the window's event-loop stalls with a 10 ms timer and write "
                                                             "the longest gap, percentiles and counts as JSON to FILE at exit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("quit-after"), QCoreApplication::translate("console", "Quit after SECONDS."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("tour"),
                      QCoreApplication::translate("console", "Show every page in turn for SECONDS each, scrolling its tables "
                                                             "to the end (benchmarks)."),
                      QStringLiteral("SECONDS")});
    QStringList arguments = QCoreApplication::arguments();
    // `ocpi-console serve ...` reads like the node's own command line; accept it.
    if (arguments.size() > 1 && arguments[1] == QLatin1String("serve"))
        arguments.removeAt(1);
    if (!parser.parse(arguments)) {
        err << "ocpi-console: " << parser.errorText() << Qt::endl;
        return kUsageError;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        err << "ocpi-console: "
            << QCoreApplication::translate("console", "unexpected argument '%1'").arg(parser.positionalArguments().first())
            << Qt::endl;
        return kUsageError;
    }

    // Whole seconds or fractions; refused when not a positive number.
    const auto seconds = [&](const QString &option, int *milliseconds) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value <= 0 || value > 86400) {
            err << "ocpi-console: "
                << QCoreApplication::translate("console", "--%1 wants a number of seconds, not '%2'").arg(option, parser.value(option))
                << Qt::endl;
            return false;
        }
        *milliseconds = int(value * 1000);
        return true;
    };
    int quitAfterMs = 0;
    int tourMs = 0;
    if (!seconds(QStringLiteral("quit-after"), &quitAfterMs) || !seconds(QStringLiteral("tour"), &tourMs))
        return kUsageError;
    const QString probeFile = parser.value(QStringLiteral("stall-probe"));
    ocpi::StallProbe probe;
    if (quitAfterMs > 0)
        QTimer::singleShot(quitAfterMs, &app, &QCoreApplication::quit);

    ocpi::SignalWatcher watcher;
    QObject::connect(&watcher, &ocpi::SignalWatcher::terminationRequested, &app, [](int number) {
        qCInfo(lcApp) << "signal" << number << "received, stopping";
        QCoreApplication::quit();
    });

    if (parser.isSet(QStringLiteral("demo"))) {
        QString problem;
        const auto speed = ocpi::demo::DemoDriver::parseSpeed(parser.value(QStringLiteral("speed")), &problem);
        if (!speed) {
            err << "ocpi-console: " << problem << Qt::endl;
            return kUsageError;
        }
        ocpi::applyLogLevel(parser.isSet(QStringLiteral("log-level")) ? parser.value(QStringLiteral("log-level")) : QStringLiteral("warning"));
        return ocpi::runConsoleDemo(*speed, parser.value(screenshotDir), out, err);
    }

    // What the Settings page applied last time, unless the operator names a configuration file.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString saved = ocpi::SettingsPage::consoleSettingsFile();
    if (!parser.isSet(QStringLiteral("config")) && !environment.contains(QStringLiteral("OCPI_CONFIG")) && QFileInfo::exists(saved))
        environment.insert(QStringLiteral("OCPI_CONFIG"), saved);
    auto config = ocpi::NodeConfig::load(parser, environment);
    if (!config) {
        err << "ocpi-console: " << config.error().message << Qt::endl;
        return kUsageError;
    }
    ocpi::applyLogLevel(config->logLevel);
    if (config->partiesDefaulted)
        qCWarning(lcApp).noquote() << "no --party given: serving as the demo parties ZZ-OCN:CPO and ZZ-OCN:EMSP";

    ocpi::NodeController controller(*config, ocpi::NodeRuntime::factory());
    ocpi::MainWindow window(controller);
    window.rememberLayout();

    ocpi::PageTour tour(window, tourMs);
    bool firstStart = true;
    QObject::connect(&controller, &ocpi::NodeController::started, &window, [&](const QString &versionsUrl) {
        out << QCoreApplication::translate("cli", "OCPI versions URL: %1").arg(versionsUrl) << Qt::endl;
        window.show();
        // From the moment there is a window to answer the operator (a Settings restart shows it again).
        if (firstStart && !probeFile.isEmpty()) {
            probe.setContext([&window] { return window.currentPageKey(); });
            probe.start();
        }
        if (firstStart && tourMs > 0)
            tour.start();
        firstStart = false;
    });
    QObject::connect(&controller, &ocpi::NodeController::failed, &window, [&](const QString &message) {
        err << "ocpi-console: " << message << Qt::endl;
        if (hasInteractiveDisplay())
            QMessageBox::critical(nullptr, QCoreApplication::translate("console", "OCPI node not started"), message);
        QCoreApplication::exit(kFailure);
    });
    controller.start();
    int code = QApplication::exec();
    if (!probeFile.isEmpty() && !probe.write(probeFile) && code == 0)
        code = kFailure;
    window.hide();
    controller.stop();
    qCInfo(lcApp) << "stopped";
    return code;
}
