#include "objectpagesfixture.h"

using namespace ocpi;
using namespace ocpi::test;

// The object pages, reading: owner filters, writes by other processes followed, a window that stays
// responsive while the node thread is busy, quiet modules checked rather than re-read, and objects
// read page by page as the operator scrolls.
class TstObjectPageReads : public ObjectPagesFixture
{
    Q_OBJECT

private slots:
    void init() { startConsole(); }
    void cleanup() { stopConsole(); }

    void ownerFilterNarrowsRows();
    void followsOtherProcesses();
    void windowStaysResponsiveWhileNodeIsBusy();
    void quietModuleIsCheckedNotReread();
    void objectsAreReadAsTheOperatorScrolls();
};

void TstObjectPageReads::ownerFilterNarrowsRows()
{
    QVERIFY(createThroughDialog(QStringLiteral("tokens"), fixture(QStringLiteral("tokens/ems_rfid_card.json"))));
    QVERIFY(createThroughDialog(QStringLiteral("tokens"), fixture(QStringLiteral("tokens/token_app_user.json"))));
    receiveFromPartner(QStringLiteral("tokens"), fixture(QStringLiteral("tokens/ems_blocked_card.json"),
                                                         QStringLiteral("DE"), QStringLiteral("EMS")),
                       Role::EMSP);
    QTRY_COMPARE(tokens()->proxy()->rowCount(), 3);
    QComboBox *owners = tokens()->ownerFilter();
    QStringList entries;
    for (int i = 0; i < owners->count(); ++i)
        entries << owners->itemText(i);
    QCOMPARE(entries, (QStringList{QStringLiteral("All owners"), QStringLiteral("DE-EMS"), QStringLiteral("NL-CPO")}));

    owners->setCurrentIndex(owners->findData(QStringLiteral("NL-CPO")));
    QCOMPARE(tokens()->proxy()->rowCount(), 2);
    QCOMPARE(shownIds(tokens()->proxy(), 0), (QStringList{QStringLiteral("NL-CPO"), QStringLiteral("NL-CPO")}));
    owners->setCurrentIndex(owners->findData(QStringLiteral("DE-EMS")));
    QCOMPARE(tokens()->proxy()->rowCount(), 1);
    QCOMPARE(tokens()->proxy()->index(0, 7).data().toString(), QStringLiteral("partner 7"));
    tokens()->view()->selectRow(0);
    QVERIFY(!tokens()->invalidateButton()->isEnabled());
    QVERIFY(!tokens()->validateButton()->isEnabled());
    QVERIFY(!tokens()->editButton()->isEnabled());

    // A refresh keeps the chosen owner and its rows.
    tokens()->refresh();
    const int listings = tokens()->listingCount();
    QTRY_VERIFY(tokens()->listingCount() > listings);
    QCOMPARE(owners->currentData().toString(), QStringLiteral("DE-EMS"));
    QCOMPARE(tokens()->proxy()->rowCount(), 1);

    owners->setCurrentIndex(0);
    QCOMPARE(tokens()->proxy()->rowCount(), 3);
    QTest::keyClicks(tokens()->searchEdit(), QStringLiteral("8e1f2c9a"));
    QCOMPARE(tokens()->proxy()->rowCount(), 1);
}

void TstObjectPageReads::followsOtherProcesses()
{
    QVERIFY(m_window->showPage(QStringLiteral("tariffs")));
    tariffs()->setRefreshInterval(200);
    // Another writer on the same database (as `ocpi-node import` would be): the node is not told.
    FixedClock clock(test::fixedNow());
    NodeServices other(m_node->config(), clock);
    QVERIFY(other.open().ok());
    QVERIFY(other.service<TariffService>().putOwn(fixture(QStringLiteral("tariffs/tariff_free.json"))).ok());
    QTRY_COMPARE_WITH_TIMEOUT(tariffs()->proxy()->rowCount(), 1, 5000);
    other.close();
}

