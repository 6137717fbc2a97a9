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
    // Why an outgoing call got no HTTP answer (connection refused, timeout); empty otherwise.
    QString error;

    // An outgoing call that never got an HTTP answer.
    bool isTransportFailure() const { return direction == Direction::Outgoing && httpStatus == 0; }
    // What the console flags in red and "errors only" keeps: HTTP 4xx/5xx, an OCPI status outside
    // 1xxx (2xxx client, 3xxx server, 4xxx hub errors), or a transport failure. TrafficStore's
    // errors-only condition is the same rule in SQL.
    bool isError() const
    {
        return isTransportFailure() || httpStatus >= 400 || (ocpiStatus != 0 && (ocpiStatus < 1000 || ocpiStatus >= 2000));
    }
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
