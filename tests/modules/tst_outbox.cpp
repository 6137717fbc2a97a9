#include "support/objectjson.h"
#include "support/scriptedpeer.h"
#include "support/twonodes.h"

#include "core/datetime.h"
#include "modules/tariffs/tariffservice.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/outbox.h"
#include "sync/outboxdeliverer.h"
#include "support/memorymanagers.h"
#include "store/objecttable.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSignalSpy>

#include <algorithm>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const PartyId kUs = PartyId::of(QStringLiteral("NL"), QStringLiteral("CPO"));
const PartyId kPeer = PartyId::of(QStringLiteral("FR"), QStringLiteral("PEE"));

// A command result as a CPO sends it to the eMSP's response_url.
Delivery commandResult(const QString &url, const QString &orderingKey, int n)
{
    Delivery d;
    d.module = QStringLiteral("commands");
    d.orderingKey = orderingKey;
    d.method = "POST";
    d.url = url;
    d.body = compact(QJsonObject{{QStringLiteral("result"), QStringLiteral("ACCEPTED")}, {QStringLiteral("n"), n}});
    d.from = kUs;
    d.to = kPeer;
    d.onRefusal = RefusalPolicy::RetryThenPark;
    return d;
}

int numberIn(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("n")).toInt();
}

} // namespace

