#include "consolewithcpo.h"
#include "reservationdialog.h"
#include "reservationspage.h"

#include "modules/reservations/reservationsmodule.h"
#include "objecttablemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace ocpi;

namespace {

void reservationsOn(NodeConfig &config)
{
    config.reservations = true;
}

// The Status cell of the reservation `id`.
QString statusOf(const ReservationsPage *page, const QString &id)
{
    const ObjectTableModel *model = page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->object(row).stored.key.id.compare(id, Qt::CaseInsensitive) == 0)
            return model->object(row).json.value(QStringLiteral("status")).toString();
    }
    return QStringLiteral("<no row %1>").arg(id);
}

} // namespace

// The Reservations page over a console (eMSP) and a partner CPO node, both with the module on,
// offscreen: the form asks for a window on the CPO's location for our token, the offer lands in the
// table, Accept and Cancel go to the CPO, which pushes every status back. A node without the module
// says how to turn it on.
class TstReservationsPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        m_tester.reset();
        m_console.reset();
    }

    void offWhenTheModuleIsOff()
    {
        m_console.startConsole({QStringLiteral("DE-EMS:EMSP")});
        auto *page = m_console.window->pageOf<ReservationsPage>();
        QVERIFY(m_console.window->showPage(QStringLiteral("reservations")));
        QVERIFY2(page->outcomeText().contains(QStringLiteral("--reservations on")), qPrintable(page->outcomeText()));
        QVERIFY(!page->requestButton()->isEnabled());
        QVERIFY(!page->openRequestDialog());
        QCOMPARE(page->model()->rowCount(), 0);
    }

    void askedAcceptedCancelled()
    {
        qint64 cpoId = 0;
        m_console.startWithACpo(&cpoId, reservationsOn, [this](MainWindow &window) {
            m_tester = std::make_shared<QAbstractItemModelTester>(window.pageOf<ReservationsPage>()->model(),
                                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        });
        if (QTest::currentTestFailed())
            return;
        auto *page = m_console.window->pageOf<ReservationsPage>();
        QVERIFY(m_console.window->showPage(QStringLiteral("reservations")));
        QTRY_VERIFY(page->requestButton()->isEnabled());

        QPointer<ReservationDialog> dialog = page->openRequestDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->choicesLoaded(), 1);
        QCOMPARE(dialog->partnerCombo()->count(), 1);
        QCOMPARE(dialog->partnerCombo()->currentData().toLongLong(), cpoId);
        QCOMPARE(dialog->locationCombo()->currentData().toString(), QStringLiteral("BER-ALX-0042"));
        QCOMPARE(dialog->tokenCombo()->count(), 1);
        QCOMPARE(dialog->evseCombo()->currentData().toString(), QString()); // the CPO chooses
        dialog->evseCombo()->setCurrentIndex(dialog->evseCombo()->findData(QStringLiteral("BER42-AC-1")));
        QVERIFY(dialog->requestButton()->isEnabled());
        // A window that ends before it starts is refused in the form, saying which field.
        dialog->toEdit()->setDateTime(dialog->fromEdit()->dateTime().addSecs(-60));
        dialog->request();
        QVERIFY2(dialog->message().startsWith(QStringLiteral("To:")), qPrintable(dialog->message()));
        QVERIFY(dialog->isVisible());
        dialog->toEdit()->setDateTime(dialog->fromEdit()->dateTime().addSecs(3600));
        dialog->request();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000); // closed once the CPO answered

        QTRY_COMPARE(page->model()->rowCount(), 1);
        const QString id = page->model()->object(0).stored.key.id;
        QVERIFY2(page->outcomeText().contains(QStringLiteral("OFFERED")), qPrintable(page->outcomeText()));
        QCOMPARE(statusOf(page, id), QStringLiteral("OFFERED"));
        QVERIFY(page->selectReservation(id));
        QVERIFY(page->detailsView()->toPlainText().contains(QStringLiteral("\"evse_uid\": \"BER42-AC-1\"")));
        QVERIFY(page->acceptButton()->isEnabled());
        QVERIFY(page->cancelButton()->isEnabled());

        page->acceptButton()->click();
        QTRY_COMPARE(statusOf(page, id), QStringLiteral("ACCEPTED"));
        QVERIFY(!page->acceptButton()->isEnabled());
        QVERIFY(page->cancelButton()->isEnabled());
        // The CPO holds it as accepted too.
        auto atCpo = m_console.cpo->services().module<ReservationsModule>().service().stored();
        QVERIFY_STATUS(atCpo);
        QCOMPARE(atCpo->size(), 1);
        QVERIFY(atCpo->at(0).json.contains("\"ACCEPTED\""));

        page->cancelButton()->click();
        QTRY_COMPARE(statusOf(page, id), QStringLiteral("CANCELLED"));
        QVERIFY(!page->acceptButton()->isEnabled());
        QVERIFY(!page->cancelButton()->isEnabled());
        QVERIFY2(page->outcomeText().contains(QStringLiteral("CANCELLED")), qPrintable(page->outcomeText()));
    }

private:
    test::ConsoleWithCpo m_console;
    std::shared_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TstReservationsPage)
#include "tst_reservationspage.moc"
