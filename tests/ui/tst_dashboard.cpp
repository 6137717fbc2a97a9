// The dashboard and the status bar's figures over a real node, offscreen: tiles that lead to their
// pages, the partner table that opens a partner, the request chart, and the layout remembered.

#include "dashboardpage.h"
#include "figureswatch.h"
#include "mainwindow.h"
#include "nodecall.h"
#include "nodecontroller.h"
#include "partnerfiguresmodel.h"
#include "partnerspage.h"
#include "ratechart.h"

#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

class TstDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tilesShowTheFiguresAndLeadToTheirPages();
    void partnerRowOpensThePartner();
    void chartCountsRequestsAndErrors();
    void partnerFiguresModelIsSound();
    void layoutIsRemembered();

private:
    void invite(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TstDashboard::initTestCase()
{
    // QSettings of this test, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ocpi-node-console-tests"));
    QSettings().clear();
}

void TstDashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_controller = std::make_unique<NodeController>(test::nodeConfig(*m_dir), NodeRuntime::factory());
    m_window = std::make_unique<MainWindow>(*m_controller);
    m_window->figuresWatch()->setInterval(100);
    m_window->show();
    QSignalSpy started(m_controller.get(), &NodeController::started);
    m_controller->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    QTRY_VERIFY(m_window->figuresWatch()->hasFigures());
}

void TstDashboard::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_dir.reset();
}

void TstDashboard::invite(const QString &name)
{
    bool done = false;
    nodecall::post<PartnerRegistry::Invitation>(
        *m_controller, this,
        [name](NodeServices &services, nodecall::Done<PartnerRegistry::Invitation> answer) {
            answer(services.partners().invite(name));
        },
        [&done](Result<PartnerRegistry::Invitation> invited) { done = invited.ok(); });
    QTRY_VERIFY(done);
}

void TstDashboard::tilesShowTheFiguresAndLeadToTheirPages()
{
    DashboardPage *dashboard = m_window->dashboardPage();
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("dashboard"));
    QTRY_COMPARE(dashboard->partnersTile()->text(), QStringLiteral("0 of 0\nPartners online"));
    QCOMPARE(dashboard->sessionsTile()->text(), QStringLiteral("0\nSessions active"));
    QCOMPARE(dashboard->energyTile()->text(), QStringLiteral("0.0 kWh\nEnergy delivered today"));
    QCOMPARE(dashboard->outboxTile()->text(), QStringLiteral("0 waiting\nOutbox backlog"));

    invite(QStringLiteral("newcomer"));
    QTRY_COMPARE(dashboard->partnersTile()->text(), QStringLiteral("0 of 1\nPartners online"));
    QTRY_VERIFY2(m_window->statusBarText().contains(QStringLiteral("Partners online: 0/1  |  Outbox: 0")),
                 qPrintable(m_window->statusBarText()));

    const QList<QPair<QPushButton *, QString>> tiles{{dashboard->partnersTile(), QStringLiteral("partners")},
                                                     {dashboard->sessionsTile(), QStringLiteral("sessions")},
                                                     {dashboard->energyTile(), QStringLiteral("sessions")},
                                                     {dashboard->outboxTile(), QStringLiteral("partners")},
                                                     {dashboard->errorsTile(), QStringLiteral("traffic")}};
    for (const auto &[tile, page] : tiles) {
        QVERIFY(m_window->showPage(QStringLiteral("dashboard")));
        QVERIFY(!tile->accessibleName().isEmpty());
        QTest::mouseClick(tile, Qt::LeftButton);
        QCOMPARE(m_window->currentPageKey(), page);
    }
}

