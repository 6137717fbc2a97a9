#include "invitedialog.h"
#include "mainwindow.h"
#include "nodecontroller.h"
#include "partnercontroller.h"
#include "partnerdetailsview.h"
#include "partnersmodel.h"
#include "partnerspage.h"
#include "parkedthread.h"
#include "registerwizard.h"

#include "core/secrets.h"
#include "partners/partnerregistry.h"
#include "modules/tokens/tokenservice.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/outbox.h"
#include "support/testsupport.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ocpi;

namespace {

constexpr int kHandshakeTimeoutMs = 15000;

// Every text a widget tree shows or tells (labels, tooltips, fields, item views, combo boxes).
QStringList allTexts(QWidget *root)
{
    QStringList texts;
    for (QWidget *widget : root->findChildren<QWidget *>())
        texts << widget->toolTip();
    for (QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        texts << edit->text();
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        texts << edit->toPlainText();
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole)})
                    texts << model->index(row, column).data(role).toString();
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

// The partners page over two real nodes in their own threads, offscreen: the console node registers
// with a "partner" node through the wizard, then updates and unregisters (CRED-06..17 driven from
// the console), with the partner's token A issued through the invite dialog.
class TstPartnersPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void inviteDialogShowsTokenAOnce();
    void inviteDialogKeepsTheTokenWhateverKey();
    void registerUpdateUnregister();
    void unreachablePartnerFailsVisibly();
    void silentPartnerDoesNotFreezeTheWindow();
    void encodingComboSavesThroughTheNode();
    void followsChangesFromOtherProcesses();
    void pullFetchesWhatThePartnerOffers();
    void refusedPushesAreSentAgain();

private:
    // A token A of the partner node, issued through its own invite dialog.
    QString inviteOnPartnerNode(const QString &name);
    // The console's first partner, invited through its dialog, listed and selected: its id.
    void inviteFromConsole(const QString &name, qint64 *id)
    {
        QPointer<InviteDialog> dialog = page()->openInviteDialog();
        dialog->nameEdit()->setText(name);
        dialog->inviteButton()->click();
        QTRY_VERIFY(dialog->hasInvited());
        dialog->reject();
        QTRY_VERIFY(onlyPartner());
        *id = onlyPartner()->id;
        QTRY_COMPARE(page()->selectedPartnerId(), *id);
    }
    // The partner node's registry, read in its thread.
    QList<Partner> partnersOfPartnerNode()
    {
        // Shared: an answer later than the timeout must not write into a finished stack frame.
        auto list = std::make_shared<std::optional<QList<Partner>>>();
        m_partnerSide->listPartners(this, [list](Result<QList<Partner>> r) { *list = r ? *r : QList<Partner>(); });
        return QTest::qWaitFor([&] { return list->has_value(); }, 5000) ? **list : QList<Partner>();
    }
    // Returns once the console's node has answered everything the page asked before this call: the
    // node thread takes requests in order, and its answers come back to this thread in order. Twice,
    // because a listing answered meanwhile may ask for one more (the page lists again when a refresh
    // came while its listing was on the way).
    void waitForEarlierAnswers()
    {
        for (int round = 0; round < 2; ++round) {
            auto answered = std::make_shared<bool>(false);
            page()->controller()->listPartners(this, [answered](const Result<QList<Partner>> &) { *answered = true; });
            QVERIFY(QTest::qWaitFor([&] { return *answered; }, 5000));
        }
    }
    PartnersPage *page() const { return m_window->partnersPage(); }
    int rowOf(qint64 id) const { return page()->model()->rowForId(id); }
    const Partner *onlyPartner() const
    {
        return page()->model()->rowCount() == 1 ? &page()->model()->partner(0) : nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeController> m_console;
    std::unique_ptr<NodeController> m_partner;
    std::unique_ptr<PartnerController> m_partnerSide;
    std::unique_ptr<MainWindow> m_window;
};

void TstPartnersPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_console = std::make_unique<NodeController>(
        test::nodeConfig(*m_dir, {QStringLiteral("NL-TNM:CPO")}, QStringLiteral("console.sqlite")), NodeRuntime::factory());
    m_partner = std::make_unique<NodeController>(
        test::nodeConfig(*m_dir, {QStringLiteral("DE-ABC:EMSP")}, QStringLiteral("partner.sqlite")), NodeRuntime::factory());
    m_partnerSide = std::make_unique<PartnerController>(*m_partner);
    m_window = std::make_unique<MainWindow>(*m_console);
    m_window->show();
    QSignalSpy consoleStarted(m_console.get(), &NodeController::started);
    QSignalSpy partnerStarted(m_partner.get(), &NodeController::started);
    m_console->start();
    m_partner->start();
    QTRY_COMPARE_WITH_TIMEOUT(consoleStarted.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(partnerStarted.count(), 1, 10000);
    QVERIFY(m_window->showPage(QStringLiteral("partners")));
    QVERIFY(page()->isVisible());
    QTRY_VERIFY(page()->inviteButton()->isEnabled());
}

void TstPartnersPage::cleanup()
{
    m_window.reset();
    m_partnerSide.reset();
    m_console.reset();
    m_partner.reset();
    m_dir.reset();
}

QString TstPartnersPage::inviteOnPartnerNode(const QString &name)
{
    InviteDialog dialog(*m_partnerSide);
    dialog.show();
    dialog.nameEdit()->setText(name);
    dialog.inviteButton()->click();
    if (!QTest::qWaitFor([&] { return dialog.hasInvited() || !dialog.errorText().isEmpty(); }, 10000))
        return QString();
    return dialog.tokenEdit()->text();
}

// Enter in the name field invites; from then on no key closes the dialog (Enter, Escape, Space
// in the token field...): the token is shown only once, so only the Close button ends it.
void TstPartnersPage::inviteDialogKeepsTheTokenWhateverKey()
{
    QPointer<InviteDialog> dialog = page()->openInviteDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->nameEdit()->setText(QStringLiteral("Keyboard Corp"));
    dialog->nameEdit()->setFocus();
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog && dialog->hasInvited(), 10000);
    const QString token = dialog->tokenEdit()->text();
    QCOMPARE(token.size(), secrets::kTokenLength);
    for (QWidget *target : {static_cast<QWidget *>(dialog->tokenEdit()), static_cast<QWidget *>(dialog->nameEdit()),
                            static_cast<QWidget *>(dialog.data())}) {
        for (Qt::Key key : {Qt::Key_Return, Qt::Key_Enter, Qt::Key_Escape}) {
            QTest::keyClick(target, key);
            QTest::qWait(20);
            QVERIFY2(dialog && dialog->isVisible(), qPrintable(QStringLiteral("closed by key %1").arg(int(key))));
            QCOMPARE(dialog->tokenEdit()->text(), token);
        }
    }
    QTRY_VERIFY(onlyPartner() && onlyPartner()->name == QStringLiteral("Keyboard Corp"));
    dialog->closeButton()->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void TstPartnersPage::inviteDialogShowsTokenAOnce()
{
    QPointer<InviteDialog> dialog = page()->openInviteDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->tokenEdit()->text().isEmpty());
    QVERIFY(!dialog->tokenEdit()->isVisible());
    dialog->nameEdit()->setText(QStringLiteral("Charge Corp"));
    dialog->inviteButton()->click();
    // Answered from the node thread: the click itself returns at once.
    QVERIFY(!dialog->hasInvited());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasInvited(), 10000);

    const QString token = dialog->tokenEdit()->text();
    QCOMPARE(token.size(), secrets::kTokenLength);
    QVERIFY(dialog->tokenEdit()->isVisible());
    QVERIFY(dialog->tokenEdit()->isReadOnly());
    QCOMPARE(dialog->versionsUrlText(), m_console->versionsUrl());
    QVERIFY(allTexts(dialog).join(QLatin1Char('\n')).contains(QStringLiteral("shown only now")));
    // One token per dialog: a second click issues nothing.
    QVERIFY(!dialog->inviteButton()->isEnabled());
    dialog->copyTokenButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), token);

    // The console lists the new partner as invited and selects it; the token is nowhere on the page.
    QTRY_VERIFY(onlyPartner() && onlyPartner()->name == QStringLiteral("Charge Corp"));
    QCOMPARE(onlyPartner()->state, PartnerState::Invited);
    QTRY_COMPARE(page()->selectedPartnerId(), onlyPartner()->id);
    QCOMPARE(page()->detailsView()->stateText(), QStringLiteral("invited"));

    // Closing the dialog forgets the token: it is not shown twice.
    QGuiApplication::clipboard()->clear();
    dialog->reject();
    QVERIFY(!dialog || dialog->tokenEdit()->text().isEmpty());
    QTRY_VERIFY(!dialog); // deleted on close
    QVERIFY(!allTexts(page()).join(QLatin1Char('\n')).contains(token));

    // The token really is a token A of this node: the versions endpoint accepts it.
    QCOMPARE(test::request("GET", QUrl(m_console->versionsUrl()), {}, {{"Authorization", test::tokenHeader(token)}}).status,
             200);
}

