#include "core/datetime.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace ocpi;

// GEN-05/06, PIT-03: what the reader accepts and what the writer emits.
class TestDateTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A local zone that is not UTC, so "local time read as UTC" mistakes show (PIT-03). A POSIX
        // rule needs no tzdata.
        qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
        tzset();
        QCOMPARE(QDateTime(QDate(2026, 1, 2), QTime(12, 0), Qt::LocalTime).offsetFromUtc(), 3600);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2015, 6, 29), QTime(20, 39, 9), QTimeZone::utc());
        QTest::newRow("with Z") << "2015-06-29T20:39:09Z" << true << base;
        QTest::newRow("without Z is UTC, not local time") << "2015-06-29T20:39:09" << true << base;
        QTest::newRow("milliseconds") << "2015-06-29T20:39:09.123Z" << true << base.addMSecs(123);
        QTest::newRow("one fraction digit") << "2015-06-29T20:39:09.5Z" << true << base.addMSecs(500);
        QTest::newRow("microseconds truncated") << "2015-06-29T20:39:09.123456Z" << true << base.addMSecs(123);
        QTest::newRow("+00:00 tolerated") << "2015-06-29T20:39:09+00:00" << true << base;
        QTest::newRow("spec epoch 1970-1-1") << "1970-1-1T00:00:00Z" << true
                                             << QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
        QTest::newRow("-00:00 tolerated") << "2015-06-29T20:39:09-00:00" << true << base;
        QTest::newRow("milliseconds without Z") << "2015-06-29T20:39:09.007" << true << base.addMSecs(7);
        QTest::newRow("29 February of a leap year") << "2024-02-29T00:00:00Z" << true
                                                     << QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone::utc());
        QTest::newRow("offset refused") << "2015-06-29T20:39:09+01:00" << false << QDateTime();
        QTest::newRow("negative offset refused") << "2015-06-29T20:39:09-05:00" << false << QDateTime();
        QTest::newRow("29 February of a common year") << "2023-02-29T00:00:00Z" << false << QDateTime();
        QTest::newRow("hour 24") << "2015-06-29T24:00:00Z" << false << QDateTime();
        QTest::newRow("leap second") << "2015-06-30T23:59:60Z" << false << QDateTime();
        QTest::newRow("no seconds") << "2015-06-29T20:39Z" << false << QDateTime();
        QTest::newRow("two-digit year") << "15-06-29T20:39:09Z" << false << QDateTime();
        QTest::newRow("date only") << "2015-06-29" << false << QDateTime();
        QTest::newRow("space separator") << "2015-06-29 20:39:09Z" << false << QDateTime();
        QTest::newRow("month 13") << "2015-13-29T20:39:09Z" << false << QDateTime();
        QTest::newRow("trailing garbage") << "2015-06-29T20:39:09Zx" << false << QDateTime();
        QTest::newRow("empty fraction") << "2015-06-29T20:39:09.Z" << false << QDateTime();
        QTest::newRow("empty") << "" << false << QDateTime();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QDateTime, expected);
        const auto parsed = parseDateTime(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, expected);
            QCOMPARE(parsed->timeSpec(), Qt::UTC);
        }
    }

    void format_data()
    {
        QTest::addColumn<QDateTime>("value");
        QTest::addColumn<QString>("expected");
        const QDateTime base(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        QTest::newRow("whole seconds, no fraction") << base << "2026-01-02T03:04:05Z";
        QTest::newRow("three fraction digits") << base.addMSecs(7) << "2026-01-02T03:04:05.007Z";
        QTest::newRow("offset converted to UTC") << QDateTime(QDate(2026, 1, 2), QTime(5, 4, 5), QTimeZone(7200))
                                                 << "2026-01-02T03:04:05Z";
        // PIT-03: a local time (TZ is CET here, see initTestCase) is written in UTC with Z.
        QTest::newRow("PIT-03 local winter time") << QDateTime(QDate(2026, 1, 2), QTime(4, 4, 5), Qt::LocalTime)
                                                  << "2026-01-02T03:04:05Z";
        QTest::newRow("PIT-03 local summer time") << QDateTime(QDate(2026, 7, 2), QTime(5, 4, 5), Qt::LocalTime)
                                                  << "2026-07-02T03:04:05Z";
    }

    void format()
    {
        QFETCH(QDateTime, value);
        QFETCH(QString, expected);
        QCOMPARE(formatDateTime(value), expected);
        QCOMPARE(*parseDateTime(formatDateTime(value)), value.toUTC());
    }
};

QTEST_GUILESS_MAIN(TestDateTime)
#include "tst_datetime.moc"
