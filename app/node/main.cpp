#include "cli/command.h"
#include "runtime/processsetup.h"

#include <QCoreApplication>
#include "translations.h"

// ocpi-node: the headless node. A QCoreApplication: it never links QtWidgets or QtGui.
int main(int argc, char *argv[])
{
    ocpi::setUpProcess(); // before anything creates a file
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ocpi-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OCPI_NODE_VERSION));
    ocpi::installTranslations(app);
    return ocpi::cli::run(QCoreApplication::arguments());
}
