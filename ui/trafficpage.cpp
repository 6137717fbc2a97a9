#include "trafficpage.h"

#include "nodecall.h"
#include "nodecontroller.h"
#include "store/database.h"
#include "traffic/harwriter.h"
#include "traffic/trafficreplay.h"
#include "traffic/trafficstore.h"
#include "trafficdetailview.h"
#include "trafficfilterbar.h"
#include "trafficmodel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ocpi {

namespace {

// Long URLs lose their middle, not their end: the end names the object.
class MiddleElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

TrafficPage::TrafficPage(NodeController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    // The request log is read in the node thread, never here.
    m_model = new TrafficModel(
        [&controller](QObject *receiver, TrafficModel::Read read, TrafficModel::Answer answer) {
            nodecall::post<TrafficModel::Records>(
                controller, receiver,
                [read = std::move(read)](NodeServices &node, nodecall::Done<TrafficModel::Records> done) {
                    done(read(node.trafficDatabase().connection()));
                },
                std::move(answer));
        },
        this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(TrafficModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by method, URL or partner"));
    m_filter->setAccessibleName(tr("Filter by method, URL or partner"));
    m_filter->setClearButtonEnabled(true);
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop adding new exchanges to the list while you inspect it"));
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setToolTip(tr("Empty the list; the request log itself is kept"));
    m_counter = new QLabel(this);
    m_replay = new QPushButton(tr("Replay"), this);
    m_replay->setToolTip(tr("Send the selected outgoing request again to its partner, with the current token"));
    m_export = new QPushButton(tr("Export HAR…"), this);
    m_export->setToolTip(tr("Save the selected exchanges (all shown when none is selected) as a HAR 1.2 file"));
    m_filterBar = new TrafficFilterBar(this);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_pause);
    toolbar->addWidget(clear);
    toolbar->addWidget(m_replay);
    toolbar->addWidget(m_export);
    toolbar->addWidget(m_counter);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Exchanges"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setItemDelegateForColumn(TrafficModel::UrlColumn, new MiddleElideDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Fixed widths: measuring contents would read every row on each batch under load.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // The time is short (today's entries without a date); the status is wide enough for "Connection
    // refused"; the URL takes what is left and is cut in the middle.
    header->resizeSection(TrafficModel::TimeColumn, 14 * digit);
    header->resizeSection(TrafficModel::DirectionColumn, 5 * digit);
    header->resizeSection(TrafficModel::MethodColumn, 8 * digit);
    header->resizeSection(TrafficModel::PartnerColumn, 14 * digit);
    header->resizeSection(TrafficModel::ObjectColumn, 22 * digit);
    header->resizeSection(TrafficModel::HttpStatusColumn, 18 * digit);
    header->resizeSection(TrafficModel::OcpiStatusColumn, 6 * digit);
    header->resizeSection(TrafficModel::DurationColumn, 8 * digit);
    header->setStretchLastSection(true);

    m_detail = new TrafficDetailView(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_filterBar, &TrafficFilterBar::filterChanged, m_model, &TrafficModel::setFilter);
    connect(m_replay, &QPushButton::clicked, this, &TrafficPage::replaySelected);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export as HAR"), QStringLiteral("traffic.har"),
                                                          tr("HTTP Archive (*.har);;All files (*)"));
        if (!path.isEmpty())
            exportHar(path);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrafficPage::updateActions);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        if (!paused)
            m_model->refresh();
    });
    connect(clear, &QPushButton::clicked, m_model, &TrafficModel::clear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCurrent(current); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TrafficPage::updateCounter);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TrafficPage::updateCounter);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TrafficPage::updateCounter);
    connect(m_model, &TrafficModel::readFinished, this, &TrafficPage::updateCounter); // older ones left or not

    connect(&m_controller, &NodeController::started, m_model, [this] {
        m_model->reload();
        reloadPartners();
    });
    // New partners appear in the log over time: their labels are read again with each reload.
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrafficPage::reloadPartners);
    connect(&m_controller, &NodeController::trafficRecorded, this, &TrafficPage::onTrafficRecorded);
    if (m_controller.isRunning()) {
        m_model->reload();
        reloadPartners();
    }
    updateCounter();
    updateActions();
}

QString TrafficPage::statusText() const
{
    return m_status->text();
}

QString TrafficPage::counterText() const
{
    return m_counter->text();
}

QList<qint64> TrafficPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(TrafficModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TrafficPage::updateActions()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_replay->setEnabled(false);
        m_replay->setToolTip(tr("Select one outgoing request to send it again"));
        return;
    }
    const int row = m_proxy->mapToSource(rows.first()).row();
    const Status allowed = row < 0 ? Status(Error::invalid(QString())) : trafficreplay::check(m_model->record(row));
    m_replay->setEnabled(allowed.ok());
    m_replay->setToolTip(allowed ? tr("Send this request again to its partner, with the current token")
                                 : tr("Cannot replay: %1").arg(allowed.error().message));
}

