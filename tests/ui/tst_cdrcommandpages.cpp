#include "cdrspage.h"
#include "chargingprofiledialog.h"
#include "profilechart.h"
#include "sessionspage.h"
#include "commandsmodel.h"
#include "commandspage.h"
#include "mainwindow.h"
#include "nodecontroller.h"
#include "partnercontroller.h"
#include "sendcommanddialog.h"

#include "modules/cdrs/cdrservice.h"
#include "modules/sessions/sessionservice.h"
#include "modules/chargingprofiles/chargingprofilesmodule.h"
#include "modules/commands/commandsmodule.h"
#include "modules/locations/locationservice.h"
#include "modules/tariffs/tariffservice.h"
#include "modules/tokens/tokenservice.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "support/objectjson.h"
#include "support/twonodes.h"
#include "consolewithcpo.h"
#include "sync/outbox.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

namespace {

const QString kStamp = QStringLiteral("2026-11-25T10:35:00Z");
const QString kLocation = QStringLiteral("BER-ALX-0042");
const QString kFreeEvse = QStringLiteral("BER42-AC-1");

// Our CDR with a cost breakdown: 15 kWh at 0.25 (3.75) and a 0.75 start fee, 21 % VAT.
QJsonObject ourCdr()
{
    QJsonObject cdr = test::cdr(QStringLiteral("CDR-OURS"), kStamp, 4.5, {QStringLiteral("DE"), QStringLiteral("EMS")},
                                {QStringLiteral("NL"), QStringLiteral("CPO")});
    cdr.insert(QStringLiteral("total_cost"), QJsonObject{{QStringLiteral("excl_vat"), 4.5}, {QStringLiteral("incl_vat"), 5.45}});
    cdr.insert(QStringLiteral("total_energy_cost"),
               QJsonObject{{QStringLiteral("excl_vat"), 3.75}, {QStringLiteral("incl_vat"), 4.54}});
    cdr.insert(QStringLiteral("total_fixed_cost"), QJsonObject{{QStringLiteral("excl_vat"), 0.75}, {QStringLiteral("incl_vat"), 0.91}});
    cdr.insert(QStringLiteral("session_id"), QStringLiteral("SES-1"));
    return cdr;
}

// The credit CDR correcting ours (CDR-07/08).
QJsonObject ourCredit()
{
    QJsonObject credit = ourCdr();
    credit.insert(QStringLiteral("id"), QStringLiteral("CDR-OURS-C"));
    credit.insert(QStringLiteral("credit"), true);
    credit.insert(QStringLiteral("credit_reference_id"), QStringLiteral("CDR-OURS"));
    credit.insert(QStringLiteral("total_cost"), QJsonObject{{QStringLiteral("excl_vat"), -4.5}, {QStringLiteral("incl_vat"), -5.45}});
    credit.remove(QStringLiteral("total_energy_cost"));
    credit.remove(QStringLiteral("total_fixed_cost"));
    return credit;
}

// The cell of `column` (by header title) in the row whose Id column is `id`.
QString cell(const QAbstractItemModel *model, const QString &id, const QString &column, int role = Qt::DisplayRole)
{
    int idColumn = -1;
    int wanted = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString title = model->headerData(c, Qt::Horizontal).toString();
        if (title == QLatin1String("Id"))
            idColumn = c;
        if (title == column)
            wanted = c;
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, idColumn).data().toString() == id)
            return model->index(row, wanted).data(role).toString();
    }
    return QStringLiteral("<no row %1>").arg(id);
}

} // namespace

// The CDRs and Commands pages over real nodes in their own threads, offscreen: CDRs (ours, a
// credit CDR, a partner's) with their costs, breakdown and delivery (CDR-02/04/07), read-only; the
// command form's fields and pickers per type, and a START_SESSION sent from the form to a CPO node
// whose simulated charger answers, its timeline in the table (CMD-01/02/06).
class TstCdrCommandPages : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void cdrsShowCostsAndStayFinal();
    void sendFormNeedsAPartnerCpo();
    void commandSentThroughTheFormHasItsTimeline();
    void timelineTellsEachOutcome();
    void chargingProfileOfAPartnersSession();

