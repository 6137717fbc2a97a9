#include "support/objectjson.h"
#include "support/scriptedpeer.h"
#include "support/twonodes.h"

#include "modules/locations/locationservice.h"
#include "modules/tariffs/tariffservice.h"
#include "modules/credentials/registrationclient.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/initialsync.h"
#include "sync/outbox.h"

using namespace ocpi;
using namespace ocpi::test;

namespace {

QJsonArray cpoTariffs(int count)
{
    QJsonArray tariffs;
    for (int i = 1; i <= count; ++i)
        tariffs.append(tariff(QStringLiteral("T%1").arg(i), QStringLiteral("2026-11-%1T09:00:00Z").arg(i, 2, 10, QLatin1Char('0'))));
    return tariffs;
}

} // namespace

// Issue 13, initial sync: a partner that registers after our objects were made gets them, through
// the outbox, in creation order, when its setting says so or an operator asks (`push --all`); a
// sync cut short goes on where it stopped; only modules the partner receives, only to its party in
// the receiving role, only what our Sender list shows.
class TestInitialSync : public QObject
{
    Q_OBJECT

private:
    TwoNodes m_nodes;

    TariffService &cpoTariffService() { return m_nodes.cpo().services().service<TariffService>(); }
    InitialSync &cpoSync() { return m_nodes.cpo().services().initialSync(); }

    Status startNodes(bool cpoPushes)
    {
        TwoNodes::Options options;
        options.registered = false;
        options.cpoPushes = cpoPushes;
        return m_nodes.start(options);
    }

    // The eMSP registers with the CPO, which invited it with the setting given; the eMSP's id at
    // the CPO.
    qint64 registerEmsp(bool initialSync)
    {
        auto invitation = m_nodes.cpo().partners().invite(QStringLiteral("the-emsp"), initialSync);
        if (!invitation)
            qFatal("no invitation");
        std::optional<Result<Partner>> outcome;
        m_nodes.emsp().registration().registerWith(
            {m_nodes.cpo().versionsUrl(), invitation->token, QStringLiteral("the-cpo"), EncodingSetting::Auto},
            [&](Result<Partner> result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000) || !outcome->ok())
            qFatal("the eMSP did not register");
        return invitation->partnerId;
    }

    QJsonArray emspHolds() { return partnersJson(m_nodes.emsp().services().service<TariffService>(), m_nodes.cpoAtEmsp().id); }

    // The object keys queued for a partner, oldest first.
    QStringList queuedFor(qint64 partnerId)
    {
        QStringList keys;
        const auto entries = m_nodes.cpo().services().outbox().entries(partnerId, -1);
        if (!entries)
            qFatal("cannot read the outbox");
        for (const OutboxEntry &entry : *entries)
            keys << entry.objectKey;
        return keys;
    }

    static QStringList keysOf(int count)
    {
        QStringList keys;
        for (int i = 1; i <= count; ++i)
            keys << QStringLiteral("NL/CPO/T%1").arg(i);
        return keys;
    }

private slots:
    void cleanup() { m_nodes.stop(); }

    void registrationSendsCurrentObjectsWhenAsked_data()
    {
        QTest::addColumn<bool>("setting");
        QTest::newRow("initial sync on") << true;
        QTest::newRow("initial sync off, then push --all") << false;
    }

