#include "support/objectjson.h"
#include "support/scriptedpeer.h"
#include "support/twonodes.h"

#include "modules/tariffs/tariffservice.h"
#include "partners/partnerregistry.h"
#include "runtime/modulelist.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "store/objecttable.h"
#include "sync/puller.h"

using namespace ocpi;
using namespace ocpi::test;

namespace {

QStringList idsOf(const QJsonArray &objects)
{
    QStringList ids;
    for (const QJsonValue &value : objects)
        ids << value.toObject().value(QStringLiteral("party_id")).toString() + QLatin1Char('/')
                   + value.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QJsonObject peerTariff(const QString &partyId, const QString &id)
{
    return tariff(id, QStringLiteral("2026-11-01T08:00:00Z"), 0.3, QStringLiteral("FR"), partyId);
}

// The OCPI-to party a request was addressed to: "FR-PEE", or empty.
QString addressedTo(const ScriptedPeer::Seen &seen)
{
    QByteArray country;
    QByteArray party;
    for (const auto &[name, value] : seen.headers) {
        if (name.compare("OCPI-to-country-code", Qt::CaseInsensitive) == 0)
            country = value;
        else if (name.compare("OCPI-to-party-id", Qt::CaseInsensitive) == 0)
            party = value;
    }
    return country.isEmpty() ? QString() : QString::fromLatin1(country + '-' + party);
}

// How a scripted platform with several CPO parties answers its one tariffs Sender URL.
enum class Platform {
    RoutesByTo,     // only the objects of the party OCPI-to names (RT-04)
    IgnoresTo,      // every party's objects, whatever OCPI-to says
};

} // namespace

Q_DECLARE_METATYPE(Platform)

// Issue 13, multi-party partners: a pull addresses every party of the partner that holds the
// module's owner role, one read each (Puller::targets, docs/pull.md), and a full pull removes only
// objects of the parties the read covered (TF-28, RT-04). Before, a pull addressed the first party
// only, and a full pull removed what the other parties had pushed.
class TestMultiPartyPull : public QObject
{
    Q_OBJECT

private:
    TwoNodes m_nodes;

