#include "support/objectjson.h"
#include "support/twonodes.h"

#include "core/error.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "modules/tariffs/tariffservice.h"
#include "nodemigrations.h"
#include "runtime/modulelist.h"
#include "ocpi/validator.h"
#include "store/objecttable.h"

#include <QUrlQuery>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString kSenderPath = QStringLiteral("/ocpi/cpo/2.2.1/tariffs");

// The Sender list's tariffs, in creation order; last_updated deliberately not in that order.
const QList<QPair<QString, QString>> kListed = {
    {QStringLiteral("T-A"), QStringLiteral("2026-11-01T00:00:00Z")},
    {QStringLiteral("T-B"), QStringLiteral("2026-11-03T00:00:00Z")},
    {QStringLiteral("T-C"), QStringLiteral("2026-11-02T00:00:00Z")},
    {QStringLiteral("T-D"), QStringLiteral("2026-11-05T00:00:00Z")},
    {QStringLiteral("T-E"), QStringLiteral("2026-11-04T00:00:00Z")},
    {QStringLiteral("T-F"), QStringLiteral("2026-11-03T00:00:00Z")},
    {QStringLiteral("T-G"), QStringLiteral("2026-11-06T00:00:00Z")},
    {QStringLiteral("T-H"), QStringLiteral("2026-11-02T12:00:00Z")},
};

QJsonObject listed(const QString &id)
{
    for (qsizetype i = 0; i < kListed.size(); ++i) {
        if (kListed[i].first == id)
            return tariff(id, kListed[i].second, 0.2 + 0.01 * double(i));
    }
    qFatal("no such listed tariff");
}

QJsonObject withoutTimestamp(QJsonObject envelope)
{
    envelope.remove(QStringLiteral("timestamp"));
    return envelope;
}

QJsonObject successEnvelope(const QJsonValue &data = QJsonValue::Undefined)
{
    QJsonObject envelope{{QStringLiteral("status_code"), 1000}, {QStringLiteral("status_message"), QStringLiteral("Success")}};
    if (!data.isUndefined())
        envelope.insert(QStringLiteral("data"), data);
    return envelope;
}

