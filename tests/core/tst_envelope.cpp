#include "ocpi/envelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace ocpi;

// TF-16..19, PIT-09: the response envelope, compared as whole bodies.
class TestEnvelope : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_at{QDate(2026, 11, 25), QTime(12, 0, 0), QTimeZone::utc()};

private slots:
    void build_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("statusCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QDateTime>("timestamp");
        QTest::addColumn<QByteArray>("expected");

        const QDateTime at(QDate(2026, 11, 25), QTime(12, 0, 0), QTimeZone::utc());
        QTest::newRow("TF-17 object data")
            << QByteArray(R"({"version":"2.2.1"})") << 1000 << "Success" << at
            << QByteArray(R"({"data":{"version":"2.2.1"},"status_code":1000,"status_message":"Success","timestamp":"2026-11-25T12:00:00Z"})");
        QTest::newRow("TF-17 list data")
            << QByteArray(R"([{"a":1},{"a":2}])") << 1000 << "Success" << at
            << QByteArray(R"({"data":[{"a":1},{"a":2}],"status_code":1000,"status_message":"Success","timestamp":"2026-11-25T12:00:00Z"})");
        QTest::newRow("empty list is data, not absent")
            << QByteArray("[]") << 1000 << "Success" << at
            << QByteArray(R"({"data":[],"status_code":1000,"status_message":"Success","timestamp":"2026-11-25T12:00:00Z"})");
        QTest::newRow("TF-19 no data: field omitted")
            << QByteArray() << 1000 << "Success" << at
            << QByteArray(R"({"status_code":1000,"status_message":"Success","timestamp":"2026-11-25T12:00:00Z"})");
        QTest::newRow("TF-18 error without data")
            << QByteArray() << 2001 << "missing last_updated" << at
            << QByteArray(R"({"status_code":2001,"status_message":"missing last_updated","timestamp":"2026-11-25T12:00:00Z"})");
        QTest::newRow("no message: status_message omitted")
            << QByteArray() << 1000 << QString() << at
            << QByteArray(R"({"status_code":1000,"timestamp":"2026-11-25T12:00:00Z"})");
        QTest::newRow("GEN-06 timestamp with milliseconds")
            << QByteArray() << 1000 << QString() << at.addMSecs(42)
            << QByteArray(R"({"status_code":1000,"timestamp":"2026-11-25T12:00:00.042Z"})");
        QTest::newRow("GEN-06 timestamp converted to UTC")
            << QByteArray() << 3000 << "x" << QDateTime(QDate(2026, 11, 25), QTime(13, 0, 0), QTimeZone(3600))
            << QByteArray(R"({"status_code":3000,"status_message":"x","timestamp":"2026-11-25T12:00:00Z"})");
    }

    void build()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, statusCode);
        QFETCH(QString, message);
        QFETCH(QDateTime, timestamp);
        QFETCH(QByteArray, expected);
        const QByteArray body = envelope::build(data, statusCode, message, timestamp);
        QCOMPARE(body, expected);
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void successAndError()
    {
        QCOMPARE(envelope::success(R"({"k":"v"})", m_at),
                 QByteArray(R"({"data":{"k":"v"},"status_code":1000,"status_message":"Success","timestamp":"2026-11-25T12:00:00Z"})"));
        QCOMPARE(envelope::success(QByteArray(), m_at),
                 QByteArray(R"({"status_code":1000,"status_message":"Success","timestamp":"2026-11-25T12:00:00Z"})"));
        QCOMPARE(envelope::error(2000, QStringLiteral("unknown credentials token"), m_at),
                 QByteArray(R"({"status_code":2000,"status_message":"unknown credentials token","timestamp":"2026-11-25T12:00:00Z"})"));
    }

    // status_message is free text: anything must come out as a valid JSON string that reads back
    // to the same text.
    void messageEscaping_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("literal");
        QTest::newRow("plain") << "plain text" << QByteArray("\"plain text\"");
        QTest::newRow("double quote") << "say \"hi\"" << QByteArray("\"say \\\"hi\\\"\"");
        QTest::newRow("backslash") << "C:\\path" << QByteArray("\"C:\\\\path\"");
        QTest::newRow("newline, CR, tab") << "a\nb\rc\td" << QByteArray("\"a\\nb\\rc\\td\"");
        QTest::newRow("other control characters") << QStringLiteral("x\x01y\x1fz") << QByteArray("\"x\\u0001y\\u001fz\"");
        QTest::newRow("NUL") << QString(QChar(0)) << QByteArray("\"\\u0000\"");
        QTest::newRow("non-ASCII stays UTF-8") << QStringLiteral("\u00dcn\u00efc\u00f8d\u00e9 \u20ac")
                                               << QByteArray("\"\xc3\x9c" "n\xc3\xaf" "c\xc3\xb8" "d\xc3\xa9 \xe2\x82\xac\"");
        QTest::newRow("emoji (surrogate pair)") << QStringLiteral("\U0001F50C") << QByteArray("\"\xf0\x9f\x94\x8c\"");
        QTest::newRow("JSON-looking text") << "\",\"status_code\":1000,\""
                                           << QByteArray("\"\\\",\\\"status_code\\\":1000,\\\"\"");
        QTest::newRow("slash and DEL kept") << QStringLiteral("a/b\x7f") << QByteArray("\"a/b\x7f\"");
    }

    void messageEscaping()
    {
        QFETCH(QString, message);
        QFETCH(QByteArray, literal);
        QCOMPARE(envelope::jsonString(message), literal);

        const QByteArray body = envelope::error(2001, message, m_at);
        QCOMPARE(body, QByteArray(R"({"status_code":2001,"status_message":)" + literal
                                  + R"(,"timestamp":"2026-11-25T12:00:00Z"})"));
        QJsonParseError error;
        const QJsonObject parsed = QJsonDocument::fromJson(body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.value(QStringLiteral("status_message")).toString(), message);
        QCOMPARE(parsed.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
