#pragma once

#include "objectlistpage.h"
#include "objecttablemodel.h"

class QTableView;

namespace ocpi {

// A page for a flat module (tariffs, tokens): ObjectListPage over a table of the columns the module
// names. Derived pages add their actions and the template for New.
class ObjectTablePage : public ObjectListPage
{
    Q_OBJECT

public:
    ObjectTablePage(NodeController &node, const QString &module, QList<ObjectTableModel::Column> columns,
                    QWidget *parent = nullptr);

    ObjectTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void applySteps(RowSteps<ObjectRow> steps) override;
    const ObjectRow *objectAt(const QModelIndex &sourceIndex) const override;

private:
    // Once, at the first rows: each column as wide as its content, within bounds, so an id or a
    // price summary is not cut while a short column takes the room. A layout the operator saved
    // (MainWindow::rememberLayout) wins.
    void sizeColumnsToContent();

    ObjectTableModel *m_model;
    QTableView *m_view;
    bool m_columnsSized = false;
};

} // namespace ocpi