QStringList idsOf(const QJsonArray &objects)
{
    QStringList ids;
    for (const QJsonValue &value : objects)
        ids << value.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

// Tariffs end to end (TAR-01/02/04): the Receiver interface of an eMSP node written by its
// registered CPO partner (TF-12..14, ST-04), and the Sender list of a CPO node with every list
// parameter (PG-01..06, PIT-06), including deep pages served from the keyset cache.
class TestTariffs : public QObject
{
    Q_OBJECT

private:
    TwoNodes m_nodes;
    QString m_receiverUrl;   // the eMSP's tariffs Receiver endpoint, as the CPO discovered it
    QString m_cpoToken;      // what the CPO presents to the eMSP
    QString m_emspToken;     // what the eMSP presents to the CPO
    qint64 m_cpoAtEmsp = 0;  // the CPO's partner id at the eMSP

    HttpResult asCpo(const QByteArray &method, const QString &suffix, const QByteArray &body = QByteArray())
    {
        return request(method, QUrl(m_receiverUrl + suffix), body, {{"Authorization", tokenHeader(m_cpoToken)}});
    }

    HttpResult senderList(const QString &query)
    {
        QUrl url(m_nodes.cpo().publicBase() + kSenderPath);
        url.setQuery(query, QUrl::StrictMode);
        return request("GET", url, {}, {{"Authorization", tokenHeader(m_emspToken)}});
    }

    QJsonArray receivedAtEmsp() { return partnersJson(m_nodes.emsp().services().service<TariffService>(), m_cpoAtEmsp); }

    QString senderUrl(const QString &query) { return m_nodes.cpo().publicBase() + kSenderPath + QLatin1Char('?') + query; }

private slots:
    void initTestCase()
    {
        TwoNodes::Options options;
        options.cpoConfig = [](NodeConfig &config) { config.pageLimit = 3; };
        options.cpoPushes = false; // pushes are tst_push's business: the eMSP holds only what the tests send it
        QVERIFY_STATUS(m_nodes.start(options));

        const Partner emsp = m_nodes.emspAtCpo();
        const auto receiver = emsp.endpoint(QStringLiteral("tariffs"), QStringLiteral("RECEIVER"));
        QVERIFY(receiver.has_value());
        m_receiverUrl = receiver->url;
        QCOMPARE(m_receiverUrl, m_nodes.emsp().publicBase() + QStringLiteral("/ocpi/emsp/2.2.1/tariffs"));
        m_cpoToken = emsp.outgoingToken;
        const Partner cpo = m_nodes.cpoAtEmsp();
        m_emspToken = cpo.outgoingToken;
        m_cpoAtEmsp = cpo.id;
        QCOMPARE(cpo.endpoint(QStringLiteral("tariffs"), QStringLiteral("SENDER"))->url, m_nodes.cpo().publicBase() + kSenderPath);

        QJsonArray batch;
        for (const auto &entry : kListed)
            batch.append(listed(entry.first));
        const auto created = m_nodes.cpo().services().service<TariffService>().putOwnBatch(batch);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(*created, int(kListed.size()));
    }

    void cleanupTestCase()
    {
        m_nodes.stop();
    }

    // --- Receiver (eMSP) ---

    void receiverPutGetReplaceDelete()
    {
        QJsonObject full = QJsonDocument::fromJson(readTestData(QStringLiteral("tariffs/tariff_full.json"))).object();
        full[QStringLiteral("country_code")] = QStringLiteral("NL");
        full[QStringLiteral("party_id")] = QStringLiteral("CPO");
        full[QStringLiteral("id")] = QStringLiteral("AC-Standard");
        full[QStringLiteral("unknown_extension")] = QStringLiteral("dropped (GEN-13)");
        auto canonical = validateObject(QStringLiteral("Tariff"), full);
        QVERIFY(canonical.ok());
        QVERIFY(!canonical->contains(QStringLiteral("unknown_extension")));

        // ST-04: 201 for a new object, without data (TF-19).
        HttpResult put = asCpo("PUT", QStringLiteral("/NL/CPO/AC-Standard"), compact(full));
        QCOMPARE(put.status, 201);
        QCOMPARE(withoutTimestamp(put.json()), successEnvelope());

        HttpResult got = asCpo("GET", QStringLiteral("/NL/CPO/AC-Standard"));
        QCOMPARE(got.status, 200);
        QCOMPARE(withoutTimestamp(got.json()), successEnvelope(*canonical));
        // Served as stored: the canonical bytes, spliced into the envelope unchanged.
        QVERIFY2(got.body.contains("\"data\":" + compact(*canonical) + ','), got.body.constData());
        auto stored = m_nodes.emsp().services().service<TariffService>().stored({});
        QVERIFY(stored.ok());
        const auto it = std::find_if(stored->cbegin(), stored->cend(),
                                     [](const StoredObject &o) { return o.key.id == QLatin1String("AC-STANDARD"); });
        QVERIFY(it != stored->cend());
        QCOMPARE(it->json, compact(*canonical));
        QCOMPARE(it->partnerId, m_cpoAtEmsp);
        QCOMPARE(it->lastUpdated, QDateTime(QDate(2026, 11, 2), QTime(14, 45, 10), Qt::UTC));

        // GEN-03: the id is a CiString.
        QCOMPARE(withoutTimestamp(asCpo("GET", QStringLiteral("/NL/CPO/ac-standard")).json()), successEnvelope(*canonical));

        // A replacement: 200, and the new version is what is served.
        QJsonObject replaced = tariff(QStringLiteral("AC-Standard"), QStringLiteral("2026-11-20T08:00:00Z"), 0.42);
        put = asCpo("PUT", QStringLiteral("/NL/CPO/AC-Standard"), compact(replaced));
        QCOMPARE(put.status, 200);
        QCOMPARE(withoutTimestamp(put.json()), successEnvelope());
        QCOMPARE(withoutTimestamp(asCpo("GET", QStringLiteral("/NL/CPO/AC-Standard")).json()), successEnvelope(replaced));
        QCOMPARE(receivedAtEmsp(), QJsonArray{replaced});

        HttpResult removed = asCpo("DELETE", QStringLiteral("/NL/CPO/AC-Standard"));
        QCOMPARE(removed.status, 200);
        QCOMPARE(withoutTimestamp(removed.json()), successEnvelope());
        QCOMPARE(receivedAtEmsp(), QJsonArray());
        got = asCpo("GET", QStringLiteral("/NL/CPO/AC-Standard"));
        QCOMPARE(got.status, 404);
        QCOMPARE(got.ocpiStatus(), 2000);
        QCOMPARE(asCpo("DELETE", QStringLiteral("/NL/CPO/AC-Standard")).status, 404);
    }

    void receiverRefuses_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QString>("message");   // a fragment of status_message naming the problem

        const int invalidHttp = statusFor(ErrorKind::InvalidData).httpStatus;
        const QJsonObject good = tariff(QStringLiteral("R1"), QStringLiteral("2026-11-20T08:00:00Z"));
        auto without = [&](const QString &field) {
            QJsonObject o = good;
            o.remove(field);
            return compact(o);
        };
        auto with = [&](const QString &field, const QJsonValue &value) {
            QJsonObject o = good;
            o.insert(field, value);
            return compact(o);
        };
        const QString r1 = QStringLiteral("/NL/CPO/R1");

        QTest::newRow("TAR-04 currency missing -> 2001") << QByteArray("PUT") << r1 << without(QStringLiteral("currency"))
                                                           << invalidHttp << 2001 << "currency";
        QTest::newRow("TAR-04 last_updated missing -> 2001") << QByteArray("PUT") << r1 << without(QStringLiteral("last_updated"))
                                                               << invalidHttp << 2001 << "last_updated";
        QTest::newRow("TAR-04 elements empty -> 2001") << QByteArray("PUT") << r1 << with(QStringLiteral("elements"), QJsonArray())
                                                         << invalidHttp << 2001 << "elements";
        QTest::newRow("currency longer than 3 -> 2001") << QByteArray("PUT") << r1 << with(QStringLiteral("currency"), QStringLiteral("EURO"))
                                                          << invalidHttp << 2001 << "currency";
        QTest::newRow("TAR-05 price component type unknown -> 2001")
            << QByteArray("PUT") << r1
            << with(QStringLiteral("elements"),
                    QJsonArray{QJsonObject{{QStringLiteral("price_components"),
                                            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("KWH")},
                                                                   {QStringLiteral("price"), 1},
                                                                   {QStringLiteral("step_size"), 1}}}}}})
            << invalidHttp << 2001 << "elements[0].price_components[0].type";
        QTest::newRow("TAR-05 step_size missing -> 2001")
            << QByteArray("PUT") << r1
            << with(QStringLiteral("elements"),
                    QJsonArray{QJsonObject{{QStringLiteral("price_components"),
                                            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("FLAT")},
                                                                   {QStringLiteral("price"), 1}}}}}})
            << invalidHttp << 2001 << "elements[0].price_components[0].step_size";
        QTest::newRow("body is a list -> 2001") << QByteArray("PUT") << r1 << QByteArray("[" + compact(good) + "]")
                                                << invalidHttp << 2001 << "";
        QTest::newRow("TF-13 URL id differs from the body -> 2001")
            << QByteArray("PUT") << QStringLiteral("/NL/CPO/R2") << compact(good) << invalidHttp << 2001 << "id";
        QTest::newRow("TF-12 URL party differs from the body -> 2001")
            << QByteArray("PUT") << r1 << with(QStringLiteral("party_id"), QStringLiteral("OTH")) << invalidHttp << 2001
            << "country_code/party_id";
        QTest::newRow("id in the URL longer than 36 -> 2001")
            << QByteArray("PUT") << QStringLiteral("/NL/CPO/") + QString(37, QLatin1Char('X')) << compact(good) << invalidHttp
            << 2001 << "tariff_id";
        QTest::newRow("country code in the URL not 2 letters -> 2001")
            << QByteArray("PUT") << QStringLiteral("/N1/CPO/R1") << compact(good) << invalidHttp << 2001 << "country_code";

        QJsonObject foreign = good;
        foreign[QStringLiteral("country_code")] = QStringLiteral("FR");
        foreign[QStringLiteral("party_id")] = QStringLiteral("XYZ");
        QTest::newRow("TF-14 PUT under another party -> 404 2000")
            << QByteArray("PUT") << QStringLiteral("/FR/XYZ/R1") << compact(foreign) << 404 << 2000 << "FR-XYZ";
        QTest::newRow("TF-14 PUT under the eMSP's own party -> 404 2000")
            << QByteArray("PUT") << QStringLiteral("/DE/EMS/R1")
            << compact(tariff(QStringLiteral("R1"), QStringLiteral("2026-11-20T08:00:00Z"), 0.25, QStringLiteral("DE"), QStringLiteral("EMS")))
            << 404 << 2000 << "DE-EMS";
        QTest::newRow("TF-14 GET under another party -> 404 2000")
            << QByteArray("GET") << QStringLiteral("/FR/XYZ/R1") << QByteArray() << 404 << 2000 << "FR-XYZ";
        QTest::newRow("TF-14 DELETE under another party -> 404 2000")
            << QByteArray("DELETE") << QStringLiteral("/FR/XYZ/R1") << QByteArray() << 404 << 2000 << "FR-XYZ";
        QTest::newRow("GET of an unknown tariff -> 404 2000")
            << QByteArray("GET") << QStringLiteral("/NL/CPO/NOPE") << QByteArray() << 404 << 2000 << "NOPE";
        QTest::newRow("DELETE of an unknown tariff -> 404 2000")
            << QByteArray("DELETE") << QStringLiteral("/NL/CPO/NOPE") << QByteArray() << 404 << 2000 << "NOPE";
        QTest::newRow("TAR-02 PATCH is not defined -> 405")
            << QByteArray("PATCH") << r1 << compact(good) << 405 << 2000 << "PATCH";
        QTest::newRow("TAR-02 POST is not defined -> 405")
            << QByteArray("POST") << r1 << compact(good) << 405 << 2000 << "POST";
    }

    void receiverRefuses()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, suffix);
        QFETCH(QByteArray, body);
        QFETCH(int, httpStatus);
        QFETCH(int, ocpiStatus);
        QFETCH(QString, message);

        const HttpResult result = asCpo(method, suffix, body);
        QCOMPARE(result.status, httpStatus);
        QCOMPARE(result.ocpiStatus(), ocpiStatus);
        const QJsonObject envelope = result.json();
        QVERIFY2(!envelope.contains(QStringLiteral("data")), result.body.constData());
        const QString statusMessage = envelope.value(QStringLiteral("status_message")).toString();
        QVERIFY2(statusMessage.contains(message), qPrintable(statusMessage));
        // Nothing stored, under any party.
        auto stored = m_nodes.emsp().services().service<TariffService>().stored({});
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 0);
    }

    // --- Sender (CPO) ---

    void senderList_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("next");   // the query of the Link, empty: no Link

        const QString from3 = QStringLiteral("date_from=2026-11-03T00:00:00Z");
        const QString window = QStringLiteral("date_from=2026-11-02T00:00:00Z&date_to=2026-11-04T00:00:00Z");
        QTest::newRow("PG-03 first page, X-Limit 3")
            << "" << QStringList{"T-A", "T-B", "T-C"} << 8 << "offset=3&limit=3";
        QTest::newRow("PG-06 second page") << "offset=3" << QStringList{"T-D", "T-E", "T-F"} << 8 << "offset=6&limit=3";
        QTest::newRow("PIT-06 last page: no Link") << "offset=6" << QStringList{"T-G", "T-H"} << 8 << "";
        QTest::newRow("offset at the end: empty, no Link") << "offset=8" << QStringList{} << 8 << "";
        QTest::newRow("offset beyond the end") << "offset=50" << QStringList{} << 8 << "";
        QTest::newRow("client limit below the maximum") << "limit=2" << QStringList{"T-A", "T-B"} << 8 << "offset=2&limit=2";
        QTest::newRow("odd offset, limit kept") << "offset=1&limit=2" << QStringList{"T-B", "T-C"} << 8 << "offset=3&limit=2";
        QTest::newRow("PG-05 limit above the maximum is capped")
            << "limit=50" << QStringList{"T-A", "T-B", "T-C"} << 8 << "offset=3&limit=3";
        QTest::newRow("PG-02 date_from is inclusive") << from3 << QStringList{"T-B", "T-D", "T-E"} << 5
                                                      << from3 + "&offset=3&limit=3";
        QTest::newRow("PG-04 date_from kept on the next page")
            << from3 + "&offset=3&limit=3" << QStringList{"T-F", "T-G"} << 5 << "";
        QTest::newRow("PG-02 date_to is exclusive")
            << "date_to=2026-11-03T00:00:00Z" << QStringList{"T-A", "T-C", "T-H"} << 3 << "";
        QTest::newRow("PG-04 window with a limit: both dates repeated")
            << window + "&limit=2" << QStringList{"T-B", "T-C"} << 4 << window + "&offset=2&limit=2";
        QTest::newRow("window, second page") << window + "&offset=2&limit=2" << QStringList{"T-F", "T-H"} << 4 << "";
        QTest::newRow("parameters in another order, unknown ones repeated")
            << "limit=2&foo=bar&date_to=2026-11-03T00:00:00Z" << QStringList{"T-A", "T-C"} << 3
            << "foo=bar&date_to=2026-11-03T00:00:00Z&offset=2&limit=2";
        QTest::newRow("PIT-03 date without Z read as UTC")
            << "date_to=2026-11-03T00:00:00" << QStringList{"T-A", "T-C", "T-H"} << 3 << "";
        QTest::newRow("window that matches nothing") << "date_from=2027-01-01T00:00:00Z" << QStringList{} << 0 << "";
    }

    void senderList()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, ids);
        QFETCH(int, total);
        QFETCH(QString, next);

        const HttpResult page = senderList(query);
        QCOMPARE(page.status, 200);
        QJsonArray expected;
        for (const QString &id : std::as_const(ids))
            expected.append(listed(id));
        QCOMPARE(withoutTimestamp(page.json()), successEnvelope(expected));
        QCOMPARE(page.header("X-Total-Count"), QByteArray::number(total));
        QCOMPARE(page.header("X-Limit"), QByteArray("3"));
        if (next.isEmpty())
            QVERIFY2(page.header("Link").isEmpty(), page.header("Link").constData());
        else
            QCOMPARE(page.header("Link"), QByteArray("<" + senderUrl(next).toUtf8() + ">; rel=\"next\""));
    }

    void senderListBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("PG-05 negative offset") << "offset=-1" << "offset";
        QTest::newRow("non-numeric limit") << "limit=three" << "limit";
        QTest::newRow("unparsable date_from") << "date_from=yesterday" << "date_from";
        QTest::newRow("PG-09 date_to with an offset") << "date_to=2026-11-03T00:00:00%2B01:00" << "date_to";
    }

    void senderListBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, parameter);
        const HttpResult page = senderList(query);
        QCOMPARE(page.status, statusFor(ErrorKind::InvalidData).httpStatus);
        QCOMPARE(page.ocpiStatus(), 2001);
        QVERIFY(!page.json().contains(QStringLiteral("data")));
        QVERIFY2(page.json().value(QStringLiteral("status_message")).toString().contains(QLatin1Char('\'') + parameter + QLatin1Char('\'')),
                 page.body.constData());
        QVERIFY(page.header("Link").isEmpty());
    }

    // PG-07 from the server side: following Link from any start reads every match exactly once, in
    // the same order every time; consecutive date windows neither overlap nor leave gaps (PG-02).
    void followingLinksReadsEverythingOnce_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("everything") << "" << QStringList{"T-A", "T-B", "T-C", "T-D", "T-E", "T-F", "T-G", "T-H"};
        QTest::newRow("limit 2") << "limit=2" << QStringList{"T-A", "T-B", "T-C", "T-D", "T-E", "T-F", "T-G", "T-H"};
        QTest::newRow("from an odd offset") << "offset=1&limit=2" << QStringList{"T-B", "T-C", "T-D", "T-E", "T-F", "T-G", "T-H"};
        QTest::newRow("window 1") << "date_to=2026-11-03T00:00:00Z&limit=1" << QStringList{"T-A", "T-C", "T-H"};
        QTest::newRow("window 2") << "date_from=2026-11-03T00:00:00Z&date_to=2026-11-05T00:00:00Z"
                                  << QStringList{"T-B", "T-E", "T-F"};
        QTest::newRow("window 3") << "date_from=2026-11-05T00:00:00Z" << QStringList{"T-D", "T-G"};
    }

    void followingLinksReadsEverythingOnce()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, ids);
        for (int walk = 0; walk < 2; ++walk) {
            QStringList seen;
            QUrl url(senderUrl(query));
            for (int pages = 0; pages < 20 && url.isValid() && !url.isEmpty(); ++pages) {
                const HttpResult page = request("GET", url, {}, {{"Authorization", tokenHeader(m_emspToken)}});
                QCOMPARE(page.status, 200);
                seen << idsOf(page.json().value(QStringLiteral("data")).toArray());
                const QByteArray link = page.header("Link");
                url = link.isEmpty() ? QUrl() : QUrl(QString::fromUtf8(link.mid(1, link.indexOf('>') - 1)));
            }
            QCOMPARE(seen, ids);
        }
    }

    // DESIGN §4: where recent pages ended is remembered (offset -> last seq). A deep page must hold
    // the same objects as the same page read without any remembered position, also after objects
    // were added or removed by this process or by another one (data_version).
    void keysetCacheGivesTheSameObjects()
    {
        const QString path = m_nodes.database(QStringLiteral("cache.sqlite"));
        Database db;
        QVERIFY(db.open(path, nodeMigrations()).ok());
        ObjectTable table(db, QStringLiteral("tariffs"));
        const QDateTime base(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
        auto object = [&](int i) {
            const QString id = QStringLiteral("K%1").arg(i, 3, 10, QLatin1Char('0'));
            const QDateTime updated = base.addSecs(3600LL * ((i * 7) % 50));
            StoredObject o;
            o.key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), id);
            o.lastUpdated = updated;
            o.json = compact(tariff(id, updated.toString(Qt::ISODate)));
            return o;
        };
        for (int i = 0; i < 60; ++i)
            QVERIFY(table.put(object(i)).ok());

        ObjectFilter all;
        ObjectFilter recent;
        recent.dateFrom = base.addSecs(3600LL * 20);
        recent.dateTo = base.addSecs(3600LL * 45);
        auto compareWalk = [&](const ObjectFilter &filter, int limit, const char *when) {
            qint64 total = -1;
            QJsonArray walked;
            for (qint64 offset = 0; offset < 100; offset += limit) {
                auto cached = table.page(filter, offset, limit);       // positions remembered by now
                ObjectTable fresh(db, QStringLiteral("tariffs"));      // nothing remembered
                auto uncached = fresh.page(filter, offset, limit);
                QVERIFY(cached.ok() && uncached.ok());
                QVERIFY2(cached->json == uncached->json, qPrintable(QStringLiteral("%1: offset %2").arg(when).arg(offset)));
                QCOMPARE(cached->total, uncached->total);
                QCOMPARE(cached->count, uncached->count);
                total = cached->total;
                for (const QJsonValue &v : QJsonDocument::fromJson(cached->json).array())
                    walked.append(v);
            }
            // And the walk saw every match once, in creation order.
            auto everything = table.list(filter);
            QVERIFY(everything.ok());
            QCOMPARE(walked.size(), everything->size());
            QCOMPARE(qint64(walked.size()), total);
            for (qsizetype i = 0; i < walked.size(); ++i)
                QCOMPARE(compact(walked.at(i).toObject()), everything->at(i).json);
        };
        for (int round = 0; round < 2; ++round) { // the second round is served from remembered positions
            compareWalk(all, 7, "all");
            compareWalk(recent, 4, "recent");
        }
        // Deep pages at offsets never reached by walking (no remembered position).
        for (qint64 offset : {5, 13, 29, 58}) {
            ObjectTable fresh(db, QStringLiteral("tariffs"));
            QCOMPARE(table.page(all, offset, 7)->json, fresh.page(all, offset, 7)->json);
        }

        // This process removes and adds objects: remembered positions must not be used.
        QVERIFY(table.remove(object(3).key).ok());
        QVERIFY(table.remove(object(30).key).ok());
        QVERIFY(table.put(object(70)).ok());
        compareWalk(all, 7, "after local writes");
        compareWalk(recent, 4, "after local writes");

        // Another process (another connection to the same file) changes the table.
        {
            Database other;
            QVERIFY(other.open(path, nodeMigrations()).ok());
            ObjectTable theirs(other, QStringLiteral("tariffs"));
            QVERIFY(theirs.remove(object(8).key).ok());
            QVERIFY(theirs.remove(object(15).key).ok());
            QVERIFY(theirs.put(object(71)).ok());
            StoredObject moved = object(40);
            moved.lastUpdated = base.addSecs(3600LL * 21);
            QVERIFY(theirs.put(moved).ok());
        }
        compareWalk(all, 7, "after another process wrote");
        compareWalk(recent, 4, "after another process wrote");
    }
};

QTEST_GUILESS_MAIN(TestTariffs)
#include "tst_tariffs.moc"
