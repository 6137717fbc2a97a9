#include "locationsmodel.h"
#include "objecttablemodel.h"
#include "objectwindow.h"

#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPersistentModelIndex>
#include <QTest>

using namespace ocpi;

Q_DECLARE_METATYPE(ocpi::StoredObject)

namespace {

constexpr qint64 kPartner = 4;

// A stored token as the node thread reads it: `uid` names it, `seq` orders it, `valid` is what a
// change changes. Partners' objects (partnerId != 0) come after ours, as pages list them.
StoredObject token(const QString &uid, qint64 seq, bool valid = true, qint64 partnerId = 0)
{
    const QJsonObject json{{QStringLiteral("country_code"), QStringLiteral("NL")},
                           {QStringLiteral("party_id"), QStringLiteral("CPO")},
                           {QStringLiteral("uid"), uid},
                           {QStringLiteral("valid"), valid},
                           {QStringLiteral("last_updated"), QStringLiteral("2026-11-01T00:00:00Z")}};
    StoredObject object;
    object.seq = seq;
    object.key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), uid, QStringLiteral("RFID"));
    object.partnerId = partnerId;
    object.lastUpdated = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    object.json = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return object;
}

ObjectListing listing(const QList<StoredObject> &objects, bool truncated = false)
{
    ObjectListing result;
    result.module = QStringLiteral("tokens");
    result.objects = objects;
    result.partnerNames.insert(kPartner, QStringLiteral("Example eMSP"));
    result.truncated = truncated;
    result.changeMark = 42;
    return result;
}

// What a view shows: uid and validity of every row, in order.
QStringList shown(const ObjectTableModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ObjectRow &object = model.object(row);
        rows << QStringLiteral("%1:%2:%3").arg(object.json.value(QStringLiteral("uid")).toString(),
                                                object.json.value(QStringLiteral("valid")).toBool() ? QStringLiteral("valid")
                                                                                                  : QStringLiteral("blocked"),
                                                object.source);
    }
    return rows;
}

QStringList expected(const QList<StoredObject> &objects)
{
    QStringList rows;
    for (const StoredObject &object : objects) {
        const QJsonObject json = QJsonDocument::fromJson(object.json).object();
        rows << QStringLiteral("%1:%2:%3").arg(json.value(QStringLiteral("uid")).toString(),
                                                json.value(QStringLiteral("valid")).toBool() ? QStringLiteral("valid")
                                                                                           : QStringLiteral("blocked"),
                                                object.partnerId == 0 ? QStringLiteral("ours") : QStringLiteral("Example eMSP"));
    }
    return rows;
}

} // namespace

// objectwindow (ObjectDelta worked out in the console's node thread) and the models replaying its
// steps: after any re-read the model shows exactly the fresh listing, changing only what changed,
// so 100,000 rows held cost a refresh nothing when nothing changed.
class TstObjectWindow : public QObject
{
    Q_OBJECT

private slots:
    void replayShowsTheFreshListing_data();
    void replayShowsTheFreshListing();
    void appendAddsThePageAtTheEnd();
    void summaryCountsOwnersAndOurs();
    void unchangedRowsKeepSelection();
    void locationsReplayRebuildsOnlyChangedSubtrees();
};

void TstObjectWindow::replayShowsTheFreshListing_data()
{
    QTest::addColumn<QList<StoredObject>>("before");
    QTest::addColumn<QList<StoredObject>>("after");
    QTest::addColumn<int>("steps");

    const QList<StoredObject> three{token("A", 1), token("B", 2), token("C", 3, true, kPartner)};
    QTest::newRow("nothing changed: no step") << three << three << 0;
    QTest::newRow("one changed: one update")
        << three << QList<StoredObject>{token("A", 1), token("B", 2, false), token("C", 3, true, kPartner)} << 1;
    QTest::newRow("one removed: one removal") << three << QList<StoredObject>{token("A", 1), token("C", 3, true, kPartner)} << 1;
    QTest::newRow("one added between: one insert")
        << three << QList<StoredObject>{token("A", 1), token("B", 2), token("D", 4), token("C", 3, true, kPartner)} << 1;
    QTest::newRow("all gone") << three << QList<StoredObject>{} << 1;
    QTest::newRow("from nothing: one insert") << QList<StoredObject>{} << three << 1;
    QTest::newRow("reordered: a move")
        << three << QList<StoredObject>{token("B", 2), token("A", 1), token("C", 3, true, kPartner)} << 1;
    QTest::newRow("removed, changed and added at once")
        << three << QList<StoredObject>{token("B", 2, false), token("C", 3, true, kPartner), token("E", 5, true, kPartner)} << 3;
}

