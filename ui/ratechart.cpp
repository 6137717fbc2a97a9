#include "ratechart.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace ocpi {

RateChart::RateChart(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Requests per minute over the last hour"));
    setMinutes({});
}

void RateChart::setMinutes(const QList<TrafficMinute> &minutes)
{
    m_minutes = minutes;
    setToolTip(summary() + QLatin1Char('\n') + tr("Click to open the traffic."));
    setAccessibleDescription(summary());
    update();
}

QString RateChart::summary() const
{
    int exchanges = 0, errors = 0, busiest = 0;
    for (const TrafficMinute &m : m_minutes) {
        exchanges += m.exchanges;
        errors += m.errors;
        busiest = std::max(busiest, m.exchanges);
    }
    const QLocale locale;
    return tr("Last hour: %1 requests, %2 errors, busiest minute %3 requests")
        .arg(locale.toString(exchanges), locale.toString(errors), locale.toString(busiest));
}

QSize RateChart::sizeHint() const
{
    return {480, 140};
}

QSize RateChart::minimumSizeHint() const
{
    return {200, 80};
}

void RateChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const QFontMetrics metrics = fontMetrics();
    const int axis = metrics.height() + 4;
    const QRect plot = rect().adjusted(4, axis, -4, -axis);
    if (m_minutes.isEmpty() || plot.width() <= 0 || plot.height() <= 0)
        return;

    int top = 1;
    for (const TrafficMinute &m : m_minutes)
        top = std::max(top, m.exchanges);
    const QLocale locale;
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(rect().adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop, tr("%1/min").arg(locale.toString(top)));
    painter.drawText(rect().adjusted(4, 0, -4, -2), Qt::AlignLeft | Qt::AlignBottom, tr("60 min ago"));
    painter.drawText(rect().adjusted(4, 0, -4, -2), Qt::AlignRight | Qt::AlignBottom, tr("now"));

    const double slot = double(plot.width()) / m_minutes.size();
    const QColor bar = pal.color(QPalette::Highlight);
    const QColor error(200, 40, 40);
    for (int i = 0; i < m_minutes.size(); ++i) {
        const TrafficMinute &m = m_minutes.at(i);
        const int x = plot.left() + int(i * slot);
        const int width = std::max(1, int(slot) - 1);
        const int height = int(double(plot.height()) * m.exchanges / top);
        const int errorHeight = int(double(plot.height()) * m.errors / top);
        painter.fillRect(x, plot.bottom() - height + 1, width, height, bar);
        painter.fillRect(x, plot.bottom() - errorHeight + 1, width, errorHeight, error);
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
}

void RateChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
}

void RateChart::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ocpi
