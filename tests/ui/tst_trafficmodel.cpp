#include "trafficdetailview.h"
#include "trafficmodel.h"

#include "nodemigrations.h"
#include "store/database.h"
#include "support/testsupport.h"
#include "traffic/requestlog.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

// TrafficModel over a real request log: entries go in through RequestLog (its writer thread) and
// come out through the model's reader, answered later (queued) as the console's node thread would.
class TstTrafficModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rowsAppearNewestFirst();
    void refreshAddsIncrementally();
    void refreshSkipsKnownIds();
    void capKeepsNewest_data();
    void capKeepsNewest();
    void detailsLoadFullRecord();
    void detailsOfUnknownId();
    void displayValues_data();
    void displayValues();
    void prettyBody_data();
    void prettyBody();
    void detailViewShowsBothSides();
    void asksMadeWhileReadingAreCoalesced();
    void reloadForgetsReadsOnTheirWay();
    void filterAppliesToReloadAndRefresh();
    void transportFailureRow();
    void olderRowsAreReadAPageAtATime();
    void olderAndNewRowsMeetWithoutGapsOrRepeats();
    void olderPagesFollowTheFilter();
    void theModelTesterReadsEveryPage();
    void capStopsReadingOlderRows();
    void clearKeepsOlderRowsOut();
    void aTableViewReadsOlderRowsAtItsEnd();

private:
    // Reloads and waits until every read (the reload, and what it led to) is answered.
    void reloadAndWait();
    // Asks for the next older page and waits for it.
    void fetchAndWait();
    QList<qint64> ids() const;
    // Asks for new rows and waits for the answer.
    void refreshAndWait(qint64 knownLastId = -1);
    std::optional<TrafficRecord> detailsOf(qint64 id);
    int m_reads = 0;
    TrafficRecord makeRecord(int n) const;
    qint64 write(int from, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<TrafficModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_lastFlushed = 0;
};

void TstTrafficModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("node.sqlite")), trafficMigrations()));
    m_log = std::make_unique<RequestLog>(*m_db, RequestLogOptions{});
    connect(m_log.get(), &RequestLog::flushed, this, [this](qint64 id) { m_lastFlushed = id; }, Qt::DirectConnection);
    m_log->start();
    m_reads = 0;
    m_model = std::make_unique<TrafficModel>(
        [this](QObject *receiver, TrafficModel::Read read, TrafficModel::Answer answer) {
            ++m_reads;
            QMetaObject::invokeMethod(
                receiver, [this, read, answer] { answer(read(m_db->connection())); }, Qt::QueuedConnection);
        });
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_lastFlushed = 0;
}

void TstTrafficModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_log.reset();
    m_db.reset();
    m_dir.reset();
}

TrafficRecord TstTrafficModel::makeRecord(int n) const
{
    TrafficRecord r;
    r.timestamp = test::fixedNow().addSecs(n);
    r.direction = n % 2 ? TrafficRecord::Direction::Outgoing : TrafficRecord::Direction::Incoming;
    r.method = n % 3 ? QStringLiteral("GET") : QStringLiteral("PUT");
    r.url = QStringLiteral("/ocpi/cpo/2.2.1/locations/LOC%1").arg(n);
    r.partnerId = n;
    r.partner = QStringLiteral("DE-P%1").arg(n, 2, 10, QLatin1Char('0'));
    r.httpStatus = 200;
    r.ocpiStatus = 1000;
    r.durationMs = 1.25 * n;
    r.requestId = QStringLiteral("req-%1").arg(n);
    r.correlationId = QStringLiteral("corr-%1").arg(n);
    r.requestHeaders = "Authorization: Token ZXhh…\nX-Request-ID: req-" + QByteArray::number(n);
    r.requestBody = R"({"id":"LOC)" + QByteArray::number(n) + R"(","evses":[]})";
    r.responseHeaders = "Content-Type: application/json";
    r.responseBody = R"({"status_code":1000,"timestamp":"2026-11-25T12:00:00Z"})";
    return r;
}

// Writes records n = from .. from+count-1 and waits until they are stored.
qint64 TstTrafficModel::write(int from, int count)
{
    for (int n = from; n < from + count; ++n)
        m_log->record(makeRecord(n));
    m_log->flush();
    return m_lastFlushed;
}

