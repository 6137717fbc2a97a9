#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace ocpi {

// One HTTP exchange, in either direction, as the request log keeps it. Headers and bodies are
// already masked (no token in full) and cut to the configured size.
struct TrafficRecord
{
    enum class Direction { Incoming, Outgoing };

    qint64 id = 0;
    QDateTime timestamp;
    Direction direction = Direction::Incoming;
    QString method;
    QString url;
    qint64 partnerId = 0;
    QString partner;
    int httpStatus = 0;
    int ocpiStatus = 0;
    double durationMs = 0;
    QString requestId;
    QString correlationId;
    QByteArray requestHeaders;
    QByteArray requestBody;
    QByteArray responseHeaders;
    QByteArray responseBody;
    // What we accepted from a partner although it deviates from the specification (stored as
    // sent, not refused), "; " between items; empty for most exchanges.
    QString warnings;
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

namespace masking {

// "Name: value" lines with the Authorization value masked.
QByteArray headersText(const HeaderList &headers);
// JSON bodies with every "token" string value masked; cut to `limit` bytes.
QByteArray body(const QByteArray &body, qsizetype limit);
// An Authorization header value with the token masked: "Token ZXhh…(40 chars)".
QByteArray authorization(const QByteArray &value);

} // namespace masking

} // namespace ocpi

Q_DECLARE_METATYPE(ocpi::TrafficRecord)
