#pragma once

#include "trafficrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ocpi::har {

// Request log entries as an HTTP Archive (HAR 1.2, http://www.softwareishard.com/blog/har-12-spec/)
// that browser developer tools and HAR viewers open. Entries are written oldest first with every
// field HAR 1.2 requires. Authorization values are masked (they already are in the log; a value
// that does not look masked is masked here again, so a HAR file never carries a token).
//
// Incoming entries are logged with the request target only ("/ocpi/versions"); their URL is made
// absolute from the Host header, or from `fallbackOrigin` ("http://127.0.0.1:8080") without one.
// A transport failure (no HTTP answer) has status 0 and the error as its statusText and in
// "_error"; fields of our own start with '_' as HAR asks.
struct Creator
{
    QString name;
    QString version;
};

QJsonObject entry(const TrafficRecord &record, const QString &fallbackOrigin);
QJsonObject document(const QList<TrafficRecord> &records, const Creator &creator, const QString &fallbackOrigin);
QByteArray toJson(const QList<TrafficRecord> &records, const Creator &creator, const QString &fallbackOrigin);

} // namespace ocpi::har
