#include "modulepages.h"

#include "cdrspage.h"
#include "chargingprofilespage.h"
#include "commandspage.h"
#include "locationspage.h"
#include "reservationspage.h"
#include "sessionspage.h"
#include "tariffspage.h"
#include "tokenspage.h"

#include <QCoreApplication>

namespace ocpi {

namespace {

// One line per page: the key, the title, and how the page is made.
template <typename Page>
ModulePage page(const QString &key, const char *title)
{
    return {key, QCoreApplication::translate("ocpi::MainWindow", title),
            [](NodeController &controller) -> QWidget * { return new Page(controller); }};
}

} // namespace

QList<ModulePage> modulePages()
{
    return {
        page<LocationsPage>(QStringLiteral("locations"), QT_TRANSLATE_NOOP("ocpi::MainWindow", "Locations")),
        page<TariffsPage>(QStringLiteral("tariffs"), QT_TRANSLATE_NOOP("ocpi::MainWindow", "Tariffs")),
        page<TokensPage>(QStringLiteral("tokens"), QT_TRANSLATE_NOOP("ocpi::MainWindow", "Tokens")),
        page<SessionsPage>(QStringLiteral("sessions"), QT_TRANSLATE_NOOP("ocpi::MainWindow", "Sessions")),
        page<CdrsPage>(QStringLiteral("cdrs"), QT_TRANSLATE_NOOP("ocpi::MainWindow", "CDRs")),
        page<CommandsPage>(QStringLiteral("commands"), QT_TRANSLATE_NOOP("ocpi::MainWindow", "Commands")),
        page<ChargingProfilesPage>(QStringLiteral("chargingprofiles"), QT_TRANSLATE_NOOP("ocpi::MainWindow", "Charging profiles")),
        page<ReservationsPage>(QStringLiteral("reservations"), QT_TRANSLATE_NOOP("ocpi::MainWindow", "Reservations")),
    };
}

} // namespace ocpi
