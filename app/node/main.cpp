#include "cli/command.h"

#include <QCoreApplication>
#include "translations.h"

// ocpi-node: the headless node. A QCoreApplication: it never links QtWidgets or QtGui.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ocpi-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OCPI_NODE_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                                      "%{if-warning}warning%{endif}%{if-critical}error%{endif}%{if-fatal}fatal%{endif}"
                                      " %{category}: %{message}"));
    ocpi::installTranslations(app);
    return ocpi::cli::run(QCoreApplication::arguments());
}
