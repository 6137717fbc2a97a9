#include "reservationspage.h"

#include "commandscontroller.h"
#include "core/datetime.h"
#include "listreader.h"
#include "nodecontroller.h"
#include "objecttablemodel.h"
#include "pageparts.h"
#include "reservationdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ocpi {

namespace {

QString field(const ObjectRow &row, const char *name)
{
    return row.json.value(QLatin1String(name)).toString();
}

QString windowText(const ObjectRow &row)
{
    const auto start = parseDateTime(field(row, "start"));
    const auto end = parseDateTime(field(row, "end"));
    if (!start || !end)
        return QString();
    return QStringLiteral("%1 – %2").arg(ObjectRow::formatTime(*start), ObjectRow::formatTime(*end));
}

QString priceText(const ObjectRow &row)
{
    const QJsonObject price = row.json.value(QLatin1String("price")).toObject();
    if (price.isEmpty())
        return QString();
    return ReservationsPage::tr("%1 %2 excl. VAT").arg(price.value(QLatin1String("excl_vat")).toDouble(), 0, 'f', 2).arg(field(row, "currency"));
}

QList<ObjectTableModel::Column> columns(const QList<PartyRole> &ourParties)
{
    return {
        ObjectTableModel::fieldColumn(ReservationsPage::tr("Id"), QStringLiteral("id")),
        ObjectTableModel::fieldColumn(ReservationsPage::tr("Status"), QStringLiteral("status")),
        // The key is the eMSP's party: ours when we asked, the partner's when it asked us.
        {ReservationsPage::tr("Side"),
         [ourParties](const ObjectRow &row) {
             return QVariant(holdsParty(ourParties, row.stored.key.owner, Role::EMSP) ? ReservationsPage::tr("we asked")
                                                                                    : ReservationsPage::tr("asked of us"));
         }},
        {ReservationsPage::tr("Where"),
         [](const ObjectRow &row) { return QVariant(field(row, "location_id") + QLatin1Char('/') + field(row, "evse_uid")); }},
        {ReservationsPage::tr("Token"),
         [](const ObjectRow &row) { return QVariant(row.json.value(QLatin1String("token")).toObject().value(QLatin1String("uid")).toString()); }},
        {ReservationsPage::tr("Window"), [](const ObjectRow &row) { return QVariant(windowText(row)); }},
        {ReservationsPage::tr("Price"), [](const ObjectRow &row) { return QVariant(priceText(row)); }},
        {ReservationsPage::tr("Reason"), [](const ObjectRow &row) { return QVariant(field(row, "reason")); }},
        ObjectTableModel::sourceColumn(),
        ObjectTableModel::lastUpdatedColumn(),
    };
}

} // namespace

