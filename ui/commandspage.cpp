#include "commandspage.h"

#include "commandsmodel.h"
#include "listreader.h"
#include "nodecontroller.h"
#include "pageparts.h"
#include "sendcommanddialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ocpi {

CommandsPage::CommandsPage(NodeController &node, QWidget *parent) : QWidget(parent)
{
    m_commands = new CommandsController(node, this);
    m_model = new CommandsModel(this);

    m_send = new QPushButton(tr("Send command…"), this);
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);

    m_view = makeRowsView(m_model, tr("Commands"), this);
    m_timeline = makeDetailsPane(tr("Timeline of the selected command"), QPlainTextEdit::NoWrap, this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Commands sent to partner CPOs and received from partner eMSPs"), this), 1);
    toolbar->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_outcome);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    connect(m_send, &QPushButton::clicked, this, &CommandsPage::openSendDialog);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CommandsPage::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CommandsPage::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CommandsPage::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CommandsPage::showCurrent);

    m_reader = new ListReader(
        this, [this] { return m_commands->isAvailable(); },
        [this](std::function<void()> done) {
            m_commands->list(this, [this, done](Result<CommandsController::Listing> listing) {
                onListed(listing);
                done();
            });
        });
    connect(m_commands, &CommandsController::commandChanged, m_reader, &ListReader::changed);
    followNode(node, this, [this] { refresh(); }, [this] { updateActions(); });
    showCurrent();
    refresh();
}

QString CommandsPage::outcomeText() const
{
    return m_outcome->text();
}

void CommandsPage::setRefreshInterval(int milliseconds)
{
    m_reader->setPollInterval(milliseconds);
}

void CommandsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void CommandsPage::refresh()
{
    m_reader->refresh();
}

void CommandsPage::onListed(const Result<CommandsController::Listing> &listing)
{
    if (listing) {
        m_model->setListing(*listing);
        // Ids, states and partner names have widths of their own.
        m_view->resizeColumnsToContents();
        m_summary->setText(tr("%n command(s)", nullptr, int(listing->commands.size())));
        if (!m_selectAfterRefresh.isEmpty() && selectCommand(m_selectAfterRefresh))
            m_selectAfterRefresh.clear();
        showCurrent();
        ++m_listings;
        emit listed();
    } else {
        setOutcome(tr("Could not read the commands: %1").arg(listing.error().message), true);
    }
}

bool CommandsPage::selectCommand(const QString &uid)
{
    const int row = m_model->rowOf(uid);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QString CommandsPage::selectedUid() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current.siblingAtColumn(0)))
        return QString();
    return current.data(CommandsModel::UidRole).toString();
}

void CommandsPage::showCurrent()
{
    const int row = m_model->rowOf(selectedUid());
    const QString text = row < 0 ? tr("Select a command to see its timeline.") : m_model->timelineText(m_model->command(row));
    // Only on a change, so a refresh does not scroll away what the operator is reading.
    if (m_timeline->toPlainText() != text)
        m_timeline->setPlainText(text);
    updateActions();
}

void CommandsPage::updateActions()
{
    const bool canSend = m_commands->canSend();
    m_send->setEnabled(m_commands->isAvailable() && canSend);
    m_send->setToolTip(canSend ? tr("Send START_SESSION, STOP_SESSION, RESERVE_NOW, CANCEL_RESERVATION or "
                                    "UNLOCK_CONNECTOR to a partner CPO")
                               : tr("Commands are sent as an eMSP: this node hosts no eMSP party"));
}

SendCommandDialog *CommandsPage::openSendDialog()
{
    if (!m_commands->isAvailable() || !m_commands->canSend())
        return nullptr;
    auto *dialog = new SendCommandDialog(*m_commands, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SendCommandDialog::sent, this, [this](const CommandRecord &command) {
        const QString answer = command.response ? command.response->value(QLatin1String("result")).toString() : command.state;
        setOutcome(command.error.isEmpty() ? tr("%1 sent: the CPO answered %2.").arg(command.type, answer)
                                           : tr("%1 sent: %2 (%3).").arg(command.type, answer, command.error),
                   command.state == QLatin1String("FAILED"));
        m_selectAfterRefresh = command.uid;
        refresh();
    });
    dialog->open();
    return dialog;
}

void CommandsPage::setOutcome(const QString &text, bool failure)
{
    m_outcome->setStyleSheet(failure ? QStringLiteral("color: #b02020") : QString());
    m_outcome->setText(text);
}

} // namespace ocpi