void TstPartnersPage::registerUpdateUnregister()
{
    const QString tokenA = inviteOnPartnerNode(QStringLiteral("Console operator"));
    QCOMPARE(tokenA.size(), secrets::kTokenLength);

    QPointer<RegisterWizard> wizard = page()->openRegisterWizard();
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(RegisterWizard::DetailsPageId));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // nothing entered yet
    wizard->versionsUrlEdit()->setText(m_partner->versionsUrl());
    wizard->tokenEdit()->setText(QStringLiteral(" %1\n").arg(tokenA)); // pasted with whitespace
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(RegisterWizard::ProgressPageId));
    QVERIFY(wizard->isRunning());
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isRunning(), kHandshakeTimeoutMs);
    QVERIFY2(wizard->hasSucceeded(), qPrintable(wizard->outcomeText()));
    QCOMPARE(wizard->outcomeText(), QStringLiteral("Registered with DE-ABC."));
    QVERIFY2(wizard->partnerSummary().contains(QStringLiteral("DE-ABC EMSP")), qPrintable(wizard->partnerSummary()));
    QVERIFY2(wizard->partnerSummary().contains(QStringLiteral("credentials")), qPrintable(wizard->partnerSummary()));
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!wizard);

    // Listed as registered with the partner's party, and selected.
    QTRY_VERIFY(onlyPartner() && onlyPartner()->state == PartnerState::Registered);
    const Partner registered = *onlyPartner();
    const int row = page()->proxy()->mapFromSource(page()->model()->index(rowOf(registered.id), 0)).row();
    QCOMPARE(page()->view()->model()->index(row, PartnersModel::PartiesColumn).data().toString(), QStringLiteral("DE-ABC"));
    QCOMPARE(page()->view()->model()->index(row, PartnersModel::StateColumn).data().toString(), QStringLiteral("registered"));
    QCOMPARE(page()->view()->model()->index(row, PartnersModel::VersionColumn).data().toString(), QStringLiteral("2.2.1"));
    QTRY_COMPARE(page()->selectedPartnerId(), registered.id);
    QCOMPARE(page()->outcomeText(), QStringLiteral("Registered with DE-ABC."));

    // Details: roles, endpoints, the token masked and nowhere whole.
    PartnerDetailsView *details = page()->detailsView();
    QCOMPARE(details->partnerId(), registered.id);
    QCOMPARE(details->stateText(), QStringLiteral("registered"));
    QCOMPARE(details->rolesTable()->rowCount(), 1);
    QCOMPARE(details->rolesTable()->item(0, 0)->text(), QStringLiteral("DE-ABC"));
    QCOMPARE(details->rolesTable()->item(0, 1)->text(), QStringLiteral("EMSP"));
    QCOMPARE(details->endpointsTable()->rowCount(), int(registered.endpoints.size()));
    QVERIFY(details->endpointsTable()->rowCount() >= 1);
    QStringList modules;
    for (int r = 0; r < details->endpointsTable()->rowCount(); ++r) {
        modules << details->endpointsTable()->item(r, 0)->text();
        QVERIFY(details->endpointsTable()->item(r, 2)->text().startsWith(m_partner->publicBase()));
    }
    QVERIFY2(modules.contains(QStringLiteral("credentials")), qPrintable(modules.join(QLatin1Char(','))));
    const QString tokenC = registered.outgoingToken;
    QCOMPARE(tokenC.size(), secrets::kTokenLength);
    QCOMPARE(details->tokenText(), secrets::mask(tokenC));
    QVERIFY(details->detectedEncodingText().startsWith(QStringLiteral("detected: ")));
    for (const QString &text : allTexts(page()))
        QVERIFY2(!text.contains(tokenC) && !text.contains(tokenA), qPrintable(text));

    // The partner node sees us registered as well.
    QList<Partner> theirs = partnersOfPartnerNode();
    QCOMPARE(theirs.size(), 1);
    QCOMPARE(theirs.first().state, PartnerState::Registered);
    QCOMPARE(theirs.first().name, QStringLiteral("Console operator"));

    // Update credentials: still registered, with a new token C.
    QVERIFY(page()->updateButton()->isEnabled());
    page()->updateButton()->click();
    QVERIFY(!page()->updateButton()->isEnabled()); // while under way
    QTRY_VERIFY_WITH_TIMEOUT(page()->outcomeText().startsWith(QStringLiteral("New credentials exchanged")),
                             kHandshakeTimeoutMs);
    QTRY_VERIFY(onlyPartner() && onlyPartner()->outgoingToken != tokenC);
    const QString newTokenC = onlyPartner()->outgoingToken;
    QCOMPARE(onlyPartner()->state, PartnerState::Registered);
    QCOMPARE(newTokenC.size(), secrets::kTokenLength);
    QCOMPARE(page()->selectedPartnerId(), registered.id); // kept across refreshes
    QTRY_COMPARE(details->tokenText(), secrets::mask(newTokenC));
    for (const QString &text : allTexts(page()))
        QVERIFY2(!text.contains(newTokenC) && !text.contains(tokenC), qPrintable(text));
    QVERIFY(page()->updateButton()->isEnabled());

    // Unregister, after confirmation: cancelling does nothing.
    QPointer<QMessageBox> cancelled = page()->unregisterSelected();
    QVERIFY(cancelled && cancelled->isVisible());
    cancelled->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!cancelled);
    // Unregister would have started in the click handler itself (busy buttons, "Unregistering...");
    // cancelling left the page as it was, and the partner still holds us as registered.
    QVERIFY(page()->unregisterButton()->isEnabled());
    QVERIFY(!page()->outcomeText().startsWith(QStringLiteral("Unregistering")));
    QCOMPARE(onlyPartner()->state, PartnerState::Registered);
    QCOMPARE(partnersOfPartnerNode().first().state, PartnerState::Registered);

    // A registered partner is not removed: the node says why, nothing is asked and nothing changes.
    QVERIFY(page()->removeButton()->isEnabled());
    QVERIFY(page()->removeSelected() == nullptr);
    QTRY_VERIFY2(page()->outcomeText().contains(QStringLiteral("is registered: unregister it first")),
                 qPrintable(page()->outcomeText()));
    QCOMPARE(onlyPartner()->state, PartnerState::Registered);

    QPointer<QMessageBox> confirm = page()->unregisterSelected();
    QVERIFY(confirm->text().contains(QStringLiteral("DE-ABC")));
    confirm->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(onlyPartner() && onlyPartner()->state == PartnerState::Unregistered, kHandshakeTimeoutMs);
    QTRY_VERIFY(page()->outcomeText().startsWith(QStringLiteral("Unregistered from DE-ABC")));
    QTRY_VERIFY(details->stateText().startsWith(QStringLiteral("unregistered")));
    QCOMPARE(details->tokenText(), QStringLiteral("none"));
    QVERIFY(!page()->updateButton()->isEnabled());
    QVERIFY(!page()->unregisterButton()->isEnabled());
    // The partner was told (CRED-16).
    theirs = partnersOfPartnerNode();
    QCOMPARE(theirs.size(), 1);
    QVERIFY(theirs.first().state != PartnerState::Registered);

    // Unregistered, the row can go: after a confirmation (cancelling keeps it).
    QPointer<QMessageBox> keep = page()->removeSelected();
    QVERIFY(keep && keep->isVisible());
    keep->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!keep);
    QVERIFY(onlyPartner());
    QPointer<QMessageBox> remove = page()->removeSelected();
    QVERIFY2(remove->text().contains(QStringLiteral("DE-ABC")), qPrintable(remove->text()));
    remove->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(page()->outcomeText().startsWith(QStringLiteral("Removed DE-ABC")));
    QTRY_COMPARE(page()->model()->rowCount(), 0);
}

