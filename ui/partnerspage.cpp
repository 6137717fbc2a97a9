#include "partnerspage.h"

#include "invitedialog.h"
#include "nodecontroller.h"
#include "partnercontroller.h"
#include "parkeddeliveriesview.h"
#include "partnerdetailsview.h"
#include "partnersmodel.h"
#include "registerwizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ocpi {

namespace {

// Often enough to notice `ocpi-node` commands run next to the console, rarely enough to cost
// nothing (one small SELECT in the node thread).
constexpr int kPollIntervalMs = 3000;

} // namespace

PartnersPage::PartnersPage(NodeController &node, QWidget *parent) : QWidget(parent), m_node(node)
{
    m_partners = new PartnerController(node, this);
    m_model = new PartnersModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PartnersModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_invite = new QPushButton(tr("Invite partner…"), this);
    m_invite->setToolTip(tr("Issue a registration token (token A) for a partner that will register with this node"));
    m_register = new QPushButton(tr("Register with partner…"), this);
    m_register->setToolTip(tr("Register this node with a partner that gave you its versions URL and a token A"));
    m_update = new QPushButton(tr("Update credentials"), this);
    m_update->setToolTip(tr("Exchange new tokens with the selected partner"));
    m_pull = new QPushButton(tr("Pull now"), this);
    m_pull->setToolTip(tr("Fetch the partner's locations, tariffs and tokens (what changed since the last pull)"));
    m_retryParked = new QPushButton(tr("Send refused pushes again"), this);
    m_retryParked->setToolTip(tr("Queue the deliveries the partner refused (parked) again, once the cause is fixed "
                                 "(ocpi-node outbox retry)"));
    m_unregister = new QPushButton(tr("Unregister"), this);
    m_unregister->setToolTip(tr("End the connection with the selected partner; its tokens stop working"));
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setToolTip(tr("Delete an invited, failed or unregistered partner with its tokens and queued deliveries "
                            "(ocpi-node partners remove)"));
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_invite);
    toolbar->addWidget(m_register);
    toolbar->addStretch(1);
    toolbar->addWidget(m_update);
    toolbar->addWidget(m_pull);
    toolbar->addWidget(m_retryParked);
    toolbar->addWidget(m_unregister);
    toolbar->addWidget(m_remove);

    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Partners"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PartnersModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->horizontalHeader()->resizeSection(PartnersModel::NameColumn, 22 * digit);
    m_view->horizontalHeader()->resizeSection(PartnersModel::PartiesColumn, 16 * digit);
    m_view->horizontalHeader()->resizeSection(PartnersModel::StateColumn, 30 * digit);

    m_details = new PartnerDetailsView(this);
    m_parkedView = new ParkedDeliveriesView(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->addWidget(m_parkedView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_outcome);
    layout->addWidget(splitter, 1);

    connect(m_invite, &QPushButton::clicked, this, &PartnersPage::openInviteDialog);
    connect(m_register, &QPushButton::clicked, this, &PartnersPage::openRegisterWizard);
    connect(m_update, &QPushButton::clicked, this, &PartnersPage::updateSelected);
    connect(m_pull, &QPushButton::clicked, this, &PartnersPage::pullSelected);
    connect(m_retryParked, &QPushButton::clicked, this, &PartnersPage::retryParkedOfSelected);
    connect(m_unregister, &QPushButton::clicked, this, &PartnersPage::unregisterSelected);
    connect(m_remove, &QPushButton::clicked, this, &PartnersPage::removeSelected);
    connect(m_details, &PartnerDetailsView::encodingChangeRequested, this, &PartnersPage::changeEncoding);
    connect(m_parkedView, &ParkedDeliveriesView::dropRequested, this, &PartnersPage::dropParked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PartnersPage::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PartnersPage::showCurrent);
    // Rows change in place on refresh; the details follow their row.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PartnersPage::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PartnersPage::showCurrent);

    // Every change this node makes (the wizard's failures included) comes through here.
    connect(m_partners, &PartnerController::partnersChanged, this, &PartnersPage::refresh);
    connect(&m_node, &NodeController::started, this, &PartnersPage::refresh);
    for (auto signal : {&NodeController::started, &NodeController::failed})
        connect(&m_node, signal, this, &PartnersPage::updateButtons);
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollIntervalMs);
    // Polled only while shown (showEvent catches up); the node's own changes arrive regardless.
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_poll->start();
    refresh();
    updateButtons();
}

QString PartnersPage::outcomeText() const
{
    return m_outcome->text();
}

void PartnersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

int PartnersPage::refreshInterval() const
{
    return m_poll->interval();
}

void PartnersPage::setRefreshInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void PartnersPage::refresh()
{
    if (!m_partners->isAvailable())
        return;
    if (m_listing) {
        m_listAgain = true; // the answer on its way may predate the change that asked for this
        return;
    }
    m_listing = true;
    m_partners->listPartners(this, [this](Result<QList<Partner>> partners) { onListed(partners); });
    m_partners->backlog(this, [this](Result<QList<PartnerBacklog>> backlog) {
        if (!backlog)
            return;
        m_details->setBacklog(*backlog);
        m_parked.clear();
        for (const PartnerBacklog &entry : *backlog)
            m_parked.insert(entry.partnerId, entry.parked);
        updateButtons();
    });
    loadParked();
}

