#include "support/testsupport.h"
#include "support/twonodes.h"

#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/outbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const PartyId kUs = PartyId::of(QStringLiteral("NL"), QStringLiteral("CPO"));
const PartyId kThem = PartyId::of(QStringLiteral("DE"), QStringLiteral("EMS"));

Delivery pushTo(const PartyId &to)
{
    Delivery d;
    d.module = QStringLiteral("commands");
    d.orderingKey = QStringLiteral("k");
    d.method = "POST";
    d.url = QStringLiteral("http://127.0.0.1:9/result");
    d.body = R"({"result":"ACCEPTED"})";
    d.from = kUs;
    d.to = to;
    return d;
}

} // namespace

// Removing dead partner rows (issue 11, Partners): an invited, failed or unregistered partner goes
// with its tokens and queued deliveries, a registered one is refused with the reason and nothing
// changes; a removed partner's id is never given to a new one. The store operation and
// `ocpi-node partners remove` on SQLite and PostgreSQL.
class TstPartnerRemoval : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeRuntime> m_node;

    PartnerRegistry &partners() { return m_node->partners(); }
    Outbox &outbox() { return m_node->services().outbox(); }

    qint64 addPartner(const QString &name, PartnerState state)
    {
        Partner p;
        p.name = name;
        p.state = state;
        p.roles = {PartnerRole{PartyRole{kThem, Role::EMSP}, BusinessDetails{name, {}, {}}}};
        if (state == PartnerState::Registered)
            p.outgoingToken = QStringLiteral("their-token-for-us-0123456789");
        auto id = partners().create(p);
        if (!id)
            qFatal("cannot add a partner: %s", qPrintable(id.error().message));
        return *id;
    }
    int queuedFor(qint64 partnerId)
    {
        auto entries = outbox().entries(partnerId);
        return entries ? int(entries->size()) : -1;
    }
    QStringList names()
    {
        QStringList out;
        const auto list = partners().list();
        for (const Partner &p : *list)
            out << p.label();
        return out;
    }
    QStringList db() const { return {QStringLiteral("--db"), m_node->config().databasePath}; }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_node = std::make_unique<NodeRuntime>(nodeConfig(*m_dir, {QStringLiteral("NL-CPO:CPO")}));
        QVERIFY_STATUS(m_node->start());
    }
    void cleanup()
    {
        m_node.reset();
        m_dir.reset();
    }

    void removesWhatIsNotRegistered_data()
    {
        QTest::addColumn<int>("state");
        QTest::newRow("failed") << int(PartnerState::Failed);
        QTest::newRow("unregistered") << int(PartnerState::Unregistered);
    }

    void removesWhatIsNotRegistered()
    {
        QFETCH(int, state);
        const qint64 keep = addPartner(QStringLiteral("keeper"), PartnerState::Invited);
        const qint64 dead = addPartner(QStringLiteral("dead"), PartnerState(state));
        QVERIFY_STATUS(outbox().enqueueTo(dead, pushTo(kThem)));
        QVERIFY_STATUS(outbox().enqueueTo(keep, pushTo(kThem)));
        QCOMPARE(queuedFor(dead), 1);
        auto removed = partners().removeInactive(dead);
        QVERIFY_STATUS(removed);
        QCOMPARE(removed->id, dead);
        QCOMPARE(names(), QStringList{QStringLiteral("keeper")});
        QVERIFY(!partners().get(dead).ok());
        QCOMPARE(queuedFor(dead), 0);
        // Another partner's deliveries stay.
        QCOMPARE(queuedFor(keep), 1);
    }

    void invitedTokenADiesWithIt()
    {
        auto invitation = partners().invite(QStringLiteral("never-came"));
        QVERIFY_STATUS(invitation);
        QVERIFY(partners().identify(invitation->token).has_value());
        QVERIFY_STATUS(partners().removeInactive(invitation->partnerId));
        QVERIFY(!partners().identify(invitation->token).has_value());
    }

    void registeredIsRefused_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("reason");
        QTest::newRow("registered") << int(PartnerState::Registered) << QStringLiteral("unregister it first");
        QTest::newRow("registering") << int(PartnerState::Registering) << QStringLiteral("under way");
    }

    void registeredIsRefused()
    {
        QFETCH(int, state);
        QFETCH(QString, reason);
        const qint64 id = addPartner(QStringLiteral("live"), PartnerState(state));
        QVERIFY_STATUS(outbox().enqueueTo(id, pushTo(kThem)));
        auto refused = partners().removeInactive(id);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(reason), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("live")));
        QCOMPARE(names(), QStringList{QStringLiteral("live")});
        QCOMPARE(queuedFor(id), 1);
    }

    void unknownPartner()
    {
        QVERIFY(!partners().removeInactive(424242).ok());
    }

    void idsAreNotReused()
    {
        addPartner(QStringLiteral("first"), PartnerState::Failed);
        const qint64 last = addPartner(QStringLiteral("last"), PartnerState::Failed);
        QVERIFY_STATUS(partners().removeInactive(last));
        const qint64 next = addPartner(QStringLiteral("next"), PartnerState::Invited);
        QVERIFY2(next > last, qPrintable(QStringLiteral("%1 after %2").arg(next).arg(last)));
    }

    void cliRemoves()
    {
        const qint64 failed = addPartner(QStringLiteral("flaky"), PartnerState::Failed);
        const qint64 live = addPartner(QStringLiteral("live"), PartnerState::Registered);
        QVERIFY_STATUS(outbox().enqueueTo(failed, pushTo(kThem)));

        // The table has the id column, and the ids are what PARTNER takes.
        NodeRun run = runNode(QStringList{QStringLiteral("partners")} + db());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.split('\n');
        QVERIFY2(lines.first().startsWith("ID "), run.out.constData());
        QVERIFY2(lines.at(1).startsWith(QByteArray::number(failed) + ' '), run.out.constData());

        run = runNode(QStringList{QStringLiteral("partners"), QStringLiteral("remove"), QString::number(live)} + db());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("live is registered: unregister it first"), run.err.constData());

        run = runNode(QStringList{QStringLiteral("partners"), QStringLiteral("remove"), QStringLiteral("flaky"),
                                  QStringLiteral("--json")} + db());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject removed = run.json().object();
        QCOMPARE(removed.value(QLatin1String("id")).toInteger(), failed);
        QCOMPARE(removed.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(names(), QStringList{QStringLiteral("live")});
        QCOMPARE(queuedFor(failed), 0);

        run = runNode(QStringList{QStringLiteral("partners"), QStringLiteral("remove"), QStringLiteral("flaky")} + db());
        QCOMPARE(run.exitCode, 1);
        run = runNode(QStringList{QStringLiteral("partners"), QStringLiteral("drop"), QStringLiteral("flaky")} + db());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("remove PARTNER"), run.err.constData());
        run = runNode(QStringList{QStringLiteral("partners"), QStringLiteral("remove")} + db());
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstPartnerRemoval)
#include "tst_partnerremoval.moc"
