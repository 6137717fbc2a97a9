#include "parkeddeliveriesview.h"

#include "core/datetime.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ocpi {

namespace {

enum Column { IdColumn, ModuleColumn, RequestColumn, TriesColumn, AnswerColumn, ColumnCount };

} // namespace

ParkedDeliveriesView::ParkedDeliveriesView(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(tr("Refused by the partner (parked)"), this);
    m_drop = new QPushButton(tr("Drop…"), this);
    m_drop->setToolTip(tr("Discard the selected parked delivery: the partner never receives it (ocpi-node outbox drop)"));
    m_drop->setAccessibleName(tr("Drop the selected parked delivery"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Parked deliveries"));
    m_table->setHorizontalHeaderLabels({tr("ID"), tr("Module"), tr("Request"), tr("Tries"), tr("Partner's answer")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_drop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ParkedDeliveriesView::updateButton);
    connect(m_drop, &QPushButton::clicked, this, [this] {
        if (const auto entry = selectedEntry())
            emit dropRequested(entry->id);
    });
    updateButton();
}

void ParkedDeliveriesView::setEntries(const QList<OutboxEntry> &entries)
{
    const auto selected = selectedEntry();
    m_entries = entries;
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const OutboxEntry &entry = entries.at(row);
        const QString request = QString::fromLatin1(entry.method) + QLatin1Char(' ')
                                + (entry.url.isEmpty() ? entry.path : entry.url);
        const QStringList cells{QString::number(entry.id), entry.module, request, QString::number(entry.attempts),
                                entry.lastError};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == AnswerColumn ? entry.lastError
                                                    : tr("queued %1").arg(formatDateTime(entry.createdAt)));
            m_table->setItem(row, column, item);
        }
    }
    m_title->setText(entries.isEmpty() ? tr("Refused by the partner (parked): none")
                                       : tr("Refused by the partner (parked): %n", nullptr, int(entries.size())));
    if (!selected || !selectDelivery(selected->id))
        m_table->clearSelection();
    updateButton();
}

void ParkedDeliveriesView::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    updateButton();
}

std::optional<OutboxEntry> ParkedDeliveriesView::selectedEntry() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return std::nullopt;
    const int row = ranges.first().topRow();
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

bool ParkedDeliveriesView::selectDelivery(qint64 id)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void ParkedDeliveriesView::updateButton()
{
    m_drop->setEnabled(m_actionsEnabled && selectedEntry().has_value());
}

} // namespace ocpi
