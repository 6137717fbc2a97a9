#pragma once

#include "demo/demonodes.h"

#include <QTextStream>
#include <QWidget>

#include <memory>

class QComboBox;
class QListWidget;
class QStackedWidget;

namespace ocpi {

class MainWindow;
class NodeController;

namespace demo {
struct DemoStep;
}

// The demo's two nodes, each under a NodeController of its own (a thread each, as the console runs
// its node); the driver reaches their services through blocking calls into those threads.
class ConsoleDemoNodes final : public demo::DemoNodes
{
public:
    ConsoleDemoNodes();
    ~ConsoleDemoNodes() override;

    NodeController &controller(Side side) { return *m_controllers[side]; }
    // Stops both nodes and ends their threads; idempotent.
    void stop();
    ServingNode &node(Side side) override;
    void run(Side side, const std::function<void()> &work) override;

private:
    std::unique_ptr<NodeController> m_controllers[2];
};

// `ocpi-console --demo`: both nodes' consoles in one window, a switch choosing which node the pages
// show, and the story's steps listed as they finish.
class DemoWindow : public QWidget
{
    Q_OBJECT

public:
    explicit DemoWindow(ConsoleDemoNodes &nodes, QWidget *parent = nullptr);

    MainWindow &console(demo::DemoNodes::Side side) { return *m_consoles[side]; }
    void showNode(demo::DemoNodes::Side side);
    void addStep(const demo::DemoStep &step);
    QComboBox *nodeSwitch() const { return m_switch; }

private:
    QComboBox *m_switch;
    QStackedWidget *m_stack;
    QListWidget *m_steps;
    MainWindow *m_consoles[2];
};

// Runs the console in demo mode: starts both nodes, shows the window, plays the story at `speed`
// and prints the transcript to `out`; returns the application's exit code. With `screenshotDir`,
// saves every page of both nodes there once the story is over and exits (0 when the story succeeded
// and every picture was saved).
int runConsoleDemo(int speed, const QString &screenshotDir, QTextStream &out, QTextStream &err);

} // namespace ocpi
