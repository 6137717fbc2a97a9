#include "mainwindow.h"

#include "dashboardpage.h"
#include "figureswatch.h"
#include "languagemenu.h"
#include "modulepages.h"
#include "objectlistpage.h"
#include "pageicons.h"
#include "nodecontroller.h"
#include "partnerspage.h"
#include "settingspage.h"
#include "statuspage.h"
#include "trafficpage.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
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

    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 930});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_statusLine = new QLabel(this);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figuresLine = new QLabel(this);
    m_figuresLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusLine, 1);
    statusBar()->addPermanentWidget(m_figuresLine);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    createMenus();
    m_figures = new FiguresWatch(m_controller, this);
    connect(m_figures, &FiguresWatch::figuresChanged, this, &MainWindow::showFigures);
    m_dashboardPage = new DashboardPage(m_controller, *m_figures);
    m_statusPage = m_dashboardPage->statusPage();
    addPage(QStringLiteral("dashboard"), tr("Dashboard"), m_dashboardPage, pageIcon(QStringLiteral("dashboard")));
    m_partnersPage = new PartnersPage(m_controller);
    addPage(QStringLiteral("partners"), tr("Partners"), m_partnersPage, pageIcon(QStringLiteral("partners")));
    for (const ModulePage &module : modulePages())
        addPage(module.key, module.title, module.create(m_controller), pageIcon(module.key));
    m_trafficPage = new TrafficPage(m_controller);
    addPage(QStringLiteral("traffic"), tr("Traffic"), m_trafficPage, pageIcon(QStringLiteral("traffic")));
    addPage(QStringLiteral("settings"), tr("Settings"), new SettingsPage(m_controller), pageIcon(QStringLiteral("settings")));
    m_sidebar->setCurrentRow(0);
    connect(m_dashboardPage, &DashboardPage::openPage, this, [this](const QString &key) { showPage(key); });
    connect(m_dashboardPage, &DashboardPage::openPartner, this, [this](qint64 id) {
        showPage(QStringLiteral("partners"));
        m_partnersPage->selectPartner(id);
    });

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
    if (m_figuresLine->text().isEmpty())
        return m_statusLine->text();
    return m_statusLine->text() + QStringLiteral("  |  ") + m_figuresLine->text();
}

void MainWindow::showFigures()
{
    if (!m_figures->hasFigures()) {
        m_figuresLine->clear();
        return;
    }
    const NodeFigures &f = m_figures->figures();
    const QLocale locale;
    QStringList parts{tr("Partners online: %1/%2").arg(locale.toString(f.partnersOnline()), locale.toString(f.partners.size())),
                      tr("Outbox: %1").arg(locale.toString(f.pending))};
    if (f.parked > 0)
        parts << tr("Parked: %1").arg(locale.toString(f.parked));
    parts << tr("Errors (1 h): %1").arg(locale.toString(f.errorsLastHour()));
    m_figuresLine->setText(parts.join(QStringLiteral("  |  ")));
}

void MainWindow::rememberLayout()
{
    m_rememberLayout = true;
    restoreLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_rememberLayout)
        saveLayout();
    QMainWindow::closeEvent(event);
}

namespace {

// The column headers of every page's tables and trees, in construction order, under a key naming
// their page: the order is the same from one run to the next, so a saved state finds its header.
QList<QPair<QString, QHeaderView *>> columnHeaders(const QStackedWidget *pages, const QStringList &keys)
{
    QList<QPair<QString, QHeaderView *>> headers;
    for (int i = 0; i < pages->count(); ++i) {
        int n = 0;
        for (QHeaderView *header : pages->widget(i)->findChildren<QHeaderView *>()) {
            if (header->orientation() == Qt::Horizontal)
                headers.append({QStringLiteral("columns/%1/%2").arg(keys.value(i)).arg(n++), header});
        }
    }
    return headers;
}

} // namespace

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/page"), currentPageKey());
    for (const auto &[key, header] : columnHeaders(m_pages, pageKeys()))
        settings.setValue(key, header->saveState());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    showPage(settings.value(QStringLiteral("window/page")).toString());
    for (const auto &[key, header] : columnHeaders(m_pages, pageKeys())) {
        const QByteArray state = settings.value(key).toByteArray();
        if (!state.isEmpty() && header->restoreState(state))
            header->setProperty(kLayoutRestoredProperty, true);
    }
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

    m_viewMenu = menuBar()->addMenu(tr("&View")); // addPage() fills it, after the way to the page list
    // The keyboard's way back to the sidebar from anywhere; arrows then walk the pages (Ctrl+1..9
    // reach the first nine directly) and Tab enters the page shown.
    QAction *pageList = m_viewMenu->addAction(tr("&Page list"));
    pageList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(pageList, &QAction::triggered, this, [this] { m_sidebar->setFocus(Qt::ShortcutFocusReason); });
    m_viewMenu->addSeparator();

    menuBar()->addMenu(createLanguageMenu(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&About")), &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::refreshLive()
{
    m_statusPage->refresh();
    switch (m_controller.state()) {
    case NodeController::State::Running: {
        QStringList parties;
        for (const PartyRole &party : m_controller.config().parties)
            parties << party.toString();
        m_statusLine->setText(tr("Listening at %1  |  %2  |  Requests: %3")
                                  .arg(m_controller.versionsUrl(), parties.join(QStringLiteral(", ")),
                                       QLocale().toString(m_controller.requestCount())));
        break;
    }
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
