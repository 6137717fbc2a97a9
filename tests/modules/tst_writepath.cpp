#include "modules/locations/locationservice.h"
#include "modules/tariffs/tariffservice.h"
#include "modules/tokens/tokenservice.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "support/objectjson.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

QJsonObject ownedBy(const QString &fixturePath, const QString &countryCode, const QString &partyId)
{
    QJsonObject object = QJsonDocument::fromJson(readTestData(fixturePath)).object();
    object[QStringLiteral("country_code")] = countryCode;
    object[QStringLiteral("party_id")] = partyId;
    return object;
}

} // namespace

// The shared Receiver write path (issue 7): whatever roles a caller holds, an object of one of our
// parties is never overwritten, shown or removed through the Receiver interface of any module, and
// a refused write changes nothing. Partners normally cannot hold our parties (registration refuses
// the claim); this is the second line, e.g. a party an operator later added to the node.
class TestWritePath : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<NodeRuntime> m_node;

    // A partner that claims NL-OWN in both roles, as the node's own parties are.
    static Caller claimingOurParty()
    {
        Caller caller;
        caller.partnerId = 7;
        caller.name = QStringLiteral("claims our party");
        caller.roles = {{PartyId{QStringLiteral("NL"), QStringLiteral("OWN")}, Role::CPO},
                        {PartyId{QStringLiteral("NL"), QStringLiteral("OWN")}, Role::EMSP}};
        return caller;
    }

    // PUT, GET and DELETE through `service`'s Receiver calls, each refused; ours stays as it was.
    void verifyOursIsUntouchable(ObjectService &service, const QJsonObject &ours, const QJsonObject &changed)
    {
        QVERIFY2(service.putOwn(ours).ok(), qPrintable(service.module().identifier));
        const ObjectKey key = service.keyOf(ours);
        const QByteArray before = (*service.findOwn(key))->json;
        QSignalSpy changes(&service, &ObjectService::objectsChanged);

        std::optional<Result<bool>> answer;
        service.receiveQueued(claimingOurParty(), key, changed, [&](const Result<bool> &result) { answer = result; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ErrorKind::Forbidden);
        QVERIFY2(answer->error().message.contains(QLatin1String("this node's own")), qPrintable(answer->error().message));

        const auto now = service.receive(claimingOurParty(), key, changed);
        QVERIFY(!now.ok());
        QCOMPARE(now.error().kind, ErrorKind::Forbidden);

        const auto shown = service.received(claimingOurParty(), key);
        QVERIFY(!shown.ok());
        QCOMPARE(statusFor(shown.error().kind).httpStatus, 404);
        QVERIFY(!service.removeReceived(claimingOurParty(), key).ok());

        QCOMPARE((*service.findOwn(key))->json, before);
        QCOMPARE((*service.findOwn(key))->partnerId, qint64(0));
        QCOMPARE(changes.count(), 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_node = std::make_unique<NodeRuntime>(
            nodeConfig(m_dir, {QStringLiteral("NL-OWN:CPO"), QStringLiteral("NL-OWN:EMSP")}, QStringLiteral("node.sqlite")));
        QVERIFY(m_node->start().ok());
    }

    void cleanupTestCase() { m_node.reset(); }

    void tariffs()
    {
        const QJsonObject ours = ownedBy(QStringLiteral("tariffs/tariff_free.json"), QStringLiteral("NL"), QStringLiteral("OWN"));
        QJsonObject changed = ours;
        changed[QStringLiteral("currency")] = QStringLiteral("USD");
        verifyOursIsUntouchable(m_node->services().service<TariffService>(), ours, changed);
    }

    void tokens()
    {
        const QJsonObject ours = ownedBy(QStringLiteral("tokens/ems_rfid_card.json"), QStringLiteral("NL"), QStringLiteral("OWN"));
        QJsonObject changed = ours;
        changed[QStringLiteral("valid")] = false;
        TokenService &tokens = m_node->services().service<TokenService>();
        verifyOursIsUntouchable(tokens, ours, changed);
        // PATCH goes the same way.
        const QByteArray before = (*tokens.findOwn(tokens.keyOf(ours)))->json;
        const Status patched = tokens.patchReceived(claimingOurParty(), tokens.keyOf(ours),
                                                    QJsonObject{{QStringLiteral("valid"), false},
                                                                {QStringLiteral("last_updated"), QStringLiteral("2026-11-30T00:00:00Z")}});
        QVERIFY(!patched.ok());
        QCOMPARE(statusFor(patched.error().kind).httpStatus, 404);
        QCOMPARE((*tokens.findOwn(tokens.keyOf(ours)))->json, before);
    }

    void locations()
    {
        const QJsonObject ours = ownedBy(QStringLiteral("locations/location_2x2.json"), QStringLiteral("NL"), QStringLiteral("OWN"));
        // Our locations name our own tariffs (LOC-22).
        QVERIFY(m_node->services().service<TariffService>().putOwnBatch(tariffsNamedBy(ours)).ok());
        QJsonObject changed = ours;
        changed[QStringLiteral("name")] = QStringLiteral("taken over");
        verifyOursIsUntouchable(m_node->services().service<LocationService>(), ours, changed);
    }
};

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_writepath.moc"
