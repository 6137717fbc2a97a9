#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace ocpi {

// How a page keeps its table current: one read of the node at a time (a refresh asked while one is
// on its way runs once more after it, since that answer may predate the change that asked), a
// change signal answered after a short delay so a burst is read once, and a poll every few seconds
// while the page is shown, for the changes other processes make to the same database.
class ListReader : public QObject
{
    Q_OBJECT

public:
    // `read` starts one read and calls its argument when the answer was applied. `available`:
    // whether a read can be made now (the node runs).
    ListReader(QWidget *page, std::function<bool()> available, std::function<void(std::function<void()>)> read);

    void setPollInterval(int milliseconds);

public slots:
    void refresh();
    // A change the node announced: read soon, if the page is shown (else when it is shown again).
    void changed();

private:
    QWidget *m_page;
    std::function<bool()> m_available;
    std::function<void(std::function<void()>)> m_read;
    QTimer *m_poll;
    QTimer *m_changed;
    bool m_reading = false;
    bool m_readAgain = false;
};

} // namespace ocpi