void TstTrafficModel::refreshAndWait(qint64 knownLastId)
{
    m_model->refresh(knownLastId);
    QTRY_VERIFY(m_model->isIdle());
}

void TstTrafficModel::reloadAndWait()
{
    m_model->reload();
    QTRY_VERIFY(m_model->isIdle());
}

void TstTrafficModel::fetchAndWait()
{
    QVERIFY(m_model->canFetchMore());
    m_model->fetchMore();
    QVERIFY(!m_model->isIdle());
    QTRY_VERIFY(m_model->isIdle());
}

QList<qint64> TstTrafficModel::ids() const
{
    QList<qint64> held;
    for (int row = 0; row < m_model->rowCount(); ++row)
        held << m_model->record(row).id;
    return held;
}

// Ids from `newest` down to `oldest`, as the table should hold them.
static QList<qint64> idsDown(qint64 newest, qint64 oldest)
{
    QList<qint64> list;
    for (qint64 id = newest; id >= oldest; --id)
        list << id;
    return list;
}

std::optional<TrafficRecord> TstTrafficModel::detailsOf(qint64 id)
{
    std::optional<std::optional<TrafficRecord>> answer;
    m_model->details(id, this, [&answer](std::optional<TrafficRecord> record) { answer = std::move(record); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }))
        return std::nullopt;
    return *answer;
}

void TstTrafficModel::rowsAppearNewestFirst()
{
    QCOMPARE(m_model->rowCount(), 0);
    const qint64 last = write(1, 3);
    QCOMPARE(last, 3);
    refreshAndWait(last);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->lastId(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(m_model->record(row).id, 3 - row);
        QCOMPARE(m_model->index(row, TrafficModel::UrlColumn).data().toString(),
                 QStringLiteral("/ocpi/cpo/2.2.1/locations/LOC%1").arg(3 - row));
        QCOMPARE(m_model->index(row, 0).data(TrafficModel::IdRole).toLongLong(), 3 - row);
    }
}

void TstTrafficModel::refreshAddsIncrementally()
{
    refreshAndWait(write(1, 2));
    QCOMPARE(m_model->rowCount(), 2);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    refreshAndWait(write(3, 3));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(m_model->rowCount(), 5);
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->record(row).id;
    QCOMPARE(ids, (QList<qint64>{5, 4, 3, 2, 1}));
    QCOMPARE(m_model->rowForId(4), 1);
    QCOMPARE(m_model->rowForId(42), -1);
}

void TstTrafficModel::refreshSkipsKnownIds()
{
    refreshAndWait(write(1, 2));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    // A stale notification (several batches announced, the first refresh read them all).
    refreshAndWait(2);
    refreshAndWait(1);
    QCOMPARE(inserted.count(), 0);
    // Without a hint the store is asked and has nothing new.
    refreshAndWait();
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->rowCount(), 2);
}

void TstTrafficModel::capKeepsNewest_data()
{
    QTest::addColumn<QList<int>>("batches");
    QTest::addColumn<qint64>("newest");
    QTest::addColumn<qint64>("oldest");
    QTest::newRow("batches within the cap, trimmed at the tail") << QList<int>{3, 4} << qint64(7) << qint64(3);
    QTest::newRow("one batch larger than the cap reloads") << QList<int>{2, 12} << qint64(14) << qint64(10);
    QTest::newRow("exactly the cap") << QList<int>{5} << qint64(5) << qint64(1);
}

void TstTrafficModel::capKeepsNewest()
{
    QFETCH(QList<int>, batches);
    QFETCH(qint64, newest);
    QFETCH(qint64, oldest);
    m_model->setMaxRows(5);
    int next = 1;
    for (int size : batches) {
        refreshAndWait(write(next, size));
        next += size;
    }
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->record(0).id, newest);
    QCOMPARE(m_model->record(4).id, oldest);
}