void TstPartnersPage::unreachablePartnerFailsVisibly()
{
    QPointer<RegisterWizard> wizard = page()->openRegisterWizard();
    wizard->versionsUrlEdit()->setText(QStringLiteral("not a url"));
    wizard->tokenEdit()->setText(QStringLiteral("some-token-a"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    wizard->tokenEdit()->setText(QStringLiteral("has a space"));
    wizard->versionsUrlEdit()->setText(QStringLiteral("http://127.0.0.1:1/ocpi/versions"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    wizard->tokenEdit()->setText(QStringLiteral("some-token-a"));
    wizard->nameEdit()->setText(QStringLiteral("Nobody home"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // The click only posts the handshake to the node thread: it returns while that thread is held.
    ParkedThread parked(m_console->node());
    QTRY_VERIFY(parked.isParked());
    wizard->button(QWizard::NextButton)->click();
    QVERIFY(wizard->isRunning());
    parked.release();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isRunning(), kHandshakeTimeoutMs);

    QVERIFY(!wizard->hasSucceeded());
    const QString outcome = wizard->outcomeText();
    const QString prefix = QStringLiteral("The registration failed: ");
    QVERIFY2(outcome.startsWith(prefix) && outcome.size() > prefix.size() + 5, qPrintable(outcome));
    QVERIFY(wizard->partnerSummary().isEmpty());
    // The operator may go back and correct the input.
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    wizard->button(QWizard::BackButton)->click();
    QCOMPARE(wizard->currentId(), int(RegisterWizard::DetailsPageId));
    QCOMPARE(wizard->versionsUrlEdit()->text(), QStringLiteral("http://127.0.0.1:1/ocpi/versions"));
    wizard->reject();
    QTRY_VERIFY(!wizard);

    // The page lists the attempt as failed, with the reason; only unregistering is offered.
    QTRY_VERIFY(onlyPartner() && onlyPartner()->state == PartnerState::Failed);
    QCOMPARE(onlyPartner()->name, QStringLiteral("Nobody home"));
    const QString state = page()->model()->index(0, PartnersModel::StateColumn).data().toString();
    QVERIFY2(state.startsWith(QStringLiteral("failed (")) && state.size() > 12, qPrintable(state));
    QVERIFY(page()->selectPartner(onlyPartner()->id));
    QCOMPARE(page()->detailsView()->stateText(), state);
    QVERIFY(!page()->updateButton()->isEnabled());
    QVERIFY(page()->unregisterButton()->isEnabled());
}

void TstPartnersPage::silentPartnerDoesNotFreezeTheWindow()
{
    // Accepts connections and never answers: the handshake hangs in the node thread.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1/ocpi/versions").arg(silent.serverPort());

    QPointer<RegisterWizard> wizard = page()->openRegisterWizard();
    wizard->versionsUrlEdit()->setText(url);
    wizard->tokenEdit()->setText(QStringLiteral("some-token-a"));
    wizard->button(QWizard::NextButton)->click();
    QVERIFY(wizard->isRunning());
    QTRY_VERIFY(silent.hasPendingConnections());

    // Meanwhile the window lives: timers fire, the page refreshes, input is taken.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(10);
    QTRY_VERIFY(ticks >= 10);
    QTRY_VERIFY(onlyPartner() && onlyPartner()->state == PartnerState::Registering);
    QVERIFY(m_window->showPage(QStringLiteral("dashboard")));
    QVERIFY(wizard->isRunning());
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());

    // Closed while running: the late answer must find no wizard to call back (and not crash).
    wizard->reject();
    QTRY_VERIFY(!wizard);
    // Stop listening first: the client retries a GET whose connection dropped, and a retry must be
    // refused rather than wait in the backlog until the client's timeout.
    QList<QTcpSocket *> held;
    while (QTcpSocket *socket = silent.nextPendingConnection())
        held << socket;
    silent.close();
    for (QTcpSocket *socket : held)
        socket->abort();
    QTRY_VERIFY_WITH_TIMEOUT(onlyPartner() && onlyPartner()->state == PartnerState::Failed, kHandshakeTimeoutMs);
}

void TstPartnersPage::encodingComboSavesThroughTheNode()
{
    QPointer<InviteDialog> dialog = page()->openInviteDialog();
    dialog->nameEdit()->setText(QStringLiteral("old-school"));
    dialog->inviteButton()->click();
    QTRY_VERIFY(dialog->hasInvited());
    dialog->reject();
    QTRY_VERIFY(onlyPartner());
    QTRY_COMPARE(page()->selectedPartnerId(), onlyPartner()->id);
    QCOMPARE(onlyPartner()->encodingSetting, EncodingSetting::Auto);

    QComboBox *combo = page()->detailsView()->encodingCombo();
    QCOMPARE(combo->currentData().toInt(), int(EncodingSetting::Auto));
    combo->setCurrentIndex(combo->findData(int(EncodingSetting::Raw)));
    QTRY_COMPARE(onlyPartner()->encodingSetting, EncodingSetting::Raw);
    QVERIFY2(page()->outcomeText().endsWith(QStringLiteral("raw")), qPrintable(page()->outcomeText()));
    // Stored by the node, not only shown: a second page reads it back.
    PartnersPage second(*m_console);
    QTRY_COMPARE(second.model()->rowCount(), 1);
    QCOMPARE(second.model()->partner(0).encodingSetting, EncodingSetting::Raw);
    // Refreshes do not fire the combo (that would save again and loop).
    QSignalSpy asked(page()->detailsView(), &PartnerDetailsView::encodingChangeRequested);
    page()->refresh();
    waitForEarlierAnswers();
    QCOMPARE(asked.count(), 0);
    QCOMPARE(combo->currentData().toInt(), int(EncodingSetting::Raw));
}

void TstPartnersPage::followsChangesFromOtherProcesses()
{
    page()->setRefreshInterval(200);
    qint64 first = 0;
    inviteFromConsole(QStringLiteral("first"), &first);
    if (QTest::currentTestFailed())
        return;

    // What `ocpi-node invite` does in another process: its own services over the same database,
    // so the console's registry announces nothing.
    const SystemClock clock;
    NodeServices operatorCommand(m_console->config(), clock);
    QVERIFY(operatorCommand.open().ok());
    auto invitation = operatorCommand.partners().invite(QStringLiteral("from the CLI"));
    QVERIFY(invitation.ok());
    operatorCommand.close();

    QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 2, 5000);
    QCOMPARE(page()->model()->partner(page()->model()->rowForId(invitation->partnerId)).name,
             QStringLiteral("from the CLI"));
    QCOMPARE(page()->selectedPartnerId(), first);
    QCOMPARE(page()->detailsView()->partnerId(), first);
}

// The console's "Pull now" reads the partner's Sender lists (here the eMSP's tokens) into the
// node, and the details show the pushes waiting for the partner.
void TstPartnersPage::pullFetchesWhatThePartnerOffers()
{
    const QString tokenA = inviteOnPartnerNode(QStringLiteral("Console operator"));
    std::optional<Result<Partner>> registered;
    page()->controller()->registerWith({m_partner->versionsUrl(), tokenA, QString(), EncodingSetting::Auto}, this,
                                       [&](Result<Partner> result) { registered = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(registered.has_value(), kHandshakeTimeoutMs);
    QVERIFY2(registered->ok(), qPrintable(registered->error().message));

    // The partner's own token, stored in its node's thread.
    const QJsonObject token = QJsonDocument::fromJson(
        "{\"country_code\":\"DE\",\"party_id\":\"ABC\",\"uid\":\"CARD-7\",\"type\":\"RFID\",\"contract_id\":\"DE-ABC-7\","
        "\"issuer\":\"ABC\",\"valid\":true,\"whitelist\":\"ALLOWED\",\"last_updated\":\"2026-11-01T00:00:00Z\"}").object();
    bool stored = false;
    ServingNode *partnerRuntime = m_partner->node();
    QMetaObject::invokeMethod(partnerRuntime, [&] { stored = partnerRuntime->services().service<TokenService>().putOwn(token).ok(); },
                              Qt::BlockingQueuedConnection);
    QVERIFY(stored);

    QTRY_VERIFY(page()->selectPartner((*registered)->id));
    QTRY_VERIFY(page()->pullButton()->isEnabled());
    page()->pullButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(page()->outcomeText(), QStringLiteral("Pulled from DE-ABC: tokens: 1 stored, 0 skipped."), 10000);
    QTRY_COMPARE(page()->detailsView()->backlogText(), QStringLiteral("none"));
}

// Issue 13: "Send refused pushes again" queues a partner's parked deliveries again, as `ocpi-node
// outbox retry PARTNER` does; it is offered only while the partner has some.
void TstPartnersPage::refusedPushesAreSentAgain()
{
    page()->setRefreshInterval(200);
    qint64 id = 0;
    inviteFromConsole(QStringLiteral("refuser"), &id);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!page()->retryParkedButton()->isEnabled());

    // A delivery the partner refused, parked, as another process would leave it.
    const SystemClock clock;
    NodeServices other(m_console->config(), clock);
    QVERIFY(other.open().ok());
    Delivery delivery;
    delivery.module = QStringLiteral("commands");
    delivery.orderingKey = QStringLiteral("START-1");
    delivery.method = "POST";
    delivery.url = QStringLiteral("http://127.0.0.1:1/results/START-1");
    delivery.onRefusal = RefusalPolicy::RetryThenPark;
    QVERIFY(other.outbox().enqueueTo(id, delivery).ok());
    const qint64 row = other.outbox().entries(id)->first().id;
    QVERIFY(other.outbox().settle({{row, Settlement::Outcome::Park, 0, 0, QStringLiteral("HTTP 422 without an OCPI response envelope")}}).ok());

    QTRY_VERIFY_WITH_TIMEOUT(page()->retryParkedButton()->isEnabled(), 5000);
    page()->retryParkedButton()->click();
    QTRY_COMPARE(page()->outcomeText(), QStringLiteral("1 refused push(es) to refuser queued again."));
    // The console's node tried it again: an invited partner cannot be sent anything, so it is parked
    // once more, now with that reason.
    QTRY_VERIFY_WITH_TIMEOUT(other.outbox().parkedEntries()->value(0).lastError.contains(QStringLiteral("not registered")), 5000);
    other.close();
}

QTEST_MAIN(TstPartnersPage)
#include "tst_partnerspage.moc"
