#include "listreader.h"

#include <QTimer>
#include <QWidget>

namespace ocpi {

namespace {

// Another process's changes show within seconds, while the page is shown.
constexpr int kPollIntervalMs = 3000;
// A burst of changes (a sweep of timeouts, a result right after its response) is read once.
constexpr int kChangeDelayMs = 100;

} // namespace

ListReader::ListReader(QWidget *page, std::function<bool()> available, std::function<void(std::function<void()>)> read)
    : QObject(page), m_page(page), m_available(std::move(available)), m_read(std::move(read))
{
    m_changed = new QTimer(this);
    m_changed->setSingleShot(true);
    m_changed->setInterval(kChangeDelayMs);
    connect(m_changed, &QTimer::timeout, this, &ListReader::refresh);
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_page->isVisible())
            refresh();
    });
    m_poll->start();
}

void ListReader::setPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void ListReader::changed()
{
    // Hidden, the page catches up when shown (it refreshes then): a change is never missed.
    if (m_page->isVisible())
        m_changed->start();
}

void ListReader::refresh()
{
    if (!m_available())
        return;
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_read([this] {
        m_reading = false;
        if (m_readAgain) {
            m_readAgain = false;
            refresh();
        }
    });
}

} // namespace ocpi
