#include "cdrspage.h"
#include "chargingprofilespage.h"
#include "commandspage.h"
#include "locationspage.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "translations.h"
#include "nodecontroller.h"
#include "partnerspage.h"
#include "statuspage.h"
#include "sessionspage.h"
#include "tariffspage.h"
#include "tokenspage.h"
#include "trafficdetailview.h"
#include "trafficmodel.h"
#include "trafficpage.h"
#include "parkedthread.h"

#include "runtime/noderuntime.h"
#include "support/testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTranslator>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

// The console window over a real node in its own thread, offscreen: real HTTP in, rows and counters
// out, and a window that keeps working while the node thread is busy.
class TstMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void statusPageShowsTheNode();
    void trafficPageShowsLoggedRequests();
    void filterMatchesMethodUrlPartner_data();
    void filterMatchesMethodUrlPartner();
    void windowStaysResponsiveWhileNodeIsBusy();
    void shellTakesMorePages();
    void pageSaysWhyItIsReadOnly();
    void languageIsChosenInAMenu();

private:
    int digits(const QString &text) const { return QString(text).remove(QRegularExpression(QStringLiteral("\\D"))).toInt(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TstMainWindow::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ocpi-node-console-tests"));
    QSettings().remove(QStringLiteral("language"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_controller = std::make_unique<NodeController>(test::nodeConfig(*m_dir), NodeRuntime::factory());
    m_window = std::make_unique<MainWindow>(*m_controller);
    m_window->show();
    QSignalSpy started(m_controller.get(), &NodeController::started);
    m_controller->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
}

void TstMainWindow::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_dir.reset();
}

void TstMainWindow::statusPageShowsTheNode()
{
    StatusPage *status = m_window->statusPage();
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("dashboard"));
    QCOMPARE(status->stateText(), QStringLiteral("Serving"));
    const QString url = m_controller->versionsUrl();
    QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")) && url.endsWith(QStringLiteral("/ocpi/versions")),
             qPrintable(url));
    QCOMPARE(status->versionsUrlText(), url);
    QCOMPARE(status->partiesText(), QStringLiteral("NL-TNM CPO"));
    QCOMPARE(status->requestCountText(), QStringLiteral("0"));
    QVERIFY(m_window->statusBarText().contains(url));

    QCOMPARE(test::request("GET", QUrl(url)).status, 401);
    QCOMPARE(test::request("GET", QUrl(m_controller->publicBase() + QStringLiteral("/health"))).status, 200);
    // Live: re-read every second without anyone asking.
    QTRY_COMPARE(status->requestCountText(), QStringLiteral("2"));
    QTRY_VERIFY2(m_window->statusBarText().contains(QStringLiteral("  |  NL-TNM:CPO  |  Requests: 2")),
                 qPrintable(m_window->statusBarText()));
    const QString uptime = status->uptimeText();
    QVERIFY2(QRegularExpression(QStringLiteral("^00:00:\\d\\d$")).match(uptime).hasMatch(), qPrintable(uptime));
    QTRY_VERIFY_WITH_TIMEOUT(status->uptimeText() != uptime, 3000);
    // The processes serving the database: this one, which leads (SQLite: one process per file).
    const QString processes = QStringLiteral(" pid %1, %2: serving, leads (this console)")
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(url);
    QTRY_VERIFY2(status->processesText().endsWith(processes), qPrintable(status->processesText()));
}

