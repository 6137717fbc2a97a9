#pragma once

#include <QObject>
#include <QStringList>

class QTimer;

namespace ocpi {

class MainWindow;

// `ocpi-console --tour SECONDS` (bench/console): shows every page in turn for SECONDS each and,
// while a page is shown, keeps scrolling its tables to the end, as an operator paging through a
// large list would; so every page's reading and merging runs while the stall probe watches.
class PageTour : public QObject
{
    Q_OBJECT

public:
    PageTour(MainWindow &window, int dwellMs, QObject *parent = nullptr);

    void start();
    // Pages shown so far (a page shown twice counts twice).
    int visits() const { return m_visits; }

private:
    void nextPage();
    void scrollToEnd();

    MainWindow &m_window;
    QStringList m_keys;
    int m_next = 0;
    int m_visits = 0;
    QTimer *m_pageTimer;
    QTimer *m_scrollTimer;
};

} // namespace ocpi
