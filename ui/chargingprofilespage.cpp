#include "chargingprofilespage.h"

#include "chargingprofiledialog.h"
#include "chargingprofilesmodel.h"
#include "listreader.h"
#include "nodecontroller.h"
#include "objectrow.h"
#include "pageparts.h"
#include "profilechart.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ocpi {

ChargingProfilesPage::ChargingProfilesPage(NodeController &node, QWidget *parent) : QWidget(parent)
{
    m_profiles = new ChargingProfilesController(node, this);
    m_model = new ChargingProfilesModel(this);

    m_set = new QPushButton(tr("&Set profile…"), this);
    m_set->setToolTip(tr("Ask the CPO to limit the selected session's power from now"));
    m_get = new QPushButton(tr("&Get active profile"), this);
    m_get->setToolTip(tr("Ask the CPO for the limit in force over the next %n minute(s)", nullptr,
                         ChargingProfilesController::kGetAheadSeconds / 60));
    m_clear = new QPushButton(tr("C&lear profile"), this);
    m_clear->setToolTip(tr("Ask the CPO to remove the limit it applies to the selected session"));
    m_roleHint = new QLabel(this);
    m_roleHint->setWordWrap(true);
    m_roleHint->hide();
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);

    m_view = makeRowsView(m_model, tr("Charging profiles"), this);
    m_chart = new ProfileChart(this);
    m_chart->setAccessibleName(tr("Limit of the selected session"));
    m_details = makeDetailsPane(tr("Selected charging profile"), QPlainTextEdit::NoWrap, this);
    auto *detail = new QSplitter(Qt::Horizontal, this);
    detail->addWidget(m_chart);
    detail->addWidget(m_details);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Power limits on sessions: ours at partner CPOs, and partners' on ours"), this), 1);
    for (QPushButton *button : {m_set, m_get, m_clear})
        toolbar->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_roleHint);
    layout->addWidget(m_outcome);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    connect(m_set, &QPushButton::clicked, this, &ChargingProfilesPage::openSetDialog);
    // Enter (or a double-click) on a partner CPO's session: the keyboard's way to set its limit.
    connect(m_view, &QAbstractItemView::activated, this, &ChargingProfilesPage::openSetDialog);
    connect(m_get, &QPushButton::clicked, this, [this] { requestSelected(QStringLiteral("GET")); });
    connect(m_clear, &QPushButton::clicked, this, [this] { requestSelected(QStringLiteral("CLEAR")); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChargingProfilesPage::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChargingProfilesPage::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChargingProfilesPage::showCurrent);

    m_reader = new ListReader(
        this, [this] { return m_profiles->isAvailable(); },
        [this](std::function<void()> done) {
            m_profiles->list(this, [this, done](Result<ChargingProfilesController::Listing> listing) {
                onListed(listing);
                done();
            });
        });
    connect(m_profiles, &ChargingProfilesController::profilesChanged, m_reader, &ListReader::changed);
    followNode(node, this, [this] { refresh(); }, [this] { updateActions(); });
    showCurrent();
    refresh();
}

QString ChargingProfilesPage::outcomeText() const
{
    return m_outcome->text();
}

QString ChargingProfilesPage::roleHintText() const
{
    return m_roleHint->isHidden() ? QString() : m_roleHint->text();
}

void ChargingProfilesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ChargingProfilesPage::refresh()
{
    m_reader->refresh();
}

void ChargingProfilesPage::onListed(const Result<ChargingProfilesController::Listing> &listing)
{
    if (!listing) {
        setOutcome(tr("Could not read the charging profiles: %1").arg(listing.error().message), true);
        return;
    }
    m_model->setListing(*listing);
    m_view->resizeColumnsToContents();
    m_summary->setText(tr("%n session(s) with charging profile requests", nullptr, int(listing->entries.size())));
    // The result the outcome line waits for, once it is in.
    if (!m_awaited.isEmpty()) {
        for (const ProfileEntry &entry : listing->entries) {
            if (!entry.lastRequest || entry.lastRequest->uid != m_awaited)
                continue;
            const CommandRecord &request = *entry.lastRequest;
            if (request.result || request.state == QLatin1String("TIMEOUT")) {
                m_awaited.clear();
                setOutcome(tr("%1: result %2").arg(m_awaitedLabel, request.state), request.state != QLatin1String("ACCEPTED"));
            }
        }
    }
    showCurrent();
    ++m_listings;
    emit listed();
}

