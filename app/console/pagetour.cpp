#include "pagetour.h"

#include "mainwindow.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <QTimer>

namespace ocpi {

namespace {

// About as often as a hand on a scroll wheel asks for more.
constexpr int kScrollIntervalMs = 200;

} // namespace

PageTour::PageTour(MainWindow &window, int dwellMs, QObject *parent) : QObject(parent), m_window(window)
{
    m_pageTimer = new QTimer(this);
    m_pageTimer->setInterval(dwellMs);
    connect(m_pageTimer, &QTimer::timeout, this, &PageTour::nextPage);
    m_scrollTimer = new QTimer(this);
    m_scrollTimer->setInterval(kScrollIntervalMs);
    connect(m_scrollTimer, &QTimer::timeout, this, &PageTour::scrollToEnd);
}

void PageTour::start()
{
    m_keys = m_window.pageKeys();
    m_next = 0;
    nextPage();
    m_pageTimer->start();
    m_scrollTimer->start();
}

void PageTour::nextPage()
{
    if (m_keys.isEmpty())
        return;
    m_window.showPage(m_keys.at(m_next));
    m_next = (m_next + 1) % int(m_keys.size());
    ++m_visits;
}

void PageTour::scrollToEnd()
{
    QWidget *page = m_window.page(m_window.currentPageKey());
    if (!page)
        return;
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        if (view->isVisible())
            view->scrollToBottom();
    }
}

} // namespace ocpi
