#pragma once

#include "rowmerge.h"

#include <QAbstractTableModel>

#include <vector>

namespace ocpi {

// A flat table whose rows a refresh brings to a fresh list (rowmerge.h): the structural signals of
// QAbstractItemModel for removed, inserted and moved rows, and dataChanged over the whole row for a
// row whose content changed (`same` says whether it did). Either merged here (mergeTableRows) or
// merged in the node thread and replayed here (replayTableRows).
class MergingTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    template <typename Row, typename KeyFn, typename SameFn>
    void mergeTableRows(std::vector<Row> &rows, std::vector<Row> fresh, KeyFn key, SameFn same)
    {
        TableRowHooks<MergingTableModel, Row, SameFn> hooks{this, std::move(same)};
        mergeRows(rows, std::move(fresh), key, hooks);
    }

    template <typename ModelRow, typename Row, typename MakeFn, typename SameFn>
    void replayTableRows(std::vector<ModelRow> &rows, RowSteps<Row> steps, MakeFn make, SameFn same)
    {
        TableRowHooks<MergingTableModel, ModelRow, SameFn> hooks{this, std::move(same)};
        replayRows(rows, std::move(steps), make, hooks);
    }

private:
    template <typename, typename, typename>
    friend struct TableRowHooks;
};

} // namespace ocpi
