#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace ocpi {

class DemoWindow;

// Saves a picture of every console page of both demo nodes (`ocpi-console --demo --screenshot-dir
// DIR`, used by scripts/screenshots): for each node and page it shows the page, gives its model a
// moment to load from the node's thread, and grabs the window into DIR/<node>-<page>.png.
class Screenshots : public QObject
{
    Q_OBJECT

public:
    Screenshots(DemoWindow &window, QString directory, QObject *parent = nullptr);

    // Takes them one after another on the event loop; `done` gets how many could not be saved.
    void take(std::function<void(int failures)> done);

    static constexpr int kSettleMs = 700;

private:
    void next();

    DemoWindow &m_window;
    QString m_directory;
    QList<QPair<int, QString>> m_todo; // (node side, page key)
    int m_failures = 0;
    std::function<void(int)> m_done;
};

} // namespace ocpi