    void registrationSendsCurrentObjectsWhenAsked()
    {
        QFETCH(bool, setting);
        QVERIFY_STATUS(startNodes(true));
        QVERIFY(cpoTariffService().putOwnBatch(cpoTariffs(5)).ok());
        const qint64 emspId = registerEmsp(setting);
        QCOMPARE(m_nodes.cpo().partners().get(emspId)->initialSync, setting);
        if (!setting) {
            QTest::qWait(200);
            QVERIFY(m_nodes.waitForOutboxDrained());
            QCOMPARE(emspHolds(), QJsonArray()); // nothing unless asked
            auto started = cpoSync().start(emspId);
            QVERIFY_STATUS(started);
            // Every module the eMSP receives: locations (none of ours) and tariffs.
            QCOMPARE(started->size(), 2);
            QCOMPARE(started->at(0).module, QStringLiteral("locations"));
            QCOMPARE(started->at(0).total, qint64(0));
            QCOMPARE(started->at(1).module, QStringLiteral("tariffs"));
            QCOMPARE(started->at(1).total, qint64(5));
            QList<InitialSyncProgress> seen;
            QVERIFY_STATUS(cpoSync().runAll(emspId, [&](const InitialSyncProgress &p) { seen << p; }));
            QCOMPARE(seen.size(), 2);
            QCOMPARE(seen.last().module, QStringLiteral("tariffs"));
            QCOMPARE(seen.last().queued, qint64(5));
            QVERIFY(seen.last().finished);
        }
        // Delivered by the serving CPO node, addressed to the eMSP's party (several calls at once, so
        // compared by id rather than in the order they arrived).
        QTRY_COMPARE_WITH_TIMEOUT(sortedById(emspHolds()), sortedById(ownJson(cpoTariffService())), 15000);
        // The request log is written behind the traffic.
        const auto received = [this] {
            QStringList paths;
            for (const TrafficRecord &push : m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("tariffs"))) {
                const bool addressed = push.requestHeaders.contains("OCPI-to-party-id: EMS");
                paths << push.url.section(QLatin1Char('/'), -1) + (addressed ? QString() : QStringLiteral(" (not to EMS)"));
            }
            return paths;
        };
        QTRY_COMPARE(received(), (QStringList{"T1", "T2", "T3", "T4", "T5"}));
        QVERIFY(cpoSync().unfinished()->isEmpty());
    }

    // A process that stops in the middle: the batches queued stay queued, and the node that starts
    // again goes on after the last one, queueing nothing twice and skipping nothing.
    void goesOnWhereItStopped()
    {
        QVERIFY_STATUS(startNodes(false)); // nothing leaves the CPO's outbox: it shows what was queued
        QVERIFY(cpoTariffService().putOwnBatch(cpoTariffs(7)).ok());
        const qint64 emspId = registerEmsp(false);
        cpoSync().setBatchSize(3);
        QVERIFY_STATUS(cpoSync().start(emspId));
        auto first = cpoSync().step(emspId, QStringLiteral("tariffs"));
        QVERIFY_STATUS(first);
        QCOMPARE(first->queued, qint64(3));
        QCOMPARE(first->total, qint64(7));
        QVERIFY(!first->finished);
        QCOMPARE(queuedFor(emspId), keysOf(3));

        QVERIFY_STATUS(m_nodes.restartNode(TwoNodes::Cpo)); // its background work resumes at once
        QTRY_VERIFY_WITH_TIMEOUT(cpoSync().unfinished()->isEmpty(), 10000);
        QCOMPARE(queuedFor(emspId), keysOf(7));

        // Asked again once finished: everything once more, from the first.
        auto again = cpoSync().start(emspId);
        QVERIFY_STATUS(again);
        QVERIFY_STATUS(cpoSync().runAll(emspId, {}));
        QCOMPARE(queuedFor(emspId), keysOf(7) + keysOf(7));
    }

    // Only the modules the partner has a Receiver endpoint for, only to its party in the
    // receiving role, only objects our Sender list shows (not an unpublished location), and
    // nothing for a partner that receives nothing.
    void onlyWhatThePartnerReceives()
    {
        QVERIFY_STATUS(startNodes(false));
        QJsonObject published = cpoLocation2x2();
        QJsonObject hidden = cpoLocation2x2();
        hidden.insert(QStringLiteral("id"), QStringLiteral("HIDDEN-1"));
        hidden.insert(QStringLiteral("publish"), false);
        QVERIFY(cpoTariffService().putOwnBatch(tariffsNamedBy(published)).ok());
        LocationService &locations = m_nodes.cpo().services().service<LocationService>();
        QVERIFY(locations.putOwnBatch({published, hidden}).ok());

        ScriptedPeer peer;
        auto id = m_nodes.cpo().partners().create(
            peer.partner({*PartyRole::parse(u"FR-PEC:CPO"), *PartyRole::parse(u"FR-PEM:EMSP")},
                         {{QStringLiteral("locations"), QStringLiteral("RECEIVER")}, {QStringLiteral("tariffs"), QStringLiteral("SENDER")}},
                         {QStringLiteral("/locations"), QStringLiteral("/tariffs")}));
        QVERIFY(id.ok());
        auto refused = cpoSync().start(*id, {QStringLiteral("tariffs")});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message,
                 QStringLiteral("scripted-peer receives locations from us; an initial sync sends tariffs only to a registered "
                                "partner with their Receiver endpoint and a party in the receiving role"));
        auto started = cpoSync().start(*id);
        QVERIFY_STATUS(started);
        QCOMPARE(started->size(), 1);
        QCOMPARE(started->first().module, QStringLiteral("locations"));
        QCOMPARE(started->first().total, qint64(1));
        QVERIFY_STATUS(cpoSync().runAll(*id, {}));
        const auto entries = m_nodes.cpo().services().outbox().entries(*id, -1);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().objectKey, QStringLiteral("NL/CPO/BER-ALX-0042"));
        QCOMPARE(entries->first().method, QByteArray("PUT"));
        QCOMPARE(entries->first().to.toString(), QStringLiteral("FR-PEM"));

        // A partner holding only a CPO party receives none of a CPO's objects.
        auto cpoOnly = m_nodes.cpo().partners().create(
            peer.partner({*PartyRole::parse(u"FR-PED:CPO")}, {{QStringLiteral("locations"), QStringLiteral("RECEIVER")}},
                         {QStringLiteral("/locations")}));
        QVERIFY(cpoOnly.ok());
        QVERIFY(!cpoSync().start(*cpoOnly).ok());
        QVERIFY_STATUS(cpoSync().startOnRegistration(*cpoOnly));
        QVERIFY(cpoSync().unfinished(*cpoOnly)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInitialSync)
#include "tst_initialsync.moc"