private:
    // The console's node (in its own thread) with these parties, and its window.
    void startConsole(const QStringList &parties);
    void startConsoleWithACpo(qint64 *cpoId);
    void inNode(const std::function<void(NodeServices &)> &work) { m_console.inNode(work); }
    int consoleObjects(const QString &module) { return m_console.consoleObjects(module); }
    // The model testers watch the pages' models from before the node starts.
    void watchModels(MainWindow &window);

    test::ConsoleWithCpo m_console;
    MainWindow *m_window = nullptr;
    NodeRuntime *m_cpo = nullptr; // a partner CPO, in this thread
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;
};

void TstCdrCommandPages::watchModels(MainWindow &window)
{
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(window.pageOf<CdrsPage>()->model()),
                                      static_cast<QAbstractItemModel *>(window.pageOf<CommandsPage>()->model())})
        m_testers << std::make_shared<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TstCdrCommandPages::startConsole(const QStringList &parties)
{
    m_console.startConsole(parties, {}, [this](MainWindow &window) { watchModels(window); });
    m_window = m_console.window.get();
}

void TstCdrCommandPages::cleanup()
{
    m_testers.clear();
    m_console.reset();
    m_window = nullptr;
    m_cpo = nullptr;
}

// Ours (as CPO) and a partner's (as eMSP): costs excl./incl. VAT, times, the credit CDR beside its
// original, the breakdown in the cost's tooltip and the detail area, where the partner keeps ours;
// nothing to create, edit or delete (CDR-04).
void TstCdrCommandPages::cdrsShowCostsAndStayFinal()
{
    startConsole({QStringLiteral("NL-CPO:CPO"), QStringLiteral("NL-CPO:EMSP")});
    QVERIFY(m_window->showPage(QStringLiteral("cdrs")));
    CdrsPage *page = m_window->pageOf<CdrsPage>();
    QVERIFY(!page->newButton()->isVisible());
    QVERIFY(!page->editButton()->isEnabled());
    QCOMPARE(page->editButton()->toolTip(), QStringLiteral("CDRs are final; corrections are credit CDRs"));

    inNode([](NodeServices &services) {
        CdrService &cdrs = services.service<CdrService>();
        QVERIFY_STATUS(cdrs.putOwn(ourCdr()));
        QVERIFY_STATUS(cdrs.putOwn(ourCredit()));
        // A partner CPO's CDR for one of our drivers, POSTed to our eMSP Receiver (CDR-02).
        Caller partner;
        partner.partnerId = 7;
        partner.roles = {PartyRole{PartyId::of(QStringLiteral("DE"), QStringLiteral("ABC")), Role::CPO, QString()}};
        QVERIFY_STATUS(cdrs.post(partner, test::cdr(QStringLiteral("CDR-THEIRS"), kStamp, 9.99,
                                                    {QStringLiteral("NL"), QStringLiteral("CPO")},
                                                    {QStringLiteral("DE"), QStringLiteral("ABC")})));
        // Where partner 7 keeps ours: the Location its answer to our POST named.
        CdrDeliveryStore deliveries(services.database());
        QVERIFY_STATUS(deliveries.record({7, objectKeyText(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("CDR-OURS"))),
                                          QStringLiteral("https://emsp.example/ocpi/cdrs/NL/CPO/CDR-OURS"),
                                          QDateTime::currentDateTimeUtc()}));
    });
    QTRY_COMPARE(page->model()->rowCount(), 3);

    const QAbstractItemModel *model = page->model();
    QCOMPARE(cell(model, QStringLiteral("CDR-OURS"), QStringLiteral("Cost (excl./incl. VAT)")), QStringLiteral("4.50 / 5.45 EUR"));
    QCOMPARE(cell(model, QStringLiteral("CDR-OURS-C"), QStringLiteral("Cost (excl./incl. VAT)")), QStringLiteral("-4.50 / -5.45 EUR"));
    QCOMPARE(cell(model, QStringLiteral("CDR-THEIRS"), QStringLiteral("Cost (excl./incl. VAT)")), QStringLiteral("9.99 EUR"));
    QCOMPARE(cell(model, QStringLiteral("CDR-OURS-C"), QStringLiteral("Credit")), QStringLiteral("credit for CDR-OURS"));
    QCOMPARE(cell(model, QStringLiteral("CDR-OURS"), QStringLiteral("Credit")), QString());
    QCOMPARE(cell(model, QStringLiteral("CDR-OURS"), QStringLiteral("Session")), QStringLiteral("SES-1"));
    QCOMPARE(cell(model, QStringLiteral("CDR-OURS"), QStringLiteral("Token")), QStringLiteral("CARD-1"));
    QCOMPARE(cell(model, QStringLiteral("CDR-OURS"), QStringLiteral("Location/EVSE")), QStringLiteral("LOC1/EVSE1"));
    QCOMPARE(cell(model, QStringLiteral("CDR-OURS"), QStringLiteral("kWh")), QStringLiteral("15"));
    QCOMPARE(cell(model, QStringLiteral("CDR-OURS"), QStringLiteral("Time")), QStringLiteral("1:30"));
    QCOMPARE(cell(model, QStringLiteral("CDR-OURS"), QStringLiteral("Owner")), QStringLiteral("NL-CPO"));
    QCOMPARE(cell(model, QStringLiteral("CDR-THEIRS"), QStringLiteral("Owner")), QStringLiteral("DE-ABC"));
    QCOMPARE(cell(model, QStringLiteral("CDR-OURS"), QStringLiteral("Start")),
             ObjectRow::formatTime(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)));
    const QString tip = cell(model, QStringLiteral("CDR-OURS"), QStringLiteral("Cost (excl./incl. VAT)"), Qt::ToolTipRole);
    QVERIFY2(tip.contains(QStringLiteral("energy: 3.75 / 4.54 EUR")) && tip.contains(QStringLiteral("fixed: 0.75 / 0.91 EUR"))
                 && tip.contains(QStringLiteral("parking: not given")) && tip.contains(QStringLiteral("Charging periods (1):"))
                 && tip.contains(QStringLiteral("ENERGY 15")),
             qPrintable(tip));
    // Columns follow what they show.
    const int costColumn = 9;
    QCOMPARE(model->headerData(costColumn, Qt::Horizontal).toString(), QStringLiteral("Cost (excl./incl. VAT)"));
    QVERIFY(page->view()->columnWidth(costColumn) >= page->view()->fontMetrics().horizontalAdvance(QStringLiteral("-4.50 / -5.45 EUR")));

    // Selected: the breakdown and, for ours, where the partner keeps it; still nothing to edit.
    QVERIFY(page->selectObject(ObjectRow::identityOf(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("CDR-OURS")))));
    QVERIFY(page->breakdownView()->text().contains(QStringLiteral("energy: 3.75 / 4.54 EUR")));
    QTRY_VERIFY2(page->breakdownView()->text().contains(QStringLiteral("partner 7 keeps it at https://emsp.example/ocpi/cdrs/NL/CPO/CDR-OURS")),
                 qPrintable(page->breakdownView()->text()));
    QVERIFY(!page->editButton()->isEnabled());
    QVERIFY(page->detailsView()->toPlainText().contains(QStringLiteral("\"total_energy_cost\"")));
}

