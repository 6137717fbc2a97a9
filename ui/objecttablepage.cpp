#include "objecttablepage.h"

#include <QHeaderView>
#include <QTableView>

namespace ocpi {

ObjectTablePage::ObjectTablePage(NodeController &node, const QString &module,
                                 QList<ObjectTableModel::Column> columns, QWidget *parent)
    : ObjectListPage(node, module, parent)
{
    m_model = new ObjectTableModel(std::move(columns), this);
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Objects: %1").arg(module));
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->horizontalHeader()->setDefaultSectionSize(16 * digit);
    setModel(m_model, m_view);
}

void ObjectTablePage::applySteps(RowSteps<ObjectRow> steps)
{
    m_model->applySteps(std::move(steps));
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_columnsSized = true;
        sizeColumnsToContent();
    }
}

void ObjectTablePage::sizeColumnsToContent()
{
    QHeaderView *header = m_view->horizontalHeader();
    if (header->property(kLayoutRestoredProperty).toBool())
        return;
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // The last column stretches over what is left.
    for (int column = 0; column + 1 < m_model->columnCount(); ++column) {
        m_view->resizeColumnToContents(column);
        header->resizeSection(column, qBound(6 * digit, header->sectionSize(column) + digit, 60 * digit));
    }
}

const ObjectRow *ObjectTablePage::objectAt(const QModelIndex &sourceIndex) const
{
    return sourceIndex.isValid() ? &m_model->object(sourceIndex.row()) : nullptr;
}

} // namespace ocpi