void TstTrafficModel::detailsLoadFullRecord()
{
    refreshAndWait(write(1, 2));
    // Rows are summaries: no bodies held in memory.
    QVERIFY(m_model->record(0).responseBody.isEmpty());
    const auto full = detailsOf(m_model->record(0).id);
    QVERIFY(full.has_value());
    const TrafficRecord expected = makeRecord(2);
    QCOMPARE(full->id, 2);
    QCOMPARE(full->url, expected.url);
    QCOMPARE(full->partner, expected.partner);
    QCOMPARE(full->requestHeaders, expected.requestHeaders);
    QCOMPARE(full->requestBody, expected.requestBody);
    QCOMPARE(full->responseHeaders, expected.responseHeaders);
    QCOMPARE(full->responseBody, expected.responseBody);
    QCOMPARE(full->correlationId, QStringLiteral("corr-2"));
}

void TstTrafficModel::detailsOfUnknownId()
{
    refreshAndWait(write(1, 1));
    QVERIFY(!detailsOf(999).has_value());
}

void TstTrafficModel::displayValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    // Record 3 is outgoing, PUT, 3.75 ms.
    // Not today: month and day instead of the milliseconds.
    QTest::newRow("time in local time, short") << int(TrafficModel::TimeColumn)
                                               << test::fixedNow().addSecs(3).toLocalTime().toString(
                                                      QStringLiteral("MM-dd HH:mm:ss"));
    QTest::newRow("direction") << int(TrafficModel::DirectionColumn) << QStringLiteral("out");
    QTest::newRow("method") << int(TrafficModel::MethodColumn) << QStringLiteral("PUT");
    QTest::newRow("url") << int(TrafficModel::UrlColumn) << QStringLiteral("/ocpi/cpo/2.2.1/locations/LOC3");
    QTest::newRow("partner") << int(TrafficModel::PartnerColumn) << QStringLiteral("DE-P03");
    QTest::newRow("object id") << int(TrafficModel::ObjectColumn) << QStringLiteral("LOC3");
    QTest::newRow("http status") << int(TrafficModel::HttpStatusColumn) << QStringLiteral("200");
    QTest::newRow("ocpi status") << int(TrafficModel::OcpiStatusColumn) << QStringLiteral("1000");
    QTest::newRow("duration") << int(TrafficModel::DurationColumn) << QStringLiteral("3.8");
}

void TstTrafficModel::displayValues()
{
    QFETCH(int, column);
    QFETCH(QString, expected);
    refreshAndWait(write(1, 3));
    QCOMPARE(m_model->index(0, column).data().toString(), expected);
    QCOMPARE(m_model->index(0, 0).data(TrafficModel::SearchRole).toString(),
             QStringLiteral("PUT /ocpi/cpo/2.2.1/locations/LOC3 DE-P03"));
    QCOMPARE(m_model->index(1, TrafficModel::DirectionColumn).data().toString(), QStringLiteral("in"));
}

void TstTrafficModel::prettyBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("json object is indented")
        << QByteArray(R"({"status_code":1000,"data":[1]})")
        << QStringLiteral("{\n    \"data\": [\n        1\n    ],\n    \"status_code\": 1000\n}");
    QTest::newRow("json cut by the log limit stays as stored")
        << QByteArray(R"({"status_code":1000,"da)") << QStringLiteral(R"({"status_code":1000,"da)");
    QTest::newRow("plain text stays as stored") << QByteArray("Not Found") << QStringLiteral("Not Found");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TstTrafficModel::prettyBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(TrafficDetailView::prettyBody(body), expected);
}

void TstTrafficModel::detailViewShowsBothSides()
{
    refreshAndWait(write(1, 1));
    const auto full = detailsOf(1);
    QVERIFY(full.has_value());
    TrafficDetailView view;
    view.showRecord(*full);
    QCOMPARE(view.requestText(), QStringLiteral("Authorization: Token ZXhh…\nX-Request-ID: req-1\n\n"
                                                "{\n    \"evses\": [\n    ],\n    \"id\": \"LOC1\"\n}"));
    QCOMPARE(view.responseText(), QStringLiteral("Content-Type: application/json\n\n"
                                                 "{\n    \"status_code\": 1000,\n"
                                                 "    \"timestamp\": \"2026-11-25T12:00:00Z\"\n}"));
    QVERIFY2(view.summaryText().startsWith(QStringLiteral("GET /ocpi/cpo/2.2.1/locations/LOC1 — outgoing to DE-P01")),
             qPrintable(view.summaryText()));
    view.showMessage(QStringLiteral("gone"));
    QCOMPARE(view.summaryText(), QStringLiteral("gone"));
    QVERIFY(view.requestText().isEmpty());
}

