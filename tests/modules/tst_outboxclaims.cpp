#include "outboxfixture.h"

using namespace ocpi;
using namespace ocpi::test;

// The outbox's rows as several processes on one database share them (issue 8): claims and their
// leases, and due() kept right over thousands of rows.
class TestOutboxClaims : public OutboxFixture
{
    Q_OBJECT

private slots:
    void init() { makeDir(); }
    void cleanup() { stopCpo(); }

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

    // due() against a model computed from every row: per partner, per key only the oldest live row,
    // due now, the longest due first, at most `perPartner`; kept right as rows are delivered, parked
    // and put off.
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

QTEST_GUILESS_MAIN(TestOutboxClaims)
#include "tst_outboxclaims.moc"
