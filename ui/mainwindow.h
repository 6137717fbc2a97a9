#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace ocpi {

class DashboardPage;
class FiguresWatch;
class NodeController;
class PartnersPage;
class StatusPage;
class TrafficPage;

// The console shell: a sidebar of pages with icons and the page shown next to it (the dashboard,
// partners, each module's page from ui/modulepages.cpp, then the traffic), and a status bar with
// the figures an operator watches. The window's layout, the page shown and the tables' column
// widths are remembered (QSettings) once rememberLayout() is called.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(NodeController &controller, QWidget *parent = nullptr);

    // Appends a page to the sidebar; the window takes ownership. `key` is a stable name for
    // showPage() (e.g. "traffic"), independent of the translated title.
    void addPage(const QString &key, const QString &title, QWidget *page, const QIcon &icon = QIcon());
    bool showPage(const QString &key);
    QWidget *page(const QString &key) const;
    QString currentPageKey() const;
    QStringList pageKeys() const;

    // Restores the layout saved when the window last closed, and saves it on close from now on.
    // The console calls it; tests leave it off, so they never read a user's settings.
    void rememberLayout();

    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    StatusPage *statusPage() const { return m_statusPage; }
    FiguresWatch *figuresWatch() const { return m_figures; }
    TrafficPage *trafficPage() const { return m_trafficPage; }
    PartnersPage *partnersPage() const { return m_partnersPage; }
    // A module's page by its type (ui/modulepages.cpp), e.g. pageOf<TokensPage>().
    template <typename Page>
    Page *pageOf() const
    {
        return findChild<Page *>();
    }
    QString statusBarText() const;
    QListWidget *sidebar() const { return m_sidebar; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showFigures();
    void saveLayout() const;
    void restoreLayout();
    void refreshLive();
    void showAbout();

    NodeController &m_controller;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QLabel *m_statusLine;
    QLabel *m_figuresLine;
    FiguresWatch *m_figures;
    DashboardPage *m_dashboardPage;
    QSplitter *m_splitter;
    bool m_rememberLayout = false;
    QTimer *m_liveTimer;
    QMenu *m_viewMenu = nullptr;
    StatusPage *m_statusPage;
    TrafficPage *m_trafficPage;
    PartnersPage *m_partnersPage;
};

} // namespace ocpi