void TstMainWindow::trafficPageShowsLoggedRequests()
{
    QVERIFY(m_window->showPage(QStringLiteral("traffic")));
    TrafficPage *page = m_window->trafficPage();
    QVERIFY(page->isVisible());
    TrafficModel *model = page->model();
    QCOMPARE(model->rowCount(), 0);

    const QString url = m_controller->versionsUrl();
    QCOMPARE(test::request("GET", QUrl(url)).status, 401);
    // /health is a quiet route: answered and counted, never logged.
    QCOMPARE(test::request("GET", QUrl(m_controller->publicBase() + QStringLiteral("/health"))).status, 200);
    QCOMPARE(test::request("GET", QUrl(url + QStringLiteral("?second=1"))).status, 401);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);
    QCOMPARE(m_controller->requestCount(), 3);

    QCOMPARE(model->index(0, TrafficModel::UrlColumn).data().toString(), QStringLiteral("/ocpi/versions?second=1"));
    QCOMPARE(model->index(1, TrafficModel::UrlColumn).data().toString(), QStringLiteral("/ocpi/versions"));
    QCOMPARE(model->index(1, TrafficModel::MethodColumn).data().toString(), QStringLiteral("GET"));
    QCOMPARE(model->index(1, TrafficModel::DirectionColumn).data().toString(), QStringLiteral("in"));
    QCOMPARE(model->index(1, TrafficModel::HttpStatusColumn).data().toString(), QStringLiteral("401"));
    QCOMPARE(model->index(1, TrafficModel::OcpiStatusColumn).data().toString(), QStringLiteral("2000"));
    QCOMPARE(page->view()->model()->rowCount(), 2);

    // Selecting a row loads the whole exchange from the store, in the node thread.
    QVERIFY(page->selectId(model->record(1).id));
    TrafficDetailView *detail = page->detailView();
    QTRY_VERIFY2(detail->summaryText().startsWith(QStringLiteral("GET /ocpi/versions — incoming from an unknown client; HTTP 401, OCPI 2000")),
             qPrintable(detail->summaryText()));
    QVERIFY2(detail->requestText().contains(QStringLiteral("Host: 127.0.0.1:")), qPrintable(detail->requestText()));
    const QString response = detail->responseText();
    QVERIFY2(response.contains(QStringLiteral("Content-Type: application/json")), qPrintable(response));
    // Pretty-printed JSON: one field per line, indented.
    QVERIFY2(response.contains(QStringLiteral("\n    \"status_code\": 2000,\n")), qPrintable(response));
}

void TstMainWindow::filterMatchesMethodUrlPartner_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty shows all") << QString() << 2;
    QTest::newRow("method") << QStringLiteral("get") << 2;
    QTest::newRow("url part, case-insensitive") << QStringLiteral("SECOND") << 1;
    QTest::newRow("no match") << QStringLiteral("locations") << 0;
}

void TstMainWindow::filterMatchesMethodUrlPartner()
{
    QFETCH(QString, filter);
    QFETCH(int, rows);
    TrafficPage *page = m_window->trafficPage();
    const QString url = m_controller->versionsUrl();
    QCOMPARE(test::request("GET", QUrl(url)).status, 401);
    QCOMPARE(test::request("GET", QUrl(url + QStringLiteral("?second=1"))).status, 401);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 5000);
    page->filterEdit()->clear();
    QTest::keyClicks(page->filterEdit(), filter);
    QCOMPARE(page->view()->model()->rowCount(), rows);
}

void TstMainWindow::windowStaysResponsiveWhileNodeIsBusy()
{
    ParkedThread parked(m_controller->node()); // the node thread, as a slow handler would hold it
    QTRY_VERIFY(parked.isParked());

    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(QUrl(m_controller->versionsUrl()))));

    // The GUI thread keeps handling timers and input meanwhile.
    StatusPage *status = m_window->statusPage();
    const QString uptime = status->uptimeText();
    QTRY_VERIFY_WITH_TIMEOUT(status->uptimeText() != uptime, 3000);
    QVERIFY(m_window->showPage(QStringLiteral("traffic")));
    QTest::keyClicks(m_window->trafficPage()->filterEdit(), QStringLiteral("versions"));
    QCOMPARE(m_window->trafficPage()->filterEdit()->text(), QStringLiteral("versions"));
    // ...while the request really is waiting for the node thread.
    QVERIFY(parked.isParked());
    QVERIFY(!reply->isFinished());
    QCOMPARE(m_controller->requestCount(), 0);

    parked.release();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->trafficPage()->view()->model()->rowCount(), 1, 5000);
    QTRY_COMPARE(digits(status->requestCountText()), 1);
}