void TstObjectWindow::replayShowsTheFreshListing()
{
    QFETCH(QList<StoredObject>, before);
    QFETCH(QList<StoredObject>, after);
    QFETCH(int, steps);

    ObjectTableModel model({ObjectTableModel::sourceColumn()});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ObjectDelta first = objectwindow::replace(HeldObjects{}, listing(before));
    model.applySteps(first.steps);
    QCOMPARE(shown(model), expected(before));

    const ObjectDelta second = objectwindow::replace(*first.held, listing(after));
    QCOMPARE(int(second.steps.steps.size()), steps);
    model.applySteps(second.steps);
    QCOMPARE(shown(model), expected(after));
    // The held rows name the model's rows, in its order: the next read compares with them.
    QCOMPARE(int(second.held->size()), model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE((*second.held)[size_t(row)].identity, model.object(row).identity());
    // A read right after finds nothing to do.
    QVERIFY(objectwindow::replace(*second.held, listing(after)).steps.isEmpty());
}

void TstObjectWindow::appendAddsThePageAtTheEnd()
{
    ObjectTableModel model({ObjectTableModel::sourceColumn()});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ObjectDelta first = objectwindow::replace(HeldObjects{}, listing({token("A", 1), token("B", 2)}, true));
    model.applySteps(first.steps);
    QVERIFY(first.more);

    const ObjectDelta page = objectwindow::append(*first.held, listing({token("C", 7, true, kPartner)}));
    QCOMPARE(int(page.steps.steps.size()), 1);
    QCOMPARE(page.steps.steps.front().kind, RowStep::Insert);
    QCOMPARE(page.steps.steps.front().first, 2);
    // Only the page's row is carried to the GUI thread, not the rows held.
    QCOMPARE(int(page.steps.rows.size()), 1);
    model.applySteps(page.steps);
    QCOMPARE(shown(model), expected({token("A", 1), token("B", 2), token("C", 7, true, kPartner)}));
    QVERIFY(!page.more);
    QCOMPARE(int(page.held->size()), 3);

    const ObjectDelta empty = objectwindow::append(*page.held, listing({}));
    QVERIFY(empty.steps.isEmpty());
    QCOMPARE(int(empty.held->size()), 3);
}

void TstObjectWindow::summaryCountsOwnersAndOurs()
{
    StoredObject theirs = token("X", 9, true, kPartner);
    theirs.key.owner = PartyId::of(QStringLiteral("DE"), QStringLiteral("EMS"));
    const ObjectDelta delta = objectwindow::replace(HeldObjects{}, listing({token("A", 1), token("B", 2), theirs}));
    QCOMPARE(delta.ours, 2);
    QCOMPARE(delta.owners, (QStringList{QStringLiteral("DE-EMS"), QStringLiteral("NL-CPO")}));
    QCOMPARE(delta.changeMark, qint64(42));
}

void TstObjectWindow::unchangedRowsKeepSelection()
{
    ObjectTableModel model({ObjectTableModel::sourceColumn()});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<StoredObject> rows;
    for (int n = 0; n < 2000; ++n)
        rows << token(QStringLiteral("T%1").arg(n, 5, 10, QLatin1Char('0')), n + 1);
    const ObjectDelta first = objectwindow::replace(HeldObjects{}, listing(rows));
    model.applySteps(first.steps);
    const QPersistentModelIndex selected = model.index(1500, 0);
    int resets = 0;
    int removals = 0;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] { ++resets; });
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&] { ++removals; });

    rows[1500] = token(QStringLiteral("T01500"), 1501, false);
    rows.removeAt(10);
    const ObjectDelta second = objectwindow::replace(*first.held, listing(rows));
    QCOMPARE(int(second.steps.rows.size()), 1); // the changed row; a removal carries none
    model.applySteps(second.steps);
    QCOMPARE(resets, 0);
    QCOMPARE(removals, 1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 1499);
    QCOMPARE(model.object(selected.row()).json.value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(shown(model), expected(rows));
}

void TstObjectWindow::locationsReplayRebuildsOnlyChangedSubtrees()
{
    const auto location = [](const QString &id, qint64 seq, const QString &status) {
        const QJsonObject json{{QStringLiteral("id"), id},
                               {QStringLiteral("name"), id},
                               {QStringLiteral("evses"),
                                QJsonArray{QJsonObject{{QStringLiteral("uid"), id + QStringLiteral("-E1")},
                                                       {QStringLiteral("status"), status},
                                                       {QStringLiteral("connectors"),
                                                        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}}}}}}};
        StoredObject object;
        object.seq = seq;
        object.key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), id);
        object.lastUpdated = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(seq);
        object.json = QJsonDocument(json).toJson(QJsonDocument::Compact);
        return object;
    };
    LocationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ObjectDelta first = objectwindow::replace(
        HeldObjects{}, listing({location(QStringLiteral("L1"), 1, QStringLiteral("AVAILABLE")),
                                location(QStringLiteral("L2"), 2, QStringLiteral("AVAILABLE"))}));
    model.applySteps(first.steps);
    QCOMPARE(model.rowCount(), 2);
    const QPersistentModelIndex evse = model.evseIndex(ObjectRow::identityOf(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("L2"))),
                                                       QStringLiteral("L2-E1"));
    QVERIFY(evse.isValid());

    StoredObject changed = location(QStringLiteral("L2"), 2, QStringLiteral("CHARGING"));
    changed.lastUpdated = changed.lastUpdated.addSecs(60);
    const ObjectDelta second = objectwindow::replace(
        *first.held, listing({location(QStringLiteral("L1"), 1, QStringLiteral("AVAILABLE")), changed,
                              location(QStringLiteral("L3"), 3, QStringLiteral("AVAILABLE"))}));
    QCOMPARE(int(second.steps.steps.size()), 2); // L2 updated, L3 inserted
    model.applySteps(second.steps);
    QCOMPARE(model.rowCount(), 3);
    // The EVSE item merged in place: the operator's selection on it stays and shows the new status.
    QVERIFY(evse.isValid());
    QCOMPARE(QModelIndex(evse).siblingAtColumn(LocationsModel::StatusColumn).data().toString(), QStringLiteral("CHARGING"));
    QCOMPARE(model.index(2, LocationsModel::IdColumn).data().toString(), QStringLiteral("L3"));
    QCOMPARE(model.rowCount(model.index(2, 0)), 1);
}

QTEST_MAIN(TstObjectWindow)
#include "tst_objectwindow.moc"
