#include "mainwindow.h"
#include "nodecontroller.h"
#include "objectfilterproxy.h"
#include "objecttablemodel.h"
#include "tokenspage.h"

#include "modules/tokens/tokenservice.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "support/objectjson.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

namespace {

constexpr int kTokens = 20000;

QString uidOf(int n)
{
    return QStringLiteral("BIG-%1").arg(n, 6, 10, QLatin1Char('0'));
}

} // namespace

// A page over many objects (20,000 tokens; bench/console does 100,000): it reads a keyset page at
// a time, a re-read after a change brings only the changed rows to the GUI thread, and the
// operator's selection stays on its object (docs/console.md, "Large tables").
class TstBigTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void firstPaintReadsOnePage();
    void changeBringsOnlyChangedRowsAndKeepsSelection();
    void scrollingReadsTheNextPages();

private:
    void inNode(const std::function<void(NodeServices &)> &work)
    {
        ServingNode *runtime = m_node->node();
        QMetaObject::invokeMethod(runtime, [runtime, &work] { work(runtime->services()); }, Qt::BlockingQueuedConnection);
    }
    // Blocks or unblocks one of the stored tokens, as the operator's Invalidate would.
    void setValid(int n, bool valid);
    TokensPage *tokens() const { return m_window->pageOf<TokensPage>(); }
    int listingsAfterChange();

    QTemporaryDir m_dir;
    std::unique_ptr<NodeController> m_node;
    std::unique_ptr<MainWindow> m_window;
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;
};

void TstBigTables::initTestCase()
{
    m_node = std::make_unique<NodeController>(
        test::nodeConfig(m_dir, {QStringLiteral("NL-CPO:CPO"), QStringLiteral("NL-CPO:EMSP")}), NodeRuntime::factory());
    m_window = std::make_unique<MainWindow>(*m_node);
    m_testers << std::make_shared<QAbstractItemModelTester>(tokens()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
              << std::make_shared<QAbstractItemModelTester>(tokens()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy started(m_node.get(), &NodeController::started);
    m_node->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);

    QJsonArray batch;
    for (int n = 0; n < kTokens; ++n)
        batch.append(test::cpoOwnToken(uidOf(n), n));
    QString problem;
    inNode([&](NodeServices &node) {
        const auto stored = node.service<TokenService>().putOwnBatch(batch);
        if (!stored)
            problem = stored.error().message;
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window->show();
}

void TstBigTables::cleanupTestCase()
{
    m_testers.clear();
    m_window.reset();
    m_node.reset();
}

void TstBigTables::setValid(int n, bool valid)
{
    QString problem;
    inNode([&](NodeServices &node) {
        const auto key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), uidOf(n), QStringLiteral("RFID"));
        const QJsonObject patch{{QStringLiteral("valid"), valid},
                                {QStringLiteral("last_updated"),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        if (Status done = node.service<TokenService>().patchOwn(key, patch); !done)
            problem = done.error().message;
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstBigTables::firstPaintReadsOnePage()
{
    // The page read the empty module when the node started; showing it reads again.
    QTRY_VERIFY(tokens()->isIdle());
    const int listings = tokens()->listingCount();
    QElapsedTimer shown;
    shown.start();
    QVERIFY(m_window->showPage(QStringLiteral("tokens")));
    QTRY_VERIFY(tokens()->listingCount() > listings && tokens()->isIdle());
    QTRY_COMPARE(tokens()->model()->rowCount(), ObjectsController::kPageRows);
    qInfo("first page of %d tokens in %lld ms", kTokens, shown.elapsed());
    // Lazily: one page of the 20,000, and the page says there are more.
    QCOMPARE(tokens()->model()->rowCount(), ObjectsController::kPageRows);
    QCOMPARE(tokens()->lastReadRows(), ObjectsController::kPageRows);
    QVERIFY2(tokens()->summaryText().startsWith(QStringLiteral("Showing the first 500 objects")),
             qPrintable(tokens()->summaryText()));
}

void TstBigTables::changeBringsOnlyChangedRowsAndKeepsSelection()
{
    QTRY_VERIFY(tokens()->isIdle());
    const QString chosen = ObjectRow::identityOf(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), uidOf(123), QStringLiteral("RFID")));
    QVERIFY(tokens()->selectObject(chosen));
    QCOMPARE(tokens()->selectedIdentity(), chosen);

    const int listings = tokens()->listingCount();
    setValid(123, false);
    setValid(124, false);
    QTRY_VERIFY(tokens()->listingCount() > listings && tokens()->isIdle());
    // The node thread compared the 500 rows held; the GUI thread got the two that changed.
    QTRY_VERIFY(tokens()->selectedObject() && !tokens()->selectedObject()->json.value(QStringLiteral("valid")).toBool());
    QVERIFY2(tokens()->lastReadRows() <= 2, qPrintable(QString::number(tokens()->lastReadRows())));
    QCOMPARE(tokens()->model()->rowCount(), ObjectsController::kPageRows);
    QCOMPARE(tokens()->selectedIdentity(), chosen);
    QVERIFY(tokens()->detailsView()->toPlainText().contains(QStringLiteral("\"valid\": false")));
}

void TstBigTables::scrollingReadsTheNextPages()
{
    QTRY_VERIFY(tokens()->isIdle());
    const QString chosen = tokens()->selectedIdentity();
    QScrollBar *scroll = tokens()->itemView()->verticalScrollBar();
    const auto scrolledTo = [&](int rows) {
        scroll->setValue(scroll->maximum());
        return tokens()->model()->rowCount() >= rows && tokens()->isIdle();
    };
    QTRY_VERIFY_WITH_TIMEOUT(scrolledTo(3 * ObjectsController::kPageRows), 30000);
    // Each read brought one keyset page, never the rows held before it.
    QCOMPARE(tokens()->lastReadRows(), ObjectsController::kPageRows);
    QVERIFY(tokens()->model()->rowCount() < kTokens);

    // A change far down, among the rows read by scrolling, comes as that row alone.
    const int listings = tokens()->listingCount();
    setValid(2 * ObjectsController::kPageRows + 7, false);
    QTRY_VERIFY(tokens()->listingCount() > listings && tokens()->isIdle());
    QTRY_COMPARE(tokens()->lastReadRows(), 1);
    const int row = tokens()->model()->rowOf(ObjectRow::identityOf(
        ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), uidOf(2 * ObjectsController::kPageRows + 7), QStringLiteral("RFID"))));
    QVERIFY(row >= 0);
    QCOMPARE(tokens()->model()->object(row).json.value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(tokens()->selectedIdentity(), chosen);
}

QTEST_MAIN(TstBigTables)
#include "tst_bigtables.moc"