// The general outbox (issue 7): a delivery is (partner, method, target, body, ordering key, refusal
// policy); the target is a path below a module's Receiver endpoint or an absolute URL (a
// response_url). Deliveries of one ordering key go strictly in order; a refused PATCH becomes a PUT
// of the whole object as the module's manager has it; a refused POST is parked, never turned into a
// PUT; a command result is retried, also on a 4xx without an envelope, and parked after a bound;
// due() stays right with many rows.
class TestOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeRuntime> m_cpo;

    void startCpo(const ManagerFactories &managers = {})
    {
        m_cpo = std::make_unique<NodeRuntime>(nodeConfig(*m_dir, {QStringLiteral("NL-CPO:CPO")}, QStringLiteral("cpo.sqlite")));
        m_cpo->setManagerFactories(managers);
        QVERIFY(m_cpo->start().ok());
        m_cpo->deliverer().setBackoff(20, 100);
        m_cpo->deliverer().setMaxAttempts(3);
        m_cpo->deliverer().start(50);
    }

    Outbox &outbox() { return m_cpo->services().outbox(); }
    OutboxDeliverer &deliverer() { return m_cpo->deliverer(); }

    qint64 addPeer(const ScriptedPeer &peer, const QList<QPair<QString, QString>> &endpoints = {},
                   const QStringList &paths = {}, const PartyId &party = kPeer)
    {
        auto id = m_cpo->partners().create(peer.partner({PartyRole{party, Role::EMSP, QString()}}, endpoints, paths));
        if (!id)
            qFatal("cannot add the scripted peer: %s", qPrintable(id.error().message));
        return *id;
    }

    QList<OutboxEntry> entries(qint64 partnerId, int limit = 100)
    {
        auto list = outbox().entries(partnerId, limit);
        if (!list)
            qFatal("cannot read the outbox");
        return *list;
    }

    // The numbers the peer received at `prefix`..., in arrival order.
    static QList<int> numbersAt(const ScriptedPeer &peer, const QString &prefix)
    {
        QList<int> numbers;
        for (const ScriptedPeer::Seen &s : peer.seen()) {
            if (s.target.startsWith(prefix))
                numbers << numberIn(s.body);
        }
        return numbers;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_cpo.reset();
        m_dir.reset();
    }

    void deliversToAnAbsoluteUrl()
    {
        startCpo();
        ScriptedPeer peer;
        peer.on("POST", QStringLiteral("/results/{id}"), [](const RouteCall &call) { return reply::ok(call.now); });
        const qint64 peerId = addPeer(peer); // no endpoints at all: the URL is all it needs

        QSignalSpy delivered(&deliverer(), &OutboxDeliverer::delivered);
        const Delivery result = commandResult(peer.base() + QStringLiteral("/results/START-1"), QStringLiteral("START-1"), 1);
        QVERIFY(outbox().enqueueTo(peerId, result).ok());
        QVERIFY(delivered.wait(5000));
        QCOMPARE(delivered.first().value(1).toString(), QStringLiteral("START-1"));
        QVERIFY(entries(peerId).isEmpty()); // gone from the table once `delivered` is emitted

        QCOMPARE(peer.seen().size(), 1);
        QCOMPARE(peer.seen().first().method, QByteArray("POST"));
        QCOMPARE(peer.seen().first().target, QStringLiteral("/peer/results/START-1"));
        QCOMPARE(peer.seen().first().body, result.body);

        // The request log shows the call with our token and the routing headers.
        const QList<TrafficRecord> out = traffic(*m_cpo, TrafficRecord::Direction::Outgoing);
        const auto call = std::find_if(out.cbegin(), out.cend(), [](const TrafficRecord &r) {
            return r.url.endsWith(QLatin1String("/peer/results/START-1"));
        });
        QVERIFY(call != out.cend());
        QCOMPARE(call->method, QStringLiteral("POST"));
        QCOMPARE(call->httpStatus, 200);

        // A delivery names one target.
        Delivery both = result;
        both.path = QStringLiteral("/START-1");
        QVERIFY(!outbox().enqueueTo(peerId, both).ok());
        Delivery unordered = result;
        unordered.orderingKey.clear();
        QVERIFY(!outbox().enqueueTo(peerId, unordered).ok());
    }

    // One key's deliveries wait for its oldest one, however long it takes; other keys go on.
    void orderPerKeyHolds()
    {
        startCpo();
        ScriptedPeer peer;
        bool aFails = true;
        peer.on("POST", QStringLiteral("/results/{key}/{n}"), [&aFails](const RouteCall &call) {
            if (call.param(QStringLiteral("key")) == QLatin1String("A") && aFails)
                return reply::error(Error::internal(QStringLiteral("busy")), call.now);
            return reply::ok(call.now);
        });
        const qint64 peerId = addPeer(peer);
        deliverer().setMaxAttempts(1000); // A keeps failing until the test says otherwise

        deliverer().stop();
        const QList<QPair<QString, int>> queued{{"A", 1}, {"B", 1}, {"A", 2}, {"C", 1}, {"B", 2}, {"A", 3}, {"B", 3}};
        for (const auto &[key, n] : queued) {
            const QString url = peer.base() + QStringLiteral("/results/%1/%2").arg(key).arg(n);
            QVERIFY(outbox().enqueueTo(peerId, commandResult(url, key, n)).ok());
        }
        deliverer().start(50);

        QTRY_COMPARE_WITH_TIMEOUT(numbersAt(peer, QStringLiteral("/peer/results/B/")), (QList<int>{1, 2, 3}), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(numbersAt(peer, QStringLiteral("/peer/results/C/")), (QList<int>{1}), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(entries(peerId).value(0).attempts >= 2, 5000);
        QList<int> a = numbersAt(peer, QStringLiteral("/peer/results/A/"));
        QVERIFY(!a.isEmpty());
        QVERIFY2(std::all_of(a.cbegin(), a.cend(), [](int n) { return n == 1; }), "A's later results overtook its first");
        QTRY_COMPARE(entries(peerId).size(), 3);

        aFails = false;
        QTRY_VERIFY_WITH_TIMEOUT(entries(peerId).isEmpty(), 5000);
        a = numbersAt(peer, QStringLiteral("/peer/results/A/"));
        QCOMPARE(a.mid(a.size() - 3), (QList<int>{1, 2, 3}));
        QCOMPARE(a.count(2), 1);
        QCOMPARE(a.count(3), 1);
    }

    // TF-11 through the module's manager: the PUT carries the object as the manager has it.
    void refusedPatchBecomesAPutOfTheManagersObject()
    {
        ManagerFactories managers;
        managers.set(QStringLiteral("tariffs"), [](Database &) { return std::make_unique<MemoryObjectsManager>(); });
        startCpo(managers);
        ScriptedPeer peer;
        peer.on("PUT", QStringLiteral("/tariffs/{country_code}/{party_id}/{tariff_id}"),
                [](const RouteCall &call) { return reply::ok(call.now); });
        peer.on("PATCH", QStringLiteral("/tariffs/{country_code}/{party_id}/{tariff_id}"), [](const RouteCall &call) {
            return reply::error(Error::invalid(QStringLiteral("elements: cannot patch")), call.now);
        });
        const qint64 peerId = addPeer(peer, {{QStringLiteral("tariffs"), QStringLiteral("RECEIVER")}}, {QStringLiteral("/tariffs")});

        TariffService &tariffs = m_cpo->services().service<TariffService>();
        QVERIFY(tariffs.putOwn(tariff(QStringLiteral("T1"), QStringLiteral("2026-11-01T10:00:00Z"))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(entries(peerId).isEmpty(), 5000);
        deliverer().stop();
        const QJsonObject current = tariff(QStringLiteral("T1"), QStringLiteral("2026-11-03T10:00:00Z"), 0.61);
        QVERIFY(tariffs.putOwn(current).ok());
        const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("T1"));
        // Our node's table never held it: the manager did.
        auto inTable = ObjectTable(m_cpo->database(), QStringLiteral("tariffs")).find(key);
        QVERIFY(inTable.ok() && !inTable->has_value());
        // Replace the queued PUT by a PATCH, as a module with partial updates queues them.
        QSqlQuery rewrite(m_cpo->database().connection());
        QVERIFY(rewrite.exec(QStringLiteral("UPDATE outbox SET method = 'PATCH', body = '{\"last_updated\":\"2026-11-03T10:00:00Z\"}'")));
        QCOMPARE(entries(peerId).size(), 1);
        QCOMPARE(entries(peerId).first().onRefusal, RefusalPolicy::ResendWhole);

        peer.clearSeen();
        deliverer().start(50);
        QTRY_VERIFY_WITH_TIMEOUT(entries(peerId).isEmpty(), 5000);
        QStringList seen;
        for (const ScriptedPeer::Seen &s : peer.seen())
            seen << QString::fromLatin1(s.method) + QLatin1Char(' ') + s.target;
        QCOMPARE(seen, (QStringList{QStringLiteral("PATCH /peer/tariffs/NL/CPO/T1"), QStringLiteral("PUT /peer/tariffs/NL/CPO/T1")}));
        QCOMPARE(QJsonDocument::fromJson(peer.seen().last().body).object(), current);
    }

    // A POST creates something (a CDR): refused, it is tried a few times, then parked, whatever
    // policy it carries.
    void refusedPostIsParkedNeverPut_data()
    {
        QTest::addColumn<int>("policy");
        QTest::newRow("park") << int(RefusalPolicy::Park);
        QTest::newRow("resend-whole") << int(RefusalPolicy::ResendWhole);
    }

    void refusedPostIsParkedNeverPut()
    {
        QFETCH(int, policy);
        startCpo();
        ScriptedPeer peer;
        peer.on("POST", QStringLiteral("/cdrs"), [](const RouteCall &call) {
            return reply::error(Error::invalid(QStringLiteral("total_cost: missing")), call.now);
        });
        peer.on("PUT", QStringLiteral("/cdrs/{a}/{b}/{c}"), [](const RouteCall &call) { return reply::ok(call.now); });
        const qint64 peerId = addPeer(peer, {{QStringLiteral("cdrs"), QStringLiteral("RECEIVER")}}, {QStringLiteral("/cdrs")});
        // A whole object is at hand, so only the rule for POST keeps it from becoming a PUT.
        outbox().setModule(QStringLiteral("cdrs"), RefusalPolicy(policy), [](const ObjectKey &) {
            return Result<std::optional<WholeObject>>(std::optional<WholeObject>(WholeObject{QStringLiteral("/NL/CPO/CDR1"), "{}"}));
        });

        Delivery cdr;
        cdr.module = QStringLiteral("cdrs");
        cdr.orderingKey = QStringLiteral("NL/CPO/CDR1");
        cdr.method = "POST";
        cdr.path = QString(); // the endpoint itself
        cdr.body = compact(QJsonObject{{QStringLiteral("id"), QStringLiteral("CDR1")}});
        cdr.from = kUs;
        cdr.to = kPeer;
        cdr.onRefusal = RefusalPolicy(policy);
        QSignalSpy parked(&deliverer(), &OutboxDeliverer::parked);
        QVERIFY(outbox().enqueueTo(peerId, cdr).ok());
        QVERIFY(parked.wait(5000));

        const QList<OutboxEntry> left = entries(peerId);
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first().parked);
        QCOMPARE(left.first().method, QByteArray("POST"));
        QCOMPARE(left.first().attempts, OutboxDeliverer::kDefaultRefusalTries);
        QVERIFY2(left.first().lastError.contains(QStringLiteral("total_cost: missing")), qPrintable(left.first().lastError));
        QCOMPARE(peer.targets("POST"), QStringList(OutboxDeliverer::kDefaultRefusalTries, QStringLiteral("/peer/cdrs")));
        QVERIFY(peer.targets("PUT").isEmpty());
    }

    // A command result: every failure is retried (a 4xx without an envelope too), then parked with
    // the reason; the next result of the same key goes after it.
    void absoluteUrlRetriedThenParked_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<bool>("envelope");
        QTest::addColumn<QString>("reason");
        QTest::newRow("404 without an envelope") << 404 << false << QStringLiteral("HTTP 404");
        QTest::newRow("2001 refused") << 400 << true << QStringLiteral("2001");
        QTest::newRow("500") << 500 << false << QStringLiteral("HTTP 500");
    }

    void absoluteUrlRetriedThenParked()
    {
        QFETCH(int, httpStatus);
        QFETCH(bool, envelope);
        QFETCH(QString, reason);
        startCpo();
        ScriptedPeer peer;
        peer.on("POST", QStringLiteral("/results/{id}"), [=](const RouteCall &call) {
            if (call.param(QStringLiteral("id")) == QLatin1String("GOOD"))
                return reply::ok(call.now);
            if (envelope)
                return reply::error(Error::invalid(QStringLiteral("result: unknown")), call.now);
            HttpResponse response;
            response.status = httpStatus;
            response.contentType = "text/plain";
            response.body = "nothing here";
            return response;
        });
        const qint64 peerId = addPeer(peer);
        QSignalSpy parked(&deliverer(), &OutboxDeliverer::parked);
        QSignalSpy delivered(&deliverer(), &OutboxDeliverer::delivered);
        QVERIFY(outbox().enqueueTo(peerId, commandResult(peer.base() + QStringLiteral("/results/BAD"), QStringLiteral("S1"), 1)).ok());
        QVERIFY(outbox().enqueueTo(peerId, commandResult(peer.base() + QStringLiteral("/results/GOOD"), QStringLiteral("S1"), 2)).ok());

        QVERIFY(parked.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 5000);
        QCOMPARE(peer.targets("POST"), (QStringList{QStringLiteral("/peer/results/BAD"), QStringLiteral("/peer/results/BAD"),
                                                    QStringLiteral("/peer/results/BAD"), QStringLiteral("/peer/results/GOOD")}));
        const QList<OutboxEntry> left = entries(peerId);
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first().parked);
        QCOMPARE(left.first().attempts, 3);
        QVERIFY2(left.first().lastError.contains(reason), qPrintable(left.first().lastError));
        auto backlog = outbox().backlog();
        QVERIFY(backlog.ok() && backlog->size() == 1);
        QCOMPARE(backlog->first().parked, 1);
        QCOMPARE(backlog->first().pending, 0);
        QCOMPARE(backlog->first().lastError, left.first().lastError);
    }

    // Issue 13: a push the partner refuses without an OCPI envelope (a framework's own 422) is tried
    // kDefaultRefusalTries times, then parked with the partner's answer. The operator queues it
    // again (it goes before what was queued for its object since) or drops it.
    void refusedPushParkedThenRetriedOrDropped()
    {
        startCpo();
        ScriptedPeer peer;
        bool accept = false;
        const QByteArray refusal = R"({"detail":[{"loc":["body","elements"],"msg":"field required"}]})";
        peer.on("PUT", QStringLiteral("/tariffs/{country_code}/{party_id}/{tariff_id}"), [&accept, refusal](const RouteCall &call) {
            if (accept)
                return reply::ok(call.now);
            HttpResponse response;
            response.status = 422;
            response.body = refusal;
            return response;
        });
        const qint64 peerId = addPeer(peer, {{QStringLiteral("tariffs"), QStringLiteral("RECEIVER")}}, {QStringLiteral("/tariffs")});
        QSignalSpy parked(&deliverer(), &OutboxDeliverer::parked);
        TariffService &tariffs = m_cpo->services().service<TariffService>();
        const QJsonObject first = tariff(QStringLiteral("T1"), QStringLiteral("2026-11-01T10:00:00Z"));
        QVERIFY(tariffs.putOwn(first).ok());
        QVERIFY(tariffs.putOwn(tariff(QStringLiteral("T2"), QStringLiteral("2026-11-01T10:00:00Z"))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(parked.size(), 2, 5000);
        QCOMPARE(peer.targets("PUT").size(), 2 * OutboxDeliverer::kDefaultRefusalTries);

        auto held = outbox().parkedEntries();
        QVERIFY(held.ok());
        QCOMPARE(held->size(), 2);
        for (const OutboxEntry &entry : *held) {
            QCOMPARE(entry.attempts, OutboxDeliverer::kDefaultRefusalTries);
            QCOMPARE(entry.lastError, QStringLiteral("HTTP 422 without an OCPI response envelope: ") + QString::fromUtf8(refusal));
        }
        const qint64 t1 = held->at(0).objectKey.endsWith(QLatin1String("/T1")) ? held->at(0).id : held->at(1).id;
        const qint64 t2 = held->at(0).id == t1 ? held->at(1).id : held->at(0).id;

        // A newer version of T1 queued meanwhile is its key's head: nothing holds it back.
        deliverer().stop();
        const QJsonObject second = tariff(QStringLiteral("T1"), QStringLiteral("2026-11-02T10:00:00Z"), 0.4);
        QVERIFY(tariffs.putOwn(second).ok());
        QCOMPARE(outbox().due(10)->size(), 1);

        // Queued again: from zero tries, due now, ahead of the newer version (the order they were
        // made in), and nothing else parked is touched.
        auto queued = outbox().unpark(std::nullopt, t1);
        QVERIFY(queued.ok());
        QCOMPARE(*queued, 1);
        QCOMPARE(*outbox().unpark(std::nullopt, t1), 0); // not parked any more
        auto due = outbox().due(10);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().id, t1);
        QCOMPARE(due->first().attempts, 0);
        QCOMPARE(outbox().parkedEntries()->size(), 1);

        accept = true;
        peer.clearSeen();
        deliverer().start(50);
        QTRY_COMPARE_WITH_TIMEOUT(entries(peerId).size(), 1, 5000); // T2, still parked
        QCOMPARE(peer.targets("PUT"), (QStringList{QStringLiteral("/peer/tariffs/NL/CPO/T1"), QStringLiteral("/peer/tariffs/NL/CPO/T1")}));
        QCOMPARE(QJsonDocument::fromJson(peer.seen().at(0).body).object(), first);
        QCOMPARE(QJsonDocument::fromJson(peer.seen().at(1).body).object(), second);

        // Dropped: gone for good; only parked rows can be dropped.
        QCOMPARE(*outbox().drop(t1), false);
        QCOMPARE(*outbox().drop(t2), true);
        QVERIFY(entries(peerId).isEmpty());
        QCOMPARE(*outbox().drop(t2), false);
        QCOMPARE(peer.targets("PUT").size(), 2);
    }

    // `ocpi-node outbox [--json]`, `outbox retry PARTNER|ID` and `outbox drop ID` on the database
    // this node serves: what a command changes, the node's deliverer picks up at its next poll.
    void operatorCommands()
    {
        startCpo();
        ScriptedPeer peer;
        bool accept = false;
        peer.on("PUT", QStringLiteral("/tariffs/{country_code}/{party_id}/{tariff_id}"), [&accept](const RouteCall &call) {
            if (accept)
                return reply::ok(call.now);
            HttpResponse response;
            response.status = 422;
            response.body = R"({"detail":"field required"})";
            return response;
        });
        const qint64 peerId = addPeer(peer, {{QStringLiteral("tariffs"), QStringLiteral("RECEIVER")}}, {QStringLiteral("/tariffs")});
        QSignalSpy parked(&deliverer(), &OutboxDeliverer::parked);
        TariffService &tariffs = m_cpo->services().service<TariffService>();
        QVERIFY(tariffs.putOwn(tariff(QStringLiteral("T1"), QStringLiteral("2026-11-01T10:00:00Z"))).ok());
        QVERIFY(tariffs.putOwn(tariff(QStringLiteral("T2"), QStringLiteral("2026-11-01T10:00:00Z"))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(parked.size(), 2, 5000);
        const QList<OutboxEntry> held = entries(peerId);
        QCOMPARE(held.size(), 2);
        const QStringList db{QStringLiteral("--db"), m_cpo->config().databasePath};
        const QString error = QStringLiteral(R"(HTTP 422 without an OCPI response envelope: {"detail":"field required"})");

        const NodeRun shown = runNode(QStringList{QStringLiteral("outbox"), QStringLiteral("--json")} + db);
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QJsonArray deliveries;
        for (const OutboxEntry &e : held) {
            deliveries.append(QJsonObject{{QStringLiteral("id"), e.id},
                                          {QStringLiteral("partner"), QStringLiteral("scripted-peer")},
                                          {QStringLiteral("module"), QStringLiteral("tariffs")},
                                          {QStringLiteral("object_key"), e.objectKey},
                                          {QStringLiteral("method"), QStringLiteral("PUT")},
                                          {QStringLiteral("url"), peer.base() + QStringLiteral("/tariffs/") + e.objectKey},
                                          {QStringLiteral("attempts"), OutboxDeliverer::kDefaultRefusalTries},
                                          {QStringLiteral("last_error"), error},
                                          {QStringLiteral("created_at"), formatDateTime(e.createdAt)}});
        }
        const QJsonObject summary{{QStringLiteral("partner"), QStringLiteral("scripted-peer")},
                                  {QStringLiteral("partner_id"), peerId},
                                  {QStringLiteral("pending"), 0},
                                  {QStringLiteral("parked"), 2},
                                  {QStringLiteral("oldest"), formatDateTime(held.first().createdAt)},
                                  {QStringLiteral("last_error"), error},
                                  {QStringLiteral("parked_deliveries"), deliveries}};
        QCOMPARE(shown.json().array(), QJsonArray{summary});

        const NodeRun human = runNode(QStringList{QStringLiteral("outbox")} + db);
        QCOMPARE(human.exitCode, 0);
        const QString text = QString::fromUtf8(human.out);
        QVERIFY2(text.contains(QStringLiteral("%1  scripted-peer  tariffs NL/CPO/T1  PUT %2/tariffs/NL/CPO/T1")
                                   .arg(held.first().id).arg(peer.base())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("3 tries, last answer: ") + error), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("'ocpi-node outbox retry ID'")), qPrintable(text));

        // Mistakes say what is wrong and change nothing.
        const qint64 t2 = held.at(1).id;
        NodeRun wrong = runNode(QStringList{QStringLiteral("outbox"), QStringLiteral("drop"), QStringLiteral("scripted-peer")} + db);
        QCOMPARE(wrong.exitCode, 2);
        wrong = runNode(QStringList{QStringLiteral("outbox"), QStringLiteral("drop"), QString::number(t2 + 100)} + db);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("no parked delivery"), wrong.err.constData());
        wrong = runNode(QStringList{QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("nobody")} + db);
        QCOMPARE(wrong.exitCode, 1);
        wrong = runNode(QStringList{QStringLiteral("outbox"), QStringLiteral("resend")} + db);
        QCOMPARE(wrong.exitCode, 2);
        QCOMPARE(entries(peerId).size(), 2);

        const NodeRun dropped = runNode(QStringList{QStringLiteral("outbox"), QStringLiteral("drop"), QString::number(t2)} + db);
        QVERIFY2(dropped.exitCode == 0, dropped.err.constData());
        QVERIFY2(dropped.out.contains("dropped"), dropped.out.constData());
        QCOMPARE(entries(peerId).size(), 1);

        // The partner fixed its side: everything of the partner goes again and is delivered.
        accept = true;
        peer.clearSeen();
        const NodeRun retried = runNode(QStringList{QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("scripted-peer")} + db);
        QVERIFY2(retried.exitCode == 0, retried.err.constData());
        QVERIFY2(retried.out.startsWith("1 parked delivery queued again."), retried.out.constData());
        QTRY_VERIFY_WITH_TIMEOUT(entries(peerId).isEmpty(), 5000);
        QCOMPARE(peer.targets("PUT"), QStringList{QStringLiteral("/peer/tariffs/NL/CPO/T1")});
        wrong = runNode(QStringList{QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("scripted-peer")} + db);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("scripted-peer has no parked deliveries"), wrong.err.constData());
    }

    // Issue 13: `partners` prints a state reason in full, however long (a partner's whole error).
    void partnersPrintsTheWholeReason()
    {
        startCpo();
        ScriptedPeer peer;
        Partner failed = peer.partner({PartyRole{kPeer, Role::EMSP, QString()}}, {}, {});
        failed.name = QStringLiteral("failing-peer");
        failed.state = PartnerState::Failed;
        failed.stateReason = QStringLiteral("cannot read version details at %1/versions/2.2.1: HTTP 422 without an OCPI response "
                                            "envelope: %2 (the end)")
                                 .arg(peer.base(), QString(150, QLatin1Char('x')));
        QVERIFY(m_cpo->partners().create(failed).ok());
        const QStringList db{QStringLiteral("--db"), m_cpo->config().databasePath};
        const NodeRun table = runNode(QStringList{QStringLiteral("partners")} + db);
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("failing-peer is failed: %1\n").arg(failed.stateReason).toUtf8()), table.out.constData());
        const NodeRun json = runNode(QStringList{QStringLiteral("partners"), QStringLiteral("--json")} + db);
        QCOMPARE(json.json().array().first().toObject().value(QStringLiteral("state_reason")).toString(), failed.stateReason);
    }

    // Issue 13: a 429 holds a delivery back as long as its Retry-After says, not the (short) backoff.
    void retryAfterHoldsADeliveryBack()
    {
        startCpo();
        ScriptedPeer peer;
        QElapsedTimer since;
        QList<qint64> arrivals;
        peer.on("POST", QStringLiteral("/results/{id}"), [&](const RouteCall &call) {
            arrivals.append(since.elapsed());
            if (arrivals.size() > 1)
                return reply::ok(call.now);
            HttpResponse busy;
            busy.status = 429;
            busy.contentType = "text/plain";
            busy.setHeader("Retry-After", "1");
            return busy;
        });
        const qint64 peerId = addPeer(peer);
        QSignalSpy delivered(&deliverer(), &OutboxDeliverer::delivered);
        since.start();
        QVERIFY(outbox().enqueueTo(peerId, commandResult(peer.base() + QStringLiteral("/results/S1"), QStringLiteral("S1"), 1)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 5000);
        QCOMPARE(arrivals.size(), 2);
        QVERIFY2(arrivals.at(1) - arrivals.at(0) >= 1000, qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
    }

    // due() against a model computed from every row: per partner, per key only the oldest live row,
    // due now, the longest due first, at most `perPartner`; kept right as rows are delivered, parked
    // and put off.
    // Several processes on one database (issue 8): a row goes to the process that claimed it; only
    // heads are claimed, what another holds is skipped, an outcome from a process whose claim has
    // passed to another is ignored, and a lease that ran out (its process died) frees the row.
    void claimsWithALease()
    {
        startCpo();
        deliverer().stop();
        ScriptedPeer peer;
        const qint64 partner = addPeer(peer);
        for (int version = 1; version <= 2; ++version) {
            for (const QString &key : {QStringLiteral("K0"), QStringLiteral("K1"), QStringLiteral("K2")})
                QVERIFY(outbox().enqueueTo(partner, commandResult(QStringLiteral("http://127.0.0.1:9/r"), key, version)).ok());
        }
        const auto room = [](int n) { return [n](qint64) { return n; }; };
        const auto keysOf = [](const Result<QList<OutboxEntry>> &entries) {
            QStringList keys;
            for (const OutboxEntry &e : entries ? *entries : QList<OutboxEntry>())
                keys << e.objectKey + QLatin1Char('/') + QString::number(numberIn(e.body));
            return keys;
        };
        const QString a = QStringLiteral("process-a");
        const QString b = QStringLiteral("process-b");
        auto claimedByA = outbox().claim(a, 60000, room(2));
        QCOMPARE(keysOf(claimedByA), (QStringList{QStringLiteral("K0/1"), QStringLiteral("K1/1")}));
        // B gets the one head A does not hold; the rows behind A's heads wait for them.
        QCOMPARE(keysOf(outbox().claim(b, 60000, room(10))), QStringList{QStringLiteral("K2/1")});
        QCOMPARE(keysOf(outbox().claim(b, 60000, room(10))), QStringList());
        QCOMPARE(keysOf(outbox().due(10)), QStringList());

        // B cannot settle what A holds; A can, and the next row of the key is free for anyone.
        const qint64 k0 = claimedByA->at(0).id;
        QVERIFY(outbox().settle({{k0, Settlement::Outcome::Delivered, 0, 0, QString()}}, b).ok());
        QCOMPARE(entries(partner).size(), 6);
        QVERIFY(outbox().settle({{k0, Settlement::Outcome::Delivered, 0, 0, QString()}}, a).ok());
        QCOMPARE(entries(partner).size(), 5);
        QCOMPARE(keysOf(outbox().claim(b, 60000, room(10))), QStringList{QStringLiteral("K0/2")});

        // A dies: once its lease ran out, its row is B's to send.
        QSqlQuery expire(m_cpo->database().connection());
        QVERIFY(expire.exec(QStringLiteral("UPDATE outbox SET lease_until_ms = 1 WHERE claimed_by = 'process-a'")));
        QCOMPARE(keysOf(outbox().claim(b, 60000, room(10))), QStringList{QStringLiteral("K1/1")});

        // A retry clears the claim; so does giving the claims up.
        QVERIFY(outbox().settle({{claimedByA->at(1).id, Settlement::Outcome::RetryLater, 1, 0, QStringLiteral("down")}}, b).ok());
        QCOMPARE(keysOf(outbox().due(10)), QStringList{QStringLiteral("K1/1")});
        QVERIFY(outbox().releaseClaims(b).ok());
        QCOMPARE(keysOf(outbox().due(10)).size(), 3);
    }

    void dueWithManyRows()
    {
        startCpo();
        deliverer().stop();
        ScriptedPeer peer;
        const qint64 first = addPeer(peer);
        const qint64 second = addPeer(peer, {}, {}, PartyId::of(QStringLiteral("BE"), QStringLiteral("TWO")));
        constexpr int kKeys = 4000;
        {
            Transaction transaction(m_cpo->database().connection());
            QVERIFY(transaction.isActive());
            for (int version = 1; version <= 3; ++version) {
                for (int k = 0; k < kKeys; ++k) {
                    const QString key = QStringLiteral("K%1").arg(k);
                    QVERIFY(outbox().enqueueTo(first, commandResult(QStringLiteral("http://127.0.0.1:9/r"), key, version)).ok());
                    if (version == 1 && k % 4 == 0)
                        QVERIFY(outbox().enqueueTo(second, commandResult(QStringLiteral("http://127.0.0.1:9/r"), key, version)).ok());
                }
            }
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(entries(first, 100000).size(), 3 * kKeys);

        const auto model = [&](qint64 partnerId, int perPartner) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QSet<QString> seenKeys;
            QList<OutboxEntry> heads;
            for (const OutboxEntry &e : entries(partnerId, 100000)) {
                if (e.parked || seenKeys.contains(e.objectKey))
                    continue;
                seenKeys.insert(e.objectKey);
                if (e.nextAttemptMs <= now)
                    heads.append(e);
            }
            std::sort(heads.begin(), heads.end(), [](const OutboxEntry &a, const OutboxEntry &b) {
                return std::pair(a.nextAttemptMs, a.id) < std::pair(b.nextAttemptMs, b.id);
            });
            QList<qint64> ids;
            for (const OutboxEntry &e : heads.mid(0, perPartner))
                ids << e.id;
            return ids;
        };
        const auto dueIds = [&](qint64 partnerId, int perPartner) {
            auto due = outbox().due(perPartner);
            if (!due)
                qFatal("due() failed");
            QList<qint64> ids;
            for (const OutboxEntry &e : *due) {
                if (e.partnerId == partnerId)
                    ids << e.id;
            }
            return ids;
        };

        QRandomGenerator random(7);
        for (int round = 0; round < 12; ++round) {
            const int perPartner = round == 0 ? 8 : 50;
            QCOMPARE(dueIds(first, perPartner), model(first, perPartner));
            QCOMPARE(dueIds(second, perPartner), model(second, perPartner));
            // Settle what due() handed out: delivered, parked, tried again later or right away.
            auto due = outbox().due(perPartner);
            QVERIFY(due.ok());
            QList<Settlement> outcomes;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const OutboxEntry &e : *due) {
                switch (random.bounded(4)) {
                case 0:
                    outcomes.append({e.id, Settlement::Outcome::Delivered, 0, 0, QString()});
                    break;
                case 1:
                    outcomes.append({e.id, Settlement::Outcome::Park, 0, 0, QStringLiteral("refused")});
                    break;
                case 2:
                    outcomes.append({e.id, Settlement::Outcome::RetryLater, e.attempts + 1, now + 3600000, QStringLiteral("down")});
                    break;
                default:
                    outcomes.append({e.id, Settlement::Outcome::RetryLater, e.attempts + 1, now - 1, QStringLiteral("flaky")});
                }
            }
            QVERIFY(outbox().settle(outcomes).ok());
        }

        // Every key with a live row has exactly one head, its oldest live row.
        QSqlQuery wrongHeads(m_cpo->database().connection());
        QVERIFY(wrongHeads.exec(QStringLiteral(
            "SELECT COUNT(*) FROM outbox o WHERE head != CASE WHEN parked = 0 AND NOT EXISTS (SELECT 1 FROM outbox p WHERE"
            " p.partner_id = o.partner_id AND p.module = o.module AND p.object_key = o.object_key AND p.parked = 0"
            " AND p.id < o.id) THEN 1 ELSE 0 END")));
        QVERIFY(wrongHeads.next());
        QCOMPARE(wrongHeads.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
