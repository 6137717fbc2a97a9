#include "mainwindow.h"

#include "modulepages.h"
#include "nodecontroller.h"
#include "partnerspage.h"
#include "statuspage.h"
#include "trafficpage.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace ocpi {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(NodeController &controller, QWidget *parent)
    : QMainWindow(parent), m_controller(controller)
{
    setWindowTitle(tr("OCPI Node Console"));

    m_sidebar = new QListWidget(this);
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setMinimumWidth(140);
    m_sidebar->setMaximumWidth(240);
    m_pages = new QStackedWidget(this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({160, 940});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_statusLine = new QLabel(this);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusLine, 1);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    createMenus();
    m_statusPage = new StatusPage(m_controller);
    m_trafficPage = new TrafficPage(m_controller);
    addPage(QStringLiteral("status"), tr("Status"), m_statusPage);
    addPage(QStringLiteral("traffic"), tr("Traffic"), m_trafficPage);
    m_partnersPage = new PartnersPage(m_controller);
    addPage(QStringLiteral("partners"), tr("Partners"), m_partnersPage);
    for (const ModulePage &module : modulePages())
        addPage(module.key, module.title, module.create(m_controller));
    m_sidebar->setCurrentRow(0);

    // Uptime and counters are read (cheap atomics) once a second rather than pushed per request,
    // so a node under load never floods the GUI thread.
    m_liveTimer = new QTimer(this);
    m_liveTimer->setInterval(1000);
    connect(m_liveTimer, &QTimer::timeout, this, &MainWindow::refreshLive);
    m_liveTimer->start();
    connect(&m_controller, &NodeController::started, this, &MainWindow::refreshLive);
    connect(&m_controller, &NodeController::failed, this, &MainWindow::refreshLive);
    refreshLive();
    resize(1100, 720);
}

void MainWindow::addPage(const QString &key, const QString &title, QWidget *page, const QIcon &icon)
{
    page->setObjectName(key + QStringLiteral("Page"));
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_sidebar);
    item->setData(kKeyRole, key);

    QAction *action = m_viewMenu->addAction(icon, title);
    const int row = m_sidebar->count() - 1;
    if (row < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    connect(action, &QAction::triggered, this, [this, key] { showPage(key); });
}

bool MainWindow::showPage(const QString &key)
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(kKeyRole).toString() == key) {
            m_sidebar->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QWidget *MainWindow::page(const QString &key) const
{
    const QStringList keys = pageKeys();
    const qsizetype index = keys.indexOf(key);
    return index < 0 ? nullptr : m_pages->widget(int(index));
}

QString MainWindow::currentPageKey() const
{
    const QListWidgetItem *item = m_sidebar->currentItem();
    return item ? item->data(kKeyRole).toString() : QString();
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_sidebar->count(); ++row)
        keys << m_sidebar->item(row)->data(kKeyRole).toString();
    return keys;
}

QString MainWindow::statusBarText() const
{
    return m_statusLine->text();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *copyUrl = file->addAction(tr("&Copy versions URL"));
    connect(copyUrl, &QAction::triggered, this, [this] {
        if (m_controller.isRunning())
            QApplication::clipboard()->setText(m_controller.versionsUrl());
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(tr("&View")); // addPage() fills it

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&About")), &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::refreshLive()
{
    m_statusPage->refresh();
    switch (m_controller.state()) {
    case NodeController::State::Running:
        m_statusLine->setText(tr("Versions URL: %1  |  Requests: %2")
                                  .arg(m_controller.versionsUrl(), QLocale().toString(m_controller.requestCount())));
        break;
    case NodeController::State::Failed:
        m_statusLine->setText(tr("Node not serving: %1").arg(m_controller.errorMessage()));
        break;
    case NodeController::State::Stopped: m_statusLine->setText(tr("Node stopped")); break;
    default: m_statusLine->setText(tr("Starting the node…")); break;
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OCPI Node Console"),
                       tr("<b>OCPI Node Console</b> %1<br>An OCPI 2.2.1 node with an operator console.<br>Qt %2")
                           .arg(QStringLiteral(OCPI_NODE_VERSION), QLatin1String(qVersion())));
}

} // namespace ocpi
