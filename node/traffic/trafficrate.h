#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace ocpi {

// Exchanges of one minute of the request log.
struct TrafficMinute
{
    QDateTime minute; // UTC, seconds zero
    int exchanges = 0;
    // Transport failures (no HTTP status), HTTP 4xx/5xx either way, and OCPI 2xxx-4xxx answers.
    int errors = 0;
};

// How busy the node was, minute by minute: for the dashboard's chart and the status bar.
class TrafficRate
{
public:
    // The last `count` minutes up to and including the one `now` is in, oldest first; minutes
    // without traffic are there with zeros.
    static Result<QList<TrafficMinute>> lastMinutes(QSqlDatabase db, const QDateTime &now, int count);
};

} // namespace ocpi