// Without a registered partner CPO there is nobody to send to: the form says so and sends nothing.
void TstCdrCommandPages::sendFormNeedsAPartnerCpo()
{
    startConsole({QStringLiteral("NL-CPO:EMSP")});
    QVERIFY(m_window->showPage(QStringLiteral("commands")));
    CommandsPage *page = m_window->pageOf<CommandsPage>();
    QTRY_VERIFY(page->sendButton()->isEnabled());
    QPointer<SendCommandDialog> dialog = page->openSendDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->message().contains(QStringLiteral("No registered partner holds a CPO role")));
    QVERIFY(!dialog->sendButton()->isEnabled());
    QCOMPARE(dialog->partnerCombo()->count(), 0);
    dialog->reject();
}

// The console (an eMSP) and a partner CPO node it registers with as an operator would (the
// wizard's call); our token at the console, the CPO's location (and the tariffs it names) at the
// CPO, pushed to us. `cpoId`: the CPO as the console knows it.
void TstCdrCommandPages::startConsoleWithACpo(qint64 *cpoId)
{
    m_console.startWithACpo(cpoId, {}, [this](MainWindow &window) { watchModels(window); });
    m_window = m_console.window.get();
    m_cpo = m_console.cpo.get();
}

// The whole eMSP flow from the console: the CPO's location arrives by push, the form offers it with
// its EVSEs and connectors and our token, START_SESSION goes out with our response_url, the CPO's
// CommandResponse and then its CommandResult land in the table and the timeline; the session the
// CPO pushes is offered for STOP_SESSION.
void TstCdrCommandPages::commandSentThroughTheFormHasItsTimeline()
{
    qint64 cpoId = 0;
    startConsoleWithACpo(&cpoId);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(m_window->showPage(QStringLiteral("commands")));
    CommandsPage *page = m_window->pageOf<CommandsPage>();
    // Only CommandService::commandChanged refreshes the table from here on, not the poll.
    page->setRefreshInterval(60 * 60 * 1000);
    QTRY_VERIFY(page->sendButton()->isEnabled());
    QPointer<SendCommandDialog> dialog = page->openSendDialog();
    QTRY_COMPARE(dialog->choicesLoaded(), 1);
    QCOMPARE(dialog->partnerCombo()->count(), 1);
    QVERIFY(dialog->partnerCombo()->currentText().contains(QStringLiteral("NL-CPO")));

    // The fields each command takes, and no others.
    const QList<std::pair<QString, QStringList>> fields{
        {QStringLiteral("STOP_SESSION"), {QStringLiteral("session")}},
        {QStringLiteral("RESERVE_NOW"), {QStringLiteral("location"), QStringLiteral("evse"), QStringLiteral("token"),
                                         QStringLiteral("expiry"), QStringLiteral("reservation"), QStringLiteral("authorization")}},
        {QStringLiteral("CANCEL_RESERVATION"), {QStringLiteral("reservation")}},
        {QStringLiteral("UNLOCK_CONNECTOR"), {QStringLiteral("location"), QStringLiteral("evse"), QStringLiteral("connector")}},
        {QStringLiteral("START_SESSION"), {QStringLiteral("location"), QStringLiteral("evse"), QStringLiteral("connector"),
                                           QStringLiteral("token"), QStringLiteral("authorization")}},
    };
    for (const auto &[type, shown] : fields) {
        dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(type));
        QCOMPARE(dialog->shownFields(), shown);
        QCOMPARE(dialog->sessionCombo()->isVisible(), shown.contains(QStringLiteral("session")));
        QCOMPARE(dialog->expiryEdit()->isVisible(), shown.contains(QStringLiteral("expiry")));
        QCOMPARE(dialog->reservationEdit()->isVisible(), shown.contains(QStringLiteral("reservation")));
        QCOMPARE(dialog->tokenCombo()->isVisible(), shown.contains(QStringLiteral("token")));
        QCOMPARE(dialog->connectorCombo()->isVisible(), shown.contains(QStringLiteral("connector")));
        QCOMPARE(dialog->locationCombo()->isVisible(), shown.contains(QStringLiteral("location")));
        QCOMPARE(dialog->authorizationEdit()->isVisible(), shown.contains(QStringLiteral("authorization")));
    }

    // Find narrows every picker to the ids that start with what is typed.
    dialog->findEdit()->setText(QStringLiteral("NOT-"));
    QTRY_COMPARE(dialog->choicesLoaded(), 2);
    QCOMPARE(dialog->locationCombo()->count(), 0);
    QCOMPARE(dialog->tokenCombo()->count(), 0);
    QVERIFY2(dialog->message().contains(QStringLiteral("No location id starts with \"NOT-\"")), qPrintable(dialog->message()));
    dialog->findEdit()->setText(kLocation.left(4).toLower());
    QTRY_COMPARE(dialog->choicesLoaded(), 3);
    QCOMPARE(dialog->locationCombo()->count(), 1);
    QCOMPARE(dialog->tokenCombo()->count(), 0);
    // A picker holding as many as the controller reads says that there may be more, and how to find them.
    page->controller()->setChoiceRows(1);
    dialog->findEdit()->clear();
    QTRY_COMPARE(dialog->choicesLoaded(), 4);
    QVERIFY2(dialog->message().contains(QStringLiteral("first 1 of each kind")), qPrintable(dialog->message()));
    page->controller()->setChoiceRows(1000);

    // The pickers: the partner's location, its EVSEs (any, or one) and that EVSE's connectors, our token.
    QCOMPARE(dialog->locationCombo()->count(), 1);
    QCOMPARE(dialog->locationCombo()->currentData().toString(), kLocation);
    QCOMPARE(dialog->evseCombo()->count(), 3);
    QCOMPARE(dialog->tokenCombo()->count(), 1);
    QVERIFY(dialog->tokenCombo()->currentText().startsWith(QStringLiteral("0A1B2C3D4E5F60")));
    QCOMPARE(dialog->sessionCombo()->count(), 0);
    dialog->evseCombo()->setCurrentIndex(dialog->evseCombo()->findData(kFreeEvse));
    QCOMPARE(dialog->connectorCombo()->count(), 3); // any, 1, 2
    dialog->connectorCombo()->setCurrentIndex(dialog->connectorCombo()->findData(QStringLiteral("1")));
    const QJsonObject body = dialog->commandBody();
    QCOMPARE(body.value(QStringLiteral("location_id")).toString(), kLocation);
    QCOMPARE(body.value(QStringLiteral("evse_uid")).toString(), kFreeEvse);
    QCOMPARE(body.value(QStringLiteral("connector_id")).toString(), QStringLiteral("1"));
    QCOMPARE(body.value(QStringLiteral("token")).toObject().value(QStringLiteral("uid")).toString(), QStringLiteral("0A1B2C3D4E5F60"));
    QVERIFY(!body.contains(QStringLiteral("authorization_reference"))); // optional, left empty
    dialog->authorizationEdit()->setText(QStringLiteral("AUTH-REF-7"));
    QCOMPARE(dialog->commandBody().value(QStringLiteral("authorization_reference")).toString(), QStringLiteral("AUTH-REF-7"));

    dialog->sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    QVERIFY2(page->outcomeText().contains(QStringLiteral("START_SESSION sent: the CPO answered ACCEPTED")),
             qPrintable(page->outcomeText()));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    const CommandsModel *model = page->model();
    QCOMPARE(model->index(0, CommandsModel::TypeColumn).data().toString(), QStringLiteral("START_SESSION"));
    QCOMPARE(model->index(0, CommandsModel::DirectionColumn).data().toString(), QStringLiteral("sent"));
    QCOMPARE(model->index(0, CommandsModel::PartnerColumn).data().toString(), QStringLiteral("CPO node"));
    QVERIFY(model->index(0, CommandsModel::ResponseColumn).data().toString().startsWith(QStringLiteral("ACCEPTED, ")));
    // The result comes later, to our response_url; the table follows commandChanged.
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, CommandsModel::ResultColumn).data().toString(), QStringLiteral("ACCEPTED"), 10000);
    QCOMPARE(model->index(0, CommandsModel::StateColumn).data().toString(), QStringLiteral("ACCEPTED"));
    const QString uid = model->index(0, CommandsModel::IdColumn).data().toString();
    QCOMPARE(page->selectedUid(), uid);
    const QString timeline = page->timelineView()->toPlainText();
    QVERIFY2(timeline.contains(QStringLiteral("START_SESSION sent to CPO node")) && timeline.contains(QStringLiteral("the CPO answered ACCEPTED"))
                 && timeline.contains(QStringLiteral("result ACCEPTED")) && timeline.contains(kFreeEvse),
             qPrintable(timeline));

    // The node recorded the same.
    inNode([&uid](NodeServices &services) {
        auto stored = services.module<CommandsModule>().service().store().find(uid);
        QVERIFY(stored && stored->has_value());
        QVERIFY((*stored)->response.has_value());
        QVERIFY((*stored)->result.has_value());
        QVERIFY((*stored)->request.value(QStringLiteral("response_url")).toString().endsWith(uid));
        QCOMPARE((*stored)->request.value(QStringLiteral("authorization_reference")).toString(), QStringLiteral("AUTH-REF-7"));
    });

    // The session the CPO opened reaches us (pushed) and is offered to STOP_SESSION.
    QTRY_COMPARE_WITH_TIMEOUT(consoleObjects(QStringLiteral("sessions")), 1, 10000);
    dialog = page->openSendDialog();
    QTRY_COMPARE(dialog->choicesLoaded(), 1);
    dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(QStringLiteral("STOP_SESSION")));
    QVERIFY(dialog->sessionCombo()->isVisible());
    QCOMPARE(dialog->sessionCombo()->count(), 1);
    QVERIFY(dialog->sessionCombo()->currentText().contains(kLocation));

    // A reservation from the same form: its expiry and id reach the CPO as a valid ReserveNow.
    dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(QStringLiteral("RESERVE_NOW")));
    dialog->reservationEdit()->setText(QStringLiteral("RES-1"));
    const QJsonObject reservation = dialog->commandBody();
    QCOMPARE(reservation.value(QStringLiteral("reservation_id")).toString(), QStringLiteral("RES-1"));
    QVERIFY(reservation.value(QStringLiteral("expiry_date")).toString().endsWith(QLatin1Char('Z')));
    dialog->sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    QTRY_COMPARE(page->model()->rowCount(), 2);
    QCOMPARE(model->index(0, CommandsModel::TypeColumn).data().toString(), QStringLiteral("RESERVE_NOW"));
    // A listing read between storing the command and its answer may land after the dialog closed
    // (seen under load): the answer shows with the next one.
    QTRY_VERIFY(!model->index(0, CommandsModel::ResponseColumn).data().toString().isEmpty());
    QVERIFY(model->index(0, CommandsModel::StateColumn).data().toString() != QLatin1String("FAILED"));
}

