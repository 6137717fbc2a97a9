#include "stallprobe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace ocpi {

StallProbe::StallProbe(int intervalMs, QObject *parent) : QObject(parent), m_intervalMs(intervalMs)
{
    m_timer = new QTimer(this);
    // A coarse timer may fire up to 5 % late by design; the probe wants the loop's own delay.
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_gaps.clear();
    m_gaps.reserve(1 << 16);
    m_stalls.clear();
    m_lastNs = -1;
    m_clock.start();
    m_timer->start();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_lastNs >= 0) {
        const qint64 gap = now - m_lastNs;
        m_gaps.push_back(gap);
        if (gap > qint64(kNotedStallMs * 1e6))
            m_stalls.push_back({m_lastNs, gap, m_context ? m_context() : QString()});
    }
    m_lastNs = now;
}

double StallProbe::maxGapMs() const
{
    return m_gaps.empty() ? 0.0 : double(*std::max_element(m_gaps.cbegin(), m_gaps.cend())) / 1e6;
}

double StallProbe::percentileMs(double fraction) const
{
    if (m_gaps.empty())
        return 0.0;
    std::vector<qint64> sorted = m_gaps;
    const auto rank = size_t(std::clamp(std::ceil(fraction * double(sorted.size())) - 1.0, 0.0, double(sorted.size() - 1)));
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(rank), sorted.end());
    return double(sorted[rank]) / 1e6;
}

qint64 StallProbe::gapsOver(double milliseconds) const
{
    const auto limit = qint64(milliseconds * 1e6);
    return std::count_if(m_gaps.cbegin(), m_gaps.cend(), [limit](qint64 gap) { return gap > limit; });
}

QJsonObject StallProbe::summary() const
{
    const auto rounded = [](double ms) { return std::round(ms * 100.0) / 100.0; };
    std::vector<Stall> longest = m_stalls;
    std::sort(longest.begin(), longest.end(), [](const Stall &a, const Stall &b) { return a.gapNs > b.gapNs; });
    if (longest.size() > 20)
        longest.resize(20);
    QJsonArray stalls;
    for (const Stall &stall : longest) {
        stalls.append(QJsonObject{{QStringLiteral("at_s"), rounded(double(stall.atNs) / 1e9)},
                                  {QStringLiteral("ms"), rounded(double(stall.gapNs) / 1e6)},
                                  {QStringLiteral("context"), stall.context}});
    }
    return {{QStringLiteral("interval_ms"), m_intervalMs},
            {QStringLiteral("seconds"), rounded(double(m_lastNs < 0 ? 0 : m_lastNs) / 1e9)},
            {QStringLiteral("ticks"), ticks()},
            {QStringLiteral("max_gap_ms"), rounded(maxGapMs())},
            {QStringLiteral("p50_gap_ms"), rounded(percentileMs(0.5))},
            {QStringLiteral("p99_gap_ms"), rounded(percentileMs(0.99))},
            {QStringLiteral("p999_gap_ms"), rounded(percentileMs(0.999))},
            {QStringLiteral("gaps_over_50ms"), gapsOver(50)},
            {QStringLiteral("gaps_over_100ms"), gapsOver(100)},
            {QStringLiteral("stalls"), stalls}};
}

bool StallProbe::write(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(summary()).toJson(QJsonDocument::Indented)) < 0) {
        qWarning("stall probe: cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace ocpi