ReservationsPage::ReservationsPage(NodeController &node, QWidget *parent) : QWidget(parent)
{
    m_reservations = new ReservationsController(node, this);
    m_objects = new CommandsController(node, this);
    m_model = new ObjectTableModel(columns(node.config().parties), this);

    m_request = new QPushButton(tr("Ask for a reservation…"), this);
    m_accept = new QPushButton(tr("Accept offer"), this);
    m_accept->setToolTip(tr("Accept the selected offer: the CPO holds the EVSE from the window's start"));
    m_cancel = new QPushButton(tr("Cancel reservation"), this);
    m_cancel->setToolTip(tr("Cancel the selected reservation at the CPO (an active one frees its EVSE at once)"));
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);

    m_view = makeRowsView(m_model, tr("Reservations"), this);
    m_details = makeDetailsPane(tr("Selected reservation"), QPlainTextEdit::WidgetWidth, this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Time windows on an EVSE, offered with their price (custom module)"), this), 1);
    for (QPushButton *button : {m_request, m_accept, m_cancel})
        toolbar->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_outcome);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    connect(m_request, &QPushButton::clicked, this, &ReservationsPage::openRequestDialog);
    connect(m_accept, &QPushButton::clicked, this, [this] { answerSelected(QStringLiteral("ACCEPTED")); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { answerSelected(QStringLiteral("CANCELLED")); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReservationsPage::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReservationsPage::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReservationsPage::showCurrent);
    m_reader = new ListReader(
        this, [this] { return m_reservations->isAvailable(); },
        [this](std::function<void()> done) {
            m_reservations->list(this, [this, done](Result<ObjectListing> listing) {
                onListed(listing);
                done();
            });
        });
    connect(m_reservations, &ReservationsController::reservationsChanged, m_reader, &ListReader::changed);
    followNode(node, this, [this] { refresh(); }, [this] { updateActions(); });
    if (!m_reservations->isEnabled())
        setOutcome(tr("Reservations are off on this node: start it with --reservations on (or OCPI_RESERVATIONS=on, "
                      "or reservations=on in its settings file)."),
                   false);
    showCurrent();
    refresh();
}

QString ReservationsPage::outcomeText() const
{
    return m_outcome->text();
}

void ReservationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReservationsPage::refresh()
{
    m_reader->refresh();
}

void ReservationsPage::onListed(const Result<ObjectListing> &listing)
{
    if (listing) {
        m_model->setObjects(ObjectRow::fromListing(*listing));
        m_view->resizeColumnsToContents();
        m_summary->setText(listing->truncated ? tr("the newest %1 reservations").arg(listing->objects.size())
                                              : tr("%n reservation(s)", nullptr, int(listing->objects.size())));
        if (!m_selectAfterRefresh.isEmpty() && selectReservation(m_selectAfterRefresh))
            m_selectAfterRefresh.clear();
        showCurrent();
        ++m_listings;
        emit listed();
    } else {
        setOutcome(tr("Could not read the reservations: %1").arg(listing.error().message), true);
    }
}

bool ReservationsPage::selectReservation(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->object(row).stored.key.id.compare(id, Qt::CaseInsensitive) == 0) {
            const QModelIndex index = m_model->index(row, 0);
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

const ObjectRow *ReservationsPage::selectedOwn() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    const ObjectRow &row = m_model->object(current.row());
    return holdsParty(m_reservations->ourParties(), row.stored.key.owner, Role::EMSP) ? &row : nullptr;
}

void ReservationsPage::showCurrent()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString text = current.isValid() ? ObjectRow::prettyJson(m_model->object(current.row()).json)
                                           : tr("Select a reservation to see it whole.");
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
    updateActions();
}

void ReservationsPage::updateActions()
{
    const bool available = m_reservations->isAvailable();
    m_request->setEnabled(available && m_reservations->canRequest());
    m_request->setToolTip(m_reservations->canRequest() ? tr("Ask a partner CPO for a time window on one of its EVSEs")
                                                       : tr("Reservations are asked for as an eMSP: this node hosts no eMSP party"));
    const ObjectRow *own = available ? selectedOwn() : nullptr;
    const QString status = own ? field(*own, "status") : QString();
    m_accept->setEnabled(status == QLatin1String("OFFERED"));
    m_cancel->setEnabled(status == QLatin1String("OFFERED") || status == QLatin1String("ACCEPTED")
                         || status == QLatin1String("ACTIVE"));
}

ReservationDialog *ReservationsPage::openRequestDialog()
{
    if (!m_reservations->isAvailable() || !m_reservations->canRequest())
        return nullptr;
    auto *dialog = new ReservationDialog(*m_reservations, *m_objects, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReservationDialog::answered, this, [this](const QJsonObject &reservation) {
        const QString status = reservation.value(QLatin1String("status")).toString();
        const QString id = reservation.value(QLatin1String("id")).toString();
        setOutcome(status == QLatin1String("REJECTED")
                       ? tr("%1: the CPO refused: %2").arg(id, reservation.value(QLatin1String("reason")).toString())
                       : tr("%1: %2 by the CPO.").arg(id, status),
                   status == QLatin1String("REJECTED"));
        m_selectAfterRefresh = id;
        refresh();
    });
    dialog->open();
    return dialog;
}

void ReservationsPage::answerSelected(const QString &status)
{
    const ObjectRow *own = selectedOwn();
    if (!own)
        return;
    const ObjectKey key = own->stored.key;
    const QString id = field(*own, "id");
    m_accept->setEnabled(false);
    m_cancel->setEnabled(false);
    m_reservations->answer(own->stored.partnerId, key, status, this, [this, id, status](Result<QJsonObject> answered) {
        if (answered)
            setOutcome(tr("%1: %2.").arg(id, answered->value(QLatin1String("status")).toString()), false);
        else
            setOutcome(tr("%1 could not be %2: %3").arg(id, status == QLatin1String("ACCEPTED") ? tr("accepted") : tr("cancelled"),
                                                        answered.error().message),
                       true);
        m_selectAfterRefresh = id;
        refresh();
    });
}

void ReservationsPage::setOutcome(const QString &text, bool failure)
{
    m_outcome->setStyleSheet(failure ? QStringLiteral("color: #b02020") : QString());
    m_outcome->setText(text);
}

} // namespace ocpi
