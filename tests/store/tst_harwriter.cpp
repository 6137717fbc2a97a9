#include "support/testsupport.h"
#include "traffic/harwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ocpi;

namespace {

const QString kToken = QStringLiteral("c3VwZXItc2VjcmV0LXRva2VuLXZhbHVlLTEyMzQ1Njc4");

TrafficRecord outgoingPut()
{
    TrafficRecord r;
    r.id = 7;
    r.timestamp = test::fixedNow().addMSecs(250);
    r.direction = TrafficRecord::Direction::Outgoing;
    r.method = QStringLiteral("PUT");
    r.url = QStringLiteral("https://cpo.example/ocpi/cpo/2.2.1/locations/NL/CPO/LOC1?x=1&y=a%20b");
    r.partner = QStringLiteral("NL-CPO");
    r.httpStatus = 200;
    r.ocpiStatus = 1000;
    r.durationMs = 12.5;
    r.correlationId = QStringLiteral("corr-7");
    // As the log stores them: the Authorization value already masked.
    r.requestHeaders = masking::headersText({{"Authorization", "Token " + kToken.toUtf8()},
                                             {"Content-Type", "application/json"}});
    r.requestBody = R"({"id":"LOC1"})";
    r.responseHeaders = "Content-Type: application/json\nLocation: https://cpo.example/next\n";
    r.responseBody = R"({"status_code":1000})";
    return r;
}

TrafficRecord incomingGet()
{
    TrafficRecord r;
    r.id = 3;
    r.timestamp = test::fixedNow();
    r.direction = TrafficRecord::Direction::Incoming;
    r.method = QStringLiteral("GET");
    r.url = QStringLiteral("/ocpi/versions");
    // A value that was never masked (an older log, a bug): the writer masks it.
    r.requestHeaders = "Host: node.example:8080\nAuthorization: Token " + kToken.toUtf8() + "\n";
    r.httpStatus = 401;
    r.ocpiStatus = 2000;
    return r;
}

TrafficRecord refused()
{
    TrafficRecord r;
    r.id = 9;
    r.timestamp = test::fixedNow().addSecs(1);
    r.direction = TrafficRecord::Direction::Outgoing;
    r.method = QStringLiteral("GET");
    r.url = QStringLiteral("http://127.0.0.1:1/ocpi/versions");
    r.error = QStringLiteral("Connection refused");
    r.durationMs = 1;
    return r;
}

// The members HAR 1.2 requires of an object, and their JSON types.
void requireMembers(const QJsonObject &object, const QList<std::pair<const char *, QJsonValue::Type>> &members,
                    const QString &where)
{
    for (const auto &[name, type] : members) {
        const QJsonValue value = object.value(QLatin1String(name));
        QVERIFY2(value.type() == type, qPrintable(QStringLiteral("%1.%2 missing or of the wrong type").arg(where, name)));
    }
}

} // namespace

// The HAR 1.2 export of request log entries: every required field, masked tokens, order.
class TstHarWriter : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_log;