void TstTrafficModel::asksMadeWhileReadingAreCoalesced()
{
    const qint64 first = write(1, 2);
    m_model->refresh(first);
    // Announced while the first read is on its way: one more read, after it.
    m_model->refresh(write(3, 1));
    m_model->refresh(write(4, 1));
    QCOMPARE(m_reads, 1);
    QTRY_VERIFY(m_model->isIdle());
    QCOMPARE(m_reads, 2);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->record(0).id, 4);
}

void TstTrafficModel::reloadForgetsReadsOnTheirWay()
{
    refreshAndWait(write(1, 2));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->refresh(write(3, 2));
    // As after a node restart: the read on its way is forgotten, the reload alone counts.
    m_model->reload();
    // The forgotten answer was queued before the reload's, so it has been delivered (and ignored).
    QTRY_VERIFY(m_model->isIdle());
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->rowCount(), 4);
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->record(row).id;
    QCOMPARE(ids, (QList<qint64>{4, 3, 2, 1}));
}

void TstTrafficModel::filterAppliesToReloadAndRefresh()
{
    write(1, 6); // odd n outgoing, even incoming
    TrafficFilter outgoing;
    outgoing.direction = TrafficRecord::Direction::Outgoing;
    m_model->setFilter(outgoing);
    QTRY_VERIFY(m_model->isIdle());
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->record(row).id;
    QCOMPARE(ids, (QList<qint64>{5, 3, 1}));
    // New entries come in through the same filter.
    refreshAndWait(write(7, 2));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->record(0).id, 7);
    // PUT is n % 3 == 0: of the outgoing ones, 3 only.
    outgoing.method = QStringLiteral("PUT");
    m_model->setFilter(outgoing);
    QTRY_VERIFY(m_model->isIdle());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->record(0).id, 3);
    m_model->setFilter(TrafficFilter());
    QTRY_VERIFY(m_model->isIdle());
    QCOMPARE(m_model->rowCount(), 8);
}

void TstTrafficModel::transportFailureRow()
{
    TrafficRecord refused = makeRecord(1);
    refused.httpStatus = 0;
    refused.ocpiStatus = 0;
    refused.error = QStringLiteral("Connection refused");
    m_log->record(refused);
    m_log->record(makeRecord(2));
    m_log->flush();
    refreshAndWait();
    QCOMPARE(m_model->rowCount(), 2);
    const int row = m_model->rowForId(1);
    QCOMPARE(m_model->index(row, TrafficModel::HttpStatusColumn).data().toString(), QStringLiteral("Connection refused"));
    QCOMPARE(m_model->index(row, TrafficModel::OcpiStatusColumn).data().toString(), QString());
    const QColor red(0xB0, 0x20, 0x20);
    for (int column = 0; column < TrafficModel::ColumnCount; ++column)
        QCOMPARE(m_model->index(row, column).data(Qt::ForegroundRole).value<QBrush>().color(), red);
    // A successful exchange has no colour of its own.
    QVERIFY(!m_model->index(m_model->rowForId(2), TrafficModel::HttpStatusColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(m_model->index(row, 0).data(TrafficModel::SearchRole).toString().endsWith(QStringLiteral("Connection refused")));
}

// Paging tests drop the model tester: it calls fetchMore after every change (as a view showing the
// end would), which reads every page at once. theModelTesterReadsEveryPage keeps it.
void TstTrafficModel::olderRowsAreReadAPageAtATime()
{
    m_tester.reset();
    m_model->setPageRows(100);
    write(1, 250);
    reloadAndWait();
    QCOMPARE(ids(), idsDown(250, 151));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    fetchAndWait();
    QCOMPARE(ids(), idsDown(250, 51));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 100); // appended at the end, the rows held stay put
    QCOMPARE(inserted.first().at(2).toInt(), 199);
    fetchAndWait();
    QCOMPARE(ids(), idsDown(250, 1));
    // A short page means the oldest entry is in: nothing more to ask for.
    QVERIFY(!m_model->canFetchMore());
    const int reads = m_reads;
    m_model->fetchMore();
    QCOMPARE(m_reads, reads);
}

void TstTrafficModel::olderAndNewRowsMeetWithoutGapsOrRepeats()
{
    m_tester.reset();
    m_model->setPageRows(100);
    write(1, 150);
    reloadAndWait();
    // New entries and the operator's scroll to the end, both while a read is on its way.
    m_model->refresh(write(151, 10));
    m_model->fetchMore();
    m_model->fetchMore(); // asked twice meanwhile: still one page
    QTRY_VERIFY(m_model->isIdle());
    QCOMPARE(ids(), idsDown(160, 1));
    QCOMPARE(m_model->rowForId(1), 159);
}

void TstTrafficModel::olderPagesFollowTheFilter()
{
    m_tester.reset();
    m_model->setPageRows(20);
    write(1, 100); // odd n outgoing
    TrafficFilter outgoing;
    outgoing.direction = TrafficRecord::Direction::Outgoing;
    m_model->setFilter(outgoing);
    QTRY_VERIFY(m_model->isIdle());
    QCOMPARE(m_model->rowCount(), 20);
    while (m_model->canFetchMore())
        fetchAndWait();
    QCOMPARE(m_model->rowCount(), 50);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->record(row).id, qint64(99 - 2 * row));
}

