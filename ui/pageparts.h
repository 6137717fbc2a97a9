#pragma once

#include <QPlainTextEdit>

#include <functional>

class QAbstractItemModel;
class QTableView;

namespace ocpi {

class NodeController;

// The parts the list pages (commands, charging profiles, reservations) share, so they look and
// behave alike.

// A page's table: whole rows, one at a time, alternating colours, cells never wrapped, the last
// column taking the width left.
QTableView *makeRowsView(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent);

// The read-only pane under a table that shows the selected row (its JSON, its timeline).
QPlainTextEdit *makeDetailsPane(const QString &accessibleName, QPlainTextEdit::LineWrapMode wrap, QWidget *parent);

// Keeps a page in step with its node: `refresh` once it runs, `updateActions` on every change of
// state (started, failed, stopped), for as long as `page` exists.
void followNode(NodeController &node, QObject *page, const std::function<void()> &refresh,
                const std::function<void()> &updateActions);

} // namespace ocpi
