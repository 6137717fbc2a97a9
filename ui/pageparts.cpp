#include "pageparts.h"

#include "nodecontroller.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QTableView>

namespace ocpi {

QTableView *makeRowsView(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QPlainTextEdit *makeDetailsPane(const QString &accessibleName, QPlainTextEdit::LineWrapMode wrap, QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setAccessibleName(accessibleName);
    pane->setReadOnly(true);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setLineWrapMode(wrap);
    return pane;
}

void followNode(NodeController &node, QObject *page, const std::function<void()> &refresh,
                const std::function<void()> &updateActions)
{
    QObject::connect(&node, &NodeController::started, page, refresh);
    for (auto signal : {&NodeController::started, &NodeController::failed})
        QObject::connect(&node, signal, page, updateActions);
    QObject::connect(&node, &NodeController::stopped, page, updateActions);
}

} // namespace ocpi
