#include "support/fakepeer.h"
#include "support/testsupport.h"

#include "modules/credentials/registrationclient.h"
#include "nodemigrations.h"
#include "runtime/modulelist.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "store/database.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

// A party and role belongs to one registered partner at most (security, issue 7): the check runs
// again inside the transaction that stores a registration, and a unique index backs it.
class TestPartyClaims : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeRuntime> m_node;

    static QByteArray credentialsBody(const QString &token, const QString &url, const QString &cc, const QString &pid)
    {
        const QJsonObject body{{QStringLiteral("token"), token},
                               {QStringLiteral("url"), url},
                               {QStringLiteral("roles"),
                                QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("EMSP")},
                                                       {QStringLiteral("business_details"),
                                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Claimant")}}},
                                                       {QStringLiteral("party_id"), pid},
                                                       {QStringLiteral("country_code"), cc}}}}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    QString credentialsUrl() const { return m_node->publicBase() + QStringLiteral("/ocpi/2.2.1/credentials"); }

    // Registered partners' rows holding country_code-party_id:EMSP, as the index sees them.
    int heldRows(const QString &cc, const QString &pid)
    {
        QSqlQuery q(m_node->database().connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM partner_roles WHERE country_code = ? AND party_id = ? "
                                 "AND role = 'EMSP' AND held = 1"));
        q.addBindValue(cc);
        q.addBindValue(pid);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // A registered partner holding one party and role ("FR-OTH:CPO"), added straight to the registry.
    bool addRegistered(const QString &name, const QString &partyRole)
    {
        PartnerRole held;
        held.party = *PartyRole::parse(partyRole);
        held.business.name = name;
        Partner partner;
        partner.name = name;
        partner.state = PartnerState::Registered;
        partner.roles = {held};
        return m_node->partners().create(partner).ok();
    }

    Partner partnerNamed(const QString &name)
    {
        auto partner = m_node->partners().findByReference(name);
        if (!partner)
            qFatal("no partner %s", qPrintable(name));
        return *partner;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_node = std::make_unique<NodeRuntime>(nodeConfig(*m_dir, {QStringLiteral("NL-CPO:CPO")}));
        QVERIFY(m_node->start().ok());
    }

    void cleanup()
    {
        m_node.reset();
        m_dir.reset();
    }

    // Two partners POST credentials claiming FR-FAK:EMSP at the same moment. Both pass the early
    // check (neither is registered yet) and are then held while the node calls them back; released
    // together, exactly one registration is stored, the other is refused with a clear error and
    // left as it was: invited, token A still valid, no token of ours.
    void racingRegistrationsOneWins()
    {
        FakePeer::Script first;
        first.holdVersions = true;
        first.tokenA = QStringLiteral("first-partner-token-0123456789");
        FakePeer::Script second = first;
        second.tokenA = QStringLiteral("second-partner-token-0123456789");
        FakePeer peerOne(first);
        FakePeer peerTwo(second);
        const QString tokenOne = m_node->partners().invite(QStringLiteral("one"))->token;
        const QString tokenTwo = m_node->partners().invite(QStringLiteral("two"))->token;

        QNetworkAccessManager network;
        const auto post = [&](const QString &tokenA, const FakePeer::Script &script, const FakePeer &peer) {
            QNetworkRequest request{QUrl(credentialsUrl())};
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", tokenHeader(tokenA));
            return network.post(request, credentialsBody(script.tokenA, peer.versionsUrl(), QStringLiteral("FR"),
                                                         QStringLiteral("FAK")));
        };
        QNetworkReply *replyOne = post(tokenOne, first, peerOne);
        QNetworkReply *replyTwo = post(tokenTwo, second, peerTwo);
        // Both handshakes are past the early check and waiting for their partner's versions.
        QVERIFY(QTest::qWaitFor([&] { return peerOne.heldRequests() == 1 && peerTwo.heldRequests() == 1; }, 15000));
        peerOne.release();
        peerTwo.release();
        QVERIFY(QTest::qWaitFor([&] { return replyOne->isFinished() && replyTwo->isFinished(); }, 15000));

        QList<QJsonObject> answers;
        for (QNetworkReply *reply : {replyOne, replyTwo}) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            answers << QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
        }
        const auto status = [](const QJsonObject &answer) { return answer.value(QStringLiteral("status_code")).toInt(); };
        QCOMPARE(status(answers[0]) + status(answers[1]), 1000 + 2001);
        const bool oneWon = status(answers[0]) == 1000;
        const QJsonObject &refusal = oneWon ? answers[1] : answers[0];
        QVERIFY2(refusal.value(QStringLiteral("status_message")).toString().contains(
                     QStringLiteral("FR-FAK:EMSP is already registered by another partner")),
                 qPrintable(QJsonDocument(refusal).toJson()));

        const Partner winner = partnerNamed(oneWon ? QStringLiteral("one") : QStringLiteral("two"));
        const Partner loser = partnerNamed(oneWon ? QStringLiteral("two") : QStringLiteral("one"));
        QCOMPARE(winner.state, PartnerState::Registered);
        QVERIFY(winner.hasIncomingToken);
        QCOMPARE(loser.state, PartnerState::Invited);
        QVERIFY(!loser.hasIncomingToken);
        QVERIFY2(loser.stateReason.contains(QStringLiteral("registration refused")), qPrintable(loser.stateReason));
        QCOMPARE(heldRows(QStringLiteral("FR"), QStringLiteral("FAK")), 1);
        // The loser's token A was not spent: it may register again with a party of its own.
        const QString loserToken = oneWon ? tokenTwo : tokenOne;
        QCOMPARE(request("GET", QUrl(m_node->versionsUrl()), {}, {{"Authorization", tokenHeader(loserToken)}}).status, 200);
    }

    // The index refuses a second claim even when a code path forgets the check, with a message
    // that says what happened instead of a storage error.
    void uniqueIndexBacksTheCheck()
    {
        PartnerRegistry &partners = m_node->partners();
        PartnerRole role;
        role.party = *PartyRole::parse(QStringLiteral("FR-FAK:EMSP"));
        role.business.name = QStringLiteral("Claimant");
        Partner first;
        first.name = QStringLiteral("first");
        first.state = PartnerState::Registered;
        first.roles = {role};
        QVERIFY(partners.create(first).ok());

        Partner second = first;
        second.name = QStringLiteral("second");
        second.state = PartnerState::Invited;
        auto id = partners.create(second); // not registered: claims nothing yet
        QVERIFY(id.ok());
        second.id = *id;
        second.state = PartnerState::Registered;
        const Status saved = partners.inTransaction([&] { return partners.store().update(second); });
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ErrorKind::InvalidData);
        QCOMPARE(saved.error().message, QStringLiteral("roles: FR-FAK:EMSP is already registered by another partner"));
        QCOMPARE(partnerNamed(QStringLiteral("second")).state, PartnerState::Invited); // rolled back
        QCOMPARE(heldRows(QStringLiteral("FR"), QStringLiteral("FAK")), 1);

        // Once the first leaves, the party is free again.
        first = partnerNamed(QStringLiteral("first"));
        first.state = PartnerState::Unregistered;
        QVERIFY(partners.save(first).ok());
        QVERIFY(partners.inTransaction([&] { return partners.store().update(second); }).ok());
        QCOMPARE(heldRows(QStringLiteral("FR"), QStringLiteral("FAK")), 1);
    }

    // A partner whose credentials update claims a party another partner holds keeps its new tokens
    // (both sides switched already) but not the party; the operator is told.
    void updateDoesNotTakeOverAnotherPartnersParty()
    {
        FakePeer::Script script;
        FakePeer peer(script);
        std::optional<Result<Partner>> outcome;
        m_node->registration().registerWith({peer.versionsUrl(), script.tokenA, QStringLiteral("peer"), EncodingSetting::Auto},
                                            [&](Result<Partner> result) { outcome = std::move(result); });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 15000));
        QVERIFY2(outcome->ok(), qPrintable(outcome->error().message));
        const qint64 peerId = (*outcome)->id;

        QVERIFY(addRegistered(QStringLiteral("other"), QStringLiteral("FR-OTH:CPO")));

        peer.announceParty(QStringLiteral("FR"), QStringLiteral("OTH"));
        outcome.reset();
        m_node->registration().updateWith(peerId, [&](Result<Partner> result) { outcome = std::move(result); });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 15000));
        QVERIFY2(outcome->ok(), qPrintable(outcome->error().message));
        const Partner updated = *m_node->partners().get(peerId);
        QCOMPARE(updated.state, PartnerState::Registered);
        QCOMPARE(updated.partyRoles().first().toString(), QStringLiteral("FR-FAK:CPO"));
        QVERIFY2(updated.stateReason.contains(QStringLiteral("roles kept: roles: FR-OTH:CPO is already registered")),
                 qPrintable(updated.stateReason));
        QCOMPARE(partnerNamed(QStringLiteral("other")).partyRoles().first().toString(), QStringLiteral("FR-OTH:CPO"));
    }

    // Issue 13, registration hygiene: registering with a partner whose party another partner
    // holds never leaves a registration at that partner. A partner that tells its roles on GET
    // credentials with token A gets no POST at all; one that tells them only in its answer to
    // our POST is unregistered again at once (DELETE with the token C it gave), and the state
    // reason says both what was refused and that it was undone.
    void conflictingRegistrationLeavesNothingAtThePartner_data()
    {
        QTest::addColumn<bool>("answersGet");
        QTest::newRow("partner tells its roles before the POST") << true;
        QTest::newRow("partner tells its roles in its answer only") << false;
    }

    void conflictingRegistrationLeavesNothingAtThePartner()
    {
        QFETCH(bool, answersGet);
        QVERIFY(addRegistered(QStringLiteral("holder"), QStringLiteral("FR-FAK:CPO")));

        FakePeer::Script script;
        script.answersCredentialsGet = answersGet;
        FakePeer peer(script);
        std::optional<Result<Partner>> outcome;
        m_node->registration().registerWith({peer.versionsUrl(), script.tokenA, QStringLiteral("peer"), EncodingSetting::Auto},
                                            [&](Result<Partner> result) { outcome = std::move(result); });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 15000));
        QVERIFY(!outcome->ok());
        const Partner refused = partnerNamed(QStringLiteral("peer"));
        QCOMPARE(refused.state, PartnerState::Failed);
        QVERIFY(!refused.hasIncomingToken);
        QVERIFY2(refused.stateReason.startsWith(QStringLiteral("roles: FR-FAK:CPO is already registered by another partner (holder)")),
                 qPrintable(refused.stateReason));
        if (answersGet) {
            QCOMPARE(peer.credentialsPosts(), 0);
            QCOMPARE(peer.credentialsDeletes(), QStringList());
            QVERIFY2(refused.stateReason.endsWith(QStringLiteral("nothing was sent to the partner, and its token A is unspent")),
                     qPrintable(refused.stateReason));
        } else {
            QCOMPARE(peer.credentialsPosts(), 1);
            QCOMPARE(peer.credentialsDeletes(), QStringList{QString::fromLatin1(tokenHeader(script.tokenC))});
            QVERIFY2(refused.stateReason.endsWith(QStringLiteral("our registration at the partner was withdrawn (DELETE credentials)")),
                     qPrintable(refused.stateReason));
        }
        QCOMPARE(partnerNamed(QStringLiteral("holder")).state, PartnerState::Registered);
    }

    // A database from before the index may hold a party twice: the migration keeps the partner
    // that registered first, and the other one has to register again (it says why).
    void migrationResolvesEarlierDoubleClaims()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const QList<Migration> all = nodeMigrations();
        qsizetype before = 0;
        while (before < all.size() && all[before].name != QLatin1String("one registered partner per party and role"))
            ++before;
        QVERIFY(before < all.size());
        {
            Database db;
            QVERIFY(db.open(path, all.mid(0, before)).ok());
            QSqlQuery q(db.connection());
            for (int id : {1, 2, 3}) {
                QVERIFY(q.exec(QStringLiteral("INSERT INTO partners (id, name, state, created_at) VALUES "
                                              "(%1, 'p%1', '%2', '2026-01-01T00:00:00Z')")
                                   .arg(id)
                                   .arg(id == 3 ? QStringLiteral("unregistered") : QStringLiteral("registered"))));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO partner_roles (partner_id, position, country_code, "
                                              "party_id, role, business_name) VALUES (%1, 0, 'FR', 'FAK', 'EMSP', 'x')")
                                   .arg(id)));
            }
        }
        Database db;
        QVERIFY(db.open(path, all).ok());
        PartnerStore store(db);
        const auto partners = store.all();
        QVERIFY(partners.ok());
        QCOMPARE(partners->size(), 3);
        QCOMPARE(partners->at(0).state, PartnerState::Registered);
        QCOMPARE(partners->at(1).state, PartnerState::Failed);
        QVERIFY2(partners->at(1).stateReason.contains(QStringLiteral("registered the same party and role first")),
                 qPrintable(partners->at(1).stateReason));
        QCOMPARE(partners->at(2).state, PartnerState::Unregistered);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT partner_id FROM partner_roles WHERE held = 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!q.next());
    }
};

QTEST_GUILESS_MAIN(TestPartyClaims)
#include "tst_partyclaims.moc"
