#include "mainwindow.h"
#include "nodecontroller.h"
#include "parkeddeliveriesview.h"
#include "partnerspage.h"

#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "support/testsupport.h"
#include "sync/outbox.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

// Issue 13: the partners page lists the selected partner's parked deliveries with the partner's
// answer, and drops the selected one after a confirmation, as `ocpi-node outbox drop ID` does.
class TstParkedDeliveries : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_console = std::make_unique<NodeController>(
            test::nodeConfig(*m_dir, {QStringLiteral("NL-TNM:CPO")}, QStringLiteral("console.sqlite")), NodeRuntime::factory());
        m_window = std::make_unique<MainWindow>(*m_console);
        m_window->show();
        QSignalSpy started(m_console.get(), &NodeController::started);
        m_console->start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QVERIFY(m_window->showPage(QStringLiteral("partners")));
        page()->setRefreshInterval(200);
    }

    void cleanup()
    {
        m_window.reset();
        m_console.reset();
        m_dir.reset();
    }

    void dropAsksFirstThenDiscards()
    {
        // A partner with two refused deliveries, as another process (`ocpi-node`) would leave them.
        const SystemClock clock;
        NodeServices other(m_console->config(), clock);
        QVERIFY(other.open().ok());
        const auto invitation = other.partners().invite(QStringLiteral("refuser"));
        QVERIFY(invitation.ok());
        const qint64 partnerId = invitation->partnerId;
        for (const char *key : {"START-1", "START-2"}) {
            Delivery delivery;
            delivery.module = QStringLiteral("commands");
            delivery.orderingKey = QString::fromLatin1(key);
            delivery.method = "POST";
            delivery.url = QStringLiteral("http://127.0.0.1:1/results/") + QString::fromLatin1(key);
            delivery.onRefusal = RefusalPolicy::RetryThenPark;
            QVERIFY(other.outbox().enqueueTo(partnerId, delivery).ok());
        }
        QList<Settlement> parked;
        const auto queued = other.outbox().entries(partnerId);
        QVERIFY(queued.ok());
        for (const OutboxEntry &entry : *queued)
            parked.append({entry.id, Settlement::Outcome::Park, 0, 0, QStringLiteral("HTTP 422 without an OCPI response envelope")});
        QVERIFY(other.outbox().settle(parked).ok());
        const qint64 first = parked.first().id;

        QTRY_VERIFY_WITH_TIMEOUT(page()->selectPartner(partnerId), 5000);
        ParkedDeliveriesView *view = page()->parkedView();
        QTRY_COMPARE_WITH_TIMEOUT(view->entries().size(), 2, 5000);
        QCOMPARE(view->table()->item(0, 0)->text(), QString::number(first));
        QCOMPARE(view->table()->item(0, 4)->text(), QStringLiteral("HTTP 422 without an OCPI response envelope"));
        QCOMPARE(view->dropButton()->accessibleName(), QStringLiteral("Drop the selected parked delivery"));
        QVERIFY(!view->dropButton()->isEnabled()); // nothing selected
        QVERIFY(view->selectDelivery(first));
        QTRY_VERIFY(view->dropButton()->isEnabled());

        // Cancelled: nothing happens.
        view->dropButton()->click();
        QTRY_VERIFY(page()->findChild<QMessageBox *>());
        QMessageBox *box = page()->findChild<QMessageBox *>();
        QVERIFY2(box->text().contains(QStringLiteral("Drop delivery %1 to refuser?").arg(first)), qPrintable(box->text()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page()->findChild<QMessageBox *>());
        QTest::qWait(300);
        QCOMPARE(other.outbox().parkedEntries(partnerId)->size(), 2);

        // Confirmed: the selected one is gone, the other stays.
        QVERIFY(view->selectDelivery(first));
        view->dropButton()->click();
        QTRY_VERIFY(page()->findChild<QMessageBox *>());
        page()->findChild<QMessageBox *>()->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(page()->outcomeText(),
                     QStringLiteral("Delivery %1 to refuser dropped; the partner will not receive it.").arg(first));
        QCOMPARE(other.outbox().parkedEntries(partnerId)->size(), 1);
        QVERIFY(other.outbox().parkedEntries(partnerId)->first().id != first);
        QTRY_COMPARE(view->entries().size(), 1);
        other.close();
    }

private:
    PartnersPage *page() const { return m_window->partnersPage(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeController> m_console;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TstParkedDeliveries)
#include "tst_parkeddeliveries.moc"
