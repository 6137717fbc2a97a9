#include "support/objectjson.h"
#include "support/scriptedpeer.h"
#include "support/twonodes.h"

#include "core/datetime.h"
#include "modules/tariffs/tariffservice.h"
#include "partners/partnerregistry.h"
#include "runtime/modulelist.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/puller.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QUrlQuery>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString kSenderPath = QStringLiteral("/ocpi/cpo/2.2.1/tariffs");
constexpr int kTotal = 8;   // objects of the scripted Senders with broken links
constexpr int kPage = 3;    // their page size

ObjectKey keyOf(const QString &id)
{
    return ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), id);
}

// How a scripted Sender spells (or misspells) the way to its next page.
enum class LinkMode {
    Cursor,         // a valid absolute Link with an opaque cursor instead of offsets
    Relative,       // a relative Link, rel unquoted
    Several,        // several links, REL in capitals
    ClosedPort,     // a Link to where nobody listens
    NotFound,       // a Link to a path the peer does not serve
    NoBrackets,     // not RFC 8288
    NotHttp,        // ftp://
    Self,           // the page just read
    None,           // X-Total-Count only
};

QStringList idsOf(const QJsonArray &objects)
{
    QStringList ids;
    for (const QJsonValue &value : objects)
        ids << value.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(LinkMode)

// Pulling a partner's tariffs (TF-24, TF-15, TF-28, PG-07): an eMSP node reads a CPO node's Sender
// list over loopback, all pages, full and delta; scripted Senders send broken Link headers, invalid
// objects, other parties' objects and `data` as an object.
class TestPull : public QObject
{
    Q_OBJECT

private:
    TwoNodes m_nodes;
    qint64 m_cpoAtEmsp = 0;

    TariffService &cpoTariffs() { return m_nodes.cpo().services().service<TariffService>(); }

    Result<PullReport> pull(qint64 partnerId, bool full)
    {
        std::optional<Result<PullReport>> outcome;
        m_nodes.emsp().services().puller().pull(partnerId, *objectModule(QStringLiteral("tariffs")), full,
                                         [&](Result<PullReport> report) { outcome = std::move(report); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return Error::internal(QStringLiteral("the pull did not finish"));
        return *outcome;
    }

    QDateTime lastSync(qint64 partnerId)
    {
        auto last = m_nodes.emsp().services().puller().lastSync(partnerId, QStringLiteral("tariffs"));
        return last ? last->value_or(QDateTime()) : QDateTime();
    }

    QJsonArray pulled(qint64 partnerId) { return partnersJson(m_nodes.emsp().services().service<TariffService>(), partnerId); }

    // The targets of the list GETs the CPO node answered, oldest first.
    QStringList cpoListRequests()
    {
        QStringList targets;
        for (const TrafficRecord &r : traffic(m_nodes.cpo(), TrafficRecord::Direction::Incoming)) {
            if (r.method == QLatin1String("GET") && r.url.startsWith(kSenderPath))
                targets << r.url;
        }
        return targets;
    }

    // A scripted CPO platform at the eMSP node: FR-PEE, tariffs Sender at /peer/tariffs.
    qint64 addPeer(ScriptedPeer &peer)
    {
        auto id = m_nodes.emsp().partners().create(peer.partner({*PartyRole::parse(u"FR-PEE:CPO")},
                                                         {{QStringLiteral("tariffs"), QStringLiteral("SENDER")}},
                                                         {QStringLiteral("/tariffs")}));
        if (!id)
            qFatal("cannot add the scripted peer");
        return *id;
    }

    static QJsonObject peerTariff(int i)
    {
        return tariff(QStringLiteral("P%1").arg(i), QStringLiteral("2026-11-%1T08:00:00Z").arg(i + 1, 2, 10, QLatin1Char('0')),
                      0.3, QStringLiteral("FR"), QStringLiteral("PEE"));
    }

    // A scripted Sender's page at `offset` (kPage of kTotal), with a Link to `list`?offset=next.
    static HttpResponse offsetPage(const RouteCall &call, qint64 offset, const QString &list)
    {
        QJsonArray page;
        for (qint64 i = offset; i < qMin<qint64>(offset + kPage, kTotal); ++i)
            page.append(peerTariff(int(i)));
        HttpResponse response = reply::json(page, call.now);
        response.setHeader("X-Total-Count", QByteArray::number(kTotal));
        if (offset + page.size() < kTotal)
            response.setHeader("Link", "<" + list.toUtf8() + "?offset=" + QByteArray::number(offset + page.size()) + ">; rel=\"next\"");
        return response;
    }

private slots:
    void init()
    {
        TwoNodes::Options options;
        options.cpoConfig = [](NodeConfig &config) { config.pageLimit = 3; };
        options.cpoPushes = false; // what the eMSP holds came by pull
        options.cpoTime = TwoNodes::Time::Real; // the eMSP's clock alone moves the delta windows
        QVERIFY_STATUS(m_nodes.start(options));
        m_cpoAtEmsp = m_nodes.cpoAtEmsp().id;
        // Failed pages are asked again after 10, 20, 40 ms; a Retry-After holds for up to 3 s.
        m_nodes.emsp().services().puller().setRetry({4, 10, 50, 3000});
    }

    void cleanup() { m_nodes.stop(); }

    void fullDeltaAndFullAgainstACpoNode()
    {
        QJsonArray tariffs;
        for (int i = 1; i <= 7; ++i)
            tariffs.append(tariff(QStringLiteral("T%1").arg(i), QStringLiteral("2026-11-%1T09:00:00Z").arg(10 + i)));
        QVERIFY(cpoTariffs().putOwnBatch(tariffs).ok());

        // Full: every page, following Link (PG-07).
        auto report = pull(m_cpoAtEmsp, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->module, QStringLiteral("tariffs"));
        QVERIFY(report->full);
        QCOMPARE(report->pages, 3);
        QCOMPARE(report->received, 7);
        QCOMPARE(report->stored, 7);
        QCOMPARE(report->skipped, 0);
        QCOMPARE(report->removed, 0);
        QCOMPARE(report->problems, QStringList());
        QCOMPARE(pulled(m_cpoAtEmsp), ownJson(cpoTariffs()));
        QCOMPARE(cpoListRequests(), (QStringList{kSenderPath, kSenderPath + "?offset=3&limit=3", kSenderPath + "?offset=6&limit=3"}));
        QCOMPARE(lastSync(m_cpoAtEmsp), fixedNow());
        // Routing headers: to the CPO party, from ours (RT-01/02).
        const TrafficRecord first = traffic(m_nodes.cpo(), TrafficRecord::Direction::Incoming).last();
        QVERIFY2(first.requestHeaders.contains("OCPI-to-party-id: CPO"), first.requestHeaders.constData());
        QVERIFY2(first.requestHeaders.contains("OCPI-from-party-id: EMS"), first.requestHeaders.constData());

        // Delta: only date_from = last successful pull minus the overlap; only what changed arrives.
        // T8 at exactly date_from (inclusive, PG-02); T7 a millisecond before it stays out.
        QVERIFY(cpoTariffs().putOwnBatch({tariff(QStringLiteral("T2"), QStringLiteral("2026-11-25T12:00:30Z"), 0.55),
                                          tariff(QStringLiteral("T4"), QStringLiteral("2026-11-25T12:10:00Z"), 0.56),
                                          tariff(QStringLiteral("T6"), QStringLiteral("2026-11-25T12:20:00Z"), 0.57),
                                          tariff(QStringLiteral("T7"), QStringLiteral("2026-11-25T11:58:59.999Z"), 0.58),
                                          tariff(QStringLiteral("T8"), QStringLiteral("2026-11-25T11:59:00Z"))})
                    .ok());
        m_nodes.clock().advanceSeconds(3600);
        report = pull(m_cpoAtEmsp, false);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY(!report->full);
        QCOMPARE(report->pages, 2);
        QCOMPARE(report->received, 4);
        QCOMPARE(report->stored, 4);
        QCOMPARE(report->removed, 0);
        // The next page repeats the filter (PG-04) and the client follows it (PG-07).
        QCOMPARE(cpoListRequests().mid(3), (QStringList{kSenderPath + "?date_from=2026-11-25T11:59:00Z",
                                                        kSenderPath + "?date_from=2026-11-25T11:59:00Z&offset=3&limit=3"}));
        QJsonArray expected = ownJson(cpoTariffs());
        expected[6] = tariff(QStringLiteral("T7"), QStringLiteral("2026-11-17T09:00:00Z")); // not in the window: not pulled
        QCOMPARE(pulled(m_cpoAtEmsp), expected);
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("T7"), QStringLiteral("2026-11-17T09:00:00Z"))).ok()); // as before
        QCOMPARE(pulled(m_cpoAtEmsp), ownJson(cpoTariffs()));
        QCOMPARE(lastSync(m_cpoAtEmsp), fixedNow().addSecs(3600));

        // The CPO withdraws two tariffs (not pushed here). A delta pull cannot know; a full pull
        // makes the partner's list the truth (TF-28).
        QVERIFY(cpoTariffs().removeOwn(keyOf(QStringLiteral("T3"))).ok());
        QVERIFY(cpoTariffs().removeOwn(keyOf(QStringLiteral("T5"))).ok());
        report = pull(m_cpoAtEmsp, false);
        QVERIFY(report.ok());
        QCOMPARE(report->removed, 0);
        QCOMPARE(pulled(m_cpoAtEmsp).size(), 8);
        QCOMPARE(cpoListRequests().last(), kSenderPath + "?date_from=2026-11-25T12:59:00Z");

        report = pull(m_cpoAtEmsp, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->received, 6);
        QCOMPARE(report->removed, 2);
        QCOMPARE(pulled(m_cpoAtEmsp), ownJson(cpoTariffs()));
        QCOMPARE(idsOf(pulled(m_cpoAtEmsp)), (QStringList{"T1", "T2", "T4", "T6", "T7", "T8"}));

        // And once more, at the very same instant: still the truth.
        QVERIFY(cpoTariffs().removeOwn(keyOf(QStringLiteral("T1"))).ok());
        report = pull(m_cpoAtEmsp, true);
        QVERIFY(report.ok());
        QCOMPARE(report->removed, 1);
        QCOMPARE(pulled(m_cpoAtEmsp), ownJson(cpoTariffs()));
    }

    void fullPullThatFailsRemovesNothing()
    {
        ScriptedPeer peer;
        bool broken = false;
        peer.on("GET", QStringLiteral("/tariffs"), [&broken](const RouteCall &call) {
            const qint64 offset = call.request.query.queryItemValue(QStringLiteral("offset")).toLongLong();
            if (broken && offset > 0)
                return reply::error(Error::internal(QStringLiteral("database gone")), call.now);
            QJsonArray page;
            const int size = broken ? 4 : 2;
            for (qint64 i = offset; i < qMin<qint64>(offset + 2, size); ++i)
                page.append(peerTariff(int(i)));
            HttpResponse response = reply::json(page, call.now);
            response.setHeader("X-Total-Count", QByteArray::number(size));
            return response;
        });
        const qint64 peerId = addPeer(peer);
        auto report = pull(peerId, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(idsOf(pulled(peerId)), (QStringList{"P0", "P1"}));

        broken = true;
        m_nodes.clock().advanceSeconds(10);
        report = pull(peerId, true);
        QVERIFY(!report.ok());
        // The page that failed, how often it was asked, and the partner's last answer. Each spelling
        // of the page (ours with a limit, then the bare offset fallback) got its 4 tries.
        QCOMPARE(report.error().message, QStringLiteral("pulling tariffs from scripted-peer failed at %1/tariffs?offset=2 (4 tries): "
                                                        "HTTP 200, OCPI 3000: database gone").arg(peer.base()));
        QCOMPARE(peer.targets().mid(2), QStringList(4, QStringLiteral("/peer/tariffs?offset=2&limit=2"))
                                            + QStringList(4, QStringLiteral("/peer/tariffs?offset=2")));
        QCOMPARE(idsOf(pulled(peerId)), (QStringList{"P0", "P1"})); // first page stored again, nothing removed
        // The failed run is not the last successful one: the next delta starts from the old one.
        QCOMPARE(lastSync(peerId), fixedNow());
    }

    // TF-15: invalid objects and objects of parties the partner does not hold are skipped and
    // reported; the rest is stored.
    void invalidAndForeignObjectsAreSkipped()
    {
        ScriptedPeer peer;
        QJsonObject noCurrency = peerTariff(1);
        noCurrency.remove(QStringLiteral("currency"));
        const QJsonObject foreign = tariff(QStringLiteral("X1"), QStringLiteral("2026-11-01T00:00:00Z"), 0.1, QStringLiteral("NL"),
                                           QStringLiteral("CPO"));
        QJsonObject extended = peerTariff(3);
        extended.insert(QStringLiteral("x_vendor"), QStringLiteral("dropped"));
        const QJsonArray list{peerTariff(0), noCurrency, foreign, QStringLiteral("not an object"), extended};
        peer.on("GET", QStringLiteral("/tariffs"), [list](const RouteCall &call) {
            HttpResponse response = reply::json(list, call.now);
            response.setHeader("X-Total-Count", QByteArray::number(list.size()));
            return response;
        });
        const qint64 peerId = addPeer(peer);
        const auto report = pull(peerId, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->received, 5);
        QCOMPARE(report->stored, 2);
        QCOMPARE(report->skipped, 3);
        QCOMPARE(report->problems.size(), 3);
        QVERIFY2(report->problems.at(0).contains(QStringLiteral("currency")), qPrintable(report->problems.at(0)));
        QVERIFY2(report->problems.at(1).contains(QStringLiteral("NL-CPO")), qPrintable(report->problems.at(1)));
        QCOMPARE(pulled(peerId), (QJsonArray{peerTariff(0), peerTariff(3)}));
        // The CPO node's tariffs (another partner) are not touched by what this peer claims.
        QCOMPARE(pulled(m_cpoAtEmsp), QJsonArray());
    }

    // PG-07: Link is followed as given; when it is missing or unusable, the list is read by offset
    // and X-Total-Count, completely and each object once.
    void brokenLinkFallsBackToOffsets_data()
    {
        QTest::addColumn<LinkMode>("mode");
        QTest::newRow("Link with a cursor is followed as given") << LinkMode::Cursor;
        QTest::newRow("relative Link, rel unquoted") << LinkMode::Relative;
        QTest::newRow("several links, REL in capitals") << LinkMode::Several;
        QTest::newRow("Link to a closed port") << LinkMode::ClosedPort;
        QTest::newRow("Link to a path the peer does not serve") << LinkMode::NotFound;
        QTest::newRow("Link without angle brackets") << LinkMode::NoBrackets;
        QTest::newRow("Link to ftp") << LinkMode::NotHttp;
        QTest::newRow("Link to the page just read") << LinkMode::Self;
        QTest::newRow("no Link, X-Total-Count only") << LinkMode::None;
    }

    void brokenLinkFallsBackToOffsets()
    {
        QFETCH(LinkMode, mode);
        ScriptedPeer peer;
        const QString base = peer.base();
        peer.on("GET", QStringLiteral("/tariffs"), [mode, base](const RouteCall &call) {
            const QUrlQuery &query = call.request.query;
            const qint64 offset = query.hasQueryItem(QStringLiteral("cursor"))
                                      ? query.queryItemValue(QStringLiteral("cursor")).toLongLong()
                                      : query.queryItemValue(QStringLiteral("offset")).toLongLong();
            const int limit = query.hasQueryItem(QStringLiteral("limit"))
                                  ? qMin(kPage, query.queryItemValue(QStringLiteral("limit")).toInt())
                                  : kPage;
            QJsonArray page;
            for (qint64 i = offset; i < qMin<qint64>(offset + limit, kTotal); ++i)
                page.append(peerTariff(int(i)));
            HttpResponse response = reply::json(page, call.now);
            response.setHeader("X-Total-Count", QByteArray::number(kTotal));
            response.setHeader("X-Limit", QByteArray::number(kPage));
            const qint64 next = offset + page.size();
            if (next >= kTotal)
                return response;
            const QByteArray n = QByteArray::number(next);
            const QByteArray self = base.section(QLatin1Char('/'), 0, 2).toUtf8() + call.request.target().toUtf8();
            QByteArray link;
            switch (mode) {
            case LinkMode::Cursor: link = "<" + base.toUtf8() + "/tariffs?cursor=" + n + ">; rel=\"next\""; break;
            case LinkMode::Relative: link = "</peer/tariffs?cursor=" + n + ">;rel=next"; break;
            case LinkMode::Several:
                link = "<" + base.toUtf8() + "/tariffs?cursor=0>; rel=\"first\", <" + base.toUtf8() + "/tariffs?cursor=" + n
                       + ">; REL=\"Next\"";
                break;
            case LinkMode::ClosedPort: link = "<http://127.0.0.1:1/peer/tariffs?cursor=" + n + ">; rel=\"next\""; break;
            case LinkMode::NotFound: link = "<" + base.toUtf8() + "/nowhere?cursor=" + n + ">; rel=\"next\""; break;
            case LinkMode::NoBrackets: link = base.toUtf8() + "/tariffs?cursor=" + n + "; rel=\"next\""; break;
            case LinkMode::NotHttp: link = "<ftp://127.0.0.1/tariffs?cursor=" + n + ">; rel=\"next\""; break;
            case LinkMode::Self: link = "<" + self + ">; rel=\"next\""; break;
            case LinkMode::None: break;
            }
            if (!link.isEmpty())
                response.setHeader("Link", link);
            return response;
        });
        const qint64 peerId = addPeer(peer);
        const auto report = pull(peerId, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QJsonArray all;
        for (int i = 0; i < kTotal; ++i)
            all.append(peerTariff(i));
        QCOMPARE(pulled(peerId), all);
        QCOMPARE(report->received, kTotal); // each object once
        QCOMPARE(report->stored, kTotal);
        QCOMPARE(report->pages, 3);

        const QStringList gets = peer.targets();
        QCOMPARE(gets.first(), QStringLiteral("/peer/tariffs"));
        QCOMPARE(gets.size(), int(QSet<QString>(gets.cbegin(), gets.cend()).size())); // no page asked twice
        if (mode == LinkMode::Cursor || mode == LinkMode::Relative || mode == LinkMode::Several) {
            // A usable Link is followed; no offsets are made up (PG-07).
            QCOMPARE(gets, (QStringList{"/peer/tariffs", "/peer/tariffs?cursor=3", "/peer/tariffs?cursor=6"}));
        }
    }

    // A Sender whose Link is spelled exactly like our own offset fallback ("?offset=3"), and whose
    // second page fails once: falling back to the same URL cannot complete the list, and a full
    // pull that did not read every page must not remove anything (TF-28).
    void failedPageIsNotTheEndOfTheList()
    {
        ScriptedPeer peer;
        bool failOnce = false;
        const QString base = peer.base();
        peer.on("GET", QStringLiteral("/tariffs"), [&failOnce, base](const RouteCall &call) {
            const qint64 offset = call.request.query.queryItemValue(QStringLiteral("offset")).toLongLong();
            if (offset == 3 && failOnce) {
                failOnce = false;
                return reply::error(Error::internal(QStringLiteral("try again")), call.now);
            }
            return offsetPage(call, offset, base + QStringLiteral("/tariffs"));
        });
        const qint64 peerId = addPeer(peer);
        QJsonArray all;
        for (int i = 0; i < kTotal; ++i)
            all.append(peerTariff(i));
        auto report = pull(peerId, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(pulled(peerId), all);

        failOnce = true;
        m_nodes.clock().advanceSeconds(60);
        report = pull(peerId, true);
        if (report.ok()) { // read completely after all
            QCOMPARE(report->received, kTotal);
            QCOMPARE(report->removed, 0);
        } else {
            QVERIFY2(report.error().message.contains(QStringLiteral("offset=3")), qPrintable(report.error().message));
            QCOMPARE(lastSync(peerId), fixedNow()); // not a successful pull
        }
        QCOMPARE(pulled(peerId), all);
    }

    // Issue 13: a partner whose pages fail now and then (500, 429 and 503 with Retry-After in both
    // forms): each failed page is asked again, after at least what Retry-After says, and the pull
    // goes on from that page, never from the start.
    void failedPagesAreAskedAgain()
    {
        ScriptedPeer peer;
        const QString base = peer.base();
        QList<HttpResponse> trouble; // answered, in turn, before pages 2 and 3 are served
        HttpResponse serverError = reply::error(Error::internal(QStringLiteral("busy")), fixedNow());
        HttpResponse tooMany;
        tooMany.status = 429;
        tooMany.contentType = "text/plain";
        tooMany.body = "slow down";
        tooMany.setHeader("Retry-After", "1");
        HttpResponse unavailable;
        unavailable.status = 503;
        unavailable.contentType = "text/plain";
        unavailable.body = "maintenance";
        // An HTTP date one second after the eMSP's (fixed) clock.
        unavailable.setHeader("Retry-After", QLocale::c().toString(fixedNow().addSecs(1), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1());
        QHash<qint64, QList<HttpResponse>> failures{{3, {serverError, tooMany}}, {6, {unavailable}}};
        peer.on("GET", QStringLiteral("/tariffs"), [&failures, base](const RouteCall &call) {
            const qint64 offset = call.request.query.queryItemValue(QStringLiteral("offset")).toLongLong();
            if (!failures.value(offset).isEmpty())
                return failures[offset].takeFirst();
            return offsetPage(call, offset, base + QStringLiteral("/tariffs"));
        });
        const qint64 peerId = addPeer(peer);
        QElapsedTimer elapsed;
        elapsed.start();
        const auto report = pull(peerId, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY2(elapsed.elapsed() >= 2000, qPrintable(QString::number(elapsed.elapsed()))); // both Retry-Afters waited for
        QCOMPARE(report->pages, 3);
        QCOMPARE(report->retries, 3);
        QCOMPARE(report->received, kTotal);
        QCOMPARE(peer.targets(), (QStringList{"/peer/tariffs", "/peer/tariffs?offset=3", "/peer/tariffs?offset=3",
                                              "/peer/tariffs?offset=3", "/peer/tariffs?offset=6", "/peer/tariffs?offset=6"}));
        QJsonArray all;
        for (int i = 0; i < kTotal; ++i)
            all.append(peerTariff(i));
        QCOMPARE(pulled(peerId), all);
    }

    // Issue 13: endpoint URLs are called exactly as announced, and a framework's redirect to the
    // spelling it prefers (with the trailing slash) is followed within the partner's origin.
    void urlsAsAnnouncedAndRedirects_data()
    {
        QTest::addColumn<QString>("announced");
        QTest::addColumn<QStringList>("targets");
        QTest::newRow("announced with a slash") << QStringLiteral("/tariffs/") << QStringList{"/peer/tariffs/", "/peer/tariffs/?offset=3",
                                                                                             "/peer/tariffs/?offset=6"};
        QTest::newRow("307 to the slash") << QStringLiteral("/tariffs")
                                          << QStringList{"/peer/tariffs", "/peer/tariffs/", "/peer/tariffs/?offset=3", "/peer/tariffs/?offset=6"};
    }

    void urlsAsAnnouncedAndRedirects()
    {
        QFETCH(QString, announced);
        QFETCH(QStringList, targets);
        ScriptedPeer peer;
        const QString base = peer.base();
        peer.on("GET", QStringLiteral("/tariffs"), [base](const RouteCall &call) {
            if (!call.request.path.endsWith(QLatin1Char('/'))) {
                HttpResponse moved;
                moved.status = 307;
                moved.contentType = "text/plain";
                moved.setHeader("Location", (base + QStringLiteral("/tariffs/")).toUtf8());
                return moved;
            }
            const qint64 offset = call.request.query.queryItemValue(QStringLiteral("offset")).toLongLong();
            return offsetPage(call, offset, base + QStringLiteral("/tariffs/"));
        });
        auto id = m_nodes.emsp().partners().create(peer.partner({*PartyRole::parse(u"FR-PEE:CPO")},
                                                         {{QStringLiteral("tariffs"), QStringLiteral("SENDER")}}, {announced}));
        QVERIFY(id.ok());
        const auto report = pull(*id, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->received, kTotal);
        QCOMPARE(peer.targets(), targets);
    }

    // A redirect to another origin: the pull stops, saying so, and our token never goes there.
    void redirectToAnotherOriginIsRefused()
    {
        ScriptedPeer peer;
        ScriptedPeer elsewhere;
        elsewhere.on("GET", QStringLiteral("/tariffs"), [](const RouteCall &call) { return reply::json(QJsonArray(), call.now); });
        const QString target = elsewhere.base() + QStringLiteral("/tariffs");
        peer.on("GET", QStringLiteral("/tariffs"), [target](const RouteCall &) {
            HttpResponse moved;
            moved.status = 308;
            moved.contentType = "text/plain";
            moved.setHeader("Location", target.toUtf8());
            return moved;
        });
        const qint64 peerId = addPeer(peer);
        const auto report = pull(peerId, true);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(QStringLiteral("redirected to another origin %1; our token is not sent there")
                                                     .arg(elsewhere.base().section(QLatin1Char('/'), 0, 2))),
                 qPrintable(report.error().message));
        QCOMPARE(peer.targets(), QStringList{QStringLiteral("/peer/tariffs")}); // a refusal is not retried
        QVERIFY(elsewhere.seen().isEmpty());
        // The User-Agent the partner saw.
        bool honest = false;
        for (const auto &[name, value] : peer.seen().first().headers)
            honest = honest || (name.compare("User-Agent", Qt::CaseInsensitive) == 0 && value == "ocpi-node/" OCPI_NODE_VERSION);
        QVERIFY(honest);
    }

    void dataAsAnObject()
    {
        ScriptedPeer peer;
        peer.on("GET", QStringLiteral("/tariffs"), [](const RouteCall &call) {
            HttpResponse response = reply::json(peerTariff(5), call.now); // not a list
            response.setHeader("X-Total-Count", "1");
            return response;
        });
        const qint64 peerId = addPeer(peer);
        const auto report = pull(peerId, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->pages, 1);
        QCOMPARE(report->received, 1);
        QCOMPARE(report->stored, 1);
        QCOMPARE(pulled(peerId), QJsonArray{peerTariff(5)});
    }

    void nothingToPullFrom()
    {
        // The eMSP's own tariffs Sender does not exist, and a partner without a Sender endpoint is refused.
        ScriptedPeer peer;
        auto id = m_nodes.emsp().partners().create(peer.partner({*PartyRole::parse(u"FR-PEE:CPO")},
                                                         {{QStringLiteral("tariffs"), QStringLiteral("RECEIVER")}},
                                                         {QStringLiteral("/tariffs")}));
        QVERIFY(id.ok());
        const auto report = pull(*id, true);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::WrongRegistrationState);
        QVERIFY(peer.seen().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPull)
#include "tst_pull.moc"