void TstObjectPageReads::windowStaysResponsiveWhileNodeIsBusy()
{
    QVERIFY(m_window->showPage(QStringLiteral("tariffs")));
    QTRY_VERIFY(tariffs()->newButton()->isEnabled());
    QPointer<ObjectEditorDialog> dialog = tariffs()->openNewDialog();
    showJsonTab(dialog);
    dialog->editor()->setPlainText(text(fixture(QStringLiteral("tariffs/tariff_free.json"))));

    // The node thread is busy (a slow manager, a long import) until the test lets it go.
    ParkedThread parked(m_node->node());
    QTRY_VERIFY(parked.isParked());
    dialog->accept(); // returns while the node is parked: it does not wait for the node
    QVERIFY(dialog->isSaving());
    QCOMPARE(dialog->message(), QStringLiteral("Saving…"));

    // The window keeps handling timers meanwhile; a window waiting for the node would never tick.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(10);
    tariffs()->refresh(); // asks too; answered after the save
    QTRY_VERIFY(ticks >= 20);
    QVERIFY(dialog && dialog->isSaving()); // it really waits for the node

    parked.release();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    QTRY_COMPARE(tariffs()->proxy()->rowCount(), 1);
}

void TstObjectPageReads::quietModuleIsCheckedNotReread()
{
    QVERIFY(m_window->showPage(QStringLiteral("tariffs")));
    QTRY_VERIFY(tariffs()->listingCount() > 0);
    tariffs()->setRefreshInterval(20);
    // The node's own start-up writes (its identity) may move the mark once: let that settle.
    QTRY_VERIFY(tariffs()->changeChecks() >= 2);
    QTRY_VERIFY(tariffs()->isIdle());
    const int listings = tariffs()->listingCount();
    const int checks = tariffs()->changeChecks();
    // Several answered checks prove the page asked; none of them moved the mark, so no re-read.
    QTRY_VERIFY(tariffs()->changeChecks() >= checks + 5);
    QCOMPARE(tariffs()->listingCount(), listings);
}

void TstObjectPageReads::objectsAreReadAsTheOperatorScrolls()
{
    constexpr int kTokens = 2 * ObjectsController::kPageRows + 100;
    QJsonArray batch;
    for (int n = 0; n < kTokens; ++n)
        batch.append(test::cpoOwnToken(QStringLiteral("LAZY-%1").arg(n, 5, 10, QLatin1Char('0')), n));
    bool stored = false;
    inNode([&](NodeServices &node) { stored = node.service<TokenService>().putOwnBatch(batch).ok(); });
    QVERIFY(stored);

    QVERIFY(m_window->showPage(QStringLiteral("tokens")));
    QTRY_COMPARE(tokens()->proxy()->rowCount(), ObjectsController::kPageRows);
    QVERIFY2(tokens()->summaryText().startsWith(QStringLiteral("Showing the first 500 objects")),
             qPrintable(tokens()->summaryText()));
    // The operator drags to the end. The scroll bar's range follows new rows only after the view's
    // next layout, so the end is dragged to again until the rows came (as a person would).
    QScrollBar *scroll = tokens()->itemView()->verticalScrollBar();
    const auto scrolledTo = [&](int rows) {
        scroll->setValue(scroll->maximum());
        return tokens()->proxy()->rowCount() >= rows;
    };
    // Each page is read in the node's thread; under the sanitizers on a busy machine that takes
    // seconds, not the 5 s QTRY_VERIFY allows for both.
    QTRY_VERIFY_WITH_TIMEOUT(scrolledTo(2 * ObjectsController::kPageRows), 30000);
    QCOMPARE(tokens()->proxy()->rowCount(), 2 * ObjectsController::kPageRows);
    QTRY_VERIFY_WITH_TIMEOUT(scrolledTo(kTokens), 30000);
    QCOMPARE(tokens()->proxy()->rowCount(), kTokens);
    QVERIFY2(!tokens()->summaryText().startsWith(QStringLiteral("Showing")), qPrintable(tokens()->summaryText()));
}

QTEST_MAIN(TstObjectPageReads)
#include "tst_objectpagereads.moc"
