#pragma once

// The console's node in its own thread with its main window (offscreen), and when a test needs one
// a partner CPO node the console registered with as an operator would (the wizard's call): the
// setting of the pages that talk to a partner CPO (commands, charging profiles, reservations).

#include "mainwindow.h"
#include "nodecontroller.h"
#include "partnercontroller.h"

#include "modules/locations/locationservice.h"
#include "modules/tariffs/tariffservice.h"
#include "modules/tokens/tokenservice.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "support/objectjson.h"
#include "support/twonodes.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace ocpi::test {

class ConsoleWithCpo
{
public:
    using Configure = std::function<void(NodeConfig &)>;

    // Objects of the test data with another owner.
    static QJsonObject dataFile(const QString &path, const QString &countryCode, const QString &partyId)
    {
        QJsonObject object = QJsonDocument::fromJson(readTestData(path)).object();
        object.insert(QStringLiteral("country_code"), countryCode);
        object.insert(QStringLiteral("party_id"), partyId);
        return object;
    }

    // The console's node with these parties, running, and its window shown. `beforeStart` sees the
    // window first (item model testers).
    void startConsole(const QStringList &parties, const Configure &configure = {},
                      const std::function<void(MainWindow &)> &beforeStart = {})
    {
        dir = std::make_unique<QTemporaryDir>();
        NodeConfig config = nodeConfig(*dir, parties, QStringLiteral("console.sqlite"));
        if (configure)
            configure(config);
        node = std::make_unique<NodeController>(config, NodeRuntime::factory());
        window = std::make_unique<MainWindow>(*node);
        if (beforeStart)
            beforeStart(*window);
        window->show();
        QSignalSpy started(node.get(), &NodeController::started);
        node->start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    }

    // The console as the eMSP DE-EMS with a token of its own, registered with a CPO node NL-CPO
    // whose location (with the tariffs it names) was pushed to it. `cpoId`: the CPO as the console
    // knows it. `configure` applies to both nodes.
    void startWithACpo(qint64 *cpoId, const Configure &configure = {},
                       const std::function<void(MainWindow &)> &beforeStart = {})
    {
        startConsole({QStringLiteral("DE-EMS:EMSP")}, configure, beforeStart);
        NodeConfig cpoConfig = nodeConfig(*dir, {QStringLiteral("NL-CPO:CPO")}, QStringLiteral("cpo.sqlite"));
        if (configure)
            configure(cpoConfig);
        cpo = startNode(cpoConfig);
        QVERIFY(cpo);
        auto invitation = cpo->partners().invite(QStringLiteral("console"));
        QVERIFY_STATUS(invitation);
        PartnerController partners(*node);
        // Shared: an answer later than the timeout must not write into a finished stack frame.
        auto registered = std::make_shared<std::optional<Result<Partner>>>();
        partners.registerWith({cpo->versionsUrl(), invitation->token, QStringLiteral("CPO node"), EncodingSetting::Auto},
                              window.get(), [registered](Result<Partner> partner) { *registered = partner; });
        QTRY_VERIFY_WITH_TIMEOUT(registered->has_value(), 15000);
        QVERIFY_STATUS(**registered);
        *cpoId = (**registered)->id;

        inNode([](NodeServices &services) {
            QVERIFY_STATUS(services.service<TokenService>().putOwn(
                dataFile(QStringLiteral("tokens/ems_rfid_card.json"), QStringLiteral("DE"), QStringLiteral("EMS"))));
        });
        const QJsonObject location = dataFile(QStringLiteral("locations/location_2x2.json"), QStringLiteral("NL"), QStringLiteral("CPO"));
        QVERIFY_STATUS(cpo->services().service<TariffService>().putOwnBatch(tariffsNamedBy(location)));
        QVERIFY_STATUS(cpo->services().service<LocationService>().putOwn(location));
        QTRY_COMPARE_WITH_TIMEOUT(consoleObjects(QStringLiteral("locations")), 1, 10000);
    }

    // Runs in the console node's thread, where its services live, and waits for it.
    void inNode(const std::function<void(NodeServices &)> &work)
    {
        ServingNode *runtime = node->node();
        QMetaObject::invokeMethod(runtime, [runtime, &work] { work(runtime->services()); }, Qt::BlockingQueuedConnection);
    }

    // How many objects of a module the console node holds (ours and partners').
    int consoleObjects(const QString &module)
    {
        int count = 0;
        inNode([&](NodeServices &services) {
            auto stored = services.objectService(module)->stored(ObjectFilter{});
            count = stored ? int(stored->size()) : -1;
        });
        return count;
    }

    void reset()
    {
        window.reset();
        node.reset();
        cpo.reset();
        dir.reset();
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<NodeController> node;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<NodeRuntime> cpo; // a partner CPO, in the test's thread
};

} // namespace ocpi::test
