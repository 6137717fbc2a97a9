#pragma once

#include <QModelIndex>
#include <QSet>
#include <QString>

#include <algorithm>
#include <utility>
#include <vector>

namespace ocpi {

// Brings the rows under one parent of an item model to a fresh list, in the fresh list's order,
// with the fewest structural signals: removed rows go (runs of them in one signal), new rows come
// (runs in one signal), rows that moved are moved, rows that stayed are updated in place. A
// periodic refresh then keeps the views' selection, current index, expansion and scroll position,
// which a model reset would lose.
//
// `key(row)` names a row (unique within the list). `hooks` tells the model:
//   beginRemove(first, last), endRemove(), beginInsert(first, last), endInsert(),
//   beginMove(from, to) (one row, to < from), endMove(), update(index, Row &current, Row &&fresh).
// The rows vector has changed when an end*() hook runs (a tree renumbers its rows there).
template <typename Row, typename KeyFn, typename Hooks>
void mergeRows(std::vector<Row> &rows, std::vector<Row> fresh, KeyFn key, Hooks &hooks)
{
    // A duplicate key would leave two rows for one name; the first one wins (stored data is checked
    // for unique ids, so this only guards the walk below).
    QSet<QString> freshKeys;
    freshKeys.reserve(qsizetype(fresh.size()));
    fresh.erase(std::remove_if(fresh.begin(), fresh.end(),
                               [&](const Row &row) {
                                   const QString name = key(row);
                                   if (freshKeys.contains(name))
                                       return true;
                                   freshKeys.insert(name);
                                   return false;
                               }),
                fresh.end());

    // From the end, so the indexes of rows still to look at do not shift.
    for (int last = int(rows.size()) - 1; last >= 0;) {
        if (freshKeys.contains(key(rows[size_t(last)]))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !freshKeys.contains(key(rows[size_t(first - 1)])))
            --first;
        hooks.beginRemove(first, last);
        rows.erase(rows.begin() + first, rows.begin() + last + 1);
        hooks.endRemove();
        last = first - 1;
    }

    QSet<QString> oldKeys;
    oldKeys.reserve(qsizetype(rows.size()));
    for (const Row &row : rows)
        oldKeys.insert(key(row));

    // Now every old row is in `fresh`; walk `fresh` and make position i match it.
    size_t i = 0;
    while (i < fresh.size()) {
        const QString wanted = key(fresh[i]);
        if (!oldKeys.contains(wanted)) {
            size_t end = i + 1;
            while (end < fresh.size() && !oldKeys.contains(key(fresh[end])))
                ++end;
            hooks.beginInsert(int(i), int(end - 1));
            rows.insert(rows.begin() + qsizetype(i), std::make_move_iterator(fresh.begin() + qsizetype(i)),
                        std::make_move_iterator(fresh.begin() + qsizetype(end)));
            hooks.endInsert();
            i = end;
            continue;
        }
        if (key(rows[i]) != wanted) {
            // Positions before i are settled, so the row is further down.
            size_t from = i + 1;
            while (key(rows[from]) != wanted)
                ++from;
            hooks.beginMove(int(from), int(i));
            std::rotate(rows.begin() + qsizetype(i), rows.begin() + qsizetype(from), rows.begin() + qsizetype(from + 1));
            hooks.endMove();
        }
        hooks.update(int(i), rows[i], std::move(fresh[i]));
        ++i;
    }
}

// mergeRows()/replayRows() hooks for a flat table model: rows under the root, a changed row
// (`same(current, fresh)` false) replaced and announced over all its columns. The model declares
// `template <typename, typename, typename> friend struct TableRowHooks;` for the protected calls.
template <typename Model, typename Row, typename SameFn>
struct TableRowHooks
{
    Model *m;
    SameFn same;
    void beginRemove(int first, int last) { m->beginRemoveRows(QModelIndex(), first, last); }
    void endRemove() { m->endRemoveRows(); }
    void beginInsert(int first, int last) { m->beginInsertRows(QModelIndex(), first, last); }
    void endInsert() { m->endInsertRows(); }
    void beginMove(int from, int to) { m->beginMoveRows(QModelIndex(), from, from, QModelIndex(), to); }
    void endMove() { m->endMoveRows(); }
    void update(int row, Row &current, Row &&fresh)
    {
        if (same(current, fresh))
            return;
        current = std::move(fresh);
        emit m->dataChanged(m->index(row, 0), m->index(row, m->columnCount() - 1));
    }
};

// mergeRows() as a list of steps, recorded where the fresh list was read (the console's node
// thread) and replayed on a model in the GUI thread by replayRows(): the GUI then spends time on
// what changed only, not on every row held. `rows` carries the new rows of the Insert steps and
// the fresh rows of the Update steps, in step order.
struct RowStep
{
    enum Kind { Remove, Insert, Move, Update };
    Kind kind = Update;
    int first = 0; // Move: from
    int last = 0;  // Move: to
};

template <typename Row>
struct RowSteps
{
    std::vector<RowStep> steps;
    std::vector<Row> rows;
    bool isEmpty() const { return steps.empty(); }
};

// Hooks for mergeRows() that keep `rows` (a copy of what the model holds, by key) in step and
// record the steps. `fresh(row)` gives what the model needs for a recorded row; `same(a, b)`
// tells whether an update changes nothing.
template <typename Snapshot, typename Row, typename FreshFn, typename SameFn>
struct RowRecorder
{
    std::vector<Snapshot> &rows;
    RowSteps<Row> &out;
    FreshFn fresh;
    SameFn same;
    int pendingFirst = 0;
    int pendingLast = 0;

