#pragma once

#include "traffic/trafficrate.h"

#include <QWidget>

namespace ocpi {

// Exchanges per minute over the last hour as bars, the errors of each minute in red at their foot.
// Drawn with QPainter: Qt Charts would be one more dependency for one small picture. A click
// anywhere asks for the traffic behind it.
class RateChart : public QWidget
{
    Q_OBJECT

public:
    explicit RateChart(QWidget *parent = nullptr);

    void setMinutes(const QList<TrafficMinute> &minutes);
    const QList<TrafficMinute> &minutes() const { return m_minutes; }
    // What a screen reader says and the tooltip shows: the hour in numbers.
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<TrafficMinute> m_minutes;
};

} // namespace ocpi
