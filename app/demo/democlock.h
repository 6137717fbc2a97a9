#pragma once

#include "core/clock.h"

#include <QTimeZone>

#include <atomic>

namespace ocpi::demo {

// The demo's time: the real time plus the hours the story skipped, so a 45-minute charge or a
// reservation window an hour away plays in seconds. Both nodes read it from their own threads
// while the driver moves it, hence the atomic offset.
class DemoClock final : public Clock
{
public:
    QDateTime now() const override
    {
        return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load());
    }
    void skipSeconds(qint64 seconds) { m_offsetMs += seconds * 1000; }

private:
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace ocpi::demo
