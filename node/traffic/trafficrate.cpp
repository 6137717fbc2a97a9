#include "trafficrate.h"

#include "core/datetime.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace ocpi {

namespace {

QDateTime minuteOf(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()), QTimeZone::utc());
}

} // namespace

Result<QList<TrafficMinute>> TrafficRate::lastMinutes(QSqlDatabase db, const QDateTime &now, int count)
{
    QList<TrafficMinute> minutes;
    const QDateTime first = minuteOf(now).addSecs(-60 * qint64(qMax(count, 0) - 1));
    for (int i = 0; i < count; ++i)
        minutes.append({first.addSecs(60 * qint64(i)), 0, 0});
    if (minutes.isEmpty())
        return minutes;

    // Timestamps are stored as UTC text in one format ("2026-12-01T20:14:33.120Z"), so the first
    // 16 characters name the minute, and bounds of 16 characters compare right against every
    // timestamp of a minute (a prefix sorts first) and use the index request_log_ts.
    const auto prefix = [](const QDateTime &minute) { return formatDateTime(minute).left(16); };
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT substr(ts, 1, 16), COUNT(*),"
        " SUM(CASE WHEN http_status IS NULL OR http_status = 0 OR http_status >= 400"
        "          OR ocpi_status >= 2000 THEN 1 ELSE 0 END)"
        " FROM request_log WHERE ts >= ? AND ts < ? GROUP BY substr(ts, 1, 16)"));
    q.addBindValue(prefix(first));
    q.addBindValue(prefix(minutes.last().minute.addSecs(60)));
    if (Status status = execute(q, "reading the request rate"); !status)
        return status.error();
    while (q.next()) {
        const std::optional<QDateTime> minute = parseDateTime(QString(q.value(0).toString() + QStringLiteral(":00Z")));
        if (!minute)
            continue;
        const qint64 index = first.secsTo(*minute) / 60;
        if (index >= 0 && index < minutes.size()) {
            minutes[index].exchanges = q.value(1).toInt();
            minutes[index].errors = q.value(2).toInt();
        }
    }
    return minutes;
}

} // namespace ocpi
