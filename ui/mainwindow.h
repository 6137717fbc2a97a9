#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace ocpi {

class NodeController;
class PartnersPage;
class StatusPage;
class TrafficPage;

// The console shell: a sidebar of pages and the page shown next to it: its own (status, traffic,
// partners), then each module's from ui/modulepages.cpp.
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

    StatusPage *statusPage() const { return m_statusPage; }
    TrafficPage *trafficPage() const { return m_trafficPage; }
    PartnersPage *partnersPage() const { return m_partnersPage; }
    // A module's page by its type (ui/modulepages.cpp), e.g. pageOf<TokensPage>().
    template <typename Page>
    Page *pageOf() const
    {
        return findChild<Page *>();
    }
    QString statusBarText() const;

private:
    void createMenus();
    void refreshLive();
    void showAbout();

    NodeController &m_controller;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QLabel *m_statusLine;
    QTimer *m_liveTimer;
    QMenu *m_viewMenu = nullptr;
    StatusPage *m_statusPage;
    TrafficPage *m_trafficPage;
    PartnersPage *m_partnersPage;
};

} // namespace ocpi
