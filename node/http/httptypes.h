#pragma once

#include "traffic/trafficrecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace ocpi {

// A request as the routes see it: no QHttpServer type crosses this line (docs/architecture.md).
struct HttpRequest
{
    QByteArray method;      // "GET", "PUT", ...
    QString path;           // percent-encoded, as received
    QStringList segments;   // decoded path segments, empty ones dropped
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QString remoteAddress;

    // Case-insensitive lookup (TF-03); empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QString target() const;

    static QStringList splitPath(const QString &encodedPath);
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    HeaderList headers;
    int ocpiStatus = 0;     // for the request log; 0 when the body is not an OCPI envelope
    QStringList warnings;   // for the request log: deviations accepted (TrafficRecord::warnings)

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
};

} // namespace ocpi
