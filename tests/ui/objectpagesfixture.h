#pragma once

#include "authorizedialog.h"
#include "locationsmodel.h"
#include "locationspage.h"
#include "mainwindow.h"
#include "nodecontroller.h"
#include "objecteditordialog.h"
#include "objectfilterproxy.h"
#include "objecttablemodel.h"
#include "tariffspage.h"
#include "tokenspage.h"
#include "parkedthread.h"

#include "core/clock.h"
#include "core/datetime.h"
#include "modules/locations/locationservice.h"
#include "modules/tariffs/tariffservice.h"
#include "modules/tokens/tokenservice.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "support/objectjson.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

// What the object page tests share: a real node (NL-CPO as CPO and eMSP) in its own thread under a
// console window, offscreen, with a model tester on every object page's models
// (tst_objectpages, tst_objectpagereads).
namespace ocpi::test {

// Fixtures are owned by other parties; our own objects must be owned by the node's party.
inline QJsonObject fixture(const QString &path, const QString &countryCode = QStringLiteral("NL"),
                               const QString &partyId = QStringLiteral("CPO"))
{
    QJsonObject object = QJsonDocument::fromJson(test::readTestData(path)).object();
    object.insert(QStringLiteral("country_code"), countryCode);
    object.insert(QStringLiteral("party_id"), partyId);
    return object;
}

// The dialog opens on its form; these tests type the JSON tab's text (the advanced path).
inline void showJsonTab(ObjectEditorDialog *dialog)
{
    dialog->tabs()->setCurrentIndex(ObjectEditorDialog::JsonTab);
}

inline QString text(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson());
}

// The rows a view shows at the top level, by the text of one column.
inline QStringList shownIds(const QAbstractItemModel *model, int column)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, column).data().toString();
    ids.sort();
    return ids;
}

class ObjectPagesFixture : public QObject
{
protected:
    LocationsPage *locations() const { return m_window->pageOf<LocationsPage>(); }
    TariffsPage *tariffs() const { return m_window->pageOf<TariffsPage>(); }
    TokensPage *tokens() const { return m_window->pageOf<TokensPage>(); }
    ObjectListPage *page(const QString &module) const
    {
        return qobject_cast<ObjectListPage *>(m_window->page(module));
    }
    // Runs in the node thread, where its services live, and waits for it.
    void inNode(const std::function<void(NodeServices &)> &work)
    {
        ServingNode *runtime = m_node->node();
        QMetaObject::invokeMethod(runtime, [runtime, &work] { work(runtime->services()); },
                                  Qt::BlockingQueuedConnection);
    }
    std::optional<StoredObject> stored(const QString &module, const QString &id);
    // Through the page's New dialog; true once the dialog closed (the object is stored).
    bool createThroughDialog(const QString &module, const QJsonObject &object);
    // A partner's object on our Receiver interface, as partner 7 would PUT it.
    void receiveFromPartner(const QString &module, const QJsonObject &object, Role role);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeController> m_node;
    std::unique_ptr<MainWindow> m_window;
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;

    void startConsole()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_node = std::make_unique<NodeController>(
            test::nodeConfig(*m_dir, {QStringLiteral("NL-CPO:CPO"), QStringLiteral("NL-CPO:EMSP")}), NodeRuntime::factory());
        m_window = std::make_unique<MainWindow>(*m_node);
        for (ObjectListPage *each : {static_cast<ObjectListPage *>(locations()), static_cast<ObjectListPage *>(tariffs()),
                                     static_cast<ObjectListPage *>(tokens())}) {
            for (QAbstractItemModel *model : {each->proxy()->sourceModel(), static_cast<QAbstractItemModel *>(each->proxy())})
                m_testers << std::make_shared<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        m_window->show();
        QSignalSpy started(m_node.get(), &NodeController::started);
        m_node->start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    }
    void stopConsole()
    {
        m_testers.clear();
        m_window.reset();
        m_node.reset();
        m_dir.reset();
    }
};

inline std::optional<StoredObject> ObjectPagesFixture::stored(const QString &module, const QString &id)
{
    std::optional<StoredObject> found;
    inNode([&](NodeServices &services) {
        auto all = services.objectService(module)->stored(ObjectFilter{});
        QVERIFY(all.ok());
        for (const StoredObject &object : std::as_const(*all)) {
            if (object.key.id.compare(id, Qt::CaseInsensitive) == 0)
                found = object;
        }
    });
    return found;
}

inline bool ObjectPagesFixture::createThroughDialog(const QString &module, const QJsonObject &object)
{
    if (!m_window->showPage(module) || !page(module)->newButton()->isEnabled())
        return false;
    if (module == QLatin1String("locations")) {
        // Our locations name our own tariffs (LOC-22): the tariffs its connectors name come first.
        inNode([&](NodeServices &services) {
            QVERIFY(services.service<TariffService>().putOwnBatch(test::tariffsNamedBy(object)).ok());
        });
    }
    QPointer<ObjectEditorDialog> dialog = page(module)->openNewDialog();
    showJsonTab(dialog);
    dialog->editor()->setPlainText(text(object));
    dialog->accept();
    if (!QTest::qWaitFor([&] { return !dialog; }, 5000)) {
        qWarning() << "dialog still open:" << dialog->message();
        return false;
    }
    return true;
}

inline void ObjectPagesFixture::receiveFromPartner(const QString &module, const QJsonObject &object, Role role)
{
    Caller partner;
    partner.partnerId = 7;
    partner.roles = {PartyRole{PartyId::of(object.value(QStringLiteral("country_code")).toString(),
                                           object.value(QStringLiteral("party_id")).toString()),
                               role, QString()}};
    inNode([&](NodeServices &services) {
        ObjectService *service = services.objectService(module);
        const auto received = module == QLatin1String("locations")
                                  ? services.service<LocationService>().receivePut(partner, service->keyOf(object), LocationPart{}, object)
                                  : service->receive(partner, service->keyOf(object), object);
        QVERIFY2(received.ok(), qPrintable(received.error().message));
    });
}

} // namespace ocpi::test