void TrafficPage::replaySelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        showStatus(tr("Select one outgoing request to replay."), true);
        emit replayFinished(false, statusText());
        return;
    }
    // The summary has no body: the full exchange is read first, then checked and sent.
    m_model->details(ids.first(), this, [this](std::optional<TrafficRecord> record) {
        if (!record) {
            showStatus(tr("The exchange is no longer in the request log."), true);
            emit replayFinished(false, statusText());
            return;
        }
        if (Status allowed = trafficreplay::check(*record); !allowed) {
            showStatus(tr("Cannot replay: %1").arg(allowed.error().message), true);
            emit replayFinished(false, statusText());
            return;
        }
        showStatus(tr("Replaying %1 %2…").arg(record->method, record->url), false);
        nodecall::post<OcpiReply>(
            m_controller, this,
            [record = *record](NodeServices &node, nodecall::Done<OcpiReply> done) {
                trafficreplay::replay(record, node.partners(), node.client(), std::move(done));
            },
            [this, method = record->method, url = record->url](Result<OcpiReply> reply) {
                if (!reply)
                    showStatus(tr("Cannot replay: %1").arg(reply.error().message), true);
                else
                    showStatus(tr("Replayed %1 %2: %3").arg(method, url, reply->describe()), !reply->ok());
                emit replayFinished(reply.ok(), statusText());
            });
    });
}

void TrafficPage::exportHar(const QString &path, std::function<void(bool)> done)
{
    QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids.append(m_proxy->index(row, 0).data(TrafficModel::IdRole).toLongLong());
    }
    const QString origin = m_controller.publicBase();
    m_model->detailsOf(ids, this, [this, path, origin, done = std::move(done)](Result<TrafficModel::Records> records) {
        bool written = false;
        if (!records) {
            showStatus(tr("Cannot export: %1").arg(records.error().message), true);
        } else {
            QSaveFile file(path);
            const QByteArray har =
                har::toJson(*records, {QStringLiteral("OCPI Node Console"), QStringLiteral(OCPI_NODE_VERSION)}, origin);
            written = file.open(QIODevice::WriteOnly) && file.write(har) == har.size() && file.commit();
            showStatus(written ? tr("Exported %n exchange(s) to %1", nullptr, int(records->size())).arg(path)
                               : tr("Cannot write %1: %2").arg(path, file.errorString()),
                       !written);
        }
        if (done)
            done(written);
    });
}

void TrafficPage::reloadPartners()
{
    nodecall::post<QStringList>(
        m_controller, this,
        [](NodeServices &node, nodecall::Done<QStringList> done) {
            done(TrafficStore::partners(node.trafficDatabase().connection()));
        },
        [this](Result<QStringList> partners) {
            if (partners)
                m_filterBar->setPartners(*partners);
        });
}

void TrafficPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #b02020; }") : QString());
    m_status->show();
}

bool TrafficPage::isPaused() const
{
    return m_pause->isChecked();
}

void TrafficPage::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

bool TrafficPage::selectId(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

void TrafficPage::onTrafficRecorded(qint64 lastId)
{
    if (!isPaused())
        m_model->refresh(lastId);
}

void TrafficPage::showCurrent(const QModelIndex &current)
{
    updateActions();
    if (!current.isValid()) {
        m_shownId = 0;
        m_detail->showMessage(tr("Select an exchange to see its headers and bodies."));
        return;
    }
    const qint64 id = current.data(TrafficModel::IdRole).toLongLong();
    if (id == m_shownId)
        return;
    m_shownId = id;
    m_detail->showMessage(tr("Reading exchange %1…").arg(id));
    m_model->details(id, this, [this, id](std::optional<TrafficRecord> record) {
        if (id != m_shownId) // another row was chosen meanwhile
            return;
        if (record)
            m_detail->showRecord(*record);
        else
            m_detail->showMessage(tr("Exchange %1 is no longer in the request log.").arg(id));
    });
}

void TrafficPage::updateCounter()
{
    const int shown = m_proxy->rowCount();
    const int held = m_model->rowCount();
    if (m_model->canFetchMore()) {
        m_counter->setText(shown == held
                               ? tr("Newest %n exchange(s); older ones are read as you scroll", nullptr, held)
                               : tr("%1 of the newest %n exchange(s); older ones are read as you scroll", nullptr, held)
                                     .arg(shown));
        return;
    }
    m_counter->setText(shown == held ? tr("%n exchange(s)", nullptr, held)
                                     : tr("%1 of %n exchange(s)", nullptr, held).arg(shown));
}

} // namespace ocpi
