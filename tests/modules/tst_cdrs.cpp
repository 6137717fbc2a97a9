// The CDRs module between the two nodes of TwoNodes (the CPO hosts NL-CPO, the eMSP DE-EMS): the
// eMSP's Receiver interface (POST with a Location answer, GET on it; CDR-02..05, credit CDRs
// CDR-07/08), the CPO's Sender list of each eMSP's own CDRs (CDR-01) and the CPO's POSTs of its own
// CDRs, the partner's Location recorded, a refusal parked (never turned into a PUT).

#include "support/objectjson.h"
#include "support/scriptedpeer.h"
#include "support/twonodes.h"

#include "modules/cdrs/cdrservice.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/outboxdeliverer.h"
#include "sync/puller.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

// The credit CDR of `original` (CDR-08): a new id, credit fields, total_cost negated.
QJsonObject creditOf(const QJsonObject &original, const QString &id)
{
    QJsonObject credit = original;
    credit.insert(QStringLiteral("id"), id);
    credit.insert(QStringLiteral("credit"), true);
    credit.insert(QStringLiteral("credit_reference_id"), original.value(QStringLiteral("id")));
    const double cost = original.value(QStringLiteral("total_cost")).toObject().value(QStringLiteral("excl_vat")).toDouble();
    credit.insert(QStringLiteral("total_cost"), QJsonObject{{QStringLiteral("excl_vat"), -cost}});
    return credit;
}

const QString kStamp = QStringLiteral("2026-11-25T10:35:00Z");

QString messageOf(const HttpResult &result)
{
    return result.json().value(QStringLiteral("status_message")).toString();
}

} // namespace

class TestCdrs : public QObject
{
    Q_OBJECT

    TwoNodes m_nodes;

    QString atEmsp(const QString &rest = QString()) { return m_nodes.emspUrl(QStringLiteral("cdrs"), rest); }
    QString atCpo(const QString &rest = QString()) { return m_nodes.cpoUrl(QStringLiteral("cdrs"), rest); }
    CdrService &cpoCdrs() { return m_nodes.cpo().services().service<CdrService>(); }
    CdrService &emspCdrs() { return m_nodes.emsp().services().service<CdrService>(); }
    // What the eMSP stored from the CPO.
    QJsonArray heldByEmsp() { return partnersJson(emspCdrs(), m_nodes.cpoAtEmsp().id); }

    QStringList idsOf(const HttpResult &list)
    {
        QStringList ids;
        for (const QJsonValue &value : list.json().value(QStringLiteral("data")).toArray())
            ids << value.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    void startPushing()
    {
        m_nodes.options().cpoPushes = true;
        QVERIFY_STATUS(m_nodes.restartNode(TwoNodes::Cpo));
    }

private slots:
    void init()
    {
        TwoNodes::Options options;
        options.cpoPushes = false;
        QVERIFY_STATUS(m_nodes.start(options));
    }
    void cleanup() { m_nodes.stop(); }

    // ---- the eMSP's Receiver interface (CDR-02..05) ----

    // POST stores the CDR and answers where it is kept; GET there returns it; the same CDR again is
    // a success at the same Location, without a second copy (CDR-05).
    void postAnswersLocationAndGetReadsIt()
    {
        const QJsonObject first = cdr(QStringLiteral("CDR1"), kStamp);
        const HttpResult posted = m_nodes.asCpo("POST", atEmsp(), compact(first));
        QCOMPARE(posted.status, 201);
        QCOMPARE(posted.ocpiStatus(), 1000);
        QVERIFY(!posted.json().contains(QStringLiteral("data"))); // the URL goes in the header (PIT-08)
        const QByteArray location = posted.header("Location");
        QCOMPARE(QString::fromUtf8(location), atEmsp(QStringLiteral("/NL/CPO/CDR1")));

        const HttpResult read = m_nodes.asCpo("GET", QString::fromUtf8(location));
        QCOMPARE(read.ocpiStatus(), 1000);
        QCOMPARE(read.json().value(QStringLiteral("data")).toObject(), first);
        // Not without a partner's token.
        QCOMPARE(request("GET", QUrl(QString::fromUtf8(location))).status, 401);

        const HttpResult again = m_nodes.asCpo("POST", atEmsp(), compact(first));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.ocpiStatus(), 1000);
        QCOMPARE(again.header("Location"), location);
        QCOMPARE(heldByEmsp(), QJsonArray{first});
    }