private slots:
    void init()
    {
        const QByteArray json = har::toJson({outgoingPut(), refused(), incomingGet()}, {"test", "1.0"},
                                            QStringLiteral("http://fallback:1"));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        m_log = document.object().value(QLatin1String("log")).toObject();
    }

    void logHasVersionCreatorEntries()
    {
        QCOMPARE(m_log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(m_log.value(QLatin1String("creator")).toObject(),
                 (QJsonObject{{"name", "test"}, {"version", "1.0"}}));
        QCOMPARE(m_log.value(QLatin1String("entries")).toArray().size(), 3);
    }

    void everyEntryHasTheRequiredFields()
    {
        using T = QJsonValue::Type;
        const QJsonArray entries = m_log.value(QLatin1String("entries")).toArray();
        for (int i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            const QString where = QStringLiteral("entries[%1]").arg(i);
            requireMembers(entry, {{"startedDateTime", T::String}, {"time", T::Double}, {"request", T::Object},
                                   {"response", T::Object}, {"cache", T::Object}, {"timings", T::Object}},
                           where);
            requireMembers(entry.value(QLatin1String("request")).toObject(),
                           {{"method", T::String}, {"url", T::String}, {"httpVersion", T::String},
                            {"cookies", T::Array}, {"headers", T::Array}, {"queryString", T::Array},
                            {"headersSize", T::Double}, {"bodySize", T::Double}},
                           where + QStringLiteral(".request"));
            const QJsonObject response = entry.value(QLatin1String("response")).toObject();
            requireMembers(response,
                           {{"status", T::Double}, {"statusText", T::String}, {"httpVersion", T::String},
                            {"cookies", T::Array}, {"headers", T::Array}, {"content", T::Object},
                            {"redirectURL", T::String}, {"headersSize", T::Double}, {"bodySize", T::Double}},
                           where + QStringLiteral(".response"));
            requireMembers(response.value(QLatin1String("content")).toObject(),
                           {{"size", T::Double}, {"mimeType", T::String}}, where + QStringLiteral(".response.content"));
            requireMembers(entry.value(QLatin1String("timings")).toObject(),
                           {{"send", T::Double}, {"wait", T::Double}, {"receive", T::Double}},
                           where + QStringLiteral(".timings"));
            // ISO 8601 with a zone, as HAR asks.
            const QString started = entry.value(QLatin1String("startedDateTime")).toString();
            QVERIFY2(QDateTime::fromString(started, Qt::ISODateWithMs).isValid() && started.endsWith(QLatin1Char('Z')),
                     qPrintable(started));
        }
    }

    void entriesOldestFirstWithAbsoluteUrls()
    {
        const QJsonArray entries = m_log.value(QLatin1String("entries")).toArray();
        QStringList urls;
        for (const QJsonValue &entry : entries)
            urls << entry[QLatin1String("request")][QLatin1String("url")].toString();
        QCOMPARE(urls, (QStringList{"http://node.example:8080/ocpi/versions",
                                    "https://cpo.example/ocpi/cpo/2.2.1/locations/NL/CPO/LOC1?x=1&y=a%20b",
                                    "http://127.0.0.1:1/ocpi/versions"}));
    }

    void requestAndResponseInFull()
    {
        const QJsonObject put = m_log.value(QLatin1String("entries")).toArray().at(1).toObject();
        const QJsonObject request = put.value(QLatin1String("request")).toObject();
        QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("PUT"));
        QCOMPARE(request.value(QLatin1String("queryString")).toArray(),
                 (QJsonArray{QJsonObject{{"name", "x"}, {"value", "1"}}, QJsonObject{{"name", "y"}, {"value", "a b"}}}));
        QCOMPARE(request.value(QLatin1String("postData")).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral(R"({"id":"LOC1"})"));
        QCOMPARE(request.value(QLatin1String("postData")).toObject().value(QLatin1String("mimeType")).toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(request.value(QLatin1String("bodySize")).toInt(), 13);
        const QJsonObject response = put.value(QLatin1String("response")).toObject();
        QCOMPARE(response.value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(response.value(QLatin1String("redirectURL")).toString(), QStringLiteral("https://cpo.example/next"));
        QCOMPARE(response.value(QLatin1String("content")).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral(R"({"status_code":1000})"));
        QCOMPARE(put.value(QLatin1String("time")).toDouble(), 12.5);
        QCOMPARE(put.value(QLatin1String("startedDateTime")).toString(),
                 test::fixedNow().addMSecs(250).toUTC().toString(Qt::ISODateWithMs));
    }

    void transportFailureHasStatusZeroAndTheError()
    {
        const QJsonObject failed = m_log.value(QLatin1String("entries")).toArray().at(2).toObject();
        const QJsonObject response = failed.value(QLatin1String("response")).toObject();
        QCOMPARE(response.value(QLatin1String("status")).toInt(), 0);
        QCOMPARE(response.value(QLatin1String("statusText")).toString(), QStringLiteral("Connection refused"));
        QCOMPARE(failed.value(QLatin1String("_error")).toString(), QStringLiteral("Connection refused"));
    }

    void authorizationNeverInFull()
    {
        const QByteArray json = har::toJson({outgoingPut(), incomingGet()}, {"test", "1.0"}, QString());
        QVERIFY(!json.contains(kToken.toUtf8()));
        QVERIFY(!json.contains(kToken.left(20).toUtf8()));
        const QJsonArray entries = QJsonDocument::fromJson(json)
                                       .object()
                                       .value(QLatin1String("log"))
                                       .toObject()
                                       .value(QLatin1String("entries"))
                                       .toArray();
        for (const QJsonValue &entry : entries) {
            bool seen = false;
            for (const QJsonValue &header : entry[QLatin1String("request")][QLatin1String("headers")].toArray()) {
                if (header[QLatin1String("name")].toString() == QLatin1String("Authorization")) {
                    seen = true;
                    QCOMPARE(header[QLatin1String("value")].toString(),
                             QStringLiteral("Token c3Vw…(%1 chars)").arg(kToken.size()));
                }
            }
            QVERIFY(seen);
        }
    }
};

QTEST_GUILESS_MAIN(TstHarWriter)
#include "tst_harwriter.moc"
