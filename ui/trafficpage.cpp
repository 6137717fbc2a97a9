#include "trafficpage.h"

#include "nodecall.h"
#include "nodecontroller.h"
#include "store/database.h"
#include "trafficdetailview.h"
#include "trafficmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ocpi {

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
    m_filter->setClearButtonEnabled(true);
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop adding new exchanges to the list while you inspect it"));
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setToolTip(tr("Empty the list; the request log itself is kept"));
    m_counter = new QLabel(this);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_pause);
    toolbar->addWidget(clear);
    toolbar->addWidget(m_counter);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Fixed widths: measuring contents would read every row on each batch under load.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(TrafficModel::TimeColumn, 25 * digit);
    header->resizeSection(TrafficModel::DirectionColumn, 5 * digit);
    header->resizeSection(TrafficModel::MethodColumn, 8 * digit);
    header->resizeSection(TrafficModel::UrlColumn, 44 * digit);
    header->resizeSection(TrafficModel::PartnerColumn, 14 * digit);
    header->resizeSection(TrafficModel::HttpStatusColumn, 6 * digit);
    header->resizeSection(TrafficModel::OcpiStatusColumn, 6 * digit);
    header->setStretchLastSection(true);

    m_detail = new TrafficDetailView(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);

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

    connect(&m_controller, &NodeController::started, m_model, [this] { m_model->reload(); });
    connect(&m_controller, &NodeController::trafficRecorded, this, &TrafficPage::onTrafficRecorded);
    if (m_controller.isRunning())
        m_model->reload();
    updateCounter();
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
    m_counter->setText(shown == held ? tr("%n exchange(s)", nullptr, held)
                                     : tr("%1 of %n exchange(s)", nullptr, held).arg(shown));
}

} // namespace ocpi