bool ChargingProfilesPage::selectEntry(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

const ProfileEntry *ChargingProfilesPage::selected() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? &m_model->entry(current.row()) : nullptr;
}

const ProfileEntry *ChargingProfilesPage::selectedEmsp() const
{
    const ProfileEntry *entry = selected();
    return entry && entry->side == ProfileEntry::Side::Emsp ? entry : nullptr;
}

void ChargingProfilesPage::showCurrent()
{
    const ProfileEntry *entry = selected();
    m_chart->setProfile(entry ? entry->active : QJsonObject());
    QString text = tr("Select a session to see its charging profile.");
    if (entry) {
        QStringList lines{tr("Session %1, %2").arg(entry->sessionId, m_model->partnerName(entry->partnerId)),
                          tr("Limit: %1").arg(ChargingProfilesModel::limitText(*entry))};
        if (const auto &request = entry->lastRequest) {
            lines << tr("Last request: %1 %2 at %3").arg(request->type, request->state, ObjectRow::formatTime(request->createdAt));
            if (!request->error.isEmpty())
                lines << request->error;
        }
        if (!entry->active.isEmpty())
            lines << QString() << ObjectRow::prettyJson(entry->active);
        text = lines.join(QLatin1Char('\n'));
    }
    // Only on a change, so a refresh does not scroll away what the operator is reading.
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
    updateActions();
}

void ChargingProfilesPage::updateActions()
{
    const bool canSend = m_profiles->canSend();
    const bool enabled = m_profiles->isAvailable() && canSend && !m_busy && selectedEmsp();
    for (QPushButton *button : {m_set, m_get, m_clear})
        button->setEnabled(enabled);
    // The actions are the eMSP's (CP): a node without one says why they stay off.
    if (!canSend)
        m_roleHint->setText(tr("This node hosts no EMSP party, so it cannot ask partner CPOs to limit sessions: the list "
                               "shows the profiles partner eMSPs set on our sessions, read-only. To send requests, add an "
                               "EMSP party on the Settings page (or start with --party CC-PID:EMSP)."));
    m_roleHint->setVisible(!canSend);
}

QString ChargingProfilesPage::describe(const QString &type, const ProfileEntry &entry) const
{
    return tr("%1 on %2 at %3").arg(type, entry.sessionId, m_model->partnerName(entry.partnerId));
}

ChargingProfileDialog *ChargingProfilesPage::openSetDialog()
{
    const ProfileEntry *entry = selectedEmsp();
    if (!entry || !m_profiles->canSend() || !m_profiles->isAvailable())
        return nullptr;
    auto *dialog = new ChargingProfileDialog(m_profiles->node(), entry->partnerId, entry->sessionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ChargingProfilesPage::requestSelected(const QString &type)
{
    const ProfileEntry *entry = selectedEmsp();
    if (!entry || m_busy || !m_profiles->canSend())
        return;
    const QJsonObject params = type == QLatin1String("GET")
                                   ? QJsonObject{{QStringLiteral("duration"), ChargingProfilesController::kGetAheadSeconds}}
                                   : QJsonObject();
    const QString label = describe(type, *entry);
    m_busy = true;
    updateActions();
    setOutcome(tr("%1: sending…").arg(label), false);
    m_profiles->send(entry->partnerId, type, entry->sessionId, params, this, [this, label](Result<CommandRecord> sent) {
        m_busy = false;
        if (!sent) {
            setOutcome(tr("%1: %2").arg(label, sent.error().message), true);
            updateActions();
            return;
        }
        const bool failed = sent->state == QLatin1String("FAILED") || (!sent->deadline.isValid() && !sent->result);
        if (sent->result || !sent->deadline.isValid()) {
            // Answered in full, or refused: nothing more will come.
            setOutcome(sent->result ? tr("%1: result %2").arg(label, sent->state)
                                    : tr("%1: %2").arg(label, sent->state) + (sent->error.isEmpty() ? QString() : QStringLiteral(": ") + sent->error),
                       failed || (sent->result && sent->state != QLatin1String("ACCEPTED")));
        } else {
            m_awaited = sent->uid;
            m_awaitedLabel = label;
            setOutcome(tr("%1: %2, waiting for the result").arg(label, sent->state), false);
        }
        refresh();
    });
}

void ChargingProfilesPage::setOutcome(const QString &text, bool failure)
{
    m_outcome->setStyleSheet(failure ? QStringLiteral("color: #b02020") : QString());
    m_outcome->setText(text);
}

} // namespace ocpi