void TstMainWindow::shellTakesMorePages()
{
    QCOMPARE(m_window->pageKeys(),
             (QStringList{QStringLiteral("dashboard"), QStringLiteral("partners"),
                          QStringLiteral("locations"), QStringLiteral("tariffs"), QStringLiteral("tokens"),
                          QStringLiteral("sessions"), QStringLiteral("cdrs"), QStringLiteral("commands"),
                          QStringLiteral("chargingprofiles"), QStringLiteral("reservations"),
                          QStringLiteral("traffic"), QStringLiteral("settings")}));
    // Every page has an icon in the sidebar (the theme's or the style's own).
    for (int row = 0; row < m_window->sidebar()->count(); ++row)
        QVERIFY2(!m_window->sidebar()->item(row)->icon().isNull(), qPrintable(m_window->sidebar()->item(row)->text()));
    QCOMPARE(m_window->page(QStringLiteral("partners")), m_window->partnersPage());
    QCOMPARE(m_window->page(QStringLiteral("locations")), m_window->pageOf<LocationsPage>());
    QCOMPARE(m_window->page(QStringLiteral("tariffs")), m_window->pageOf<TariffsPage>());
    QCOMPARE(m_window->page(QStringLiteral("tokens")), m_window->pageOf<TokensPage>());
    QCOMPARE(m_window->page(QStringLiteral("sessions")), m_window->pageOf<SessionsPage>());
    QCOMPARE(m_window->page(QStringLiteral("cdrs")), m_window->pageOf<CdrsPage>());
    QCOMPARE(m_window->page(QStringLiteral("commands")), m_window->pageOf<CommandsPage>());
    QCOMPARE(m_window->page(QStringLiteral("chargingprofiles")), m_window->pageOf<ChargingProfilesPage>());
    auto *extra = new QLabel(QStringLiteral("extra"));
    m_window->addPage(QStringLiteral("extra"), QStringLiteral("Extra"), extra);
    QCOMPARE(m_window->page(QStringLiteral("extra")), extra);
    QVERIFY(m_window->showPage(QStringLiteral("extra")));
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("extra"));
    QVERIFY(extra->isVisible());
    QVERIFY(!m_window->showPage(QStringLiteral("nope")));
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("extra"));

    // Each page gets an entry in the View menu.
    QStringList viewEntries;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&View")) {
            for (QAction *action : menu->menu()->actions())
                viewEntries << action->text();
        }
    }
    QCOMPARE(viewEntries, (QStringList{QStringLiteral("&Page list"), QString(), QStringLiteral("Dashboard"), QStringLiteral("Partners"),
                                       QStringLiteral("Locations"), QStringLiteral("Tariffs"), QStringLiteral("Tokens"),
                                       QStringLiteral("Sessions"), QStringLiteral("CDRs"), QStringLiteral("Commands"),
                                       QStringLiteral("Charging profiles"), QStringLiteral("Reservations"), QStringLiteral("Traffic"), QStringLiteral("Settings"), QStringLiteral("Extra")}));
}

void TstMainWindow::pageSaysWhyItIsReadOnly()
{
    // The node is NL-TNM:CPO only: tokens are an eMSP's, so New is off, and the page says why.
    QVERIFY(m_window->showPage(QStringLiteral("tokens")));
    TokensPage *tokens = m_window->pageOf<TokensPage>();
    QTRY_VERIFY(!tokens->roleHintText().isEmpty());
    QVERIFY2(tokens->roleHintText().startsWith(QStringLiteral("This node hosts no EMSP party")), qPrintable(tokens->roleHintText()));
    QVERIFY(!tokens->newButton()->isEnabled());
    // Tariffs are a CPO's: no note.
    QVERIFY(m_window->showPage(QStringLiteral("tariffs")));
    QVERIFY(m_window->pageOf<TariffsPage>()->roleHintText().isEmpty());
    // Charging profile requests are an eMSP's (CP): a CPO node lists what partners set, read-only.
    QVERIFY(m_window->showPage(QStringLiteral("chargingprofiles")));
    ChargingProfilesPage *profiles = m_window->pageOf<ChargingProfilesPage>();
    QVERIFY2(profiles->roleHintText().startsWith(QStringLiteral("This node hosts no EMSP party")), qPrintable(profiles->roleHintText()));
    QVERIFY(!profiles->setButton()->isEnabled());
}

// The Language menu keeps the choice for the next start, and the next start speaks it.
void TstMainWindow::languageIsChosenInAMenu()
{
    QMenu *menu = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Language"))
            menu = action->menu();
    }
    QVERIFY(menu);
    QStringList names;
    QAction *french = nullptr;
    for (QAction *action : menu->actions()) {
        names << action->text();
        if (action->data().toString() == QStringLiteral("fr"))
            french = action;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("System language"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                                 QStringLiteral("Fran\u00e7ais"), QStringLiteral("Nederlands")}));
    QVERIFY(menu->actions().first()->isChecked()); // nothing chosen yet: the system's
    QCOMPARE(chosenLanguage(), QString());
    QVERIFY(french);
    french->trigger();
    QCOMPARE(chosenLanguage(), QStringLiteral("fr"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Fran\u00e7ais")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // What main() does at the next start: French whatever the system's locale (here C).
    installTranslations(*QCoreApplication::instance(), chosenLanguage());
    QCOMPARE(QCoreApplication::translate("ocpi::MainWindow", "Traffic"), QStringLiteral("Trafic"));
    for (QTranslator *installed : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    menu->actions().first()->trigger();
    QCOMPARE(chosenLanguage(), QString());
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
