// The Charging profiles page (ui/chargingprofilespage.*) offscreen, over the console's node (an
// eMSP) and a partner CPO node whose simulated charge point applies profiles (CP-*): a limit set
// the way `ocpi-node profile set` sets it becomes a row with its result and its limit in words;
// "Get active profile" and "Clear profile" go out from the page and their outcome is shown (a
// clear within the CPO's window is TOO_OFTEN, CP-04); the chart draws the selected row's limit.
// The page's model runs under QAbstractItemModelTester from before the node starts.

#include "chargingprofiledialog.h"
#include "chargingprofilesmodel.h"
#include "chargingprofilespage.h"
#include "consolewithcpo.h"
#include "profilechart.h"

#include "modules/chargingprofiles/chargingprofilesmodule.h"
#include "modules/commands/commandsmodule.h"
#include "modules/sessions/sessionservice.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace ocpi;

class TstChargingProfilesPage : public QObject
{
    Q_OBJECT

    test::ConsoleWithCpo m_console;
    std::shared_ptr<QAbstractItemModelTester> m_tester;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup()
    {
        m_tester.reset();
        m_console.reset();
    }

    void requestsFromThePage();
};

void TstChargingProfilesPage::requestsFromThePage()
{
    qint64 cpoId = 0;
    m_console.startWithACpo(&cpoId, {}, [this](MainWindow &window) {
        m_tester = std::make_shared<QAbstractItemModelTester>(window.pageOf<ChargingProfilesPage>()->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    });
    if (QTest::currentTestFailed())
        return;
    MainWindow *window = m_console.window.get();
    QVERIFY(window->showPage(QStringLiteral("chargingprofiles")));
    auto *page = window->pageOf<ChargingProfilesPage>();
    QVERIFY(page->roleHintText().isEmpty());
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(!page->getButton()->isEnabled());

    // A charge at the CPO for our driver (a START_SESSION), its session pushed to us.
    const QJsonObject token = test::ConsoleWithCpo::dataFile(QStringLiteral("tokens/ems_rfid_card.json"), QStringLiteral("DE"), QStringLiteral("EMS"));
    m_console.inNode([&token, cpoId](NodeServices &services) {
        services.module<CommandsModule>().service().send(cpoId, QStringLiteral("START_SESSION"),
                                                         {{QStringLiteral("token"), token},
                                                          {QStringLiteral("location_id"), QStringLiteral("BER-ALX-0042")},
                                                          {QStringLiteral("evse_uid"), QStringLiteral("BER42-AC-1")}},
                                                         [](Result<CommandRecord>) {});
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_console.consoleObjects(QStringLiteral("sessions")), 1, 10000);
    const QString sessionId = test::ownJson(m_console.cpo->services().service<SessionService>()).at(0).toObject().value(QStringLiteral("id")).toString();

    // A 3.7 kW limit, as `ocpi-node profile CPO SESSION set FILE` sends it.
    const QJsonObject profile{{QStringLiteral("charging_rate_unit"), QStringLiteral("W")},
                              {QStringLiteral("charging_profile_period"),
                               QJsonArray{QJsonObject{{QStringLiteral("start_period"), 0}, {QStringLiteral("limit"), 3700}}}}};
    m_console.inNode([&](NodeServices &services) {
        services.module<ChargingProfilesModule>().service().send(cpoId, QStringLiteral("SET"), sessionId,
                                                                 {{QStringLiteral("charging_profile"), profile}},
                                                                 [](Result<CommandRecord>) {});
    });
    const QString key = QStringLiteral("emsp/%1/%2").arg(cpoId).arg(sessionId.toUpper());
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(key) >= 0
                                 && page->model()->index(page->model()->rowOf(key), ChargingProfilesModel::StateColumn).data() == QStringLiteral("ACCEPTED"),
                             10000);
    const int row = page->model()->rowOf(key);
    const auto cell = [page, &key](int column) { return page->model()->index(page->model()->rowOf(key), column).data().toString(); };
    QCOMPARE(cell(ChargingProfilesModel::SideColumn), QStringLiteral("we asked"));
    QCOMPARE(cell(ChargingProfilesModel::SessionColumn), sessionId);
    QCOMPARE(cell(ChargingProfilesModel::PartnerColumn), QStringLiteral("CPO node"));
    QCOMPARE(cell(ChargingProfilesModel::RequestColumn), QStringLiteral("SET"));
    QVERIFY2(QRegularExpression(QStringLiteral("^3\\.7 kW from \\d\\d:\\d\\d$")).match(cell(ChargingProfilesModel::LimitColumn)).hasMatch(),
             qPrintable(cell(ChargingProfilesModel::LimitColumn)));
    QVERIFY(!cell(ChargingProfilesModel::UpdatedColumn).isEmpty());

    // Selected: its limit drawn and told, and the eMSP's actions on.
    QVERIFY(page->selectEntry(key));
    QCOMPARE(page->view()->currentIndex().row(), row);
    QCOMPARE(page->chart()->summary(), QStringLiteral("3700 W from 0 min"));
    QVERIFY2(page->detailsView()->toPlainText().contains(QStringLiteral("Last request: SET ACCEPTED")), qPrintable(page->detailsView()->toPlainText()));
    QVERIFY(page->getButton()->isEnabled());
    QVERIFY(page->clearButton()->isEnabled());

    // The Set dialog is the one the Sessions page opens, on this session; Enter on the row opens it.
    QPointer<ChargingProfileDialog> dialog = page->openSetDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(sessionId));
    dialog->close();
    QTRY_VERIFY(!dialog);
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Return);
    QTRY_VERIFY(page->findChild<ChargingProfileDialog *>());
    page->findChild<ChargingProfileDialog *>()->close();
    QTRY_VERIFY(!page->findChild<ChargingProfileDialog *>());

    // After the CPO's window (CP-04): GET from the page, its result in the outcome and the row.
    QTest::qWait(ChargingProfileService::kWindowSeconds * 1000 + 100);
    page->getButton()->click();
    const QString label = QStringLiteral("GET on %1 at CPO node").arg(sessionId);
    QTRY_COMPARE_WITH_TIMEOUT(page->outcomeText(), label + QStringLiteral(": result ACCEPTED"), 10000);
    QTRY_COMPARE(cell(ChargingProfilesModel::RequestColumn), QStringLiteral("GET"));
    QCOMPARE(page->chart()->profile().value(QStringLiteral("charging_profile")).toObject().value(QStringLiteral("duration")).toInt(),
             ChargingProfilesController::kGetAheadSeconds);
    QCOMPARE(page->chart()->summary(), QStringLiteral("3700 W from 0 min"));

    // A clear at once is within the CPO's window: refused, said so, and the limit stays known.
    QTRY_VERIFY(page->clearButton()->isEnabled());
    page->clearButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->outcomeText(), QStringLiteral("CLEAR on %1 at CPO node: TOO_OFTEN").arg(sessionId), 10000);
    QTRY_COMPARE(cell(ChargingProfilesModel::StateColumn), QStringLiteral("TOO_OFTEN"));
    QVERIFY(cell(ChargingProfilesModel::LimitColumn).startsWith(QStringLiteral("3.7 kW")));

    // Without a running node nothing can be sent: the actions go off.
    m_console.node->stop();
    QTRY_VERIFY(!page->getButton()->isEnabled());
}

QTEST_MAIN(TstChargingProfilesPage)
#include "tst_chargingprofilespage.moc"
