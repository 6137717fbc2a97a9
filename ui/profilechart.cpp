#include "profilechart.h"

#include "core/datetime.h"

#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ocpi {

namespace {

struct Step
{
    qint64 start; // seconds from the profile's start
    double limit;
};

QList<Step> stepsOf(const QJsonObject &activeProfile)
{
    QList<Step> steps;
    const QJsonObject profile = activeProfile.value(QLatin1String("charging_profile")).toObject();
    for (const QJsonValue &value : profile.value(QLatin1String("charging_profile_period")).toArray()) {
        const QJsonObject period = value.toObject();
        steps.append({period.value(QLatin1String("start_period")).toInteger(), period.value(QLatin1String("limit")).toDouble()});
    }
    std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.start < b.start; });
    return steps;
}

} // namespace

ProfileChart::ProfileChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(120);
    // Tab reaches it, so a screen reader reads the limits it draws (its description).
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Charging profile"));
    setAccessibleDescription(tr("No profile known yet"));
}

void ProfileChart::setProfile(const QJsonObject &activeProfile)
{
    m_profile = activeProfile;
    setToolTip(summary());
    setAccessibleDescription(m_profile.isEmpty() ? tr("No profile known yet") : summary());
    update();
}

QString ProfileChart::summary() const
{
    const QString unit = m_profile.value(QLatin1String("charging_profile")).toObject().value(QLatin1String("charging_rate_unit")).toString();
    QStringList parts;
    for (const Step &step : stepsOf(m_profile))
        parts.append(tr("%1 %2 from %3 min").arg(step.limit).arg(unit).arg(step.start / 60));
    return parts.join(QStringLiteral(", "));
}

QString ProfileChart::limitSummary(const QJsonObject &activeProfile)
{
    // Beyond a few steps a table cell says little more; the chart shows them all.
    constexpr int kShownSteps = 3;
    const QList<Step> steps = stepsOf(activeProfile);
    const QString unit = activeProfile.value(QLatin1String("charging_profile")).toObject().value(QLatin1String("charging_rate_unit")).toString();
    const auto start = parseDateTime(activeProfile.value(QLatin1String("start_date_time")).toString());
    const QLocale locale;
    QStringList parts;
    for (const Step &step : steps.mid(0, kShownSteps)) {
        // W from 1 kW read better in kW, to 0.1 kW (3.7 kW, 11 kW); amperes are per phase.
        const QString limit = unit == QLatin1String("W") && step.limit >= 1000
                                  ? tr("%1 kW").arg(locale.toString(std::round(step.limit / 100) / 10, 'g', QLocale::FloatingPointShortest))
                                  : QStringLiteral("%1 %2").arg(locale.toString(step.limit, 'g', QLocale::FloatingPointShortest), unit);
        parts.append(start ? tr("%1 from %2").arg(limit, start->addSecs(step.start).toLocalTime().toString(QStringLiteral("HH:mm")))
                           : tr("%1 after %2 min").arg(limit).arg(step.start / 60));
    }
    if (steps.size() > kShownSteps)
        parts.append(tr("%n more step(s)", nullptr, int(steps.size() - kShownSteps)));
    return parts.join(QStringLiteral(", "));
}

void ProfileChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Step> steps = stepsOf(m_profile);
    const QJsonObject profile = m_profile.value(QLatin1String("charging_profile")).toObject();
    double highest = 0;
    for (const Step &step : steps)
        highest = std::max(highest, step.limit);
    // The limit axis's label decides how much room it takes.
    const QString topLabel = QStringLiteral("%1 %2").arg(highest).arg(profile.value(QLatin1String("charging_rate_unit")).toString());
    const QRect frame = rect().adjusted(fontMetrics().horizontalAdvance(topLabel) + 8, 8, -8, -20);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(frame);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(1, 1, -2, -2));
    }
    if (steps.isEmpty()) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(frame, Qt::AlignCenter, tr("No profile known yet"));
        return;
    }
    qint64 duration = profile.value(QLatin1String("duration")).toInteger();
    duration = std::max<qint64>({duration, steps.last().start + 60, 1});
    const double top = highest > 0 ? highest * 1.1 : 1;
    const auto x = [&](qint64 seconds) { return frame.left() + frame.width() * double(seconds) / double(duration); };
    const auto y = [&](double limit) { return frame.bottom() - frame.height() * limit / top; };

    QPainterPath line;
    line.moveTo(x(steps.first().start), y(steps.first().limit));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const qint64 end = i + 1 < steps.size() ? steps.at(i + 1).start : duration;
        line.lineTo(x(end), y(steps.at(i).limit));
        if (i + 1 < steps.size())
            line.lineTo(x(end), y(steps.at(i + 1).limit));
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawPath(line);

    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(0, int(y(highest)) - 8, frame.left() - 4, 16), Qt::AlignRight | Qt::AlignVCenter, topLabel);
    painter.drawText(QRect(0, frame.bottom() - 16, frame.left() - 4, 16), Qt::AlignRight, QStringLiteral("0"));
    painter.drawText(QRect(frame.left(), frame.bottom() + 2, frame.width(), 16), Qt::AlignLeft, tr("now"));
    painter.drawText(QRect(frame.left(), frame.bottom() + 2, frame.width(), 16), Qt::AlignRight,
                     tr("+%1 min").arg(duration / 60));
}

} // namespace ocpi
