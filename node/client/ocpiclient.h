#pragma once

#include "core/caller.h"
#include "core/clock.h"
#include "core/result.h"
#include "ocpi/party.h"
#include "traffic/trafficrecord.h"
#include "urlpolicy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ocpi {

class RequestLog;
class UrlGuard;

// One call to a partner.
struct OutgoingRequest
{
    QByteArray method = "GET";
    QString url;
    QByteArray body;                        // JSON; empty for GET/DELETE
    QString token;                          // the credentials token we present
    TokenEncoding encoding = TokenEncoding::Base64;
    bool retryOtherEncoding = true;         // once, on 401/403 (TF-07)
    QString correlationId;                  // empty: a new one
    std::optional<PartyId> to;              // routing headers, functional modules only (RT-01/02)
    std::optional<PartyId> from;
    qint64 partnerId = 0;                   // for the request log
    QString partner;
    int timeoutMs = 0;                      // 0: the client's timeout (--partner-timeout)
};

// What came back, read tolerantly: an OCPI envelope when there is one, whatever else otherwise.
struct OcpiReply
{
    int httpStatus = 0;                     // 0: no HTTP answer at all
    QString networkError;
    QByteArray body;
    HeaderList headers;
    bool isEnvelope = false;
    int ocpiStatus = 0;
    QString statusMessage;
    QJsonValue data;                        // Undefined when absent
    TokenEncoding encodingUsed = TokenEncoding::Base64;

    // HTTP 2xx and OCPI 1xxx (TF-20: the status_code decides).
    bool ok() const;
    // One line for operators and status_messages: "HTTP 401, OCPI 2000: unknown token".
    QString describe() const;
    QByteArray header(QByteArrayView name) const;
    // The wait a 429 or 503 asks for in Retry-After (delay-seconds or an HTTP date, RFC 9110),
    // relative to `now`; nullopt when there is none or it cannot be read.
    std::optional<qint64> retryAfterMs(const QDateTime &now) const;
    // How long to wait before trying again: `backoffMs`, or longer when a 429/503 asks for it in
    // Retry-After (at most `maxRetryAfterMs`: a partner cannot stop us for days).
    qint64 retryDelayMs(qint64 backoffMs, qint64 maxRetryAfterMs, const QDateTime &now) const;
    // Worth trying again soon: no answer, HTTP 5xx, 408, 425 or 429, or an OCPI 3xxx (the partner's
    // own trouble).
    bool isTransient() const;
    // The partner says it cannot use this message: an HTTP 4xx other than 401/403 (the token),
    // 408, 425 and 429 (try later), or an OCPI 2xxx. Sending it again unchanged will not help.
    bool isRefusal() const;

    // Peers send an object where a list was expected and the other way round; accept both.
    QJsonArray dataAsList() const;
    QJsonObject dataAsObject() const;
};

// Asynchronous calls to partners over QNetworkAccessManager: Authorization (base64 or raw, the other
// tried once on 401/403), X-Request-ID, X-Correlation-ID and User-Agent on every call, routing
// headers where given, a timeout, every exchange written to the request log.
//
// Redirects: web frameworks answer a URL without its trailing slash with a redirect to the one with
// it. A 307/308 to the same origin (scheme, host, port) is followed with the same method, body and
// headers, at most kMaxRedirects times; a 301/302/303 only for GET (clients turn those into a GET,
// which would drop a push's body). A redirect to another origin is refused: our token is for the
// partner, not for whoever it points at. Every target passes the URL policy first.
class OcpiClient : public QObject
{
    Q_OBJECT

public:
    OcpiClient(RequestLog *log, const Clock &clock, qsizetype logBodyLimit = 8192, QObject *parent = nullptr);
    ~OcpiClient() override;

    static constexpr int kDefaultTimeoutMs = 15000;
    // How long a call may go without receiving anything before it is given up (no answer).
    void setTimeout(int ms) { m_timeoutMs = qMax(1, ms); }
    int timeoutMs() const { return m_timeoutMs; }

    using Callback = std::function<void(const OcpiReply &)>;
    // Under --partner-url-policy public-only a refused URL is never called: the reply then has no
    // HTTP status and the refusal as its networkError.
    void send(OutgoingRequest request, Callback done);

    void setUrlPolicy(PartnerUrlPolicy policy);
    PartnerUrlPolicy urlPolicy() const;
    // For URLs a partner announces before we call them (its endpoints): the same check send() does.
    void checkUrls(const QStringList &urls, std::function<void(Status)> done);

    // Endpoint URLs with or without a trailing slash both work (TF-27): exactly one '/' between parts,
    // each extra segment percent-encoded.
    static QString joinUrl(const QString &base, const QStringList &segments);

    static constexpr int kMaxRedirects = 5;
    static QByteArray userAgent();

private:
    void attempt(OutgoingRequest request, bool isRetry, int redirects, Callback done);
    // A redirect to follow: calls attempt() again (after the URL policy) and returns true; or
    // leaves why not in `reply.networkError` and returns false.
    bool followRedirect(const OutgoingRequest &request, bool isRetry, int redirects, OcpiReply &reply,
                        const Callback &done);

    QNetworkAccessManager *m_network;
    UrlGuard *m_guard;
    RequestLog *m_log;
    const Clock &m_clock;
    qsizetype m_logBodyLimit;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace ocpi
