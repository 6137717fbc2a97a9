#pragma once

#include "objectrow.h"
#include "rowmerge.h"

#include "mergingtablemodel.h"

#include <functional>
#include <vector>

namespace ocpi {

// The objects of one flat module (tariffs, tokens) as a table whose columns the page describes.
// setObjects() merges a fresh listing by object identity (insert, remove, change in place), so a
// refresh keeps the selection. Speaks the ObjectRole roles for ObjectFilterProxy and ObjectListPage.
class ObjectTableModel : public MergingTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString title;
        std::function<QVariant(const ObjectRow &)> display;
        // For sorting; empty: the displayed value.
        std::function<QVariant(const ObjectRow &)> sort = {};
        // The cell's tooltip (a CDR's cost breakdown); empty or a null answer: the row's source.
        std::function<QVariant(const ObjectRow &)> toolTip = {};
    };

    explicit ObjectTableModel(QList<Column> columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setObjects(const QList<ObjectRow> &objects);
    // Steps worked out from what the model holds (ObjectDelta, in the node thread): the GUI thread
    // touches only the rows that changed.
    void applySteps(RowSteps<ObjectRow> steps);
    const ObjectRow &object(int row) const { return m_rows.at(size_t(row)); }
    int rowOf(const QString &identity) const;

    // Columns every module has.
    static Column ownerColumn();
    static Column lastUpdatedColumn();
    static Column sourceColumn();
    // A top-level JSON field shown as it is (strings, numbers, booleans as "yes"/"no").
    static Column fieldColumn(const QString &title, const QString &field);

private:
    QList<Column> m_columns;
    std::vector<ObjectRow> m_rows;
};

} // namespace ocpi
