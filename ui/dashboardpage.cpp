#include "dashboardpage.h"

#include "figureswatch.h"
#include "partnerfiguresmodel.h"
#include "ratechart.h"
#include "statuspage.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ocpi {

DashboardPage::DashboardPage(NodeController &node, FiguresWatch &figures, QWidget *parent)
    : QWidget(parent), m_figures(figures)
{
    m_tiles = new QWidget(this);
    new QHBoxLayout(m_tiles);
    m_tiles->layout()->setContentsMargins(0, 0, 0, 0);
    m_partnersTile = addTile(tr("Partners online"), QStringLiteral("partners"));
    m_sessionsTile = addTile(tr("Sessions active"), QStringLiteral("sessions"));
    m_energyTile = addTile(tr("Energy delivered today"), QStringLiteral("sessions"));
    m_outboxTile = addTile(tr("Outbox backlog"), QStringLiteral("partners"));
    m_errorsTile = addTile(tr("Errors in the last hour"), QStringLiteral("traffic"));

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_chart = new RateChart(this);
    connect(m_chart, &RateChart::clicked, this, [this] { emit openPage(QStringLiteral("traffic")); });
    auto *chartBox = new QGroupBox(tr("Requests and errors per minute, last hour"), this);
    (new QVBoxLayout(chartBox))->addWidget(m_chart);

    m_partnersModel = new PartnerFiguresModel(this);
    m_partnersView = new QTableView(this);
    m_partnersView->setModel(m_partnersModel);
    m_partnersView->setAccessibleName(tr("Partners and their state"));
    m_partnersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_partnersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_partnersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_partnersView->verticalHeader()->hide();
    m_partnersView->setWordWrap(false);
    // The state (with its reason) is what an operator reads; it takes the room left.
    QHeaderView *header = m_partnersView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PartnerFiguresModel::Health, QHeaderView::Stretch);
    const auto open = [this](const QModelIndex &index) {
        if (index.isValid())
            emit openPartner(index.data(PartnerFiguresModel::PartnerIdRole).toLongLong());
    };
    connect(m_partnersView, &QTableView::activated, this, open);
    connect(m_partnersView, &QTableView::doubleClicked, this, open);
    auto *partnersBox = new QGroupBox(tr("Partners (double-click or Enter opens one)"), this);
    (new QVBoxLayout(partnersBox))->addWidget(m_partnersView);

    m_status = new StatusPage(node, this);
    auto *nodeBox = new QGroupBox(tr("This node"), this);
    (new QVBoxLayout(nodeBox))->addWidget(m_status);

    auto *lower = new QHBoxLayout;
    lower->addWidget(partnersBox, 3);
    lower->addWidget(nodeBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tiles);
    layout->addWidget(m_problem);
    layout->addWidget(chartBox);
    layout->addLayout(lower, 1);

    connect(&m_figures, &FiguresWatch::figuresChanged, this, &DashboardPage::showFigures);
    showFigures();
}

QPushButton *DashboardPage::addTile(const QString &accessibleName, const QString &pageKey)
{
    auto *tile = new QPushButton(m_tiles);
    tile->setAccessibleName(accessibleName);
    tile->setMinimumHeight(fontMetrics().height() * 4);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_tiles->layout()->addWidget(tile);
    connect(tile, &QPushButton::clicked, this, [this, pageKey] { emit openPage(pageKey); });
    return tile;
}

void DashboardPage::showFigures()
{
    const QLocale locale;
    m_problem->setVisible(!m_figures.lastError().isEmpty());
    m_problem->setText(tr("Could not read the figures: %1").arg(m_figures.lastError()));
    const NodeFigures &f = m_figures.figures();
    const auto show = [](QPushButton *tile, const QString &figure) {
        tile->setText(figure + QLatin1Char('\n') + tile->accessibleName());
        tile->setAccessibleDescription(figure);
    };
    if (!m_figures.hasFigures()) {
        for (QPushButton *tile : {m_partnersTile, m_sessionsTile, m_energyTile, m_outboxTile, m_errorsTile})
            show(tile, QStringLiteral("–"));
        return;
    }
    show(m_partnersTile, tr("%1 of %2").arg(locale.toString(f.partnersOnline()), locale.toString(f.partners.size())));
    show(m_sessionsTile, locale.toString(f.activeSessions));
    show(m_energyTile, tr("%1 kWh").arg(locale.toString(f.energyTodayKwh, 'f', 1)));
    show(m_outboxTile, f.parked > 0 ? tr("%1 waiting, %2 parked").arg(locale.toString(f.pending), locale.toString(f.parked))
                                    : tr("%1 waiting").arg(locale.toString(f.pending)));
    show(m_errorsTile, locale.toString(f.errorsLastHour()));
    m_chart->setMinutes(f.lastHour);
    m_partnersModel->setPartners(f.partners);
}

} // namespace ocpi