    // A stored CDR is never changed: another CDR under its id is refused and nothing changes.
    void postOfAChangedCdrIsRefused()
    {
        const QJsonObject first = cdr(QStringLiteral("CDR1"), kStamp);
        QCOMPARE(m_nodes.asCpo("POST", atEmsp(), compact(first)).status, 201);

        const HttpResult refused = m_nodes.asCpo("POST", atEmsp(), compact(cdr(QStringLiteral("CDR1"), kStamp, 9.99)));
        QCOMPARE(refused.status, 200);
        QCOMPARE(refused.ocpiStatus(), 2001);
        QVERIFY2(messageOf(refused).contains(QStringLiteral("exists")) && messageOf(refused).contains(QStringLiteral("immutable")),
                 qPrintable(messageOf(refused)));
        QVERIFY(refused.header("Location").isEmpty());
        QCOMPARE(heldByEmsp(), QJsonArray{first});
    }

    // Corrections are credit CDRs under ids of their own, stored beside the original (CDR-07/08).
    void creditCdrIsStoredBeside()
    {
        const QJsonObject original = cdr(QStringLiteral("CDR1"), kStamp);
        QCOMPARE(m_nodes.asCpo("POST", atEmsp(), compact(original)).status, 201);
        const QJsonObject credit = creditOf(original, QStringLiteral("CDR1-C"));
        const HttpResult posted = m_nodes.asCpo("POST", atEmsp(), compact(credit));
        QCOMPARE(posted.status, 201);
        QCOMPARE(QString::fromUtf8(posted.header("Location")), atEmsp(QStringLiteral("/NL/CPO/CDR1-C")));
        // A credit CDR's id may use 39 characters; the URL takes it too.
        const QString longId = QStringLiteral("A").repeated(36) + QStringLiteral("-CR");
        const HttpResult longCredit = m_nodes.asCpo("POST", atEmsp(), compact(creditOf(original, longId)));
        QCOMPARE(longCredit.status, 201);
        QCOMPARE(m_nodes.asCpo("GET", QString::fromUtf8(longCredit.header("Location"))).ocpiStatus(), 1000);

        QCOMPARE(heldByEmsp(), (QJsonArray{original, credit, creditOf(original, longId)}));
        QCOMPARE(m_nodes.asCpo("GET", atEmsp(QStringLiteral("/NL/CPO/CDR1"))).json().value(QStringLiteral("data")).toObject(),
                 original);
    }

    void postRefusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QString>("naming");

        QJsonObject noCost = cdr(QStringLiteral("CDR2"), kStamp);
        noCost.remove(QStringLiteral("total_cost"));
        QJsonObject noPeriods = cdr(QStringLiteral("CDR2"), kStamp);
        noPeriods.insert(QStringLiteral("charging_periods"), QJsonArray());
        QJsonObject badToken = cdr(QStringLiteral("CDR2"), kStamp);
        QJsonObject token = badToken.value(QStringLiteral("cdr_token")).toObject();
        token.remove(QStringLiteral("contract_id"));
        badToken.insert(QStringLiteral("cdr_token"), token);
        QJsonObject noReference = creditOf(cdr(QStringLiteral("CDR1"), kStamp), QStringLiteral("CDR1-C"));
        noReference.remove(QStringLiteral("credit_reference_id"));

