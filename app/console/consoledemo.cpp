#include "consoledemo.h"

#include "mainwindow.h"
#include "nodecontroller.h"
#include "screenshots.h"

#include "demo/demodata.h"
#include "demo/demodriver.h"
#include "runtime/noderuntime.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ocpi {

using demo::DemoNodes;

ConsoleDemoNodes::ConsoleDemoNodes()
{
    for (Side side : {Cpo, Emsp}) {
        m_controllers[side] = std::make_unique<NodeController>(
            config(side), [this](const NodeConfig &config) -> std::unique_ptr<ServingNode> { return makeNode(config); });
    }
}

ConsoleDemoNodes::~ConsoleDemoNodes()
{
    stop();
}

void ConsoleDemoNodes::stop()
{
    // The eMSP first, as a partner leaving; then the CPO. The directory goes with the base class.
    m_controllers[Emsp]->stop();
    m_controllers[Cpo]->stop();
}

ServingNode &ConsoleDemoNodes::node(Side side)
{
    ServingNode *node = m_controllers[side]->node();
    if (!node || !m_controllers[side]->isRunning())
        qFatal("the demo's %s node is not running", qPrintable(sideName(side)));
    return *node;
}

void ConsoleDemoNodes::run(Side side, const std::function<void()> &work)
{
    // The node's thread never waits for the GUI thread, so waiting for it here cannot deadlock.
    QMetaObject::invokeMethod(&node(side), work, Qt::BlockingQueuedConnection);
}

DemoWindow::DemoWindow(ConsoleDemoNodes &nodes, QWidget *parent)
    : QWidget(parent), m_switch(new QComboBox), m_stack(new QStackedWidget), m_steps(new QListWidget)
{
    setWindowTitle(tr("OCPI Node Console: demo"));
    for (DemoNodes::Side side : {DemoNodes::Cpo, DemoNodes::Emsp}) {
        const PartyRole party = side == DemoNodes::Cpo ? demo::data::cpoParty() : demo::data::emspParty();
        m_consoles[side] = new MainWindow(nodes.controller(side));
        m_consoles[side]->setWindowFlags(Qt::Widget);
        m_consoles[side]->showPage(QStringLiteral("traffic"));
        m_stack->addWidget(m_consoles[side]);
        m_switch->addItem(tr("%1: %2 (%3)").arg(DemoNodes::sideName(side), party.businessName, party.party.toString()));
    }
    m_switch->setAccessibleName(tr("Node shown"));
    m_steps->setAccessibleName(tr("Demo steps"));
    connect(m_switch, &QComboBox::currentIndexChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Node:"));
    label->setBuddy(m_switch);
    top->addWidget(label);
    top->addWidget(m_switch, 1);

    auto *story = new QWidget;
    auto *storyLayout = new QVBoxLayout(story);
    storyLayout->setContentsMargins(0, 0, 0, 0);
    storyLayout->addWidget(new QLabel(tr("The OCPI story")));
    storyLayout->addWidget(m_steps);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_stack);
    splitter->addWidget(story);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    resize(1280, 860);
}

void DemoWindow::showNode(DemoNodes::Side side)
{
    m_switch->setCurrentIndex(side);
}

void DemoWindow::addStep(const demo::DemoStep &step)
{
    auto *item = new QListWidgetItem(tr("%1/%2  %3: %4").arg(step.number).arg(step.count).arg(step.title, step.detail), m_steps);
    item->setForeground(step.ok ? palette().color(QPalette::Text) : QColor(Qt::red));
    item->setToolTip(QString::fromUtf8(QJsonDocument(step.figures).toJson(QJsonDocument::Indented)));
    m_steps->scrollToItem(item);
}

int runConsoleDemo(int speed, const QString &screenshotDir, QTextStream &out, QTextStream &err)
{
    ConsoleDemoNodes nodes;
    if (!nodes.hasDirectory()) {
        err << "ocpi-console: " << QCoreApplication::translate("console", "no temporary directory for the demo's databases") << Qt::endl;
        return 1;
    }
    DemoWindow window(nodes);
    demo::DemoDriver driver(nodes, speed);
    int running = 0;
    bool failed = false;
    for (DemoNodes::Side side : {DemoNodes::Cpo, DemoNodes::Emsp}) {
        NodeController &controller = nodes.controller(side);
        QObject::connect(&controller, &NodeController::started, &window, [&, side](const QString &versionsUrl) {
            // Scripts read this line: never translated (as "OCPI versions URL: ...").
            out << DemoNodes::sideName(side) << " versions URL: " << versionsUrl << Qt::endl;
            if (++running == 2) {
                window.show();
                driver.start();
            }
        });
        QObject::connect(&controller, &NodeController::failed, &window, [&, side](const QString &message) {
            err << "ocpi-console: " << QCoreApplication::translate("console", "the demo's %1 node did not start: %2").arg(DemoNodes::sideName(side), message)
                << Qt::endl;
            failed = true;
            QCoreApplication::exit(1);
        });
    }
    QObject::connect(&driver, &demo::DemoDriver::stepFinished, &window, [&](const demo::DemoStep &step) {
        out << step.toText() << Qt::endl;
        window.addStep(step);
        if (!step.ok)
            err << "ocpi-console: " << QCoreApplication::translate("console", "demo step %1 (%2) failed: %3").arg(step.number).arg(step.id, step.detail)
                << Qt::endl;
    });
    Screenshots screenshots(window, screenshotDir);
    QObject::connect(&driver, &demo::DemoDriver::finished, &window, [&](bool ok) {
        if (ok)
            out << QCoreApplication::translate("cli", "All %1 steps succeeded.").arg(driver.stepCount()) << Qt::endl;
        if (screenshotDir.isEmpty())
            return;
        screenshots.take([&, ok](int failures) {
            out << QCoreApplication::translate("console", "Pictures of every page saved in %1").arg(screenshotDir) << Qt::endl;
            QCoreApplication::exit(ok && failures == 0 ? 0 : 1);
        });
    });
    nodes.controller(DemoNodes::Cpo).start();
    nodes.controller(DemoNodes::Emsp).start();
    const int code = QApplication::exec();
    window.hide();
    // Before the driver goes: a request still under way answers into it from the node's thread.
    nodes.stop();
    return failed ? 1 : code;
}

} // namespace ocpi
