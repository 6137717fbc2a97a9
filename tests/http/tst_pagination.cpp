#include "core/datetime.h"
#include "http/pagination.h"
#include "http/router.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace ocpi;

namespace {

constexpr int kMax = 100;

// The parts of a `Link: <url>; rel="next"` header, or an empty url when it is malformed.
QUrl nextUrl(const QByteArray &link)
{
    if (!link.startsWith('<') || !link.endsWith(">; rel=\"next\""))
        return QUrl();
    return QUrl(QString::fromUtf8(link.mid(1, link.indexOf('>') - 1)), QUrl::StrictMode);
}

} // namespace

// PG-01..06, PIT-06: list parameters and paging headers.
class TestPagination : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("dateFrom");   // formatted, empty = absent
        QTest::addColumn<QString>("dateTo");
        QTest::addColumn<QString>("problem");    // parameter named in the 2001 message

        QTest::newRow("PG-01 nothing: offset 0, server maximum") << "" << true << qint64(0) << kMax << "" << "" << "";
        QTest::newRow("offset and limit") << "offset=10&limit=5" << true << qint64(10) << 5 << "" << "" << "";
        QTest::newRow("PG-05 limit above the maximum is capped") << "limit=1000" << true << qint64(0) << kMax << "" << "" << "";
        QTest::newRow("limit equal to the maximum") << "limit=100" << true << qint64(0) << kMax << "" << "" << "";
        QTest::newRow("large offset") << "offset=123456789012" << true << qint64(123456789012) << kMax << "" << "" << "";
        QTest::newRow("dates with Z")
            << "date_from=2026-01-01T00:00:00Z&date_to=2026-02-01T00:00:00Z" << true << qint64(0) << kMax
            << "2026-01-01T00:00:00Z" << "2026-02-01T00:00:00Z" << "";
        QTest::newRow("PIT-03 date without Z is UTC")
            << "date_from=2026-01-01T10:00:00" << true << qint64(0) << kMax << "2026-01-01T10:00:00Z" << "" << "";
        QTest::newRow("percent-encoded colons")
            << "date_from=2026-01-01T10%3A00%3A00Z" << true << qint64(0) << kMax << "2026-01-01T10:00:00Z" << "" << "";
        QTest::newRow("date with milliseconds")
            << "date_to=2026-01-01T10:00:00.250Z" << true << qint64(0) << kMax << "" << "2026-01-01T10:00:00.250Z" << "";
        QTest::newRow("unrelated parameters ignored") << "type=RFID&foo=bar" << true << qint64(0) << kMax << "" << "" << "";

        QTest::newRow("PG-05 negative offset -> 2001") << "offset=-1" << false << qint64(0) << 0 << "" << "" << "offset";
        QTest::newRow("non-numeric offset -> 2001") << "offset=abc" << false << qint64(0) << 0 << "" << "" << "offset";
        QTest::newRow("empty offset -> 2001") << "offset=" << false << qint64(0) << 0 << "" << "" << "offset";
        QTest::newRow("fractional offset -> 2001") << "offset=1.5" << false << qint64(0) << 0 << "" << "" << "offset";
        QTest::newRow("offset overflowing 64 bits -> 2001")
            << "offset=99999999999999999999" << false << qint64(0) << 0 << "" << "" << "offset";
        QTest::newRow("negative limit -> 2001") << "limit=-5" << false << qint64(0) << 0 << "" << "" << "limit";
        QTest::newRow("non-numeric limit -> 2001") << "limit=ten" << false << qint64(0) << 0 << "" << "" << "limit";
        QTest::newRow("unparsable date_from -> 2001") << "date_from=yesterday" << false << qint64(0) << 0 << "" << "" << "date_from";
        QTest::newRow("date_from with an offset -> 2001")
            << "date_from=2026-01-01T10:00:00%2B01:00" << false << qint64(0) << 0 << "" << "" << "date_from";
        QTest::newRow("impossible date_to -> 2001") << "date_to=2026-13-01T00:00:00Z" << false << qint64(0) << 0 << "" << "" << "date_to";
        QTest::newRow("date only date_to -> 2001") << "date_to=2026-01-01" << false << qint64(0) << 0 << "" << "" << "date_to";
    }

    void parse()
    {
        QFETCH(QString, query);
        QFETCH(bool, valid);
        QFETCH(qint64, offset);
        QFETCH(int, limit);
        QFETCH(QString, dateFrom);
        QFETCH(QString, dateTo);
        QFETCH(QString, problem);

        const auto page = PageRequest::parse(QUrlQuery(query), kMax);
        QCOMPARE(page.ok(), valid);
        if (!valid) {
            QCOMPARE(page.error().kind, ErrorKind::InvalidData); // -> 2001
            QVERIFY2(page.error().message.contains(QLatin1Char('\'') + problem + QLatin1Char('\'')),
                     qPrintable(page.error().message));
            return;
        }
        QCOMPARE(page->offset, offset);
        QCOMPARE(page->limit, limit);
        QCOMPARE(page->dateFrom ? formatDateTime(*page->dateFrom) : QString(), dateFrom);
        QCOMPARE(page->dateTo ? formatDateTime(*page->dateTo) : QString(), dateTo);
    }

    void headers_data()
    {
        QTest::addColumn<QString>("query");       // as the client sent it (encoded)
        QTest::addColumn<int>("returned");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QString>("next");        // expected next query, empty = no Link

        QTest::newRow("PG-03 empty list: no Link") << "" << 0 << qint64(0) << "";
        QTest::newRow("single page: no Link") << "" << 7 << qint64(7) << "";
        QTest::newRow("PG-04 first of several pages") << "" << 100 << qint64(250) << "offset=100&limit=100";
        QTest::newRow("middle page") << "offset=100" << 100 << qint64(250) << "offset=200&limit=100";
        QTest::newRow("PIT-06 last page: no Link") << "offset=200" << 50 << qint64(250) << "";
        QTest::newRow("last page ending exactly on the total") << "offset=150&limit=100" << 100 << qint64(250) << "";
        QTest::newRow("client limit below the maximum is kept") << "limit=10" << 10 << qint64(25) << "offset=10&limit=10";
        QTest::newRow("PG-05 client limit above the maximum is capped")
            << "limit=500" << 100 << qint64(250) << "offset=100&limit=100";
        QTest::newRow("offset beyond the total: no Link") << "offset=999" << 0 << qint64(250) << "";
        QTest::newRow("PG-04 date_from and date_to repeated")
            << "date_from=2026-01-01T00:00:00Z&date_to=2026-02-01T00:00:00Z&limit=2" << 2 << qint64(5)
            << "date_from=2026-01-01T00:00:00Z&date_to=2026-02-01T00:00:00Z&offset=2&limit=2";
        QTest::newRow("other parameters repeated, offset/limit replaced")
            << "offset=0&type=RFID&limit=2&country_code=NL" << 2 << qint64(5)
            << "type=RFID&country_code=NL&offset=2&limit=2";
        QTest::newRow("PG-09 plus sign stays a plus")
            << "date_from=2026-01-01T00:00:00%2B00:00&limit=2" << 2 << qint64(5)
            << "date_from=2026-01-01T00:00:00%2B00:00&offset=2&limit=2";
        QTest::newRow("encoded ampersand in a value stays one value")
            << "name=a%26b&limit=2" << 2 << qint64(5) << "name=a%26b&offset=2&limit=2";
        QTest::newRow("encoded space in a value") << "name=a%20b&limit=2" << 2 << qint64(5) << "name=a%20b&offset=2&limit=2";
    }

    void headers()
    {
        QFETCH(QString, query);
        QFETCH(int, returned);
        QFETCH(qint64, total);
        QFETCH(QString, next);

        HttpRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/ocpi/cpo/2.2.1/locations");
        request.segments = HttpRequest::splitPath(request.path);
        request.query = QUrlQuery(query);
        const RouteCall call{.request = request, .publicBase = QStringLiteral("https://node.example.com:8443")};
        const auto page = PageRequest::parse(request.query, kMax);
        QVERIFY(page.ok());

        HttpResponse response;
        addPageHeaders(response, call, *page, returned, total, kMax);
        QCOMPARE(response.header("X-Total-Count"), QByteArray::number(total));
        QCOMPARE(response.header("X-Limit"), QByteArray::number(kMax)); // the maximum, not the page size
        const QByteArray link = response.header("Link");
        if (next.isEmpty()) {
            QVERIFY2(link.isEmpty(), link.constData());
            QVERIFY(!response.headers.contains(qMakePair(QByteArray("Link"), QByteArray())));
            return;
        }
        QCOMPARE(link, "<https://node.example.com:8443/ocpi/cpo/2.2.1/locations?" + next.toUtf8() + ">; rel=\"next\"");
        const QUrl url = nextUrl(link);
        QVERIFY2(url.isValid(), link.constData());
        // What a client reads back from the Link is what it sent, with the new window.
        const auto again = PageRequest::parse(QUrlQuery(url), kMax);
        QVERIFY(again.ok());
        QCOMPARE(again->offset, page->offset + returned);
        QCOMPARE(again->limit, page->limit);
        QCOMPARE(again->dateFrom, page->dateFrom);
        QCOMPARE(again->dateTo, page->dateTo);
    }

    // Following the Links from the first page visits every object exactly once (PG-07 as a client
    // would do it).
    void followingLinksCoversEverything()
    {
        const qint64 total = 23;
        qint64 seen = 0;
        int pages = 0;
        QString query = QStringLiteral("limit=5&date_from=2026-01-01T00:00:00Z");
        while (true) {
            HttpRequest request;
            request.path = QStringLiteral("/ocpi/cpo/2.2.1/locations");
            request.query = QUrlQuery(query);
            const RouteCall call{.request = request, .publicBase = QStringLiteral("http://127.0.0.1:1")};
            const auto page = PageRequest::parse(request.query, kMax);
            QVERIFY(page.ok());
            QCOMPARE(page->offset, seen);
            const int returned = int(qMin<qint64>(page->limit, total - page->offset));
            HttpResponse response;
            addPageHeaders(response, call, *page, returned, total, kMax);
            seen += returned;
            ++pages;
            QVERIFY(pages < 10);
            const QByteArray link = response.header("Link");
            if (link.isEmpty())
                break;
            query = nextUrl(link).query(QUrl::FullyEncoded);
            QVERIFY(query.contains(QLatin1String("date_from=2026-01-01T00:00:00Z")));
        }
        QCOMPARE(seen, total);
        QCOMPARE(pages, 5);
    }
};

QTEST_GUILESS_MAIN(TestPagination)
#include "tst_pagination.moc"
