#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QTimer;

namespace ocpi {

// Measures how long the GUI thread's event loop is kept from running: a timer asks to tick every
// intervalMs(), and each gap between two ticks longer than that is time the loop spent elsewhere
// (a slow slot, a layout, a model merge). `ocpi-console --stall-probe FILE` writes summary() at exit;
// bench/console reads it.
class StallProbe : public QObject
{
    Q_OBJECT

public:
    explicit StallProbe(int intervalMs = 10, QObject *parent = nullptr);

    void start();
    // What the window was doing (the page shown), recorded with each stall over kNotedStallMs.
    void setContext(std::function<QString()> context) { m_context = std::move(context); }
    static constexpr double kNotedStallMs = 50;
    int intervalMs() const { return m_intervalMs; }
    qint64 ticks() const { return qint64(m_gaps.size()); }
    // The longest gap between two ticks, in milliseconds (0 before two ticks).
    double maxGapMs() const;
    // The gap that `fraction` (0..1) of the gaps do not exceed, in milliseconds.
    double percentileMs(double fraction) const;
    qint64 gapsOver(double milliseconds) const;
    // {interval_ms, seconds, ticks, max_gap_ms, p50_gap_ms, p99_gap_ms, p999_gap_ms,
    //  gaps_over_50ms, gaps_over_100ms, stalls: [{at_s, ms, context}] (the longest 20 over 50 ms)}
    QJsonObject summary() const;
    // summary() as indented JSON into `path`; false (with a warning) when it cannot be written.
    bool write(const QString &path) const;

private:
    void tick();

    int m_intervalMs;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    struct Stall
    {
        qint64 atNs;
        qint64 gapNs;
        QString context;
    };
    std::vector<qint64> m_gaps; // nanoseconds between consecutive ticks
    std::vector<Stall> m_stalls;
    std::function<QString()> m_context;
};

} // namespace ocpi
