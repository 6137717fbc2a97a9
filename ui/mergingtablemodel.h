#pragma once

#include "rowmerge.h"

#include <QAbstractTableModel>

#include <vector>

namespace ocpi {

// A flat table whose rows a refresh brings to a fresh list with mergeRows (rowmerge.h): the
// structural signals of QAbstractItemModel for removed, inserted and moved rows, and dataChanged
// over the whole row for a row whose content changed (`same` says whether it did).
class MergingTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    template <typename Row, typename KeyFn, typename SameFn>
    void mergeTableRows(std::vector<Row> &rows, std::vector<Row> fresh, KeyFn key, SameFn same)
    {
        // A local class has this member function's access to the protected begin*/end* calls.
        struct Hooks
        {
            MergingTableModel *m;
            SameFn same;
            void beginRemove(int first, int last) { m->beginRemoveRows(QModelIndex(), first, last); }
            void endRemove() { m->endRemoveRows(); }
            void beginInsert(int first, int last) { m->beginInsertRows(QModelIndex(), first, last); }
            void endInsert() { m->endInsertRows(); }
            void beginMove(int from, int to) { m->beginMoveRows(QModelIndex(), from, from, QModelIndex(), to); }
            void endMove() { m->endMoveRows(); }
            void update(int row, Row &current, Row &&updated)
            {
                if (same(current, updated))
                    return;
                current = std::move(updated);
                emit m->dataChanged(m->index(row, 0), m->index(row, m->columnCount() - 1));
            }
        } hooks{this, std::move(same)};
        mergeRows(rows, std::move(fresh), key, hooks);
    }
};

} // namespace ocpi
