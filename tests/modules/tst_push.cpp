#include "support/objectjson.h"
#include "support/scriptedpeer.h"
#include "support/twonodes.h"

#include "modules/tariffs/tariffservice.h"
#include "partners/partnerregistry.h"
#include "runtime/modulelist.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "store/objecttable.h"
#include "sync/outbox.h"
#include "sync/outboxdeliverer.h"

#include <QMap>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString kReceiverPrefix = QStringLiteral("/ocpi/emsp/2.2.1/tariffs");

ObjectKey keyOf(const QString &id)
{
    return ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), id);
}

QString version(int day)
{
    return QStringLiteral("2026-11-%1T10:00:00Z").arg(day, 2, 10, QLatin1Char('0'));
}

// "PUT /NL/CPO/T1 2026-11-02T10:00:00Z", "DELETE /NL/CPO/T2": what an outbox entry or a received
// request carries, in one comparable line.
QString describe(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QString line = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    const QString updated = QJsonDocument::fromJson(body).object().value(QStringLiteral("last_updated")).toString();
    if (!updated.isEmpty())
        line += QLatin1Char(' ') + updated;
    return line;
}

} // namespace

// Pushing our tariffs to partners through the outbox (TF-24, TF-11, TAR-02): changes are queued in
// the transaction that makes them, delivered per object in order, kept while the partner is down
// and delivered once it is back, kept across a restart of our node, parked when the partner
// refuses them (2xxx), and a PATCH the partner cannot apply is replaced by a PUT of the whole object.
class TestPush : public QObject
{
    Q_OBJECT

private:
    TwoNodes m_nodes;
    qint64 m_emspAtCpo = 0;   // the eMSP's partner id in the CPO's registry
    qint64 m_cpoAtEmsp = 0;

    TariffService &cpoTariffs() { return m_nodes.cpo().services().service<TariffService>(); }
    Outbox &cpoOutbox() { return m_nodes.cpo().services().outbox(); }

    // By id: the deliverer sends calls for different objects at once, so they may arrive in any order.
    QJsonArray atEmsp() { return sortedById(partnersJson(m_nodes.emsp().services().service<TariffService>(), m_cpoAtEmsp)); }
    QJsonArray atCpo() { return sortedById(ownJson(cpoTariffs())); }

    QList<OutboxEntry> entries(qint64 partnerId)
    {
        auto list = cpoOutbox().entries(partnerId);
        if (!list)
            qFatal("cannot read the outbox");
        return *list;
    }

    QStringList pending(qint64 partnerId)
    {
        QStringList lines;
        for (const OutboxEntry &e : entries(partnerId))
            lines << describe(e.method, e.path, e.body);
        return lines;
    }

    // What the eMSP accepted, per object, in the order it arrived (all history of its database).
    QMap<QString, QStringList> receivedPerObject()
    {
        QMap<QString, QStringList> perObject;
        for (const TrafficRecord &r : m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("tariffs"))) {
            if (r.httpStatus / 100 != 2 || r.ocpiStatus != 1000)
                continue;
            const QString path = r.url.mid(kReceiverPrefix.size());
            perObject[path.section(QLatin1Char('/'), -1)] << describe(r.method.toLatin1(), path, r.requestBody);
        }
        return perObject;
    }

    bool outboxEmpty() { return m_nodes.outboxEmpty(TwoNodes::Cpo); }

