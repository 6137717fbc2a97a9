#include "nodemigrations.h"
#include "store/database.h"
#include "support/testsupport.h"
#include "traffic/trafficfilter.h"
#include "traffic/trafficstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

namespace {

using Direction = TrafficRecord::Direction;

// One exchange: `tag` names it (in the request id) so a test compares which entries came back.
TrafficRecord entry(const QString &tag, Direction direction, const QString &method, const QString &url,
                    const QString &partner, int http, int ocpi, const QString &error = {})
{
    TrafficRecord r;
    r.timestamp = test::fixedNow();
    r.direction = direction;
    r.method = method;
    r.url = url;
    r.partner = partner;
    r.httpStatus = http;
    r.ocpiStatus = ocpi;
    r.requestId = tag;
    r.error = error;
    return r;
}

QStringList tags(const QList<TrafficRecord> &records)
{
    QStringList out;
    for (const TrafficRecord &r : records)
        out << r.requestId;
    return out;
}

} // namespace

// The request log's filters, applied in SQL over the whole log (TrafficStore::recent and since),
// and transport failures stored with their error. On SQLite and PostgreSQL.
class TstTrafficFilter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(test::testDatabase(m_dir, QStringLiteral("log-%1.sqlite").arg(++m_counter)),
                           trafficMigrations()));
        const QString cpo = QStringLiteral("https://cpo.example/ocpi/cpo/2.2.1");
        const QList<TrafficRecord> records{
            entry("get-locations", Direction::Incoming, "GET", "/ocpi/emsp/2.2.1/locations?offset=0&limit=10", "NL-CPO", 200, 1000),
            entry("put-location", Direction::Outgoing, "PUT", cpo + "/locations/NL/CPO/LOC1", "NL-CPO", 200, 1000),
            entry("refused", Direction::Outgoing, "PUT", cpo + "/tariffs/NL/CPO/T1", "DE-EMS", 0, 0, "Connection refused"),
            entry("not-found", Direction::Incoming, "GET", "/ocpi/emsp/2.2.1/sessions/DE/EMS/S1", "DE-EMS", 404, 2003),
            entry("ocpi-error", Direction::Outgoing, "POST", cpo + "/commands/START_SESSION", "NL-CPO", 200, 2001),
            entry("versions", Direction::Incoming, "GET", "/ocpi/versions", QString(), 200, 1000),
            entry("server-error", Direction::Outgoing, "PATCH", cpo + "/locationsx/NL/CPO/L9", "DE-EMS", 500, 0),
        };
        QVERIFY(TrafficStore::insert(m_db->connection(), records).ok());
    }
    void cleanup() { m_db.reset(); }

    void filters_data()
    {
        QTest::addColumn<TrafficFilter>("filter");
        QTest::addColumn<QStringList>("expected"); // newest first
        const auto with = [](auto change) {
            TrafficFilter f;
            change(f);
            return f;
        };
        QTest::newRow("nothing narrows")
            << TrafficFilter() << QStringList{"server-error", "versions", "ocpi-error", "not-found", "refused", "put-location", "get-locations"};
        QTest::newRow("partner") << with([](TrafficFilter &f) { f.partner = "DE-EMS"; })
                                 << QStringList{"server-error", "not-found", "refused"};
        QTest::newRow("module is a whole path segment, query or end")
            << with([](TrafficFilter &f) { f.module = "locations"; }) << QStringList{"put-location", "get-locations"};
        QTest::newRow("module at the end of the path") << with([](TrafficFilter &f) { f.module = "versions"; })
                                                       << QStringList{"versions"};
        QTest::newRow("incoming") << with([](TrafficFilter &f) { f.direction = Direction::Incoming; })
                                  << QStringList{"versions", "not-found", "get-locations"};
        QTest::newRow("outgoing PUT") << with([](TrafficFilter &f) {
            f.direction = Direction::Outgoing;
            f.method = "put";
        }) << QStringList{"refused", "put-location"};
        QTest::newRow("http status") << with([](TrafficFilter &f) { f.httpStatus = StatusRange::parse("404"); })
                                     << QStringList{"not-found"};
        QTest::newRow("http class") << with([](TrafficFilter &f) { f.httpStatus = StatusRange::parse("5xx"); })
                                    << QStringList{"server-error"};
        QTest::newRow("ocpi class") << with([](TrafficFilter &f) { f.ocpiStatus = StatusRange::parse("2xxx"); })
                                    << QStringList{"ocpi-error", "not-found"};
        QTest::newRow("errors only: http, ocpi and transport failures")
            << with([](TrafficFilter &f) { f.errorsOnly = true; })
            << QStringList{"server-error", "ocpi-error", "not-found", "refused"};
        QTest::newRow("errors only of one partner") << with([](TrafficFilter &f) {
            f.errorsOnly = true;
            f.partner = "NL-CPO";
        }) << QStringList{"ocpi-error"};
        QTest::newRow("nothing matches") << with([](TrafficFilter &f) { f.module = "reservations"; }) << QStringList();
    }

    void filters()
    {
        QFETCH(TrafficFilter, filter);
        QFETCH(QStringList, expected);
        const auto recent = TrafficStore::recent(m_db->connection(), 100, 0, filter);
        QVERIFY(recent.ok());
        QCOMPARE(tags(*recent), expected);
        // The live view's query narrows the same way, oldest first.
        const auto since = TrafficStore::since(m_db->connection(), 0, 100, filter);
        QVERIFY(since.ok());
        QStringList reversed = expected;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(tags(*since), reversed);
        // The in-memory rule says the same as the SQL one.
        if (filter.errorsOnly && filter.partner.isEmpty()) {
            const auto all = TrafficStore::recent(m_db->connection(), 100);
            QStringList errors;
            for (const TrafficRecord &r : *all) {
                if (r.isError())
                    errors << r.requestId;
            }
            QCOMPARE(errors, expected);
        }
    }

    void limitCountsMatchesOnly()
    {
        TrafficFilter errors;
        errors.errorsOnly = true;
        const auto two = TrafficStore::recent(m_db->connection(), 2, 0, errors);
        QVERIFY(two.ok());
        QCOMPARE(tags(*two), (QStringList{"server-error", "ocpi-error"}));
        const auto older = TrafficStore::recent(m_db->connection(), 2, two->last().id, errors);
        QVERIFY(older.ok());
        QCOMPARE(tags(*older), (QStringList{"not-found", "refused"}));
    }

    void transportFailureKeepsItsError()
    {
        TrafficFilter refused;
        refused.partner = QStringLiteral("DE-EMS");
        refused.method = QStringLiteral("PUT");
        const auto rows = TrafficStore::recent(m_db->connection(), 10, 0, refused);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().error, QStringLiteral("Connection refused"));
        QVERIFY(rows->first().isTransportFailure());
        const auto full = TrafficStore::find(m_db->connection(), rows->first().id);
        QVERIFY(full.ok() && full->has_value());
        QCOMPARE((*full)->error, QStringLiteral("Connection refused"));
    }

    void findAllKeepsIdOrder()
    {
        const auto all = TrafficStore::recent(m_db->connection(), 100);
        QVERIFY(all.ok());
        const QList<qint64> ids{all->at(0).id, all->at(3).id, 999999};
        const auto found = TrafficStore::findAll(m_db->connection(), ids);
        QVERIFY(found.ok());
        QCOMPARE(tags(*found), (QStringList{"not-found", "server-error"}));
    }

    void partnerLabels()
    {
        const auto partners = TrafficStore::partners(m_db->connection());
        QVERIFY(partners.ok());
        QCOMPARE(*partners, (QStringList{"DE-EMS", "NL-CPO"}));
    }

    void statusRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to"); // 0: not a status
        QTest::newRow("one code") << "404" << 404 << 405;
        QTest::newRow("http class") << "4xx" << 400 << 500;
        QTest::newRow("ocpi class, upper case") << "2XXX" << 2000 << 3000;
        QTest::newRow("spaces around") << " 2001 " << 2001 << 2002;
        QTest::newRow("letters") << "abc" << 0 << 0;
        QTest::newRow("x first") << "x00" << 0 << 0;
        QTest::newRow("leading zero") << "04" << 0 << 0;
        QTest::newRow("empty") << "" << 0 << 0;
    }

    void statusRanges()
    {
        QFETCH(QString, text);
        QFETCH(int, from);
        QFETCH(int, to);
        const auto range = StatusRange::parse(text);
        QCOMPARE(range.has_value(), to != 0);
        if (range) {
            QCOMPARE(range->from, from);
            QCOMPARE(range->to, to);
        }
    }

    void objectOfUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("object");
        QTest::newRow("location of a party") << "https://x/ocpi/cpo/2.2.1/locations/NL/DCP/LOC1" << "locations" << "LOC1";
        QTest::newRow("connector") << "https://x/ocpi/2.2.1/locations/NL/DCP/LOC1/EVSE1/C1" << "locations"
                                   << "LOC1/EVSE1/C1";
        QTest::newRow("list with query") << "/ocpi/emsp/2.2.1/tariffs?offset=10" << "tariffs" << "";
        QTest::newRow("command with uid") << "/ocpi/cpo/2.2.1/commands/START_SESSION/abc" << "commands"
                                          << "START_SESSION/abc";
        QTest::newRow("versions") << "/ocpi/versions" << "versions" << "";
        QTest::newRow("percent-encoded id") << "/ocpi/2.2.1/tokens/NL/EMS/A%2FB" << "tokens" << "A/B";
        QTest::newRow("no version") << "/health" << "" << "";
    }

    void objectOfUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, module);
        QFETCH(QString, object);
        QCOMPARE(trafficurl::moduleOf(url), module);
        QCOMPARE(trafficurl::objectOf(url), object);
    }
};

QTEST_GUILESS_MAIN(TstTrafficFilter)
#include "tst_trafficfilter.moc"