void TstDashboard::partnerRowOpensThePartner()
{
    invite(QStringLiteral("first"));
    invite(QStringLiteral("second"));
    DashboardPage *dashboard = m_window->dashboardPage();
    QTRY_COMPARE(dashboard->partnersModel()->rowCount(), 2);
    const QModelIndex second = dashboard->partnersModel()->index(1, PartnerFiguresModel::Name);
    QCOMPARE(second.data().toString(), QStringLiteral("second"));
    QCOMPARE(dashboard->partnersModel()->index(1, PartnerFiguresModel::Health).data().toString(),
             QStringLiteral("not registered yet"));
    QCOMPARE(dashboard->partnersModel()->index(1, PartnerFiguresModel::LastContact).data().toString(), QStringLiteral("never"));
    const qint64 id = second.data(PartnerFiguresModel::PartnerIdRole).toLongLong();

    // Keyboard path: select the row and press Enter.
    QTableView *view = dashboard->partnersView();
    view->setFocus();
    view->setCurrentIndex(second);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("partners"));
    QTRY_COMPARE(m_window->partnersPage()->selectedPartnerId(), id);
}

void TstDashboard::chartCountsRequestsAndErrors()
{
    const QString url = m_controller->versionsUrl();
    QCOMPARE(test::request("GET", QUrl(url)).status, 401);
    QCOMPARE(test::request("GET", QUrl(url + QStringLiteral("?again=1"))).status, 401);
    DashboardPage *dashboard = m_window->dashboardPage();
    QTRY_COMPARE(dashboard->errorsTile()->text(), QStringLiteral("2\nErrors in the last hour"));
    RateChart *chart = dashboard->chart();
    QCOMPARE(chart->minutes().size(), 60);
    QCOMPARE(chart->minutes().last().exchanges, 2);
    QCOMPARE(chart->minutes().last().errors, 2);
    QCOMPARE(chart->summary(), QStringLiteral("Last hour: 2 requests, 2 errors, busiest minute 2 requests"));
    QVERIFY(m_window->statusBarText().endsWith(QStringLiteral("Errors (1 h): 2")));
    QVERIFY(!chart->grab().isNull());

    QSignalSpy clicked(chart, &RateChart::clicked);
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Space);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("traffic"));
}

void TstDashboard::partnerFiguresModelIsSound()
{
    PartnerFiguresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PartnerFigures online;
    online.id = 1;
    online.name = QStringLiteral("Hub");
    online.health = PartnerHealth::Online;
    PartnerFigures offline = online;
    offline.id = 2;
    offline.health = PartnerHealth::Offline;
    offline.reason = QStringLiteral("Connection refused");
    offline.pending = 3;
    model.setPartners({online, offline});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, PartnerFiguresModel::Health).data().toString(), QStringLiteral("offline: Connection refused"));
    QCOMPARE(model.index(1, PartnerFiguresModel::Pending).data().toString(), QStringLiteral("3"));
    QVERIFY(model.index(1, PartnerFiguresModel::Health).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, PartnerFiguresModel::Health).data(Qt::ForegroundRole).isValid());
    offline.pending = 0;
    model.setPartners({online, offline}); // same rows: cells change
    QCOMPARE(model.index(1, PartnerFiguresModel::Pending).data().toString(), QStringLiteral("0"));
    model.setPartners({offline}); // other rows: a reset
    QCOMPARE(model.rowCount(), 1);
    model.setPartners({});
    QCOMPARE(model.rowCount(), 0);
}

void TstDashboard::layoutIsRemembered()
{
    QSettings().clear();
    m_window->rememberLayout(); // nothing saved yet: the defaults stay
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("dashboard"));
    QVERIFY(m_window->showPage(QStringLiteral("tariffs")));
    QHeaderView *header = m_window->dashboardPage()->partnersView()->horizontalHeader();
    header->setSectionResizeMode(PartnerFiguresModel::Name, QHeaderView::Interactive);
    header->resizeSection(PartnerFiguresModel::Name, 222);
    m_window->close();

    MainWindow again(*m_controller);
    again.rememberLayout();
    QCOMPARE(again.currentPageKey(), QStringLiteral("tariffs"));
    QCOMPARE(again.dashboardPage()->partnersView()->horizontalHeader()->sectionSize(PartnerFiguresModel::Name), 222);
}

QTEST_MAIN(TstDashboard)
#include "tst_dashboard.moc"