void PartnersPage::loadParked()
{
    const qint64 id = selectedPartnerId();
    if (id == 0) {
        m_parkedView->setEntries({});
        return;
    }
    m_partners->parkedDeliveries(id, this, [this, id](Result<QList<OutboxEntry>> entries) {
        // An answer for a partner no longer selected is left alone.
        if (entries && selectedPartnerId() == id)
            m_parkedView->setEntries(*entries);
    });
}

void PartnersPage::onListed(const Result<QList<Partner>> &partners)
{
    m_listing = false;
    if (partners) {
        m_model->setPartners(*partners);
        if (m_selectAfterRefresh != 0 && selectPartner(m_selectAfterRefresh))
            m_selectAfterRefresh = 0;
        showCurrent();
    } else {
        setOutcome(tr("Could not read the partners: %1").arg(partners.error().message), true);
    }
    if (m_listAgain) {
        m_listAgain = false;
        refresh();
    }
}

bool PartnersPage::selectPartner(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

std::optional<Partner> PartnersPage::selectedPartner() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->selectionModel()->currentIndex());
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(m_view->selectionModel()->currentIndex().row()))
        return std::nullopt;
    return m_model->partner(current.row());
}

qint64 PartnersPage::selectedPartnerId() const
{
    const auto partner = selectedPartner();
    return partner ? partner->id : 0;
}

void PartnersPage::showCurrent()
{
    const auto partner = selectedPartner();
    if (!partner) {
        m_shown.reset();
        m_parkedView->setEntries({});
        m_details->showMessage(m_model->rowCount() == 0 ? tr("No partners yet: invite one or register with one.")
                                                        : tr("Select a partner to see its details."));
    } else if (!m_shown || !PartnersModel::sameContent(*m_shown, *partner)) {
        // Only on a change, so a refresh does not reset what the operator is looking at.
        const bool otherPartner = !m_shown || m_shown->id != partner->id;
        m_shown = partner;
        m_details->showPartner(*partner);
        if (otherPartner) {
            m_parkedView->setEntries({});
            loadParked();
        }
    }
    updateButtons();
}

void PartnersPage::updateButtons()
{
    const bool running = m_partners->isAvailable();
    m_invite->setEnabled(running);
    m_register->setEnabled(running);
    const auto partner = selectedPartner();
    const bool idle = partner && !m_busy.contains(partner->id);
    m_update->setEnabled(running && idle && partner->state == PartnerState::Registered);
    m_pull->setEnabled(running && idle && partner->state == PartnerState::Registered);
    m_retryParked->setEnabled(running && idle && m_parked.value(partner->id) > 0);
    m_parkedView->setActionsEnabled(running && idle);
    m_unregister->setEnabled(running && idle && partner->state != PartnerState::Unregistered);
    // Enabled for a registered partner too: pressing it says why it cannot go (the node decides).
    m_remove->setEnabled(running && idle);
}

void PartnersPage::setOutcome(const QString &text, bool failure)
{
    m_outcome->setStyleSheet(failure ? QStringLiteral("color: #b02020") : QString());
    m_outcome->setText(text);
}

InviteDialog *PartnersPage::openInviteDialog()
{
    auto *dialog = new InviteDialog(*m_partners, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InviteDialog::invited, this, [this](qint64 partnerId) {
        m_selectAfterRefresh = partnerId;
        refresh();
    });
    dialog->open();
    return dialog;
}

RegisterWizard *PartnersPage::openRegisterWizard()
{
    auto *wizard = new RegisterWizard(*m_partners, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RegisterWizard::registered, this, [this](const Partner &partner) {
        setOutcome(tr("Registered with %1.").arg(partner.label()), false);
        m_selectAfterRefresh = partner.id;
        refresh();
    });
    wizard->open();
    return wizard;
}

void PartnersPage::updateSelected()
{
    if (const auto partner = selectedPartner())
        runAction(partner->id, partner->label(), true);
}

QMessageBox *PartnersPage::unregisterSelected()
{
    const auto partner = selectedPartner();
    if (!partner)
        return nullptr;
    const qint64 id = partner->id;
    const QString label = partner->label();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unregister"),
                                tr("Unregister from %1?\n\nThe partner is told first; then every token between "
                                   "the two nodes stops working, whatever it answers.")
                                    .arg(label),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Unregister"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id, label](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            runAction(id, label, false);
    });
    box->open();
    return box;
}

