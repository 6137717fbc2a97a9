#include "outboxfixture.h"

using namespace ocpi;
using namespace ocpi::test;

// The general outbox (issue 7): a delivery is (partner, method, target, body, ordering key, refusal
// policy); the target is a path below a module's Receiver endpoint or an absolute URL (a
// response_url). Deliveries of one ordering key go strictly in order; a refused PATCH becomes a PUT
// of the whole object as the module's manager has it; a refused POST is parked, never turned into a
// PUT; a command result is retried, also on a 4xx without an envelope, and parked after a bound.
// Claims and due() with many rows: tst_outboxclaims.
class TestOutbox : public OutboxFixture
{
    Q_OBJECT

private slots:
    void init() { makeDir(); }
    void cleanup() { stopCpo(); }

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
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