// What the table and the timeline say at each stage, in both directions: waiting, refused, FAILED,
// TIMEOUT (CMD-06), and a received command's result on its way to the eMSP.
void TstCdrCommandPages::timelineTellsEachOutcome()
{
    const QDateTime sentAt(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    CommandRecord waiting;
    waiting.uid = QStringLiteral("C-WAIT");
    waiting.partnerId = 3;
    waiting.type = QStringLiteral("RESERVE_NOW");
    waiting.state = QStringLiteral("SENT");
    waiting.createdAt = sentAt;

    CommandRecord timedOut = waiting;
    timedOut.uid = QStringLiteral("C-TIMEOUT");
    timedOut.response = QJsonObject{{QStringLiteral("result"), QStringLiteral("ACCEPTED")}, {QStringLiteral("timeout"), 30}};
    timedOut.respondedAt = sentAt.addSecs(1);
    timedOut.deadline = sentAt.addSecs(41);
    timedOut.state = QStringLiteral("TIMEOUT");

    CommandRecord failed = waiting;
    failed.uid = QStringLiteral("C-FAILED");
    failed.state = QStringLiteral("FAILED");
    failed.error = QStringLiteral("Connection refused");
    failed.respondedAt = sentAt.addSecs(1);

    CommandRecord received = waiting;
    received.uid = QStringLiteral("C-RECEIVED");
    received.direction = CommandRecord::Direction::Received;
    received.type = QStringLiteral("START_SESSION");
    received.responseUrl = QStringLiteral("https://emsp.example/commands/START_SESSION/42");
    received.response = QJsonObject{{QStringLiteral("result"), QStringLiteral("ACCEPTED")}, {QStringLiteral("timeout"), 30}};
    received.respondedAt = sentAt;
    received.result = QJsonObject{{QStringLiteral("result"), QStringLiteral("EVSE_OCCUPIED")}};
    received.resultAt = sentAt.addSecs(2);
    received.state = QStringLiteral("EVSE_OCCUPIED");

    CommandsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setListing({{received, failed, timedOut, waiting}, {{3, QStringLiteral("Charge Corp")}}});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, CommandsModel::DirectionColumn).data().toString(), QStringLiteral("received"));
    QCOMPARE(model.index(0, CommandsModel::ResultColumn).data().toString(), QStringLiteral("EVSE_OCCUPIED"));
    QCOMPARE(model.index(1, CommandsModel::ResponseColumn).data().toString(), QStringLiteral("FAILED"));
    QCOMPARE(model.index(1, CommandsModel::ResponseColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Connection refused"));
    QCOMPARE(model.index(2, CommandsModel::ResponseColumn).data().toString(), QStringLiteral("ACCEPTED, 30 s"));
    QCOMPARE(model.index(2, CommandsModel::ResultColumn).data().toString(), QStringLiteral("TIMEOUT"));
    QCOMPARE(model.index(3, CommandsModel::ResponseColumn).data().toString(), QString());
    QCOMPARE(model.index(3, CommandsModel::PartnerColumn).data().toString(), QStringLiteral("Charge Corp"));

    QVERIFY(model.timelineText(waiting).contains(QStringLiteral("waiting for the CPO's answer")));
    const QString timeout = model.timelineText(timedOut);
    QVERIFY2(timeout.contains(QStringLiteral("the CPO answered ACCEPTED, result expected within 30 s"))
                 && timeout.contains(ObjectRow::formatTime(timedOut.deadline) + QStringLiteral("  TIMEOUT")),
             qPrintable(timeout));
    QVERIFY(model.timelineText(failed).contains(QStringLiteral("no usable answer: Connection refused")));
    const QString answered = model.timelineText(received);
    QVERIFY2(answered.contains(QStringLiteral("START_SESSION received from Charge Corp"))
                 && answered.contains(QStringLiteral("result EVSE_OCCUPIED queued for https://emsp.example/commands/START_SESSION/42")),
             qPrintable(answered));

    // A refresh changes rows in place: the waiting command got its answer, one went.
    CommandRecord answeredNow = waiting;
    answeredNow.response = QJsonObject{{QStringLiteral("result"), QStringLiteral("REJECTED")}, {QStringLiteral("timeout"), 0}};
    answeredNow.state = QStringLiteral("REJECTED");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setListing({{received, timedOut, answeredNow}, {{3, QStringLiteral("Charge Corp")}}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("C-WAIT")), 2);
    QCOMPARE(model.index(2, CommandsModel::StateColumn).data().toString(), QStringLiteral("REJECTED"));
    QCOMPARE(changed.count(), 1);
}

// The charging profile panel of a session the partner CPO pushed us (CP, eMSP role): a limit set
// from the sessions page comes back as the CPO's result and as the profile it pushes, drawn in the
// chart; a second request at once is TOO_OFTEN; a GET shows the active profile.
void TstCdrCommandPages::chargingProfileOfAPartnersSession()
{
    qint64 cpoId = 0;
    startConsoleWithACpo(&cpoId);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject token = test::ConsoleWithCpo::dataFile(QStringLiteral("tokens/ems_rfid_card.json"), QStringLiteral("DE"), QStringLiteral("EMS"));
    // A charge started by a command, as the commands page would send it; its session is pushed to us.
    inNode([&token, cpoId](NodeServices &services) {
        services.module<CommandsModule>().service().send(cpoId, QStringLiteral("START_SESSION"),
                                                         {{QStringLiteral("token"), token},
                                                          {QStringLiteral("location_id"), kLocation},
                                                          {QStringLiteral("evse_uid"), kFreeEvse}},
                                                         [](Result<CommandRecord>) {});
    });
    QTRY_COMPARE_WITH_TIMEOUT(consoleObjects(QStringLiteral("sessions")), 1, 10000);
    const QString sessionId = test::ownJson(m_cpo->services().service<SessionService>()).at(0).toObject().value(QStringLiteral("id")).toString();

    QVERIFY(m_window->showPage(QStringLiteral("sessions")));
    auto *page = m_window->pageOf<SessionsPage>();
    QTRY_VERIFY(page->selectObject(ObjectRow::identityOf(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), sessionId), cpoId)));
    QTRY_VERIFY(page->profileButton()->isEnabled());
    QPointer<ChargingProfileDialog> dialog = page->openProfileDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->chart()->summary(), QString());

    dialog->limitBox()->setValue(3700);
    dialog->setButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->outcome(), QStringLiteral("SET: result ACCEPTED"), 10000);
    // At once, within the CPO's window: refused.
    dialog->clearButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->outcome(), QStringLiteral("CLEAR: TOO_OFTEN"), 10000);
    QVERIFY(dialog->getButton()->isEnabled());
    // The profile the CPO pushed after the SET.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->chart()->summary(), QStringLiteral("3700 W from 0 min"), 10000);

    // After the CPO's window (ChargingProfileService::kWindowSeconds): the active profile, an hour ahead.
    QTest::qWait(ChargingProfileService::kWindowSeconds * 1000 + 100);
    dialog->getButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->outcome(), QStringLiteral("GET: result ACCEPTED"), 10000);
    QCOMPARE(dialog->chart()->profile().value(QStringLiteral("charging_profile")).toObject().value(QStringLiteral("duration")).toInt(), 3600);
    QCOMPARE(dialog->chart()->summary(), QStringLiteral("3700 W from 0 min"));
    dialog->close();
}

QTEST_MAIN(TstCdrCommandPages)
#include "tst_cdrcommandpages.moc"