QMessageBox *PartnersPage::removeSelected()
{
    const auto partner = selectedPartner();
    if (!partner)
        return nullptr;
    const qint64 id = partner->id;
    const QString label = partner->label();
    auto remove = [this, id, label] {
        m_partners->remove(id, this, [this, label](Result<Partner> removed) {
            if (!removed)
                setOutcome(tr("Cannot remove %1: %2").arg(label, removed.error().message), true);
            else
                setOutcome(tr("Removed %1 (it was %2).").arg(label, partnerStateName(removed->state)), false);
            refresh();
        });
    };
    // Nothing to confirm: the node refuses a registered partner, with the reason.
    if (partner->state == PartnerState::Registered || partner->state == PartnerState::Registering) {
        remove();
        return nullptr;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove partner"),
                                tr("Remove %1 (%2)?\n\nIts tokens, including an unused token A, stop working and its "
                                   "queued deliveries are dropped. Objects received from it stay.")
                                    .arg(label, partnerStateName(partner->state)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [box, remove](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            remove();
    });
    box->open();
    return box;
}

QMessageBox *PartnersPage::dropParked(qint64 deliveryId)
{
    const auto partner = selectedPartner();
    if (!partner)
        return nullptr;
    const QString label = partner->label();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Drop parked delivery"),
                                tr("Drop delivery %1 to %2?\n\nThe partner never receives it, and it cannot be queued "
                                   "again.")
                                    .arg(deliveryId)
                                    .arg(label),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Drop"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, deliveryId, label](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        m_partners->dropParked(deliveryId, this, [this, deliveryId, label](Result<bool> dropped) {
            if (!dropped)
                setOutcome(tr("Cannot drop delivery %1: %2").arg(deliveryId).arg(dropped.error().message), true);
            else if (!*dropped)
                setOutcome(tr("Delivery %1 is no longer parked (sent again or dropped meanwhile).").arg(deliveryId), true);
            else
                setOutcome(tr("Delivery %1 to %2 dropped; the partner will not receive it.").arg(deliveryId).arg(label), false);
            refresh();
        });
    });
    box->open();
    return box;
}

std::optional<Partner> PartnersPage::startOnSelected()
{
    auto partner = selectedPartner();
    if (partner) {
        m_busy.append(partner->id);
        updateButtons();
    }
    return partner;
}

void PartnersPage::pullSelected()
{
    const auto partner = startOnSelected();
    if (!partner)
        return;
    const qint64 id = partner->id;
    const QString label = partner->label();
    setOutcome(tr("Pulling from %1…").arg(label), false);
    m_partners->pull(id, this, [this, id, label](Result<QList<PullReport>> reports) {
        m_busy.removeAll(id);
        if (!reports) {
            setOutcome(tr("Pulling from %1 failed: %2").arg(label, reports.error().message), true);
        } else {
            QStringList parts;
            for (const PullReport &report : *reports)
                parts << tr("%1: %2 stored, %3 skipped").arg(report.module).arg(report.stored).arg(report.skipped);
            setOutcome(tr("Pulled from %1: %2.").arg(label, parts.join(QStringLiteral("; "))), false);
        }
        updateButtons();
    });
}

void PartnersPage::retryParkedOfSelected()
{
    const auto partner = startOnSelected();
    if (!partner)
        return;
    const qint64 id = partner->id;
    const QString label = partner->label();
    m_partners->retryParked(id, this, [this, id, label](Result<int> queued) {
        m_busy.removeAll(id);
        if (!queued)
            setOutcome(tr("Cannot queue the refused pushes to %1 again: %2").arg(label, queued.error().message), true);
        else
            setOutcome(tr("%n refused push(es) to %1 queued again.", nullptr, *queued).arg(label), false);
        refresh();
    });
}

void PartnersPage::runAction(qint64 partnerId, const QString &label, bool update)
{
    m_busy.append(partnerId);
    updateButtons();
    setOutcome(update ? tr("Updating the credentials with %1…").arg(label) : tr("Unregistering from %1…").arg(label),
               false);
    auto done = [this, partnerId, label, update](Result<Partner> result) {
        m_busy.removeAll(partnerId);
        if (!result) {
            setOutcome(update ? tr("Updating the credentials with %1 failed: %2").arg(label, result.error().message)
                              : tr("Unregistering from %1 failed: %2").arg(label, result.error().message),
                       true);
        } else if (update) {
            setOutcome(tr("New credentials exchanged with %1.").arg(result->label()), false);
        } else {
            setOutcome(tr("Unregistered from %1: %2").arg(result->label(), result->stateReason), false);
        }
        refresh();
        updateButtons();
    };
    if (update)
        m_partners->updateCredentials(partnerId, this, std::move(done));
    else
        m_partners->unregister(partnerId, this, std::move(done));
}

void PartnersPage::changeEncoding(qint64 partnerId, EncodingSetting setting)
{
    m_partners->setEncoding(partnerId, setting, this, [this](Result<Partner> result) {
        if (result)
            setOutcome(tr("%1 now gets tokens encoded as: %2").arg(result->label(), encodingSettingName(result->encodingSetting)), false);
        else
            setOutcome(tr("Could not change the token encoding: %1").arg(result.error().message), true);
        refresh();
    });
}

} // namespace ocpi