private slots:
    void init()
    {
        TwoNodes::Options options;
        options.cpoTime = options.emspTime = TwoNodes::Time::Real; // the partner's outage lasts real retries
        options.fastRetries = true;
        QVERIFY_STATUS(m_nodes.start(options));
        m_emspAtCpo = m_nodes.emspAtCpo().id;
        m_cpoAtEmsp = m_nodes.cpoAtEmsp().id;
    }

    void cleanup() { m_nodes.stop(); }

    void changesReachThePartner()
    {
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("T1"), version(1))).ok());
        QTRY_COMPARE(atEmsp(), (QJsonArray{tariff(QStringLiteral("T1"), version(1))}));

        const auto batch = cpoTariffs().putOwnBatch({tariff(QStringLiteral("T2"), version(2)), tariff(QStringLiteral("T3"), version(2)),
                                                     tariff(QStringLiteral("T1"), version(3), 0.5)});
        QVERIFY(batch.ok());
        QCOMPARE(*batch, 2);
        QTRY_COMPARE(atEmsp(), (QJsonArray{tariff(QStringLiteral("T1"), version(3), 0.5), tariff(QStringLiteral("T2"), version(2)),
                                           tariff(QStringLiteral("T3"), version(2))}));

        QVERIFY(cpoTariffs().removeOwn(keyOf(QStringLiteral("T2"))).ok());
        QTRY_COMPARE(atEmsp(), (QJsonArray{tariff(QStringLiteral("T1"), version(3), 0.5), tariff(QStringLiteral("T3"), version(2))}));
        QCOMPARE(atEmsp(), atCpo());
        QTRY_VERIFY(outboxEmpty());

        QMap<QString, QStringList> expected;
        expected[QStringLiteral("T1")] = QStringList{"PUT /NL/CPO/T1 " + version(1), "PUT /NL/CPO/T1 " + version(3)};
        expected[QStringLiteral("T2")] = QStringList{"PUT /NL/CPO/T2 " + version(2), "DELETE /NL/CPO/T2"};
        expected[QStringLiteral("T3")] = QStringList{"PUT /NL/CPO/T3 " + version(2)};
        QCOMPARE(receivedPerObject(), expected);

        // Removing what is not there is refused, and nothing is queued.
        QCOMPARE(cpoTariffs().removeOwn(keyOf(QStringLiteral("T2"))).error().kind, ErrorKind::NotFound);
        QVERIFY(outboxEmpty());
    }

    void partnerDownThenUp()
    {
        QVERIFY(cpoTariffs().putOwnBatch({tariff(QStringLiteral("T1"), version(1)), tariff(QStringLiteral("T2"), version(1)),
                                          tariff(QStringLiteral("T3"), version(1))})
                    .ok());
        QTRY_COMPARE(atEmsp().size(), 3);
        QTRY_VERIFY(outboxEmpty());

        m_nodes.stopNode(TwoNodes::Emsp); // the partner goes down
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("T1"), version(2))).ok());
        QVERIFY(cpoTariffs().putOwnBatch({tariff(QStringLiteral("T3"), version(2)), tariff(QStringLiteral("T5"), version(2))}).ok());
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("T1"), version(3))).ok());
        QVERIFY(cpoTariffs().removeOwn(keyOf(QStringLiteral("T2"))).ok());
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("T4"), version(3))).ok());
        QVERIFY(cpoTariffs().removeOwn(keyOf(QStringLiteral("T4"))).ok());
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("T5"), version(4))).ok());

        const QStringList queued{"PUT /NL/CPO/T1 " + version(2), "PUT /NL/CPO/T3 " + version(2), "PUT /NL/CPO/T5 " + version(2),
                                 "PUT /NL/CPO/T1 " + version(3), "DELETE /NL/CPO/T2",           "PUT /NL/CPO/T4 " + version(3),
                                 "DELETE /NL/CPO/T4",           "PUT /NL/CPO/T5 " + version(4)};
        QCOMPARE(pending(m_emspAtCpo), queued);

        // Each object's oldest change is tried again and again; the ones behind it wait their turn.
        const QSet<int> heads{0, 1, 2, 4, 5};
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const QList<OutboxEntry> list = entries(m_emspAtCpo);
                                     for (int i : heads) {
                                         if (list.value(i).attempts < 3)
                                             return false;
                                     }
                                     return true;
                                 }()),
                                 10000);
        const QList<OutboxEntry> waiting = entries(m_emspAtCpo);
        QCOMPARE(waiting.size(), queued.size());
        for (int i = 0; i < waiting.size(); ++i) {
            const OutboxEntry &e = waiting[i];
            QVERIFY(!e.parked);
            QCOMPARE(e.partnerId, m_emspAtCpo);
            QCOMPARE(e.module, QStringLiteral("tariffs"));
            QCOMPARE(e.from, PartyId::of(QStringLiteral("NL"), QStringLiteral("CPO")));
            QCOMPARE(e.to, PartyId::of(QStringLiteral("DE"), QStringLiteral("EMS")));
            if (heads.contains(i)) {
                QVERIFY2(!e.lastError.isEmpty(), qPrintable(queued[i]));
                QVERIFY(e.nextAttemptMs > 0);
            } else {
                QVERIFY2(e.attempts == 0 && e.lastError.isEmpty(), qPrintable(queued[i] + QStringLiteral(" was tried out of order")));
            }
        }
        auto backlog = cpoOutbox().backlog();
        QVERIFY(backlog.ok());
        QCOMPARE(backlog->size(), 1);
        QCOMPARE(backlog->first().partnerId, m_emspAtCpo);
        QCOMPARE(backlog->first().partner, QStringLiteral("emsp"));
        QCOMPARE(backlog->first().pending, int(queued.size()));
        QCOMPARE(backlog->first().parked, 0);
        QVERIFY(backlog->first().oldest.isValid());
        QVERIFY2(backlog->first().lastError.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(backlog->first().lastError));

        QVERIFY_STATUS(m_nodes.restartNode(TwoNodes::Emsp)); // back, same port and database
        QTRY_VERIFY_WITH_TIMEOUT(outboxEmpty(), 10000);
        QCOMPARE(atEmsp(), atCpo());
        QCOMPARE(atEmsp(), (QJsonArray{tariff(QStringLiteral("T1"), version(3)), tariff(QStringLiteral("T3"), version(2)),
                                       tariff(QStringLiteral("T5"), version(4))}));

        // Every change arrived once, per object in the order it was made.
        QMap<QString, QStringList> expected;
        expected[QStringLiteral("T1")] = QStringList{"PUT /NL/CPO/T1 " + version(1), "PUT /NL/CPO/T1 " + version(2),
                                                     "PUT /NL/CPO/T1 " + version(3)};
        expected[QStringLiteral("T2")] = QStringList{"PUT /NL/CPO/T2 " + version(1), "DELETE /NL/CPO/T2"};
        expected[QStringLiteral("T3")] = QStringList{"PUT /NL/CPO/T3 " + version(1), "PUT /NL/CPO/T3 " + version(2)};
        expected[QStringLiteral("T4")] = QStringList{"PUT /NL/CPO/T4 " + version(3), "DELETE /NL/CPO/T4"};
        expected[QStringLiteral("T5")] = QStringList{"PUT /NL/CPO/T5 " + version(2), "PUT /NL/CPO/T5 " + version(4)};
        QCOMPARE(receivedPerObject(), expected);
    }

    void restartWithANonEmptyOutbox()
    {
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("T1"), version(1))).ok());
        QTRY_COMPARE(atEmsp().size(), 1);
        QTRY_VERIFY(outboxEmpty());

        m_nodes.stopNode(TwoNodes::Emsp);
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("T1"), version(2))).ok());
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("T2"), version(2))).ok());
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("T1"), version(3))).ok());
        QVERIFY(cpoTariffs().removeOwn(keyOf(QStringLiteral("T2"))).ok());
        const QStringList queued{"PUT /NL/CPO/T1 " + version(2), "PUT /NL/CPO/T2 " + version(2), "PUT /NL/CPO/T1 " + version(3),
                                 "DELETE /NL/CPO/T2"};
        QTRY_VERIFY(entries(m_emspAtCpo).value(0).attempts >= 1);
        QCOMPARE(pending(m_emspAtCpo), queued);

        // Our node stops with the partner still down, and starts again on the same database.
        QVERIFY_STATUS(m_nodes.restartNode(TwoNodes::Cpo));
        QCOMPARE(pending(m_emspAtCpo), queued);
        QTRY_VERIFY(entries(m_emspAtCpo).value(0).attempts >= 3); // the new process keeps trying

        QVERIFY_STATUS(m_nodes.restartNode(TwoNodes::Emsp));
        QTRY_VERIFY_WITH_TIMEOUT(outboxEmpty(), 10000);
        QCOMPARE(atEmsp(), (QJsonArray{tariff(QStringLiteral("T1"), version(3))}));
        QCOMPARE(atEmsp(), atCpo());
        QMap<QString, QStringList> expected;
        expected[QStringLiteral("T1")] = QStringList{"PUT /NL/CPO/T1 " + version(1), "PUT /NL/CPO/T1 " + version(2),
                                                     "PUT /NL/CPO/T1 " + version(3)};
        expected[QStringLiteral("T2")] = QStringList{"PUT /NL/CPO/T2 " + version(2), "DELETE /NL/CPO/T2"};
        QCOMPARE(receivedPerObject(), expected);
    }

    // A partner that registered after a tariff was made never received it (pushes go to the
    // partners of the moment; it pulls to catch up, TF-24). Withdrawing the tariff sends it a DELETE
    // it answers with 404: the partner does not hold the tariff, which is what the DELETE wanted.
    void withdrawingATariffALaterPartnerNeverGot()
    {
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("T0"), version(1))).ok());
        QTRY_COMPARE(atEmsp().size(), 1);

        auto later = m_nodes.startAnother({QStringLiteral("DE-EM2:EMSP")}, QStringLiteral("emsp2.sqlite"));
        QVERIFY(later);
        QVERIFY_STATUS(registerWith(*later, m_nodes.cpo()));
        auto partners = m_nodes.cpo().partners().list();
        QVERIFY(partners.ok() && partners->size() == 2);
        const qint64 laterId = partners->last().id;
        QVERIFY(laterId != m_emspAtCpo);

        QVERIFY(cpoTariffs().removeOwn(keyOf(QStringLiteral("T0"))).ok());
        QTRY_COMPARE(atEmsp(), QJsonArray());
        QTRY_VERIFY_WITH_TIMEOUT(outboxEmpty(), 5000);
        QVERIFY(entries(laterId).isEmpty());
        const QList<TrafficRecord> seen = traffic(*later, TrafficRecord::Direction::Incoming);
        QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [](const TrafficRecord &r) {
            return r.method == QLatin1String("DELETE") && r.url.endsWith(QLatin1String("/NL/CPO/T0")) && r.httpStatus == 404;
        }));
        QCOMPARE(partnersJson(later->services().service<TariffService>(), onlyPartner(*later).id), QJsonArray());
    }

    // --- against a scripted partner ---

    void refusedPushIsParkedAndServerErrorsRetried()
    {
        ScriptedPeer peer;
        int failuresLeft = 2;
        peer.on("PUT", QStringLiteral("/tariffs/{country_code}/{party_id}/{tariff_id}"), [&failuresLeft](const RouteCall &call) {
            const QString id = call.param(QStringLiteral("tariff_id"));
            if (id == QLatin1String("BAD"))
                return reply::error(Error::invalid(QStringLiteral("currency: EUR is not accepted here")), call.now);
            if (id == QLatin1String("FLAKY") && failuresLeft > 0) {
                --failuresLeft;
                return reply::error(Error::internal(QStringLiteral("database busy")), call.now); // 3000: may heal
            }
            return reply::ok(call.now, 201);
        });
        auto peerId = m_nodes.cpo().partners().create(
            peer.partner({*PartyRole::parse(u"FR-PEE:EMSP")}, {{QStringLiteral("tariffs"), QStringLiteral("RECEIVER")}},
                         {QStringLiteral("/tariffs")}));
        QVERIFY(peerId.ok());

        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("GOOD"), version(1))).ok());
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("BAD"), version(1))).ok());
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("FLAKY"), version(1))).ok());

        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const QList<OutboxEntry> list = entries(*peerId);
                                     return list.size() == 1 && list.first().parked;
                                 }()),
                                 10000);
        const OutboxEntry parked = entries(*peerId).first();
        QCOMPARE(describe(parked.method, parked.path, parked.body), "PUT /NL/CPO/BAD " + version(1));
        QCOMPARE(parked.attempts, OutboxDeliverer::kDefaultRefusalTries);
        QVERIFY2(parked.lastError.contains(QStringLiteral("2001")), qPrintable(parked.lastError));
        QVERIFY2(parked.lastError.contains(QStringLiteral("currency: EUR is not accepted here")), qPrintable(parked.lastError));

        auto backlog = cpoOutbox().backlog();
        QVERIFY(backlog.ok());
        const auto row = std::find_if(backlog->cbegin(), backlog->cend(), [&](const PartnerBacklog &b) { return b.partnerId == *peerId; });
        QVERIFY(row != backlog->cend());
        QCOMPARE(row->partner, QStringLiteral("scripted-peer"));
        QCOMPARE(row->pending, 0);
        QCOMPARE(row->parked, 1);
        QCOMPARE(row->lastError, parked.lastError);

        // The refused PUT was sent a bounded number of times (issue 13); the 3000s were retried
        // until accepted.
        QStringList puts = peer.targets("PUT");
        QCOMPARE(puts.count(QStringLiteral("/peer/tariffs/NL/CPO/BAD")), OutboxDeliverer::kDefaultRefusalTries);
        QCOMPARE(puts.count(QStringLiteral("/peer/tariffs/NL/CPO/GOOD")), 1);
        QCOMPARE(puts.count(QStringLiteral("/peer/tariffs/NL/CPO/FLAKY")), 3);

        // A parked change does not block the object's next one.
        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("BAD"), version(2))).ok());
        QTRY_VERIFY(([&] {
            auto now = cpoOutbox().backlog();
            return now && std::any_of(now->cbegin(), now->cend(),
                                      [&](const PartnerBacklog &b) { return b.partnerId == *peerId && b.parked == 2; });
        }()));
        QCOMPARE(peer.targets("PUT").count(QStringLiteral("/peer/tariffs/NL/CPO/BAD")), 2 * OutboxDeliverer::kDefaultRefusalTries);
    }

    // TF-11: a PATCH the partner answers with 2xxx becomes a PUT of the whole current object, and
    // the object's later queued changes fold into it.
    void failedPatchIsReplacedByAPut_data()
    {
        QTest::addColumn<int>("answer");
        QTest::newRow("404 + 2000: the partner does not know the object") << 2000;
        QTest::newRow("2001: the partner cannot apply the patch") << 2001;
    }

    void failedPatchIsReplacedByAPut()
    {
        QFETCH(int, answer);
        ScriptedPeer peer;
        peer.on("PUT", QStringLiteral("/tariffs/{country_code}/{party_id}/{tariff_id}"),
                [](const RouteCall &call) { return reply::ok(call.now); });
        peer.on("PATCH", QStringLiteral("/tariffs/{country_code}/{party_id}/{tariff_id}"), [answer](const RouteCall &call) {
            return reply::error(answer == 2000 ? Error::notFound(QStringLiteral("unknown tariff"))
                                               : Error::invalid(QStringLiteral("elements: cannot patch")),
                                call.now);
        });
        auto peerId = m_nodes.cpo().partners().create(
            peer.partner({*PartyRole::parse(u"FR-PEE:EMSP")}, {{QStringLiteral("tariffs"), QStringLiteral("RECEIVER")}},
                         {QStringLiteral("/tariffs/")}));
        QVERIFY(peerId.ok());
        m_nodes.cpo().deliverer().stop(); // queue everything first, deliver afterwards

        QVERIFY(cpoTariffs().putOwn(tariff(QStringLiteral("T1"), version(1))).ok());
        // The object changes, and two partial updates of it are queued (as a module with PATCH does).
        const QJsonObject current = tariff(QStringLiteral("T1"), version(3), 0.61);
        {
            ObjectTable table(m_nodes.cpo().database(), QStringLiteral("tariffs"));
            StoredObject stored;
            stored.key = keyOf(QStringLiteral("T1"));
            stored.lastUpdated = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
            stored.json = compact(current);
            QVERIFY(table.put(stored).ok());
        }
        const ObjectModule module = *objectModule(QStringLiteral("tariffs"));
        QVERIFY(cpoOutbox().enqueue({module, keyOf(QStringLiteral("T1")), "PATCH", QStringLiteral("/NL/CPO/T1"),
                                     compact(QJsonObject{{QStringLiteral("last_updated"), version(2)}})})
                    .ok());
        QVERIFY(cpoOutbox().enqueue({module, keyOf(QStringLiteral("T1")), "PATCH", QStringLiteral("/NL/CPO/T1"),
                                     compact(QJsonObject{{QStringLiteral("last_updated"), version(3)}})})
                    .ok());
        QCOMPARE(pending(*peerId), (QStringList{"PUT /NL/CPO/T1 " + version(1), "PATCH /NL/CPO/T1 " + version(2),
                                                "PATCH /NL/CPO/T1 " + version(3)}));

        m_nodes.cpo().deliverer().start(100);
        QTRY_VERIFY_WITH_TIMEOUT(entries(*peerId).isEmpty(), 10000);
        QStringList seen;
        for (const ScriptedPeer::Seen &s : peer.seen())
            seen << describe(s.method, s.target, s.body);
        QCOMPARE(seen, (QStringList{"PUT /peer/tariffs/NL/CPO/T1 " + version(1), "PATCH /peer/tariffs/NL/CPO/T1 " + version(2),
                                    "PUT /peer/tariffs/NL/CPO/T1 " + version(3)}));
        QCOMPARE(peer.seen().last().body, compact(current));
    }
};

QTEST_GUILESS_MAIN(TestPush)
#include "tst_push.moc"