void TstTrafficModel::theModelTesterReadsEveryPage()
{
    m_model->setPageRows(40);
    write(1, 130);
    m_model->reload();
    // The tester asks for more after every change; each page answered brings the next ask.
    QTRY_COMPARE(m_model->rowCount(), 130);
    QTRY_VERIFY(m_model->isIdle());
    QCOMPARE(ids(), idsDown(130, 1));
    QVERIFY(!m_model->canFetchMore());
}

void TstTrafficModel::capStopsReadingOlderRows()
{
    m_tester.reset();
    m_model->setMaxRows(12);
    m_model->setPageRows(5);
    write(1, 30);
    reloadAndWait();
    fetchAndWait();
    fetchAndWait(); // the last page is cut to what the cap leaves
    QCOMPARE(ids(), idsDown(30, 19));
    QVERIFY(!m_model->canFetchMore());
    // New entries push the oldest out; the table stays at the cap.
    refreshAndWait(write(31, 3));
    QCOMPARE(ids(), idsDown(33, 22));
    QVERIFY(!m_model->canFetchMore());
    // A larger cap lets the operator scroll on from where the table ends.
    m_model->setMaxRows(20);
    fetchAndWait();
    QCOMPARE(ids(), idsDown(33, 17));
}

void TstTrafficModel::clearKeepsOlderRowsOut()
{
    m_tester.reset();
    m_model->setPageRows(5);
    write(1, 20);
    reloadAndWait();
    QVERIFY(m_model->canFetchMore());
    m_model->clear();
    QVERIFY(!m_model->canFetchMore());
    refreshAndWait(write(21, 2));
    QCOMPARE(ids(), (QList<qint64>{22, 21}));
    QVERIFY(!m_model->canFetchMore());
    // Even once new entries push rows out, what was cleared stays out.
    m_model->setMaxRows(1);
    m_model->setMaxRows(10);
    QCOMPARE(ids(), QList<qint64>{22});
    fetchAndWait();
    QCOMPARE(ids(), (QList<qint64>{22, 21}));
    QVERIFY(!m_model->canFetchMore());
    // A reload shows the whole log again.
    reloadAndWait();
    QCOMPARE(ids(), idsDown(22, 18));
}

void TstTrafficModel::aTableViewReadsOlderRowsAtItsEnd()
{
    m_tester.reset();
    m_model->setPageRows(100);
    write(1, 1000);
    reloadAndWait();
    QTableView view;
    view.setModel(m_model.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(m_model->rowCount(), 100); // one screen does not reach the end of a page
    // As an operator holding End: the view asks at its end, the rows arrive later, and it asks again.
    const bool allRead = QTest::qWaitFor(
        [&] {
            view.scrollToBottom();
            return m_model->rowCount() == 1000;
        },
        20000);
    QVERIFY2(allRead, qPrintable(QStringLiteral("%1 of 1000 rows read").arg(m_model->rowCount())));
    QCOMPARE(ids(), idsDown(1000, 1));
}

QTEST_MAIN(TstTrafficModel)
#include "tst_trafficmodel.moc"