    void beginRemove(int first, int last) { out.steps.push_back({RowStep::Remove, first, last}); }
    void endRemove() {}
    void beginInsert(int first, int last)
    {
        pendingFirst = first;
        pendingLast = last;
    }
    void endInsert()
    {
        out.steps.push_back({RowStep::Insert, pendingFirst, pendingLast});
        for (int i = pendingFirst; i <= pendingLast; ++i)
            out.rows.push_back(fresh(rows[size_t(i)]));
    }
    void beginMove(int from, int to) { out.steps.push_back({RowStep::Move, from, to}); }
    void endMove() {}
    void update(int row, Snapshot &current, Snapshot &&next)
    {
        if (same(current, next))
            return;
        current = std::move(next);
        out.steps.push_back({RowStep::Update, row, row});
        out.rows.push_back(fresh(current));
    }
};

// Plays recorded steps on a model's rows with the hooks mergeRows() takes; `make(Row &&)` turns a
// recorded row into the model's row type.
template <typename ModelRow, typename Row, typename MakeFn, typename Hooks>
void replayRows(std::vector<ModelRow> &rows, RowSteps<Row> steps, MakeFn make, Hooks &hooks)
{
    size_t next = 0; // in steps.rows
    for (const RowStep &step : steps.steps) {
        switch (step.kind) {
        case RowStep::Remove:
            hooks.beginRemove(step.first, step.last);
            rows.erase(rows.begin() + step.first, rows.begin() + step.last + 1);
            hooks.endRemove();
            break;
        case RowStep::Insert: {
            hooks.beginInsert(step.first, step.last);
            std::vector<ModelRow> added;
            added.reserve(size_t(step.last - step.first + 1));
            for (int i = step.first; i <= step.last; ++i)
                added.push_back(make(std::move(steps.rows[next++])));
            rows.insert(rows.begin() + step.first, std::make_move_iterator(added.begin()),
                        std::make_move_iterator(added.end()));
            hooks.endInsert();
            break;
        }
        case RowStep::Move:
            hooks.beginMove(step.first, step.last);
            std::rotate(rows.begin() + step.last, rows.begin() + step.first, rows.begin() + step.first + 1);
            hooks.endMove();
            break;
        case RowStep::Update:
            hooks.update(step.first, rows[size_t(step.first)], make(std::move(steps.rows[next++])));
            break;
        }
    }
}

} // namespace ocpi
