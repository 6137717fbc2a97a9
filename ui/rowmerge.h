#pragma once

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

} // namespace ocpi
