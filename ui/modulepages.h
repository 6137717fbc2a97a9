#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace ocpi {

class NodeController;

// A module's console page, registered in the one list of ui/modulepages.cpp (README, "Adding a
// module"): the main window adds them to its sidebar in this order, after its own pages.
struct ModulePage
{
    QString key;    // the module identifier: MainWindow::showPage(key)
    QString title;  // translated
    std::function<QWidget *(NodeController &)> create;
};

QList<ModulePage> modulePages();

} // namespace ocpi