    Result<PullReport> pull(qint64 partnerId, bool full)
    {
        std::optional<Result<PullReport>> outcome;
        m_nodes.emsp().services().puller().pull(partnerId, *objectModule(QStringLiteral("tariffs")), full,
                                                [&](Result<PullReport> report) { outcome = std::move(report); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return Error::internal(QStringLiteral("the pull did not finish"));
        return *outcome;
    }

    QJsonArray pulled(qint64 partnerId) { return partnersJson(m_nodes.emsp().services().service<TariffService>(), partnerId); }
    // "PARTY/ID" of what the eMSP holds from the partner, in any order.
    QSet<QString> heldSet(qint64 partnerId)
    {
        const QStringList ids = idsOf(pulled(partnerId));
        return QSet<QString>(ids.cbegin(), ids.cend());
    }

    // A scripted platform holding FR-PEE and FR-PEF as CPOs (and FR-PEM as an eMSP, which owns no
    // tariffs), its lists as `lists` says per party.
    qint64 addPlatform(ScriptedPeer &peer, Platform platform, const QHash<QString, QJsonArray> *lists)
    {
        peer.on("GET", QStringLiteral("/tariffs"), [platform, lists](const RouteCall &call) {
            const QByteArray to = call.request.header("OCPI-to-party-id");
            QJsonArray page;
            for (auto list = lists->cbegin(); list != lists->cend(); ++list) {
                if (platform == Platform::IgnoresTo || list.key().toLatin1() == to) {
                    for (const QJsonValue &value : list.value())
                        page.append(value);
                }
            }
            HttpResponse response = reply::json(page, call.now);
            response.setHeader("X-Total-Count", QByteArray::number(page.size()));
            return response;
        });
        auto id = m_nodes.emsp().partners().create(
            peer.partner({*PartyRole::parse(u"FR-PEE:CPO"), *PartyRole::parse(u"FR-PEM:EMSP"), *PartyRole::parse(u"FR-PEF:CPO")},
                         {{QStringLiteral("tariffs"), QStringLiteral("SENDER")}}, {QStringLiteral("/tariffs")}));
        if (!id)
            qFatal("cannot add the scripted platform");
        return *id;
    }

private slots:
    void init()
    {
        TwoNodes::Options options;
        options.cpoParties = QStringList{QStringLiteral("NL-CPO:CPO"), QStringLiteral("NL-CP2:CPO")};
        QVERIFY_STATUS(m_nodes.start(options));
    }

    void cleanup() { m_nodes.stop(); }

    // The data loss of issue 13, with two real nodes: the CPO node hosts two CPO parties, both
    // pushed their tariffs; a full pull addressed only NL-CPO and removed NL-CP2's. Now each party
    // is read on its own and nothing is lost.
    void fullPullKeepsEveryPartysObjects()
    {
        TariffService &cpo = m_nodes.cpo().services().service<TariffService>();
        QVERIFY(cpo.putOwnBatch({tariff(QStringLiteral("A1"), QStringLiteral("2026-11-01T08:00:00Z")),
                                 tariff(QStringLiteral("A2"), QStringLiteral("2026-11-01T08:00:00Z")),
                                 tariff(QStringLiteral("B1"), QStringLiteral("2026-11-01T08:00:00Z"), 0.4, QStringLiteral("NL"),
                                        QStringLiteral("CP2")),
                                 tariff(QStringLiteral("B2"), QStringLiteral("2026-11-01T08:00:00Z"), 0.4, QStringLiteral("NL"),
                                        QStringLiteral("CP2"))})
                    .ok());
        QVERIFY(m_nodes.waitForOutboxDrained());
        const qint64 cpoId = m_nodes.cpoAtEmsp().id;
        const QStringList all{"CPO/A1", "CPO/A2", "CP2/B1", "CP2/B2"};
        QCOMPARE(idsOf(pulled(cpoId)), all); // as pushed

        auto report = pull(cpoId, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->removed, 0);
        QCOMPARE(report->received, 4);
        QCOMPARE(report->parties, (QStringList{"NL-CPO", "NL-CP2"}));
        QCOMPARE(idsOf(pulled(cpoId)), all);

        // Each list GET the CPO node answered was addressed to one of its parties (RT-04).
        QStringList addressed;
        for (const TrafficRecord &r : traffic(m_nodes.cpo(), TrafficRecord::Direction::Incoming)) {
            if (r.method == QLatin1String("GET") && r.url.contains(QLatin1String("/tariffs")))
                addressed << QString::fromLatin1(r.requestHeaders.contains("OCPI-to-party-id: CP2") ? "CP2" : "CPO");
        }
        QCOMPARE(addressed, (QStringList{"CPO", "CP2"}));

        // A tariff the CPO withdrew without telling (not pushed): the full pull removes it, and only it.
        QVERIFY_STATUS(ObjectTable(m_nodes.cpo().services().database(), QStringLiteral("tariffs"))
                           .remove(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CP2"), QStringLiteral("B1"))));
        m_nodes.clock().advanceSeconds(60);
        report = pull(cpoId, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->removed, 1);
        QCOMPARE(idsOf(pulled(cpoId)), (QStringList{"CPO/A1", "CPO/A2", "CP2/B2"}));
    }

    // Whether the platform routes by OCPI-to or lists every party on every read, a full pull
    // keeps what is listed and removes, per party, what that party's read no longer lists.
    void everyPartyIsAddressed_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::newRow("platform routing by OCPI-to") << Platform::RoutesByTo;
        QTest::newRow("platform ignoring OCPI-to") << Platform::IgnoresTo;
    }

    void everyPartyIsAddressed()
    {
        QFETCH(Platform, platform);
        ScriptedPeer peer;
        QHash<QString, QJsonArray> lists{{QStringLiteral("PEE"), {peerTariff(QStringLiteral("PEE"), QStringLiteral("E1")),
                                                                  peerTariff(QStringLiteral("PEE"), QStringLiteral("E2"))}},
                                         {QStringLiteral("PEF"), {peerTariff(QStringLiteral("PEF"), QStringLiteral("F1"))}}};
        const qint64 peerId = addPlatform(peer, platform, &lists);
        auto report = pull(peerId, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->parties, (QStringList{"FR-PEE", "FR-PEF"})); // not the eMSP party
        QStringList addressed;
        for (const ScriptedPeer::Seen &seen : peer.seen())
            addressed << addressedTo(seen);
        QCOMPARE(addressed, (QStringList{"FR-PEE", "FR-PEF"}));
        QCOMPARE(report->skipped, 0);
        QCOMPARE(heldSet(peerId),
                 (QSet<QString>{"PEE/E1", "PEE/E2", "PEF/F1"}));

        // E2 is withdrawn: the next full pull removes it, and nothing of FR-PEF.
        lists[QStringLiteral("PEE")] = QJsonArray{peerTariff(QStringLiteral("PEE"), QStringLiteral("E1"))};
        m_nodes.clock().advanceSeconds(60);
        report = pull(peerId, true);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->removed, 1);
        QCOMPARE(heldSet(peerId),
                 (QSet<QString>{"PEE/E1", "PEF/F1"}));
    }

    // A read that fails removes nothing of its party; the reads that completed before it are the
    // truth for their parties and stand. The error names the party whose read failed.
    void aFailedReadRemovesNothingOfItsParty()
    {
        ScriptedPeer peer;
        QHash<QString, QJsonArray> lists{{QStringLiteral("PEE"), {peerTariff(QStringLiteral("PEE"), QStringLiteral("E1")),
                                                                  peerTariff(QStringLiteral("PEE"), QStringLiteral("E2"))}},
                                         {QStringLiteral("PEF"), {peerTariff(QStringLiteral("PEF"), QStringLiteral("F1")),
                                                                  peerTariff(QStringLiteral("PEF"), QStringLiteral("F2"))}}};
        const qint64 peerId = addPlatform(peer, Platform::RoutesByTo, &lists);
        QVERIFY(pull(peerId, true).ok());
        QCOMPARE(pulled(peerId).size(), 4);

        // Both parties withdraw one tariff, and FR-PEF's list fails now.
        lists[QStringLiteral("PEE")] = QJsonArray{peerTariff(QStringLiteral("PEE"), QStringLiteral("E1"))};
        lists[QStringLiteral("PEF")] = QJsonArray{peerTariff(QStringLiteral("PEF"), QStringLiteral("F1"))};
        m_nodes.emsp().services().puller().setRetry({1, 10, 10, 10});
        ScriptedPeer failing;
        const QHash<QString, QJsonArray> *shown = &lists;
        failing.on("GET", QStringLiteral("/tariffs"), [shown](const RouteCall &call) {
            const QByteArray to = call.request.header("OCPI-to-party-id");
            if (to == "PEF")
                return reply::error(Error::internal(QStringLiteral("PEF is down")), call.now);
            HttpResponse response = reply::json(shown->value(QString::fromLatin1(to)), call.now);
            response.setHeader("X-Total-Count", QByteArray::number(shown->value(QString::fromLatin1(to)).size()));
            return response;
        });
        Partner moved = *m_nodes.emsp().partners().get(peerId);
        moved.endpoints = {{QStringLiteral("tariffs"), QStringLiteral("SENDER"), failing.base() + QStringLiteral("/tariffs")}};
        QVERIFY_STATUS(m_nodes.emsp().partners().save(moved));
        m_nodes.clock().advanceSeconds(60);
        const auto report = pull(peerId, true);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(QStringLiteral("(party FR-PEF)")), qPrintable(report.error().message));
        QCOMPARE(heldSet(peerId),
                 (QSet<QString>{"PEE/E1", "PEF/F1", "PEF/F2"}));
    }

    // The one place that decides: parties in the owner role, each once, in the order announced;
    // none: nothing to pull, said before any request.
    void targetsFollowTheOwnerRole()
    {
        Partner partner;
        partner.roles = {{*PartyRole::parse(u"FR-PEE:CPO"), {}}, {*PartyRole::parse(u"FR-PEM:EMSP"), {}},
                         {*PartyRole::parse(u"FR-PEF:CPO"), {}}};
        const auto tariffs = *objectModule(QStringLiteral("tariffs"));
        const auto tokens = *objectModule(QStringLiteral("tokens"));
        QStringList addressed;
        for (const PullTarget &target : Puller::targets(partner, tariffs)) {
            addressed << target.to->toString();
            QVERIFY(target.covers == QList<PartyId>{*target.to});
        }
        QCOMPARE(addressed, (QStringList{"FR-PEE", "FR-PEF"}));
        QCOMPARE(Puller::targets(partner, tokens).size(), 1);
        QCOMPARE(Puller::targets(partner, tokens).first().to->toString(), QStringLiteral("FR-PEM"));

        ScriptedPeer peer;
        auto id = m_nodes.emsp().partners().create(peer.partner({*PartyRole::parse(u"FR-PEM:EMSP")},
                                                                {{QStringLiteral("tariffs"), QStringLiteral("SENDER")}},
                                                                {QStringLiteral("/tariffs")}));
        QVERIFY(id.ok());
        const auto report = pull(*id, true);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().message, QStringLiteral("scripted-peer holds no CPO party to pull tariffs from"));
        QVERIFY(peer.seen().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMultiPartyPull)
#include "tst_multipartypull.moc"
