#pragma once

#include <QMetaObject>
#include <QObject>
#include <QSemaphore>

#include <atomic>
#include <memory>

// Holds the thread `context` lives in (a console node's thread) the way a slow handler or a long
// import would: a call runs there and blocks until release(). The test decides how long the node is
// busy, so nothing depends on a guess of how long a sleep must be. The state is shared because the
// call may outlive the test function that parked it; the destructor lets it go, or the node thread
// could never stop.
class ParkedThread
{
public:
    explicit ParkedThread(QObject *context) : m_state(std::make_shared<State>())
    {
        QMetaObject::invokeMethod(
            context,
            [state = m_state] {
                state->parked = true;
                state->release.acquire();
                state->parked = false;
            },
            Qt::QueuedConnection);
    }
    ~ParkedThread() { release(); }
    ParkedThread(const ParkedThread &) = delete;
    ParkedThread &operator=(const ParkedThread &) = delete;

    bool isParked() const { return m_state->parked; }
    void release()
    {
        if (!m_released) {
            m_released = true;
            m_state->release.release();
        }
    }

private:
    struct State
    {
        std::atomic<bool> parked{false};
        QSemaphore release;
    };
    std::shared_ptr<State> m_state;
    bool m_released = false;
};