        QTest::newRow("no total_cost") << noCost << 200 << 2001 << "total_cost";
        QTest::newRow("no charging periods (CDR-06: one or more)") << noPeriods << 200 << 2001 << "charging_periods";
        QTest::newRow("cdr_token without contract_id (CDR-15)") << badToken << 200 << 2001 << "contract_id";
        QTest::newRow("a 37-character id that is not a credit CDR (CDR-07)")
            << cdr(QStringLiteral("B").repeated(37), kStamp) << 200 << 2001 << "id";
        QTest::newRow("a credit CDR without credit_reference_id (CDR-08)") << noReference << 200 << 2001
                                                                           << "credit_reference_id";
        QTest::newRow("a party the CPO does not hold")
            << cdr(QStringLiteral("CDR2"), kStamp, 1.0, {QStringLiteral("DE"), QStringLiteral("EMS")},
                   {QStringLiteral("FR"), QStringLiteral("XYZ")})
            << 404 << 2000 << "FR-XYZ";
        QTest::newRow("the eMSP's own party")
            << cdr(QStringLiteral("CDR2"), kStamp, 1.0, {QStringLiteral("DE"), QStringLiteral("EMS")},
                   {QStringLiteral("DE"), QStringLiteral("EMS")})
            << 404 << 2000 << "DE-EMS";
    }

    // Each refusal names what is wrong and stores nothing.
    void postRefusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, httpStatus);
        QFETCH(int, ocpiStatus);
        QFETCH(QString, naming);

        const HttpResult refused = m_nodes.asCpo("POST", atEmsp(), compact(body));
        QCOMPARE(refused.status, httpStatus);
        QCOMPARE(refused.ocpiStatus(), ocpiStatus);
        QVERIFY2(messageOf(refused).contains(naming), qPrintable(messageOf(refused)));
        QVERIFY(refused.header("Location").isEmpty());
        QVERIFY(storedJson(emspCdrs()).isEmpty());
    }

    // CDRs are never replaced, patched or deleted (CDR-04), and POST has no URL segments (CDR-02).
    void noOtherMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("PUT") << QByteArray("PUT") << "/NL/CPO/CDR1";
        QTest::newRow("PATCH") << QByteArray("PATCH") << "/NL/CPO/CDR1";
        QTest::newRow("DELETE") << QByteArray("DELETE") << "/NL/CPO/CDR1";
        QTest::newRow("PUT on the endpoint") << QByteArray("PUT") << QString();
        QTest::newRow("POST with segments") << QByteArray("POST") << "/NL/CPO/CDR1";
    }

    void noOtherMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const QJsonObject first = cdr(QStringLiteral("CDR1"), kStamp);
        QCOMPARE(m_nodes.asCpo("POST", atEmsp(), compact(first)).status, 201);

        const HttpResult refused = m_nodes.asCpo(method, atEmsp(path), compact(cdr(QStringLiteral("CDR1"), kStamp, 1.0)));
        QCOMPARE(refused.status, 405);
        QCOMPARE(heldByEmsp(), QJsonArray{first});
    }

    // A pull from the CPO stores its CDRs of our drivers, but never changes one stored already
    // (CDR-04): that one is reported and kept.
    void pullNeverChangesAStoredCdr()
    {
        const QJsonObject posted = cdr(QStringLiteral("C1"), kStamp);
        QCOMPARE(m_nodes.asCpo("POST", atEmsp(), compact(posted)).status, 201);
        QVERIFY_STATUS(cpoCdrs().putOwn(cdr(QStringLiteral("C1"), kStamp, 8.0)));
        const QJsonObject second = cdr(QStringLiteral("C2"), kStamp);
        QVERIFY_STATUS(cpoCdrs().putOwn(second));

        std::optional<Result<PullReport>> outcome;
        m_nodes.emsp().services().puller().pull(m_nodes.cpoAtEmsp().id, CdrService::definition(), true,
                                                [&](Result<PullReport> report) { outcome = std::move(report); });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000));
        QVERIFY_STATUS(*outcome);
        const PullReport &report = **outcome;
        QCOMPARE(report.received, 2);
        QCOMPARE(report.stored, 1);
        QCOMPARE(report.skipped, 1);
        QCOMPARE(report.removed, 0);
        QVERIFY2(report.problems.join(QLatin1Char(' ')).contains(QStringLiteral("never changed")),
                 qPrintable(report.problems.join(QLatin1Char(' '))));
        QCOMPARE(heldByEmsp(), (QJsonArray{posted, second}));
    }

    // ---- the CPO's Sender interface (CDR-01) ----

    // An eMSP lists only the CDRs of its own drivers; dates and pages count those alone.
    void senderListsOnlyTheEmspsCdrs()
    {
        const QStringList other{QStringLiteral("FR"), QStringLiteral("OTH")};
        QVERIFY_STATUS(cpoCdrs().putOwn(cdr(QStringLiteral("C1"), QStringLiteral("2026-11-25T10:00:00Z"))));
        QVERIFY_STATUS(cpoCdrs().putOwn(cdr(QStringLiteral("X1"), QStringLiteral("2026-11-25T10:30:00Z"), 3.0, other)));
        QVERIFY_STATUS(cpoCdrs().putOwn(cdr(QStringLiteral("C2"), QStringLiteral("2026-11-25T11:00:00Z"))));
        QVERIFY_STATUS(cpoCdrs().putOwn(cdr(QStringLiteral("X2"), QStringLiteral("2026-11-25T11:30:00Z"), 3.0, other)));
        QVERIFY_STATUS(cpoCdrs().putOwn(cdr(QStringLiteral("C3"), QStringLiteral("2026-11-25T12:00:00Z"))));

        const HttpResult all = m_nodes.asEmsp("GET", atCpo());
        QCOMPARE(all.ocpiStatus(), 1000);
        QCOMPARE(idsOf(all), (QStringList{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3")}));
        QCOMPARE(all.header("X-Total-Count"), QByteArray("3"));

        const HttpResult window = m_nodes.asEmsp("GET", atCpo(QStringLiteral("?date_from=2026-11-25T10:15:00Z&date_to=2026-11-25T12:00:00Z")));
        QCOMPARE(idsOf(window), QStringList{QStringLiteral("C2")});
        QCOMPARE(window.header("X-Total-Count"), QByteArray("1"));

        const HttpResult first = m_nodes.asEmsp("GET", atCpo(QStringLiteral("?limit=2")));
        QCOMPARE(idsOf(first), (QStringList{QStringLiteral("C1"), QStringLiteral("C2")}));
        QCOMPARE(first.header("X-Total-Count"), QByteArray("3"));
        const QByteArray link = first.header("Link");
        QVERIFY2(link.contains("offset=2") && link.contains("rel=\"next\""), link.constData());
        const QString next = QString::fromUtf8(link.mid(link.indexOf('<') + 1, link.indexOf('>') - link.indexOf('<') - 1));
        const HttpResult second = m_nodes.asEmsp("GET", next);
        QCOMPARE(idsOf(second), QStringList{QStringLiteral("C3")});
        QVERIFY(second.header("Link").isEmpty());

        const HttpResult malformed = m_nodes.asEmsp("GET", atCpo(QStringLiteral("?date_to=tomorrow")));
        QCOMPARE(malformed.ocpiStatus(), 2001);
        QVERIFY(messageOf(malformed).contains(QStringLiteral("date_to")));
    }

    // ---- our own CDRs ----

    // An import may not change a CDR already stored; the same one again is "unchanged".
    void ourStoredCdrIsNeverChanged()
    {
        const QJsonObject first = cdr(QStringLiteral("C1"), kStamp);
        QCOMPARE(*cpoCdrs().putOwn(first), true);
        QCOMPARE(*cpoCdrs().putOwn(first), false);
        auto changed = cpoCdrs().putOwn(cdr(QStringLiteral("C1"), kStamp, 7.0));
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().message.contains(QStringLiteral("immutable")), qPrintable(changed.error().message));
        int unchanged = 0;
        auto batch = cpoCdrs().putOwnBatch(QJsonArray{first, cdr(QStringLiteral("C2"), kStamp)}, &unchanged);
        QVERIFY_STATUS(batch);
        QCOMPARE(*batch, 1);
        QCOMPARE(unchanged, 1);
        QCOMPARE(ownJson(cpoCdrs()), (QJsonArray{first, cdr(QStringLiteral("C2"), kStamp)}));
    }

    // Our CDR is POSTed once to the eMSP of its driver, to the endpoint itself; the Location the
    // eMSP answers is recorded. A CDR of another eMSP's driver is not sent to this one.
    void ourCdrIsPostedAndItsLocationRecorded()
    {
        startPushing();
        const QJsonObject ours = cdr(QStringLiteral("C1"), kStamp);
        QVERIFY_STATUS(cpoCdrs().putOwn(ours));
        QVERIFY_STATUS(cpoCdrs().putOwn(cdr(QStringLiteral("X1"), kStamp, 3.0, {QStringLiteral("FR"), QStringLiteral("OTH")})));
        // Ours are final too: no PATCH of one of them, so nothing else is ever sent (CDR-04).
        const Status patched = cpoCdrs().patchOwn(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("C1")),
                                                  QJsonObject{{QStringLiteral("remark"), QStringLiteral("changed")}});
        QVERIFY(!patched.ok());
        QVERIFY2(patched.error().message.contains(QStringLiteral("credit CDR")), qPrintable(patched.error().message));
        QVERIFY(m_nodes.waitForOutboxDrained());

        const QList<TrafficRecord> pushes = m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("cdrs"));
        QCOMPARE(pushes.size(), 1);
        QCOMPARE(pushes.first().method, QStringLiteral("POST"));
        QCOMPARE(QUrl(pushes.first().url).path(), QUrl(atEmsp()).path());
        QCOMPARE(heldByEmsp(), QJsonArray{ours});

        const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("C1"));
        QList<CdrDelivery> deliveries;
        QTRY_VERIFY([&] {
            auto found = cpoCdrs().deliveries(key);
            deliveries = found ? *found : QList<CdrDelivery>();
            return !deliveries.isEmpty();
        }());
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(deliveries.first().partnerId, m_nodes.emspAtCpo().id);
        QCOMPARE(deliveries.first().location, atEmsp(QStringLiteral("/NL/CPO/C1")));
        QCOMPARE(cpoCdrs().deliveries()->size(), 1);
    }

    // A partner that refuses our POST (2001) gets it a few times, then it is parked for the
    // operator: never a PUT.
    void refusedPostIsParkedNotPut()
    {
        // Tries after the first are due by the clock: it has to move.
        m_nodes.options().cpoTime = TwoNodes::Time::Real;
        startPushing();
        ScriptedPeer peer;
        peer.on("POST", QStringLiteral("/cdrs"), [](const RouteCall &call) {
            return reply::error(Error::invalid(QStringLiteral("total_cost: we do not like it")), call.now);
        });
        peer.on("PUT", QStringLiteral("/cdrs/{a}/{b}/{c}"), [](const RouteCall &call) { return reply::ok(call.now); });
        const PartyId peerParty = PartyId::of(QStringLiteral("FR"), QStringLiteral("PEE"));
        auto peerId = m_nodes.cpo().partners().create(peer.partner({PartyRole{peerParty, Role::EMSP, QString()}},
                                                                   {{QStringLiteral("cdrs"), QStringLiteral("RECEIVER")}},
                                                                   {QStringLiteral("/cdrs")}));
        QVERIFY_STATUS(peerId);

        QSignalSpy parked(&m_nodes.cpo().deliverer(), &OutboxDeliverer::parked);
        QVERIFY_STATUS(cpoCdrs().putOwn(cdr(QStringLiteral("P1"), kStamp, 2.0, {QStringLiteral("FR"), QStringLiteral("PEE")})));
        QVERIFY(parked.wait(15000)); // three tries, each due at one of the deliverer's polls

        auto left = m_nodes.cpo().services().outbox().entries(*peerId);
        QVERIFY_STATUS(left);
        QCOMPARE(left->size(), 1);
        QVERIFY(left->first().parked);
        QCOMPARE(left->first().method, QByteArray("POST"));
        QVERIFY2(left->first().lastError.contains(QStringLiteral("we do not like it")), qPrintable(left->first().lastError));
        QCOMPARE(peer.targets("POST"), QStringList(OutboxDeliverer::kDefaultRefusalTries, QStringLiteral("/peer/cdrs")));
        QVERIFY(peer.targets("PUT").isEmpty());
        // Nothing went to the eMSP of TwoNodes, whose drivers this CDR is not about.
        QVERIFY(m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("cdrs")).isEmpty());
        QVERIFY(cpoCdrs().deliveries()->isEmpty());
    }
};

QTEST_MAIN(TestCdrs)
#include "tst_cdrs.moc"
