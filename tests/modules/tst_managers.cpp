#include "support/twonodes.h"

#include "modules/tokens/tokenservice.h"
#include "modules/tokens/tokensmanager.h"
#include "partners/partnerregistry.h"
#include "runtime/nodeservices.h"
#include "runtime/noderuntime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

// An integrator's decision: nobody charges, whatever the token says.
class RefusingTokensManager final : public SqlTokensManager
{
public:
    using SqlTokensManager::SqlTokensManager;
    Result<QJsonObject> authorize(const StoredObject &, const std::optional<QJsonObject> &, const Caller &) override
    {
        return QJsonObject{{QStringLiteral("allowed"), QStringLiteral("NOT_ALLOWED")},
                           {QStringLiteral("info"), QJsonObject{{QStringLiteral("language"), QStringLiteral("en")},
                                                                {QStringLiteral("text"), QStringLiteral("decided by the integrator")}}}};
    }
};

// An integrator's own tariff source: one tariff held in memory, nothing in the node's store.
class FixedTariffsManager final : public ObjectsManager
{
public:
    Result<ObjectPage> page(const ObjectFilter &, qint64 offset, int) override
    {
        ObjectPage page;
        page.total = 1;
        page.count = offset == 0 ? 1 : 0;
        page.json = offset == 0 ? "[" + tariff() + "]" : QByteArray("[]");
        return page;
    }
    Result<std::optional<StoredObject>> find(const ObjectKey &) override { return std::optional<StoredObject>(); }
    Result<QList<StoredObject>> list(const ObjectFilter &, int) override { return QList<StoredObject>(); }
    Result<bool> store(const StoredObject &) override { return Error::internal(QStringLiteral("read-only source")); }
    Status remove(const ObjectKey &) override { return Error::internal(QStringLiteral("read-only source")); }

    static QByteArray tariff()
    {
        return R"({"country_code":"NL","currency":"EUR","elements":[{"price_components":[{"price":0.3,"step_size":1,"type":"ENERGY"}]}],"id":"FROM-ERP","last_updated":"2026-11-01T00:00:00Z","party_id":"CPO"})";
    }
};

} // namespace

// docs/architecture.md: a module's business decisions sit behind a manager an integrator replaces when
// composing the node; the protocol code stays the same.
class TestManagers : public QObject
{
    Q_OBJECT

private slots:
    // Tokens need a TokensManager (it decides authorizations): a plain source of objects is refused
    // when the node starts, with a message that says what to derive from.
    void aManagerOfTheWrongKindIsRefused()
    {
        QTemporaryDir dir;
        ManagerFactories managers;
        managers.set(QStringLiteral("tokens"), [](Database &) { return std::make_unique<FixedTariffsManager>(); });
        NodeRuntime node(nodeConfig(dir, {QStringLiteral("NL-CPO:EMSP")}, QStringLiteral("node.sqlite")));
        node.setManagerFactories(managers);
        const Status started = node.start();
        QVERIFY(!started.ok());
        QVERIFY2(started.error().message.contains(QLatin1String("tokens manager")), qPrintable(started.error().message));
        QVERIFY(!node.isRunning());
    }

    void replacedManagersDecide()
    {
        TwoNodes nodes;
        TwoNodes::Options options;
        options.cpoParties = {QStringLiteral("NL-CPO:CPO"), QStringLiteral("NL-CPO:EMSP")};
        options.emspParties = {QStringLiteral("DE-PAR:CPO"), QStringLiteral("DE-PAR:EMSP")};
        options.cpoManagers.set(QStringLiteral("tokens"), [](Database &db) { return std::make_unique<RefusingTokensManager>(db); });
        options.cpoManagers.set(QStringLiteral("tariffs"), [](Database &) { return std::make_unique<FixedTariffsManager>(); });
        QVERIFY_STATUS(nodes.start(options));
        NodeRuntime &node = nodes.cpo(); // the node with the integrator's managers
        const QByteArray auth = tokenHeader(nodes.emspToken());

        const QJsonObject token = QJsonDocument::fromJson(R"({"country_code":"NL","party_id":"CPO","uid":"CARD1","type":"RFID","contract_id":"NL-CPO-C1","issuer":"Test","valid":true,"whitelist":"NEVER","last_updated":"2026-11-01T00:00:00Z"})").object();
        QVERIFY(node.services().service<TokenService>().putOwn(token).ok());
        const HttpResult decided = request("POST", QUrl(node.publicBase() + QStringLiteral("/ocpi/emsp/2.2.1/tokens/CARD1/authorize")),
                                           QByteArray(), {{"Authorization", auth}});
        QCOMPARE(decided.status, 200);
        const QJsonObject info = decided.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(info.value(QStringLiteral("allowed")).toString(), QStringLiteral("NOT_ALLOWED"));
        QCOMPARE(info.value(QStringLiteral("info")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("decided by the integrator"));
        QCOMPARE(info.value(QStringLiteral("token")).toObject().value(QStringLiteral("uid")).toString(), QStringLiteral("CARD1"));

        const HttpResult tariffs = request("GET", QUrl(node.publicBase() + QStringLiteral("/ocpi/cpo/2.2.1/tariffs")),
                                           QByteArray(), {{"Authorization", auth}});
        QCOMPARE(tariffs.status, 200);
        QCOMPARE(tariffs.json().value(QStringLiteral("data")).toArray(),
                 (QJsonArray{QJsonDocument::fromJson(FixedTariffsManager::tariff()).object()}));
        QCOMPARE(tariffs.header("X-Total-Count"), QByteArray("1"));
    }
};

QTEST_GUILESS_MAIN(TestManagers)
#include "tst_managers.moc"
